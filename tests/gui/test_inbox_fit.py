"""The inbox fits a clinic's screen (issue 13, items 1-3): the real main window at 1366×768.

No sideways scroll bar, no CPR number cut with "…", the list keeps its width whatever kind of
item is opened, columns hidden from the header's menu stay hidden (per workstation), every
visible button is as wide as its text, and the small things: the paperclip icon, each message
once in the thread, stale errors, spin box arrows, a reason box that keeps its text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractSpinBox, QPushButton, QSpinBox

from clinicdesk.demo import DEMO_PASSWORD
from clinicdesk.domain.enums import ItemKind
from clinicdesk.services import auth
from clinicdesk.views.inbox import table_model as tm
from inbox_gui_helpers import inbox_db, inbox_db_path, inbox_template  # noqa: F401 (fixtures)

SIZE = (1366, 768)


@pytest.fixture
def window(qtbot, inbox_db, tmp_path, qapp):
    from clinicdesk.app import apply_style, install_extensions
    from clinicdesk.views.main_window import MainWindow
    from clinicdesk.views.worker import wait_for_all

    apply_style(qapp)  # the app's style sheet: buttons' padding and minimum widths count
    res = auth.login(inbox_db, "laege", DEMO_PASSWORD)
    actor = res.actor_for(res.memberships[0].clinic_id)
    ini = tmp_path / "ws.ini"
    wins = []

    def _open():
        settings = QSettings(str(ini), QSettings.Format.IniFormat)
        win = MainWindow(inbox_db, res, actor, idle_timeout_ms=30 * 60_000, settings=settings)
        qtbot.addWidget(win)
        install_extensions(win)
        win.resize(*SIZE)
        win.show()
        qtbot.waitExposed(win)
        view = win.page("inbox")
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
        qtbot.wait(50)
        wins.append(win)
        return win, view

    yield _open
    for w in wins:
        w.page("inbox").stop()
    wait_for_all()
    qapp.setStyleSheet("")


def _open_kind(qtbot, view, kind: ItemKind, *, undecided: bool = False, urgent: bool | None = None) -> None:
    """Open the first row of ``kind`` (``undecided``: one still waiting for the clinic, New or Open:
    the demo is built on today's clock, so which booking comes first changes during the day;
    ``urgent``: flagged Haster or not, for the same reason)."""
    from clinicdesk.domain.enums import ItemStatus, Priority

    row = next(i for i, r in enumerate(view.model.rows()) if r.kind == kind
               and (not undecided or (r.status in (ItemStatus.NEW, ItemStatus.OPEN) and r.claimed_by_id is None))
               and (urgent is None or (r.priority == Priority.URGENT) == urgent))
    view.table.setCurrentIndex(view.model.index(row, tm.COL_RECEIVED))
    view.open_current()  # what Enter on the list does
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.kind == kind, timeout=10000)
    qtbot.wait(50)


def _cpr_cells_fit(view) -> list[str]:
    """The CPR numbers that would be cut: the text (in the cell's font) wider than its column."""
    t = view.table
    width = t.columnWidth(tm.COL_CPR)
    cut = []
    for r in range(view.model.rowCount()):
        idx = view.model.index(r, tm.COL_CPR)
        text = idx.data() or ""
        font = idx.data(Qt.ItemDataRole.FontRole) or QFont(t.font())
        if QFontMetrics(font).horizontalAdvance(text) + 8 > width:
            cut.append(text)
    return cut


def test_the_list_fits_at_1366_and_keeps_its_width_whatever_is_opened(qtbot, window):
    win, view = window()
    t = view.table
    assert not t.horizontalScrollBar().isVisible()
    assert t.horizontalHeader().length() <= t.viewport().width()
    assert not t.isColumnHidden(tm.COL_CPR) and not t.isColumnHidden(tm.COL_PATIENT)
    assert _cpr_cells_fit(view) == []
    # "Behandles af" is an icon with its name in the tooltip; the row's cell names the person for a screen reader
    header = view.model
    assert header.headerData(tm.COL_CLAIMED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Behandles af"
    assert not t.isColumnHidden(tm.COL_CLAIMED)
    widths = []
    for kind in (ItemKind.ECONSULT, ItemKind.RENEWAL, ItemKind.BOOKING, ItemKind.SIGNUP):
        _open_kind(qtbot, view, kind)
        widths.append(t.width())
        assert not t.horizontalScrollBar().isVisible(), kind
    assert len(set(widths)) == 1, widths  # no jump


def test_every_visible_button_of_every_pane_is_as_wide_as_its_text(qtbot, window):
    win, view = window()
    for kind in (ItemKind.ECONSULT, ItemKind.RENEWAL, ItemKind.BOOKING, ItemKind.SIGNUP):
        _open_kind(qtbot, view, kind)
        buttons = [b for b in view.detail.findChildren(QPushButton) if b.isVisible()]
        assert buttons, kind
        clipped = [(b.text(), b.width(), b.sizeHint().width()) for b in buttons if b.width() < b.sizeHint().width()]
        assert clipped == [], kind
        inside = view.detail.rect()
        outside = [b.text() for b in buttons
                   if not inside.contains(b.mapTo(view.detail, b.rect().bottomRight()))]
        assert outside == [], kind


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # a menu, offscreen
def test_a_column_hidden_from_the_header_menu_stays_hidden_and_comes_back(qtbot, window):
    win, view = window()
    lp = view.list_pane
    assert not view.table.isColumnHidden(tm.COL_KIND)
    menu = lp.show_column_menu()
    kind_action = next(a for a in menu.actions() if a.data() == tm.COL_KIND)
    assert kind_action.text() == "Type" and kind_action.isChecked()
    kind_action.trigger()  # untick "Type"
    assert view.table.isColumnHidden(tm.COL_KIND)
    menu.close()
    view.stop()
    win.close()

    win2, view2 = window()  # the same workstation: the choice is remembered
    assert view2.table.isColumnHidden(tm.COL_KIND)
    menu = view2.list_pane.show_column_menu()
    kind_action = next(a for a in menu.actions() if a.data() == tm.COL_KIND)
    assert not kind_action.isChecked()
    kind_action.trigger()
    assert not view2.table.isColumnHidden(tm.COL_KIND)
    assert not view2.table.horizontalScrollBar().isVisible()


def test_the_splitter_remembers_its_place_per_workstation(qtbot, window):
    win, view = window()
    sizes = view.splitter.sizes()
    moved = [sizes[0], sizes[1] - 60, sizes[2] + 60]
    view.splitter.setSizes(moved)
    moved = view.splitter.sizes()
    view.splitter.splitterMoved.emit(moved[0] + moved[1], 2)
    view.stop()
    win.close()
    win2, view2 = window()
    assert view2.splitter.sizes() == moved


def test_attachments_show_an_icon_not_the_emoji_and_each_message_once(qtbot, window):
    win, view = window()
    from clinicdesk.services.inbox import Folder

    view.folders.select_folder(Folder.ALL)  # done items too: the demo's threads with files may all be done
    qtbot.waitUntil(lambda: view.model.loaded and not view.model.is_loading and view.model.rowCount() > 0,
                    timeout=10000)
    d = None
    for i, r in enumerate(view.model.rows()):
        if r.kind != ItemKind.ECONSULT:
            continue
        view.table.setCurrentIndex(view.model.index(i, 0))
        view.open_current()
        qtbot.waitUntil(lambda r=r: view.detail.current is not None and view.detail.current.detail.id == r.id,
                        timeout=10000)
        d = view.detail.current.detail
        if any(m.attachments for m in d.messages) and len(d.messages) > 1:
            break
    assert d is not None and any(m.attachments for m in d.messages)
    pane = view.detail.econsult
    html = pane.thread.toHtml()
    assert "📎" not in pane.thread.toPlainText() and "📎" not in html
    assert "paperclip.svg" in html and "vedhæftet fil" in html
    text = pane.thread.toPlainText()
    for m in d.messages:
        assert text.count(m.body.strip().splitlines()[0]) == 1, m.body[:30]
    first = pane.att_list.item(0)
    assert not first.icon().isNull()
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith("vedhæftet fil: ")


def test_signup_rows_name_the_applicant(qtbot, window):
    win, view = window()
    rows = [r for r in view.model.rows() if r.kind == ItemKind.SIGNUP]
    assert rows
    for r in rows:
        i = view.model.row_of(r.id)
        assert view.model.index(i, tm.COL_PATIENT).data(), r.id
        assert "Ny bruger" not in view.model.index(i, tm.COL_PATIENT).data()  # the applicant, not the subject
        assert len(view.model.index(i, tm.COL_CPR).data()) == 11


def test_a_reason_box_stays_open_with_its_text_while_the_item_is_busy(qtbot, window):
    win, view = window()
    _open_kind(qtbot, view, ItemKind.BOOKING, undecided=True)
    pane = view.detail.booking
    pane.decline()
    dlg = pane.dialog
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    qtbot.keyClicks(dlg.edit, "Lægen er syg den dag")
    view.detail.busy = True  # a reload is under way: run_action answers False
    dlg.ok_button.click()
    assert dlg.isVisible() and dlg.edit.toPlainText() == "Lægen er syg den dag"
    assert "Vent et øjeblik, og tryk igen" in dlg.error.text()
    view.detail.busy = False
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: view.detail.current.detail.booking.outcome != "pending", timeout=10000)


def test_settings_spin_boxes_have_arrows(qtbot, qapp):
    from clinicdesk.app import apply_style
    from clinicdesk.domain.settings import CLINIC, Kind
    from clinicdesk.views.settings.fields import SettingField

    apply_style(qapp)
    try:
        s = next(s for s in CLINIC.values() if s.kind is Kind.INT)
        field = SettingField(s)
        qtbot.addWidget(field)
        field.resize(240, 60)
        field.show()
        qtbot.waitExposed(field)
        spin = field.widget
        assert isinstance(spin, QSpinBox)
        assert spin.buttonSymbols() != QAbstractSpinBox.ButtonSymbols.NoButtons
        # the arrows are drawn: the right end of the box has dark pixels (the triangles)
        img = spin.grab().toImage()
        right = [img.pixelColor(x, y) for x in range(img.width() - 20, img.width() - 4) for y in range(img.height())]
        assert any(c.lightness() < 110 for c in right)
    finally:
        qapp.setStyleSheet("")


def test_a_fixed_value_clears_its_stale_error(qtbot):
    from clinicdesk.domain.settings import CLINIC, Kind
    from clinicdesk.views.settings.fields import SettingField

    s = next(s for s in CLINIC.values() if s.kind is Kind.INT)
    field = SettingField(s)
    qtbot.addWidget(field)
    field.show()
    cleared = []
    field.valid_again.connect(cleared.append)
    field.widget.setValue(s.maximum + 1)
    field.set_error("For stort")
    field.widget.setValue(s.maximum + 2)  # still wrong: the error stays
    assert field.error.isVisible() and field.error.text() == "For stort"
    field.widget.setFocus()
    field.widget.selectAll()
    qtbot.keyClicks(field.widget, str(s.minimum))
    assert not field.error.isVisible()
    assert cleared == ["For stort"]


def test_the_renewal_tables_fit_their_pane_without_a_column_cut_off(qtbot, window):
    """At 1366 the requested-medicine table's last column ran past the pane's edge (cut, no scroll
    bar): every column now ends inside the table, sharing the room when the contents are wider."""
    win, view = window()
    _open_kind(qtbot, view, ItemKind.RENEWAL)
    pane = view.detail.renewal
    qtbot.wait(50)
    for table in (pane.lines_view, pane.meds_view):
        hh = table.horizontalHeader()
        last = max(c for c in range(hh.count()) if not hh.isSectionHidden(c))
        right = hh.sectionViewportPosition(last) + hh.sectionSize(last)
        assert right <= table.viewport().width() + 1, (table.objectName(), right, table.viewport().width())
        assert not table.horizontalScrollBar().isVisible()


def _second_line(db, item_id: int) -> None:
    """A renewal asks for at least two medicines: one more line when it has only one."""
    from sqlalchemy import select

    from clinicdesk.models import InboxItem, Medication, RenewalLine

    with db.write_session() as s:
        lines = s.scalars(select(RenewalLine).where(RenewalLine.item_id == item_id)).all()
        if len(lines) >= 2:
            return
        med = Medication(patient_id=s.get(InboxItem, item_id).patient_id, drug_name="Atorvastatin",
                         strength="20 mg", dosage="1 til natten")
        s.add(med)
        s.flush()
        s.add(RenewalLine(item_id=item_id, medication_id=med.id))


def test_every_requested_line_shows_and_no_heading_is_cut_at_both_ends(qtbot, window):
    """At 1366×768 with escalation notices above the list the doctor saw one and a half of the two
    requested medicines (the empty decision history took the room), and a heading wider than its
    column was cut at both ends (".ægemidde"): it ends in "…" now, whole in its tooltip."""
    win, view = window()
    safety = win.safety  # two notices in the banner, as the demo's clock gives them
    safety.watch.stop()
    qtbot.waitUntil(lambda: not safety.watch._busy, timeout=10000)
    for n in (1, 2):
        safety.banner.add_notice((n, None), f"Haster-henvendelse ikke åbnet i 30 minutter – {n}")
    pane = view.detail.renewal
    # two requested medicines on the first renewal, whatever the demo drew on this day
    first = next(i for i, r in enumerate(view.model.rows()) if r.kind == ItemKind.RENEWAL)
    _second_line(win.db, view.model.rows()[first].id)
    for row in range(first, view.model.rowCount()):
        r = view.model.rows()[row]
        if r.kind == ItemKind.RENEWAL:
            from inbox_gui_helpers import open_row

            open_row(qtbot, view, row)
            qtbot.waitUntil(lambda: view.detail.current is not None
                            and view.detail.current.detail.id == r.id, timeout=10000)
            if pane.lines_model.rowCount() >= 2:
                break
    assert pane.lines_model.rowCount() >= 2
    qtbot.wait(50)
    table = pane.lines_view
    shown = min(pane.lines_model.rowCount(), 4)
    assert table.viewport().height() >= shown * table.verticalHeader().defaultSectionSize()
    assert not pane.history_view.isVisible()  # no decisions yet: the title says "(ingen endnu)"
    hh = table.horizontalHeader()
    assert hh.textElideMode() == Qt.TextElideMode.ElideRight
    assert hh.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    heading = pane.lines_model.headerData(0, Qt.Orientation.Horizontal)
    assert pane.lines_model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == heading



def test_on_a_laptop_screen_the_window_starts_with_all_of_it():
    """First start on a screen under 1600 px wide: the whole screen. At 92 % of a 1366 screen (seen
    under X11: the window got 1256 px) the folders, the list's filters and the open item did not fit
    side by side, and the folder names and counts were cut ("Overskredne …"). A large screen: most
    of it, centred, as before."""
    from PySide6.QtCore import QRect

    from clinicdesk.views.main_window import first_start_geometry

    assert first_start_geometry(QRect(0, 0, 1366, 740)) == QRect(0, 0, 1366, 740)
    big = first_start_geometry(QRect(0, 0, 1920, 1050))
    assert (big.width(), big.height()) == (1766, 966) and big.center() == QRect(0, 0, 1920, 1050).center()


def _under_notices_with_a_failing_check(qtbot, window, monkeypatch):
    """The window at 1366×768 with five escalation notices (two shown in so low a window, the rest
    counted) and a check before Send that cannot run (the database is busy): ``(window, inbox view)``."""
    from datetime import datetime, timedelta, timezone

    from clinicdesk.domain.errors import DatabaseBusy
    from clinicdesk.views.inbox.panes import econsult

    def busy(*_a, **_k):
        raise DatabaseBusy()

    monkeypatch.setattr(econsult, "presend_warnings", busy)
    win, view = window()
    safety = win.safety
    safety.watch.stop()
    qtbot.waitUntil(lambda: not safety.watch._busy, timeout=10000)
    start = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)
    for n in range(5):
        safety.banner.add_notice((900 + n, start + timedelta(minutes=n)), f"Haster-henvendelse ikke åbnet i 30 minutter – {n}")
    return win, view


