"""The inbox table model: Qt's model tester, pages on demand, sorting by the query, filters, search, looks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from sqlalchemy import func, select

from clinicdesk.models import AuditEntry
from clinicdesk.domain.enums import ItemKind
from clinicdesk.services import inbox
from clinicdesk.services.inbox import Folder, ItemQuery, Sort
from clinicdesk.views.inbox import ROW_ROLE, ItemTableModel
from clinicdesk.views.inbox import table_model as tm
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    actor_for,
    db_scalar,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
)


def _all_ids(db, actor, query):
    ids, after = [], None
    while True:
        page = inbox.list_items(db, actor, query, after=after, limit=100)
        ids += [r.id for r in page.rows]
        if page.next_cursor is None:
            return ids
        after = page.next_cursor


def test_model_passes_qt_model_tester_while_pages_arrive(qtbot, qtmodeltester, inbox_db):
    actor = actor_for(inbox_db, "laege")
    model = ItemTableModel(inbox_db, actor, page_size=7)
    model.set_query(ItemQuery(folder=Folder.ALL))
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=10000)
    qtmodeltester.check(model, force_py=True)  # the tester itself asks for the next page
    if model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 14, timeout=10000)  # the tester checked the insert
    # a live refresh applies removals/changes in place while the tester watches
    model.set_query(ItemQuery(folder=Folder.ALL_OPEN))
    qtbot.waitUntil(lambda: model.rowCount() == 7 and not model.is_loading, timeout=10000)
    inbox.open_item(inbox_db, actor, model.rows()[0].id)
    model.refresh()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10000)
    # every column answers the roles the views ask for; the row role gives the ItemRow
    row = model.index(0, 0).data(ROW_ROLE)
    assert isinstance(row, inbox.ItemRow)
    assert model.headerData(tm.COL_PATIENT, Qt.Orientation.Horizontal) == "Patient"


def test_pages_load_on_demand_until_the_end(qtbot, inbox_db):
    actor = actor_for(inbox_db, "laege")
    model = ItemTableModel(inbox_db, actor, page_size=10)
    model.set_query(ItemQuery(folder=Folder.ALL))
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10000)
    total = len(_all_ids(inbox_db, actor, ItemQuery(folder=Folder.ALL)))
    while model.canFetchMore(QModelIndex()):
        n = model.rowCount()
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda n=n: model.rowCount() > n, timeout=10000)
    assert model.rowCount() == total
    assert [r.id for r in model.rows()] == _all_ids(inbox_db, actor, ItemQuery(folder=Folder.ALL))


def test_scrolling_the_view_fetches_the_next_page(qtbot, open_inbox):
    view = open_inbox("laege")
    view.model._page_size = 5
    view.model.set_query(ItemQuery(folder=Folder.ALL))
    qtbot.waitUntil(lambda: view.model.rowCount() >= 5, timeout=10000)
    view.table.setFocus()
    # start from the top: J walks down from the first row
    view.table.setCurrentIndex(view.model.index(0, 0))
    for _ in range(4):
        qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.table.currentIndex().row() == 4
    # near the end of what is loaded, the next page is asked for (the view itself also asks
    # while the rows do not fill it)
    qtbot.waitUntil(lambda: view.model.rowCount() >= 10, timeout=10000)
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.table.currentIndex().row() == 5
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    assert view.table.currentIndex().row() == 4


def test_sorting_by_due_uses_the_service_order(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(tm.COL_DUE) + 5
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: view.model.query.sort == Sort.DUE_ASC and view.model.rowCount() > 0
                    and not view.model.is_loading, timeout=10000)
    expected = _all_ids(inbox_db, view.actor, ItemQuery(folder=Folder.ALL_OPEN, sort=Sort.DUE_ASC))
    assert [r.id for r in view.model.rows()] == expected[: view.model.rowCount()]
    dues = [r.due_date or date.max for r in view.model.rows()]
    assert dues == sorted(dues)
    assert header.sortIndicatorSection() == tm.COL_DUE
    # a column the service cannot sort by leaves the order alone
    x = header.sectionViewportPosition(tm.COL_PATIENT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.model.query.sort == Sort.DUE_ASC and header.sortIndicatorSection() == tm.COL_DUE


def test_unread_rows_are_bold_and_overdue_dates_red(qtbot, open_inbox):
    view = open_inbox("laege")
    view.folders.select_folder(Folder.ALL)
    qtbot.waitUntil(lambda: view.model.query.folder == Folder.ALL and view.model.rowCount() > 30, timeout=10000)
    rows = view.model.rows()
    unread = next(i for i, r in enumerate(rows) if r.unread)
    read = next(i for i, r in enumerate(rows) if not r.unread)
    assert view.model.index(unread, tm.COL_PATIENT).data(Qt.ItemDataRole.FontRole).bold()
    assert view.model.index(read, tm.COL_PATIENT).data(Qt.ItemDataRole.FontRole) is None
    overdue = next(i for i, r in enumerate(rows) if r.overdue)
    brush = view.model.index(overdue, tm.COL_DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor("#b3261e")
    assert view.model.index(overdue, tm.COL_DUE).data().endswith("!")
    # the patient's name, and the CPR number with the hyphen in its own column (issue 13: never cut);
    # received is Danish "dd.mm. HH:MM" or "HH:MM"
    r = rows[unread]
    if r.patient_name:
        assert view.model.index(unread, tm.COL_PATIENT).data() == r.patient_name
        assert view.model.index(unread, tm.COL_CPR).data() == r.cpr_display
    import re

    assert re.fullmatch(r"(\d\d\.\d\d\.(\d{4})? )?\d\d:\d\d", view.model.index(unread, tm.COL_RECEIVED).data())


def test_filters_and_search_by_cpr_change_the_query(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(ItemKind.BOOKING))
    qtbot.waitUntil(lambda: view.model.query.kind == ItemKind.BOOKING and view.model.rowCount() > 0
                    and not view.model.is_loading, timeout=10000)
    assert {r.kind for r in view.model.rows()} == {ItemKind.BOOKING}
    view.kind_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.query.kind is None and not view.model.is_loading, timeout=10000)
    target = next(r for r in view.model.rows() if r.patient_cpr)
    searches = db_scalar(inbox_db, select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "search_patient"))
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, target.cpr_display)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.query.search == target.cpr_display and not view.model.is_loading
                    and view.model.rowCount() > 0, timeout=10000)
    assert {r.patient_cpr for r in view.model.rows()} == {target.patient_cpr}
    assert view.table.hasFocus()  # Enter in the search box goes to the results
    assert db_scalar(inbox_db, select(func.count()).select_from(AuditEntry)
                     .where(AuditEntry.action == "search_patient")) == searches + 1
    # nothing found: a helpful empty state, not a blank table
    view.search_edit.setText("zzqqxx-ingen")
    qtbot.waitUntil(lambda: view.empty_label.isVisible(), timeout=10000)
    assert "Intet fundet" in view.empty_label.text()


def test_folder_counts_follow_an_item_that_moves(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    new_before = view.folders.counts[Folder.NEW]
    row = next(r for r in view.model.rows() if r.status.value == "new" and r.claimed_by_id is None)
    inbox.open_item(inbox_db, view.actor, row.id)  # another window of the same user opens it: NEW → OPEN
    qtbot.waitUntil(lambda: view.folders.counts[Folder.NEW] == new_before - 1, timeout=10000)
    assert view.folders.count_text(Folder.NEW) == f"Nye  ({new_before - 1})"
    qtbot.waitUntil(lambda: not view.model.rows()[view.model.row_of(row.id)].unread, timeout=10000)


def test_the_list_says_who_holds_and_who_is_assigned_in_english(qtbot, open_inbox, qapp):
    """Under English the "Behandles af" cell showed "→ Alle læger" and its tooltip "Behandles af … siden …":
    the service's texts went to the list untranslated."""
    from clinicdesk.app import install_translations
    from clinicdesk.domain.enums import Role
    from clinicdesk.views.inbox import row_looks

    view = open_inbox("laege")
    free = [r for r in view.model.rows() if r.claimed_by_id is None]
    with_group = free[0].id
    inbox.assign(view.db, view.actor, with_group, role=Role.DOCTOR,
                 expected_version=inbox.open_item(view.db, view.actor, with_group).detail.version)
    inbox.open_item(view.db, view.actor, free[1].id)  # held by the doctor
    grouped, held = inbox.get_row(view.db, view.actor, with_group), inbox.get_row(view.db, view.actor, free[1].id)
    assert grouped.assigned_role == Role.DOCTOR and held.claimed_by_id == view.actor.staff_id
    translators = install_translations(qapp, "en")
    try:
        assert row_looks.display(grouped, tm.COL_CLAIMED) == "→ All doctors"
        assert row_looks.tooltip(held, tm.COL_CLAIMED).startswith(f"Being handled by {held.claimed_by_name} since ")
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def _wishes(view, item_id: int, econsult: bool, renewal: bool, booking: bool):
    """Set what a sign-up's applicant asked for, and read its list row again."""
    from sqlalchemy import update

    from clinicdesk.models import SignupRequest

    with view.db.write_session() as s:
        s.execute(update(SignupRequest).where(SignupRequest.item_id == item_id).values(
            wants_econsult=econsult, wants_renewal=renewal, wants_booking=booking))
    return inbox.get_row(view.db, view.actor, item_id)


