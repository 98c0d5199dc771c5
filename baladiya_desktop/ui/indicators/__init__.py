"""Parts of the indicators and projects pages: cards, charts, dashboard, entry, assessment,
the ministry's comparison."""

# What the indicator views show: the framework, the values and the self-assessment.
INDICATOR_TABLES = frozenset({
    "focus_area", "criterion", "indicator_def", "indicator_value", "indicator_period",
    "self_assessment",
})
