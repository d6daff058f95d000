"""Urgent flags: set at intake from the patient's words (never touching the message), by hand with a
reason (audited), cleared; the clinic's own lines; the Haster folder, its count and the sort."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import Priority, Role
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.models import AuditEntry, InboxItem, Message
from clinicdesk.models.safety import UrgentFlag
from clinicdesk.portal import send_econsult
from clinicdesk.services import audit, auth, inbox
from clinicdesk.services.inbox import Folder, ItemQuery
from clinicdesk.services.safety import flags, terms
from portal_world import ADULT, NOW, build_world

PASSWORD = "Haster-Sol-Regn-2026-x"


@pytest.fixture()
def world(any_db):
    db = any_db
    w = build_world(db)
    with db.write_session() as s:
        admin = auth.create_staff(s, "chef", "Karen Chef", PASSWORD, {w.clinic_id: Role.ADMIN})
        desk = auth.create_staff(s, "desk", "Sine Sekretær", PASSWORD, {w.clinic_id: Role.RECEPTIONIST})
        w.admin = auth.Actor(admin.id, admin.full_name, w.clinic_id, Role.ADMIN, "Lægehuset Åbakken")
        w.desk = auth.Actor(desk.id, desk.full_name, w.clinic_id, Role.RECEPTIONIST, "Lægehuset Åbakken")
    return w


def _send(db, w, body, **kw):
    return send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body=body, now=kw.pop("now", NOW), **kw)


def test_an_urgent_message_is_flagged_with_its_words_and_stored_as_written(any_db, world):
    db = any_db
    body = "Hej\nJeg har haft ONDT I BRYSTET siden i morges og svært ved at få luft"
    r = _send(any_db, world, body)
    with db.session() as s:
        item = s.get(InboxItem, r.item_id)
        assert item.priority == Priority.URGENT
        [msg] = s.scalars(select(Message).where(Message.item_id == r.item_id)).all()
        assert msg.body == body  # never altered
        [flag] = s.scalars(select(UrgentFlag)).all()
        assert (flag.item_id, flag.message_id, flag.source, flag.cleared) == (r.item_id, msg.id, "auto", False)
        assert flag.words.split("\n") == ["ONDT I BRYSTET", "svært ved at få luft"]
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert actions == ["mark_urgent", "portal_request"]
        assert audit.verify_chain(s) == []
    state = flags.urgent_state(any_db, world.desk, r.item_id)
    assert state.urgent and state.words == ("ONDT I BRYSTET", "svært ved at få luft")


@pytest.mark.parametrize("body", [
    "Jeg har ingen brystsmerter, men vil gerne have fornyet min recept",
    "Min far havde en blodprop i hjernen, er det arveligt?",
    "For 3 år siden havde jeg et hjerteinfarkt. Skal jeg stadig til kontrol?",
])
def test_the_traps_are_not_flagged(any_db, world, body):
    db = any_db
    r = _send(any_db, world, body)
    with db.session() as s:
        assert s.get(InboxItem, r.item_id).priority == Priority.NORMAL
        assert s.scalars(select(UrgentFlag)).all() == []


def test_a_patient_reply_is_scanned_too(any_db, world):
    db = any_db
    r = _send(any_db, world, "Kan jeg få en tid?")
    send_econsult(any_db, world.clinic_id, ADULT, thread_id=r.item_id, body="Nu kan jeg ikke få vejret",
                  now=NOW + timedelta(hours=1))
    state = flags.urgent_state(any_db, world.desk, r.item_id)
    assert state.urgent and state.words == ("kan jeg ikke få vejret",)


def test_a_fault_in_the_scan_never_stops_the_message(any_db, world, monkeypatch):
    db = any_db
    calls = []

    def boom(*_a, **_k):
        calls.append(1)
        raise RuntimeError("lists broken")

    monkeypatch.setattr(flags, "detector_in", boom)
    r = _send(any_db, world, "Jeg har ondt i brystet")
    assert calls  # the scan ran (and failed)
    with db.session() as s:
        assert s.get(InboxItem, r.item_id).priority == Priority.NORMAL
        assert [m.body for m in s.scalars(select(Message))] == ["Jeg har ondt i brystet"]


def test_mark_and_unmark_by_hand_need_a_reason_and_are_audited(any_db, world):
    db = any_db
    r = _send(any_db, world, "Kan jeg få fornyet min recept?")
    with pytest.raises(ValidationError) as exc:
        flags.mark_urgent(any_db, world.desk, r.item_id, "  ")
    assert exc.value.code == "reason_required"
    with db.session() as s:
        version = s.get(InboxItem, r.item_id).version
    state = flags.mark_urgent(any_db, world.desk, r.item_id, "Patienten ringede, har det dårligt")
    assert state.urgent and state.history[-1].reason == "Patienten ringede, har det dårligt"
    with db.session() as s:
        item = s.get(InboxItem, r.item_id)
        assert item.priority == Priority.URGENT and item.version == version  # a holder's version stays valid
    state = flags.unmark_urgent(any_db, world.desk, r.item_id, "Talt med patienten, ikke akut")
    assert not state.urgent and [e.cleared for e in state.history] == [False, True]
    with db.session() as s:
        assert s.get(InboxItem, r.item_id).priority == Priority.NORMAL
        entries = s.scalars(select(AuditEntry).where(AuditEntry.staff_id == world.desk.staff_id)
                            .order_by(AuditEntry.id)).all()
        assert [e.action for e in entries][-2:] == ["mark_urgent", "unmark_urgent"]
        assert all("ikke akut" not in e.detail for e in entries)  # staff text stays out of the log
        assert audit.verify_chain(s) == []


def test_clinic_lines_extend_the_lists_for_intake(any_db, world):
    db = any_db
    with pytest.raises(PermissionDenied):
        terms.add_term(any_db, world.desk, "urgent", "hvepsestik")
    row = terms.add_term(any_db, world.admin, "urgent", "  hvepsestik ")
    assert row.phrase == "hvepsestik"
    with pytest.raises(ValidationError) as exc:
        terms.add_term(any_db, world.admin, "urgent", "Hvepsestik")
    assert exc.value.code == "duplicate_phrase"
    r = _send(any_db, world, "Jeg har fået et hvepsestik i munden")
    assert flags.urgent_state(any_db, world.desk, r.item_id).words == ("hvepsestik",)
    terms.remove_term(any_db, world.admin, row.id)
    assert terms.list_terms(any_db, world.desk) == ()
    r2 = _send(any_db, world, "Jeg har fået et hvepsestik i munden")
    assert not flags.urgent_state(any_db, world.desk, r2.item_id).urgent


def test_haster_folder_counts_and_flagged_items_sort_first(any_db, world):
    db = any_db
    routine = [_send(any_db, world, f"Recept nr. {i}", now=NOW + timedelta(minutes=i)).item_id for i in range(3)]
    urgent = _send(any_db, world, "Jeg kan ikke få luft", now=NOW - timedelta(days=1)).item_id  # the oldest
    counts = inbox.folder_counts(any_db, world.desk)
    assert counts[Folder.URGENT] == 1
    page = inbox.list_items(any_db, world.desk, ItemQuery(folder=Folder.URGENT))
    assert [r.id for r in page.rows] == [urgent]
    page = inbox.list_items(any_db, world.desk, ItemQuery(folder=Folder.ALL_OPEN), limit=2)
    assert [r.id for r in page.rows][:1] == [urgent]
    rest = inbox.list_items(any_db, world.desk, ItemQuery(folder=Folder.ALL_OPEN), after=page.next_cursor, limit=10)
    seen = [r.id for r in page.rows] + [r.id for r in rest.rows]
    assert sorted(seen) == sorted(routine + [urgent]) and len(seen) == len(set(seen))


# ---------------------------------------------------------------------------- the check before Send
def _other_patient(db, world, first="Bent", last="Bach Jørgensen", cpr="0101901234"):
    from clinicdesk.models import ClinicPatient, Patient

    with db.write_session() as s:
        p = Patient(cpr=cpr, first_name=first, last_name=last, email="")
        s.add(p)
        s.flush()
        s.add(ClinicPatient(clinic_id=world.clinic_id, patient_id=p.id))
        return p.id


def test_presend_warns_only_of_certain_mistakes(any_db, world):
    db = any_db
    from clinicdesk.models import Patient
    from clinicdesk.services.safety.presend import presend_warnings

    r = _send(any_db, world, "Kan jeg få svar på min blodprøve?")
    _other_patient(db, world)
    with db.session() as s:
        me = s.get(Patient, world.patient_id)
        own = f"{me.first_name} {me.last_name}"
        own_cpr = me.cpr

    def codes(text, n=0):
        return [w.code for w in presend_warnings(any_db, world.desk, text, n, item_id=r.item_id)]

    assert codes(f"Kære {own}. Dit CPR {own_cpr[:6]}-{own_cpr[6:]} er noteret. Prøven er fin.") == []
    assert codes("Hej {fornavn}, prøven er fin. Hilsen {behandler}") == ["placeholder"]
    warn = presend_warnings(any_db, world.desk, "Hej {navn}", 0, item_id=r.item_id)[0]
    assert warn.code == "placeholder" and "{navn}" in warn.text
    assert codes("Se vedhæftede svar fra sygehuset.") == ["attachment_missing"]
    assert codes("Se vedhæftede svar fra sygehuset.", 1) == []
    assert codes("Svar vedlagt.") == ["attachment_missing"]
    assert codes("Det gælder 010190-1234, ikke dig.") == ["other_cpr"]
    assert codes("Det gælder 0101901234.") == ["other_cpr"]
    assert codes("Hilsen til bent bach jørgensen") == ["other_name"]
    assert codes("Jørgensen er en almindelig efternavn, og Bent et fornavn.") == []
    both = presend_warnings(any_db, world.desk, "Hej {fornavn}, se vedhæftet. Bent Bach Jørgensen 010190-1234", 0,
                            item_id=r.item_id)
    assert [w.code for w in both] == ["placeholder", "attachment_missing", "other_cpr", "other_name"]
    assert all(w.text.endswith(".") for w in both)


def test_urgent_items_lead_the_list_page_by_page_then_the_rest(any_db, world):
    """Urgent open items come first, newest first, in pages of the usual size (issue 14: a first
    page of every urgent item was up to 500 rows); then the others, newest first."""
    routine = [_send(any_db, world, f"Recept nr. {i}", now=NOW + timedelta(minutes=i)).item_id for i in range(3)]
    urgent = [_send(any_db, world, t, now=NOW - timedelta(days=d)).item_id
              for d, t in ((1, "Jeg kan ikke få luft"), (2, "Jeg har ondt i brystet"))]
    pages, cursor = [], None
    for _ in range(10):
        page = inbox.list_items(any_db, world.desk, ItemQuery(folder=Folder.ALL_OPEN), after=cursor, limit=2)
        pages.append([r.id for r in page.rows])
        cursor = page.next_cursor
        if cursor is None:
            break
    assert pages[:2] == [urgent, list(reversed(routine))[:2]]
    assert [i for p in pages for i in p] == urgent + list(reversed(routine))
    one = inbox.list_items(any_db, world.desk, ItemQuery(folder=Folder.ALL_OPEN), limit=1)
    assert [r.id for r in one.rows] == urgent[:1]
    nxt = inbox.list_items(any_db, world.desk, ItemQuery(folder=Folder.ALL_OPEN), after=one.next_cursor, limit=10)
    assert [r.id for r in nxt.rows] == urgent[1:] + list(reversed(routine)) and nxt.next_cursor is None
    # sorting by due date is by due date alone; Done is never pinned
    by_due = inbox.list_items(any_db, world.desk, ItemQuery(folder=Folder.ALL_OPEN, sort=inbox.Sort.DUE_ASC), limit=10)
    assert sorted(r.id for r in by_due.rows) == sorted(routine + urgent)
    dues = [r.due_date for r in by_due.rows]
    assert dues == sorted(dues)


def test_a_failed_scan_keeps_the_message_and_logs_no_patient_words(any_db, world, monkeypatch, caplog):
    """The scan's failure is logged by class name only: its text could quote the patient."""
    body = "Jeg har trykken for brystet og hedder Mette"

    def broken(*_a, **_k):
        raise ValueError(body)

    monkeypatch.setattr(flags, "detector_in", broken)
    r = _send(any_db, world, body)
    with any_db.session() as s:
        assert s.get(Message, s.scalars(select(Message.id).where(Message.item_id == r.item_id)).first()).body == body
        assert s.get(InboxItem, r.item_id).priority == Priority.NORMAL
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "ValueError" in logged and "brystet" not in logged and "Mette" not in logged


def test_the_patients_own_cpr_written_with_a_long_dash_is_not_another_patients(any_db, world):
    """The check before Send compares CPR numbers in their stored form (cpr.compact_cpr): the
    recipient's own number written "010190–1234" (a typographic dash) is not flagged."""
    from clinicdesk.models import Patient
    from clinicdesk.services.safety.presend import presend_warnings

    with any_db.session() as s:
        own = s.get(Patient, world.patient_id).cpr
    text = f"Vi har dit CPR-nummer {own[:6]}\u2013{own[6:]} noteret."
    warnings = presend_warnings(any_db, world.desk, text, patient_id=world.patient_id)
    assert [w.code for w in warnings if w.code == "other_cpr"] == []
