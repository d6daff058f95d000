"""The answer pane after a commit in doubt (issue 11, items 1-3): a retry that is safe.

The answer really is stored, then the connection "drops" (the service is wrapped so it
commits and then raises ``CommitInDoubt``, as a PostgreSQL COMMIT whose reply is lost
does). The pane says the answer may have gone through and that pressing Send again
is safe; the draft stays. Pressing Send again sends the same action id, and the user
reads "Allerede sendt …" while the thread holds the answer once. Before, the retry
was refused with "En anden har ændret dette…", blaming a colleague.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from clinicdesk.domain.enums import ItemKind, MessageDirection
from clinicdesk.domain.errors import CommitInDoubt, DiskFull
from clinicdesk.models import Message, OutboxMail
from clinicdesk.services import inbox
from inbox_gui_helpers import (  # noqa: F401
    db_scalar, first_row, inbox_db, inbox_db_path, inbox_template, open_inbox, open_row,
)

ANSWER = "Kære patient, tag en ekstra pude under knæet."
SEND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier  # Ctrl+Alt+Enter: Send svar


def _flaky(monkeypatch, fault, *, commit_first: bool):
    """``inbox.answer`` whose first call (optionally) commits and then raises ``fault``; the ids it got."""
    real = inbox.answer
    calls: list[str | None] = []

    @functools.wraps(real)
    def answer(*args, **kwargs):
        calls.append(kwargs.get("action_id"))
        if len(calls) == 1:
            if commit_first:
                real(*args, **kwargs)  # stored, and the reply to the COMMIT never arrives
            raise fault
        return real(*args, **kwargs)

    monkeypatch.setattr(inbox, "answer", answer)
    return calls


def _press_send(qtbot, pane) -> None:
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, SEND)


def test_send_in_doubt_then_send_again_says_already_sent_and_the_thread_holds_it_once(
        qtbot, monkeypatch, open_inbox, inbox_db):
    calls = _flaky(monkeypatch, CommitInDoubt(), commit_first=True)
    view = open_inbox("sekretaer")
    item_id = open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.send_button.isEnabled(), timeout=10000)
    mails = db_scalar(inbox_db, select(func.count()).select_from(OutboxMail))
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, ANSWER)
    _press_send(qtbot, pane)

    qtbot.waitUntil(lambda: view.detail.error_label.isVisible(), timeout=20000)
    shown = view.detail.error_label.text()
    assert "uvist, om den nåede frem" in shown and "kan være gennemført" in shown
    assert "Tryk på den samme knap igen – det er sikkert" in shown
    assert "En anden har ændret" not in shown and not view.detail.stale_bar.isVisible()
    assert pane.editor.toPlainText() == ANSWER  # the draft stays
    assert pane.send_button.isEnabled()  # the same press can be made again

    _press_send(qtbot, pane)
    qtbot.waitUntil(lambda: "Allerede sendt" in view.toast_label.text(), timeout=20000)
    assert view.toast_label.text().startswith("Allerede sendt – handlingen blev gennemført i første forsøg")
    assert not view.detail.error_label.isVisible() and not view.detail.stale_bar.isVisible()
    assert len(calls) == 2 and calls[0] is not None and calls[0] == calls[1]  # the same intent, the same id
    thread = view.detail.current.detail.messages
    assert [m.body for m in thread if m.direction == MessageDirection.TO_PATIENT].count(ANSWER) == 1
    assert ANSWER in pane.thread.toPlainText() and pane.thread.toPlainText().count(ANSWER) == 1
    assert pane.editor.toPlainText() == ""  # sent: the draft is gone
    assert db_scalar(inbox_db, select(func.count()).select_from(Message)
                     .where(Message.item_id == item_id, Message.body == ANSWER)) == 1
    assert db_scalar(inbox_db, select(func.count()).select_from(OutboxMail)) == mails + 1


def test_a_fault_before_anything_was_stored_then_send_again_sends_it(qtbot, monkeypatch, open_inbox, inbox_db):
    calls = _flaky(monkeypatch, DiskFull(), commit_first=False)
    view = open_inbox("sekretaer")
    item_id = open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.send_button.isEnabled(), timeout=10000)
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, ANSWER)
    _press_send(qtbot, pane)
    qtbot.waitUntil(lambda: view.detail.error_label.isVisible(), timeout=20000)
    assert "Disken er fuld" in view.detail.error_label.text()
    assert "Det er sikkert at trykke på den samme knap igen" in view.detail.error_label.text()
    assert pane.editor.toPlainText() == ANSWER
    _press_send(qtbot, pane)
    qtbot.waitUntil(lambda: not view.detail.error_label.isVisible() and "sendt" in view.toast_label.text(),
                    timeout=20000)
    assert "Allerede" not in view.toast_label.text()
    assert calls[0] == calls[1]
    assert db_scalar(inbox_db, select(func.count()).select_from(Message)
                     .where(Message.item_id == item_id, Message.body == ANSWER)) == 1


def test_after_a_success_the_next_action_gets_a_new_id(qtbot, monkeypatch, open_inbox):
    real = inbox.add_internal_note
    seen: list[str] = []

    @functools.wraps(real)
    def note(*args, **kwargs):
        seen.append(kwargs["action_id"])
        return real(*args, **kwargs)

    monkeypatch.setattr(inbox, "add_internal_note", note)
    view = open_inbox("sekretaer")
    open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.note_button.isEnabled(), timeout=10000)
    for n in (1, 2):
        pane.editor.setFocus()
        qtbot.keyClicks(pane.editor, f"Notat {n}")
        qtbot.mouseClick(pane.note_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(seen) == n and not view.detail.busy and pane.editor.toPlainText() == "",
                        timeout=20000)
    assert len(set(seen)) == 2
