"""The escalation notice: an urgent item nobody has opened in time, shown in the window at once.

Every ``interval_ms`` (a minute) the watch runs, off the GUI thread, the safety net's periodic jobs
(``services.safety.jobs.run_safety_jobs``) and asks which urgent items have escalated
(``services.safety.escalation.due_escalations``) at ``now()`` (a callable, so tests control the
clock). Each escalation (item and ``since``) is shown once per session as a red notice at the top of
the window, "Haster-henvendelse ikke åbnet i N minutter", which stays until it is opened (Enter or a
click opens the item in the inbox), dismissed, or the item was opened elsewhere. Never a modal box.
A tick that fails (the database gone, locked, the network to the server down) or is still running when
the next is due puts one line at the top of the same banner, "Overvågningen af hastende henvendelser
virker ikke (siden 10:07): <what is wrong> …", so nobody believes urgent items are watched while they are
not; the next tick that succeeds takes it away. Only the exception's class is logged.
Ctrl+Shift+B opens the oldest notice's item from anywhere in the window.

``install_safety(window)`` adds the watch, the notice bar, "Vis → Hastesager ved lukketid…", "Vis →
Opgaver…", "Vis → Kan ikke kontaktes…" and, after login, the next opening's overview when urgent items
arrived while the clinic was closed. Highlighting for staff, not triage.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from clinicdesk.services.inbox import Folder
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.escalation import due_escalations, opening_overview
from clinicdesk.services.safety.jobs import run_safety_jobs
from clinicdesk.services.safety.settings import safety_settings
from clinicdesk.services.safety.tasks import count_tasks
from clinicdesk.views.inbox.formatting import short_datetime
from clinicdesk.views.safety import dialogs
from clinicdesk.views.fault_cause import fault_cause, not_answering
from clinicdesk.views.fitted_label import FittedLabel
from clinicdesk.views.worker import run_in_background

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000
OPEN_OLDEST_KEYS = "Ctrl+Shift+B"
RED = "#b3261e"

_JOBS_FAILED = QT_TRANSLATE_NOOP("SafetyWatch", "Varsler og \"Ring til patienten\"-opgaver kunne ikke gemmes.")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def poll(db, actor, now: datetime) -> tuple[int, tuple, int, int]:
    """(escalation minutes, the escalated items, the actor's open tasks, the clinics whose jobs failed):
    one tick's work (worker thread)."""
    report = run_safety_jobs(db, now)
    due = due_escalations(db, actor, now)
    minutes = safety_settings(db, actor).escalation_minutes
    tasks = count_tasks(db, actor, mine=True)
    return minutes, due, tasks, report.failed_clinics


class NoticeButton(QPushButton):
    """One notice: Enter, Space or a click opens its item."""

    def event(self, event) -> bool:
        # Enter is the inbox's "open the current row": on a notice it opens the notice's item
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class EscalationBanner(QFrame):
    """The red notices, newest last; ``open_requested(item_id)`` when one is chosen. Its holder shows it
    on ``notice_added`` and hides it on ``emptied``."""

    open_requested = Signal(int)
    more_requested = Signal()  # "+ n flere": the Haster folder lists them all
    notice_added = Signal()
    emptied = Signal()

    MAX_SHOWN = 3  # notices shown at once (the oldest); the rest are counted on one line
    SHORT_WINDOW = 900  # a window lower than this (a laptop's 768 px) shows one notice fewer

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("escalationBanner")
        self.setAccessibleName(self.tr("Hastevarsler"))
        self.setStyleSheet(
            f"#escalationBanner {{ background: {RED}; border-radius: 4px; }}"
            "#escalationBanner QPushButton { color: #ffffff; background: transparent; border: none; "
            "font-weight: 600; text-align: left; padding: 4px 8px; }"
            "#escalationBanner QPushButton:focus { border: 2px solid #ffffff; }"
            "#escalationBanner QToolButton { color: #ffffff; background: transparent; border: none; font-weight: 600; }"
            "#escalationBanner QToolButton:focus { border: 2px solid #ffffff; }"
            "#escalationBanner QLabel#escalationFault { color: #ffffff; font-weight: 600; padding: 4px 8px; }")
        # every notice, oldest first: its button (None until it is among the MAX_SHOWN oldest), its words
        self.notices: dict[tuple[int, datetime], NoticeButton | None] = {}
        self._texts: dict[tuple[int, datetime], str] = {}
        self._rows: dict[tuple[int, datetime], QWidget] = {}
        self._watching_window = False  # its window's height decides how many notices show
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(6, 4, 6, 4)
        self._lay.setSpacing(2)
        # the watch itself not working: first, above the notices (which may be out of date)
        self.fault_line = FittedLabel("", self)  # (a wrapped label in a tool bar kept 6 lines' height)
        self.fault_line.setObjectName("escalationFault")
        self.fault_line.hide()
        self._lay.addWidget(self.fault_line)
        # a busy day (or a clinic back after a holiday) must not push the inbox off the screen
        self.more_button = NoticeButton("", self)
        self.more_button.setObjectName("escalationMore")
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.clicked.connect(self.more_requested)
        self.more_button.hide()
        self._lay.addWidget(self.more_button)

    def add_notice(self, key: tuple[int, datetime], text: str) -> NoticeButton | None:
        """A notice (newest last); its button, or None while it waits behind the ``MAX_SHOWN`` oldest
        (a row is made when it moves up: 147 escalations at once froze the window for a tenth of a second)."""
        self._texts[key] = text
        self.notices[key] = None
        self._show_some()
        self.notice_added.emit()
        return self.notices[key]

    def _make_row(self, key: tuple[int, datetime]) -> None:
        text = self._texts[key]
        row = QWidget(self)
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        button = NoticeButton(text, row)
        button.setObjectName("escalationNotice")
        button.setToolTip(self.tr("Enter eller klik åbner henvendelsen i indbakken (Ctrl+Shift+B: den ældste)"))
        button.setAccessibleName(text)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _c=False, k=key: self._chosen(k))
        close = QToolButton(row)
        close.setObjectName("escalationDismiss")
        close.setText("✕")
        close.setToolTip(self.tr("Skjul varslet"))
        close.setAccessibleName(self.tr("Skjul varslet"))
        close.clicked.connect(lambda _c=False, k=key: self.remove(k))
        rl.addWidget(button, 1)
        rl.addWidget(close)
        self._lay.insertWidget(self._lay.count() - 1, row)  # above the "+ n flere" line
        row.show()  # (a child made after its parent was shown stays hidden until told)
        self.notices[key] = button
        self._rows[key] = row

    def show_fault(self, text: str | None) -> None:
        """The line saying the watch does not work (``text``), or none (None); its holder shows the bar on
        ``notice_added`` and hides it on ``emptied`` as for the notices."""
        if text:
            self.fault_line.setText(text)
            self.fault_line.setAccessibleName(text)
            self.fault_line.show()
            self.notice_added.emit()
        elif not self.fault_line.isHidden():
            self.fault_line.hide()
            self.fault_line.clear()
            if not self.notices:
                self.emptied.emit()

    def max_shown(self) -> int:
        """``MAX_SHOWN``, one fewer in a short window: at 1366×768 four lines of notices left the
        open item too little room (its urgent heading and the check before Send stood over each other)."""
        win = self.window()
        short = win is not self and 0 < win.height() < self.SHORT_WINDOW
        return self.MAX_SHOWN - 1 if short else self.MAX_SHOWN

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        win = self.window()
        if win is not self and not self._watching_window:
            self._watching_window = True
            win.installEventFilter(self)  # its height decides how many notices show
        self._show_some()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and obj is self.window():
            self._show_some()
        return False

    def _show_some(self) -> None:
        """The ``max_shown()`` oldest as rows (made when they move up; a row that no longer fits goes
        back to waiting), the rest counted on one line."""
        shown = self.max_shown()
        for n, key in enumerate(list(self.notices)):
            if n < shown and self.notices[key] is None:
                self._make_row(key)
            elif n >= shown and self.notices[key] is not None:
                row = self._rows.pop(key)
                row.hide()
                row.deleteLater()
                self.notices[key] = None
            elif n >= shown:
                break  # (the rest wait already)
        extra = len(self.notices) - shown
        if extra > 0:
            text = QCoreApplication.translate("SafetyWatch", "+ %n hastevarsler mere – vis mappen Haster", "", extra)
            self.more_button.setText(text)
            self.more_button.setAccessibleName(text)
        self.more_button.setVisible(extra > 0)

    def _chosen(self, key) -> None:
        self.remove(key)
        self.open_requested.emit(key[0])

    def remove(self, key) -> None:
        self._drop([key])

    def keep_only(self, keys) -> None:
        """Notices whose item is no longer waiting (opened elsewhere, done) go."""
        self._drop([k for k in self.notices if k not in keys])

    def _drop(self, keys) -> None:
        """The notices go at once; then the next oldest move up (one at a time, each dropped key
        made and unmade the next one's row: a new clinic's reset of 147 notices built 144)."""
        for key in keys:
            row = self._rows.pop(key, None)
            self.notices.pop(key, None)
            self._texts.pop(key, None)
            if row is not None:
                row.hide()
                row.deleteLater()
        self._show_some()
        if not self.notices and self.fault_line.isHidden():
            self.emptied.emit()

    def open_oldest(self) -> bool:
        if not self.notices:
            return False
        self.notices[next(iter(self.notices))].click()
        return True

    def texts(self) -> list[str]:
        return list(self._texts.values())


