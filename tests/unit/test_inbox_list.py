"""Inbox folders, counts, the paged list, filters and search."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from clinicdesk.domain.errors import PermissionDenied
from sqlalchemy import select

from clinicdesk.models import AuditEntry
from clinicdesk.domain.enums import ItemKind, ItemStatus, Role
from clinicdesk.services import inbox
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox import Folder, ItemQuery, Sort
from inbox_helpers import add_booking, add_econsult, add_renewal, add_signup, make_world

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _all_ids(db, actor, query, limit):
    ids, after, pages = [], None, 0
    while True:
        page = inbox.list_items(db, actor, query, after=after, limit=limit)
        ids += [r.id for r in page.rows]
        pages += 1
        if page.next_cursor is None:
            return ids, pages
        after = page.next_cursor


def test_keyset_pages_cover_every_item_once_newest_first(world):
    db, w = world
    made = [add_econsult(db, w, f"Besked {i}", received_at=T0 + timedelta(minutes=i // 2)) for i in range(23)]
    ids, pages = _all_ids(db, w.doctor, ItemQuery(folder=Folder.ALL_OPEN), limit=5)
    assert pages == 5
    assert sorted(ids) == sorted(made) and len(ids) == len(set(ids))
    # newest first; equal times ordered by id descending
    expected = sorted(made, key=lambda i: (made.index(i) // 2, i), reverse=True)
    assert ids == expected


def test_due_sort_puts_items_without_due_date_last(world):
    db, w = world
    a = add_econsult(db, w, "a", due=date(2026, 11, 10))
    b = add_econsult(db, w, "b", due=None)
    c = add_econsult(db, w, "c", due=date(2026, 11, 5))
    d = add_econsult(db, w, "d", due=date(2026, 11, 5))
    ids, _ = _all_ids(db, w.doctor, ItemQuery(sort=Sort.DUE_ASC), limit=1)
    assert ids == [c, d, a, b]


def test_folder_counts_and_rows_follow_status_kind_and_due(world):
    db, w = world
    now = datetime.now(timezone.utc)
    yesterday = (now - timedelta(days=3)).date()
    e1 = add_econsult(db, w, "Gammel", due=yesterday)
    add_econsult(db, w, "Ny")
    add_econsult(db, w, "Venter", status=ItemStatus.AWAITING_PATIENT)
    add_econsult(db, w, "Færdig", status=ItemStatus.DONE, due=yesterday)
    add_renewal(db, w)
    add_booking(db, w, now + timedelta(days=3))
    add_signup(db, w)
    counts = inbox.folder_counts(db, w.doctor)
    assert counts[Folder.NEW] == 5
    assert counts[Folder.ALL_OPEN] == 6
    assert counts[Folder.AWAITING_PATIENT] == 1
    assert counts[Folder.DONE] == 1
    assert counts[Folder.OVERDUE] == 1
    assert counts[Folder.ECONSULT] == 3
    assert counts[Folder.RENEWAL] == counts[Folder.BOOKING] == counts[Folder.SIGNUP] == 1
    assert counts[Folder.MINE] == 0
    rows = inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.OVERDUE)).rows
    assert [r.id for r in rows] == [e1]
    r = rows[0]
    assert r.overdue and r.unread and r.kind == ItemKind.ECONSULT
    assert r.patient_name == "Ærling Østergaard" and r.cpr_display == "010190-1234"
    assert r.provider_label == "Dorthe Læge, Praktiserende læge"
    assert r.preview == "Gammel"
    kinds = {r.kind for r in inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.RENEWAL)).rows}
    assert kinds == {ItemKind.RENEWAL}


def test_mine_counts_claims_assignments_and_role(world):
    db, w = world
    a = add_econsult(db, w, "a")
    b = add_econsult(db, w, "b")
    c = add_econsult(db, w, "c")
    add_econsult(db, w, "d")
    inbox.open_item(db, w.doctor, a)  # claimed by me
    ob = inbox.open_item(db, w.nurse, b)
    inbox.assign(db, w.nurse, b, staff_id=w.doctor.staff_id, expected_version=ob.detail.version)
    oc = inbox.open_item(db, w.nurse, c)
    inbox.assign(db, w.nurse, c, role=Role.DOCTOR, expected_version=oc.detail.version)
    assert inbox.folder_counts(db, w.doctor)[Folder.MINE] == 3
    assert inbox.folder_counts(db, w.doctor2)[Folder.MINE] == 1  # "alle læger"
    assert inbox.folder_counts(db, w.nurse)[Folder.MINE] == 0
    mine = {r.id for r in inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.MINE)).rows}
    assert mine == {a, b, c}
    rows = {r.id: r for r in inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.ALL_OPEN)).rows}
    assert rows[a].claimed_by_name == "Dorthe Læge" and rows[a].claim_text.startswith("Behandles af Dorthe Læge siden ")
    assert rows[b].assignee_label == "Dorthe Læge"
    assert rows[c].assignee_label == "Alle læger"
    assert {r.id for r in inbox.list_items(db, w.doctor, ItemQuery(assignee=Role.DOCTOR)).rows} == {c}
    assert {r.id for r in inbox.list_items(db, w.doctor, ItemQuery(assignee=w.doctor.staff_id)).rows} == {b}


def test_filters_by_provider_kind_and_status(world):
    db, w = world
    a = add_econsult(db, w, "a", provider_id=w.provider2_id)
    add_econsult(db, w, "b")
    add_renewal(db, w)
    assert [r.id for r in inbox.list_items(db, w.doctor, ItemQuery(provider_id=w.provider2_id)).rows] == [a]
    assert len(inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.ALL, kind=ItemKind.ECONSULT)).rows) == 2
    assert inbox.list_items(db, w.doctor, ItemQuery(status=ItemStatus.DONE)).rows == ()


def test_search_by_cpr_name_and_text_is_audited(world):
    db, w = world
    a = add_econsult(db, w, "Hovedpine om morgenen")
    b = add_econsult(db, w, "Første linje\nUdslæt på armen", patient_id=w.patient2_id)
    def search(term):
        return {r.id for r in inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.ALL, search=term)).rows}
    assert search("010190-1234") == {a}
    assert search("0202855678") == {b}
    assert search("020285") == {b}  # the first digits (a birth date)
    assert search("hansen") == {b}
    assert search("Ærling Øster") == {a}
    assert search("udslæt") == {b}  # in the message, not the first line
    assert search("HOVEDPINE") == {a}
    assert search("100%") == set()
    with db.session() as s:
        terms = s.execute(select(AuditEntry.search_term).where(AuditEntry.action == Action.SEARCH_PATIENT)
                          .order_by(AuditEntry.id)).scalars().all()
    assert terms[:3] == ["010190-1234", "0202855678", "020285"]
    assert len(terms) == 8


def test_other_clinic_items_are_invisible(world):
    db, w = world
    add_econsult(db, w, "a")
    from dataclasses import replace

    other = replace(w.doctor, clinic_id=w.clinic_id + 999)
    # not a member of that clinic: refused outright (rights are read from the database at every call)
    with pytest.raises(PermissionDenied):
        inbox.list_items(db, other, ItemQuery(folder=Folder.ALL))
    with pytest.raises(PermissionDenied):
        inbox.folder_counts(db, other)


@pytest.mark.parametrize("query, urgent", [
    (ItemQuery(folder=Folder.ALL), True),  # the first query (the urgent items) finds the row
    (ItemQuery(folder=Folder.ALL), False),  # the first query finds nothing, the second the row
    (ItemQuery(folder=Folder.ALL, sort=Sort.DUE_ASC), False),  # one query, which finds the row
    (ItemQuery(folder=Folder.DONE), False),  # an empty folder must not hide a refusal
])
def test_a_deactivated_user_gets_no_page_though_items_are_there(world, query, urgent):
    """The permission is tested inside the page's first query: rows found must not come back to
    someone who lost access since login, whichever query finds them."""
    from clinicdesk.domain.enums import Priority
    from clinicdesk.domain.errors import AccessRevoked
    from clinicdesk.models import StaffUser

    db, w = world
    add_econsult(db, w, "a", priority=Priority.URGENT if urgent else Priority.NORMAL)
    expected = () if query.folder == Folder.DONE else (1,)
    assert len(inbox.list_items(db, w.doctor, query).rows) == len(expected)  # allowed
    with db.write_session() as s:
        s.get(StaffUser, w.doctor.staff_id).active = False
    with pytest.raises(AccessRevoked):
        inbox.list_items(db, w.doctor, query)
    with db.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert last.action == Action.PERMISSION_DENIED


def test_live_change_log(world):
    db, w = world
    start = inbox.latest_change_id(db, w.clinic_id)
    a = add_econsult(db, w, "a")
    inbox.open_item(db, w.doctor, a)
    ch = inbox.changes_since(db, w.clinic_id, start)
    assert a in ch.item_ids and ch.last_id > start
    assert inbox.changes_since(db, w.clinic_id, ch.last_id).item_ids == frozenset()
    assert inbox.latest_change_id(db, w.clinic_id) == ch.last_id


def test_text_search_index_and_fallback_agree(world):
    """The FTS/trigram path and the plain LIKE path find the same items."""
    db, w = world
    a = add_econsult(db, w, "Første linje\nUDSLÆT på armen efter 100% bomuld")
    b = add_econsult(db, w, "Spørgsmål om \"citat\" og sikker_x")
    c = add_econsult(db, w, "ok")
    from clinicdesk.services.inbox import search as inbox_search

    def ids(term):
        return {r.id for r in inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.ALL, search=term)).rows}

    cases = {"udslæt": {a}, "Æt PÅ": {a}, "100% b": {a}, "r_x": {b}, '"citat"': {b}, "ok": {c},
             "første": {a}, "ingenting": set()}
    for term, want in cases.items():
        assert ids(term) == want, term
    if db.is_sqlite:
        assert inbox_search.has_sqlite_fts(db)
        inbox_search._FTS_CACHE[str(db.url)] = False  # force the fallback
        try:
            for term, want in cases.items():
                assert ids(term) == want, term
        finally:
            inbox_search._FTS_CACHE.pop(str(db.url), None)


def test_text_search_follows_new_messages_and_changed_previews(world):
    db, w = world
    a = add_econsult(db, w, "Hoste og feber")
    o = inbox.open_item(db, w.doctor, a)
    inbox.answer(db, w.doctor, a, "Tag en hurtigtest for influenza", (), o.detail.version)
    with db.write_session() as s:
        from clinicdesk.models import InboxItem

        s.get(InboxItem, a).preview = "Ændret første linje"

    def ids(term):
        return {r.id for r in inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.ALL, search=term)).rows}

    assert ids("hurtigtest") == {a}  # the clinic's answer
    assert ids("ændret første") == {a}
    assert ids("feber") == {a}  # still in the patient's message
    b = add_econsult(db, w, "Noget andet", patient_id=w.patient2_id)
    assert ids("noget andet") == {b}
