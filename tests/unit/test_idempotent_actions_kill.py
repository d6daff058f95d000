"""A retry after the action's connection or process died around its COMMIT (issue 11, items 2 and 3).

PostgreSQL: a second connection terminates the answer's backend (``pg_terminate_backend``)
right after its COMMIT went through, or just before it is sent. SQLite: the process
answering is killed with SIGKILL right after its COMMIT, or just before it. Either
way the user is told the outcome is in doubt, and pressing Send again with the same
action id gives exactly one answer and one notification mail: "Allerede sendt" when
the first attempt was stored, the answer itself when it was not.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from clinicdesk.domain.errors import CommitInDoubt
from clinicdesk.models import Message, OutboxMail
from clinicdesk.models.receipts import ActionReceipt
from clinicdesk.services import inbox
from inbox_helpers import add_econsult, make_world

ANSWER = "Tag en ekstra pude under knæet, og ring hvis det ikke bedres."


def _answers(db, item_id: int) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(Message)
                         .where(Message.item_id == item_id, Message.body == ANSWER)).scalar_one()


def _mails(db) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(OutboxMail)).scalar_one()


# -- PostgreSQL: the backend terminated by a second connection ------------------------------------

def _kill_the_answers_backend(monkeypatch, db, admin, *, committed: bool) -> dict:
    """Terminate the backend of the transaction that inserts the answer, after (or before) its COMMIT.

    The mark is set when the answer's INSERT runs on a connection; that connection's next
    COMMIT is the answer's. ``committed``: the real COMMIT runs first, then the backend is
    terminated and the driver learns it on its next round trip (so COMMIT "fails" after
    the commit record was written); otherwise the backend dies before the COMMIT is sent."""
    state = {"fired": False}
    marked: set[int] = set()

    @event.listens_for(db.engine, "after_cursor_execute")
    def _mark(conn, cursor, statement, parameters, context, executemany):
        if not state["fired"] and statement.lstrip().upper().startswith("INSERT INTO MESSAGE"):
            marked.add(id(conn.connection.dbapi_connection))  # the driver's connection under the pool's proxy

    def _terminate(pid: int) -> None:
        with admin.connect() as c:
            c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            for _ in range(200):  # until the backend is really gone
                if not c.execute(text("SELECT 1 FROM pg_stat_activity WHERE pid = :p"), {"p": pid}).first():
                    break
                time.sleep(0.02)

    real_commit = db.engine.dialect.do_commit

    def do_commit(proxied):
        raw = getattr(proxied, "dbapi_connection", proxied)
        if id(raw) not in marked:
            return real_commit(proxied)
        marked.discard(id(raw))
        state["fired"] = True
        pid = raw.info.backend_pid
        if committed:
            real_commit(proxied)  # the commit record is written ...
            _terminate(pid)
            raw.execute("SELECT 1")  # ... and the answer to it never arrives: the driver raises
        else:
            _terminate(pid)
            real_commit(proxied)

    monkeypatch.setattr(db.engine.dialect, "do_commit", do_commit)
    return state


@pytest.mark.postgres
@pytest.mark.parametrize("committed", [True, False], ids=["killed-after-commit", "killed-before-commit"])
def test_postgres_a_backend_killed_around_the_commit_then_the_same_retry(pg_db, pg_template, monkeypatch, committed):
    admin, _ = pg_template
    w = make_world(pg_db)
    item = add_econsult(pg_db, w)
    version = inbox.open_item(pg_db, w.doctor, item).detail.version
    mails = _mails(pg_db)
    state = _kill_the_answers_backend(monkeypatch, pg_db, admin, committed=committed)
    aid = str(uuid.uuid4())
    with pytest.raises(CommitInDoubt) as exc:
        inbox.answer(pg_db, w.doctor, item, ANSWER, (), version, action_id=aid)
    assert state["fired"] and "uvist, om den nåede frem" in exc.value.safe_retry_message
    assert "det er sikkert" in exc.value.safe_retry_message
    assert _answers(pg_db, item) == (1 if committed else 0)  # what really happened on the server
    retry = inbox.answer(pg_db, w.doctor, item, ANSWER, (), version, action_id=aid)
    if committed:
        assert retry.replayed and retry.message.startswith("Allerede sendt")
    else:
        assert not retry.replayed and retry.message == "Svaret er sendt."
    assert _answers(pg_db, item) == 1 and _mails(pg_db) == mails + 1
    assert [m.body for m in retry.detail.messages].count(ANSWER) == 1
    with pg_db.session() as s:
        assert s.get(ActionReceipt, aid).item_id == item


# -- SQLite: the process killed with SIGKILL --------------------------------------------------------

_CHILD = r"""
import json, os, signal, sys
import keyring
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import event
from sqlalchemy.orm import Session
from clinicdesk.db import Database
from clinicdesk.domain.enums import Role
from clinicdesk.services import auth, inbox

kr = PlaintextKeyring()  # the test session's keyring (its file is under the private XDG data folder)
keyring.set_keyring(kr)
from clinicdesk import secrets
secrets.trust_backend(kr)

args = json.loads(sys.argv[1])
db = Database(args["url"], migrate=False)
staff_id, name, clinic_id, role, clinic_name = args["actor"]
actor = auth.Actor(staff_id, name, clinic_id, Role(role), clinic_name)

def _is_the_answer(session):
    return session.info.get("receipt.action_id") == args["action_id"]

if args["when"] == "after":
    @event.listens_for(Session, "after_commit")
    def _die(session):
        if _is_the_answer(session):
            os.kill(os.getpid(), signal.SIGKILL)  # committed: the process dies before anyone is told
else:
    @event.listens_for(Session, "before_commit")
    def _die(session):
        if _is_the_answer(session):
            session.flush()  # the answer is written into the open transaction ...
            os.kill(os.getpid(), signal.SIGKILL)  # ... and the process dies before COMMIT

inbox.answer(db, actor, args["item"], args["text"], (), args["version"], action_id=args["action_id"])
print("survived")
"""


@pytest.mark.parametrize("when", ["after", "before"])
def test_sqlite_a_process_killed_around_the_commit_then_the_same_retry(db, tmp_path, when):
    w = make_world(db)
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    mails = _mails(db)
    aid = str(uuid.uuid4())
    script = tmp_path / "answer_and_die.py"
    script.write_text(_CHILD, encoding="utf-8")
    d = w.doctor
    args = {"url": f"sqlite:///{db.sqlite_path}", "item": item, "version": version, "action_id": aid,
            "text": ANSWER, "when": when,
            "actor": [d.staff_id, d.full_name, d.clinic_id, d.role.value, d.clinic_name]}
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH")) if p))
    res = subprocess.run([sys.executable, str(script), json.dumps(args)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == -signal.SIGKILL, res.stderr[-2000:]
    assert "survived" not in res.stdout
    assert _answers(db, item) == (1 if when == "after" else 0)  # the file holds what was committed, no more
    retry = inbox.answer(db, w.doctor, item, ANSWER, (), version, action_id=aid)
    if when == "after":
        assert retry.replayed
        assert retry.message.startswith("Allerede sendt – handlingen blev gennemført i første forsøg")
    else:
        assert not retry.replayed and retry.message == "Svaret er sendt."
    assert _answers(db, item) == 1 and _mails(db) == mails + 1
