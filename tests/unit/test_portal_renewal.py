"""Prescription renewals through the portal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from clinicdesk.models import HolidayPeriod, InboxItem, Provider, RenewalLine, RenewalRequest
from clinicdesk.domain.enums import ItemKind, ItemStatus, LineDecision
from clinicdesk.portal import PortalRefusal, request_renewal
from portal_world import ADULT, NOW, OUTSIDER, RECEIVER, build_world, set_clinic


def refused(code, *args, **kwargs):
    with pytest.raises(PortalRefusal) as exc:
        request_renewal(*args, **kwargs)
    assert exc.value.code == code, exc.value.message
    return exc.value


def test_renewal_accepted_with_lines_pharmacy_and_own_doctor(any_db):
    w = build_world(any_db)
    r = request_renewal(any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok, w.med_ok2], pharmacy_id=w.pharmacy_id,
                        comment="Gerne hurtigt", now=NOW)
    assert r.kind == "renewal" and r.due_date == date(2026, 3, 5)
    with any_db.session() as s:
        item = s.get(InboxItem, r.item_id)
        assert (item.kind, item.status, item.provider_id) == (ItemKind.RENEWAL, ItemStatus.NEW, w.doctor_id)
        assert item.preview == "Metformin 500 mg, Amlodipin 5 mg"
        req = s.get(RenewalRequest, r.item_id)
        assert (req.pharmacy_id, req.comment) == (w.pharmacy_id, "Gerne hurtigt")
        assert [(ln.medication_id, ln.decision) for ln in req.lines] == [
            (w.med_ok, LineDecision.PENDING), (w.med_ok2, LineDecision.PENDING)]


def test_addictive_medicine_is_not_renewable_online(any_db):
    w = build_world(any_db)
    e = refused("addictive", any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok, w.med_addictive],
                pharmacy_id=w.pharmacy_id, now=NOW)
    assert "Zopiclon" in e.message and "tid" in e.message
    with any_db.session() as s:
        assert s.scalars(select(InboxItem)).all() == []


def test_repeats_left_at_the_pharmacy(any_db):
    w = build_world(any_db)
    e = refused("repeats_left", any_db, w.clinic_id, ADULT, medication_ids=[w.med_repeats], pharmacy_id=w.pharmacy_id,
                now=NOW)
    assert "2 udlevering" in e.message


def test_only_own_medication_and_a_pharmacy(any_db):
    w = build_world(any_db)
    refused("medication_unknown", any_db, w.clinic_id, ADULT, medication_ids=[w.med_other_patient],
            pharmacy_id=w.pharmacy_id, now=NOW)
    refused("nothing_selected", any_db, w.clinic_id, ADULT, medication_ids=[], pharmacy_id=w.pharmacy_id, now=NOW)
    refused("pharmacy_unknown", any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok], pharmacy_id=None, now=NOW)
    refused("pharmacy_unknown", any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok], pharmacy_id=99999, now=NOW)


def test_the_same_medicine_twice_while_pending(any_db):
    w = build_world(any_db)
    first = request_renewal(any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok], pharmacy_id=w.pharmacy_id, now=NOW)
    refused("already_requested", any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok, w.med_ok2],
            pharmacy_id=w.pharmacy_id, now=NOW)
    with any_db.write_session() as s:
        s.scalars(select(RenewalLine).where(RenewalLine.item_id == first.item_id)).one().decision = LineDecision.APPROVED
    assert request_renewal(any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok], pharmacy_id=w.pharmacy_id,
                           now=NOW).item_id


def test_switches_rights_holiday_and_provider(any_db):
    w = build_world(any_db)
    args = dict(medication_ids=[w.med_ok], pharmacy_id=w.pharmacy_id, now=NOW)
    refused("provider_closed", any_db, w.clinic_id, ADULT, provider_id=w.closed_id, **args)
    refused("not_registered", any_db, w.clinic_id, OUTSIDER, **args)
    with any_db.write_session() as s:
        s.add(HolidayPeriod(clinic_id=w.clinic_id, starts_at=NOW - timedelta(hours=1), ends_at=NOW + timedelta(hours=1)))
    refused("holiday", any_db, w.clinic_id, ADULT, **args)
    set_clinic(any_db, w.clinic_id, renewal_enabled=False)
    refused("renewal_closed", any_db, w.clinic_id, ADULT, **args)


def test_receive_only_patient_and_own_doctor_closed(any_db):
    from clinicdesk.models import ClinicPatient
    from clinicdesk.domain.enums import RightMode

    w = build_world(any_db)
    with any_db.write_session() as s:
        cp = s.scalars(select(ClinicPatient).where(ClinicPatient.patient_id == w.patient_id)).one()
        cp.renewal_right = RightMode.RECEIVE_ONLY
    refused("receive_only", any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok], pharmacy_id=w.pharmacy_id, now=NOW)
    with any_db.write_session() as s:
        cp = s.scalars(select(ClinicPatient).where(ClinicPatient.patient_id == w.patient_id)).one()
        cp.renewal_right = RightMode.ALLOWED
        s.get(Provider, w.doctor_id).renewal_enabled = False
    # the own doctor takes no renewals: the request goes to the clinic as a whole
    r = request_renewal(any_db, w.clinic_id, ADULT, medication_ids=[w.med_ok], pharmacy_id=w.pharmacy_id, now=NOW)
    with any_db.session() as s:
        assert s.get(InboxItem, r.item_id).provider_id is None
    assert RECEIVER  # the receive-only patient of the world is covered in the e-consultation tests
