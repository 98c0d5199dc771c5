<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>The offline desktop program of Libyan municipal offices: structure, staff, settlement, revenue and indicators, sent to the Ministry of Local Government in signed, encrypted bundles.</source>
        <translation>برنامج سطح المكتب لمكاتب البلديات الليبية، يعمل دون إنترنت: الهيكل التنظيمي، والموظفون، والتسويات، والإيرادات، والمؤشرات، وتُرسل بياناته إلى وزارة الحكم المحلي في حزم موقّعة ومشفّرة.</translation>
    </message>
    <message>
        <source>Licensed for use by Libyan municipalities and the Ministry of Local Government.</source>
        <translation>مرخّص للاستخدام في البلديات الليبية ووزارة الحكم المحلي.</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans Arabic (Google, SIL Open Font License) and Amiri (Khaled Hosny, SIL Open Font License).</source>
        <translation>الخطوط: نوتو سانس العربي (Noto Sans Arabic من Google) والأميري (Amiri لخالد حسني)، وكلاهما برخصة SIL المفتوحة للخطوط.</translation>
    </message>
    <message>
        <source>About Baladiya Desktop</source>
        <translation>عن برنامج بلدية</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>مدير النظام الأول</translation>
    </message>
    <message>
        <source>The administrator (usually the municipal agent) adds the other users later.</source>
        <translation>مدير النظام (وكيل البلدية عادةً) هو من يضيف بقية المستخدمين لاحقاً.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>يومية (تلقائية)</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل التحديث</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Backups are kept in: {folder}</source>
        <translation>تُحفظ النسخ الاحتياطية في: {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>استعادة النسخة المحددة…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>تاريخ النسخة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>النسخ الاحتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The backup was saved:
{path}</source>
        <translation>حُفظت النسخة الاحتياطية في:
{path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace all current data with the backup of {when}?

Everything entered after that time is replaced. A copy of the current data is saved first, so this can be undone.</source>
        <translation>هل تريد استبدال كل البيانات الحالية بالنسخة الاحتياطية المأخوذة في {when}؟

كل ما أُدخل بعد ذلك الوقت سيُستبدل. تُحفظ نسخة من البيانات الحالية أولاً، فيمكن التراجع عن هذه العملية.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The station is ready</source>
        <translation>المحطة جاهزة</translation>
    </message>
    <message>
        <source>Write down the key fingerprint for the enrollment form.</source>
        <translation>دوّن بصمة المفتاح لتكتبها في نموذج التسجيل.</translation>
    </message>
    <message>
        <source>The station&apos;s signing key was created. Its fingerprint identifies this station to the ministry: it is printed on the enrollment form, and the ministry compares it before trusting the station&apos;s data.</source>
        <translation>أُنشئ مفتاح التوقيع الخاص بالمحطة. بصمة هذا المفتاح تعرّف المحطة لدى الوزارة: تُطبع على نموذج التسجيل، وتطابقها الوزارة قبل أن تعتمد بيانات المحطة.</translation>
    </message>
    <message>
        <source>Press Finish to open the program.</source>
        <translation>اضغط «إنهاء» لفتح البرنامج.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Baladiya — new station</source>
        <translation>بلدية — محطة جديدة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Municipality:</source>
        <translation>البلدية:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>المحطة:</translation>
    </message>
    <message>
        <source>Station key fingerprint:</source>
        <translation>بصمة مفتاح المحطة:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>المستخدم الحالي:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>آخر نسخة احتياطية:</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>المستخدمون النشطون</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>التغييرات المسجّلة</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>النسخ الاحتياطية المحفوظة</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا توجد بعد</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Baladiya — log in</source>
        <translation>بلدية — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Baladiya Desktop</source>
        <translation>برنامج بلدية</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Baladiya Desktop — {station}</source>
        <translation>برنامج بلدية — {station}</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>تغيير كلمة المرور الخاصة بي…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>About Baladiya Desktop</source>
        <translation>عن برنامج بلدية</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>Municipality: {name}</source>
        <translation>البلدية: {name}</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>المحطة: {name}</translation>
    </message>
    <message>
        <source>User: {name} — {role}</source>
        <translation>المستخدم: {name} — {role}</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>آخر نسخة احتياطية: {when}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Station overview</source>
        <translation>نظرة عامة على المحطة</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور الخاصة بي</translation>
    </message>
    <message>
        <source>Set the password of {name}</source>
        <translation>تعيين كلمة مرور المستخدم {name}</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Baladiya Desktop</source>
        <translation>برنامج بلدية</translation>
    </message>
    <message>
        <source>No backup was found to restore. The program will close; ask the technical support for help.</source>
        <translation>لم يُعثر على نسخة احتياطية للاستعادة منها. سيُغلق البرنامج؛ اطلب المساعدة من الدعم الفني.</translation>
    </message>
    <message>
        <source>You can restore the latest backup, taken on {when}. The damaged file is kept beside it.</source>
        <translation>يمكنك استعادة آخر نسخة احتياطية، المأخوذة في {when}. يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>استعادة آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Sorry, an unexpected error occurred. Your saved data is safe. A report was written to:
{path}
Please give this file to the technical support.</source>
        <translation>عذراً، حدث خطأ غير متوقع. بياناتك المحفوظة سليمة. كُتب تقرير بالخطأ في:
{path}
يُرجى تسليم هذا الملف إلى الدعم الفني.</translation>
    </message>
    <message>
        <source>The program closed unexpectedly last time. A report was saved in:
{folder}
Please give it to the technical support.</source>
        <translation>أُغلق البرنامج بشكل غير متوقع في المرة السابقة. حُفظ تقرير بذلك في:
{folder}
يُرجى تسليمه إلى الدعم الفني.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {name}</source>
        <translation>تغيير دور المستخدم {name}</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>تعذّر إتمام العملية</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Station settings (administrator)</source>
        <translation>إعدادات المحطة (لمدير النظام)</translation>
    </message>
    <message>
        <source>Back up automatically once a day at start</source>
        <translation>نسخ احتياطي تلقائي مرة في اليوم عند تشغيل البرنامج</translation>
    </message>
    <message>
        <source>One line per row, printed above the municipality&apos;s name.</source>
        <translation>سطر واحد لكل عبارة، يُطبع فوق اسم البلدية.</translation>
    </message>
    <message>
        <source>Header of printed forms:</source>
        <translation>ترويسة النماذج المطبوعة:</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>عدد النسخ التلقائية المحفوظة:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Municipality and station</source>
        <translation>البلدية والمحطة</translation>
    </message>
    <message>
        <source>Search by name in Arabic or English, then pick from the list.</source>
        <translation>ابحث بالاسم بالعربية أو بالإنجليزية، ثم اختر من القائمة.</translation>
    </message>
    <message>
        <source>Type part of the municipality&apos;s name…</source>
        <translation>اكتب جزءاً من اسم البلدية…</translation>
    </message>
    <message>
        <source>e.g. Municipal agent&apos;s office</source>
        <translation>مثلاً: مكتب وكيل البلدية</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>البلدية:</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>اسم المحطة:</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل مؤقتاً</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Search users (Ctrl+F)</source>
        <translation>البحث عن مستخدم (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Baladiya Desktop</source>
        <translation>مرحباً بك في برنامج بلدية</translation>
    </message>
    <message>
        <source>Setting up this computer as a station of your municipality.</source>
        <translation>تجهيز هذا الحاسوب ليكون محطة تابعة لبلديتك.</translation>
    </message>
    <message>
        <source>This program keeps the records of your municipal office on this computer: the organisational structure, staff, settlement of grades, revenue and indicators. It works without the internet and sends its data to the Ministry of Local Government on a USB stick.</source>
        <translation>يحفظ هذا البرنامج سجلات مكتب البلدية على هذا الحاسوب: الهيكل التنظيمي، والموظفين، وتسوية الدرجات الوظيفية، والإيرادات، والمؤشرات. يعمل دون إنترنت، ويرسل بياناته إلى وزارة الحكم المحلي على ذاكرة فلاش (USB).</translation>
    </message>
    <message>
        <source>In the next steps you choose your municipality, name this station (for example the office where this computer is) and create the first administrator account. Keep the administrator&apos;s password in a safe place.</source>
        <translation>في الخطوات التالية تختار بلديتك، وتسمّي هذه المحطة (مثلاً باسم المكتب الذي يوجد فيه هذا الحاسوب)، وتُنشئ حساب مدير النظام الأول. احفظ كلمة مرور المدير في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
