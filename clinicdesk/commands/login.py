"""Acting as a staff member from the command line: the password, the login, the clinic.

``act_as(args, user, work)`` reads the password (``--password-stdin``, else a prompt on a
terminal), logs ``user`` in, picks the clinic (``--clinic``, or the only one) and runs
``work(db, actor)``; every rule (password, lockout, permissions) is the services' own.
"""

from __future__ import annotations

import sys

from clinicdesk.domain.errors import ValidationError


def password_for(args, user: str) -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise ValidationError("Giv adgangskoden med --password-stdin.", code="no_password")
    import getpass

    return getpass.getpass(f"Adgangskode for {user}: ")


def actor_for(db, args, user: str):
    """Log ``user`` in and act for ``--clinic`` (or the user's only clinic)."""
    from clinicdesk.services import auth

    result = auth.login(db, user, password_for(args, user))
    clinic = getattr(args, "clinic", None)
    if clinic is not None:
        return result.actor_for(clinic)
    if len(result.memberships) > 1:
        names = ", ".join(f"{m.clinic_id} ({m.clinic_name})" for m in result.memberships)
        raise ValidationError(f"{result.username} arbejder for flere klinikker; vælg en med --clinic: {names}.",
                              code="choose_clinic")
    return result.actor_for(result.memberships[0].clinic_id)


def act_as(args, user: str, work) -> int:
    """Open the database, log ``user`` in, run ``work(db, actor)``, close the database."""
    from clinicdesk.db import Database

    db = Database(args.db)
    try:
        return work(db, actor_for(db, args, user))
    finally:
        db.dispose()
