"""Parts of the indicators and projects pages: cards, charts, dashboard, entry, assessment,
the ministry's comparison."""
