"""The installation's key for the log of lookups (issue 11, item 3: a keyed chain).

Each test gets workstations of its own: a keyring file each (trusted, as conftest's),
so "the second workstation" is a keyring without the key, as on a real second computer.
"""

from __future__ import annotations

import json
import os
import stat

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import delete, func, select
from keyrings.alt.file import PlaintextKeyring

from clinicdesk import cli, secrets
from clinicdesk.models import AuditEntry, utcnow
from clinicdesk.services import audit, audit_anchor, audit_key
from clinicdesk.services.audit import GENESIS, Action
from tamper import lift_guards


class Workstations:
    def __init__(self, folder):
        self.folder = folder
        self.rings: dict[str, PlaintextKeyring] = {}

    def use(self, name: str) -> PlaintextKeyring:
        if name not in self.rings:
            kr = PlaintextKeyring()
            kr.file_path = str(self.folder / f"{name}.cfg")
            secrets.trust_backend(kr)
            self.rings[name] = kr
        keyring.set_keyring(self.rings[name])
        audit_key.forget()
        return self.rings[name]


@pytest.fixture
def ws(tmp_path):
    original = keyring.get_keyring()
    yield Workstations(tmp_path)
    keyring.set_keyring(original)
    audit_key.forget()


def _write(db, n=3, detail="kort åbnet"):
    with db.write_session() as s:
        return [audit.record(s, Action.OPEN_ITEM, detail=f"{detail} {i}").id for i in range(n)]


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id)))


def _problems(db):
    with db.session() as s:
        return audit.verify_chain(s)


