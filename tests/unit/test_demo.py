"""The demo clinic: deterministic, complete (every kind, status, role), valid CPR numbers,
working demo logins, and a database that passes `clinicdesk db check`."""

from __future__ import annotations

import functools
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select, text

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.cli import main
from clinicdesk.db import Database
from clinicdesk.demo import DEMO_USERS, DemoRefused, build_demo, ensure_demo
from clinicdesk.demo import build as demo_build
from clinicdesk.demo import bulk, bulk_items
from clinicdesk.models import (
    Appointment,
    Attachment,
    BookingRequest,
    Clinic,
    ClinicPatient,
    Guardianship,
    HolidayPeriod,
    InboxItem,
    Medication,
    Message,
    Patient,
    PortalAccount,
    Provider,
    RenewalLine,
    SignupRequest,
    Slot,
    StaffMembership,
    StaffUser,
    StockPhrase,
)
from clinicdesk.domain.enums import (
    AppointmentStatus,
    ItemKind,
    ItemStatus,
    LoginMethod,
    MessageDirection,
    PortalAccountStatus,
    Priority,
    RightMode,
    Role,
    SlotStatus,
)
from clinicdesk.models.safety import SOURCE_AUTO, SOURCE_MANUAL, UrgentFlag
from clinicdesk.services import auth, workdays
from clinicdesk.services.cpr import parse_cpr
from tamper import lift_guards

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=timezone.utc)
SMALL = dict(patients=120, items=60, now=NOW)


@pytest.fixture
def demo_db(db, db_snapshot):
    summary = db_snapshot(("demo", 7), lambda d: build_demo(d, seed=7, **SMALL))  # built once per session
    return db, summary


def _people(db):
    with db.session() as s:
        return s.execute(select(Patient.cpr, Patient.first_name, Patient.last_name, Patient.birth_date)
                         .order_by(Patient.id)).all()


def test_same_seed_same_practice_other_seed_other_patients(tmp_path, demo_db, sqlite_copy):
    db, summary = demo_db
    other = Database(sqlite_copy(tmp_path / "second.db"))
    third = Database(sqlite_copy(tmp_path / "third.db"))
    try:
        build_demo(other, seed=7, **SMALL)
        build_demo(third, seed=8, patients=120, items=5, now=NOW)
        assert _people(db) == _people(other)
        assert _people(db) != _people(third)
        with db.session() as s1, other.session() as s2:
            q = select(InboxItem.kind, InboxItem.status, InboxItem.subject, InboxItem.preview).order_by(InboxItem.id)
            assert s1.execute(q).all() == s2.execute(q).all()
            m = select(Message.body).order_by(Message.id)
            assert s1.execute(m).scalars().all() == s2.execute(m).scalars().all()
    finally:
        other.dispose()
        third.dispose()
    assert summary.patients == 120 and summary.items == 60


def test_every_kind_and_status_and_the_inbox_details(demo_db):
    db, _ = demo_db
    today = NOW.astimezone(COPENHAGEN).date()
    with db.session() as s:
        pairs = set(s.execute(select(InboxItem.kind, InboxItem.status).distinct()).all())
        assert pairs == {(k, st) for k in ItemKind for st in ItemStatus}
        # even a small demo shows an open urgent item, flagged by the safety net with the words it found
        urgent_open = s.scalars(select(InboxItem.id).where(InboxItem.priority == Priority.URGENT,
                                                           InboxItem.status != ItemStatus.DONE)).all()
        assert urgent_open
        words = s.scalars(select(UrgentFlag.words).where(UrgentFlag.item_id.in_(urgent_open),
                                                         UrgentFlag.source == SOURCE_AUTO)).all()
        assert words and all(words)
        overdue = s.scalar(select(func.count()).where(InboxItem.status != ItemStatus.DONE,
                                                      InboxItem.due_date < today))
        assert overdue >= 1
        assert s.scalar(select(func.count()).where(InboxItem.claimed_by_id.is_not(None))) >= 2
        assert s.scalar(select(func.count()).where(
            (InboxItem.assigned_to_id.is_not(None)) | (InboxItem.assigned_role.is_not(None)))) >= 1
        # due dates are counted in Danish working days from the receipt time
        for received, due in s.execute(select(InboxItem.received_at, InboxItem.due_date)).all():
            assert due == workdays.due_date_for(received, 3)
        # threads: several messages, internal notes, read receipts, real attachments
        longest = s.scalar(select(func.max(select(func.count(Message.id)).where(Message.item_id == InboxItem.id)
                                           .scalar_subquery())))
        assert longest >= 2
        assert s.scalar(select(func.count()).where(Message.direction == MessageDirection.INTERNAL)) >= 1
        assert s.scalar(select(func.count()).where(Message.read_by_patient_at.is_not(None))) >= 1
        kinds = {a.content_type: a.data for a in s.scalars(select(Attachment))}
        assert kinds, "some e-consultations have attachments"
        for ctype, data in kinds.items():
            assert (ctype, data[:4]) in {("image/png", b"\x89PNG"), ("application/pdf", b"%PDF")}
        # renewals: lines, some for addictive drugs
        assert s.scalar(select(func.count()).select_from(RenewalLine)) >= 1
        assert s.scalar(select(func.count()).where(Medication.addictive.is_(True))) >= 1
        # bookings point at slots of the provider they ask for; a new one holds its slot (as the intake does)
        for b in s.scalars(select(BookingRequest).where(BookingRequest.slot_id.is_not(None))):
            slot = s.get(Slot, b.slot_id)
            assert slot.provider_id == b.provider_id and slot.starts_at == b.starts_at
        pending = s.scalars(select(BookingRequest).join(InboxItem).where(InboxItem.status == ItemStatus.NEW)).all()
        assert any(b.slot_id for b in pending)
        assert all(s.get(Slot, b.slot_id).status == SlotStatus.BOOKED for b in pending if b.slot_id)
        # sign-ups: a child (with guardian, security code) and a CPR whose portal user was deleted
        signups = s.scalars(select(SignupRequest)).all()
        assert any(r.guardian_patient_id and r.login_method == LoginMethod.SECURITY_CODE for r in signups)
        deleted = s.scalars(select(Patient.cpr).join(PortalAccount).where(PortalAccount.times_deleted > 0)).all()
        assert any(r.cpr in deleted for r in signups)
        assert s.scalar(select(func.count()).select_from(StockPhrase)) >= 20


