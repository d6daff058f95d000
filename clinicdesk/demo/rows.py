"""Demo rows on their way into the database: which tables, in which order, in which stored
form, and the plain multi-row inserts (SQLite: executemany on the driver; other databases:
SQLAlchemy Core). The threaded SQLite loader for very large demos is in ``bulk``."""

from __future__ import annotations

import operator
from datetime import timezone

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Text, text
from sqlalchemy import Enum as SAEnum

from clinicdesk.models import (
    Appointment,
    Attachment,
    BookingRequest,
    ClinicPatient,
    Guardianship,
    InboxItem,
    Medication,
    Message,
    Patient,
    PortalAccount,
    RenewalLine,
    RenewalRequest,
    SignupRequest,
    Slot,
)
from clinicdesk.models.base import UTCDateTime
from clinicdesk.models.safety import UrgentFlag

BULK_BATCH = 20000

# the tables whose ids the demo assigns itself (so rows can point at each other before
# anything is written, and bulk inserts need no RETURNING)
ID_MODELS = (Patient, PortalAccount, ClinicPatient, Guardianship, Medication, Slot, Appointment, InboxItem, Message,
             Attachment, RenewalLine, UrgentFlag)

FLUSH_ORDER = ("patient", "portal_account", "clinic_patient", "guardianship", "medication", "slot", "appointment",
               "inbox_item", "message", "urgent_flag", "attachment", "renewal_request", "renewal_line",
               "booking_request", "signup_request")
TABLES = {m.__tablename__: m.__table__ for m in (
    Patient, PortalAccount, ClinicPatient, Guardianship, Medication, Slot, Appointment, InboxItem, Message, Attachment,
    RenewalRequest, RenewalLine, BookingRequest, SignupRequest, UrgentFlag)}


def _sqlite_dt(v):
    if v is None:
        return None
    if v.tzinfo is not timezone.utc:
        v = v.astimezone(timezone.utc)
    return v.isoformat(" ", "microseconds")[:26]  # what UTCDateTime stores: naive UTC with microseconds


def _sqlite_date(v):
    return None if v is None else v.isoformat()


def pop_rows(pending: dict[str, list[dict]], name: str) -> list[dict] | None:
    """Take one table's pending rows, in ascending id order."""
    rows = pending.pop(name, None)
    if rows:
        # ascending ids: the SQLite text-search index (inbox_03) keys rows by item id, and FTS5
        # writes its pending terms to disk whenever a rowid is not above the previous one
        rows.sort(key=operator.itemgetter("id" if "id" in rows[0] else "item_id"))
    return rows


def stored_rows(table, rows: list[dict]) -> tuple[list[str], list[tuple]]:
    """Rows as tuples in the form SQLAlchemy stores in SQLite, converted column by column
    (str enums and bools bind as they are)."""
    keys = list(rows[0])
    for k in keys:  # only the types this package writes in bulk
        t = table.c[k].type
        assert isinstance(t, (UTCDateTime, Date, SAEnum, Boolean, Integer, String, Text, LargeBinary)), (k, t)
    data = list(map(operator.itemgetter(*keys), rows))
    convs = [(i, _sqlite_dt if isinstance(table.c[k].type, UTCDateTime) else _sqlite_date)
             for i, k in enumerate(keys) if isinstance(table.c[k].type, (UTCDateTime, Date))]
    if convs:
        cols = list(zip(*data))
        for i, conv in convs:
            cols[i] = list(map(conv, cols[i]))
        data = list(zip(*cols))
    return keys, data


def bulk_insert(conn, table, rows: list[dict]) -> None:
    """Many rows at once: SQLite executemany on the driver with the stored forms (no per-row
    SQLAlchemy processing); other databases: Core executemany (insertmanyvalues)."""
    for start in range(0, len(rows), BULK_BATCH):
        chunk = rows[start:start + BULK_BATCH]
        if conn.dialect.name != "sqlite":
            conn.execute(table.insert(), chunk)
            continue
        keys, data = stored_rows(table, chunk)
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})",
                             data)


def fix_sequences(s) -> None:
    """PostgreSQL: explicit ids were written, so move each id sequence past them."""
    for table in ("patient", "portal_account", "clinic_patient", "guardianship", "medication", "slot",
                  "appointment", "inbox_item", "message", "attachment", "renewal_line", "urgent_flag"):
        s.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"
        ))
