"""The inbox's filter bar: the search field and the provider, kind, status and assignee filters.

``InboxFilters`` owns the widgets (children of the ``InboxView``, which lays them
out) and turns them, with the chosen folder and the list's sort, into the
service's ``ItemQuery``. A search looks in every folder. ``changed`` fires when a
filter changes or the typed search settles; ``search_committed`` on Enter.
Texts speak in the ``InboxView`` translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from clinicdesk.domain.enums import ItemKind, ItemStatus, Role
from clinicdesk.services.inbox import UNASSIGNED, Folder, ItemQuery
from clinicdesk.views.inbox import labels
from clinicdesk.views.service_text import service_text

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 350


class InboxFilters(QObject):
    changed = Signal()
    search_committed = Signal()  # Enter in the search field

    def __init__(self, view, actor):
        super().__init__(view)
        self.actor = actor
        self.assignees = ()
        self.search_edit = QLineEdit(view)
        self.search_edit.setObjectName("inboxSearch")
        self.search_edit.setAccessibleName(translate("InboxView", "Søg i indbakken"))
        self.search_edit.setPlaceholderText(translate("InboxView", "Søg: CPR-nummer, navn eller tekst (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.provider_combo = QComboBox(view)
        self.provider_combo.setObjectName("providerFilter")
        self.provider_combo.addItem(translate("InboxView", "Behandler: alle"), None)
        self.kind_combo = QComboBox(view)
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.addItem(translate("InboxView", "Type: alle"), None)
        for k in ItemKind:
            self.kind_combo.addItem(labels.kind(k), k)
        self.status_combo = QComboBox(view)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(translate("InboxView", "Status: alle"), None)
        for st in ItemStatus:
            self.status_combo.addItem(labels.status(st), st)
        self.assignee_combo = QComboBox(view)
        self.assignee_combo.setObjectName("assigneeFilter")
        self.fill_assignees()
        for combo in self.combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda *_a: self.changed.emit())
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed.emit)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.provider_combo, self.kind_combo, self.status_combo, self.assignee_combo)

    def combo_row(self) -> QHBoxLayout:
        """The four filters side by side (the search field sits above them)."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for combo in self.combos():
            row.addWidget(combo)
        return row

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.search_committed.emit()

    def query(self, folder: Folder, sort) -> ItemQuery:
        search = self.search_edit.text().strip()
        return ItemQuery(
            # a search looks in every folder (a done item is found too); the filters still apply
            folder=Folder.ALL if search else folder,
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            provider_id=self.provider_combo.currentData(),
            assignee=self.assignee_combo.currentData(),
            search=search,
            sort=sort,
        )

    # ------------------------------------------------------------------ the choices
    def set_providers(self, providers) -> None:
        """The clinic's providers after "Behandler: alle" (empty: only that one)."""
        self.provider_combo.blockSignals(True)
        while self.provider_combo.count() > 1:
            self.provider_combo.removeItem(1)
        for p in providers:
            self.provider_combo.addItem(p.label, p.id)
        self.provider_combo.blockSignals(False)

    def set_actor(self, actor) -> None:
        """Another clinic: no providers until they arrive, "alle" chosen, the assignees for ``actor``."""
        self.actor = actor
        self.set_providers(())
        self.provider_combo.blockSignals(True)
        self.provider_combo.setCurrentIndex(0)
        self.provider_combo.blockSignals(False)
        self.fill_assignees()

    def fill_assignees(self) -> None:
        c = self.assignee_combo
        c.blockSignals(True)
        c.clear()
        c.addItem(translate("InboxView", "Tildelt: alle"), None)
        c.addItem(translate("InboxView", "Tildelt: ingen"), UNASSIGNED)
        c.addItem(translate("InboxView", "Tildelt: mig"), self.actor.staff_id)
        for role in (Role.DOCTOR, Role.NURSE, Role.RECEPTIONIST):
            c.addItem(labels.role_group(role), role)
        for a in self.assignees:
            if a.staff_id is not None and a.staff_id != self.actor.staff_id:
                c.addItem(service_text(a.label), a.staff_id)
        c.blockSignals(False)

    def set_assignees(self, assignees) -> None:
        """The colleagues arrived: offer them, keeping the current choice when it is still there."""
        current = self.assignee_combo.currentData()
        self.assignees = assignees
        self.fill_assignees()
        i = self.assignee_combo.findData(current)
        self.assignee_combo.blockSignals(True)
        self.assignee_combo.setCurrentIndex(max(0, i))
        self.assignee_combo.blockSignals(False)
