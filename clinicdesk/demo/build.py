"""Building the demo practice: ``build_demo`` runs the steps in order into an empty,
migrated database and returns a ``DemoSummary``; ``ensure_demo`` builds the default demo
on a GUI's first start. A database with clinic data is refused (``DemoRefused``)."""

from __future__ import annotations

import logging
import time as _time
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select, text

from clinicdesk.demo.audit_trail import build_audit_trail
from clinicdesk.demo.bulk_items import build_bulk_items
from clinicdesk.demo.calendar import build_calendar
from clinicdesk.demo.items import build_rich_items
from clinicdesk.demo.patients import build_patients
from clinicdesk.demo.practice import build_clinics, build_pharmacies_and_phrases, build_staff
from clinicdesk.demo.rows import fix_sequences
from clinicdesk.demo.state import DemoBuild
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.models import AuditEntry, Clinic, InboxItem, Patient, utcnow

log = logging.getLogger(__name__)

DEFAULT_REALISTIC_ITEMS = 300
MAX_RICH_ITEMS = 400  # items beyond this are the simpler bulk kind


class DemoRefused(ClinicDeskError):
    code = "demo_not_empty"
    default_message = (
        "Databasen indeholder allerede klinikdata, så demoklinikken bygges ikke oven i den. "
        "Brug en ny database (--db sqlite:///sti/til/ny.db) eller slet databasefilen og prøv igen."
    )


@dataclass(frozen=True)
class DemoSummary:
    clinics: int
    providers: int
    staff: int
    patients: int
    children: int
    substitute_numbers: int
    mod11_failures: int
    guardianships: int
    portal_accounts: int
    medications: int
    pharmacies: int
    slots: int
    appointments: int
    items: int
    messages: int
    attachments: int
    stock_phrases: int
    audit_entries: int
    seconds: float

    def lines_da(self) -> list[str]:
        return [
            f"Klinikker: {self.clinics}, behandlere: {self.providers}, personale: {self.staff}",
            f"Patienter: {self.patients} (heraf {self.children} børn under 15, {self.substitute_numbers} med "
            f"erstatningspersonnummer, {self.mod11_failures} CPR-numre uden modulus 11-kontrol)",
            f"Portalbrugere: {self.portal_accounts}, medicinlinjer: {self.medications}, apoteker: {self.pharmacies}",
            f"Ledige og bookede tider: {self.slots}, aftaler: {self.appointments}",
            f"Indbakke: {self.items} henvendelser, {self.messages} beskeder, {self.attachments} vedhæftede filer",
            f"Standardtekster: {self.stock_phrases}, revisionsspor: {self.audit_entries} poster",
            f"Tid: {self.seconds:.1f} s",
        ]


def _run(b: DemoBuild) -> DemoSummary:
    started = _time.perf_counter()
    db = b.db
    with db.write_session() as s:
        if s.execute(select(func.count(Clinic.id))).scalar() or s.execute(
            select(func.count(Patient.id))
        ).scalar() or s.execute(select(func.count(InboxItem.id))).scalar():
            raise DemoRefused()
        b.start_ids(s)
        n_rich = min(b.n_items, MAX_RICH_ITEMS)
        # the bulk items are older than the rich ones, so they get the lower ids
        b.bulk_item_base = b.ids["inbox_item"] - 1
        b.ids["inbox_item"] += b.n_items - n_rich
        build_clinics(b, s)
        build_staff(b, s)
        build_pharmacies_and_phrases(b, s)
        build_patients(b)
        build_calendar(b, s)  # the schedules too: generation and the portal use them
        build_rich_items(b, n_rich)
        b.flush_rows(s.connection())
    build_bulk_items(b, b.n_items - n_rich)
    with db.write_session() as s:
        if db.is_sqlite:
            s.execute(text("PRAGMA cache_size=-2000"))  # back to the default
        build_audit_trail(b, s)
        if not db.is_sqlite:
            fix_sequences(s)
        n_audit = s.execute(select(func.count(AuditEntry.id))).scalar()
    c = b.counts
    return DemoSummary(
        clinics=len(b.clinic_ids),
        providers=len(b.providers),
        staff=len(b.staff_ids),
        patients=c.get("patient", 0),
        children=b.n_children,
        substitute_numbers=b.n_ecpr,
        mod11_failures=b.n_mod11_fail,
        guardianships=c.get("guardianship", 0),
        portal_accounts=c.get("portal_account", 0),
        medications=c.get("medication", 0),
        pharmacies=len(b.pharmacy_ids),
        slots=c.get("slot", 0),
        appointments=c.get("appointment", 0),
        items=c.get("inbox_item", 0),
        messages=c.get("message", 0),
        attachments=c.get("attachment", 0),
        stock_phrases=b.n_phrases,
        audit_entries=n_audit,
        seconds=round(_time.perf_counter() - started, 2),
    )


def build_demo(db, *, seed: int = 1, patients: int = 2000, items: int | None = None,
               now: datetime | None = None) -> DemoSummary:
    """Build the demo practice into an empty, migrated database. Refuses a database with clinic data."""
    if patients < 20:
        raise ClinicDeskError("Demoklinikken skal have mindst 20 patienter.", code="demo_too_small")
    if items is None:
        items = DEFAULT_REALISTIC_ITEMS
    if items < 0:
        raise ClinicDeskError("Antallet af henvendelser kan ikke være negativt.", code="demo_invalid")
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    summary = _run(DemoBuild(db, seed, patients, items, now.astimezone(timezone.utc)))
    log.debug("demo clinic built: %d patients, %d items in %.1f s", summary.patients, summary.items, summary.seconds)
    return summary


def ensure_demo(db) -> DemoSummary | None:
    """Build the default demo only if the database has no clinic yet (first start of the GUI)."""
    with db.session() as s:
        if s.execute(select(func.count(Clinic.id))).scalar():
            return None
    return build_demo(db)
