"""The log of lookups cannot be quietly rewritten (issue 11, item 3).

The database refuses UPDATE and DELETE on the log and on correspondence (triggers, on
SQLite and PostgreSQL); someone who lifts that guard is still found by `db check`:
an edited entry (the chain), a chain recomputed with the program's own function without
the installation's key (the chain: a plain hash where a keyed one belongs; and a fork
from the newest checkpoint), even with the key (the fork), the newest entries deleted
(truncation), and all entries deleted.
"""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from clinicdesk import cli
from clinicdesk.domain.enums import MessageDirection, Role
from clinicdesk.models import AuditEntry, Clinic, InboxItem, Message
from clinicdesk.services import audit, audit_anchor, audit_key, auth
from clinicdesk.services.audit import GENESIS, Action
from tamper import lift_guards


def _log(db, n=6):
    with db.write_session() as s:
        c = Clinic(name="Lægerne i Ribe", display_name="Lægerne i Ribe", portal_link="https://p/ribe")
        s.add(c)
        s.flush()
        staff = auth.create_staff(s, "sara", "Sara Ølgaard", "Blå kaffekop 42", {c.id: Role.DOCTOR})
        for i in range(n):
            audit.record(s, Action.OPEN_ITEM, staff_id=staff.id, clinic_id=c.id, detail=f"item {i}")
    with db.session() as s:
        return s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()


