"""Widgets, dialogs and windows. Views never run SQL: they call models and prm_core."""