def test_the_check_before_send_fits_under_escalation_notices_at_1366(qtbot, window, monkeypatch):
    """Three notices and "+ n mere" above the inbox, the check before Send shown (it could not
    run): the box's lines were cut, and once whole, it stood over the "Skal læses" row (the thread
    and the answer kept a minimum of 84 px each). Now every line shows and no row covers another."""
    win, view = _under_notices_with_a_failing_check(qtbot, window, monkeypatch)
    _open_kind(qtbot, view, ItemKind.ECONSULT, undecided=True, urgent=False)  # (the urgent heading: the next test)
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.editor.isEnabled(), timeout=10000)
    qtbot.keyClicks(pane.editor, "Tak for beskeden. Prøven er fin.")
    pane.send_button.click()
    qtbot.waitUntil(lambda: pane.presend_label.isVisible(), timeout=10000)
    qtbot.wait(100)
    box = pane.presend_label
    lines = box.fontMetrics().boundingRect(0, 0, box.contentsRect().width(), 10_000, Qt.TextFlag.TextWordWrap,
                                           box.text()).height()
    assert box.contentsRect().height() >= lines

    def top(w):
        return w.mapTo(win, w.rect().topLeft()).y()

    def bottom(w):
        return w.mapTo(win, w.rect().bottomLeft()).y()

    assert bottom(pane.close_button) < top(box) and bottom(box) < top(pane.must_read) < top(pane.send_button)
    assert bottom(pane.send_button) <= win.height()


