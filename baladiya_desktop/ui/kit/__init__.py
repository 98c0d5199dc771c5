"""Widget factories every area uses, so tables, dates and dialog buttons behave one way."""
