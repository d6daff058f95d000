"""What the demo's build steps share: the settings (seed, sizes, now), the ids the demo
assigns itself, the rows waiting to be written, and what one step made for the next
(clinics, staff, providers, people, pools of patients, free slots).

Each step module (practice, patients, calendar, items, bulk_items, audit_trail) is a
function taking this state; ``build`` runs them in order."""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime

from sqlalchemy import func, select

from clinicdesk.demo.identities import stream
from clinicdesk.demo.rows import FLUSH_ORDER, ID_MODELS, TABLES, bulk_insert, pop_rows
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.services import workdays
from clinicdesk.services.attachments import sniff_content_type


class DemoBuild:
    # made by practice.build_clinics / build_staff / build_pharmacies_and_phrases
    clinic_ids: dict[str, int]  # clinic key ("A", "B") -> id
    clinic_names: dict[int, str]
    answer_days: int
    holiday: tuple[int, date, date]  # clinic id, first day, day after the last
    types: dict[int, dict[str, tuple[int, int, str]]]  # clinic id -> type name -> (id, minutes, patient name)
    providers: list[dict]
    staff_ids: dict[str, int]  # username -> id
    staff_by_clinic: dict[int, list]
    clinicians: dict[int, list[int]]  # doctors and nurses per clinic
    doctors: dict[int, list[int]]
    desk: dict[int, list[int]]  # all staff per clinic
    pharmacy_ids: list[int]
    n_phrases: int
    # made by patients.build_patients
    people: list[dict]
    guardians: list[tuple[int, int]]  # (child index, guardian index) into people
    guardian_of: dict[int, int]
    cprs: set[str]
    n_children: int
    n_ecpr: int
    n_mod11_fail: int
    pool_adult: dict[int, list[int]]  # per clinic: indexes of people who can write from the portal
    pool_woman: dict[int, list[int]]
    pool_child: dict[int, list[int]]
    pool_meds: dict[int, list[int]]
    pool_no_account: dict[int, list[int]]
    deleted_patient: int | None
    # made by calendar.build_calendar
    free_slots: dict[int, list[dict]]  # provider id -> free future slot rows
    # set by build: the bulk items take the ids below the rich ones
    bulk_item_base: int

    def __init__(self, db, seed: int, n_patients: int, n_items: int, now: datetime):
        self.db = db
        self.seed = seed
        self.n_patients = n_patients
        self.n_items = n_items
        self.now = now
        self.today = now.astimezone(COPENHAGEN).date()
        self.rows: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}
        self.ids: dict[str, int] = {}

    def rng(self, part: str) -> random.Random:
        return stream(self.seed, part)

    # ids are assigned here (the database is empty of these tables), so rows can point at
    # each other before anything is written and bulk inserts need no RETURNING
    def start_ids(self, s) -> None:
        for model in ID_MODELS:
            self.ids[model.__tablename__] = (s.execute(select(func.max(model.id))).scalar() or 0) + 1

    def new_id(self, table: str) -> int:
        i = self.ids[table]
        self.ids[table] = i + 1
        return i

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)
        self.counts[table] = self.counts.get(table, 0) + 1

    def flush_rows(self, conn) -> None:
        """Write every pending row on this connection, parents before children."""
        unknown = set(self.rows) - set(FLUSH_ORDER)
        assert not unknown, unknown
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-131072")  # 128 MB while building: index inserts
        for name in FLUSH_ORDER:
            rows = pop_rows(self.rows, name)
            if rows:
                bulk_insert(conn, TABLES[name], rows)

    # -- rows several steps make --------------------------------------------------------------
    def due(self, received: datetime) -> date:
        return workdays.due_date_for(received, self.answer_days)

    def message(self, item_id, direction, body, at, author=None, read_at=None) -> int:
        mid = self.new_id("message")
        self.add("message", dict(id=mid, item_id=item_id, direction=direction, author_staff_id=author, body=body,
                                 created_at=at, read_by_patient_at=read_at, supersedes_id=None))
        return mid

    def attachment(self, message_id: int, filename: str, data: bytes) -> None:
        self.add("attachment", dict(id=self.new_id("attachment"), message_id=message_id, filename=filename,
                                    content_type=sniff_content_type(data), size=len(data),
                                    sha256=hashlib.sha256(data).hexdigest(), data=data))
