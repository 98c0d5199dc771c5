"""The job settlement screens: scan, cases, the case form, the chart, the rules."""
