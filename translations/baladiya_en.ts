<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The offline desktop program of Libyan municipal offices: structure, staff, settlement, revenue and indicators, sent to the Ministry of Local Government in signed, encrypted bundles.</source>
        <translation>The offline desktop program of Libyan municipal offices: structure, staff, settlement, revenue and indicators, sent to the Ministry of Local Government in signed, encrypted bundles.</translation>
    </message>
    <message>
        <source>Licensed for use by Libyan municipalities and the Ministry of Local Government.</source>
        <translation>Licensed for use by Libyan municipalities and the Ministry of Local Government.</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans Arabic (Google, SIL Open Font License) and Amiri (Khaled Hosny, SIL Open Font License).</source>
        <translation>Fonts: Noto Sans Arabic (Google, SIL Open Font License) and Amiri (Khaled Hosny, SIL Open Font License).</translation>
    </message>
    <message>
        <source>About Baladiya Desktop</source>
        <translation>About Baladiya Desktop</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>The administrator (usually the municipal agent) adds the other users later.</source>
        <translation>The administrator (usually the municipal agent) adds the other users later.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Backups are kept in: {folder}</source>
        <translation>Backups are kept in: {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup was saved:
{path}</source>
        <translation>The backup was saved:
{path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace all current data with the backup of {when}?

Everything entered after that time is replaced. A copy of the current data is saved first, so this can be undone.</source>
        <translation>Replace all current data with the backup of {when}?

Everything entered after that time is replaced. A copy of the current data is saved first, so this can be undone.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The station is ready</source>
        <translation>The station is ready</translation>
    </message>
    <message>
        <source>Write down the key fingerprint for the enrollment form.</source>
        <translation>Write down the key fingerprint for the enrollment form.</translation>
    </message>
    <message>
        <source>The station&apos;s signing key was created. Its fingerprint identifies this station to the ministry: it is printed on the enrollment form, and the ministry compares it before trusting the station&apos;s data.</source>
        <translation>The station&apos;s signing key was created. Its fingerprint identifies this station to the ministry: it is printed on the enrollment form, and the ministry compares it before trusting the station&apos;s data.</translation>
    </message>
    <message>
        <source>Press Finish to open the program.</source>
        <translation>Press Finish to open the program.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Baladiya — new station</source>
        <translation>Baladiya — new station</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>Station key fingerprint:</source>
        <translation>Station key fingerprint:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>Logged in as:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Active users</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Recorded changes</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Baladiya — log in</source>
        <translation>Baladiya — log in</translation>
    </message>
    <message>
        <source>Baladiya Desktop</source>
        <translation>Baladiya Desktop</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Baladiya Desktop — {station}</source>
        <translation>Baladiya Desktop — {station}</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About Baladiya Desktop</source>
        <translation>About Baladiya Desktop</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Municipality: {name}</source>
        <translation>Municipality: {name}</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Station: {name}</translation>
    </message>
    <message>
        <source>User: {name} — {role}</source>
        <translation>User: {name} — {role}</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Station overview</source>
        <translation>Station overview</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Set the password of {name}</source>
        <translation>Set the password of {name}</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Baladiya Desktop</source>
        <translation>Baladiya Desktop</translation>
    </message>
    <message>
        <source>No backup was found to restore. The program will close; ask the technical support for help.</source>
        <translation>No backup was found to restore. The program will close; ask the technical support for help.</translation>
    </message>
    <message>
        <source>You can restore the latest backup, taken on {when}. The damaged file is kept beside it.</source>
        <translation>You can restore the latest backup, taken on {when}. The damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Sorry, an unexpected error occurred. Your saved data is safe. A report was written to:
{path}
Please give this file to the technical support.</source>
        <translation>Sorry, an unexpected error occurred. Your saved data is safe. A report was written to:
{path}
Please give this file to the technical support.</translation>
    </message>
    <message>
        <source>The program closed unexpectedly last time. A report was saved in:
{folder}
Please give it to the technical support.</source>
        <translation>The program closed unexpectedly last time. A report was saved in:
{folder}
Please give it to the technical support.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {name}</source>
        <translation>Change the role of {name}</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Station settings (administrator)</source>
        <translation>Station settings (administrator)</translation>
    </message>
    <message>
        <source>Back up automatically once a day at start</source>
        <translation>Back up automatically once a day at start</translation>
    </message>
    <message>
        <source>One line per row, printed above the municipality&apos;s name.</source>
        <translation>One line per row, printed above the municipality&apos;s name.</translation>
    </message>
    <message>
        <source>Header of printed forms:</source>
        <translation>Header of printed forms:</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>Automatic backups kept:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Municipality and station</source>
        <translation>Municipality and station</translation>
    </message>
    <message>
        <source>Search by name in Arabic or English, then pick from the list.</source>
        <translation>Search by name in Arabic or English, then pick from the list.</translation>
    </message>
    <message>
        <source>Type part of the municipality&apos;s name…</source>
        <translation>Type part of the municipality&apos;s name…</translation>
    </message>
    <message>
        <source>e.g. Municipal agent&apos;s office</source>
        <translation>e.g. Municipal agent&apos;s office</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>Station name:</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Search users (Ctrl+F)</source>
        <translation>Search users (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Baladiya Desktop</source>
        <translation>Welcome to Baladiya Desktop</translation>
    </message>
    <message>
        <source>Setting up this computer as a station of your municipality.</source>
        <translation>Setting up this computer as a station of your municipality.</translation>
    </message>
    <message>
        <source>This program keeps the records of your municipal office on this computer: the organisational structure, staff, settlement of grades, revenue and indicators. It works without the internet and sends its data to the Ministry of Local Government on a USB stick.</source>
        <translation>This program keeps the records of your municipal office on this computer: the organisational structure, staff, settlement of grades, revenue and indicators. It works without the internet and sends its data to the Ministry of Local Government on a USB stick.</translation>
    </message>
    <message>
        <source>In the next steps you choose your municipality, name this station (for example the office where this computer is) and create the first administrator account. Keep the administrator&apos;s password in a safe place.</source>
        <translation>In the next steps you choose your municipality, name this station (for example the office where this computer is) and create the first administrator account. Keep the administrator&apos;s password in a safe place.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