class SafetyWatch(QObject):
    """The timer and what it found; ``now`` is the clock (a callable returning an aware datetime)."""

    tasks_counted = Signal(int)

    def __init__(self, db, actor_getter: Callable, banner: EscalationBanner, parent=None, *,
                 now: Callable[[], datetime] = utc_now, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._db = db
        self._actor = actor_getter
        self.banner = banner
        self.now = now
        self.shown: set[tuple[int, datetime]] = set()  # one notice per item and ``since`` per session
        self._busy = False
        self._busy_since = 0.0  # time.monotonic() when the running tick started
        self._tick_at: datetime | None = None  # the clock when the running tick started
        self.failing_since: datetime | None = None  # the clock at the first tick of a failing run
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        if self._busy:
            # the last tick has not come back in a whole interval (a server that does not answer, a lock
            # held for long): the watch is not watching, say so (once per run of failures)
            if (self.failing_since is None
                    and time.monotonic() - self._busy_since >= self.timer.interval() / 1000):
                self._fault(not_answering())
            return
        self._busy = True
        self._busy_since = time.monotonic()
        self._tick_at = now = self.now()
        actor = self._actor()
        run_in_background(poll, self._db, actor, now, on_done=lambda r: self._found(actor, r),
                          on_error=self._failed, context=self)

    def _failed(self, exc) -> None:
        self._busy = False  # the next tick tries again; until one succeeds, the banner says so
        log.warning("escalation watch tick failed: %s", type(exc).__name__)  # the class only, never its text
        self._fault(fault_cause(exc))

    def _fault(self, cause: str) -> None:
        if self.failing_since is None:
            self.failing_since = self._tick_at or self.now()
        self.banner.show_fault(fault_text(self.failing_since, cause, self.now()))

    def _found(self, actor, result) -> None:
        self._busy = False
        minutes, due, tasks, jobs_failed = result
        if jobs_failed:  # the notices below still show; what the jobs record and file did not happen
            self._fault(QCoreApplication.translate("SafetyWatch", _JOBS_FAILED))
        elif self.failing_since is not None:  # watching again
            self.failing_since = None
            self.banner.show_fault(None)
        if actor != self._actor():
            return  # the clinic changed while the worker ran
        keys = {(w.item_id, w.since) for w in due}
        self.banner.keep_only(keys)
        for w in due:
            key = (w.item_id, w.since)
            if key in self.shown:
                continue
            self.shown.add(key)
            self.banner.add_notice(key, notice_text(minutes, w))
        self.tasks_counted.emit(tasks)

    def reset(self) -> None:
        """Another clinic: its own notices."""
        self.shown.clear()
        self.banner.keep_only(set())


def notice_text(minutes: int, waiting) -> str:
    head = QCoreApplication.translate("SafetyWatch", "Haster-henvendelse ikke åbnet i %n minutter", "", minutes)
    when = (QCoreApplication.translate("SafetyWatch", "modtaget %1, varslet %2")
            .replace("%1", short_datetime(waiting.received_at)).replace("%2", short_datetime(waiting.since)))
    return f"{head} – {when}"


def fault_text(since: datetime, cause: str, now: datetime | None = None) -> str:
    text = QCoreApplication.translate("SafetyWatch", "Overvågningen af hastende henvendelser virker ikke (siden %1): %2 Den prøver igen hvert minut. Hold imens selv øje med mappen Haster, og kontakt IT, hvis det varer ved.")  # noqa: E501 (one literal for lupdate)
    return text.replace("%1", short_datetime(since, now)).replace("%2", cause)


def _show_urgent_folder(window) -> None:
    view = window.page("inbox") if hasattr(window, "page") else None
    if view is not None:
        window.show_page("inbox")
        view.folders.select_folder(Folder.URGENT)


def open_in_inbox(window, item_id: int) -> bool:
    """Show the inbox with ``item_id`` open (and claimed, as opening does), its pane focused."""
    view = window.page("inbox") if hasattr(window, "page") else None
    if view is None:
        return False
    window.show_page("inbox")
    row = view.model.row_of(item_id)
    if row >= 0:
        view.table.setCurrentIndex(view.model.index(row, 0))
    detail = view.detail
    if detail.item_id == item_id and detail.current is not None:
        pane = detail.current_pane()
        if pane is not None:
            pane.focus_first()
        return True
    slot = {}

    def focus_when_open(opened):
        detail.opened.disconnect(slot["fn"])
        pane = detail.current_pane()
        if opened.detail.id == item_id and pane is not None:
            pane.focus_first()

    slot["fn"] = focus_when_open
    detail.opened.connect(focus_when_open)
    detail.open_item(item_id)
    return True


class SafetyInstall(QObject):
    """What ``install_safety`` put on the window (tests reach the parts through ``window.safety``)."""

    def __init__(self, window, *, now: Callable[[], datetime] = utc_now, interval_ms: int = INTERVAL_MS,
                 start: bool = True):
        super().__init__(window)
        self.window = window
        self.bar = QToolBar(QCoreApplication.translate("SafetyWatch", "Hastevarsler"), window)
        self.bar.setObjectName("escalationBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        self.banner = EscalationBanner(self.bar)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.banner.open_requested.connect(lambda item_id: open_in_inbox(window, item_id))
        self.banner.more_requested.connect(lambda: _show_urgent_folder(window))
        self.banner.emptied.connect(self.bar.hide)
        self.watch = SafetyWatch(window.db, lambda: window.actor, self.banner, self, now=now, interval_ms=interval_ms)
        self.watch.tasks_counted.connect(self._tasks_counted)
        self.banner.notice_added.connect(self._notice_added)
        self.open_oldest_action = QAction(QCoreApplication.translate("SafetyWatch", "Åbn det ældste hastevarsel"), window)
        self.open_oldest_action.setObjectName("openOldestEscalation")
        self.open_oldest_action.setShortcut(QKeySequence(OPEN_OLDEST_KEYS))
        self.open_oldest_action.triggered.connect(self.banner.open_oldest)
        window.addAction(self.open_oldest_action)
        self.closing_action = QAction(QCoreApplication.translate("SafetyWatch", "Hastesager ved lukketid…"), window)
        self.closing_action.setObjectName("closingOverviewAction")
        self.closing_action.triggered.connect(self.show_closing)
        self.tasks_action = QAction(QCoreApplication.translate("SafetyWatch", "Opgaver…"), window)
        self.tasks_action.setObjectName("tasksAction")
        self.tasks_action.triggered.connect(self.show_tasks)
        self.contact_action = QAction(QCoreApplication.translate("SafetyWatch", "Kan ikke kontaktes…"), window)
        self.contact_action.setObjectName("contactProblemsAction")
        self.contact_action.triggered.connect(self.show_contact_problems)
        window.view_menu.addSeparator()
        for a in (self.closing_action, self.tasks_action, self.contact_action, self.open_oldest_action):
            window.view_menu.addAction(a)
        self.dialog = None
        window.actor_changed.connect(self._actor_changed)
        window.locked_changed.connect(self._locked)
        if hasattr(window, "closed"):
            window.closed.connect(lambda _s: self.watch.stop())
        self._actor_changed(window.actor, reset=False)
        if start:
            self.watch.start()
            self.watch.check_now()
            self.show_opening_if_any()

    # ------------------------------------------------------------------ life cycle
    def _notice_added(self) -> None:
        if not self.window.is_locked:  # a locked window shows nothing but the lock page
            self.bar.show()

    def _locked(self, locked: bool) -> None:
        if locked:
            self.watch.stop()
        else:
            self.watch.start()
            self.watch.check_now()

    def _actor_changed(self, actor, reset: bool = True) -> None:
        if reset:
            self.watch.reset()
        self.contact_action.setVisible(actor.can(Perm.READ_PATIENT))

    def _tasks_counted(self, n: int) -> None:
        self.tasks_action.setText(QCoreApplication.translate("SafetyWatch", "Opgaver (%n)…", "", n) if n else QCoreApplication.translate("SafetyWatch", "Opgaver…"))

    # ------------------------------------------------------------------ the lists
    def _show(self, dlg):
        self.dialog = dlg
        dlg.open_item.connect(lambda item_id: open_in_inbox(self.window, item_id))
        dlg.show()  # not open(): that makes it window-modal, and the lists stay beside the inbox
        return dlg

    def show_closing(self):
        return self._show(dialogs.OverviewDialog(self.window.db, self.window.actor, self.watch.now(), closing=True,
                                                 parent=self.window))

    def show_opening_if_any(self) -> None:
        actor = self.window.actor
        run_in_background(opening_overview, self.window.db, actor, self.watch.now(),
                          on_done=lambda ov: self._opening_arrived(actor, ov), on_error=lambda _e: None, context=self)

    def _opening_arrived(self, actor, overview) -> None:
        if overview.items and actor == self.window.actor and not self.window.is_locked:
            self._show(dialogs.OverviewDialog(self.window.db, actor, self.watch.now(), closing=False,
                                              overview=overview, parent=self.window))

    def show_tasks(self):
        dlg = dialogs.TasksDialog(self.window.db, self.window.actor, self.window)
        dlg.changed.connect(self.watch.check_now)
        return self._show(dlg)

    def show_contact_problems(self):
        if not self.window.actor.can(Perm.READ_PATIENT):
            return None
        return self._show(dialogs.ContactProblemsDialog(self.window.db, self.window.actor, self.window))


def install_safety(window, *, now: Callable[[], datetime] = utc_now, interval_ms: int = INTERVAL_MS,
                   start: bool = True) -> SafetyInstall:
    """Put the safety net on the main window (called by the app after login; tests pass ``now``)."""
    window.safety = SafetyInstall(window, now=now, interval_ms=interval_ms, start=start)
    return window.safety
