"""The headless ``prm`` command line."""
