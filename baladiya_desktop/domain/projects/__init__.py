"""Local development projects (مشاريع التنمية المحلية)."""
