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
        <name>AssessmentView</name>
        <message>
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>الوزن</translation>
        </message>
        <message>
            <source>Score (1–5)</source>
            <translation>الدرجة (1–5)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Focus area</source>
            <translation>المحور</translation>
        </message>
        <message>
            <source>Save the assessment (Ctrl+S)</source>
            <translation>حفظ التقييم (Ctrl+S)</translation>
        </message>
        <message>
            <source>Weighted maturity score</source>
            <translation>درجة النضج الموزونة</translation>
        </message>
        <message>
            <source>A criterion's score is the weighted average of its sub-criteria; unscored parts are left out, not counted as zero.</source>
            <translation>درجة المعيار هي المتوسط الموزون لمعاييره الفرعية؛ وما لم يُقيَّم يُترك ولا يُحسب صفراً.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>الفترة:</translation>
        </message>
        <message>
            <source>Minutes, report or document the score rests on</source>
            <translation>المحضر أو التقرير أو المستند الذي تستند إليه الدرجة</translation>
        </message>
        <message>
            <source>Overall: {now} (previous quarter {then})</source>
            <translation>الدرجة العامة: {now} (الربع السابق {then})</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsTab</name>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <source>Add a file…</source>
            <translation>إضافة ملف…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>حفظ نسخة…</translation>
        </message>
        <message>
            <source>Attach a scanned document</source>
            <translation>إرفاق مستند ممسوح ضوئياً</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>حفظ نسخة</translation>
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
        <message>
            <source>Restore from a file…</source>
            <translation>استعادة من ملف…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>استعادة من ملف</translation>
        </message>
        <message>
            <source>Backups (*.db);;All files (*)</source>
            <translation>النسخ الاحتياطية (*.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Replace all current data with the backup in the file {file}?

A copy of the current data is saved first, so this can be undone.</source>
            <translation>هل تريد استبدال كل البيانات الحالية بالنسخة الاحتياطية التي في الملف {file}؟

تُحفظ نسخة من البيانات الحالية أولاً، فيمكن التراجع عن هذه العملية.</translation>
        </message>
        <message>
            <source>Restore as a new station?</source>
            <translation>الاستعادة كمحطة جديدة؟</translation>
        </message>
        <message>
            <source>This backup belongs to the station {name} ({municipality}), not to this one.

Restore it as a NEW station? This PC then carries that station's data under a new identity and a new key; the current data is replaced (a copy is saved first). The new station cannot send data to the ministry until it is enrolled: make its enrollment bundle on the Send to the ministry page and take it with the printed form to the ministry.

Do not do this while the other station is still in use: choose a backup of this station instead.</source>
            <translation>هذه النسخة الاحتياطية للمحطة {name} ({municipality})، وليست لهذه المحطة.

هل تريد استعادتها كمحطة جديدة؟ يحمل هذا الجهاز عندئذ بيانات تلك المحطة بمعرّف جديد ومفتاح جديد، وتُستبدل البيانات الحالية (تُحفظ نسخة منها أولاً). ولا ترسل المحطة الجديدة بياناتها إلى الوزارة قبل تسجيلها: اصنع حزمة التسجيل من صفحة «الإرسال إلى الوزارة» وسلّمها مع النموذج المطبوع إلى الوزارة.

لا تفعل هذا ما دامت المحطة الأخرى قيد الاستعمال: اختر بدلاً من ذلك نسخة احتياطية لهذه المحطة.</translation>
        </message>
        <message>
            <source>The backup was restored as a new station.

It must be enrolled before it can send data: make its enrollment bundle on the Send to the ministry page and take it with the printed form to the ministry.

Key fingerprint: {fingerprint}</source>
            <translation>استُعيدت النسخة الاحتياطية كمحطة جديدة.

يجب تسجيلها قبل أن ترسل بياناتها: اصنع حزمة التسجيل من صفحة «الإرسال إلى الوزارة» وسلّمها مع النموذج المطبوع إلى الوزارة.

بصمة المفتاح: {fingerprint}</translation>
        </message>
    </context>
    <context>
        <name>Block</name>
        <message>
            <source>Export to Excel…</source>
            <translation>تصدير إلى إكسل…</translation>
        </message>
    </context>
    <context>
        <name>BooksModel</name>
        <message>
            <source>With the collector</source>
            <translation>لدى المحصل</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>أُعيد</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Serials</source>
            <translation>الأرقام</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>المحصل</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>تاريخ التسليم</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>الملغى</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>المفقود</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>المحصّل</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
    </context>
    <context>
        <name>BooksTab</name>
        <message>
            <source>Issue a book…</source>
            <translation>تسليم دفتر…</translation>
        </message>
        <message>
            <source>Book returned</source>
            <translation>إرجاع الدفتر</translation>
        </message>
        <message>
            <source>Print the register…</source>
            <translation>طباعة سجل الدفاتر…</translation>
        </message>
        <message numerus="yes">
            <source>%n book(s), {open} with collectors</source>
            <translation>
                <numerusform>%n دفتر، ولدى المحصلين منها {open}</numerusform>
                <numerusform>دفتر واحد، ولدى المحصلين منها {open}</numerusform>
                <numerusform>دفتران، ولدى المحصلين منها {open}</numerusform>
                <numerusform>%n دفاتر، ولدى المحصلين منها {open}</numerusform>
                <numerusform>%n دفتراً، ولدى المحصلين منها {open}</numerusform>
                <numerusform>%n دفتر، ولدى المحصلين منها {open}</numerusform>
            </translation>
        </message>
        <message>
            <source>Book {book} is handed back and closed: it takes no more receipts. Continue?</source>
            <translation>سيُرجَع الدفتر {book} ويُغلق، فلا يقبل إيصالات جديدة. هل تريد المتابعة؟</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>Settlement case</source>
            <translation>ملف التسوية</translation>
        </message>
        <message>
            <source>Employee and request</source>
            <translation>الموظف والطلب</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>National number</source>
            <translation>الرقم الوطني</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Settlement type</source>
            <translation>نوع التسوية</translation>
        </message>
        <message>
            <source>Exact effect requested</source>
            <translation>الأثر المطلوب بدقة</translation>
        </message>
        <message>
            <source>Request date</source>
            <translation>تاريخ الطلب</translation>
        </message>
        <message>
            <source>Effective date</source>
            <translation>تاريخ الاستحقاق</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>إرفاق ملف…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>الحالة بعده</translation>
        </message>
        <message>
            <source>By</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>Reason or decision</source>
            <translation>السبب أو القرار</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>مراحل الإجراء</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>المستندات</translation>
        </message>
        <message>
            <source>Chronology</source>
            <translation>التسلسل الزمني</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Print the settlement form…</source>
            <translation>طباعة نموذج التسوية…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Current and proposed</source>
            <translation>الوضع الحالي والمقترح</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>الحالي</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>المقترح</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>العلاوات</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Case {number} — {status}</source>
            <translation>ملف التسوية {number} — {status}</translation>
        </message>
        <message>
            <source>No. {number} of {date}</source>
            <translation>رقم {number} بتاريخ {date}</translation>
        </message>
        <message numerus="yes">
            <source>Cost ({table}): monthly difference {monthly}; arrears for %n month(s) since the effective date: {arrears}</source>
            <translation>
                <numerusform>الأثر المالي ({table}): الفرق الشهري {monthly}؛ المتجمد عن %n شهر منذ تاريخ الاستحقاق: {arrears}</numerusform>
                <numerusform>الأثر المالي ({table}): الفرق الشهري {monthly}؛ المتجمد عن شهر واحد منذ تاريخ الاستحقاق: {arrears}</numerusform>
                <numerusform>الأثر المالي ({table}): الفرق الشهري {monthly}؛ المتجمد عن شهرين منذ تاريخ الاستحقاق: {arrears}</numerusform>
                <numerusform>الأثر المالي ({table}): الفرق الشهري {monthly}؛ المتجمد عن %n أشهر منذ تاريخ الاستحقاق: {arrears}</numerusform>
                <numerusform>الأثر المالي ({table}): الفرق الشهري {monthly}؛ المتجمد عن %n شهراً منذ تاريخ الاستحقاق: {arrears}</numerusform>
                <numerusform>الأثر المالي ({table}): الفرق الشهري {monthly}؛ المتجمد عن %n شهر منذ تاريخ الاستحقاق: {arrears}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cost: unknown — {why}</source>
            <translation>الأثر المالي: غير معروف — {why}</translation>
        </message>
        <message>
            <source>required</source>
            <translation>مطلوب</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>اختياري</translation>
        </message>
        <message>
            <source>file attached</source>
            <translation>مرفق ملف</translation>
        </message>
        <message>
            <source>Decision {number} of {date}</source>
            <translation>القرار {number} بتاريخ {date}</translation>
        </message>
        <message>
            <source>Choose the document in the list first.</source>
            <translation>اختر المستند من القائمة أولاً.</translation>
        </message>
        <message>
            <source>Attach a scanned document</source>
            <translation>إرفاق مستند ممسوح ضوئياً</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>Case number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Effective date</source>
            <translation>تاريخ الاستحقاق</translation>
        </message>
        <message>
            <source>Monthly difference</source>
            <translation>الفرق الشهري</translation>
        </message>
        <message>
            <source>Arrears</source>
            <translation>المتجمد</translation>
        </message>
        <message>
            <source>Open the case…</source>
            <translation>فتح الملف…</translation>
        </message>
        <message>
            <source>Batch list for the ministry…</source>
            <translation>كشف التسويات للوزارة…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Cases: {n} — monthly difference: {monthly} — arrears: {arrears}</source>
            <translation>عدد الملفات: {n} — الفرق الشهري: {monthly} — المتجمد: {arrears}</translation>
        </message>
        <message numerus="yes">
            <source>(%n case(s) of unknown cost not counted: no salary table covers them)</source>
            <translation>
                <numerusform>(لا يشمل الإجمالي %n ملف أثرها المالي غير معروف: لا يغطيها جدول مرتبات)</numerusform>
                <numerusform>(لا يشمل الإجمالي ملفاً واحداً أثره المالي غير معروف: لا يغطيه جدول مرتبات)</numerusform>
                <numerusform>(لا يشمل الإجمالي ملفين أثرهما المالي غير معروف: لا يغطيهما جدول مرتبات)</numerusform>
                <numerusform>(لا يشمل الإجمالي %n ملفات أثرها المالي غير معروف: لا يغطيها جدول مرتبات)</numerusform>
                <numerusform>(لا يشمل الإجمالي %n ملفاً أثرها المالي غير معروف: لا يغطيها جدول مرتبات)</numerusform>
                <numerusform>(لا يشمل الإجمالي %n ملف أثرها المالي غير معروف: لا يغطيها جدول مرتبات)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartTab</name>
        <message>
            <source>No settlement cases yet.</source>
            <translation>لا توجد ملفات تسوية بعد.</translation>
        </message>
        <message>
            <source>Settlement cases by month and status</source>
            <translation>ملفات التسوية حسب الشهر والمرحلة</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close «{unit}»</source>
            <translation>إغلاق «{unit}»</translation>
        </message>
        <message>
            <source>Closed from:</source>
            <translation>تُغلق اعتباراً من:</translation>
        </message>
    </context>
    <context>
        <name>CompareModel</name>
        <message>
            <source>Rank</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>البلدية</translation>
        </message>
        <message>
            <source>From the median</source>
            <translation>الفرق عن الوسيط</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Approved values only</source>
            <translation>القيم المعتمدة فقط</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>تصدير إلى Excel…</translation>
        </message>
        <message>
            <source>Indicator:</source>
            <translation>المؤشر:</translation>
        </message>
        <message>
            <source>Institutional maturity score</source>
            <translation>درجة النضج المؤسسي</translation>
        </message>
        <message numerus="yes">
            <source>%n municipality(s) in {period}: median {median}, middle half {q1} – {q3}, lowest {low}, highest {high}</source>
            <translation>
                <numerusform>%n بلدية في {period}: الوسيط {median}، والنصف الأوسط من {q1} إلى {q3}، والأدنى {low}، والأعلى {high}</numerusform>
                <numerusform>بلدية واحدة في {period}: الوسيط {median}، والنصف الأوسط من {q1} إلى {q3}، والأدنى {low}، والأعلى {high}</numerusform>
                <numerusform>بلديتان في {period}: الوسيط {median}، والنصف الأوسط من {q1} إلى {q3}، والأدنى {low}، والأعلى {high}</numerusform>
                <numerusform>%n بلديات في {period}: الوسيط {median}، والنصف الأوسط من {q1} إلى {q3}، والأدنى {low}، والأعلى {high}</numerusform>
                <numerusform>%n بلدية في {period}: الوسيط {median}، والنصف الأوسط من {q1} إلى {q3}، والأدنى {low}، والأعلى {high}</numerusform>
                <numerusform>%n بلدية في {period}: الوسيط {median}، والنصف الأوسط من {q1} إلى {q3}، والأدنى {low}، والأعلى {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>Every municipality in the last period, best first (dashed line: the median)</source>
            <translation>جميع البلديات في آخر فترة مرتبةً من الأفضل (الخط المتقطع: الوسيط)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>تصدير المقارنة</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>The same record was changed at two stations, or two records claim one code. One was kept; the other is kept here until someone reviews it.</source>
            <translation>عُدّل السجل نفسه في محطتين، أو حمل سجلان الرمز نفسه. اعتُمدت نسخة، وتُحفظ الأخرى هنا حتى يراجعها موظف.</translation>
        </message>
        <message>
            <source>Reviewed…</source>
            <translation>تمت المراجعة…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>الجدول</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Kept from</source>
            <translation>المعتمدة من</translation>
        </message>
        <message>
            <source>Concurrent edit</source>
            <translation>تعديل متزامن</translation>
        </message>
        <message>
            <source>Duplicate code</source>
            <translation>رمز مكرر</translation>
        </message>
        <message>
            <source>Set aside from</source>
            <translation>المستبعدة من</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
    </context>
    <context>
        <name>ConsolidatedView</name>
        <message>
            <source>All municipalities together, from the bundles received.</source>
            <translation>جميع البلديات معاً، من الحزم المستلمة.</translation>
        </message>
        <message>
            <source>Revenue year</source>
            <translation>سنة الإيرادات</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>العاملون</translation>
        </message>
        <message>
            <source>Staff by grade</source>
            <translation>العاملون حسب الدرجة</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Staff by employment type</source>
            <translation>العاملون حسب نوع التوظيف</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>نوع التوظيف</translation>
        </message>
        <message>
            <source>Settlement cases by status</source>
            <translation>حالات التسوية حسب الحالة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>الحالات</translation>
        </message>
        <message>
            <source>Revenue collected against target</source>
            <translation>الإيرادات المحصلة مقابل المستهدف</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>المحصّل</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>المستهدف</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجل</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s); cost known for {known}: monthly difference {monthly}, arrears {arrears}.</source>
            <translation>
                <numerusform>%n حالة؛ التكلفة معروفة لـ {known}: الفرق الشهري {monthly}، والمتأخرات {arrears}.</numerusform>
                <numerusform>حالة واحدة؛ التكلفة معروفة لـ {known}: الفرق الشهري {monthly}، والمتأخرات {arrears}.</numerusform>
                <numerusform>حالتان؛ التكلفة معروفة لـ {known}: الفرق الشهري {monthly}، والمتأخرات {arrears}.</numerusform>
                <numerusform>%n حالات؛ التكلفة معروفة لـ {known}: الفرق الشهري {monthly}، والمتأخرات {arrears}.</numerusform>
                <numerusform>%n حالة؛ التكلفة معروفة لـ {known}: الفرق الشهري {monthly}، والمتأخرات {arrears}.</numerusform>
                <numerusform>%n حالة؛ التكلفة معروفة لـ {known}: الفرق الشهري {monthly}، والمتأخرات {arrears}.</numerusform>
            </translation>
        </message>
        <message>
            <source>thousand LYD</source>
            <translation>ألف دينار</translation>
        </message>
        <message>
            <source>LYD</source>
            <translation>دينار</translation>
        </message>
        <message>
            <source>Collected against target by month ({unit})</source>
            <translation>المحصّل مقابل المستهدف حسب الشهر ({unit})</translation>
        </message>
        <message>
            <source>Year {year}: collected {got} of {target} ({share}).</source>
            <translation>سنة {year}: حُصّل {got} من {target} ({share}).</translation>
        </message>
        <message>
            <source>Save to Excel</source>
            <translation>الحفظ في ملف إكسل</translation>
        </message>
        <message>
            <source>Saving to Excel</source>
            <translation>جارٍ الحفظ في ملف إكسل</translation>
        </message>
    </context>
    <context>
        <name>ControlsTab</name>
        <message>
            <source>Missing serials</source>
            <translation>أرقام مفقودة</translation>
        </message>
        <message>
            <source>Late deposit</source>
            <translation>إيداع متأخر</translation>
        </message>
        <message>
            <source>Cash not deposited</source>
            <translation>نقد لم يُودع</translation>
        </message>
        <message>
            <source>Dated before the book</source>
            <translation>مؤرخ قبل تسليم الدفتر</translation>
        </message>
        <message>
            <source>Dated in the future</source>
            <translation>مؤرخ في المستقبل</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Serials</source>
            <translation>الأرقام</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>إعادة الفحص</translation>
        </message>
        <message>
            <source>No findings: every book is complete and every receipt deposited in time.</source>
            <translation>لا توجد ملاحظات: الدفاتر كاملة وكل الإيصالات أُودعت في وقتها.</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s) — {parts}</source>
            <translation>
                <numerusform>%n ملاحظة — {parts}</numerusform>
                <numerusform>ملاحظة واحدة — {parts}</numerusform>
                <numerusform>ملاحظتان — {parts}</numerusform>
                <numerusform>%n ملاحظات — {parts}</numerusform>
                <numerusform>%n ملاحظة — {parts}</numerusform>
                <numerusform>%n ملاحظة — {parts}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cheque number missing</source>
            <translation>رقم الصك غير مدوّن</translation>
        </message>
    </context>
    <context>
        <name>CrashReportsDialog</name>
        <message>
            <source>The program closed unexpectedly</source>
            <translation>أُغلق البرنامج بشكل غير متوقع</translation>
        </message>
        <message>
            <source>The program closed unexpectedly last time. Your saved data is safe. A report was written; it holds no names or personal data. To help the ministry's helpdesk fix the fault, save it to a USB stick and send it with your next data bundle.</source>
            <translation>أُغلق البرنامج بشكل غير متوقع في المرة السابقة. بياناتك المحفوظة سليمة. كُتب تقرير بالخطأ لا يحوي أسماء ولا بيانات شخصية. لمساعدة الدعم الفني في الوزارة على إصلاح الخلل، احفظه على ذاكرة USB وأرسله مع حزمة البيانات القادمة.</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>اختيار مجلد…</translation>
        </message>
        <message>
            <source>Save to the stick</source>
            <translation>حفظ على الذاكرة</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>الحفظ في</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Where to save the reports</source>
            <translation>أين تُحفظ التقارير</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n report(s) to {folder}. Give the stick to the helpdesk.</source>
            <translation>
                <numerusform>حُفظ %n تقرير في {folder}. سلّم الذاكرة إلى الدعم الفني.</numerusform>
                <numerusform>حُفظ تقرير واحد في {folder}. سلّم الذاكرة إلى الدعم الفني.</numerusform>
                <numerusform>حُفظ تقريران في {folder}. سلّم الذاكرة إلى الدعم الفني.</numerusform>
                <numerusform>حُفظت %n تقارير في {folder}. سلّم الذاكرة إلى الدعم الفني.</numerusform>
                <numerusform>حُفظ %n تقريراً في {folder}. سلّم الذاكرة إلى الدعم الفني.</numerusform>
                <numerusform>حُفظ %n تقرير في {folder}. سلّم الذاكرة إلى الدعم الفني.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Export the summary…</source>
            <translation>تصدير الملخص…</translation>
        </message>
        <message>
            <source>Collected this year</source>
            <translation>المحصّل هذه السنة</translation>
        </message>
        <message>
            <source>Year target</source>
            <translation>المستهدف السنوي</translation>
        </message>
        <message>
            <source>Share of target</source>
            <translation>نسبة التحصيل من المستهدف</translation>
        </message>
        <message>
            <source>Valid receipts</source>
            <translation>الإيصالات السارية</translation>
        </message>
        <message>
            <source>Monthly collection against target</source>
            <translation>التحصيل الشهري مقارنة بالمستهدف</translation>
        </message>
        <message>
            <source>By category (year to date)</source>
            <translation>حسب البند (منذ بداية السنة)</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>حسب طريقة الدفع</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>المحصّل</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>المستهدف</translation>
        </message>
        <message>
            <source>Thousand LYD</source>
            <translation>ألف د.ل</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Up to:</source>
            <translation>حتى:</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>جميع المحاور</translation>
        </message>
        <message>
            <source>Overall maturity: {score} of 5</source>
            <translation>النضج المؤسسي العام: {score} من 5</translation>
        </message>
        <message>
            <source>Maturity of {area}, quarter by quarter</source>
            <translation>نضج محور {area} ربعاً بعد ربع</translation>
        </message>
        <message>
            <source>Overall maturity, quarter by quarter</source>
            <translation>النضج المؤسسي العام ربعاً بعد ربع</translation>
        </message>
    </context>
    <context>
        <name>DateRangeDialog</name>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>تاريخ البداية بعد تاريخ النهاية.</translation>
        </message>
    </context>
    <context>
        <name>DepositDialog</name>
        <message>
            <source>New bank deposit</source>
            <translation>إيداع مصرفي جديد</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>الدافع</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>المحصل</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Slip number</source>
            <translation>رقم إشعار الإيداع</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>المصرف</translation>
        </message>
        <message>
            <source>Deposit date</source>
            <translation>تاريخ الإيداع</translation>
        </message>
        <message>
            <source>Receipts not yet deposited:</source>
            <translation>الإيصالات التي لم تُودع بعد:</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s), total {total}</source>
            <translation>
                <numerusform>%n إيصال، المجموع {total}</numerusform>
                <numerusform>إيصال واحد، المجموع {total}</numerusform>
                <numerusform>إيصالان، المجموع {total}</numerusform>
                <numerusform>%n إيصالات، المجموع {total}</numerusform>
                <numerusform>%n إيصالاً، المجموع {total}</numerusform>
                <numerusform>%n إيصال، المجموع {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DepositsTab</name>
        <message>
            <source>Slip number</source>
            <translation>رقم إشعار الإيداع</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>المصرف</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>الإيصالات</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>New deposit…</source>
            <translation>إيداع جديد…</translation>
        </message>
        <message numerus="yes">
            <source>%n deposit(s), total {total}</source>
            <translation>
                <numerusform>%n إيداع، المجموع {total}</numerusform>
                <numerusform>إيداع واحد، المجموع {total}</numerusform>
                <numerusform>إيداعان، المجموع {total}</numerusform>
                <numerusform>%n إيداعات، المجموع {total}</numerusform>
                <numerusform>%n إيداعاً، المجموع {total}</numerusform>
                <numerusform>%n إيداع، المجموع {total}</numerusform>
            </translation>
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
            <source>The station's signing key was created. Its fingerprint identifies this station to the ministry: it is printed on the enrollment form, and the ministry compares it before trusting the station's data.</source>
            <translation>أُنشئ مفتاح التوقيع الخاص بالمحطة. بصمة هذا المفتاح تعرّف المحطة لدى الوزارة: تُطبع على نموذج التسجيل، وتطابقها الوزارة قبل أن تعتمد بيانات المحطة.</translation>
        </message>
        <message>
            <source>Press Finish to open the program.</source>
            <translation>اضغط «إنهاء» لفتح البرنامج.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <source>The administrator's recovery code is below. If the administrator's password is ever forgotten, it sets a new one ("Forgot your password?" in the login window). It is shown only now: write it down on paper and keep it with the station's papers, not beside the computer.</source>
            <translation>رمز الاسترداد الخاص بمدير النظام مكتوب أدناه. إذا نُسيت كلمة مرور المدير يومًا ما، فبهذا الرمز تُعيَّن كلمة مرور جديدة («نسيت كلمة المرور؟» في نافذة الدخول). لا يظهر الرمز إلا الآن: اكتبه على ورقة واحفظها مع أوراق المحطة، لا بجانب الحاسوب.</translation>
        </message>
        <message>
            <source>I have written the recovery code down</source>
            <translation>كتبتُ رمز الاسترداد على ورقة</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>An unsaved draft from {time} was found: restore it?</source>
            <translation>وُجدت مسودة لم تُحفظ من {time}: استعادتها؟</translation>
        </message>
    </context>
    <context>
        <name>EmployeeDialog</name>
        <message>
            <source>New employee</source>
            <translation>موظف جديد</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>موظف</translation>
        </message>
        <message>
            <source>Employee data</source>
            <translation>بيانات الموظف</translation>
        </message>
        <message>
            <source>Service history</source>
            <translation>ملف الخدمة</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>المرفقات</translation>
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
            <source>dd/mm/yyyy</source>
            <translation>يوم/شهر/سنة</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Father's name</source>
            <translation>اسم الأب</translation>
        </message>
        <message>
            <source>Grandfather's name</source>
            <translation>اسم الجد</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>اللقب</translation>
        </message>
        <message>
            <source>Mother's full name</source>
            <translation>اسم الأم بالكامل</translation>
        </message>
        <message>
            <source>National number</source>
            <translation>الرقم الوطني</translation>
        </message>
        <message>
            <source>12 digits, starting with 1 or 2</source>
            <translation>12 رقماً، يبدأ بـ 1 أو 2</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>مكان الميلاد</translation>
        </message>
        <message>
            <source>Marital status</source>
            <translation>الحالة الاجتماعية</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Qualification</source>
            <translation>المؤهل</translation>
        </message>
        <message>
            <source>Field of study</source>
            <translation>التخصص</translation>
        </message>
        <message>
            <source>Employee number</source>
            <translation>الرقم الوظيفي</translation>
        </message>
        <message>
            <source>Financial number</source>
            <translation>الرقم المالي</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Post in the staffing table</source>
            <translation>الوظيفة في الملاك</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>1 to 15</source>
            <translation>من 1 إلى 15</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>العلاوات</translation>
        </message>
        <message>
            <source>Grade date</source>
            <translation>تاريخ الدرجة</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>تاريخ التعيين</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>نوع التوظيف</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة الوظيفية</translation>
        </message>
        <message>
            <source>(no unit)</source>
            <translation>(بدون وحدة)</translation>
        </message>
        <message>
            <source>(outside the staffing table)</source>
            <translation>(خارج الملاك)</translation>
        </message>
        <message>
            <source>Employee: {name}</source>
            <translation>الموظف: {name}</translation>
        </message>
        <message>
            <source>Write the grade as a number from 1 to 15.</source>
            <translation>اكتب الدرجة رقماً من 1 إلى 15.</translation>
        </message>
    </context>
    <context>
        <name>EntryTab</name>
        <message>
            <source>Receipt book</source>
            <translation>دفتر الإيصالات</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>رقم الإيصال</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>اسم الدافع</translation>
        </message>
        <message>
            <source>Payer ID (optional)</source>
            <translation>رقم هوية الدافع (اختياري)</translation>
        </message>
        <message>
            <source>Revenue category</source>
            <translation>بند الإيراد</translation>
        </message>
        <message>
            <source>Amount (LYD)</source>
            <translation>المبلغ (د.ل)</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>طريقة الدفع</translation>
        </message>
        <message>
            <source>Cheque or transfer number</source>
            <translation>رقم الصك أو الحوالة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Save and next (Enter)</source>
            <translation>حفظ والتالي (Enter)</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Entered in this sitting</source>
            <translation>ما أُدخل في هذه الجلسة</translation>
        </message>
        <message>
            <source>Book not registered or closed</source>
            <translation>الدفتر غير مسجل أو مغلق</translation>
        </message>
        <message>
            <source>Book {first}–{last}, collector {name}</source>
            <translation>الدفتر من {first} إلى {last}، المحصل {name}</translation>
        </message>
        <message>
            <source>The book is full: choose the next book</source>
            <translation>اكتمل الدفتر: اختر الدفتر التالي</translation>
        </message>
        <message>
            <source>Saved receipt {serial}: {amount}</source>
            <translation>حُفظ الإيصال {serial}: {amount}</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>المستهدف</translation>
        </message>
        <message>
            <source>Evidence (note)</source>
            <translation>الدليل (وصف المستند)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Save values (Ctrl+S)</source>
            <translation>حفظ القيم (Ctrl+S)</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>إرفاق مستند الدليل…</translation>
        </message>
        <message>
            <source>Compute from the app's data</source>
            <translation>حساب المؤشرات من بيانات البرنامج</translation>
        </message>
        <message>
            <source>Approve and seal the period</source>
            <translation>اعتماد الفترة وختمها</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>الفترة:</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>محسوب</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>معتمد</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Not entered</source>
            <translation>لم يُدخل</translation>
        </message>
        <message>
            <source>Approved and sealed by {user}: read only.</source>
            <translation>اعتمدها {user} وختمها: للاطلاع فقط.</translation>
        </message>
        <message>
            <source>Open for entry: the agent approves it when complete.</source>
            <translation>مفتوحة للإدخال: يعتمدها الوكيل عند اكتمالها.</translation>
        </message>
        <message>
            <source>Choose the indicator the evidence is for.</source>
            <translation>اختر المؤشر الذي يخصه المستند.</translation>
        </message>
        <message>
            <source>Evidence document</source>
            <translation>مستند الدليل</translation>
        </message>
        <message>
            <source>Approve the period</source>
            <translation>اعتماد الفترة</translation>
        </message>
        <message>
            <source>Approve every value of {period}? The period is then sealed and no value can be changed.</source>
            <translation>هل تعتمد جميع قيم {period}؟ تُختم الفترة بعد ذلك ولا يمكن تعديل أي قيمة فيها.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the workbook</source>
            <translation>اختيار ملف Excel</translation>
        </message>
        <message>
            <source>An .xlsx file with one row per employee under a header row. Title rows above the header are fine.</source>
            <translation>ملف xlsx فيه صف لكل موظف تحت صف العناوين. لا بأس بوجود صفوف عنوان فوق صف العناوين.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>الورقة</translation>
        </message>
        <message>
            <source>Import staff</source>
            <translation>استيراد الموظفين</translation>
        </message>
    </context>
    <context>
        <name>FirstKeyDialog</name>
        <message>
            <source>The ministry's key</source>
            <translation>مفتاح الوزارة</translation>
        </message>
        <message>
            <source>This is the first reference bundle this station receives. Its ministry key fingerprint is:</source>
            <translation>هذه أول حزمة مرجعية تستلمها هذه المحطة. بصمة مفتاح الوزارة فيها:</translation>
        </message>
        <message>
            <source>(not readable)</source>
            <translation>(تعذرت قراءتها)</translation>
        </message>
        <message>
            <source>Compare it with the fingerprint in the ministry's letter. To have it checked, type the letter's fingerprint below; leave it empty to accept the key as shown.</source>
            <translation>قارنها بالبصمة الواردة في خطاب الوزارة. ليتحقق البرنامج منها، اكتب بصمة الخطاب أدناه؛ أو اترك الحقل فارغاً لقبول المفتاح كما هو معروض.</translation>
        </message>
        <message>
            <source>Fingerprint from the ministry's letter</source>
            <translation>البصمة الواردة في خطاب الوزارة</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
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
        <name>FormDialog</name>
        <message>
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Hired</source>
            <translation>التعيين</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>العلاوات</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>الوظيفة في الملاك</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة الوظيفية</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>نوع التوظيف</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>البيان</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Decision no.</source>
            <translation>رقم القرار</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بواسطة</translation>
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
        <name>ImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>تقرير الاستيراد</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>الورقة</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Nothing was imported, because some rows were refused. Correct them in the file, or import only the good rows.</source>
            <translation>لم يُستورد شيء لأن بعض الصفوف رُفضت. صحّحها في الملف، أو استورد الصفوف السليمة فقط.</translation>
        </message>
        <message>
            <source>Import the good rows</source>
            <translation>استيراد الصفوف السليمة</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>IndicatorCard</name>
        <message>
            <source>Improving</source>
            <translation>تحسّن</translation>
        </message>
        <message>
            <source>Worsening</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>ثابت</translation>
        </message>
        <message>
            <source>Target: {target}</source>
            <translation>المستهدف: {target}</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>On target</source>
            <translation>محقق</translation>
        </message>
        <message>
            <source>Close to target</source>
            <translation>قريب من المستهدف</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>دون المستهدف</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>بلا مستهدف</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Dashboard</source>
            <translation>لوحة المؤشرات</translation>
        </message>
        <message>
            <source>Values per period</source>
            <translation>القيم حسب الفترة</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>التقييم الذاتي</translation>
        </message>
        <message>
            <source>Print the quarterly report…</source>
            <translation>طباعة التقرير الربعي…</translation>
        </message>
    </context>
    <context>
        <name>IssueBookDialog</name>
        <message>
            <source>Issue a receipt book</source>
            <translation>تسليم دفتر إيصالات</translation>
        </message>
        <message>
            <source>Book number</source>
            <translation>رقم الدفتر</translation>
        </message>
        <message>
            <source>First receipt number</source>
            <translation>رقم أول إيصال</translation>
        </message>
        <message>
            <source>Last receipt number</source>
            <translation>رقم آخر إيصال</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>المحصل</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>تاريخ التسليم</translation>
        </message>
    </context>
    <context>
        <name>LetterFingerprintDialog</name>
        <message>
            <source>The ministry's key: check it against the letter</source>
            <translation>مفتاح الوزارة: طابقه بالخطاب</translation>
        </message>
        <message>
            <source>This is the first reference bundle this station receives. Nothing from the ministry is trusted before its key matches the ministry's official letter. Type the sixteen groups of the fingerprint printed in the letter, in order.</source>
            <translation>هذه أول حزمة مرجعية تستلمها هذه المحطة. لا يُوثق بشيء من الوزارة قبل أن يطابق مفتاحها خطاب الوزارة الرسمي. اكتب المجموعات الست عشرة للبصمة المطبوعة في الخطاب، بالترتيب.</translation>
        </message>
        <message>
            <source>Group {n} of 16</source>
            <translation>المجموعة {n} من 16</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Group {n} does not match the key in this bundle. Check what you typed; if it is as in the letter, do not import this bundle and call the ministry.</source>
            <translation>المجموعة {n} لا تطابق المفتاح في هذه الحزمة. راجع ما كتبت؛ فإن كان كما في الخطاب فلا تستورد هذه الحزمة واتصل بالوزارة.</translation>
        </message>
        <message>
            <source>{done} of 16 groups match the letter.</source>
            <translation>{done} من 16 مجموعة تطابق الخطاب.</translation>
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
        <message>
            <source>Forgot your password?</source>
            <translation>نسيت كلمة المرور؟</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ministry: {name}</source>
            <translation>الوزارة: {name}</translation>
        </message>
        <message>
            <source>Administrator (ministry)</source>
            <translation>مدير النظام (الوزارة)</translation>
        </message>
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
        <name>MappingPage</name>
        <message>
            <source>Check the columns</source>
            <translation>مراجعة الأعمدة</translation>
        </message>
        <message>
            <source>Each heading of the sheet and the register field it fills. Choose a field for a heading that was not recognised.</source>
            <translation>كل عنوان في الورقة والحقل الذي يملؤه في سجل العاملين. اختر حقلاً لأي عنوان لم يُتعرّف عليه.</translation>
        </message>
        <message>
            <source>Heading in the sheet</source>
            <translation>العنوان في الورقة</translation>
        </message>
        <message>
            <source>Register field</source>
            <translation>الحقل في السجل</translation>
        </message>
        <message>
            <source>First rows</source>
            <translation>الصفوف الأولى</translation>
        </message>
        <message>
            <source>Sheet «{sheet}», header on row {row}.</source>
            <translation>الورقة «{sheet}»، وصف العناوين هو الصف {row}.</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(لا يُستورد)</translation>
        </message>
    </context>
    <context>
        <name>MinistryPage</name>
        <message>
            <source>This page is for the ministry's database. A municipal station sends its data from the page «Send to the ministry».</source>
            <translation>هذه الصفحة لقاعدة بيانات الوزارة. ترسل محطة البلدية بياناتها من صفحة «الإرسال إلى الوزارة».</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <source>Consolidated view</source>
            <translation>عرض موحد</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move a unit</source>
            <translation>نقل وحدة</translation>
        </message>
        <message>
            <source>the top of the structure</source>
            <translation>رأس الهيكل</translation>
        </message>
        <message>
            <source>Move «{unit}» with everything under it to «{target}»?</source>
            <translation>هل تنقل «{unit}» وكل ما يتبعها إلى «{target}»؟</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>نقل</translation>
        </message>
    </context>
    <context>
        <name>OpenCasesDialog</name>
        <message>
            <source>Open settlement cases</source>
            <translation>فتح ملفات تسوية</translation>
        </message>
        <message>
            <source>Employees chosen: {n}</source>
            <translation>الموظفون المختارون: {n}</translation>
        </message>
        <message>
            <source>Settlement type</source>
            <translation>نوع التسوية</translation>
        </message>
        <message>
            <source>Settle the grade, the legal period in grade having been served</source>
            <translation>تسوية الدرجة لاستيفاء المدة القانونية في الدرجة</translation>
        </message>
        <message>
            <source>Exact effect requested</source>
            <translation>الأثر المطلوب بدقة</translation>
        </message>
        <message>
            <source>Each case adds its employee's grades to the effect, e.g. (from grade 7 to grade 9).</source>
            <translation>يُضاف إلى الأثر في كل ملف درجتا موظفه، مثل: (من الدرجة 7 إلى الدرجة 9).</translation>
        </message>
        <message>
            <source>(from grade {a} to grade {b})</source>
            <translation>(من الدرجة {a} إلى الدرجة {b})</translation>
        </message>
    </context>
    <context>
        <name>OrgChart</name>
        <message>
            <source>{filled} of {approved} filled</source>
            <translation>المشغول {filled} من {approved}</translation>
        </message>
    </context>
    <context>
        <name>OrgPage</name>
        <message>
            <source>Search units by name or code (Ctrl+F)</source>
            <translation>ابحث عن وحدة بالاسم أو الرمز (Ctrl+F)</translation>
        </message>
        <message>
            <source>Add unit…</source>
            <translation>إضافة وحدة…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Close unit…</source>
            <translation>إغلاق الوحدة…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Undo move</source>
            <translation>تراجع عن النقل</translation>
        </message>
        <message>
            <source>Add post…</source>
            <translation>إضافة وظيفة…</translation>
        </message>
        <message>
            <source>Edit post…</source>
            <translation>تعديل الوظيفة…</translation>
        </message>
        <message>
            <source>Delete post</source>
            <translation>حذف الوظيفة</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>تصدير…</translation>
        </message>
        <message>
            <source>Empty template…</source>
            <translation>نموذج فارغ…</translation>
        </message>
        <message>
            <source>Print chart…</source>
            <translation>طباعة المخطط…</translation>
        </message>
        <message>
            <source>Print units list…</source>
            <translation>طباعة كشف الوحدات…</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Fit to window</source>
            <translation>ملاءمة النافذة</translation>
        </message>
        <message>
            <source>Unfold all</source>
            <translation>فتح كل الفروع</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>الهيكل</translation>
        </message>
        <message>
            <source>Org chart</source>
            <translation>المخطط التنظيمي</translation>
        </message>
        <message>
            <source>Delete a unit</source>
            <translation>حذف وحدة</translation>
        </message>
        <message>
            <source>Delete «{unit}»? Use this only for a unit entered by mistake; a unit that existed is closed instead.</source>
            <translation>هل تحذف «{unit}»؟ الحذف للوحدة المُدخلة خطأً فقط؛ أما الوحدة التي وُجدت فعلاً فتُغلق ولا تُحذف.</translation>
        </message>
        <message>
            <source>Staffing table</source>
            <translation>الملاك الوظيفي</translation>
        </message>
    </context>
    <context>
        <name>OrgTransfer</name>
        <message>
            <source>Export the structure</source>
            <translation>تصدير الهيكل التنظيمي</translation>
        </message>
        <message>
            <source>Exporting the structure…</source>
            <translation>جارٍ تصدير الهيكل…</translation>
        </message>
        <message>
            <source>Exported {units} and {posts} to:
{path}</source>
            <translation>صُدّر {units} و{posts} إلى:
{path}</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n وحدة</numerusform>
                <numerusform>وحدة واحدة</numerusform>
                <numerusform>وحدتان</numerusform>
                <numerusform>%n وحدات</numerusform>
                <numerusform>%n وحدة</numerusform>
                <numerusform>%n وحدة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n وظيفة</numerusform>
                <numerusform>وظيفة واحدة</numerusform>
                <numerusform>وظيفتان</numerusform>
                <numerusform>%n وظائف</numerusform>
                <numerusform>%n وظيفة</numerusform>
                <numerusform>%n وظيفة</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the empty template</source>
            <translation>حفظ النموذج الفارغ</translation>
        </message>
        <message>
            <source>Writing the template…</source>
            <translation>جارٍ كتابة النموذج…</translation>
        </message>
        <message>
            <source>The template was saved to:
{path}</source>
            <translation>حُفظ النموذج في:
{path}</translation>
        </message>
        <message>
            <source>Import the structure</source>
            <translation>استيراد الهيكل التنظيمي</translation>
        </message>
        <message>
            <source>Importing the structure…</source>
            <translation>جارٍ استيراد الهيكل…</translation>
        </message>
        <message>
            <source>Organizational structure</source>
            <translation>الهيكل التنظيمي</translation>
        </message>
    </context>
    <context>
        <name>OrgTreeModel</name>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Filled / approved</source>
            <translation>المشغول / المعتمد</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Station overview</source>
            <translation>نظرة عامة على المحطة</translation>
        </message>
        <message>
            <source>Organizational structure</source>
            <translation>الهيكل التنظيمي</translation>
        </message>
        <message>
            <source>Staff register</source>
            <translation>سجل العاملين</translation>
        </message>
        <message>
            <source>Staff dashboard</source>
            <translation>لوحة العاملين</translation>
        </message>
        <message>
            <source>Job settlement</source>
            <translation>التسوية الوظيفية</translation>
        </message>
        <message>
            <source>Local revenue</source>
            <translation>الإيرادات المحلية</translation>
        </message>
        <message>
            <source>Institutional indicators</source>
            <translation>مؤشرات التطوير المؤسسي</translation>
        </message>
        <message>
            <source>Development projects</source>
            <translation>مشاريع التنمية المحلية</translation>
        </message>
        <message>
            <source>Send to the ministry</source>
            <translation>الإرسال إلى الوزارة</translation>
        </message>
        <message>
            <source>Municipalities and stations</source>
            <translation>البلديات والمحطات</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>التحقق من المطبوعات</translation>
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
        <name>PostDialog</name>
        <message>
            <source>Edit post in {unit}</source>
            <translation>تعديل وظيفة في {unit}</translation>
        </message>
        <message>
            <source>Add a post to {unit}</source>
            <translation>إضافة وظيفة إلى {unit}</translation>
        </message>
        <message>
            <source>Head of the unit</source>
            <translation>وظيفة رئيس الوحدة</translation>
        </message>
        <message>
            <source>Post title:</source>
            <translation>المسمى الوظيفي:</translation>
        </message>
        <message>
            <source>Job group:</source>
            <translation>المجموعة الوظيفية:</translation>
        </message>
        <message>
            <source>From grade:</source>
            <translation>من الدرجة:</translation>
        </message>
        <message>
            <source>To grade:</source>
            <translation>إلى الدرجة:</translation>
        </message>
        <message>
            <source>Approved posts:</source>
            <translation>العدد المعتمد:</translation>
        </message>
    </context>
    <context>
        <name>PostsModel</name>
        <message>
            <source>Post title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Job group</source>
            <translation>المجموعة الوظيفية</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>الدرجات</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>المعتمد</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>المشغول</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>الشاغر</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>الزائد</translation>
        </message>
        <message>
            <source> (head)</source>
            <translation> (رئيس الوحدة)</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ نسخة PDF…</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>ملء العرض</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>جارٍ إرسال الصفحات إلى الطابعة…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>The printer could not be used. Check that it is switched on and connected, or save the form as a PDF and print it from another computer.</source>
            <translation>تعذّر استخدام الطابعة. تأكد أنها مشغّلة ومتصلة، أو احفظ النموذج بصيغة PDF واطبعه من جهاز آخر.</translation>
        </message>
        <message>
            <source>Save the form as PDF</source>
            <translation>حفظ النموذج بصيغة PDF</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>حفظ بصيغة PDF</translation>
        </message>
        <message>
            <source>The form could not be saved to {path}: the disk may be full or write-protected. Choose another place.
({reason})</source>
            <translation>لم يُحفظ النموذج في {path}: قد يكون القرص ممتلئاً أو محمياً من الكتابة. اختر مكاناً آخر.
({reason})</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Preparing the printout…</source>
            <translation>جارٍ تجهيز النموذج للطباعة…</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Progress report</source>
            <translation>تقرير إنجاز</translation>
        </message>
        <message>
            <source>Required when progress goes backwards</source>
            <translation>مطلوب إذا قلّت نسبة الإنجاز عن التقرير السابق</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>لا توجد صور</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>إضافة صور…</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>التاريخ:</translation>
        </message>
        <message>
            <source>Physical progress:</source>
            <translation>الإنجاز الفعلي:</translation>
        </message>
        <message>
            <source>Financial progress:</source>
            <translation>الإنجاز المالي:</translation>
        </message>
        <message>
            <source>Spent so far (LYD):</source>
            <translation>المصروف حتى الآن (د.ل):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>ملاحظة:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>سبب التراجع:</translation>
        </message>
        <message>
            <source>Site photos:</source>
            <translation>صور الموقع:</translation>
        </message>
        <message>
            <source>Site photos</source>
            <translation>صور الموقع</translation>
        </message>
        <message>
            <source>{count} photos</source>
            <translation>عدد الصور: {count}</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>مشروع جديد</translation>
        </message>
        <message>
            <source>Project name:</source>
            <translation>اسم المشروع:</translation>
        </message>
        <message>
            <source>Focus area:</source>
            <translation>المحور:</translation>
        </message>
        <message>
            <source>Budget (LYD):</source>
            <translation>الميزانية (د.ل):</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>تاريخ البدء:</translation>
        </message>
        <message>
            <source>Planned end:</source>
            <translation>تاريخ الانتهاء المخطط:</translation>
        </message>
    </context>
    <context>
        <name>ProjectView</name>
        <message>
            <source>Back to the list</source>
            <translation>العودة إلى القائمة</translation>
        </message>
        <message>
            <source>Add a progress report…</source>
            <translation>إضافة تقرير إنجاز…</translation>
        </message>
        <message>
            <source>Print the status sheet…</source>
            <translation>طباعة بطاقة حالة المشروع…</translation>
        </message>
        <message>
            <source>Progress over time (dashed: as planned)</source>
            <translation>الإنجاز عبر الزمن (المتقطع: المخطط)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Physical</source>
            <translation>فعلي</translation>
        </message>
        <message>
            <source>Financial</source>
            <translation>مالي</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>المصروف</translation>
        </message>
        <message>
            <source>Note / reason</source>
            <translation>ملاحظة / سبب</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>الصور</translation>
        </message>
        <message>
            <source>Behind schedule: {done}% done, {due}% planned by now</source>
            <translation>متأخر عن الجدول: أُنجز {done}% والمخطط حتى الآن {due}%</translation>
        </message>
        <message>
            <source>Over budget: {spent} spent of {budget}</source>
            <translation>تجاوز الميزانية: صُرف {spent} من {budget}</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <source>Locality:</source>
            <translation>المحلة:</translation>
        </message>
        <message>
            <source>Contractor:</source>
            <translation>المقاول:</translation>
        </message>
        <message>
            <source>Contract:</source>
            <translation>العقد:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>المدة:</translation>
        </message>
        <message>
            <source>from {start} to {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>الميزانية:</translation>
        </message>
        <message>
            <source>Spent:</source>
            <translation>المصروف:</translation>
        </message>
        <message>
            <source>Progress:</source>
            <translation>الإنجاز فعلي / مالي:</translation>
        </message>
        <message>
            <source>Stopped because:</source>
            <translation>سبب التوقف:</translation>
        </message>
    </context>
    <context>
        <name>ProjectsModel</name>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>الإنجاز</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>المخطط</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>الميزانية</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>المصروف</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>الانتهاء المخطط</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>تنبيهات</translation>
        </message>
        <message>
            <source>Behind schedule</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>تجاوز الميزانية</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>Search projects (Ctrl+F)</source>
            <translation>البحث في المشاريع (Ctrl+F)</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>جميع المشاريع</translation>
        </message>
        <message>
            <source>With a warning</source>
            <translation>المشاريع ذات التنبيه</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>مشروع جديد…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>استيراد من Excel…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>تصدير إلى Excel…</translation>
        </message>
        <message>
            <source>{count} projects · under way {running} · behind schedule {behind} · over budget {over} · spent {spent} of {budget}</source>
            <translation>عدد المشاريع {count} · قيد التنفيذ {running} · متأخرة {behind} · متجاوزة الميزانية {over} · صُرف {spent} من {budget}</translation>
        </message>
        <message>
            <source>Import projects</source>
            <translation>استيراد المشاريع</translation>
        </message>
        <message>
            <source>Importing projects…</source>
            <translation>جارٍ استيراد المشاريع…</translation>
        </message>
        <message>
            <source>Export projects</source>
            <translation>تصدير المشاريع</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Baladiya Desktop</source>
            <translation>برنامج بلدية</translation>
        </message>
        <message>
            <source>Key passphrase:</source>
            <translation>عبارة مرور المفاتيح:</translation>
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
            <source>This version of the program must upgrade the station's database. A backup copy is taken first, and nothing is lost. The upgrade will add:</source>
            <translation>يحتاج هذا الإصدار من البرنامج إلى تحديث قاعدة بيانات المحطة. تُؤخذ نسخة احتياطية أولاً، ولا يضيع أي سجل. يضيف التحديث ما يلي:</translation>
        </message>
        <message>
            <source>Back up and upgrade</source>
            <translation>خذ نسخة احتياطية وحدّث</translation>
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
        <name>ReceiptsModel</name>
        <message>
            <source>Book</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>الدافع</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>طريقة الدفع</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>المحصل</translation>
        </message>
        <message>
            <source>Deposit slip</source>
            <translation>إشعار الإيداع</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>Deposited</source>
            <translation>مودع</translation>
        </message>
        <message>
            <source>By transfer</source>
            <translation>بحوالة</translation>
        </message>
        <message>
            <source>Not deposited</source>
            <translation>لم يُودع</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsTab</name>
        <message>
            <source>Book number</source>
            <translation>رقم الدفتر</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>سارية</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Not deposited</source>
            <translation>لم تُودع</translation>
        </message>
        <message>
            <source>Deposited</source>
            <translation>مودعة</translation>
        </message>
        <message>
            <source>Payer, ID or cheque number (Ctrl+F)</source>
            <translation>بحث باسم الدافع أو رقم الهوية أو رقم الصك (Ctrl+F)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>المحصل</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>إلغاء إيصال…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>استيراد من إكسل…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>تصدير إلى إكسل…</translation>
        </message>
        <message>
            <source>Monthly report…</source>
            <translation>التقرير الشهري…</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>كل البنود</translation>
        </message>
        <message>
            <source>All collectors</source>
            <translation>كل المحصلين</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) — total {total}</source>
            <translation>
                <numerusform>%n إيصال — المجموع {total}</numerusform>
                <numerusform>إيصال واحد — المجموع {total}</numerusform>
                <numerusform>إيصالان — المجموع {total}</numerusform>
                <numerusform>%n إيصالات — المجموع {total}</numerusform>
                <numerusform>%n إيصالاً — المجموع {total}</numerusform>
                <numerusform>%n إيصال — المجموع {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Void receipt</source>
            <translation>إلغاء إيصال</translation>
        </message>
        <message>
            <source>Why is receipt {serial} of book {book} void?</source>
            <translation>ما سبب إلغاء الإيصال {serial} من الدفتر {book}؟</translation>
        </message>
        <message>
            <source>Export receipts</source>
            <translation>تصدير الإيصالات</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>الإيصالات</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Forgotten password</source>
            <translation>نسيان كلمة المرور</translation>
        </message>
        <message>
            <source>Type the recovery code written down when the station was set up (it is kept with the station's papers), then choose a new password.</source>
            <translation>اكتب رمز الاسترداد الذي دُوِّن عند إعداد المحطة (وهو محفوظ مع أوراق المحطة)، ثم اختر كلمة مرور جديدة.</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>اسم المستخدم:</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>رمز الاسترداد:</translation>
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
            <source>The new password is set. The old recovery code no longer works: this is the new one, shown only now. Write it down on paper and keep it with the station's papers, in place of the old one.</source>
            <translation>عُيِّنت كلمة المرور الجديدة. رمز الاسترداد القديم لم يعد يعمل، وهذا هو الرمز الجديد، ولا يظهر إلا الآن. اكتبه على ورقة واحفظها مع أوراق المحطة مكان الورقة القديمة.</translation>
        </message>
        <message>
            <source>I have written the new recovery code down</source>
            <translation>كتبتُ رمز الاسترداد الجديد على ورقة</translation>
        </message>
        <message>
            <source>Set the password</source>
            <translation>تعيين كلمة المرور</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Enter the user name and the recovery code.</source>
            <translation>أدخل اسم المستخدم ورمز الاسترداد.</translation>
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation>كلمتا المرور غير متطابقتين.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Check before importing</source>
            <translation>المراجعة قبل الاستيراد</translation>
        </message>
        <message>
            <source>Nothing has been saved yet. Rows that cannot be taken are listed with their row number in the sheet.</source>
            <translation>لم يُحفظ شيء بعد. الصفوف التي لا يمكن قبولها مذكورة برقم صفها في الورقة.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>الصف</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Save the report…</source>
            <translation>حفظ التقرير…</translation>
        </message>
        <message>
            <source>To add: {imported} · to update: {updated} · unchanged: {unchanged} · skipped: {skipped} · refused: {refused}</source>
            <translation>سيُضاف: {imported} · سيُحدّث: {updated} · دون تغيير: {unchanged} · متروك: {skipped} · مرفوض: {refused}</translation>
        </message>
        <message>
            <source>Save the refused rows</source>
            <translation>حفظ الصفوف المرفوضة</translation>
        </message>
    </context>
    <context>
        <name>Revenue</name>
        <message>
            <source>January</source>
            <translation>يناير</translation>
        </message>
        <message>
            <source>February</source>
            <translation>فبراير</translation>
        </message>
        <message>
            <source>March</source>
            <translation>مارس</translation>
        </message>
        <message>
            <source>April</source>
            <translation>أبريل</translation>
        </message>
        <message>
            <source>May</source>
            <translation>مايو</translation>
        </message>
        <message>
            <source>June</source>
            <translation>يونيو</translation>
        </message>
        <message>
            <source>July</source>
            <translation>يوليو</translation>
        </message>
        <message>
            <source>August</source>
            <translation>أغسطس</translation>
        </message>
        <message>
            <source>September</source>
            <translation>سبتمبر</translation>
        </message>
        <message>
            <source>October</source>
            <translation>أكتوبر</translation>
        </message>
        <message>
            <source>November</source>
            <translation>نوفمبر</translation>
        </message>
        <message>
            <source>December</source>
            <translation>ديسمبر</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>نقداً</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>صك</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>حوالة مصرفية</translation>
        </message>
    </context>
    <context>
        <name>RevenuePage</name>
        <message>
            <source>Dashboard</source>
            <translation>لوحة المتابعة</translation>
        </message>
        <message>
            <source>Receipt entry</source>
            <translation>إدخال الإيصالات</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>الإيصالات</translation>
        </message>
        <message>
            <source>Receipt books</source>
            <translation>دفاتر الإيصالات</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>الإيداعات</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>المستهدفات</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>الرقابة</translation>
        </message>
        <message>
            <source>Month close</source>
            <translation>إقفال الشهر</translation>
        </message>
    </context>
    <context>
        <name>RevenueTransfer</name>
        <message>
            <source>Import receipts</source>
            <translation>استيراد الإيصالات</translation>
        </message>
        <message>
            <source>Books created from the file: {books}</source>
            <translation>دفاتر أُنشئت من الملف: {books}</translation>
        </message>
        <message>
            <source>Save the refused rows with their reasons to a workbook?</source>
            <translation>هل تريد حفظ الصفوف المرفوضة وأسباب رفضها في ملف إكسل؟</translation>
        </message>
        <message>
            <source>Refused rows</source>
            <translation>الصفوف المرفوضة</translation>
        </message>
        <message>
            <source>Importing receipts…</source>
            <translation>جارٍ استيراد الإيصالات…</translation>
        </message>
        <message>
            <source>Exporting receipts…</source>
            <translation>جارٍ تصدير الإيصالات…</translation>
        </message>
        <message>
            <source>Export receipts</source>
            <translation>تصدير الإيصالات</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) written to {path}</source>
            <translation>
                <numerusform>كُتب %n إيصال في {path}</numerusform>
                <numerusform>كُتب إيصال واحد في {path}</numerusform>
                <numerusform>كُتب إيصالان في {path}</numerusform>
                <numerusform>كُتبت %n إيصالات في {path}</numerusform>
                <numerusform>كُتب %n إيصالاً في {path}</numerusform>
                <numerusform>كُتب %n إيصال في {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export summary</source>
            <translation>تصدير الملخص</translation>
        </message>
        <message>
            <source>Exporting summary…</source>
            <translation>جارٍ تصدير الملخص…</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>كُتب الملف {path}</translation>
        </message>
        <message>
            <source>Monthly revenue report</source>
            <translation>تقرير الإيرادات الشهري</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Conflict reviewed</source>
            <translation>تمت مراجعة التعارض</translation>
        </message>
        <message>
            <source>What was done about it (kept, re-entered, contacted the municipality…):</source>
            <translation>ما الذي اتُّخذ بشأنه (أُبقي، أُعيد إدخاله، رُوجعت البلدية…):</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>تمت المراجعة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
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
        <name>RulesTab</name>
        <message>
            <source>Entitlement rules</source>
            <translation>قواعد الاستحقاق</translation>
        </message>
        <message>
            <source>Entry grade by qualification</source>
            <translation>درجة التعيين حسب المؤهل</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>حفظ القواعد</translation>
        </message>
        <message>
            <source>Salary table</source>
            <translation>جدول المرتبات</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>يسري من</translation>
        </message>
        <message>
            <source>Increments</source>
            <translation>العلاوات</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>الخانات</translation>
        </message>
        <message>
            <source>No salary table: the cost of every case is shown as unknown.</source>
            <translation>لا يوجد جدول مرتبات: يظهر الأثر المالي لكل ملف «غير معروف».</translation>
        </message>
        <message>
            <source>Import a salary table from Excel…</source>
            <translation>استيراد جدول مرتبات من Excel…</translation>
        </message>
        <message>
            <source>Salary tables</source>
            <translation>جداول المرتبات</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n change(s). The next scan applies them.</source>
            <translation>
                <numerusform>حُفظ %n تعديل، ويُطبَّق في الفحص التالي.</numerusform>
                <numerusform>حُفظ تعديل واحد، ويُطبَّق في الفحص التالي.</numerusform>
                <numerusform>حُفظ تعديلان، ويُطبَّقان في الفحص التالي.</numerusform>
                <numerusform>حُفظت %n تعديلات، وتُطبَّق في الفحص التالي.</numerusform>
                <numerusform>حُفظ %n تعديلاً، وتُطبَّق في الفحص التالي.</numerusform>
                <numerusform>حُفظ %n تعديل، وتُطبَّق في الفحص التالي.</numerusform>
            </translation>
        </message>
        <message>
            <source>Salary table (xlsx)</source>
            <translation>جدول المرتبات (xlsx)</translation>
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
        <name>SalaryImportDialog</name>
        <message>
            <source>Import a salary table</source>
            <translation>استيراد جدول مرتبات</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>الملف: {name}</translation>
        </message>
        <message>
            <source>Table name</source>
            <translation>اسم الجدول</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>يسري من</translation>
        </message>
        <message>
            <source>Rows: grades 1 to 15; columns: increments 0, 1, 2 …; amounts in dinars. Every cell must be filled.</source>
            <translation>الصفوف: الدرجات من 1 إلى 15؛ الأعمدة: العلاوات 0، 1، 2 …؛ المبالغ بالدينار. يجب ملء كل الخانات.</translation>
        </message>
    </context>
    <context>
        <name>ScanTab</name>
        <message>
            <source>National number</source>
            <translation>الرقم الوطني</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Recorded → entitled grade</source>
            <translation>الدرجة المسجلة والمستحقة</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>الفرق</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Search by name or national number (Ctrl+F)</source>
            <translation>ابحث بالاسم أو الرقم الوطني (Ctrl+F)</translation>
        </message>
        <message>
            <source>Scan again</source>
            <translation>إعادة الفحص</translation>
        </message>
        <message>
            <source>Open cases…</source>
            <translation>فتح ملفات تسوية…</translation>
        </message>
        <message>
            <source>Scanning the register…</source>
            <translation>جارٍ فحص سجل الموظفين…</translation>
        </message>
        <message>
            <source>{n} employees have a recorded grade that differs from their entitlement.</source>
            <translation>عدد الموظفين الذين تختلف درجتهم المسجلة عن المستحقة: {n}.</translation>
        </message>
        <message>
            <source>Tick or select the employees first.</source>
            <translation>حدّد الموظفين أولاً.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) opened.</source>
            <translation>
                <numerusform>فُتح %n ملف تسوية.</numerusform>
                <numerusform>فُتح ملف تسوية واحد.</numerusform>
                <numerusform>فُتح ملفا تسوية.</numerusform>
                <numerusform>فُتحت %n ملفات تسوية.</numerusform>
                <numerusform>فُتح %n ملف تسوية.</numerusform>
                <numerusform>فُتح %n ملف تسوية.</numerusform>
            </translation>
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
            <source>One line per row, printed above the municipality's name.</source>
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
        <name>Settlement</name>
        <message>
            <source>Opened</source>
            <translation>فُتحت</translation>
        </message>
        <message>
            <source>Returned for completion</source>
            <translation>أُعيدت للاستكمال</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>{a} to {b}</source>
            <translation>من {a} إلى {b}</translation>
        </message>
    </context>
    <context>
        <name>SettlementPage</name>
        <message>
            <source>Cases</source>
            <translation>ملفات التسوية</translation>
        </message>
        <message>
            <source>Entitlement scan</source>
            <translation>فحص الاستحقاق</translation>
        </message>
        <message>
            <source>Progress chart</source>
            <translation>مخطط التقدم</translation>
        </message>
        <message>
            <source>Rules and salary tables</source>
            <translation>القواعد وجداول المرتبات</translation>
        </message>
    </context>
    <context>
        <name>StaffDashboardPage</name>
        <message>
            <source>Staff in service</source>
            <translation>العاملون في الخدمة</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>النساء</translation>
        </message>
        <message>
            <source>Grade 11 and above</source>
            <translation>الدرجة 11 فما فوق</translation>
        </message>
        <message>
            <source>Vacant approved posts</source>
            <translation>الوظائف المعتمدة الشاغرة</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجل</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>العاملون</translation>
        </message>
        <message>
            <source>Staff by grade</source>
            <translation>العاملون حسب الدرجة</translation>
        </message>
        <message>
            <source>Staff by qualification</source>
            <translation>العاملون حسب المؤهل</translation>
        </message>
        <message>
            <source>Staff by employment type</source>
            <translation>العاملون حسب نوع التوظيف</translation>
        </message>
        <message>
            <source>Largest units</source>
            <translation>أكبر الوحدات</translation>
        </message>
        <message>
            <source>Posts filled against approved</source>
            <translation>الوظائف المشغولة مقابل المعتمدة</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>المعتمدة</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>المشغولة</translation>
        </message>
    </context>
    <context>
        <name>StaffImportWizard</name>
        <message>
            <source>Import staff from Excel</source>
            <translation>استيراد الموظفين من Excel</translation>
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
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>جارٍ فحص الصفوف…</translation>
        </message>
        <message>
            <source>Importing staff…</source>
            <translation>جارٍ استيراد الموظفين…</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <source>National number</source>
            <translation>الرقم الوطني</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>الرقم الوظيفي</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>نوع التوظيف</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>تاريخ التعيين</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Search by any name part, national number or employee number (Ctrl+F)</source>
            <translation>ابحث بأي جزء من الاسم أو بالرقم الوطني أو الرقم الوظيفي (Ctrl+F)</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>كل الوحدات</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>كل الدرجات</translation>
        </message>
        <message>
            <source>All employment types</source>
            <translation>كل أنواع التوظيف</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <source>New employee…</source>
            <translation>موظف جديد…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>استيراد من Excel…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>تصدير إلى Excel…</translation>
        </message>
        <message>
            <source>Print data card…</source>
            <translation>طباعة بطاقة البيانات…</translation>
        </message>
        <message>
            <source>Print list by unit…</source>
            <translation>طباعة الكشف حسب الوحدة…</translation>
        </message>
        <message>
            <source>{count} employees</source>
            <translation>عدد الموظفين: {count}</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>تصدير سجل العاملين</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>جارٍ تصدير سجل العاملين…</translation>
        </message>
        <message>
            <source>Staff register</source>
            <translation>سجل العاملين</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n employee(s) to:
{path}</source>
            <translation>
                <numerusform>صُدّر %n موظف إلى:
{path}</numerusform>
                <numerusform>صُدّر موظف واحد إلى:
{path}</numerusform>
                <numerusform>صُدّر موظفان إلى:
{path}</numerusform>
                <numerusform>صُدّر %n موظفين إلى:
{path}</numerusform>
                <numerusform>صُدّر %n موظفاً إلى:
{path}</numerusform>
                <numerusform>صُدّر %n موظف إلى:
{path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatesView</name>
        <message>
            <source>Kept</source>
            <translation>النسخة المعتمدة</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>النسخة المستبعدة</translation>
        </message>
        <message>
            <source>Kept — from {station}</source>
            <translation>النسخة المعتمدة — من {station}</translation>
        </message>
        <message>
            <source>Set aside — from {station}</source>
            <translation>النسخة المستبعدة — من {station}</translation>
        </message>
        <message>
            <source>Not recorded: the kept state is the record as it is now.</source>
            <translation>غير مسجّلة: النسخة المعتمدة هي السجل كما هو الآن.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
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
            <source>Type part of the municipality's name…</source>
            <translation>اكتب جزءاً من اسم البلدية…</translation>
        </message>
        <message>
            <source>e.g. Municipal agent's office</source>
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
        <name>StationsTab</name>
        <message>
            <source>Choose a folder…</source>
            <translation>اختيار مجلد…</translation>
        </message>
        <message>
            <source>Look for sticks again</source>
            <translation>البحث عن الذواكر مجدداً</translation>
        </message>
        <message>
            <source>Import from a USB stick</source>
            <translation>استيراد من ذاكرة USB</translation>
        </message>
        <message>
            <source>Receipts folder…</source>
            <translation>مجلد الإيصالات…</translation>
        </message>
        <message>
            <source>Reference bundle</source>
            <translation>الحزمة المرجعية</translation>
        </message>
        <message>
            <source>Stick or folder:</source>
            <translation>الذاكرة أو المجلد:</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>البلدية</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <source>Last bundle</source>
            <translation>آخر حزمة</translation>
        </message>
        <message>
            <source>Other
stations</source>
            <translation>محطات
أخرى</translation>
        </message>
        <message>
            <source>Days since
contact</source>
            <translation>أيام منذ
آخر اتصال</translation>
        </message>
        <message>
            <source>Applied
up to</source>
            <translation>طُبّق حتى
التسلسل</translation>
        </message>
        <message>
            <source>Relayed
to it</source>
            <translation>مُرحّل
إليها</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>آخر رد</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>History alert</source>
            <translation>تنبيه السجل</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>التغييرات</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>أُضيف</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>عُدّل</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>تعارضات</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No station enrolled</source>
            <translation>لا توجد محطة مسجلة</translation>
        </message>
        <message>
            <source>Restored from a backup {times} time(s). Its next bundle gets back what it had sent since that backup.</source>
            <translation>استُرجعت من نسخة احتياطية (عدد المرات: {times}). يعيد إليها الرد على حزمتها التالية ما أرسلته بعد تلك النسخة.</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>استُرجعت من نسخة احتياطية</translation>
        </message>
        <message>
            <source>a «receipts» folder on the same stick</source>
            <translation>مجلد «receipts» على الذاكرة نفسها</translation>
        </message>
        <message>
            <source>Receipts go to: {where}</source>
            <translation>تُكتب الإيصالات في: {where}</translation>
        </message>
        <message>
            <source>Where to write the receipts</source>
            <translation>أين تُكتب الإيصالات</translation>
        </message>
        <message>
            <source>The stick or folder with the bundles</source>
            <translation>الذاكرة أو المجلد الذي فيه الحزم</translation>
        </message>
        <message>
            <source>Importing the municipalities' bundles</source>
            <translation>جارٍ استيراد حزم البلديات</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>طُبّقت</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>مستوردة من قبل</translation>
        </message>
        <message>
            <source>Older than what arrived</source>
            <translation>أقدم مما وصل</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>مرفوضة</translation>
        </message>
        <message>
            <source>No bundles (*.bld) were found in {folder}.</source>
            <translation>لم توجد حزم (*.bld) في {folder}.</translation>
        </message>
        <message>
            <source>{files} files: {applied} applied, {duplicate} already imported, {stale} older, {refused} refused. Receipts were written to {folder}.</source>
            <translation>عدد الملفات {files}: طُبّق {applied}، ومستورد من قبل {duplicate}، وأقدم مما وصل {stale}، ومرفوض {refused}. كُتبت الإيصالات في {folder}.</translation>
        </message>
        <message>
            <source>Stopped: the remaining files were not imported.</source>
            <translation>توقف الاستيراد: لم تُستورد الملفات الباقية.</translation>
        </message>
        <message>
            <source>Where to write the reference bundle</source>
            <translation>أين تُكتب الحزمة المرجعية</translation>
        </message>
        <message>
            <source>Reference bundle version {version} written and verified: {name}. The ministry's key fingerprint, for the letter to the municipalities:</source>
            <translation>كُتبت الحزمة المرجعية (الإصدار {version}) وتم التحقق منها: {name}. بصمة مفتاح الوزارة لخطاب البلديات:</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Date of the step</source>
            <translation>تاريخ الإجراء</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>رقم القرار</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>تاريخ القرار</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>This page is for municipal stations. At the ministry, use the page «Municipalities and stations».</source>
            <translation>هذه الصفحة لمحطات البلديات. في الوزارة استخدم صفحة «البلديات والمحطات».</translation>
        </message>
        <message>
            <source>Where this station stands</source>
            <translation>وضع هذه المحطة</translation>
        </message>
        <message>
            <source>This station</source>
            <translation>هذه المحطة</translation>
        </message>
        <message>
            <source>Station id</source>
            <translation>معرّف المحطة</translation>
        </message>
        <message>
            <source>Last export</source>
            <translation>آخر تصدير</translation>
        </message>
        <message>
            <source>Ministry confirmation</source>
            <translation>تأكيد الوزارة</translation>
        </message>
        <message>
            <source>Changes not yet confirmed</source>
            <translation>تغييرات لم تؤكدها الوزارة بعد</translation>
        </message>
        <message>
            <source>Reference data</source>
            <translation>البيانات المرجعية</translation>
        </message>
        <message>
            <source>Ministry key fingerprint</source>
            <translation>بصمة مفتاح الوزارة</translation>
        </message>
        <message>
            <source>This station's key fingerprint</source>
            <translation>بصمة مفتاح هذه المحطة</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>اختيار مجلد…</translation>
        </message>
        <message>
            <source>Look for sticks again</source>
            <translation>البحث عن الذواكر مجدداً</translation>
        </message>
        <message>
            <source>Export the data bundle</source>
            <translation>تصدير حزمة البيانات</translation>
        </message>
        <message>
            <source>Enrollment bundle</source>
            <translation>حزمة التسجيل</translation>
        </message>
        <message>
            <source>Import a bundle…</source>
            <translation>استيراد حزمة…</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>الكتابة في:</translation>
        </message>
        <message>
            <source>Print the transmittal slip…</source>
            <translation>طباعة إشعار الإرسال…</translation>
        </message>
        <message>
            <source>Print the station card…</source>
            <translation>طباعة بطاقة المحطة…</translation>
        </message>
        <message>
            <source>Review the conflicts</source>
            <translation>مراجعة التعارضات</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>الحزمة</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>التغييرات</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <source>A backup was restored: export a bundle to the ministry so that it gives back what came after it.</source>
            <translation>استُرجعت نسخة احتياطية: صدّر حزمة إلى الوزارة لتعيد إليك ما بعدها.</translation>
        </message>
        <message>
            <source>Export to the ministry now</source>
            <translation>التصدير إلى الوزارة الآن</translation>
        </message>
        <message>
            <source>The municipality's other stations, as the ministry's reference bundle lists them. Their records reach this station in the ministry's replies, or at once in a bundle carried from one PC to the other on a stick.</source>
            <translation>محطات البلدية الأخرى كما تذكرها الحزمة المرجعية للوزارة. تصل سجلاتها إلى هذه المحطة في ردود الوزارة، أو مباشرة في حزمة تُنقل من حاسوب إلى آخر على ذاكرة USB.</translation>
        </message>
        <message>
            <source>Send a bundle to another station of the office</source>
            <translation>إرسال حزمة إلى محطة أخرى في المكتب</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <source>Direct bundle</source>
            <translation>الحزمة المباشرة</translation>
        </message>
        <message>
            <source>Last direct exchange</source>
            <translation>آخر تبادل مباشر</translation>
        </message>
        <message>
            <source>Its newest record here</source>
            <translation>أحدث سجلاتها هنا</translation>
        </message>
        <message>
            <source>No other station of this municipality is listed yet. When the ministry enrols another PC of the office, import its next reference bundle here.</source>
            <translation>لا توجد بعد محطة أخرى مسجلة لهذه البلدية. عندما تسجّل الوزارة حاسوباً آخر في المكتب، استورد حزمتها المرجعية التالية هنا.</translation>
        </message>
        <message>
            <source>Rows the ministry could not store, with its reason. Correct each record on its page: the corrected record travels in the next bundle and leaves this list.</source>
            <translation>سجلات لم تستطع الوزارة حفظها، مع السبب. صحّح كل سجل في صفحته: يُرسل السجل المصحّح في الحزمة التالية ويخرج من هذه القائمة.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>الجدول</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Stations of the office ({count})</source>
            <translation>محطات المكتب ({count})</translation>
        </message>
        <message>
            <source>Bundles written and received</source>
            <translation>الحزم المكتوبة والمستلمة</translation>
        </message>
        <message>
            <source>Refused by the ministry ({count})</source>
            <translation>رفضته الوزارة ({count})</translation>
        </message>
        <message>
            <source>Conflicts to review ({count})</source>
            <translation>تعارضات للمراجعة ({count})</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>لا يوجد بعد</translation>
        </message>
        <message>
            <source>{when} — changes {range}</source>
            <translation>{when} — التغييرات {range}</translation>
        </message>
        <message>
            <source>Confirmed by the ministry on {when} up to change {seq}</source>
            <translation>أكدت الوزارة الاستلام بتاريخ {when} حتى التغيير {seq}</translation>
        </message>
        <message>
            <source>Not yet confirmed</source>
            <translation>لم تؤكد الوزارة الاستلام بعد</translation>
        </message>
        <message>
            <source>Version {version} of {when}</source>
            <translation>الإصدار {version} بتاريخ {when}</translation>
        </message>
        <message>
            <source>Not imported yet: import the ministry's reference bundle first</source>
            <translation>لم تُستورد بعد: استورد الحزمة المرجعية من الوزارة أولاً</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>بيانات</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>إيصال</translation>
        </message>
        <message>
            <source>Enrollment</source>
            <translation>تسجيل</translation>
        </message>
        <message>
            <source>Another station of the office</source>
            <translation>محطة أخرى في المكتب</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>مُرسلة</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>مستلمة</translation>
        </message>
        <message>
            <source>No: its key was revoked by the ministry</source>
            <translation>لا: ألغت الوزارة مفتاحها</translation>
        </message>
        <message>
            <source>Not yet: its key comes in the ministry's next reference</source>
            <translation>ليس بعد: يصل مفتاحها في الحزمة المرجعية التالية</translation>
        </message>
        <message>
            <source>Possible</source>
            <translation>ممكنة</translation>
        </message>
        <message>
            <source>Where to write the bundle</source>
            <translation>أين تُكتب الحزمة</translation>
        </message>
        <message>
            <source>Writing the data bundle</source>
            <translation>جارٍ كتابة حزمة البيانات</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>لم تتم العملية</translation>
        </message>
        <message>
            <source>The bundle for «{station}» was written and verified — you may remove the stick now</source>
            <translation>كُتبت الحزمة الموجهة إلى «{station}» وتم التحقق منها — يمكنك نزع الذاكرة الآن</translation>
        </message>
        <message>
            <source>{records} records, {forwarded} of them written at the office's other stations. Import the file on that station's page «Send to the ministry».</source>
            <translation>عدد السجلات {records}، منها {forwarded} كُتبت في محطات المكتب الأخرى. استورد الملف في صفحة «الإرسال إلى الوزارة» على تلك المحطة.</translation>
        </message>
        <message>
            <source>That station already holds every record this one has: the bundle only tells it so.</source>
            <translation>لدى تلك المحطة كل سجلات هذه المحطة: الحزمة تخبرها بذلك فقط.</translation>
        </message>
        <message>
            <source>File: {name}
SHA-256: {sha}</source>
            <translation>الملف: {name}
بصمة SHA-256: {sha}</translation>
        </message>
        <message>
            <source>No new changes: a request bundle only — written and verified, you may remove the stick now</source>
            <translation>لا تغييرات جديدة: حزمة طلب فقط — كُتبت وتم التحقق منها، يمكنك نزع الذاكرة الآن</translation>
        </message>
        <message>
            <source>It carries no records. Take it to the ministry all the same: its reply brings what the office's other stations sent.</source>
            <translation>لا تحمل الحزمة أي سجل. أوصلها إلى الوزارة مع ذلك: يأتيك ردها بما أرسلته محطات المكتب الأخرى.</translation>
        </message>
        <message>
            <source>The bundle was written and verified — you may remove the stick now</source>
            <translation>كُتبت الحزمة وتم التحقق منها — يمكنك نزع الذاكرة الآن</translation>
        </message>
        <message>
            <source>File: {name}
Changes {range}, {records} records
SHA-256: {sha}</source>
            <translation>الملف: {name}
التغييرات {range}، عدد السجلات {records}
بصمة SHA-256: {sha}</translation>
        </message>
        <message>
            <source>Records of the office's other stations carried on: {count}</source>
            <translation>سجلات محطات المكتب الأخرى المنقولة معها: {count}</translation>
        </message>
        <message>
            <source>Choose a station in the list first.</source>
            <translation>اختر محطة من القائمة أولاً.</translation>
        </message>
        <message>
            <source>Writes a bundle for «{station}» to the chosen stick or folder.</source>
            <translation>تكتب حزمة موجهة إلى «{station}» في الذاكرة أو المجلد المختار.</translation>
        </message>
        <message>
            <source>Where to write the bundle for «{station}»</source>
            <translation>أين تُكتب الحزمة الموجهة إلى «{station}»</translation>
        </message>
        <message>
            <source>Writing the bundle for «{station}»</source>
            <translation>جارٍ كتابة الحزمة الموجهة إلى «{station}»</translation>
        </message>
        <message>
            <source>Where to write the enrollment bundle</source>
            <translation>أين تُكتب حزمة التسجيل</translation>
        </message>
        <message>
            <source>The enrollment bundle was written and verified</source>
            <translation>كُتبت حزمة التسجيل وتم التحقق منها</translation>
        </message>
        <message>
            <source>File: {name}
Print the station card, sign and stamp it, and send it with the stick. The ministry compares this fingerprint with the card:</source>
            <translation>الملف: {name}
اطبع بطاقة المحطة ووقّعها واختمها وأرسلها مع الذاكرة. تطابق الوزارة هذه البصمة مع البطاقة:</translation>
        </message>
        <message>
            <source>A bundle from the ministry or from another station of the office</source>
            <translation>حزمة من الوزارة أو من محطة أخرى في المكتب</translation>
        </message>
        <message>
            <source>Importing the bundle</source>
            <translation>جارٍ استيراد الحزمة</translation>
        </message>
        <message>
            <source>Baladiya bundles (*.bld)</source>
            <translation>حزم منظومة البلدية (*.bld)</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>جارٍ التحقق من الحزمة…</translation>
        </message>
        <message>
            <source>Keep the ministry's letter: every later bundle is checked against this key.</source>
            <translation>احتفظ بخطاب الوزارة: كل حزمة لاحقة يُتحقق منها بهذا المفتاح.</translation>
        </message>
        <message>
            <source>Records from the office's other stations: {records}
Conflicts awaiting review: {conflicts}</source>
            <translation>سجلات وصلت من محطات المكتب الأخرى: {records}
تعارضات تنتظر المراجعة: {conflicts}</translation>
        </message>
        <message>
            <source>Rows that could not be stored: {count}</source>
            <translation>سجلات تعذّر حفظها: {count}</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>تم الاستيراد</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>مستوردة من قبل</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Annual target (LYD)</source>
            <translation>المستهدف السنوي (د.ل)</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>المحصّل</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Save targets (Ctrl+S)</source>
            <translation>حفظ المستهدفات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Year target {target}, collected {got} ({share})</source>
            <translation>المستهدف السنوي {target}، المحصّل {got} ({share})</translation>
        </message>
    </context>
    <context>
        <name>UnitDetail</name>
        <message>
            <source>Unit:</source>
            <translation>الوحدة:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>الرمز:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <source>Reports to:</source>
            <translation>تتبع:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>القرار:</translation>
        </message>
        <message>
            <source>Approved posts:</source>
            <translation>الملاك الوظيفي:</translation>
        </message>
        <message>
            <source>No. {number} of {date}</source>
            <translation>رقم {number} بتاريخ {date}</translation>
        </message>
        <message>
            <source>{approved} approved, {filled} filled, {vacant} vacant, {surplus} surplus</source>
            <translation>المعتمد {approved}، المشغول {filled}، الشاغر {vacant}، الزائد {surplus}</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Edit unit</source>
            <translation>تعديل وحدة</translation>
        </message>
        <message>
            <source>Add a unit</source>
            <translation>إضافة وحدة</translation>
        </message>
        <message>
            <source>— none (top of the structure) —</source>
            <translation>— لا شيء (رأس الهيكل) —</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>يوم/شهر/سنة</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>الرمز:</translation>
        </message>
        <message>
            <source>Arabic name:</source>
            <translation>الاسم بالعربية:</translation>
        </message>
        <message>
            <source>English name:</source>
            <translation>الاسم بالإنجليزية:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <source>Reports to:</source>
            <translation>تتبع:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <source>Approving decision number:</source>
            <translation>رقم قرار الاعتماد:</translation>
        </message>
        <message>
            <source>Approving decision date:</source>
            <translation>تاريخ قرار الاعتماد:</translation>
        </message>
        <message>
            <source>Effective from:</source>
            <translation>تاريخ السريان:</translation>
        </message>
        <message>
            <source>A change of name, type or place of an approved unit needs the decision that made it:</source>
            <translation>تغيير اسم وحدة معتمدة أو نوعها أو تبعيتها يحتاج القرار الذي أجراه:</translation>
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
            <source>Print the list…</source>
            <translation>طباعة الكشف…</translation>
        </message>
        <message>
            <source>Audit log extract…</source>
            <translation>مستخرج سجل التدقيق…</translation>
        </message>
        <message>
            <source>Audit log extract</source>
            <translation>مستخرج سجل التدقيق</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>تفعيل</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Scan the QR code printed on a form with the scanner, or paste its text here, then press Enter. The app says whether the paper is genuine and whether its data has changed since it was printed.</source>
            <translation>امسح رمز QR المطبوع على النموذج بالماسح الضوئي، أو الصق نصه هنا، ثم اضغط Enter. تبيّن المنظومة هل الورقة أصلية وهل تغيّرت بياناتها منذ طباعتها.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>البلدية</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>تاريخ الطباعة</translation>
        </message>
        <message>
            <source>Scan the code or paste its text first.</source>
            <translation>امسح الرمز أو الصق نصه أولاً.</translation>
        </message>
        <message>
            <source>Genuine, and the data is unchanged</source>
            <translation>أصلي، ولم تتغيّر بياناته</translation>
        </message>
        <message>
            <source>Genuine (signed by the municipality's station)</source>
            <translation>أصلي (موقّع من محطة البلدية)</translation>
        </message>
        <message>
            <source>Genuine, but the data has changed since printing</source>
            <translation>أصلي، لكن بياناته تغيّرت بعد الطباعة</translation>
        </message>
        <message>
            <source>Genuine, but the record is not here</source>
            <translation>أصلي، لكن سجله غير موجود هنا</translation>
        </message>
        <message>
            <source>Not genuine</source>
            <translation>غير أصلي</translation>
        </message>
        <message>
            <source>Do not accept this paper</source>
            <translation>لا تقبل هذه الورقة</translation>
        </message>
        <message>
            <source>What the paper certifies</source>
            <translation>ما تشهد به الورقة</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البيان</translation>
        </message>
        <message>
            <source>On the paper</source>
            <translation>في الورقة</translation>
        </message>
        <message>
            <source>In the record now</source>
            <translation>في السجل الآن</translation>
        </message>
        <message>
            <source>not on the code</source>
            <translation>لا يحمله الرمز</translation>
        </message>
        <message>
            <source>not held here</source>
            <translation>غير موجود هنا</translation>
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
            <source>In the next steps you choose your municipality, name this station (for example the office where this computer is) and create the first administrator account. Keep the administrator's password in a safe place.</source>
            <translation>في الخطوات التالية تختار بلديتك، وتسمّي هذه المحطة (مثلاً باسم المكتب الذي يوجد فيه هذا الحاسوب)، وتُنشئ حساب مدير النظام الأول. احفظ كلمة مرور المدير في مكان آمن.</translation>
        </message>
    </context>
    <context>
        <name>_Dialog</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>يوم/شهر/سنة</translation>
        </message>
        <message>
            <source>Decision number:</source>
            <translation>رقم القرار:</translation>
        </message>
        <message>
            <source>Decision number (if approved):</source>
            <translation>رقم القرار (للوحدة المعتمدة):</translation>
        </message>
        <message>
            <source>Decision date:</source>
            <translation>تاريخ القرار:</translation>
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
    <context>
        <name>Buttons</name>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>StaffingView</name>
        <message>
            <source>By unit</source>
            <translation>حسب الوحدة</translation>
        </message>
        <message>
            <source>By grade band</source>
            <translation>حسب فئة الدرجة</translation>
        </message>
        <message>
            <source>By job title</source>
            <translation>حسب المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Place staff without a post…</source>
            <translation>تسكين من لا وظيفة لهم…</translation>
        </message>
        <message>
            <source>Print the staffing table…</source>
            <translation>طباعة الملاك الوظيفي…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>المعتمد</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>المشغول</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>الشاغر</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>الزائد</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Outside the grades</source>
            <translation>خارج الدرجة</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>الوظيفة</translation>
        </message>
        <message>
            <source>Post grades</source>
            <translation>درجات الوظيفة</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>فئة الدرجات</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>المسمى الوظيفي</translation>
        </message>
        <message>
            <source>Filled: approved posts with a holder. Surplus: people beyond a post's approved number or without a post. Filled + surplus = the people in service.</source>
            <translation>المشغول: الوظائف المعتمدة التي لها شاغل. الزائد (فائض الملاك): من يزيدون على العدد المعتمد للوظيفة ومن لا وظيفة لهم في الملاك. المشغول + الزائد = الموظفون على رأس العمل.</translation>
        </message>
        <message>
            <source>{approved} approved posts: {filled} filled, {vacant} vacant; {surplus} surplus staff; {staff} people in service; {mismatched} outside their post's grades.</source>
            <translation>الوظائف المعتمدة {approved}: المشغول {filled}، والشاغر {vacant}؛ الزائد {surplus}؛ الموظفون على رأس العمل {staff}؛ خارج درجة الوظيفة {mismatched}.</translation>
        </message>
        <message>
            <source>Post holders whose grade is outside the post's grades: {n}</source>
            <translation>شاغلو وظائف درجتهم خارج درجات الوظيفة: {n}</translation>
        </message>
        <message>
            <source>{n} post holders are outside their post's grades (names for staff readers).</source>
            <translation>شاغلو وظائف درجتهم خارج درجات الوظيفة: {n} (أسماؤهم لمن يحق له الاطلاع على بيانات الموظفين).</translation>
        </message>
    </context>
    <context>
        <name>PlacementDialog</name>
        <message>
            <source>Place staff without a post</source>
            <translation>تسكين من لا وظيفة لهم في وظائف شاغرة</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Recorded title</source>
            <translation>المسمى المسجل</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>الوظيفة</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>الدرجات</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>الشاغر</translation>
        </message>
        <message>
            <source>Show posts outside the person's grade too</source>
            <translation>اعرض كذلك الوظائف التي لا تناسب درجته</translation>
        </message>
        <message>
            <source>e.g. 12/2026</source>
            <translation>مثل 12/2026</translation>
        </message>
        <message>
            <source>Place in the post</source>
            <translation>تسكين في الوظيفة</translation>
        </message>
        <message>
            <source>Vacant posts</source>
            <translation>الوظائف الشاغرة</translation>
        </message>
        <message>
            <source>Decision number (optional)</source>
            <translation>رقم القرار (اختياري)</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>تاريخ القرار</translation>
        </message>
        <message>
            <source>Staff without a post: {n}</source>
            <translation>موظفون بلا وظيفة في الملاك: {n}</translation>
        </message>
        <message>
            <source>{name} placed in «{post}», {unit}.</source>
            <translation>سُكِّن {name} في وظيفة «{post}»، {unit}.</translation>
        </message>
    </context>
    <context>
        <name>MonthCloseTab</name>
        <message>
            <source>Receipt book</source>
            <translation>دفتر إيصالات</translation>
        </message>
        <message>
            <source>Missing serials</source>
            <translation>أرقام مفقودة</translation>
        </message>
        <message>
            <source>Not deposited</source>
            <translation>لم تُودع</translation>
        </message>
        <message>
            <source>Void without a reason</source>
            <translation>إلغاء دون سبب</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>الدفتر</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>البيان</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>الإيضاح</translation>
        </message>
        <message>
            <source>Type an explanation beside each item not in order (double-click the cell). Once closed, no receipt, void or deposit can be dated in the month; its seal goes to the ministry with the next bundle.</source>
            <translation>اكتب إيضاحاً أمام كل ملاحظة (انقر مرتين على خانة الإيضاح). بعد الإقفال لا يُسجَّل إيصال ولا إلغاء ولا إيداع بتاريخ في الشهر، ويُرسل ختم الإقفال إلى الوزارة مع الحزمة التالية.</translation>
        </message>
        <message>
            <source>Close the month</source>
            <translation>إقفال الشهر</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>إعادة الفتح…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>تحقق من جديد</translation>
        </message>
        <message>
            <source>Print the close report…</source>
            <translation>طباعة محضر الإقفال…</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>سليم</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>موضَّح</translation>
        </message>
        <message>
            <source>Needs an explanation</source>
            <translation>يحتاج إيضاحاً</translation>
        </message>
        <message>
            <source>Closed by {user} on {date}. Seal: {seal}</source>
            <translation>أقفله {user} في {date}. ختم الإقفال: {seal}</translation>
        </message>
        <message>
            <source>Reopened: {reason}. {open} of {problems} items still need an explanation.</source>
            <translation>أُعيد فتحه: {reason}. ملاحظات بلا إيضاح: {open} من {problems}.</translation>
        </message>
        <message>
            <source>Not closed. {open} of {problems} items not in order still need an explanation.</source>
            <translation>الشهر غير مقفل. ملاحظات بلا إيضاح: {open} من {problems}.</translation>
        </message>
        <message>
            <source>Close {month}? No receipt, void or deposit can then be dated in it.</source>
            <translation>إقفال شهر {month}؟ بعده لا يُسجَّل إيصال ولا إلغاء ولا إيداع بتاريخ فيه.</translation>
        </message>
        <message>
            <source>Reopen the month</source>
            <translation>إعادة فتح الشهر</translation>
        </message>
        <message>
            <source>Why is {month} reopened? (kept in the audit log and sent to the ministry)</source>
            <translation>لماذا يُعاد فتح شهر {month}؟ (يُحفظ السبب في سجل التدقيق ويُرسل إلى الوزارة)</translation>
        </message>
        <message>
            <source>Not closed. Every item is in order: the month can be closed.</source>
            <translation>الشهر غير مقفل، وكل البنود سليمة: يمكن إقفاله.</translation>
        </message>
    </context>
</TS>
