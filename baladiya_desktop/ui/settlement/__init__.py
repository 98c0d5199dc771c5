"""The job settlement screens: scan, cases, the case form, the chart, the rules."""

# What the settlement views show: the cases and rules, and the register the scan reads.
SETTLEMENT_TABLES = frozenset({
    "settlement_case", "settlement_document", "settlement_step", "salary_table",
    "salary_amount", "settlement_ministry_decision", "reference_item", "employee",
    "service_event", "attachment",
})
