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
        <name>AssessmentView</name>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Score (1–5)</source>
            <translation>Score (1–5)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Focus area</source>
            <translation>Focus area</translation>
        </message>
        <message>
            <source>Save the assessment (Ctrl+S)</source>
            <translation>Save the assessment (Ctrl+S)</translation>
        </message>
        <message>
            <source>Weighted maturity score</source>
            <translation>Weighted maturity score</translation>
        </message>
        <message>
            <source>A criterion's score is the weighted average of its sub-criteria; unscored parts are left out, not counted as zero.</source>
            <translation>A criterion's score is the weighted average of its sub-criteria; unscored parts are left out, not counted as zero.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Minutes, report or document the score rests on</source>
            <translation>Minutes, report or document the score rests on</translation>
        </message>
        <message>
            <source>Overall: {now} (previous quarter {then})</source>
            <translation>Overall: {now} (previous quarter {then})</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsTab</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Add a file…</source>
            <translation>Add a file…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>Attach a scanned document</source>
            <translation>Attach a scanned document</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Save a copy</translation>
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
        <message>
            <source>Restore from a file…</source>
            <translation>Restore from a file…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Restore from a file</translation>
        </message>
        <message>
            <source>Backups (*.db);;All files (*)</source>
            <translation>Backups (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>Replace all current data with the backup in the file {file}?

A copy of the current data is saved first, so this can be undone.</source>
            <translation>Replace all current data with the backup in the file {file}?

A copy of the current data is saved first, so this can be undone.</translation>
        </message>
        <message>
            <source>Restore as a new station?</source>
            <translation>Restore as a new station?</translation>
        </message>
        <message>
            <source>This backup belongs to the station {name} ({municipality}), not to this one.

Restore it as a NEW station? This PC then carries that station's data under a new identity and a new key; the current data is replaced (a copy is saved first). The new station cannot send data to the ministry until it is enrolled: make its enrollment bundle on the Send to the ministry page and take it with the printed form to the ministry.

Do not do this while the other station is still in use: choose a backup of this station instead.</source>
            <translation>This backup belongs to the station {name} ({municipality}), not to this one.

Restore it as a NEW station? This PC then carries that station's data under a new identity and a new key; the current data is replaced (a copy is saved first). The new station cannot send data to the ministry until it is enrolled: make its enrollment bundle on the Send to the ministry page and take it with the printed form to the ministry.

Do not do this while the other station is still in use: choose a backup of this station instead.</translation>
        </message>
        <message>
            <source>The backup was restored as a new station.

It must be enrolled before it can send data: make its enrollment bundle on the Send to the ministry page and take it with the printed form to the ministry.

Key fingerprint: {fingerprint}</source>
            <translation>The backup was restored as a new station.

It must be enrolled before it can send data: make its enrollment bundle on the Send to the ministry page and take it with the printed form to the ministry.

Key fingerprint: {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>Block</name>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
    </context>
    <context>
        <name>BooksModel</name>
        <message>
            <source>With the collector</source>
            <translation>With the collector</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Serials</source>
            <translation>Serials</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Collected</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>BooksTab</name>
        <message>
            <source>Issue a book…</source>
            <translation>Issue a book…</translation>
        </message>
        <message>
            <source>Book returned</source>
            <translation>Book returned</translation>
        </message>
        <message>
            <source>Print the register…</source>
            <translation>Print the register…</translation>
        </message>
        <message numerus="yes">
            <source>%n book(s), {open} with collectors</source>
            <translation>
                <numerusform>%n book, {open} with collectors</numerusform>
                <numerusform>%n books, {open} with collectors</numerusform>
            </translation>
        </message>
        <message>
            <source>Book {book} is handed back and closed: it takes no more receipts. Continue?</source>
            <translation>Book {book} is handed back and closed: it takes no more receipts. Continue?</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>Settlement case</source>
            <translation>Settlement case</translation>
        </message>
        <message>
            <source>Employee and request</source>
            <translation>Employee and request</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>National number</source>
            <translation>National number</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Settlement type</source>
            <translation>Settlement type</translation>
        </message>
        <message>
            <source>Exact effect requested</source>
            <translation>Exact effect requested</translation>
        </message>
        <message>
            <source>Request date</source>
            <translation>Request date</translation>
        </message>
        <message>
            <source>Effective date</source>
            <translation>Effective date</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Attach file…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>Status after</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Reason or decision</source>
            <translation>Reason or decision</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Chronology</source>
            <translation>Chronology</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Print the settlement form…</source>
            <translation>Print the settlement form…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Current and proposed</source>
            <translation>Current and proposed</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>Increments</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Case {number} — {status}</source>
            <translation>Case {number} — {status}</translation>
        </message>
        <message>
            <source>No. {number} of {date}</source>
            <translation>No. {number} of {date}</translation>
        </message>
        <message numerus="yes">
            <source>Cost ({table}): monthly difference {monthly}; arrears for %n month(s) since the effective date: {arrears}</source>
            <translation>
                <numerusform>Cost ({table}): monthly difference {monthly}; arrears for %n month since the effective date: {arrears}</numerusform>
                <numerusform>Cost ({table}): monthly difference {monthly}; arrears for %n months since the effective date: {arrears}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cost: unknown — {why}</source>
            <translation>Cost: unknown — {why}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>file attached</source>
            <translation>file attached</translation>
        </message>
        <message>
            <source>Decision {number} of {date}</source>
            <translation>Decision {number} of {date}</translation>
        </message>
        <message>
            <source>Choose the document in the list first.</source>
            <translation>Choose the document in the list first.</translation>
        </message>
        <message>
            <source>Attach a scanned document</source>
            <translation>Attach a scanned document</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Effective date</source>
            <translation>Effective date</translation>
        </message>
        <message>
            <source>Monthly difference</source>
            <translation>Monthly difference</translation>
        </message>
        <message>
            <source>Arrears</source>
            <translation>Arrears</translation>
        </message>
        <message>
            <source>Open the case…</source>
            <translation>Open the case…</translation>
        </message>
        <message>
            <source>Batch list for the ministry…</source>
            <translation>Batch list for the ministry…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Cases: {n} — monthly difference: {monthly} — arrears: {arrears}</source>
            <translation>Cases: {n} — monthly difference: {monthly} — arrears: {arrears}</translation>
        </message>
        <message numerus="yes">
            <source>(%n case(s) of unknown cost not counted: no salary table covers them)</source>
            <translation>
                <numerusform>(%n case of unknown cost not counted: no salary table covers them)</numerusform>
                <numerusform>(%n cases of unknown cost not counted: no salary table covers them)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartTab</name>
        <message>
            <source>No settlement cases yet.</source>
            <translation>No settlement cases yet.</translation>
        </message>
        <message>
            <source>Settlement cases by month and status</source>
            <translation>Settlement cases by month and status</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close «{unit}»</source>
            <translation>Close «{unit}»</translation>
        </message>
        <message>
            <source>Closed from:</source>
            <translation>Closed from:</translation>
        </message>
    </context>
    <context>
        <name>CompareModel</name>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>From the median</source>
            <translation>From the median</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Approved values only</source>
            <translation>Approved values only</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>Indicator:</translation>
        </message>
        <message>
            <source>Institutional maturity score</source>
            <translation>Institutional maturity score</translation>
        </message>
        <message numerus="yes">
            <source>%n municipality(s) in {period}: median {median}, middle half {q1} – {q3}, lowest {low}, highest {high}</source>
            <translation>
                <numerusform>%n municipality in {period}: median {median}, middle half {q1} – {q3}, lowest {low}, highest {high}</numerusform>
                <numerusform>%n municipalities in {period}: median {median}, middle half {q1} – {q3}, lowest {low}, highest {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>Every municipality in the last period, best first (dashed line: the median)</source>
            <translation>Every municipality in the last period, best first (dashed line: the median)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>Export the comparison</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>The same record was changed at two stations, or two records claim one code. One was kept; the other is kept here until someone reviews it.</source>
            <translation>The same record was changed at two stations, or two records claim one code. One was kept; the other is kept here until someone reviews it.</translation>
        </message>
        <message>
            <source>Reviewed…</source>
            <translation>Reviewed…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Kept from</source>
            <translation>Kept from</translation>
        </message>
        <message>
            <source>Concurrent edit</source>
            <translation>Concurrent edit</translation>
        </message>
        <message>
            <source>Duplicate code</source>
            <translation>Duplicate code</translation>
        </message>
        <message>
            <source>Set aside from</source>
            <translation>Set aside from</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>ConsolidatedView</name>
        <message>
            <source>All municipalities together, from the bundles received.</source>
            <translation>All municipalities together, from the bundles received.</translation>
        </message>
        <message>
            <source>Revenue year</source>
            <translation>Revenue year</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Staff by grade</source>
            <translation>Staff by grade</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Staff by employment type</source>
            <translation>Staff by employment type</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>Employment type</translation>
        </message>
        <message>
            <source>Settlement cases by status</source>
            <translation>Settlement cases by status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Revenue collected against target</source>
            <translation>Revenue collected against target</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Collected</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s); cost known for {known}: monthly difference {monthly}, arrears {arrears}.</source>
            <translation>
                <numerusform>%n case; cost known for {known}: monthly difference {monthly}, arrears {arrears}.</numerusform>
                <numerusform>%n cases; cost known for {known}: monthly difference {monthly}, arrears {arrears}.</numerusform>
            </translation>
        </message>
        <message>
            <source>thousand LYD</source>
            <translation>thousand LYD</translation>
        </message>
        <message>
            <source>LYD</source>
            <translation>LYD</translation>
        </message>
        <message>
            <source>Collected against target by month ({unit})</source>
            <translation>Collected against target by month ({unit})</translation>
        </message>
        <message>
            <source>Year {year}: collected {got} of {target} ({share}).</source>
            <translation>Year {year}: collected {got} of {target} ({share}).</translation>
        </message>
        <message>
            <source>Save to Excel</source>
            <translation>Save to Excel</translation>
        </message>
        <message>
            <source>Saving to Excel</source>
            <translation>Saving to Excel</translation>
        </message>
    </context>
    <context>
        <name>ControlsTab</name>
        <message>
            <source>Missing serials</source>
            <translation>Missing serials</translation>
        </message>
        <message>
            <source>Late deposit</source>
            <translation>Late deposit</translation>
        </message>
        <message>
            <source>Cash not deposited</source>
            <translation>Cash not deposited</translation>
        </message>
        <message>
            <source>Dated before the book</source>
            <translation>Dated before the book</translation>
        </message>
        <message>
            <source>Dated in the future</source>
            <translation>Dated in the future</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Serials</source>
            <translation>Serials</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>No findings: every book is complete and every receipt deposited in time.</source>
            <translation>No findings: every book is complete and every receipt deposited in time.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s) — {parts}</source>
            <translation>
                <numerusform>%n finding — {parts}</numerusform>
                <numerusform>%n findings — {parts}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cheque number missing</source>
            <translation>Cheque number missing</translation>
        </message>
    </context>
    <context>
        <name>CrashReportsDialog</name>
        <message>
            <source>The program closed unexpectedly</source>
            <translation>The program closed unexpectedly</translation>
        </message>
        <message>
            <source>The program closed unexpectedly last time. Your saved data is safe. A report was written; it holds no names or personal data. To help the ministry's helpdesk fix the fault, save it to a USB stick and send it with your next data bundle.</source>
            <translation>The program closed unexpectedly last time. Your saved data is safe. A report was written; it holds no names or personal data. To help the ministry's helpdesk fix the fault, save it to a USB stick and send it with your next data bundle.</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <source>Save to the stick</source>
            <translation>Save to the stick</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Save to</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Where to save the reports</source>
            <translation>Where to save the reports</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n report(s) to {folder}. Give the stick to the helpdesk.</source>
            <translation>
                <numerusform>Saved %n report to {folder}. Give the stick to the helpdesk.</numerusform>
                <numerusform>Saved %n reports to {folder}. Give the stick to the helpdesk.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Export the summary…</source>
            <translation>Export the summary…</translation>
        </message>
        <message>
            <source>Collected this year</source>
            <translation>Collected this year</translation>
        </message>
        <message>
            <source>Year target</source>
            <translation>Year target</translation>
        </message>
        <message>
            <source>Share of target</source>
            <translation>Share of target</translation>
        </message>
        <message>
            <source>Valid receipts</source>
            <translation>Valid receipts</translation>
        </message>
        <message>
            <source>Monthly collection against target</source>
            <translation>Monthly collection against target</translation>
        </message>
        <message>
            <source>By category (year to date)</source>
            <translation>By category (year to date)</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>By payment method</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Collected</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Thousand LYD</source>
            <translation>Thousand LYD</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Up to:</source>
            <translation>Up to:</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>All focus areas</translation>
        </message>
        <message>
            <source>Overall maturity: {score} of 5</source>
            <translation>Overall maturity: {score} of 5</translation>
        </message>
        <message>
            <source>Maturity of {area}, quarter by quarter</source>
            <translation>Maturity of {area}, quarter by quarter</translation>
        </message>
        <message>
            <source>Overall maturity, quarter by quarter</source>
            <translation>Overall maturity, quarter by quarter</translation>
        </message>
    </context>
    <context>
        <name>DateRangeDialog</name>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
    </context>
    <context>
        <name>DepositDialog</name>
        <message>
            <source>New bank deposit</source>
            <translation>New bank deposit</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Slip number</source>
            <translation>Slip number</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Deposit date</source>
            <translation>Deposit date</translation>
        </message>
        <message>
            <source>Receipts not yet deposited:</source>
            <translation>Receipts not yet deposited:</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s), total {total}</source>
            <translation>
                <numerusform>%n receipt, total {total}</numerusform>
                <numerusform>%n receipts, total {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DepositsTab</name>
        <message>
            <source>Slip number</source>
            <translation>Slip number</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>New deposit…</source>
            <translation>New deposit…</translation>
        </message>
        <message numerus="yes">
            <source>%n deposit(s), total {total}</source>
            <translation>
                <numerusform>%n deposit, total {total}</numerusform>
                <numerusform>%n deposits, total {total}</numerusform>
            </translation>
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
            <source>The station's signing key was created. Its fingerprint identifies this station to the ministry: it is printed on the enrollment form, and the ministry compares it before trusting the station's data.</source>
            <translation>The station's signing key was created. Its fingerprint identifies this station to the ministry: it is printed on the enrollment form, and the ministry compares it before trusting the station's data.</translation>
        </message>
        <message>
            <source>Press Finish to open the program.</source>
            <translation>Press Finish to open the program.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>The administrator's recovery code is below. If the administrator's password is ever forgotten, it sets a new one ("Forgot your password?" in the login window). It is shown only now: write it down on paper and keep it with the station's papers, not beside the computer.</source>
            <translation>The administrator's recovery code is below. If the administrator's password is ever forgotten, it sets a new one ("Forgot your password?" in the login window). It is shown only now: write it down on paper and keep it with the station's papers, not beside the computer.</translation>
        </message>
        <message>
            <source>I have written the recovery code down</source>
            <translation>I have written the recovery code down</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>An unsaved draft from {time} was found: restore it?</source>
            <translation>An unsaved draft from {time} was found: restore it?</translation>
        </message>
    </context>
    <context>
        <name>EmployeeDialog</name>
        <message>
            <source>New employee</source>
            <translation>New employee</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Employee data</source>
            <translation>Employee data</translation>
        </message>
        <message>
            <source>Service history</source>
            <translation>Service history</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
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
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Father's name</source>
            <translation>Father's name</translation>
        </message>
        <message>
            <source>Grandfather's name</source>
            <translation>Grandfather's name</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Mother's full name</source>
            <translation>Mother's full name</translation>
        </message>
        <message>
            <source>National number</source>
            <translation>National number</translation>
        </message>
        <message>
            <source>12 digits, starting with 1 or 2</source>
            <translation>12 digits, starting with 1 or 2</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <source>Marital status</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <source>Field of study</source>
            <translation>Field of study</translation>
        </message>
        <message>
            <source>Employee number</source>
            <translation>Employee number</translation>
        </message>
        <message>
            <source>Financial number</source>
            <translation>Financial number</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Post in the staffing table</source>
            <translation>Post in the staffing table</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>1 to 15</source>
            <translation>1 to 15</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>Increments</translation>
        </message>
        <message>
            <source>Grade date</source>
            <translation>Grade date</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Hire date</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>Employment type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>(no unit)</source>
            <translation>(no unit)</translation>
        </message>
        <message>
            <source>(outside the staffing table)</source>
            <translation>(outside the staffing table)</translation>
        </message>
        <message>
            <source>Employee: {name}</source>
            <translation>Employee: {name}</translation>
        </message>
        <message>
            <source>Write the grade as a number from 1 to 15.</source>
            <translation>Write the grade as a number from 1 to 15.</translation>
        </message>
    </context>
    <context>
        <name>EntryTab</name>
        <message>
            <source>Receipt book</source>
            <translation>Receipt book</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>Payer ID (optional)</source>
            <translation>Payer ID (optional)</translation>
        </message>
        <message>
            <source>Revenue category</source>
            <translation>Revenue category</translation>
        </message>
        <message>
            <source>Amount (LYD)</source>
            <translation>Amount (LYD)</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Cheque or transfer number</source>
            <translation>Cheque or transfer number</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Save and next (Enter)</source>
            <translation>Save and next (Enter)</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Entered in this sitting</source>
            <translation>Entered in this sitting</translation>
        </message>
        <message>
            <source>Book not registered or closed</source>
            <translation>Book not registered or closed</translation>
        </message>
        <message>
            <source>Book {first}–{last}, collector {name}</source>
            <translation>Book {first}–{last}, collector {name}</translation>
        </message>
        <message>
            <source>The book is full: choose the next book</source>
            <translation>The book is full: choose the next book</translation>
        </message>
        <message>
            <source>Saved receipt {serial}: {amount}</source>
            <translation>Saved receipt {serial}: {amount}</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Evidence (note)</source>
            <translation>Evidence (note)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Save values (Ctrl+S)</source>
            <translation>Save values (Ctrl+S)</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>Attach evidence…</translation>
        </message>
        <message>
            <source>Compute from the app's data</source>
            <translation>Compute from the app's data</translation>
        </message>
        <message>
            <source>Approve and seal the period</source>
            <translation>Approve and seal the period</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>Computed</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Not entered</source>
            <translation>Not entered</translation>
        </message>
        <message>
            <source>Approved and sealed by {user}: read only.</source>
            <translation>Approved and sealed by {user}: read only.</translation>
        </message>
        <message>
            <source>Open for entry: the agent approves it when complete.</source>
            <translation>Open for entry: the agent approves it when complete.</translation>
        </message>
        <message>
            <source>Choose the indicator the evidence is for.</source>
            <translation>Choose the indicator the evidence is for.</translation>
        </message>
        <message>
            <source>Evidence document</source>
            <translation>Evidence document</translation>
        </message>
        <message>
            <source>Approve the period</source>
            <translation>Approve the period</translation>
        </message>
        <message>
            <source>Approve every value of {period}? The period is then sealed and no value can be changed.</source>
            <translation>Approve every value of {period}? The period is then sealed and no value can be changed.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the workbook</source>
            <translation>Choose the workbook</translation>
        </message>
        <message>
            <source>An .xlsx file with one row per employee under a header row. Title rows above the header are fine.</source>
            <translation>An .xlsx file with one row per employee under a header row. Title rows above the header are fine.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Import staff</source>
            <translation>Import staff</translation>
        </message>
    </context>
    <context>
        <name>FirstKeyDialog</name>
        <message>
            <source>The ministry's key</source>
            <translation>The ministry's key</translation>
        </message>
        <message>
            <source>This is the first reference bundle this station receives. Its ministry key fingerprint is:</source>
            <translation>This is the first reference bundle this station receives. Its ministry key fingerprint is:</translation>
        </message>
        <message>
            <source>(not readable)</source>
            <translation>(not readable)</translation>
        </message>
        <message>
            <source>Compare it with the fingerprint in the ministry's letter. To have it checked, type the letter's fingerprint below; leave it empty to accept the key as shown.</source>
            <translation>Compare it with the fingerprint in the ministry's letter. To have it checked, type the letter's fingerprint below; leave it empty to accept the key as shown.</translation>
        </message>
        <message>
            <source>Fingerprint from the ministry's letter</source>
            <translation>Fingerprint from the ministry's letter</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
        <name>FormDialog</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Hired</source>
            <translation>Hired</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>Increments</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>Employment type</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Decision no.</source>
            <translation>Decision no.</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
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
        <name>ImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>Import report</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Nothing was imported, because some rows were refused. Correct them in the file, or import only the good rows.</source>
            <translation>Nothing was imported, because some rows were refused. Correct them in the file, or import only the good rows.</translation>
        </message>
        <message>
            <source>Import the good rows</source>
            <translation>Import the good rows</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>IndicatorCard</name>
        <message>
            <source>Improving</source>
            <translation>Improving</translation>
        </message>
        <message>
            <source>Worsening</source>
            <translation>Worsening</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>Steady</translation>
        </message>
        <message>
            <source>Target: {target}</source>
            <translation>Target: {target}</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>On target</source>
            <translation>On target</translation>
        </message>
        <message>
            <source>Close to target</source>
            <translation>Close to target</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>Behind target</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>No target</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Values per period</source>
            <translation>Values per period</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Self-assessment</translation>
        </message>
        <message>
            <source>Print the quarterly report…</source>
            <translation>Print the quarterly report…</translation>
        </message>
    </context>
    <context>
        <name>IssueBookDialog</name>
        <message>
            <source>Issue a receipt book</source>
            <translation>Issue a receipt book</translation>
        </message>
        <message>
            <source>Book number</source>
            <translation>Book number</translation>
        </message>
        <message>
            <source>First receipt number</source>
            <translation>First receipt number</translation>
        </message>
        <message>
            <source>Last receipt number</source>
            <translation>Last receipt number</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
    </context>
    <context>
        <name>LetterFingerprintDialog</name>
        <message>
            <source>The ministry's key: check it against the letter</source>
            <translation>The ministry's key: check it against the letter</translation>
        </message>
        <message>
            <source>This is the first reference bundle this station receives. Nothing from the ministry is trusted before its key matches the ministry's official letter. Type the sixteen groups of the fingerprint printed in the letter, in order.</source>
            <translation>This is the first reference bundle this station receives. Nothing from the ministry is trusted before its key matches the ministry's official letter. Type the sixteen groups of the fingerprint printed in the letter, in order.</translation>
        </message>
        <message>
            <source>Group {n} of 16</source>
            <translation>Group {n} of 16</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Group {n} does not match the key in this bundle. Check what you typed; if it is as in the letter, do not import this bundle and call the ministry.</source>
            <translation>Group {n} does not match the key in this bundle. Check what you typed; if it is as in the letter, do not import this bundle and call the ministry.</translation>
        </message>
        <message>
            <source>{done} of 16 groups match the letter.</source>
            <translation>{done} of 16 groups match the letter.</translation>
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
        <message>
            <source>Forgot your password?</source>
            <translation>Forgot your password?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ministry: {name}</source>
            <translation>Ministry: {name}</translation>
        </message>
        <message>
            <source>Administrator (ministry)</source>
            <translation>Administrator (ministry)</translation>
        </message>
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
        <name>MappingPage</name>
        <message>
            <source>Check the columns</source>
            <translation>Check the columns</translation>
        </message>
        <message>
            <source>Each heading of the sheet and the register field it fills. Choose a field for a heading that was not recognised.</source>
            <translation>Each heading of the sheet and the register field it fills. Choose a field for a heading that was not recognised.</translation>
        </message>
        <message>
            <source>Heading in the sheet</source>
            <translation>Heading in the sheet</translation>
        </message>
        <message>
            <source>Register field</source>
            <translation>Register field</translation>
        </message>
        <message>
            <source>First rows</source>
            <translation>First rows</translation>
        </message>
        <message>
            <source>Sheet «{sheet}», header on row {row}.</source>
            <translation>Sheet «{sheet}», header on row {row}.</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
    </context>
    <context>
        <name>MinistryPage</name>
        <message>
            <source>This page is for the ministry's database. A municipal station sends its data from the page «Send to the ministry».</source>
            <translation>This page is for the ministry's database. A municipal station sends its data from the page «Send to the ministry».</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stations</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Consolidated view</source>
            <translation>Consolidated view</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move a unit</source>
            <translation>Move a unit</translation>
        </message>
        <message>
            <source>the top of the structure</source>
            <translation>the top of the structure</translation>
        </message>
        <message>
            <source>Move «{unit}» with everything under it to «{target}»?</source>
            <translation>Move «{unit}» with everything under it to «{target}»?</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
    </context>
    <context>
        <name>OpenCasesDialog</name>
        <message>
            <source>Open settlement cases</source>
            <translation>Open settlement cases</translation>
        </message>
        <message>
            <source>Employees chosen: {n}</source>
            <translation>Employees chosen: {n}</translation>
        </message>
        <message>
            <source>Settlement type</source>
            <translation>Settlement type</translation>
        </message>
        <message>
            <source>Settle the grade, the legal period in grade having been served</source>
            <translation>Settle the grade, the legal period in grade having been served</translation>
        </message>
        <message>
            <source>Exact effect requested</source>
            <translation>Exact effect requested</translation>
        </message>
        <message>
            <source>Each case adds its employee's grades to the effect, e.g. (from grade 7 to grade 9).</source>
            <translation>Each case adds its employee's grades to the effect, e.g. (from grade 7 to grade 9).</translation>
        </message>
        <message>
            <source>(from grade {a} to grade {b})</source>
            <translation>(from grade {a} to grade {b})</translation>
        </message>
    </context>
    <context>
        <name>OrgChart</name>
        <message>
            <source>{filled} of {approved} filled</source>
            <translation>{filled} of {approved} filled</translation>
        </message>
    </context>
    <context>
        <name>OrgPage</name>
        <message>
            <source>Search units by name or code (Ctrl+F)</source>
            <translation>Search units by name or code (Ctrl+F)</translation>
        </message>
        <message>
            <source>Add unit…</source>
            <translation>Add unit…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Close unit…</source>
            <translation>Close unit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Undo move</source>
            <translation>Undo move</translation>
        </message>
        <message>
            <source>Add post…</source>
            <translation>Add post…</translation>
        </message>
        <message>
            <source>Edit post…</source>
            <translation>Edit post…</translation>
        </message>
        <message>
            <source>Delete post</source>
            <translation>Delete post</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Empty template…</source>
            <translation>Empty template…</translation>
        </message>
        <message>
            <source>Print chart…</source>
            <translation>Print chart…</translation>
        </message>
        <message>
            <source>Print units list…</source>
            <translation>Print units list…</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Fit to window</source>
            <translation>Fit to window</translation>
        </message>
        <message>
            <source>Unfold all</source>
            <translation>Unfold all</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>Org chart</source>
            <translation>Org chart</translation>
        </message>
        <message>
            <source>Delete a unit</source>
            <translation>Delete a unit</translation>
        </message>
        <message>
            <source>Delete «{unit}»? Use this only for a unit entered by mistake; a unit that existed is closed instead.</source>
            <translation>Delete «{unit}»? Use this only for a unit entered by mistake; a unit that existed is closed instead.</translation>
        </message>
        <message>
            <source>Staffing table</source>
            <translation>Staffing table</translation>
        </message>
    </context>
    <context>
        <name>OrgTransfer</name>
        <message>
            <source>Export the structure</source>
            <translation>Export the structure</translation>
        </message>
        <message>
            <source>Exporting the structure…</source>
            <translation>Exporting the structure…</translation>
        </message>
        <message>
            <source>Exported {units} and {posts} to:
{path}</source>
            <translation>Exported {units} and {posts} to:
{path}</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the empty template</source>
            <translation>Save the empty template</translation>
        </message>
        <message>
            <source>Writing the template…</source>
            <translation>Writing the template…</translation>
        </message>
        <message>
            <source>The template was saved to:
{path}</source>
            <translation>The template was saved to:
{path}</translation>
        </message>
        <message>
            <source>Import the structure</source>
            <translation>Import the structure</translation>
        </message>
        <message>
            <source>Importing the structure…</source>
            <translation>Importing the structure…</translation>
        </message>
        <message>
            <source>Organizational structure</source>
            <translation>Organizational structure</translation>
        </message>
    </context>
    <context>
        <name>OrgTreeModel</name>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Filled / approved</source>
            <translation>Filled / approved</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Station overview</source>
            <translation>Station overview</translation>
        </message>
        <message>
            <source>Organizational structure</source>
            <translation>Organizational structure</translation>
        </message>
        <message>
            <source>Staff register</source>
            <translation>Staff register</translation>
        </message>
        <message>
            <source>Staff dashboard</source>
            <translation>Staff dashboard</translation>
        </message>
        <message>
            <source>Job settlement</source>
            <translation>Job settlement</translation>
        </message>
        <message>
            <source>Local revenue</source>
            <translation>Local revenue</translation>
        </message>
        <message>
            <source>Institutional indicators</source>
            <translation>Institutional indicators</translation>
        </message>
        <message>
            <source>Development projects</source>
            <translation>Development projects</translation>
        </message>
        <message>
            <source>Send to the ministry</source>
            <translation>Send to the ministry</translation>
        </message>
        <message>
            <source>Municipalities and stations</source>
            <translation>Municipalities and stations</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>Verify a printout</translation>
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
        <name>PostDialog</name>
        <message>
            <source>Edit post in {unit}</source>
            <translation>Edit post in {unit}</translation>
        </message>
        <message>
            <source>Add a post to {unit}</source>
            <translation>Add a post to {unit}</translation>
        </message>
        <message>
            <source>Head of the unit</source>
            <translation>Head of the unit</translation>
        </message>
        <message>
            <source>Post title:</source>
            <translation>Post title:</translation>
        </message>
        <message>
            <source>Job group:</source>
            <translation>Job group:</translation>
        </message>
        <message>
            <source>From grade:</source>
            <translation>From grade:</translation>
        </message>
        <message>
            <source>To grade:</source>
            <translation>To grade:</translation>
        </message>
        <message>
            <source>Approved posts:</source>
            <translation>Approved posts:</translation>
        </message>
    </context>
    <context>
        <name>PostsModel</name>
        <message>
            <source>Post title</source>
            <translation>Post title</translation>
        </message>
        <message>
            <source>Job group</source>
            <translation>Job group</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Grades</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Filled</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>Surplus</translation>
        </message>
        <message>
            <source> (head)</source>
            <translation> (head)</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>Sending the pages to the printer…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The printer could not be used. Check that it is switched on and connected, or save the form as a PDF and print it from another computer.</source>
            <translation>The printer could not be used. Check that it is switched on and connected, or save the form as a PDF and print it from another computer.</translation>
        </message>
        <message>
            <source>Save the form as PDF</source>
            <translation>Save the form as PDF</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>The form could not be saved to {path}: the disk may be full or write-protected. Choose another place.
({reason})</source>
            <translation>The form could not be saved to {path}: the disk may be full or write-protected. Choose another place.
({reason})</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Preparing the printout…</source>
            <translation>Preparing the printout…</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Progress report</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <source>Required when progress goes backwards</source>
            <translation>Required when progress goes backwards</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>No photos</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Add photos…</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Physical progress:</source>
            <translation>Physical progress:</translation>
        </message>
        <message>
            <source>Financial progress:</source>
            <translation>Financial progress:</translation>
        </message>
        <message>
            <source>Spent so far (LYD):</source>
            <translation>Spent so far (LYD):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Site photos:</source>
            <translation>Site photos:</translation>
        </message>
        <message>
            <source>Site photos</source>
            <translation>Site photos</translation>
        </message>
        <message>
            <source>{count} photos</source>
            <translation>{count} photos</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>New project</translation>
        </message>
        <message>
            <source>Project name:</source>
            <translation>Project name:</translation>
        </message>
        <message>
            <source>Focus area:</source>
            <translation>Focus area:</translation>
        </message>
        <message>
            <source>Budget (LYD):</source>
            <translation>Budget (LYD):</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Planned end:</source>
            <translation>Planned end:</translation>
        </message>
    </context>
    <context>
        <name>ProjectView</name>
        <message>
            <source>Back to the list</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <source>Add a progress report…</source>
            <translation>Add a progress report…</translation>
        </message>
        <message>
            <source>Print the status sheet…</source>
            <translation>Print the status sheet…</translation>
        </message>
        <message>
            <source>Progress over time (dashed: as planned)</source>
            <translation>Progress over time (dashed: as planned)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Physical</source>
            <translation>Physical</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>Financial</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Note / reason</source>
            <translation>Note / reason</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Behind schedule: {done}% done, {due}% planned by now</source>
            <translation>Behind schedule: {done}% done, {due}% planned by now</translation>
        </message>
        <message>
            <source>Over budget: {spent} spent of {budget}</source>
            <translation>Over budget: {spent} spent of {budget}</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Locality:</source>
            <translation>Locality:</translation>
        </message>
        <message>
            <source>Contractor:</source>
            <translation>Contractor:</translation>
        </message>
        <message>
            <source>Contract:</source>
            <translation>Contract:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <source>from {start} to {end}</source>
            <translation>from {start} to {end}</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Budget:</translation>
        </message>
        <message>
            <source>Spent:</source>
            <translation>Spent:</translation>
        </message>
        <message>
            <source>Progress:</source>
            <translation>Progress:</translation>
        </message>
        <message>
            <source>Stopped because:</source>
            <translation>Stopped because:</translation>
        </message>
    </context>
    <context>
        <name>ProjectsModel</name>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Planned end</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Behind schedule</source>
            <translation>Behind schedule</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Over budget</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>Search projects (Ctrl+F)</source>
            <translation>Search projects (Ctrl+F)</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>All projects</translation>
        </message>
        <message>
            <source>With a warning</source>
            <translation>With a warning</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>New project…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>{count} projects · under way {running} · behind schedule {behind} · over budget {over} · spent {spent} of {budget}</source>
            <translation>{count} projects · under way {running} · behind schedule {behind} · over budget {over} · spent {spent} of {budget}</translation>
        </message>
        <message>
            <source>Import projects</source>
            <translation>Import projects</translation>
        </message>
        <message>
            <source>Importing projects…</source>
            <translation>Importing projects…</translation>
        </message>
        <message>
            <source>Export projects</source>
            <translation>Export projects</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Baladiya Desktop</source>
            <translation>Baladiya Desktop</translation>
        </message>
        <message>
            <source>Key passphrase:</source>
            <translation>Key passphrase:</translation>
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
            <source>This version of the program must upgrade the station's database. A backup copy is taken first, and nothing is lost. The upgrade will add:</source>
            <translation>This version of the program must upgrade the station's database. A backup copy is taken first, and nothing is lost. The upgrade will add:</translation>
        </message>
        <message>
            <source>Back up and upgrade</source>
            <translation>Back up and upgrade</translation>
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
        <name>ReceiptsModel</name>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Payer</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <source>Deposit slip</source>
            <translation>Deposit slip</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Deposited</source>
            <translation>Deposited</translation>
        </message>
        <message>
            <source>By transfer</source>
            <translation>By transfer</translation>
        </message>
        <message>
            <source>Not deposited</source>
            <translation>Not deposited</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsTab</name>
        <message>
            <source>Book number</source>
            <translation>Book number</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Not deposited</source>
            <translation>Not deposited</translation>
        </message>
        <message>
            <source>Deposited</source>
            <translation>Deposited</translation>
        </message>
        <message>
            <source>Payer, ID or cheque number (Ctrl+F)</source>
            <translation>Payer, ID or cheque number (Ctrl+F)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Monthly report…</source>
            <translation>Monthly report…</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>All collectors</source>
            <translation>All collectors</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) — total {total}</source>
            <translation>
                <numerusform>%n receipt — total {total}</numerusform>
                <numerusform>%n receipts — total {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Void receipt</source>
            <translation>Void receipt</translation>
        </message>
        <message>
            <source>Why is receipt {serial} of book {book} void?</source>
            <translation>Why is receipt {serial} of book {book} void?</translation>
        </message>
        <message>
            <source>Export receipts</source>
            <translation>Export receipts</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Forgotten password</source>
            <translation>Forgotten password</translation>
        </message>
        <message>
            <source>Type the recovery code written down when the station was set up (it is kept with the station's papers), then choose a new password.</source>
            <translation>Type the recovery code written down when the station was set up (it is kept with the station's papers), then choose a new password.</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>Recovery code:</translation>
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
            <source>The new password is set. The old recovery code no longer works: this is the new one, shown only now. Write it down on paper and keep it with the station's papers, in place of the old one.</source>
            <translation>The new password is set. The old recovery code no longer works: this is the new one, shown only now. Write it down on paper and keep it with the station's papers, in place of the old one.</translation>
        </message>
        <message>
            <source>I have written the new recovery code down</source>
            <translation>I have written the new recovery code down</translation>
        </message>
        <message>
            <source>Set the password</source>
            <translation>Set the password</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Enter the user name and the recovery code.</source>
            <translation>Enter the user name and the recovery code.</translation>
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation>The two passwords do not match.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Check before importing</source>
            <translation>Check before importing</translation>
        </message>
        <message>
            <source>Nothing has been saved yet. Rows that cannot be taken are listed with their row number in the sheet.</source>
            <translation>Nothing has been saved yet. Rows that cannot be taken are listed with their row number in the sheet.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Save the report…</source>
            <translation>Save the report…</translation>
        </message>
        <message>
            <source>To add: {imported} · to update: {updated} · unchanged: {unchanged} · skipped: {skipped} · refused: {refused}</source>
            <translation>To add: {imported} · to update: {updated} · unchanged: {unchanged} · skipped: {skipped} · refused: {refused}</translation>
        </message>
        <message>
            <source>Save the refused rows</source>
            <translation>Save the refused rows</translation>
        </message>
    </context>
    <context>
        <name>Revenue</name>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
    </context>
    <context>
        <name>RevenuePage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Receipt entry</source>
            <translation>Receipt entry</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Receipt books</source>
            <translation>Receipt books</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>Deposits</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>Controls</translation>
        </message>
        <message>
            <source>Month close</source>
            <translation>Month close</translation>
        </message>
    </context>
    <context>
        <name>RevenueTransfer</name>
        <message>
            <source>Import receipts</source>
            <translation>Import receipts</translation>
        </message>
        <message>
            <source>Books created from the file: {books}</source>
            <translation>Books created from the file: {books}</translation>
        </message>
        <message>
            <source>Save the refused rows with their reasons to a workbook?</source>
            <translation>Save the refused rows with their reasons to a workbook?</translation>
        </message>
        <message>
            <source>Refused rows</source>
            <translation>Refused rows</translation>
        </message>
        <message>
            <source>Importing receipts…</source>
            <translation>Importing receipts…</translation>
        </message>
        <message>
            <source>Exporting receipts…</source>
            <translation>Exporting receipts…</translation>
        </message>
        <message>
            <source>Export receipts</source>
            <translation>Export receipts</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) written to {path}</source>
            <translation>
                <numerusform>%n receipt written to {path}</numerusform>
                <numerusform>%n receipts written to {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export summary</source>
            <translation>Export summary</translation>
        </message>
        <message>
            <source>Exporting summary…</source>
            <translation>Exporting summary…</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Written to {path}</translation>
        </message>
        <message>
            <source>Monthly revenue report</source>
            <translation>Monthly revenue report</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Conflict reviewed</source>
            <translation>Conflict reviewed</translation>
        </message>
        <message>
            <source>What was done about it (kept, re-entered, contacted the municipality…):</source>
            <translation>What was done about it (kept, re-entered, contacted the municipality…):</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
        <name>RulesTab</name>
        <message>
            <source>Entitlement rules</source>
            <translation>Entitlement rules</translation>
        </message>
        <message>
            <source>Entry grade by qualification</source>
            <translation>Entry grade by qualification</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>Save the rules</translation>
        </message>
        <message>
            <source>Salary table</source>
            <translation>Salary table</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>Increments</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Cells</translation>
        </message>
        <message>
            <source>No salary table: the cost of every case is shown as unknown.</source>
            <translation>No salary table: the cost of every case is shown as unknown.</translation>
        </message>
        <message>
            <source>Import a salary table from Excel…</source>
            <translation>Import a salary table from Excel…</translation>
        </message>
        <message>
            <source>Salary tables</source>
            <translation>Salary tables</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n change(s). The next scan applies them.</source>
            <translation>
                <numerusform>Saved: %n change. The next scan applies them.</numerusform>
                <numerusform>Saved: %n changes. The next scan applies them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Salary table (xlsx)</source>
            <translation>Salary table (xlsx)</translation>
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
        <name>SalaryImportDialog</name>
        <message>
            <source>Import a salary table</source>
            <translation>Import a salary table</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>Table name</source>
            <translation>Table name</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <source>Rows: grades 1 to 15; columns: increments 0, 1, 2 …; amounts in dinars. Every cell must be filled.</source>
            <translation>Rows: grades 1 to 15; columns: increments 0, 1, 2 …; amounts in dinars. Every cell must be filled.</translation>
        </message>
    </context>
    <context>
        <name>ScanTab</name>
        <message>
            <source>National number</source>
            <translation>National number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Recorded → entitled grade</source>
            <translation>Recorded → entitled grade</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Search by name or national number (Ctrl+F)</source>
            <translation>Search by name or national number (Ctrl+F)</translation>
        </message>
        <message>
            <source>Scan again</source>
            <translation>Scan again</translation>
        </message>
        <message>
            <source>Open cases…</source>
            <translation>Open cases…</translation>
        </message>
        <message>
            <source>Scanning the register…</source>
            <translation>Scanning the register…</translation>
        </message>
        <message>
            <source>{n} employees have a recorded grade that differs from their entitlement.</source>
            <translation>{n} employees have a recorded grade that differs from their entitlement.</translation>
        </message>
        <message>
            <source>Tick or select the employees first.</source>
            <translation>Tick or select the employees first.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) opened.</source>
            <translation>
                <numerusform>%n case opened.</numerusform>
                <numerusform>%n cases opened.</numerusform>
            </translation>
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
            <source>One line per row, printed above the municipality's name.</source>
            <translation>One line per row, printed above the municipality's name.</translation>
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
        <name>Settlement</name>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Returned for completion</source>
            <translation>Returned for completion</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>{a} to {b}</source>
            <translation>{a} to {b}</translation>
        </message>
    </context>
    <context>
        <name>SettlementPage</name>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Entitlement scan</source>
            <translation>Entitlement scan</translation>
        </message>
        <message>
            <source>Progress chart</source>
            <translation>Progress chart</translation>
        </message>
        <message>
            <source>Rules and salary tables</source>
            <translation>Rules and salary tables</translation>
        </message>
    </context>
    <context>
        <name>StaffDashboardPage</name>
        <message>
            <source>Staff in service</source>
            <translation>Staff in service</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Grade 11 and above</source>
            <translation>Grade 11 and above</translation>
        </message>
        <message>
            <source>Vacant approved posts</source>
            <translation>Vacant approved posts</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Staff by grade</source>
            <translation>Staff by grade</translation>
        </message>
        <message>
            <source>Staff by qualification</source>
            <translation>Staff by qualification</translation>
        </message>
        <message>
            <source>Staff by employment type</source>
            <translation>Staff by employment type</translation>
        </message>
        <message>
            <source>Largest units</source>
            <translation>Largest units</translation>
        </message>
        <message>
            <source>Posts filled against approved</source>
            <translation>Posts filled against approved</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Filled</translation>
        </message>
    </context>
    <context>
        <name>StaffImportWizard</name>
        <message>
            <source>Import staff from Excel</source>
            <translation>Import staff from Excel</translation>
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
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>Importing staff…</source>
            <translation>Importing staff…</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <source>National number</source>
            <translation>National number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>Employee no.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>Employment type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Hire date</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Search by any name part, national number or employee number (Ctrl+F)</source>
            <translation>Search by any name part, national number or employee number (Ctrl+F)</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <source>All employment types</source>
            <translation>All employment types</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>New employee…</source>
            <translation>New employee…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Print data card…</source>
            <translation>Print data card…</translation>
        </message>
        <message>
            <source>Print list by unit…</source>
            <translation>Print list by unit…</translation>
        </message>
        <message>
            <source>{count} employees</source>
            <translation>{count} employees</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>Exporting the register…</translation>
        </message>
        <message>
            <source>Staff register</source>
            <translation>Staff register</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n employee(s) to:
{path}</source>
            <translation>
                <numerusform>Exported %n employee to:
{path}</numerusform>
                <numerusform>Exported %n employees to:
{path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatesView</name>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Set aside</translation>
        </message>
        <message>
            <source>Kept — from {station}</source>
            <translation>Kept — from {station}</translation>
        </message>
        <message>
            <source>Set aside — from {station}</source>
            <translation>Set aside — from {station}</translation>
        </message>
        <message>
            <source>Not recorded: the kept state is the record as it is now.</source>
            <translation>Not recorded: the kept state is the record as it is now.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
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
            <source>Type part of the municipality's name…</source>
            <translation>Type part of the municipality's name…</translation>
        </message>
        <message>
            <source>e.g. Municipal agent's office</source>
            <translation>e.g. Municipal agent's office</translation>
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
        <name>StationsTab</name>
        <message>
            <source>Choose a folder…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <source>Look for sticks again</source>
            <translation>Look for sticks again</translation>
        </message>
        <message>
            <source>Import from a USB stick</source>
            <translation>Import from a USB stick</translation>
        </message>
        <message>
            <source>Receipts folder…</source>
            <translation>Receipts folder…</translation>
        </message>
        <message>
            <source>Reference bundle</source>
            <translation>Reference bundle</translation>
        </message>
        <message>
            <source>Stick or folder:</source>
            <translation>Stick or folder:</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Last bundle</source>
            <translation>Last bundle</translation>
        </message>
        <message>
            <source>Other
stations</source>
            <translation>Other
stations</translation>
        </message>
        <message>
            <source>Days since
contact</source>
            <translation>Days since
contact</translation>
        </message>
        <message>
            <source>Applied
up to</source>
            <translation>Applied
up to</translation>
        </message>
        <message>
            <source>Relayed
to it</source>
            <translation>Relayed
to it</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>Last reply</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>History alert</source>
            <translation>History alert</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No station enrolled</source>
            <translation>No station enrolled</translation>
        </message>
        <message>
            <source>Restored from a backup {times} time(s). Its next bundle gets back what it had sent since that backup.</source>
            <translation>Restored from a backup {times} time(s). Its next bundle gets back what it had sent since that backup.</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>Restored from a backup</translation>
        </message>
        <message>
            <source>a «receipts» folder on the same stick</source>
            <translation>a «receipts» folder on the same stick</translation>
        </message>
        <message>
            <source>Receipts go to: {where}</source>
            <translation>Receipts go to: {where}</translation>
        </message>
        <message>
            <source>Where to write the receipts</source>
            <translation>Where to write the receipts</translation>
        </message>
        <message>
            <source>The stick or folder with the bundles</source>
            <translation>The stick or folder with the bundles</translation>
        </message>
        <message>
            <source>Importing the municipalities' bundles</source>
            <translation>Importing the municipalities' bundles</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>Older than what arrived</source>
            <translation>Older than what arrived</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>No bundles (*.bld) were found in {folder}.</source>
            <translation>No bundles (*.bld) were found in {folder}.</translation>
        </message>
        <message>
            <source>{files} files: {applied} applied, {duplicate} already imported, {stale} older, {refused} refused. Receipts were written to {folder}.</source>
            <translation>{files} files: {applied} applied, {duplicate} already imported, {stale} older, {refused} refused. Receipts were written to {folder}.</translation>
        </message>
        <message>
            <source>Stopped: the remaining files were not imported.</source>
            <translation>Stopped: the remaining files were not imported.</translation>
        </message>
        <message>
            <source>Where to write the reference bundle</source>
            <translation>Where to write the reference bundle</translation>
        </message>
        <message>
            <source>Reference bundle version {version} written and verified: {name}. The ministry's key fingerprint, for the letter to the municipalities:</source>
            <translation>Reference bundle version {version} written and verified: {name}. The ministry's key fingerprint, for the letter to the municipalities:</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Date of the step</source>
            <translation>Date of the step</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Decision number</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>This page is for municipal stations. At the ministry, use the page «Municipalities and stations».</source>
            <translation>This page is for municipal stations. At the ministry, use the page «Municipalities and stations».</translation>
        </message>
        <message>
            <source>Where this station stands</source>
            <translation>Where this station stands</translation>
        </message>
        <message>
            <source>This station</source>
            <translation>This station</translation>
        </message>
        <message>
            <source>Station id</source>
            <translation>Station id</translation>
        </message>
        <message>
            <source>Last export</source>
            <translation>Last export</translation>
        </message>
        <message>
            <source>Ministry confirmation</source>
            <translation>Ministry confirmation</translation>
        </message>
        <message>
            <source>Changes not yet confirmed</source>
            <translation>Changes not yet confirmed</translation>
        </message>
        <message>
            <source>Reference data</source>
            <translation>Reference data</translation>
        </message>
        <message>
            <source>Ministry key fingerprint</source>
            <translation>Ministry key fingerprint</translation>
        </message>
        <message>
            <source>This station's key fingerprint</source>
            <translation>This station's key fingerprint</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <source>Look for sticks again</source>
            <translation>Look for sticks again</translation>
        </message>
        <message>
            <source>Export the data bundle</source>
            <translation>Export the data bundle</translation>
        </message>
        <message>
            <source>Enrollment bundle</source>
            <translation>Enrollment bundle</translation>
        </message>
        <message>
            <source>Import a bundle…</source>
            <translation>Import a bundle…</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Write to:</translation>
        </message>
        <message>
            <source>Print the transmittal slip…</source>
            <translation>Print the transmittal slip…</translation>
        </message>
        <message>
            <source>Print the station card…</source>
            <translation>Print the station card…</translation>
        </message>
        <message>
            <source>Review the conflicts</source>
            <translation>Review the conflicts</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Bundle</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>A backup was restored: export a bundle to the ministry so that it gives back what came after it.</source>
            <translation>A backup was restored: export a bundle to the ministry so that it gives back what came after it.</translation>
        </message>
        <message>
            <source>Export to the ministry now</source>
            <translation>Export to the ministry now</translation>
        </message>
        <message>
            <source>The municipality's other stations, as the ministry's reference bundle lists them. Their records reach this station in the ministry's replies, or at once in a bundle carried from one PC to the other on a stick.</source>
            <translation>The municipality's other stations, as the ministry's reference bundle lists them. Their records reach this station in the ministry's replies, or at once in a bundle carried from one PC to the other on a stick.</translation>
        </message>
        <message>
            <source>Send a bundle to another station of the office</source>
            <translation>Send a bundle to another station of the office</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Direct bundle</source>
            <translation>Direct bundle</translation>
        </message>
        <message>
            <source>Last direct exchange</source>
            <translation>Last direct exchange</translation>
        </message>
        <message>
            <source>Its newest record here</source>
            <translation>Its newest record here</translation>
        </message>
        <message>
            <source>No other station of this municipality is listed yet. When the ministry enrols another PC of the office, import its next reference bundle here.</source>
            <translation>No other station of this municipality is listed yet. When the ministry enrols another PC of the office, import its next reference bundle here.</translation>
        </message>
        <message>
            <source>Rows the ministry could not store, with its reason. Correct each record on its page: the corrected record travels in the next bundle and leaves this list.</source>
            <translation>Rows the ministry could not store, with its reason. Correct each record on its page: the corrected record travels in the next bundle and leaves this list.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Stations of the office ({count})</source>
            <translation>Stations of the office ({count})</translation>
        </message>
        <message>
            <source>Bundles written and received</source>
            <translation>Bundles written and received</translation>
        </message>
        <message>
            <source>Refused by the ministry ({count})</source>
            <translation>Refused by the ministry ({count})</translation>
        </message>
        <message>
            <source>Conflicts to review ({count})</source>
            <translation>Conflicts to review ({count})</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>None yet</translation>
        </message>
        <message>
            <source>{when} — changes {range}</source>
            <translation>{when} — changes {range}</translation>
        </message>
        <message>
            <source>Confirmed by the ministry on {when} up to change {seq}</source>
            <translation>Confirmed by the ministry on {when} up to change {seq}</translation>
        </message>
        <message>
            <source>Not yet confirmed</source>
            <translation>Not yet confirmed</translation>
        </message>
        <message>
            <source>Version {version} of {when}</source>
            <translation>Version {version} of {when}</translation>
        </message>
        <message>
            <source>Not imported yet: import the ministry's reference bundle first</source>
            <translation>Not imported yet: import the ministry's reference bundle first</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Enrollment</source>
            <translation>Enrollment</translation>
        </message>
        <message>
            <source>Another station of the office</source>
            <translation>Another station of the office</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>No: its key was revoked by the ministry</source>
            <translation>No: its key was revoked by the ministry</translation>
        </message>
        <message>
            <source>Not yet: its key comes in the ministry's next reference</source>
            <translation>Not yet: its key comes in the ministry's next reference</translation>
        </message>
        <message>
            <source>Possible</source>
            <translation>Possible</translation>
        </message>
        <message>
            <source>Where to write the bundle</source>
            <translation>Where to write the bundle</translation>
        </message>
        <message>
            <source>Writing the data bundle</source>
            <translation>Writing the data bundle</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>The bundle for «{station}» was written and verified — you may remove the stick now</source>
            <translation>The bundle for «{station}» was written and verified — you may remove the stick now</translation>
        </message>
        <message>
            <source>{records} records, {forwarded} of them written at the office's other stations. Import the file on that station's page «Send to the ministry».</source>
            <translation>{records} records, {forwarded} of them written at the office's other stations. Import the file on that station's page «Send to the ministry».</translation>
        </message>
        <message>
            <source>That station already holds every record this one has: the bundle only tells it so.</source>
            <translation>That station already holds every record this one has: the bundle only tells it so.</translation>
        </message>
        <message>
            <source>File: {name}
SHA-256: {sha}</source>
            <translation>File: {name}
SHA-256: {sha}</translation>
        </message>
        <message>
            <source>No new changes: a request bundle only — written and verified, you may remove the stick now</source>
            <translation>No new changes: a request bundle only — written and verified, you may remove the stick now</translation>
        </message>
        <message>
            <source>It carries no records. Take it to the ministry all the same: its reply brings what the office's other stations sent.</source>
            <translation>It carries no records. Take it to the ministry all the same: its reply brings what the office's other stations sent.</translation>
        </message>
        <message>
            <source>The bundle was written and verified — you may remove the stick now</source>
            <translation>The bundle was written and verified — you may remove the stick now</translation>
        </message>
        <message>
            <source>File: {name}
Changes {range}, {records} records
SHA-256: {sha}</source>
            <translation>File: {name}
Changes {range}, {records} records
SHA-256: {sha}</translation>
        </message>
        <message>
            <source>Records of the office's other stations carried on: {count}</source>
            <translation>Records of the office's other stations carried on: {count}</translation>
        </message>
        <message>
            <source>Choose a station in the list first.</source>
            <translation>Choose a station in the list first.</translation>
        </message>
        <message>
            <source>Writes a bundle for «{station}» to the chosen stick or folder.</source>
            <translation>Writes a bundle for «{station}» to the chosen stick or folder.</translation>
        </message>
        <message>
            <source>Where to write the bundle for «{station}»</source>
            <translation>Where to write the bundle for «{station}»</translation>
        </message>
        <message>
            <source>Writing the bundle for «{station}»</source>
            <translation>Writing the bundle for «{station}»</translation>
        </message>
        <message>
            <source>Where to write the enrollment bundle</source>
            <translation>Where to write the enrollment bundle</translation>
        </message>
        <message>
            <source>The enrollment bundle was written and verified</source>
            <translation>The enrollment bundle was written and verified</translation>
        </message>
        <message>
            <source>File: {name}
Print the station card, sign and stamp it, and send it with the stick. The ministry compares this fingerprint with the card:</source>
            <translation>File: {name}
Print the station card, sign and stamp it, and send it with the stick. The ministry compares this fingerprint with the card:</translation>
        </message>
        <message>
            <source>A bundle from the ministry or from another station of the office</source>
            <translation>A bundle from the ministry or from another station of the office</translation>
        </message>
        <message>
            <source>Importing the bundle</source>
            <translation>Importing the bundle</translation>
        </message>
        <message>
            <source>Baladiya bundles (*.bld)</source>
            <translation>Baladiya bundles (*.bld)</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>Checking the bundle…</translation>
        </message>
        <message>
            <source>Keep the ministry's letter: every later bundle is checked against this key.</source>
            <translation>Keep the ministry's letter: every later bundle is checked against this key.</translation>
        </message>
        <message>
            <source>Records from the office's other stations: {records}
Conflicts awaiting review: {conflicts}</source>
            <translation>Records from the office's other stations: {records}
Conflicts awaiting review: {conflicts}</translation>
        </message>
        <message>
            <source>Rows that could not be stored: {count}</source>
            <translation>Rows that could not be stored: {count}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Annual target (LYD)</source>
            <translation>Annual target (LYD)</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Collected</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Save targets (Ctrl+S)</source>
            <translation>Save targets (Ctrl+S)</translation>
        </message>
        <message>
            <source>Year target {target}, collected {got} ({share})</source>
            <translation>Year target {target}, collected {got} ({share})</translation>
        </message>
    </context>
    <context>
        <name>UnitDetail</name>
        <message>
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Reports to:</source>
            <translation>Reports to:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>Approved posts:</source>
            <translation>Approved posts:</translation>
        </message>
        <message>
            <source>No. {number} of {date}</source>
            <translation>No. {number} of {date}</translation>
        </message>
        <message>
            <source>{approved} approved, {filled} filled, {vacant} vacant, {surplus} surplus</source>
            <translation>{approved} approved, {filled} filled, {vacant} vacant, {surplus} surplus</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Edit unit</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <source>Add a unit</source>
            <translation>Add a unit</translation>
        </message>
        <message>
            <source>— none (top of the structure) —</source>
            <translation>— none (top of the structure) —</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Arabic name:</source>
            <translation>Arabic name:</translation>
        </message>
        <message>
            <source>English name:</source>
            <translation>English name:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Reports to:</source>
            <translation>Reports to:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Approving decision number:</source>
            <translation>Approving decision number:</translation>
        </message>
        <message>
            <source>Approving decision date:</source>
            <translation>Approving decision date:</translation>
        </message>
        <message>
            <source>Effective from:</source>
            <translation>Effective from:</translation>
        </message>
        <message>
            <source>A change of name, type or place of an approved unit needs the decision that made it:</source>
            <translation>A change of name, type or place of an approved unit needs the decision that made it:</translation>
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
            <source>Print the list…</source>
            <translation>Print the list…</translation>
        </message>
        <message>
            <source>Audit log extract…</source>
            <translation>Audit log extract…</translation>
        </message>
        <message>
            <source>Audit log extract</source>
            <translation>Audit log extract</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Scan the QR code printed on a form with the scanner, or paste its text here, then press Enter. The app says whether the paper is genuine and whether its data has changed since it was printed.</source>
            <translation>Scan the QR code printed on a form with the scanner, or paste its text here, then press Enter. The app says whether the paper is genuine and whether its data has changed since it was printed.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Scan the code or paste its text first.</source>
            <translation>Scan the code or paste its text first.</translation>
        </message>
        <message>
            <source>Genuine, and the data is unchanged</source>
            <translation>Genuine, and the data is unchanged</translation>
        </message>
        <message>
            <source>Genuine (signed by the municipality's station)</source>
            <translation>Genuine (signed by the municipality's station)</translation>
        </message>
        <message>
            <source>Genuine, but the data has changed since printing</source>
            <translation>Genuine, but the data has changed since printing</translation>
        </message>
        <message>
            <source>Genuine, but the record is not here</source>
            <translation>Genuine, but the record is not here</translation>
        </message>
        <message>
            <source>Not genuine</source>
            <translation>Not genuine</translation>
        </message>
        <message>
            <source>Do not accept this paper</source>
            <translation>Do not accept this paper</translation>
        </message>
        <message>
            <source>What the paper certifies</source>
            <translation>What the paper certifies</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>On the paper</source>
            <translation>On the paper</translation>
        </message>
        <message>
            <source>In the record now</source>
            <translation>In the record now</translation>
        </message>
        <message>
            <source>not on the code</source>
            <translation>not on the code</translation>
        </message>
        <message>
            <source>not held here</source>
            <translation>not held here</translation>
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
            <source>In the next steps you choose your municipality, name this station (for example the office where this computer is) and create the first administrator account. Keep the administrator's password in a safe place.</source>
            <translation>In the next steps you choose your municipality, name this station (for example the office where this computer is) and create the first administrator account. Keep the administrator's password in a safe place.</translation>
        </message>
    </context>
    <context>
        <name>_Dialog</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Decision number:</source>
            <translation>Decision number:</translation>
        </message>
        <message>
            <source>Decision number (if approved):</source>
            <translation>Decision number (if approved):</translation>
        </message>
        <message>
            <source>Decision date:</source>
            <translation>Decision date:</translation>
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
    <context>
        <name>Buttons</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>StaffingView</name>
        <message>
            <source>By unit</source>
            <translation>By unit</translation>
        </message>
        <message>
            <source>By grade band</source>
            <translation>By grade band</translation>
        </message>
        <message>
            <source>By job title</source>
            <translation>By job title</translation>
        </message>
        <message>
            <source>Place staff without a post…</source>
            <translation>Place staff without a post…</translation>
        </message>
        <message>
            <source>Print the staffing table…</source>
            <translation>Print the staffing table…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Filled</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>Surplus</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Outside the grades</source>
            <translation>Outside the grades</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Post grades</source>
            <translation>Post grades</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Grades</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Filled: approved posts with a holder. Surplus: people beyond a post's approved number or without a post. Filled + surplus = the people in service.</source>
            <translation>Filled: approved posts with a holder. Surplus: people beyond a post's approved number or without a post. Filled + surplus = the people in service.</translation>
        </message>
        <message>
            <source>{approved} approved posts: {filled} filled, {vacant} vacant; {surplus} surplus staff; {staff} people in service; {mismatched} outside their post's grades.</source>
            <translation>{approved} approved posts: {filled} filled, {vacant} vacant; {surplus} surplus staff; {staff} people in service; {mismatched} outside their post's grades.</translation>
        </message>
        <message>
            <source>Post holders whose grade is outside the post's grades: {n}</source>
            <translation>Post holders whose grade is outside the post's grades: {n}</translation>
        </message>
        <message>
            <source>{n} post holders are outside their post's grades (names for staff readers).</source>
            <translation>{n} post holders are outside their post's grades (names for staff readers).</translation>
        </message>
    </context>
    <context>
        <name>PlacementDialog</name>
        <message>
            <source>Place staff without a post</source>
            <translation>Place staff without a post</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Recorded title</source>
            <translation>Recorded title</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Grades</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <source>Show posts outside the person's grade too</source>
            <translation>Show posts outside the person's grade too</translation>
        </message>
        <message>
            <source>e.g. 12/2026</source>
            <translation>e.g. 12/2026</translation>
        </message>
        <message>
            <source>Place in the post</source>
            <translation>Place in the post</translation>
        </message>
        <message>
            <source>Vacant posts</source>
            <translation>Vacant posts</translation>
        </message>
        <message>
            <source>Decision number (optional)</source>
            <translation>Decision number (optional)</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <source>Staff without a post: {n}</source>
            <translation>Staff without a post: {n}</translation>
        </message>
        <message>
            <source>{name} placed in «{post}», {unit}.</source>
            <translation>{name} placed in «{post}», {unit}.</translation>
        </message>
    </context>
    <context>
        <name>MonthCloseTab</name>
        <message>
            <source>Receipt book</source>
            <translation>Receipt book</translation>
        </message>
        <message>
            <source>Missing serials</source>
            <translation>Missing serials</translation>
        </message>
        <message>
            <source>Not deposited</source>
            <translation>Not deposited</translation>
        </message>
        <message>
            <source>Void without a reason</source>
            <translation>Void without a reason</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Type an explanation beside each item not in order (double-click the cell). Once closed, no receipt, void or deposit can be dated in the month; its seal goes to the ministry with the next bundle.</source>
            <translation>Type an explanation beside each item not in order (double-click the cell). Once closed, no receipt, void or deposit can be dated in the month; its seal goes to the ministry with the next bundle.</translation>
        </message>
        <message>
            <source>Close the month</source>
            <translation>Close the month</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Print the close report…</source>
            <translation>Print the close report…</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>In order</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>Explained</translation>
        </message>
        <message>
            <source>Needs an explanation</source>
            <translation>Needs an explanation</translation>
        </message>
        <message>
            <source>Closed by {user} on {date}. Seal: {seal}</source>
            <translation>Closed by {user} on {date}. Seal: {seal}</translation>
        </message>
        <message>
            <source>Reopened: {reason}. {open} of {problems} items still need an explanation.</source>
            <translation>Reopened: {reason}. {open} of {problems} items still need an explanation.</translation>
        </message>
        <message>
            <source>Not closed. {open} of {problems} items not in order still need an explanation.</source>
            <translation>Not closed. {open} of {problems} items not in order still need an explanation.</translation>
        </message>
        <message>
            <source>Close {month}? No receipt, void or deposit can then be dated in it.</source>
            <translation>Close {month}? No receipt, void or deposit can then be dated in it.</translation>
        </message>
        <message>
            <source>Reopen the month</source>
            <translation>Reopen the month</translation>
        </message>
        <message>
            <source>Why is {month} reopened? (kept in the audit log and sent to the ministry)</source>
            <translation>Why is {month} reopened? (kept in the audit log and sent to the ministry)</translation>
        </message>
        <message>
            <source>Not closed. Every item is in order: the month can be closed.</source>
            <translation>Not closed. Every item is in order: the month can be closed.</translation>
        </message>
    </context>
</TS>