def test_cpr_numbers_parse_some_fail_mod11_some_are_substitutes(demo_db):
    db, summary = demo_db
    parsed = [parse_cpr(cpr) for cpr, _f, _l, _b in _people(db)]
    for (cpr, _f, _l, birth), p in zip(_people(db), parsed):
        assert p.birth_date == birth
    assert len({p.digits for p in parsed}) == len(parsed)
    substitutes = [p for p in parsed if p.is_substitute]
    failing = [p for p in parsed if not p.is_substitute and not p.mod11_ok]
    assert len(substitutes) == summary.substitute_numbers >= 2
    assert all(p.digits[7:9].isalpha() for p in substitutes)
    assert len(failing) == summary.mod11_failures >= 3
    assert sum(1 for p in parsed if p.mod11_ok and not p.is_substitute) > 100


def test_patients_children_accounts_rights(demo_db):
    db, summary = demo_db
    with db.session() as s:
        children = s.scalars(select(Patient).where(Patient.birth_date > NOW.date().replace(year=NOW.year - 15))).all()
        assert children and len(children) == summary.children
        guarded = set(s.scalars(select(Guardianship.child_id)))
        assert {c.id for c in children} <= guarded
        statuses = set(s.scalars(select(PortalAccount.status)))
        assert {PortalAccountStatus.ACTIVE, PortalAccountStatus.PENDING, PortalAccountStatus.DELETED} <= statuses
        assert s.scalar(select(func.count()).where(PortalAccount.login_method == LoginMethod.SECURITY_CODE)) >= 1
        rights = s.execute(select(ClinicPatient.econsult_right, ClinicPatient.booking_right)).all()
        assert any(e == RightMode.RECEIVE_ONLY for e, _b in rights)
        assert any(b == RightMode.BLOCKED for _e, b in rights)
        mobiles = [m for m in s.scalars(select(Patient.mobile)) if m]
        assert mobiles and all(len(m) == 8 and m.isdigit() for m in mobiles)
        names = " ".join(f"{p.first_name} {p.last_name}" for p in s.scalars(select(Patient)))
        assert any(ch in names for ch in "æøåÆØÅ")