def _check(db, capsys, *extra) -> tuple[int, str]:
    code = cli.main(["db", "check", "--db", db.display_url, *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log"])
def test_the_database_refuses_to_change_the_log(any_db, sql):
    _log(any_db)
    with pytest.raises(DBAPIError) as exc:
        with any_db.write_session() as s:
            s.execute(text(sql))
    assert "append-only" in str(exc.value)
    with any_db.session() as s:
        assert audit.verify_chain(s) == [] and s.scalar(select(AuditEntry.id).limit(1)) is not None


def test_the_database_refuses_to_change_what_was_written_to_a_patient(any_db):
    _log(any_db, n=1)
    with any_db.write_session() as s:
        cid = s.scalar(select(Clinic.id))
        item = InboxItem(clinic_id=cid, kind="econsult", subject="Knæ", preview="Knæ")
        s.add(item)
        s.flush()
        msg = Message(item_id=item.id, direction=MessageDirection.TO_PATIENT, body="Tag en pude under knæet.")
        s.add(msg)
        s.flush()
        mid = msg.id
    for stmt in (update(Message).where(Message.id == mid).values(body="Noget andet"),
                 delete(Message).where(Message.id == mid)):
        with pytest.raises(DBAPIError):
            with any_db.write_session() as s:
                s.execute(stmt)  # Core, past the ORM's own guard
    with any_db.write_session() as s:  # a read receipt may still be set
        s.execute(update(Message).where(Message.id == mid).values(read_by_patient_at=s.scalar(select(AuditEntry.at))))
    with any_db.session() as s:
        assert s.get(Message, mid).body == "Tag en pude under knæet."


def test_a_sound_log_passes_and_moves_the_anchor(db, capsys):
    _log(db)
    code, out = _check(db, capsys)
    assert code == 0 and "ubrudt" in out
    assert audit_anchor.newest(db).count == 6


def _recompute(db, ids, hash_fn):
    """Edit entry 2 and recompute every later hash with ``hash_fn``, as the program would."""
    with db.write_session() as s:
        lift_guards(s)
        prev = GENESIS
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            detail = "intet at se" if e.id == ids[1] else e.detail
            h = hash_fn(prev, e.at, e.staff_id, e.clinic_id, e.action, e.patient_id, e.search_term, detail, e.context)
            s.execute(update(AuditEntry).where(AuditEntry.id == e.id).values(detail=detail, prev_hash=prev, hash=h))
            prev = h


def test_a_chain_recomputed_without_the_key_is_named(db, capsys):
    ids = _log(db)
    assert _check(db, capsys)[0] == 0  # the checkpoint remembers the head
    _recompute(db, ids, audit.entry_hash)  # the program's own function, without the key
    with db.session() as s:
        problems = audit.verify_chain(s)
    assert {p.kind for p in problems} == {"recomputed"} and [p.entry_id for p in problems] == ids
    code, out = _check(db, capsys)
    assert code == 1
    assert f"revisionsspor, post #{ids[0]}: kæden er genberegnet uden installationens nøgle" in out
    assert "forgrening" in out and f"#{ids[-1]}" in out


def test_a_chain_recomputed_without_the_key_and_no_checkpoint_is_still_named(db, capsys):
    ids = _log(db)
    _recompute(db, ids, audit.entry_hash)
    code, out = _check(db, capsys)
    assert code == 1 and "kæden er genberegnet uden installationens nøgle" in out


def test_a_chain_recomputed_with_another_key_is_named(db, capsys):
    ids = _log(db)
    stranger = audit_key.InstallationKey.new()
    _recompute(db, ids, lambda *f: audit.keyed_hash(stranger, *f))
    code, out = _check(db, capsys)
    assert code == 1 and f"skrevet med en anden nøgle (id {stranger.key_id})" in out


def test_a_chain_recomputed_with_the_key_itself_is_a_fork(db, capsys):
    ids = _log(db)
    assert _check(db, capsys)[0] == 0
    key = audit_key.load()
    _recompute(db, ids, lambda *f: audit.keyed_hash(key, *f))  # someone with a workstation's keyring
    with db.session() as s:
        assert audit.verify_chain(s) == []  # the chain alone cannot tell
    code, out = _check(db, capsys)
    assert code == 1 and "forgrening" in out and f"#{ids[-1]}" in out


def test_the_newest_entries_deleted_is_truncation(db, capsys):
    ids = _log(db)
    assert _check(db, capsys)[0] == 0
    with db.write_session() as s:
        lift_guards(s)
        s.execute(delete(AuditEntry).where(AuditEntry.id >= ids[-2]))
    with db.session() as s:
        assert audit.verify_chain(s) == []  # what is left is a sound chain
    code, out = _check(db, capsys)
    assert code == 1 and "afkortet: de nyeste poster er slettet" in out


def test_all_entries_deleted_is_found(db, capsys):
    _log(db)
    assert _check(db, capsys)[0] == 0
    with db.write_session() as s:
        lift_guards(s)
        s.execute(delete(AuditEntry))
    code, out = _check(db, capsys)
    assert code == 1 and "alle poster er slettet" in out


def test_an_edited_entry_is_named(db, capsys):
    ids = _log(db)
    with db.write_session() as s:
        lift_guards(s)
        s.execute(update(AuditEntry).where(AuditEntry.id == ids[2]).values(detail="ændret"))
    code, out = _check(db, capsys)
    assert code == 1 and f"revisionsspor, post #{ids[2]}: indholdet er ændret" in out


def test_an_exported_checkpoint_is_compared_too(db, capsys, tmp_path):
    _log(db)
    out_file = tmp_path / "kontrolpunkt.json"
    assert cli.main(["audit", "checkpoint", "--db", db.display_url, "--out", str(out_file)]) == 0
    assert "6 poster" in capsys.readouterr().out and out_file.exists()
    with db.write_session() as s:
        lift_guards(s)
        s.execute(delete(AuditEntry))
    code, out = _check(db, capsys, "--checkpoint", str(out_file))
    assert code == 1 and "alle poster er slettet" in out


def test_a_signed_checkpoint_that_was_altered_is_found(db, capsys, tmp_path):
    _log(db)
    cp = audit_anchor.write_checkpoint(db, out=tmp_path / "cp.json")
    assert cp.signature and cp.key_id == audit_key.load().key_id  # signed with the installation key
    altered = (tmp_path / "cp.json").read_text().replace(f'"count": {cp.count}', '"count": 2')
    (tmp_path / "cp.json").write_text(altered)
    code, out = _check(db, capsys, "--checkpoint", str(tmp_path / "cp.json"))
    assert code == 1 and "signaturen passer ikke" in out


def test_a_checkpoint_stripped_of_its_signature_is_found(db, capsys, tmp_path):
    _log(db)
    cp = audit_anchor.write_checkpoint(db, out=tmp_path / "cp.json")
    stripped = (tmp_path / "cp.json").read_text().replace(f'"signature": "{cp.signature}"', '"signature": ""')
    (tmp_path / "cp.json").write_text(stripped)
    code, out = _check(db, capsys, "--checkpoint", str(tmp_path / "cp.json"))
    assert code == 1 and "usigneret" in out
