"""Two workstations on one database: claims, answers and stale edits show up on the other side.

Two ``Database`` objects on one SQLite file are two workstations in one process; a
subprocess is a second program on the same file; on PostgreSQL two connections and
LISTEN/NOTIFY. Waiting is always ``qtbot.waitUntil`` on what the user would see.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

from clinicdesk.db import Database
from clinicdesk.models import InboxItem
from clinicdesk.domain.enums import ItemKind, ItemStatus
from clinicdesk.services import inbox
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    activate,
    actor_for,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)


@pytest.fixture
def second_db(inbox_db_path):
    from clinicdesk.views.worker import wait_for_all

    db = Database(f"sqlite:///{inbox_db_path}", migrate=False)
    yield db
    wait_for_all()
    db.dispose()


def _free_econsult(view):
    for i, r in enumerate(view.model.rows()):
        if r.kind == ItemKind.ECONSULT and r.claimed_by_id is None and r.status != ItemStatus.DONE:
            return i, r.id
    raise AssertionError("no free e-consultation")


def test_two_workstations_see_each_others_claims_and_answers(qtbot, open_inbox, inbox_db, second_db):
    doctor = open_inbox("laege")
    nurse = open_inbox("sygeplejerske", db=second_db)
    row, item_id = _free_econsult(doctor)
    open_row(qtbot, doctor, row)
    assert doctor.detail.current.claim.mine

    # the other workstation's list shows who holds it, after the watcher's tick
    def nurse_row():
        i = nurse.model.row_of(item_id)
        return nurse.model.rows()[i] if i >= 0 else None

    qtbot.waitUntil(lambda: nurse_row() is not None and nurse_row().claimed_by_id == doctor.actor.staff_id, timeout=10000)
    from clinicdesk.views.inbox.table_model import COL_CLAIMED

    cell = nurse.model.index(nurse.model.row_of(item_id), COL_CLAIMED)  # an icon; the name for a screen reader
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == doctor.actor.full_name
    assert doctor.actor.full_name in cell.data(Qt.ItemDataRole.ToolTipRole)
    # opening it there: read-only with "Behandles af NAVN siden HH:MM"
    open_row(qtbot, nurse, nurse.model.row_of(item_id))
    banner = nurse.detail.claim_banner
    assert banner.isVisible()
    assert banner.text().startswith(f"Behandles af {doctor.actor.full_name} siden ")
    pane = nurse.detail.econsult
    assert not pane.send_button.isEnabled() and not pane.close_button.isEnabled()
    assert not nurse.detail.assign_button.isEnabled()
    assert pane.editor.isReadOnly()

    # the doctor answers; the nurse's open pane and list follow without a refresh
    dpane = doctor.detail.econsult
    activate(qtbot, doctor)
    qtbot.keyClicks(dpane.editor, "Kom forbi i morgen kl. 9.")
    qtbot.keyClick(dpane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Kom forbi i morgen kl. 9." in pane.thread.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: nurse.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    assert not pane.send_button.isEnabled()
    qtbot.waitUntil(lambda: nurse.model.row_of(item_id) < 0, timeout=10000)  # left "Alle åbne"


def test_leaving_an_item_releases_it_for_the_other_workstation(qtbot, open_inbox, inbox_db, second_db):
    doctor = open_inbox("laege")
    nurse = open_inbox("sygeplejerske", db=second_db)
    row, item_id = _free_econsult(doctor)
    open_row(qtbot, doctor, row)
    qtbot.keyClick(doctor.detail.econsult.editor, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # Ctrl+Shift+R: release
    qtbot.waitUntil(lambda: inbox.claim_state(second_db, nurse.actor, item_id).holder_id is None, timeout=10000)
    open_row(qtbot, nurse, nurse.model.row_of(item_id))
    assert nurse.detail.current.can_act and nurse.detail.econsult.send_button.isEnabled()
    assert not nurse.detail.claim_banner.isVisible()


def test_stale_edit_offers_reload_and_keeps_the_typed_answer(qtbot, open_inbox, inbox_db, second_db):
    view = open_inbox("laege")
    row, item_id = _free_econsult(view)
    open_row(qtbot, view, row)
    pane = view.detail.econsult
    qtbot.keyClicks(pane.editor, "Mit lange svar, som ikke må gå tabt.")
    # the same doctor adds a note from another workstation: the item's version moves on
    other = actor_for(second_db, "laege")
    inbox.add_internal_note(second_db, other, item_id, "Husk blodprøven",
                            expected_version=view.detail.current.detail.version)
    view.watcher.stop()  # make sure the refusal comes from the service, not from a live reload first
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.detail.stale_bar.isVisible(), timeout=10000)
    assert "Genindlæs" in view.detail.reload_button.text().replace("&", "")
    assert pane.editor.toPlainText() == "Mit lange svar, som ikke må gå tabt."
    with inbox_db.session() as s:
        assert s.get(InboxItem, item_id).status != ItemStatus.DONE  # nothing was overwritten
    qtbot.mouseClick(view.detail.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Husk blodprøven" in pane.thread.toPlainText() and not view.detail.stale_bar.isVisible(),
                    timeout=10000)
    assert pane.editor.toPlainText() == "Mit lange svar, som ikke må gå tabt."
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)


def test_draft_survives_switching_items(qtbot, open_inbox):
    view = open_inbox("laege")
    rows = [i for i, r in enumerate(view.model.rows()) if r.kind == ItemKind.ECONSULT and r.claimed_by_id is None]
    a, b = rows[0], rows[1]
    open_row(qtbot, view, a)
    qtbot.keyClicks(view.detail.econsult.editor, "Halvt svar")
    open_row(qtbot, view, b)
    assert view.detail.econsult.editor.toPlainText() == ""
    open_row(qtbot, view, view.model.row_of(view.model.rows()[a].id))
    assert view.detail.econsult.editor.toPlainText() == "Halvt svar"


SUBPROCESS = textwrap.dedent("""
    import sys
    from argon2 import PasswordHasher
    from clinicdesk.db import Database
    from clinicdesk.demo import DEMO_PASSWORD
    from clinicdesk.services import auth, inbox
    import keyring
    from keyrings.alt.file import PlaintextKeyring
    from clinicdesk import secrets
    kr = PlaintextKeyring(); keyring.set_keyring(kr); secrets.trust_backend(kr)  # the tests' keyring (audit key)
    auth.set_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    db = Database("sqlite:///" + sys.argv[1], migrate=False)
    res = auth.login(db, "sygeplejerske", DEMO_PASSWORD)
    actor = res.actor_for(res.memberships[0].clinic_id)
    item_id = int(sys.argv[2])
    opened = inbox.open_item(db, actor, item_id)
    assert opened.can_act, opened.blocked_message
    print("claimed", flush=True)
    sys.stdin.readline()
    opened = inbox.open_item(db, actor, item_id)
    inbox.answer(db, actor, item_id, "Svar fra den anden arbejdsstation.", expected_version=opened.detail.version)
    print("answered", flush=True)
    db.dispose()
