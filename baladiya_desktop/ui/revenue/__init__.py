"""The local revenue pages: entry, receipts, books, deposits, targets, controls, dashboard."""
