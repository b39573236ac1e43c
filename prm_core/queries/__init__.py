"""Read-only queries that serve views and the CLI; every write lives in a service."""
