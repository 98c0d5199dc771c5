"""Institutional development indicators (مؤشرات التطوير المؤسسي) and self-assessment."""