def test_clinics_providers_calendar(demo_db):
    db, _ = demo_db
    with db.session() as s:
        clinics = s.scalars(select(Clinic).order_by(Clinic.id)).all()
        assert [c.display_name for c in clinics] == ["Lægerne i Søndergade", "Lægehuset Vestergade"]
        assert len({c.portal_link for c in clinics}) == 2
        assert all(c.portal_link.startswith("https://patientportal.example.dk/klinik/") for c in clinics)
        assert all(c.max_econsult_length == 400 and c.attachments_allowed and c.cancellation_limit_hours == 48
                   for c in clinics)
        holiday = s.scalars(select(HolidayPeriod)).one()
        assert holiday.starts_at > NOW and holiday.standin_clinic in holiday.message
        providers = s.scalars(select(Provider)).all()
        assert len(providers) >= 6
        assert {"Praktiserende læge", "Uddannelseslæge", "Sygeplejerske", "Bioanalytiker", "Klinikassistent"} <= {
            p.title for p in providers}
        custom = [p for p in providers if p.display_name]
        assert custom and custom[0].portal_label == custom[0].display_name
        assert any(not p.econsult_enabled for p in providers) and any(not p.renewal_enabled for p in providers)
        starts = s.scalars(select(Slot.starts_at)).all()
        assert starts and min(starts) > NOW
        local_days = {st.astimezone(COPENHAGEN).date() for st in starts}
        assert all(workdays.is_working_day(d) for d in local_days)
        statuses = set(s.scalars(select(Appointment.status)))
        assert statuses == set(AppointmentStatus)


def test_every_role_shared_staff_and_demo_logins(demo_db):
    db, _ = demo_db
    with db.session() as s:
        roles = set(s.scalars(select(StaffMembership.role)))
        assert roles == set(Role)
        shared = s.scalars(select(StaffUser).where(StaffUser.username == "delt")).one()
        assert len(shared.memberships) == 2
    for username, password, _what in DEMO_USERS:
        result = auth.login(db, username, password)
        assert result.username == username
    doctor = auth.login(db, "laege", "Demo1234!")
    assert doctor.full_name and doctor.memberships[0].role == Role.DOCTOR


