"""The patient card's history tab (issue 10, item 6): contents, order, this clinic only, audit, read-only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import (
    AppointmentStatus, BookingOutcome, ItemKind, ItemStatus, LineDecision, MessageDirection, Role,
)
from clinicdesk.domain.errors import NotFound
from clinicdesk.models import (
    Appointment, AuditEntry, BookingRequest, Clinic, InboxItem, Message, Patient, Provider, RenewalLine,
    RenewalRequest,
)
from clinicdesk.services import auth, patient_history as hist
from clinicdesk.services.audit import Action
from portal_world import NOW, RECEIVER, build_world


def _staff(db, clinic_id, role=Role.RECEPTIONIST, username="bettina") -> auth.Actor:
    with db.write_session() as s:
        u = auth.create_staff(s, username, "Bettina Holm", "Blå kaffekop 42", {clinic_id: role})
        return auth.Actor(u.id, u.full_name, clinic_id, role, "Lægehuset Åbakken")


def _history_world(db):
    """The adult patient: a thread, a renewal (one line approved, one rejected), a declined booking,
    three appointments (attended, cancelled by the patient, no-show); also items of another patient
    and of another clinic, which must not show."""
    w = build_world(db)
    ids = {}
    with db.write_session() as s:
        other_clinic = s.scalars(select(Clinic.id).where(Clinic.name == "Anden klinik")).one()
        elsewhere = s.scalars(select(Provider.id).where(Provider.clinic_id == other_clinic)).one()
        receiver = s.scalars(select(Patient.id).where(Patient.cpr == RECEIVER.replace("-", ""))).one()

        def item(kind, days_ago, **kw):
            it = InboxItem(clinic_id=kw.pop("clinic_id", w.clinic_id), kind=kind, patient_id=kw.pop("patient_id", w.patient_id),
                           provider_id=kw.pop("provider_id", w.doctor_id), received_at=NOW - timedelta(days=days_ago), **kw)
            s.add(it)
            s.flush()
            return it

        thread = item(ItemKind.ECONSULT, 3, subject="<b>Hoste</b> i 3 uger", status=ItemStatus.NEW, unread=True)
        s.add_all([
            Message(item_id=thread.id, direction=MessageDirection.FROM_PATIENT, body="Jeg hoster stadig.",
                    created_at=NOW - timedelta(days=3)),
            Message(item_id=thread.id, direction=MessageDirection.INTERNAL, body="Ring til hende", created_at=NOW),
        ])
        renewal = item(ItemKind.RENEWAL, 10, subject="Receptfornyelse", status=ItemStatus.DONE)
        s.add(RenewalRequest(item_id=renewal.id, comment="Tak"))
        s.flush()
        s.add_all([
            RenewalLine(item_id=renewal.id, medication_id=w.med_ok, decision=LineDecision.APPROVED),
            RenewalLine(item_id=renewal.id, medication_id=w.med_addictive, decision=LineDecision.REJECTED,
                        reason="Kræver en konsultation"),
        ])
        booking = item(ItemKind.BOOKING, 20, subject="Tidsbestilling", status=ItemStatus.DONE)
        s.add(BookingRequest(item_id=booking.id, provider_id=w.doctor_id, appointment_type_id=w.type_id,
                             starts_at=NOW - timedelta(days=15), outcome=BookingOutcome.DECLINED,
                             reason="Lægen holder ferie", comment="Gerne formiddag"))

        def appt(days, status, **kw):
            a = Appointment(clinic_id=kw.pop("clinic_id", w.clinic_id), patient_id=w.patient_id,
                            provider_id=kw.pop("provider_id", w.doctor_id), appointment_type_id=w.type_id,
                            starts_at=NOW + timedelta(days=days), ends_at=NOW + timedelta(days=days, minutes=15),
                            status=status, **kw)
            s.add(a)
            s.flush()
            return a

        attended = appt(-30, AppointmentStatus.ATTENDED, comment="Blodprøve")
        cancelled = appt(-40, AppointmentStatus.CANCELLED_BY_PATIENT, cancelled_at=NOW - timedelta(days=41))
        no_show = appt(-50, AppointmentStatus.NO_SHOW)
        upcoming = appt(8, AppointmentStatus.BOOKED, booked_online=True)
        # not this patient's, or not at this clinic
        item(ItemKind.ECONSULT, 1, subject="Andens", patient_id=receiver)
        item(ItemKind.ECONSULT, 2, subject="Anden klinik", clinic_id=other_clinic, provider_id=elsewhere)
        appt(-5, AppointmentStatus.ATTENDED, clinic_id=other_clinic, provider_id=elsewhere)
        ids.update(thread=thread.id, renewal=renewal.id, booking=booking.id, attended=attended.id,
                   cancelled=cancelled.id, no_show=no_show.id, upcoming=upcoming.id)
    return w, ids


def _audit(db, action):
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()


def test_history_has_every_kind_newest_first_at_this_clinic_only(any_db):
    w, ids = _history_world(any_db)
    me = _staff(any_db, w.clinic_id)
    h = hist.open_history(any_db, me, w.patient_id)
    assert [(r.kind, r.ref_id) for r in h.rows] == [
        ("appointment", ids["upcoming"]), ("econsult", ids["thread"]), ("renewal", ids["renewal"]),
        ("booking", ids["booking"]), ("appointment", ids["attended"]), ("appointment", ids["cancelled"]),
        ("appointment", ids["no_show"]),
    ]
    rows = {(r.kind, r.ref_id): r for r in h.rows}
    thread = rows[("econsult", ids["thread"])]
    assert (thread.title, thread.status, thread.messages, thread.provider) == (
        "<b>Hoste</b> i 3 uger", "new", 1, "Anna Holm, Praktiserende læge")  # the text as written; the note is not counted
    renewal = rows[("renewal", ids["renewal"])]
    assert [(ln.medicine, ln.decision, ln.reason) for ln in renewal.lines] == [
        ("Metformin 500 mg", "approved", ""), ("Zopiclon 7,5 mg", "rejected", "Kræver en konsultation")]
    booking = rows[("booking", ids["booking"])]
    assert (booking.title, booking.outcome, booking.reason, booking.comment) == (
        "Almindelig konsultation", "declined", "Lægen holder ferie", "Gerne formiddag")
    statuses = [rows[("appointment", ids[k])].status for k in ("attended", "cancelled", "no_show", "upcoming")]
    assert statuses == ["attended", "cancelled_by_patient", "no_show", "booked"]
    assert rows[("appointment", ids["attended"])].comment == "Blodprøve"
    assert rows[("appointment", ids["upcoming"])].booked_online


def test_opening_the_history_is_audited_once(db):
    w, _ = _history_world(db)
    me = _staff(db, w.clinic_id)
    hist.open_history(db, me, w.patient_id)
    [entry] = _audit(db, Action.OPEN_HISTORY)
    assert (entry.staff_id, entry.clinic_id, entry.patient_id) == (me.staff_id, w.clinic_id, w.patient_id)
    assert "Hoste" not in entry.detail
    hist.open_history(db, me, w.patient_id)  # a second opening is a second look-up
    assert len(_audit(db, Action.OPEN_HISTORY)) == 2


def test_history_of_a_patient_of_another_clinic_is_refused(db):
    w, _ = _history_world(db)
    with db.session() as s:
        other_clinic = s.scalars(select(Clinic.id).where(Clinic.name == "Anden klinik")).one()
    stranger = _staff(db, other_clinic, username="dorte")
    with pytest.raises(NotFound):
        hist.open_history(db, stranger, w.patient_id)
    assert _audit(db, Action.OPEN_HISTORY) == []


def test_an_item_opens_read_only_and_nothing_is_claimed(any_db):
    w, ids = _history_world(any_db)
    me = _staff(any_db, w.clinic_id)
    with any_db.session() as s:
        before = s.get(InboxItem, ids["thread"])
        before = (before.status, before.unread, before.claimed_by_id, before.version)
    d = hist.history_item(any_db, me, w.patient_id, ids["thread"])
    assert d.subject == "<b>Hoste</b> i 3 uger" and [m.body for m in d.messages][0] == "Jeg hoster stadig."
    with any_db.session() as s:
        it = s.get(InboxItem, ids["thread"])
        assert (it.status, it.unread, it.claimed_by_id, it.version) == before == (ItemStatus.NEW, True, None, before[3])
    [entry] = _audit(any_db, Action.OPEN_ITEM)
    assert entry.patient_id == w.patient_id and "read-only" in entry.detail
    renewal = hist.history_item(any_db, me, w.patient_id, ids["renewal"])
    assert [ln.reason for ln in renewal.renewal.lines] == ["", "Kræver en konsultation"]


def test_an_item_of_another_patient_is_not_opened_through_this_history(db):
    w, ids = _history_world(db)
    me = _staff(db, w.clinic_id)
    with db.session() as s:
        others = s.scalars(select(InboxItem.id).where(InboxItem.subject.in_(("Andens", "Anden klinik")))).all()
    for item_id in others:
        with pytest.raises(NotFound):
            hist.history_item(db, me, w.patient_id, item_id)
    assert _audit(db, Action.OPEN_ITEM) == []
