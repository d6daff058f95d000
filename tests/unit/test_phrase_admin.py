"""Stock phrases edited (issue 12, item 5): clinic phrases for admins, doctors and nurses,
personal phrases for everyone, CSV export and import (all or nothing), audited."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import NotFound, PermissionDenied, StaleData, ValidationError
from clinicdesk.models import AuditEntry, PhraseFavourite, StaffMembership, StockPhrase
from clinicdesk.services import auth, phrase_admin
from clinicdesk.services.inbox import favourites
from clinicdesk.services.inbox.phrases import expand_phrase, list_stock_phrases
from clinicdesk.services.phrase_admin import PhraseValues
from inbox_helpers import make_world


def _audit(db, action="edit_stock_phrases"):
    with db.session() as s:
        return s.execute(select(AuditEntry.detail).where(AuditEntry.action == action)
                         .order_by(AuditEntry.id)).scalars().all()


def _count(db):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(StockPhrase))


def test_clinic_phrases_are_edited_by_doctors_nurses_and_admins_not_by_receptionists(db):
    w = make_world(db)
    row = phrase_admin.save_phrase(db, w.nurse, PhraseValues(" ring ", "Ring til os", "Ring til os, {fornavn}."),
                                   personal=False)
    assert (row.abbreviation, row.title, row.personal) == ("ring", "Ring til os", False)
    changed = phrase_admin.save_phrase(db, w.doctor, PhraseValues("ring", "Ring til klinikken", row.body),
                                       personal=False, phrase_id=row.id, expected_version=row.version)
    assert changed.title == "Ring til klinikken" and changed.version == row.version + 1
    # the receptionist reads the clinic's phrases but cannot change them; nothing is written
    assert "ring" in [p.abbreviation for p in phrase_admin.list_phrases(db, w.receptionist, personal=False)]
    with pytest.raises(PermissionDenied):
        phrase_admin.save_phrase(db, w.receptionist, PhraseValues("x", "X", "X"), personal=False)
    with pytest.raises(PermissionDenied):
        phrase_admin.delete_phrase(db, w.receptionist, row.id, changed.version, personal=False)
    # a stale version is refused
    with pytest.raises(StaleData):
        phrase_admin.save_phrase(db, w.nurse, PhraseValues("ring", "Gammel", "Gammel"), personal=False,
                                 phrase_id=row.id, expected_version=row.version)
    phrase_admin.delete_phrase(db, w.doctor, row.id, changed.version, personal=False)
    assert "ring" not in [p.abbreviation for p in phrase_admin.list_phrases(db, w.doctor, personal=False)]
    assert _audit(db) == [f"clinic phrase {row.id} added", f"clinic phrase {row.id} changed: title",
                          f"clinic phrase {row.id} removed"]
    assert _audit(db, "permission_denied")[-2:] == ["edit_stock_phrases", "edit_stock_phrases"]


def test_personal_phrases_are_seen_and_used_only_by_their_owner(db):
    w = make_world(db)
    mine = phrase_admin.save_phrase(db, w.receptionist, PhraseValues("mvh", "Min hilsen", "Mvh Rasmus"),
                                    personal=True)
    assert mine.personal
    assert [p.abbreviation for p in phrase_admin.list_phrases(db, w.receptionist, personal=True)] == ["mvh"]
    assert phrase_admin.list_phrases(db, w.nurse, personal=True) == ()
    assert "mvh" not in [p.abbreviation for p in phrase_admin.list_phrases(db, w.receptionist, personal=False)]
    # the composer offers the clinic's phrases and the user's own
    assert [p.abbreviation for p in list_stock_phrases(db, w.receptionist)] == ["bt", "mvh", "tak"]
    assert [p.abbreviation for p in list_stock_phrases(db, w.nurse)] == ["bt", "tak"]
    assert expand_phrase(db, w.receptionist, "MVH") == "Mvh Rasmus"
    assert expand_phrase(db, w.nurse, "mvh") is None
    # a personal phrase with a clinic phrase's abbreviation wins for its owner only
    phrase_admin.save_phrase(db, w.receptionist, PhraseValues("tak", "Min tak", "Tusind tak!"), personal=True)
    assert expand_phrase(db, w.receptionist, "tak") == "Tusind tak!"
    assert expand_phrase(db, w.nurse, "tak") == "Tak for din besked. Venlig hilsen Lægehuset"
    # another's personal phrase: not found, not a favourite, not deletable
    with pytest.raises(NotFound):
        phrase_admin.delete_phrase(db, w.nurse, mine.id, mine.version, personal=True)
    with pytest.raises(ValidationError) as exc:
        favourites.set_favourite(db, w.nurse, 1, mine.id)
    assert exc.value.code == "phrase_unknown"
    favs = favourites.set_favourite(db, w.receptionist, 2, mine.id)
    assert [(f.slot, f.phrase.body) for f in favs] == [(2, "Mvh Rasmus")]
    # removing it removes the favourite that held it
    phrase_admin.delete_phrase(db, w.receptionist, mine.id, mine.version, personal=True)
    assert favourites.list_favourites(db, w.receptionist) == ()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(PhraseFavourite)) == 0


def test_personal_phrases_belong_to_one_clinic_for_shared_staff(db):
    w = make_world(db)
    from clinicdesk.models import Clinic

    with db.write_session() as s:
        c2 = Clinic(name="Anden", display_name="Anden", portal_link="https://portal.example/anden2")
        s.add(c2)
        s.flush()
        s.add(StaffMembership(staff_id=w.receptionist.staff_id, clinic_id=c2.id, role=Role.RECEPTIONIST))
        c2_id = c2.id
    phrase_admin.save_phrase(db, w.receptionist, PhraseValues("mvh", "Hilsen", "Mvh"), personal=True)
    there = auth.Actor(w.receptionist.staff_id, w.receptionist.full_name, c2_id, Role.RECEPTIONIST, "Anden")
    assert phrase_admin.list_phrases(db, there, personal=True) == ()
    assert list_stock_phrases(db, there) == ()


@pytest.mark.parametrize("values, field, code", [
    (PhraseValues("", "Titel", "Tekst"), "abbreviation", "empty_text"),
    (PhraseValues("to ord", "Titel", "Tekst"), "abbreviation", "phrase_abbreviation"),
    (PhraseValues("x" * 21, "Titel", "Tekst"), "abbreviation", "too_long"),
    (PhraseValues("ok", "", "Tekst"), "title", "empty_text"),
    (PhraseValues("ok", "Titel", "  "), "body", "empty_text"),
    (PhraseValues("ok", "Titel", "Hej\u202e med dig"), "body", "bidi_control"),
    (PhraseValues("ok", "Titel", "Kære {navn}"), "body", "phrase_placeholder"),
    (PhraseValues("tak", "Titel", "Igen"), "abbreviation", "phrase_taken"),
])
def test_a_wrong_phrase_is_refused_with_a_danish_message_and_nothing_is_stored(db, values, field, code):
    w = make_world(db)
    before = _count(db)
    with pytest.raises(ValidationError) as exc:
        phrase_admin.save_phrase(db, w.doctor, values, personal=False)
    assert (exc.value.details.get("field"), exc.value.code) == (field, code)
    assert _count(db) == before
    if code == "phrase_placeholder":
        assert "{navn}" in str(exc.value) and "{fornavn}" in str(exc.value)
    if code == "phrase_taken":
        assert str(exc.value) == "Forkortelsen »tak« bruges allerede af standardteksten »Tak for beskeden«. Vælg en anden."


def test_csv_round_trip_changes_nothing_and_an_edited_file_adds_and_changes(db):
    w = make_world(db)
    phrase_admin.save_phrase(db, w.doctor, PhraseValues("lang", "Flere linjer", 'Linje 1; "citat"\nLinje 2, {frist}'),
                             personal=False)
    text = phrase_admin.export_csv(db, w.doctor, personal=False)
    assert text.splitlines()[0] == "forkortelse;titel;tekst"
    before = phrase_admin.list_phrases(db, w.doctor, personal=False)
    result = phrase_admin.import_csv(db, w.doctor, "\ufeff" + text, personal=False)
    assert (result.added, result.changed, result.unchanged) == (0, 0, 3)
    assert phrase_admin.list_phrases(db, w.doctor, personal=False) == before  # not even a version moved
    edited = text.replace("Blodtryk", "Blodtrykket") + "ny;Ny tekst;Hej {fornavn}\r\n"
    result = phrase_admin.import_csv(db, w.doctor, edited, personal=False)
    assert (result.added, result.changed, result.unchanged) == (1, 1, 2)
    after = {p.abbreviation: p for p in phrase_admin.list_phrases(db, w.doctor, personal=False)}
    assert after["bt"].title == "Blodtrykket" and after["ny"].body == "Hej {fornavn}"
    assert after["lang"].body == 'Linje 1; "citat"\nLinje 2, {frist}'
    assert _audit(db)[-2:] == ["clinic phrases imported: 0 added, 0 changed, 3 unchanged",
                               "clinic phrases imported: 1 added, 1 changed, 2 unchanged"]
    # a personal import goes to the importer's own list, and a comma file is read too
    result = phrase_admin.import_csv(db, w.receptionist, "abbreviation,title,text\nmvh,Hilsen,\"Mvh, Rasmus\"\n",
                                     personal=True)
    assert result.added == 1
    assert [(p.abbreviation, p.body) for p in phrase_admin.list_phrases(db, w.receptionist, personal=True)] == [
        ("mvh", "Mvh, Rasmus")]


def test_a_bad_csv_line_is_reported_with_its_line_number_in_danish_and_nothing_is_imported(db):
    w = make_world(db)
    before = _count(db)
    text = ("forkortelse;titel;tekst\n"
            "god;God;En god linje\n"
            "\n"
            "to ord;Titel;Tekst\n"
            "uden;Kun to felter\n"
            "god;Igen;Samme forkortelse\n"
            "pl;Pladsholder;Kære {navn}\n")
    with pytest.raises(ValidationError) as exc:
        phrase_admin.import_csv(db, w.doctor, text, personal=False)
    message = str(exc.value)
    assert message.startswith("Filen er ikke indlæst (intet er gemt). Ret linjerne og prøv igen:")
    assert "Linje 4: Forkortelsen må kun bestå af bogstaver" in message
    assert "Linje 5: Linjen har 2 felter, men skal have 3" in message
    assert "Linje 6: Forkortelsen »god« står også i linje 2." in message
    assert "Linje 7: Teksten har en ukendt pladsholder: {navn}." in message
    assert [n for n, _m in exc.value.details["lines"]] == [4, 5, 6, 7]
    assert _count(db) == before
    # a file without the header
    with pytest.raises(ValidationError) as exc:
        phrase_admin.import_csv(db, w.doctor, "tak;Tak;Tak\n", personal=False)
    assert str(exc.value).endswith("Linje 1: Den første linje skal være overskrifterne »forkortelse;titel;tekst«.")
    # a receptionist cannot import clinic phrases
    with pytest.raises(PermissionDenied):
        phrase_admin.import_csv(db, w.receptionist, "forkortelse;titel;tekst\na;A;A\n", personal=False)
    assert _count(db) == before
