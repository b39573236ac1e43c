"""Every write the app makes: one transaction each, validated, returning what changed.

Views call these functions (through the GUI's operations) and never touch the session.
Validation failures raise ``ValidationError`` with a message meant for the user; a row edited
by someone else since it was read raises ``ConflictError`` naming what changed.
"""