def test_an_urgent_items_heading_is_whole_under_escalation_notices_at_1366(qtbot, window, monkeypatch, inbox_db):
    """The "Haster – ord i beskeden: …" heading of an urgent e-consultation was squeezed to fewer
    lines than its words at 1366×768 with notices above the inbox, its first and last line cut
    (the disclaimer among them). Now it is as tall as its lines, with the check before Send shown
    too, and Send stays in the window."""
    win, view = _under_notices_with_a_failing_check(qtbot, window, monkeypatch)
    _answerable_urgent_econsult(qtbot, view, inbox_db)
    pane = view.detail.econsult
    bar = pane.urgent_bar
    qtbot.waitUntil(lambda: bar.state is not None and bar.state.words and pane.editor.isEnabled(), timeout=10000)
    qtbot.keyClicks(pane.editor, "Tak for beskeden.")
    pane.send_button.click()
    qtbot.waitUntil(lambda: pane.presend_label.isVisible(), timeout=10000)
    qtbot.wait(100)
    label = bar.label
    assert "(" in label.text() and label.text().endswith(")")  # the words and the disclaimer
    lines = label.fontMetrics().boundingRect(0, 0, label.contentsRect().width(), 10_000, Qt.TextFlag.TextWordWrap,
                                             label.text()).height()
    assert label.contentsRect().height() >= lines > 2 * label.fontMetrics().height()
    assert pane.send_button.mapTo(win, pane.send_button.rect().bottomLeft()).y() <= win.height()


