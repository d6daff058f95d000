"""Stock phrases that fly: numbered favourites per staff member and clinic, and placeholders."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.models import AuditEntry, Clinic, PhraseFavourite, Provider, StaffUser, StockPhrase
from clinicdesk.services import auth
from clinicdesk.services.inbox import favourites, placeholders
from clinicdesk.services.inbox.placeholders import PlaceholderValues, fill_placeholders
from inbox_helpers import actor, add_econsult, make_world


def _phrase_ids(db, clinic_id) -> dict[str, int]:
    with db.session() as s:
        return {p.abbreviation: p.id for p in s.execute(
            select(StockPhrase).where(StockPhrase.clinic_id == clinic_id)).scalars()}


def test_set_replace_and_clear_a_favourite_is_stored_and_audited(db):
    w = make_world(db)
    ids = _phrase_ids(db, w.clinic_id)
    favs = favourites.set_favourite(db, w.receptionist, 1, ids["tak"])
    assert [(f.slot, f.phrase.abbreviation) for f in favs] == [(1, "tak")]
    favourites.set_favourite(db, w.receptionist, 3, ids["bt"])
    # replacing slot 1 keeps one row for the slot
    favs = favourites.set_favourite(db, w.receptionist, 1, ids["bt"])
    assert [(f.slot, f.phrase.abbreviation) for f in favs] == [(1, "bt"), (3, "bt")]
    assert favs[0].phrase.body.startswith("Dit blodtryk er fint")
    with db.session() as s:
        rows = s.execute(select(PhraseFavourite.slot, PhraseFavourite.phrase_id)
                         .where(PhraseFavourite.staff_id == w.receptionist.staff_id)
                         .order_by(PhraseFavourite.slot)).all()
        assert [tuple(r) for r in rows] == [(1, ids["bt"]), (3, ids["bt"])]
    favs = favourites.set_favourite(db, w.receptionist, 3, None)
    assert [f.slot for f in favs] == [1]
    with db.session() as s:
        details = s.execute(select(AuditEntry.detail).where(AuditEntry.action == "edit_settings",
                                                            AuditEntry.staff_id == w.receptionist.staff_id)
                            .order_by(AuditEntry.id)).scalars().all()
    assert details == [f"phrase favourite 1: phrase {ids['tak']}", f"phrase favourite 3: phrase {ids['bt']}",
                       f"phrase favourite 1: phrase {ids['bt']}", "phrase favourite 3: cleared"]


def test_favourites_belong_to_one_staff_member_at_one_clinic(db):
    w = make_world(db)
    ids = _phrase_ids(db, w.clinic_id)
    favourites.set_favourite(db, w.doctor, 1, ids["tak"])
    assert favourites.list_favourites(db, w.nurse) == ()
    # a second clinic where the doctor also works: its own phrases, its own favourites
    with db.write_session() as s:
        c2 = Clinic(name="Anden Klinik", display_name="Anden", portal_link="https://portal.example/anden")
        s.add(c2)
        s.flush()
        from clinicdesk.models import StaffMembership

        s.add(StaffMembership(staff_id=w.doctor.staff_id, clinic_id=c2.id, role=Role.DOCTOR))
        p2 = StockPhrase(clinic_id=c2.id, abbreviation="hej", title="Hej", body="Hej fra Anden")
        s.add(p2)
        s.flush()
        c2_id, p2_id = c2.id, p2.id
    there = auth.Actor(w.doctor.staff_id, w.doctor.full_name, c2_id, Role.DOCTOR, "Anden")
    assert favourites.list_favourites(db, there) == ()
    favourites.set_favourite(db, there, 1, p2_id)
    assert [f.phrase.body for f in favourites.list_favourites(db, there)] == ["Hej fra Anden"]
    assert [f.phrase.body for f in favourites.list_favourites(db, w.doctor)] == [
        "Tak for din besked. Venlig hilsen Lægehuset"]
    # another clinic's phrase cannot be a favourite here
    with pytest.raises(ValidationError) as exc:
        favourites.set_favourite(db, w.doctor, 2, p2_id)
    assert exc.value.code == "phrase_unknown"


def test_favourite_slot_must_be_1_to_9(db):
    w = make_world(db)
    ids = _phrase_ids(db, w.clinic_id)
    for slot in (0, 10):
        with pytest.raises(ValidationError) as exc:
            favourites.set_favourite(db, w.nurse, slot, ids["tak"])
        assert exc.value.code == "favourite_slot"
    assert favourites.list_favourites(db, w.nurse) == ()


def test_favourites_are_refused_to_a_deactivated_or_foreign_staff_member(db):
    w = make_world(db)
    ids = _phrase_ids(db, w.clinic_id)
    with db.write_session() as s:
        s.get(StaffUser, w.receptionist.staff_id).active = False
        c2 = Clinic(name="Fremmed", display_name="Fremmed", portal_link="https://portal.example/fremmed")
        s.add(c2)
        s.flush()
        c2_id = c2.id
    with pytest.raises(PermissionDenied):
        favourites.set_favourite(db, w.receptionist, 1, ids["tak"])
    stranger = auth.Actor(w.nurse.staff_id, w.nurse.full_name, c2_id, Role.NURSE, "Fremmed")
    with pytest.raises(PermissionDenied):
        favourites.set_favourite(db, stranger, 1, ids["tak"])
    with pytest.raises(PermissionDenied):
        favourites.list_favourites(db, stranger)
    with db.session() as s:
        assert s.execute(select(PhraseFavourite)).first() is None
        assert s.execute(select(AuditEntry).where(AuditEntry.action == "permission_denied")).first() is not None


def test_placeholders_are_filled_from_the_item(db):
    w = make_world(db)
    with db.write_session() as s:
        s.get(Provider, w.provider_id).display_name = "Dr. Dorthe"
    item = add_econsult(db, w, due=date(2025, 3, 7))
    values = placeholders.placeholder_values(db, w.receptionist, item)
    assert values == PlaceholderValues(fornavn="Ærling", behandler="Dr. Dorthe", klinik="Lægehuset", frist="07.03.2025")
    text = "Kære {fornavn}. {behandler} svarer senest {frist}. Hilsen {klinik}"
    assert fill_placeholders(text, values) == "Kære Ærling. Dr. Dorthe svarer senest 07.03.2025. Hilsen Lægehuset"


def test_placeholders_without_a_value_stay_as_typed_and_unknown_braces_are_text(db):
    w = make_world(db)
    item = add_econsult(db, w)  # no due date
    values = placeholders.placeholder_values(db, w.receptionist, item)
    assert values.frist == ""
    assert fill_placeholders("Svar inden {frist}, {fornavn}. {navn} {Fornavn}", values) == (
        "Svar inden {frist}, Ærling. {navn} {Fornavn}")
    assert fill_placeholders("{fornavn}", None) == "{fornavn}"


def test_placeholders_for_a_new_thread_name_the_chosen_patient_and_provider(db):
    w = make_world(db)
    v = placeholders.placeholder_values(db, w.doctor, patient_id=w.patient2_id, provider_id=w.provider2_id)
    assert (v.fornavn, v.behandler, v.klinik, v.frist) == ("Karen", "Bent Bruun, Praktiserende læge", "Lægehuset", "")
    v = placeholders.placeholder_values(db, w.doctor, patient_id=w.patient2_id)
    assert v.behandler == ""


def test_placeholders_stay_inside_the_clinic(db):
    from clinicdesk.domain.errors import NotFound
    from clinicdesk.models import Patient

    w = make_world(db)
    with db.write_session() as s:
        stranger = Patient(cpr="0303031234", first_name="Fremmed", last_name="Person")
        s.add(stranger)
        s.flush()
        sid = stranger.id
    with pytest.raises(NotFound):
        placeholders.placeholder_values(db, w.doctor, patient_id=sid)
