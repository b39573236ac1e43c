"""PRM Desktop: the PySide6 application over ``prm_core``."""