def _answerable_urgent_econsult(qtbot, view, db) -> None:
    """Open the first urgent e-consultation of the list, made open and free first (the demo is built
    on today's clock: on some days the urgent ones wait for the patient or are a colleague's)."""
    from sqlalchemy import update

    from clinicdesk.domain.enums import ItemStatus, Priority
    from clinicdesk.models import InboxItem

    item_id = next(r.id for r in view.model.rows() if r.kind == ItemKind.ECONSULT and r.priority == Priority.URGENT)
    with db.write_session() as s:
        s.execute(update(InboxItem).where(InboxItem.id == item_id).values(
            status=ItemStatus.OPEN, claimed_by_id=None, claimed_at=None, claim_expires_at=None))
    view.model.refresh()
    qtbot.waitUntil(lambda: not view.model.is_loading and view.model.row_of(item_id) >= 0, timeout=10000)
    view.table.setCurrentIndex(view.model.index(view.model.row_of(item_id), tm.COL_RECEIVED))
    view.open_current()
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == item_id,
                    timeout=10000)


def test_a_short_window_shows_one_notice_fewer_and_a_tall_one_three(qtbot, window, monkeypatch):
    """Under 900 px the banner shows the two oldest notices and counts the rest (four lines of notices
    at 768 px left the open item too little room); made taller, the window shows three again."""
    win, _view = _under_notices_with_a_failing_check(qtbot, window, monkeypatch)
    banner = win.safety.banner

    def shown():
        return [b.text() for b in banner.findChildren(type(banner.more_button))
                if b.objectName() == "escalationNotice" and not b.isHidden()]

    total = len(banner.texts())  # (five, and any the watch found before it was stopped)
    assert shown() == banner.texts()[:2] and banner.more_button.text().startswith(f"+ {total - 2} ")
    win.resize(1600, 1000)
    qtbot.waitUntil(lambda: shown() == banner.texts()[:3], timeout=5000)
    assert banner.more_button.text().startswith(f"+ {total - 3} ")
    win.resize(1366, 768)  # and lower again: the third goes back to waiting
    qtbot.waitUntil(lambda: shown() == banner.texts()[:2], timeout=5000)
    assert banner.more_button.text().startswith(f"+ {total - 2} ")
