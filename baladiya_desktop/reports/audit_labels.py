"""What the audit log's codes mean, in Arabic: every action the app writes and every table.

The log keeps the codes (``indicators.approve``, ``municipality``): they are hashed into its
chain and never change. Whatever shows the log to people shows these labels instead. Every
action passed to ``ctx.write``/``write_as``/``tx.note`` and every table needs one here (a
test walks the code and the schema).
"""

from __future__ import annotations

from baladiya_desktop.domain.settlement.workflow import MOVES

__all__ = ["ACTIONS_AR", "TABLES_AR", "action_label", "table_label"]

ACTIONS_AR: dict[str, str] = {
    # station, users, logins, settings, backups, printing
    "station.init": "إنشاء المحطة",
    "reference.seed": "تحميل البيانات المرجعية",
    "users.add": "إضافة مستخدم",
    "users.passwd": "تغيير كلمة مرور",
    "users.disable": "إيقاف مستخدم",
    "users.enable": "إعادة تفعيل مستخدم",
    "users.role": "تغيير دور مستخدم",
    "users.recover": "تعيين كلمة مرور برمز الاسترداد",
    "users.recover_refused": "رمز استرداد خاطئ",
    "users.recovery_code": "إنشاء رمز استرداد جديد",
    "login.failed": "محاولة دخول خاطئة",
    "login.locked": "إقفال حساب مؤقتاً",  # written by older versions
    "login.reset_failures": "تصفير محاولات الدخول",
    "login.delayed": "تأخير الدخول بعد محاولات خاطئة",
    "login.delay_capped": "تقصير مهلة انتظار الدخول",
    "settings.set": "تعديل إعداد",
    "backup.run": "نسخة احتياطية",
    "audit.seal": "توقيع رأس سجل التدقيق",
    "backup.restore": "استعادة نسخة احتياطية",  # written by older versions
    "db.restore": "استعادة نسخة احتياطية",
    "report.print": "طباعة نموذج",
    # organisation and staff
    "org.template": "تطبيق الهيكل النموذجي",
    "org.import": "استيراد الهيكل التنظيمي",
    "org.structure.approve": "اعتماد الهيكل التنظيمي",
    "org.unit.add": "إضافة وحدة تنظيمية",
    "org.unit.update": "تعديل وحدة تنظيمية",
    "org.unit.move": "نقل وحدة تنظيمية",
    "org.unit.close": "إلغاء وحدة تنظيمية",
    "org.unit.delete": "حذف وحدة تنظيمية",
    "org.post.add": "إضافة وظيفة",
    "org.post.update": "تعديل وظيفة",
    "org.post.delete": "حذف وظيفة",
    "staff.register": "تسجيل موظف",
    "staff.update": "تعديل بيانات موظف",
    "staff.remove": "حذف موظف",
    "staff.import": "استيراد الموظفين",
    "attachment.add": "إضافة مرفق",
    # settlement (the workflow's steps are added below, from the workflow itself)
    "settlement.open": "فتح ملف تسوية",
    "settlement.document": "تسجيل مستند تسوية",
    "settlement.rules": "تعديل قواعد التسوية",
    "settlement.salary_table": "تحميل جدول المرتبات",
    "settlement.ministry_decision": "تسجيل قرار الوزارة في تسوية",
    # revenue
    "revenue.book.issue": "تسليم دفتر إيصالات",
    "revenue.book.return": "إرجاع دفتر إيصالات",
    "revenue.receipt": "تسجيل إيصال",
    "revenue.receipt.void": "إلغاء إيصال",
    "revenue.deposit": "تسجيل إيداع",
    "revenue.category.add": "إضافة بند إيراد",
    "revenue.target": "تحديد مستهدف الإيرادات",
    "revenue.import": "استيراد الإيصالات",
    "revenue.month.close": "إقفال شهر الإيرادات",
    "revenue.month.reopen": "إعادة فتح شهر الإيرادات",
    # indicators and projects
    "indicators.set": "إدخال قيمة مؤشر",
    "indicators.approve": "اعتماد قيم المؤشرات",
    "indicators.compute": "احتساب المؤشرات الآلية",
    "indicators.evidence": "إرفاق شاهد لمؤشر",
    "indicators.assess": "تسجيل درجة التقييم الذاتي",
    "indicators.import": "استيراد قيم المؤشرات",
    "indicators.weights": "تعديل أوزان المؤشرات",
    "demo.indicators": "تحميل بيانات تجريبية للمؤشرات",
    "project.save": "حفظ بيانات مشروع",
    "project.import": "استيراد المشاريع",
    "project.milestone": "إضافة مرحلة مشروع",
    "project.milestone.done": "إنجاز مرحلة مشروع",
    "project.progress": "تسجيل إنجاز مشروع",
    "project.photo": "إرفاق صورة مشروع",
    # sync at a station
    "sync.keys": "إنشاء مفاتيح المحطة",
    "sync.enrollment": "إعداد حزمة التسجيل",
    "sync.export": "إعداد حزمة بيانات",
    "sync.import": "استلام حزمة بيانات",
    "sync.reference": "استلام الحزمة المرجعية من الوزارة",
    "sync.receipt": "استلام إشعار الوزارة",
    "sync.reply": "استلام رد الوزارة",
    "sync.sibling": "استلام حزمة من محطة أخرى في البلدية",
    "sync.update": "استلام تحديث البرنامج",
    "sync.conflict.resolve": "حسم تعارض في البيانات",
    # the ministry
    "ministry.keys": "إنشاء مفاتيح الوزارة",
    "ministry.rotate": "تجديد مفاتيح الوزارة",
    "ministry.revoke_key": "إلغاء مفتاح من مفاتيح الوزارة",
    "ministry.enroll": "تسجيل محطة",
    "ministry.revoke": "إلغاء تسجيل محطة",
    "ministry.reference": "إعداد الحزمة المرجعية",
    "ministry.reference.written": "حفظ الحزمة المرجعية",
    "ministry.conflict.resolve": "حسم تعارض في بيانات البلديات",
}
# a case's step is logged as ``settlement.<move>``; its label is the workflow's own
ACTIONS_AR |= {f"settlement.{m.action}": f"تسوية: {m.label_ar}" for m in MOVES.values()}

