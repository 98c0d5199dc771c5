"""The structure page's parts: tree model, posts model, chart view, dialogs, workbook/printing."""
