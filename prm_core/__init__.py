"""PRM core: domain logic and persistence for PRM Desktop. Never imports Qt."""

__version__ = "0.1.0"