TABLES_AR: dict[str, str] = {
    "station": "المحطة",
    "station_setting": "الإعدادات",
    "users": "المستخدمون",
    "audit_log": "سجل التدقيق",
    "audit_seal": "رؤوس سجل التدقيق الموقّعة",
    "change_log": "سجل التغييرات",
    "reference_item": "البيانات المرجعية",
    "municipality": "البلديات",
    "municipality_alias": "الأسماء الأخرى للبلديات",
    "org_unit_type": "أنواع الوحدات التنظيمية",
    "org_unit": "الوحدات التنظيمية",
    "org_post": "الوظائف",
    "org_decision": "قرارات الهيكل التنظيمي",
    "employee": "الموظفون",
    "service_event": "وقائع الخدمة",
    "attachment": "المرفقات",
    "attachment_blob": "محتوى المرفقات",
    "settlement_case": "ملفات التسوية",
    "settlement_document": "مستندات التسوية",
    "settlement_step": "مراحل إجراء التسوية",
    "settlement_ministry_decision": "قرارات الوزارة في التسويات",
    "salary_table": "جداول المرتبات",
    "salary_amount": "مبالغ جداول المرتبات",
    "revenue_category": "بنود الإيراد",
    "revenue_local_category": "بنود الإيراد المحلية",
    "receipt_book": "دفاتر الإيصالات",
    "receipt": "الإيصالات",
    "revenue_deposit": "الإيداعات",
    "revenue_target": "مستهدفات الإيرادات",
    "revenue_month": "أشهر الإيرادات",
    "focus_area": "محاور التطوير المؤسسي",
    "criterion": "معايير التقييم الذاتي",
    "indicator_def": "المؤشرات",
    "indicator_value": "قيم المؤشرات",
    "indicator_period": "فترات المؤشرات",
    "self_assessment": "التقييم الذاتي",
    "project": "المشاريع",
    "project_milestone": "مراحل المشاريع",
    "project_progress": "تقارير إنجاز المشاريع",
    "sync_state": "حالة التزامن",
    "sync_knowledge": "ما وصل من كل محطة",
    "sync_rejection": "الصفوف المرفوضة",
    "known_station": "محطات البلدية",
    "trusted_key": "المفاتيح الموثوقة",
    "ministry_key": "مفاتيح الوزارة",
    "enrolled_station": "المحطات المسجلة",
    "bundle_log": "سجل الحزم",
    "conflict_log": "سجل التعارضات",
}


def action_label(action: str) -> str:
    """The action in Arabic; a code the app does not know is shown as it is."""
    return ACTIONS_AR.get(action, action)


def table_label(table: str | None) -> str:
    """The table in Arabic; none (a note) is empty."""
    return TABLES_AR.get(table, table) if table else ""
