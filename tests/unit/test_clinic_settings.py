"""Clinic settings service: admin saves, others refused, validation, stale, holiday dates in UTC."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from clinicdesk.models import AuditEntry, Clinic, HolidayPeriod, Provider
from clinicdesk.domain.enums import Function, Role
from clinicdesk.services import auth
from clinicdesk.services import clinic_settings as cs
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import PermissionDenied, StaleData, ValidationError

PW = "Blå kaffekop 42"


def _practice(db):
    with db.write_session() as s:
        c = Clinic(name="Lægerne I/S", display_name="Lægerne", portal_link="laegerne")
        s.add(c)
        s.flush()
        s.add(Provider(clinic_id=c.id, name="Anne Berg", title="Praktiserende læge"))
        auth.create_staff(s, "admin", "Lone Admin", PW, {c.id: Role.ADMIN})
        auth.create_staff(s, "sek", "Bo Sekretær", PW, {c.id: Role.RECEPTIONIST})
        cid = c.id
    admin = auth.login(db, "admin", PW).actor_for(cid)
    sek = auth.login(db, "sek", PW).actor_for(cid)
    return cid, admin, sek


def _audits(db, action):
    with db.session() as s:
        return [(e.staff_id, e.detail) for e in s.scalars(select(AuditEntry).where(AuditEntry.action == action))]


def test_admin_saves_clinic_settings_and_the_change_is_audited(any_db):
    cid, admin, _ = _practice(any_db)
    st = cs.load_settings(any_db, admin)
    saved = cs.save_clinic(any_db, admin, {"renewal_enabled": False, "max_econsult_length": 800,
                                           "display_name": "  Lægehuset  "}, st.clinic.version)
    assert set(saved.changed) == {"renewal_enabled", "max_econsult_length", "display_name"}
    after = cs.load_settings(any_db, admin)
    assert after.clinic.renewal_enabled is False
    assert after.clinic.max_econsult_length == 800
    assert after.clinic.display_name == "Lægehuset"
    assert after.clinic.version == saved.version != st.clinic.version
    details = _audits(any_db, Action.EDIT_SETTINGS)
    assert len(details) == 1 and details[0][0] == admin.staff_id
    assert "renewal_enabled" in details[0][1] and "Lægehuset" not in details[0][1]


def test_receptionist_is_refused_and_the_refusal_is_audited(db):
    cid, admin, sek = _practice(db)
    version = cs.load_settings(db, admin).clinic.version
    with pytest.raises(PermissionDenied):
        cs.save_clinic(db, sek, {"renewal_enabled": False}, version)
    with pytest.raises(PermissionDenied):
        cs.load_settings(db, sek)
    assert cs.load_settings(db, admin).clinic.renewal_enabled is True
    denied = _audits(db, Action.PERMISSION_DENIED)
    assert (sek.staff_id, "edit_clinic_settings") in denied
    assert _audits(db, Action.EDIT_SETTINGS) == []


@pytest.mark.parametrize("changes, field, words", [
    ({"max_econsult_length": 20}, "max_econsult_length", "mellem 50 og 4000"),
    ({"max_econsult_length": 5000}, "max_econsult_length", "mellem 50 og 4000"),
    ({"booking_min_notice_days": 30, "booking_max_horizon_days": 10}, "booking_min_notice_days", "kortere end"),
    ({"display_name": "  "}, "display_name", "Udfyld"),
    ({"signup_mode": "sometimes"}, "signup_mode", "tilmeldingsform"),
    # issue 9, finding 4: a line break in the name would stop every mail
    ({"display_name": "Åbakken\r\nBcc: alle@example.dk"}, "display_name", "linjeskift"),
    ({"display_name": "Åbakken\u2028Bcc"}, "display_name", "linjeskift"),
    ({"display_name": "Åbakken\x00"}, "display_name", "kontroltegn"),
    ({"display_name": "Lægehuset \u202eØ"}, "display_name", "skriveretningen"),
])
def test_invalid_clinic_values_get_a_danish_message(db, changes, field, words):
    cid, admin, _ = _practice(db)
    st = cs.load_settings(db, admin)
    with pytest.raises(ValidationError) as exc:
        cs.save_clinic(db, admin, changes, st.clinic.version)
    assert exc.value.details["field"] == field
    assert words in str(exc.value)
    assert cs.load_settings(db, admin) == st


def test_stale_version_is_refused(db):
    cid, admin, _ = _practice(db)
    st = cs.load_settings(db, admin)
    cs.save_clinic(db, admin, {"econsult_enabled": False}, st.clinic.version)
    with pytest.raises(StaleData):
        cs.save_clinic(db, admin, {"renewal_enabled": False}, st.clinic.version)
    assert cs.load_settings(db, admin).clinic.renewal_enabled is True


def test_provider_booking_only_while_booking_is_on_for_the_clinic(db):
    cid, admin, _ = _practice(db)
    st = cs.load_settings(db, admin)
    p = st.providers[0]
    saved = cs.save_provider(db, admin, p.id, {"booking_enabled": False}, p.version)
    st2 = cs.load_settings(db, admin)
    cs.save_clinic(db, admin, {"booking_enabled": False}, st2.clinic.version)
    with pytest.raises(ValidationError) as exc:
        cs.save_provider(db, admin, p.id, {"booking_enabled": True}, saved.version)
    assert "hele klinikken" in str(exc.value)


def test_holiday_dates_are_copenhagen_midnight_in_utc_across_dst(db):
    cid, admin, _ = _practice(db)
    # DST ends Sunday 25 Oct 2026: first day in summer time, day after the last in winter time
    saved = cs.add_holiday(db, admin, {"start_date": date(2026, 10, 19), "end_date": date(2026, 10, 25),
                                      "message": "Vi holder efterårsferie.", "standin_clinic": "Lægehuset Øst",
                                      "standin_phone": "12345678"})
    with db.session() as s:
        h = s.get(HolidayPeriod, saved.id)
        assert h.starts_at == datetime(2026, 10, 18, 22, 0, tzinfo=timezone.utc)  # 00:00 CEST
        assert h.ends_at == datetime(2026, 10, 25, 23, 0, tzinfo=timezone.utc)  # 26 Oct 00:00 CET
    hv = cs.load_settings(db, admin).holidays[0]
    assert (hv.start_date, hv.end_date) == (date(2026, 10, 19), date(2026, 10, 25))
    # the preview shows it while it is in force
    page = cs.preview_front_page(cs.load_settings(db, admin), now=datetime(2026, 10, 20, 10, tzinfo=timezone.utc))
    assert "efterårsferie" in page.holiday_message and "Lægehuset Øst" in page.holiday_message
    assert not page.is_open(Function.RENEWAL) and page.is_open(Function.BOOKING)
    assert any("holiday" in d for _, d in _audits(db, Action.EDIT_SETTINGS))


def test_holiday_validation_and_delete(db):
    cid, admin, _ = _practice(db)
    with pytest.raises(ValidationError) as exc:
        cs.add_holiday(db, admin, {"start_date": date(2030, 7, 10), "end_date": date(2030, 7, 1), "message": "x"})
    assert "efter den første dag" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        cs.add_holiday(db, admin, {"start_date": date(2030, 7, 1), "end_date": date(2030, 7, 20)})
    assert exc.value.details["field"] == "message"
    saved = cs.add_holiday(db, admin, {"start_date": date(2030, 7, 1), "end_date": date(2030, 7, 20),
                                      "message": "Sommerferie."})
    upd = cs.update_holiday(db, admin, saved.id, {"end_date": date(2030, 7, 27)}, saved.version)
    assert upd.changed == ("end_date",)
    with pytest.raises(StaleData):
        cs.delete_holiday(db, admin, saved.id, saved.version)
    cs.delete_holiday(db, admin, saved.id, upd.version)
    assert cs.load_settings(db, admin).holidays == ()



def test_one_save_for_the_whole_dialog_is_all_or_nothing(db):
    cid, admin, _ = _practice(db)
    st = cs.load_settings(db, admin)
    p = st.providers[0]
    good = replace(cs.HolidayValues.new(date(2030, 7, 1), date(2030, 7, 20)), message="Sommerferie.")
    bad = replace(good, start_date=date(2030, 10, 20), end_date=date(2030, 10, 16))
    changes = cs.changes_between(st, {"renewal_enabled": False}, [replace(p, title="Læge")], [good, bad])
    with pytest.raises(ValidationError) as exc:
        cs.save_settings(db, admin, changes)
    assert exc.value.details["section"] == "holiday" and "efter den første dag" in str(exc.value)
    assert cs.load_settings(db, admin) == st  # nothing written
    assert _audits(db, Action.EDIT_SETTINGS) == []

    saved = cs.save_settings(db, admin, cs.changes_between(st, {"renewal_enabled": False},
                                                           [replace(p, title="Læge")], [good]))
    after = cs.load_settings(db, admin)
    assert len(saved) == 3 and after.clinic.renewal_enabled is False and after.providers[0].title == "Læge"
    assert [(h.start_date, h.message) for h in after.holidays] == [(date(2030, 7, 1), "Sommerferie.")]
    # a save from the old snapshot: its versions are stale, and nothing is written
    with pytest.raises(StaleData):
        cs.save_settings(db, admin, cs.changes_between(st, {}, [replace(p, title="Speciallæge")]))
    assert cs.load_settings(db, admin) == after
    # a holiday no longer among the rows is deleted
    cs.save_settings(db, admin, cs.changes_between(after, {}, [], ()))
    assert cs.load_settings(db, admin).holidays == ()


# ----------------------------------------------------------------------------- issue 12, item 6
def test_attachment_limits_are_settings_and_a_file_over_the_clinics_limit_is_refused_naming_it(db):
    from clinicdesk.services.attachments import AttachmentRefused, check_clinic_files, clinic_limits
    from clinicdesk.services.portal_rules import check_attachments

    cid, admin, sek = _practice(db)
    st = cs.load_settings(db, admin)
    assert (st.clinic.max_patient_attachments, st.clinic.max_clinic_attachments, st.clinic.max_attachment_mb) == (
        3, 9, 10)
    changes = cs.changes_between(st, {"max_attachment_mb": 2, "max_clinic_attachments": 4})
    cs.save_settings(db, admin, changes)
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * (3 * 1024 * 1024)  # 3 MB: under the portal's 10, over the clinic's 2
    with db.session() as s:
        clinic = s.get(Clinic, cid)
        assert clinic_limits(clinic, from_patient=False) == (4, 2)
        assert clinic_limits(clinic, from_patient=True) == (3, 2)
        with pytest.raises(AttachmentRefused) as exc:
            check_clinic_files(clinic, [("scanning.png", png)], from_patient=False)
        assert exc.value.code == "attachment_too_large"
        assert str(exc.value) == ("Filen scanning.png er større end 2 MB, som er klinikkens grænse for én fil. "
                                  "Gør den mindre, og prøv igen.")
        with pytest.raises(AttachmentRefused) as exc:
            check_clinic_files(clinic, [(f"{i}.png", png[:100]) for i in range(5)], from_patient=False)
        assert "højst vedhæftes 4 filer" in str(exc.value)
        # the patient's side words it for the patient, with the clinic's limit too
        from clinicdesk.domain.refusals import PortalRefusal

        with pytest.raises(PortalRefusal) as exc:
            check_attachments(clinic, [("scanning.png", png)])
        assert "højst fylde 2 MB" in str(exc.value)
    assert any("max_attachment_mb" in d for _s, d in _audits(db, Action.EDIT_SETTINGS))


@pytest.mark.parametrize("field, value, words", [
    ("max_patient_attachments", 4, "mellem 1 og 3"),
    ("max_clinic_attachments", 0, "mellem 1 og 9"),
    ("max_attachment_mb", 11, "mellem 1 og 10"),
])
def test_attachment_limits_outside_the_portals_ceiling_are_refused(db, field, value, words):
    cid, admin, _ = _practice(db)
    st = cs.load_settings(db, admin)
    with pytest.raises(ValidationError) as exc:
        cs.save_settings(db, admin, cs.changes_between(st, {field: value}))
    assert words in str(exc.value) and exc.value.details == {"field": field, "section": "clinic"}
    assert getattr(cs.load_settings(db, admin).clinic, field) == getattr(st.clinic, field)


def test_opening_hours_are_edited_in_one_save_and_audited_by_weekday(db):
    from datetime import time

    from clinicdesk.models.staff import ClinicOpeningHours
    from clinicdesk.services.opening_hours import DEFAULT_WEEK, Span

    cid, admin, sek = _practice(db)
    with db.write_session() as s:
        for span in DEFAULT_WEEK:
            s.add(ClinicOpeningHours(clinic_id=cid, weekday=span.weekday, opens=span.opens, closes=span.closes))
    st = cs.load_settings(db, admin)
    assert st.opening_hours == DEFAULT_WEEK
    # Wednesday split, Friday closed, Saturday morning; together with a clinic change, one transaction
    week = [sp for sp in DEFAULT_WEEK if sp.weekday not in (2, 4)] + [
        Span(2, time(8), time(12)), Span(2, time(13), time(17)), Span(5, time(9), time(11))]
    changes = cs.changes_between(st, {"max_econsult_length": 600}, opening_hours=week)
    assert cs.changes_between(st, {}, opening_hours=reversed(DEFAULT_WEEK)).opening_hours is None  # no change
    cs.save_settings(db, admin, changes)
    after = cs.load_settings(db, admin)
    assert after.opening_hours == tuple(sorted(week))
    assert after.clinic.max_econsult_length == 600
    details = [d for _s, d in _audits(db, Action.EDIT_SETTINGS)]
    assert "opening hours: onsdag, fredag, lørdag" in details
    # a receptionist cannot, overlapping spans are refused in Danish, and a stale week is refused
    with pytest.raises(PermissionDenied):
        cs.save_settings(db, sek, cs.changes_between(after, {}, opening_hours=DEFAULT_WEEK))
    bad = list(after.opening_hours) + [Span(0, time(15), time(18))]
    with pytest.raises(ValidationError) as exc:
        cs.save_settings(db, admin, cs.changes_between(after, {"max_econsult_length": 700}, opening_hours=bad))
    assert str(exc.value) == "Åbningstiderne om mandagen overlapper hinanden."
    assert exc.value.details["section"] == "opening_hours"
    assert cs.load_settings(db, admin).clinic.max_econsult_length == 600  # nothing half-written
    with pytest.raises(StaleData):
        cs.save_settings(db, admin, cs.changes_between(st, {}, opening_hours=DEFAULT_WEEK[:4]))  # loaded before
    assert cs.load_settings(db, admin).opening_hours == tuple(sorted(week))
