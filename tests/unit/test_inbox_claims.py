"""Claims between workstations: leases, refusals with the holder's name, expiry, stale versions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import AuditEntry, InboxItem
from clinicdesk.domain.enums import ItemStatus
from clinicdesk.services import inbox
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import StaleData
from clinicdesk.services.inbox import Folder, ItemClaimed, ItemQuery
from inbox_helpers import add_econsult, make_world


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def test_open_claims_marks_read_and_audits(world):
    db, w = world
    item = add_econsult(db, w)
    opened = inbox.open_item(db, w.doctor, item)
    assert opened.can_act and opened.blocked_message == ""
    assert opened.claim.mine and opened.claim.holder_name == "Dorthe Læge"
    assert opened.detail.status == ItemStatus.OPEN
    assert opened.detail.messages[0].body.startswith("Jeg har ondt i ryggen")
    row = inbox.get_row(db, w.doctor, item)
    assert not row.unread and row.claimed_by_name == "Dorthe Læge"
    with db.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == Action.OPEN_ITEM)).scalar_one()
    assert entry.staff_id == w.doctor.staff_id and entry.patient_id == w.patient_id


def test_second_actor_is_refused_with_the_holders_name(world):
    db, w = world
    item = add_econsult(db, w)
    first = inbox.open_item(db, w.doctor, item)
    second = inbox.open_item(db, w.nurse, item)
    assert not second.can_act and not second.claim.mine
    since = first.claim.since.astimezone(COPENHAGEN).strftime("%H:%M")
    assert second.blocked_message.startswith(f"Behandles af Dorthe Læge siden {since}")
    # the second one can read but not act, even going straight to the service
    with pytest.raises(ItemClaimed) as exc:
        inbox.add_internal_note(db, w.nurse, item, "Jeg tager den", expected_version=second.detail.version)
    assert str(exc.value).startswith(f"Behandles af Dorthe Læge siden {since}")
    with pytest.raises(ItemClaimed):
        inbox.renew_claim(db, w.nurse, item)
    # the first releases: now the second gets it
    inbox.release_item(db, w.doctor, item)
    again = inbox.open_item(db, w.nurse, item)
    assert again.can_act and again.claim.holder_name == "Signe Sygeplejerske"


def test_expired_lease_returns_the_item_to_the_pool(world):
    db, w = world
    item = add_econsult(db, w)
    t0 = datetime.now(timezone.utc)
    first = inbox.open_item(db, w.doctor, item, now=t0)
    assert first.claim.expires_at == t0 + timedelta(minutes=15)
    later = t0 + timedelta(minutes=16)
    # shown as unclaimed once the lease has lapsed
    row = inbox.list_items(db, w.nurse, ItemQuery(folder=Folder.ALL_OPEN), now=later).rows[0]
    assert row.claimed_by_id is None and row.claim_text == ""
    assert inbox.folder_counts(db, w.doctor, now=later)[Folder.MINE] == 0
    taken = inbox.open_item(db, w.nurse, item, now=later)
    assert taken.can_act and taken.claim.holder_name == "Signe Sygeplejerske"
    # the first one's lease is gone: acting now is refused with the new holder's name
    with pytest.raises(ItemClaimed, match="Signe Sygeplejerske"):
        inbox.add_internal_note(db, w.doctor, item, "x", expected_version=first.detail.version, now=later)


def test_renew_extends_the_lease_and_keeps_since(world):
    db, w = world
    item = add_econsult(db, w)
    t0 = datetime.now(timezone.utc)
    inbox.open_item(db, w.doctor, item, now=t0)
    st = inbox.renew_claim(db, w.doctor, item, now=t0 + timedelta(minutes=10))
    assert st.mine and st.since == t0 and st.expires_at == t0 + timedelta(minutes=25)
    # still claimed 20 minutes after opening
    other = inbox.open_item(db, w.nurse, item, now=t0 + timedelta(minutes=20))
    assert not other.can_act


def test_stale_version_is_refused(world):
    db, w = world
    item = add_econsult(db, w)
    a = inbox.open_item(db, w.doctor, item)
    res = inbox.add_internal_note(db, w.doctor, item, "Første note", expected_version=a.detail.version)
    assert res.version > a.detail.version
    with pytest.raises(StaleData) as exc:
        inbox.add_internal_note(db, w.doctor, item, "Anden note", expected_version=a.detail.version)
    assert exc.value.code == "stale" and "Genindlæs" in str(exc.value)
    # after a reload it goes through
    fresh = inbox.open_item(db, w.doctor, item)
    inbox.add_internal_note(db, w.doctor, item, "Anden note", expected_version=fresh.detail.version)
    notes = [m.body for m in inbox.open_item(db, w.doctor, item).detail.messages if m.direction.value == "internal"]
    assert notes == ["Første note", "Anden note"]


def test_stale_after_someone_else_acted_during_a_lapsed_lease(world):
    db, w = world
    item = add_econsult(db, w)
    t0 = datetime.now(timezone.utc)
    mine = inbox.open_item(db, w.doctor, item, now=t0)
    later = t0 + timedelta(minutes=20)
    theirs = inbox.open_item(db, w.nurse, item, now=later)
    inbox.add_internal_note(db, w.nurse, item, "Ringet til patienten", expected_version=theirs.detail.version, now=later)
    inbox.release_item(db, w.nurse, item)
    with pytest.raises(StaleData):
        inbox.add_internal_note(db, w.doctor, item, "gammel udgave", expected_version=mine.detail.version,
                                now=later + timedelta(minutes=1))


def test_assign_releases_claim_and_needs_a_member(world):
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.receptionist, item)
    res = inbox.assign(db, w.receptionist, item, staff_id=w.doctor2.staff_id, expected_version=o.detail.version)
    assert res.message == "Tildelt Bent Bruun." and res.detail.assigned_to_name == "Bent Bruun"
    assert inbox.claim_state(db, w.doctor2, item).holder_id is None
    assert inbox.open_item(db, w.doctor2, item).can_act
    labels = [a.label for a in inbox.list_assignees(db, w.doctor)]
    assert "Alle læger" in labels and "Bent Bruun (Læge)" in labels


def test_done_item_opens_read_only(world):
    db, w = world
    item = add_econsult(db, w, status=ItemStatus.DONE)
    o = inbox.open_item(db, w.doctor, item)
    assert not o.can_act and o.claim.holder_id is None
    with db.session() as s:
        assert s.get(InboxItem, item).claimed_by_id is None
