"""Every write the app makes: one transaction each, validated, returning what changed.

Views call these functions (through the GUI's operations) and never touch the session.
Validation failures raise ``ValidationError`` with a message meant for the user; a row edited
by someone else since it was read raises ``ConflictError`` naming what changed.

This package imports nothing: ``prm_core.safety.messages`` reads ``services/messages.py``
(the catalogue of those messages) and ``prm_core.database`` reads safety's catalogue, so an
import here would make a cycle (tests/test_architecture.py checks it).
"""
