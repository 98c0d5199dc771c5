"""Per-area sheet mappings: each area's columns, export, template and import over the engine."""