def test_db_check_passes_and_a_tampered_audit_entry_is_named(demo_db, capsys):
    db, summary = demo_db
    url = db.display_url
    assert summary.audit_entries >= 10
    assert main(["db", "check", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK:") and "ubrudt" in out
    with db.engine.begin() as conn:
        lift_guards(conn)  # the attacker drops the append-only guard first
        entry_id = conn.execute(text("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 5")).scalar()
        conn.execute(text("UPDATE audit_log SET detail = 'changed' WHERE id = :id"), {"id": entry_id})
    assert main(["db", "check", "--db", url]) == 1
    err = capsys.readouterr().err
    assert f"revisionsspor, post #{entry_id}: indholdet er ændret" in err  # (db check speaks Danish since 8504d78)


def test_refuses_a_database_with_clinics_and_ensure_demo_builds_once(db, capsys, monkeypatch):
    # ensure_demo builds the default demo (2000 patients); what is checked here is that it builds
    # once and is refused after that, so the default it builds is a small one
    monkeypatch.setattr(demo_build, "build_demo", functools.partial(build_demo, patients=30, items=5))
    assert ensure_demo(db) is not None
    assert ensure_demo(db) is None
    with pytest.raises(DemoRefused):
        build_demo(db, patients=30, items=5)
    assert main(["demo", "--db", db.display_url, "--patients", "30", "--items", "5"]) == 2
    err = capsys.readouterr().err
    assert "allerede" in err and "--db" in err


def test_command_prints_summary_and_logins(tmp_path, capsys, sqlite_copy):
    url = sqlite_copy(tmp_path / "cmd.db")  # a migrated database (the migrations run once per session)
    assert main(["demo", "--db", url, "--patients", "40", "--items", "20", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Demoklinikken er bygget" in out and "Patienter: 40" in out and "Indbakke: 20 henvendelser" in out
    for username, password, _what in DEMO_USERS:
        assert f"{username}" in out and password in out
    check = Database(url)
    try:
        with check.session() as s:
            assert s.scalar(select(func.count()).select_from(InboxItem)) == 20
    finally:
        check.dispose()


# The bulk path with far fewer items than a real large demo: fewer rich items and smaller
# batches, so the bulk part is still written in two batches with the indexes dropped and made
# again (the path a demo of 20,000 items or more takes).
BULK_RICH, BULK_BATCH = 40, 300
BULK_ITEMS = BULK_RICH + BULK_BATCH + 205


def test_bulk_items_are_simpler_but_valid(tmp_path, sqlite_copy, monkeypatch):
    """Beyond the rich first few hundred, items are written in bulk (the path `--items 1000000` takes)."""
    monkeypatch.setattr(demo_build, "MAX_RICH_ITEMS", BULK_RICH)
    monkeypatch.setattr(bulk_items, "BULK_BATCH", BULK_BATCH)
    steps, asked = [], []  # what the load did, in order; what the demo asked for
    real_bulk_writes, real_drop, real_put = bulk_items.bulk_writes, bulk._drop_indexes, bulk._BulkWriter.put

    def large_load(b, *, drop_indexes):
        asked.append(drop_indexes)
        return real_bulk_writes(b, drop_indexes=True)  # as for 20,000 items or more

    monkeypatch.setattr(bulk_items, "bulk_writes", large_load)
    monkeypatch.setattr(bulk, "_drop_indexes", lambda raw: (steps.append("drop indexes"), real_drop(raw))[1])
    monkeypatch.setattr(bulk._BulkWriter, "put", lambda self, batch: (steps.append("batch"), real_put(self, batch))[1])
    d = Database(sqlite_copy(tmp_path / "bulk.db"))
    try:
        summary = build_demo(d, seed=2, patients=60, items=BULK_ITEMS, now=NOW)
        assert asked == [False] and steps == ["drop indexes", "batch", "batch"]
        assert summary.items == BULK_ITEMS
        with d.session() as s:
            assert s.scalar(select(func.count()).select_from(InboxItem)) == BULK_ITEMS
            kinds = set(s.scalars(select(InboxItem.kind).distinct()))
            assert kinds == set(ItemKind)
            # ids follow receipt time in the bulk part (older first)
            first, second = s.execute(select(InboxItem.received_at).order_by(InboxItem.id).limit(2)).scalars().all()
            assert first <= second
            n_idx = s.execute(text("SELECT count(*) FROM sqlite_master WHERE type='index' AND tbl_name='inbox_item'"
                                   )).scalar()
            assert n_idx >= 6  # the indexes dropped for the load are back
            fts = s.execute(text("SELECT name FROM sqlite_master WHERE name = 'inbox_text'")).scalar()
            if fts:  # the inbox's text-search triggers ran for every bulk row
                n_msgs = s.scalar(select(func.count()).select_from(Message))
                assert s.execute(text("SELECT count(*) FROM inbox_text")).scalar() == BULK_ITEMS + n_msgs
        assert main(["db", "check", "--db", d.display_url]) == 0
    finally:
        d.dispose()


def test_a_demo_without_an_urgent_open_item_gets_one_marked_by_hand_with_a_reason():
    """The fallback of the guarantee (should no scenario text flag): a manual flag, a staff member and
    a reason, never a bare URGENT."""
    from datetime import timedelta
    from types import SimpleNamespace

    from clinicdesk.demo.items import _at_least_one_urgent

    rows: dict[str, list[dict]] = {}
    b = SimpleNamespace(now=NOW, desk={1: [5]}, rows=rows, new_id=lambda table: 1,
                        add=lambda table, row: rows.setdefault(table, []).append(row))
    old = dict(id=1, clinic_id=1, kind=ItemKind.ECONSULT, status=ItemStatus.NEW, priority=Priority.NORMAL,
               received_at=NOW - timedelta(days=2), done_at=None, changed_at=NOW - timedelta(days=2))
    new = dict(old, id=2, received_at=NOW - timedelta(hours=3), changed_at=NOW - timedelta(hours=3))
    done = dict(old, id=3, status=ItemStatus.DONE, received_at=NOW - timedelta(hours=1))
    _at_least_one_urgent(b, __import__("random").Random(1), [old, new, done])
    assert [it["priority"] for it in (old, new, done)] == [Priority.NORMAL, Priority.URGENT, Priority.NORMAL]
    (flag,) = rows["urgent_flag"]
    assert flag["item_id"] == 2 and flag["source"] == SOURCE_MANUAL and flag["by_staff_id"] == 5
    assert flag["reason"] == "Patienten ringede og var meget bekymret" and not flag["cleared"]
    assert new["received_at"] <= flag["at"] <= NOW and new["changed_at"] == flag["at"]


def test_a_waiting_booking_request_holds_its_slot_and_no_appointment_takes_it(demo_db):
    """As the portal's intake does: the slot a waiting request asks for is held. The demo left it free,
    a later demo booking could take it, and accepting the request then said "Den ønskede tid er ikke
    længere ledig" (which request came first in the folder depended on the hour the demo was built)."""
    from clinicdesk.models import BookingRequest, InboxItem

    db, _ = demo_db
    with db.session() as s:
        waiting = s.execute(
            select(BookingRequest.slot_id, Slot.status).join(InboxItem, InboxItem.id == BookingRequest.item_id)
            .join(Slot, Slot.id == BookingRequest.slot_id)
            .where(InboxItem.status.in_((ItemStatus.NEW, ItemStatus.OPEN)))).all()
        taken = set(s.scalars(select(Appointment.slot_id).where(Appointment.status == AppointmentStatus.BOOKED)))
    assert waiting, "the demo has waiting booking requests with a slot"
    assert {status for _slot, status in waiting} == {SlotStatus.BOOKED}
    assert not {slot for slot, _status in waiting} & taken
