"""The one mapping from infrastructure faults to domain errors (``domain.errors``).

A database driver says "database or disk is full", "database is locked", "terminating
connection due to administrator command" …; the user is told in Danish what happened
and what to do, and nothing half-written is left behind (the session rolls back). The
engine's ``handle_error`` hook turns driver errors into these on every statement and
connect; ``Database.write_session`` turns a connection lost during COMMIT into
:class:`~clinicdesk.domain.errors.CommitInDoubt`; :func:`from_os_error` serves file work
(backups). Only messages are inspected, never parameters (they are hidden anyway).
"""

from __future__ import annotations

import errno

from clinicdesk.domain.errors import (
    ConnectionLost,
    DatabaseAccessDenied,
    DatabaseUnreachable,
    DatabaseBusy,
    DiskFull,
    InfrastructureFault,
    ReadOnlyDatabase,
)

# (fragment of the driver's message, lower case) → the fault; first match wins
_PATTERNS: tuple[tuple[str, type[InfrastructureFault]], ...] = (
    ("database or disk is full", DiskFull),
    ("no space left on device", DiskFull),
    ("could not extend file", DiskFull),
    ("database is locked", DatabaseBusy),
    ("database table is locked", DatabaseBusy),
    ("lock_not_available", DatabaseBusy),
    ("could not obtain lock", DatabaseBusy),
    ("attempt to write a readonly database", ReadOnlyDatabase),
    ("read-only", ReadOnlyDatabase),
    ("unable to open database file", DatabaseAccessDenied),
    ("terminating connection", ConnectionLost),
    ("server closed the connection", ConnectionLost),
    ("connection is closed", ConnectionLost),
    ("could not receive data from server", ConnectionLost),
    ("ssl syscall error", ConnectionLost),
    ("consuming input failed", ConnectionLost),
    ("the connection is lost", ConnectionLost),
    ("connection refused", DatabaseUnreachable),  # the server is down: nothing listens
    ("could not connect to server", DatabaseUnreachable),
    ("could not translate host name", DatabaseUnreachable),
    ("disk i/o error", InfrastructureFault),
)


def fault_for(exc: BaseException) -> InfrastructureFault | None:
    """The domain error for a driver's exception, or None when it is not an infrastructure fault."""
    if isinstance(exc, InfrastructureFault):
        return exc
    text = str(getattr(exc, "orig", None) or exc).lower()
    for fragment, fault in _PATTERNS:
        if fragment in text:
            return fault()
    return None


def from_os_error(exc: OSError) -> InfrastructureFault | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno == errno.EROFS:
        return ReadOnlyDatabase()
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DatabaseAccessDenied()
    return None


def install(engine) -> None:
    """Every driver error of ``engine`` that is an infrastructure fault is raised as its domain error."""
    from sqlalchemy import event

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx):
        fault = fault_for(ctx.original_exception)
        if isinstance(fault, ConnectionLost):
            ctx.is_disconnect = True  # the pool closes and drops this connection instead of reusing it
        return fault
