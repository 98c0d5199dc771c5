"""The printed-forms engine (no Qt): Arabic shaping and bidi, paragraphs, right-to-left tables,
the official letterhead, page x of y, signature and stamp boxes, QR codes.

Start with :func:`baladiya_desktop.reports.layout.build_pdf`,
:class:`~baladiya_desktop.reports.paragraph.ArabicParagraph` and
:func:`~baladiya_desktop.reports.table.rtl_table`. Forms themselves live in ``reports.forms``.
"""