""")


def test_another_process_claims_and_answers_and_the_view_follows(qtbot, open_inbox, inbox_db, inbox_db_path):
    view = open_inbox("laege")
    row, item_id = _free_econsult(view)
    proc = subprocess.Popen([sys.executable, "-c", SUBPROCESS, str(inbox_db_path), str(item_id)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "claimed"

        def row_now():
            i = view.model.row_of(item_id)
            return view.model.rows()[i] if i >= 0 else None

        qtbot.waitUntil(lambda: row_now() is not None and row_now().claimed_by_name != "", timeout=10000)
        open_row(qtbot, view, view.model.row_of(item_id))
        assert view.detail.claim_banner.text().startswith("Behandles af ")
        assert not view.detail.econsult.send_button.isEnabled()
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "answered"
        qtbot.waitUntil(lambda: "Svar fra den anden arbejdsstation." in view.detail.econsult.thread.toPlainText(),
                        timeout=10000)
        qtbot.waitUntil(lambda: view.model.row_of(item_id) < 0, timeout=10000)
    finally:
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
        proc.stdout.close()


@pytest.mark.postgres
def test_postgres_two_connections_listen_notify(qtbot, pg_db, qapp):
    """On PostgreSQL the watcher LISTENs; a change on another connection shows up."""
    from clinicdesk import demo
    from clinicdesk.views.inbox import InboxView
    from clinicdesk.views.worker import wait_for_all

    demo.build_demo(pg_db, patients=20, items=12)
    other = Database(pg_db.engine.url.render_as_string(hide_password=False), migrate=False)
    try:
        view = InboxView(pg_db, actor_for(pg_db, "laege"), poll_ms=60_000)  # polling practically off
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.watcher.last_id is not None, timeout=20000)
        qtbot.waitUntil(lambda: view.watcher._listener is not None and view.watcher._listener.listening, timeout=10000)
        row = next(r for r in view.model.rows() if r.claimed_by_id is None and r.status != ItemStatus.DONE)
        nurse = actor_for(other, "sygeplejerske")
        inbox.open_item(other, nurse, row.id)
        qtbot.waitUntil(lambda: view.model.rows()[view.model.row_of(row.id)].claimed_by_id == nurse.staff_id,
                        timeout=10000)
        view.stop()
    finally:
        wait_for_all()
        other.dispose()


def test_claim_is_renewed_while_open_and_not_while_locked(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    row, item_id = _free_econsult(view)
    open_row(qtbot, view, row)

    def expires():
        with inbox_db.session() as s:
            return s.get(InboxItem, item_id).claim_expires_at

    first = expires()
    view.detail.renew_timer.setInterval(50)
    view.detail.renew_timer.start()
    qtbot.waitUntil(lambda: expires() > first, timeout=10000)
    view.set_locked(True)  # the main window locked itself: the lease may lapse now
    assert not view.detail.renew_timer.isActive() and not view.watcher._timer.isActive()
    view.set_locked(False)
    qtbot.waitUntil(lambda: view.detail.renew_timer.isActive() and view.watcher._timer.isActive(), timeout=10000)


def test_a_lapsed_claim_frees_the_item_on_the_other_workstation(qtbot, open_inbox, inbox_db, second_db):
    from datetime import datetime, timedelta, timezone

    doctor = open_inbox("laege")
    nurse = open_inbox("sygeplejerske", db=second_db)
    row, item_id = _free_econsult(doctor)
    open_row(qtbot, doctor, row)
    doctor.detail.renew_timer.stop()  # the doctor walks away: nothing renews the claim any more
    qtbot.waitUntil(lambda: nurse.model.row_of(item_id) >= 0
                    and nurse.model.rows()[nurse.model.row_of(item_id)].claimed_by_id is not None, timeout=10000)
    open_row(qtbot, nurse, nurse.model.row_of(item_id))
    assert not nurse.detail.current.can_act
    with inbox_db.write_session() as s:  # the lease runs out (as it would after the clinic's idle minutes)
        s.get(InboxItem, item_id).claim_expires_at = datetime.now(timezone.utc) - timedelta(seconds=1)
    # the nurse's list knows when the lease it saw ends: its tick after that re-reads the item
    nurse.live._lapse_tick(now=datetime.now(timezone.utc) + timedelta(minutes=20))
    qtbot.waitUntil(lambda: nurse.detail.current is not None and nurse.detail.current.can_act, timeout=10000)
    assert not nurse.detail.claim_banner.isVisible()
    assert nurse.detail.econsult.send_button.isEnabled()


def test_take_next_on_two_workstations_gives_different_items(qtbot, open_inbox, inbox_db, second_db):
    from inbox_gui_helpers import activate

    doctor = open_inbox("laege")
    nurse = open_inbox("sygeplejerske", db=second_db)
    activate(qtbot, doctor)
    doctor.table.setFocus()
    qtbot.keyClick(doctor.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: doctor.detail.current is not None and doctor.detail.current.can_act, timeout=10000)
    activate(qtbot, nurse)
    nurse.table.setFocus()
    qtbot.keyClick(nurse.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: nurse.detail.current is not None and nurse.detail.current.can_act, timeout=10000)
    assert doctor.detail.current.detail.id != nurse.detail.current.detail.id
    assert doctor.detail.current.claim.mine and nurse.detail.current.claim.mine
