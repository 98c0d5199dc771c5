"""Local revenue (الإيرادات المحلية): receipt books, receipts, deposits, targets, closing."""