def _check(db, capsys, *extra):
    code = cli.main(["db", "check", "--db", db.display_url, *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


def _legacy_entries(db, n):
    """Entries as the program wrote them before keys: plain SHA-256."""
    with db.write_session() as s:
        prev = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
        for i in range(n):
            at = utcnow()
            h = audit.entry_hash(prev, at, None, None, Action.LOGIN, None, "", f"før nøglen {i}")
            s.add(AuditEntry(at=at, action=Action.LOGIN, search_term="", detail=f"før nøglen {i}", context="",
                             prev_hash=prev, hash=h))
            s.flush()
            prev = h


# -- one installation, one key ------------------------------------------------------
def test_the_first_entry_of_a_new_installation_makes_the_key(db, ws):
    ws.use("A")
    assert audit_key.load() is None
    ids = _write(db)
    key = audit_key.load()
    assert key is not None and key.start == ids[0]
    with db.session() as s:
        hashes = s.scalars(select(AuditEntry.hash).order_by(AuditEntry.id)).all()
    assert all(h.startswith(f"k1:{key.key_id}:") for h in hashes)
    assert _problems(db) == []
    # the key is in the keyring, never in the database
    stored = json.loads(secrets.get_secret(audit_key.KEY_NAME))
    assert stored["key"] == key.secret.hex()
    with db.engine.connect() as c:
        dump = "\n".join(str(r) for t in ("audit_log",) for r in c.exec_driver_sql(f"SELECT * FROM {t}"))
    assert key.secret.hex() not in dump


def test_a_workstation_without_the_key_refuses_to_write_and_says_what_to_do(db, ws):
    ws.use("A")
    _write(db)
    before = _count(db)
    ws.use("B")  # the next workstation of the installation, before the administrator imported the key
    with pytest.raises(audit_key.AuditKeyMissing) as exc:
        _write(db, 1)
    assert exc.value.code == "audit_key_missing"
    assert "clinicdesk audit key import" in str(exc.value) and "clinicdesk audit key export" in str(exc.value)
    assert _count(db) == before  # nothing half-written
    with pytest.raises(audit_key.AuditKeyMissing):
        audit_key.check_workstation(db)  # at start, before anyone logs in
    assert audit_key.load() is None  # and no key of its own was made


def test_an_audited_action_on_a_workstation_without_the_key_writes_nothing(db, ws):
    from clinicdesk.domain.enums import Role
    from clinicdesk.models import Clinic
    from clinicdesk.services import auth

    ws.use("A")
    with db.write_session() as s:
        c = Clinic(name="Lægerne i Ribe", display_name="Lægerne i Ribe", portal_link="https://p/ribe")
        s.add(c)
        s.flush()
        auth.create_staff(s, "sara", "Sara Ølgaard", "Blå kaffekop 42", {c.id: Role.DOCTOR})
        audit.record(s, Action.SETUP_CLINIC, clinic_id=c.id)
    ws.use("B")
    before = _count(db)
    with pytest.raises(audit_key.AuditKeyMissing):
        auth.login(db, "sara", "Blå kaffekop 42")
    assert _count(db) == before


def test_the_administrator_moves_the_key_to_the_next_workstation(db, ws, tmp_path, capsys):
    ws.use("A")
    _write(db)
    key_a = audit_key.load()
    file = tmp_path / "noegle.json"
    assert cli.main(["audit", "key", "export", str(file)]) == 0
    assert key_a.key_id in capsys.readouterr().out
    assert stat.S_IMODE(os.stat(file).st_mode) == 0o600  # the owner alone may read it
    ws.use("B")
    assert cli.main(["audit", "key", "import", "--db", db.display_url, str(file)]) == 0
    assert "gemt i denne arbejdsstations nøglering" in capsys.readouterr().out
    assert audit_key.check_workstation(db).key_id == key_a.key_id
    _write(db, 2, "fra B")
    code, out = _check(db, capsys)
    assert code == 0 and "ubrudt" in out
    ws.use("A")  # and A checks what B wrote
    assert _problems(db) == []


def test_a_key_that_did_not_write_this_log_is_not_imported(db, ws, tmp_path, capsys):
    ws.use("other-installation")
    other = audit_key.InstallationKey.new()
    (tmp_path / "anden.json").write_text(other.to_json())
    ws.use("A")
    _write(db)
    ws.use("B")
    code = cli.main(["audit", "key", "import", "--db", db.display_url, str(tmp_path / "anden.json")])
    out = capsys.readouterr()
    assert code != 0 and "er ikke den, databasens log over opslag er skrevet med" in out.err
    assert "Traceback" not in out.err
    assert audit_key.load() is None


def test_an_edited_key_file_is_refused(db, ws, tmp_path, capsys):
    ws.use("A")
    _write(db)
    file = tmp_path / "noegle.json"
    audit_key.export_to(file)
    data = json.loads(file.read_text())
    data["key"] = data["key"][:-2] + ("00" if data["key"][-2:] != "00" else "11")  # one byte changed
    file.write_text(json.dumps(data))
    ws.use("B")
    code = cli.main(["audit", "key", "import", "--db", db.display_url, str(file)])
    assert code != 0 and "ikke en nøglefil fra clinicdesk" in capsys.readouterr().err
    assert audit_key.load() is None


def test_a_workstation_with_another_installations_key_refuses(db, ws):
    ws.use("A")
    _write(db)
    ws.use("B")
    audit_key.store(audit_key.InstallationKey.new())
    with pytest.raises(audit_key.AuditKeyMismatch) as exc:
        _write(db, 1)
    assert "clinicdesk audit key import" in str(exc.value)


def test_db_check_without_the_key_cannot_vouch_for_the_keyed_part(db, ws, capsys):
    ws.use("A")
    ids = _write(db, 4)
    ws.use("B")
    code, out = _check(db, capsys)
    assert code == 1
    assert f"revisionsspor, post #{ids[0]}: 4 poster fra denne er skrevet med installationens nøgle" in out
    assert "kan ikke kontrolleres" in out and "clinicdesk audit key import FIL" in out


def test_without_a_keyring_a_new_log_is_chained_but_not_keyed_and_db_check_says_so(db, ws, capsys):
    """A trial on a computer without a secret store (scripts/run.sh on a fresh machine) works:
    plain chained entries, and `db check` warns that a recomputed chain would pass."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    audit_key.forget()
    _write(db, 2)
    with db.session() as s:
        assert [audit_key.key_id_of(h) for h in s.scalars(select(AuditEntry.hash))] == [None, None]
    assert _problems(db) == []
    code, out = _check(db, capsys)
    assert code == 0 and "ikke nøglet" in out and "nøglering" in out


def test_without_a_keyring_a_keyed_log_is_never_written(db, ws):
    ws.use("A")
    _write(db, 2)  # keyed: this workstation has a keyring
    keyring.set_keyring(keyring.backends.fail.Keyring())
    audit_key.forget()
    with pytest.raises(audit_key.AuditKeyUnavailable) as exc:
        _write(db, 1)
    assert "nøglering" in str(exc.value)
    assert _count(db) == 2


def test_a_throwaway_key_serves_the_self_test_without_a_keyring(db, ws, monkeypatch):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setattr(audit_key, "_process_key", None)
    key = audit_key.use_throwaway_key()
    _write(db, 2)
    assert _problems(db) == []
    with db.session() as s:
        assert all(h.startswith(f"k1:{key.key_id}:") for h in s.scalars(select(AuditEntry.hash)))


# -- a log from before keys ---------------------------------------------------------
def test_a_log_from_before_keys_verifies_as_before_and_is_keyed_from_the_next_entry(db, ws, capsys):
    ws.use("A")
    _legacy_entries(db, 3)
    assert _problems(db) == []  # the old entries, as before
    ids = _write(db, 2)
    key = audit_key.load()
    assert key.start == ids[0] == 4
    assert _problems(db) == []
    code, out = _check(db, capsys)
    assert code == 0 and "5 poster er ubrudt" in out


def test_before_keys_an_edit_is_named_and_after_the_key_a_plain_hash_is_a_recomputation(db, ws):
    ws.use("A")
    _legacy_entries(db, 3)
    ids = _write(db, 3)
    with db.write_session() as s:  # an edit among the old entries, and the keyed ones recomputed without the key
        lift_guards(s)
        s.execute(AuditEntry.__table__.update().where(AuditEntry.id == 2).values(detail="ændret"))
        prev = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == 3))
        for e in s.scalars(select(AuditEntry).where(AuditEntry.id >= ids[0]).order_by(AuditEntry.id)):
            h = audit.entry_hash(prev, e.at, e.staff_id, e.clinic_id, e.action, e.patient_id, e.search_term, e.detail,
                                 e.context)
            s.execute(AuditEntry.__table__.update().where(AuditEntry.id == e.id).values(prev_hash=prev, hash=h))
            prev = h
    problems = _problems(db)
    assert (2, "changed") in [(p.entry_id, p.kind) for p in problems]
    assert [p.entry_id for p in problems if p.kind == "recomputed"] == ids


def test_the_keyed_entries_deleted_from_an_older_log_are_named(db, ws, capsys):
    ws.use("A")
    _legacy_entries(db, 3)
    ids = _write(db, 3)
    with db.write_session() as s:
        lift_guards(s)
        s.execute(delete(AuditEntry).where(AuditEntry.id >= ids[0]))  # back to a sound old-style chain
    problems = _problems(db)
    assert [(p.entry_id, p.kind) for p in problems] == [(ids[0], "gone")]
    code, out = _check(db, capsys)
    assert code == 1 and "loggen er afkortet" in out


# -- checkpoints share the key ------------------------------------------------------
def test_checkpoints_are_signed_with_the_installation_key(db, ws, tmp_path, capsys):
    ws.use("A")
    _write(db)
    cp = audit_anchor.write_checkpoint(db, out=tmp_path / "cp.json")
    assert cp.key_id == audit_key.load().key_id and cp.signature
    assert secrets.get_secret(audit_anchor.LEGACY_KEY_NAME) is None  # no second key any more
    assert audit_anchor.compare(db, cp) == []
    ws.use("B")  # a workstation without the key cannot vouch for the checkpoint either
    assert any("kan ikke kontrolleres" in p for p in audit_anchor.compare(db, cp))


def test_a_checkpoint_signed_with_the_older_checkpoint_key_still_checks(db, ws):
    import hashlib
    import hmac
    from dataclasses import replace

    ws.use("A")
    _write(db)
    legacy = os.urandom(32)
    secrets.set_secret(audit_anchor.LEGACY_KEY_NAME, legacy.hex())
    cp = audit_anchor.current(db)
    cp = replace(cp, signature=hmac.new(legacy, cp.payload(), hashlib.sha256).hexdigest())
    assert cp.key_id == "" and audit_anchor.compare(db, cp) == []
    assert audit_anchor.compare(db, replace(cp, count=cp.count - 1))[0].startswith("kontrolpunkt: usigneret, eller")


def test_a_file_keyring_is_not_trusted_with_the_key_either(db, ws, tmp_path):
    ws.use("A")
    _write(db, 1)  # a keyed log
    kr = PlaintextKeyring()  # keyrings.alt, not handed over as a trusted test backend
    kr.file_path = str(tmp_path / "plain.cfg")
    keyring.set_keyring(kr)
    audit_key.forget()
    with pytest.raises(audit_key.AuditKeyUnavailable):
        _write(db, 1)
    assert _count(db) == 1 and not (tmp_path / "plain.cfg").exists()