def test_a_signups_first_line_says_what_the_applicant_wants_in_the_users_language(qtbot, open_inbox, qapp):
    """A sign-up's "Første linje" was its stored Danish preview under English ("Ønsker: e-konsultation",
    or the intake's "Venter på godkendelse", true only until the decision); it is made from the
    functions the applicant asked for, in the user's language."""
    from clinicdesk.app import install_translations
    from clinicdesk.domain.enums import ItemKind
    from clinicdesk.services.inbox import Folder, ItemQuery
    from clinicdesk.views.inbox import row_looks

    view = open_inbox("laege")
    rows = inbox.list_items(view.db, view.actor, ItemQuery(folder=Folder.SIGNUP), record=False).rows
    row = next(r for r in rows if r.kind == ItemKind.SIGNUP and r.signup_wants is not None)
    row = _wishes(view, row.id, True, False, True)  # (what the demo's applicant asked for is its draw)
    assert row.signup_wants == (True, False, True)  # read through the list's own query
    assert row_looks.display(row, tm.COL_PREVIEW) == "Ønsker: e-konsultation, tidsbestilling"
    row = _wishes(view, row.id, True, True, True)
    assert row_looks.display(row, tm.COL_PREVIEW) == "Ønsker: e-konsultation, receptfornyelse, tidsbestilling"
    translators = install_translations(qapp, "en")
    try:
        shown = row_looks.display(row, tm.COL_PREVIEW)
        assert shown == "Wants: e-consultation, prescription renewal, booking"
        assert row_looks.tooltip(row, tm.COL_PREVIEW) == shown
        none = row_looks.display(replace(row, signup_wants=(False, False, False)), tm.COL_PREVIEW)
        assert none == "Wants no functions"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_portals_own_first_lines_are_shown_in_the_users_language(qtbot, open_inbox, qapp):
    """A booking's first line is written by the portal ("10.03.2026 kl. 10.00 hos …") and was shown
    in Danish under English; an e-consultation's first line is the patient's and is never changed."""
    from datetime import datetime, timezone

    from clinicdesk.app import install_translations
    from clinicdesk.domain import portal_texts
    from clinicdesk.views.inbox import row_looks

    view = open_inbox("laege")
    rows = inbox.list_items(view.db, view.actor, ItemQuery(folder=Folder.ALL), record=False).rows
    booking = replace(next(r for r in rows if r.kind == ItemKind.BOOKING), preview=str(portal_texts.booking_line(
        datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc), "Anna Holm, Praktiserende læge")))
    patient = replace(next(r for r in rows if r.kind == ItemKind.ECONSULT), preview="Tid aflyst af patienten")
    assert row_looks.display(booking, tm.COL_PREVIEW) == "10.03.2026 kl. 10.00 hos Anna Holm, Praktiserende læge"
    translators = install_translations(qapp, "en")
    try:
        assert row_looks.display(booking, tm.COL_PREVIEW) == "10.03.2026 at 10:00 with Anna Holm, Praktiserende læge"
        assert row_looks.tooltip(booking, tm.COL_PREVIEW) == "10.03.2026 at 10:00 with Anna Holm, Praktiserende læge"
        assert row_looks.display(patient, tm.COL_PREVIEW) == "Tid aflyst af patienten"  # the patient's own words
        # an e-consultation's subject (the history, the detail's header) likewise, but for its default
        from clinicdesk.views.service_text import portal_text

        assert portal_text("Tidsbestilling: kan I ringe?", ItemKind.ECONSULT) == "Tidsbestilling: kan I ringe?"
        assert portal_text("E-konsultation", ItemKind.ECONSULT) == "E-consultation"
        assert portal_text("Tid aflyst af patienten", ItemKind.BOOKING) == "Appointment cancelled by the patient"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
