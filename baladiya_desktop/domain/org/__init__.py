"""Organizational structure (الهيكل التنظيمي) and the approved staffing table (الملاك الوظيفي)."""
