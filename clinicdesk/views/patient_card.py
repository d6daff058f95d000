"""The patient card (tabs "Stamdata" and "Kommunikation") and Filer → "Find patient…".

``install_patient_card(window)`` adds Filer → "Find patient…" (Ctrl+Shift+P): a small
search (CPR or name, through ``services.inbox.search_patients``, audited) that
opens a :class:`PatientCard`. ``open_patient_card(window_or_parent, db, actor, patient_id)``
opens a card from anywhere (the inbox's "Patientkort" button uses it).

All database work runs through ``run_in_background``; errors are shown in Danish in
the card and the staff member's choices are kept (a stale save offers "Genindlæs").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import LoginMethod, PortalAccountStatus, RightMode
from clinicdesk.services import inbox
from clinicdesk.services import patients as svc
from clinicdesk.domain.errors import ClinicDeskError, StaleData
from clinicdesk.services.permissions import Perm
from clinicdesk.views.worker import run_in_background

FIND_PATIENT_KEYS = "Ctrl+Shift+P"

_ERROR_STYLE = "color: #b3261e;"
_NOTICE_STYLE = "background: #fff4d6; border: 1px solid #e0c060; padding: 6px;"
_OK_STYLE = "color: #1f6f3f;"


def _error_text(widget: QWidget, exc: BaseException) -> str:
    if isinstance(exc, ClinicDeskError):
        return exc.message
    return QCoreApplication.translate("PatientCard", "Der opstod en uventet fejl. Prøv igen.")


def _local(dt) -> str:
    if dt is None:
        return ""
    
    return dt.astimezone(COPENHAGEN).strftime("%d.%m.%Y")


class PatientSearchDialog(QDialog):
    """CPR or name → a list of the clinic's patients; Enter opens the chosen one."""

    patient_chosen = Signal(int)

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.setObjectName("patientSearch")
        self.setWindowTitle(self.tr("Find patient"))
        self.resize(460, 360)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("CPR-nummer eller navn:"), self))
        self.term = QLineEdit(self)
        self.term.setObjectName("patientSearchTerm")
        self.term.setPlaceholderText(self.tr("fx 010180-1234 eller Hansen"))
        self.term.returnPressed.connect(self._enter)
        lay.addWidget(self.term)
        self.results = QListWidget(self)
        self.results.setObjectName("patientSearchResults")
        self.results.itemActivated.connect(self._choose_item)
        lay.addWidget(self.results, 1)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Åbn patientkort"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.open_button, close):  # Enter belongs to the search field (no double search)
            b.setAutoDefault(False)
            b.setDefault(False)
        self.open_button.clicked.connect(self._enter)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._searched = ""
        self._searching = False

    def _enter(self) -> None:
        if self._searching:
            return
        term = self.term.text().strip()
        if self.results.count() and term == self._searched and self.results.currentItem() is not None:
            self._choose_item(self.results.currentItem())
            return
        if len(term) < 2:
            self.status.setStyleSheet(_ERROR_STYLE)
            self.status.setText(self.tr("Skriv mindst to tegn: et CPR-nummer eller en del af navnet."))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Søger …"))
        self._searched = term
        self._searching = True
        run_in_background(inbox.search_patients, self._db, self._actor, term,
                          on_done=self._found, on_error=self._failed, context=self)

    def _found(self, hits) -> None:
        self._searching = False
        self.results.clear()
        for h in hits:
            item = QListWidgetItem(f"{h.cpr_display}   {h.name}")
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.results.addItem(item)
        if len(hits) == 1:
            self.status.setText("")
            self.patient_chosen.emit(hits[0].id)
            self.accept()
            return
        if not hits:
            self.status.setText(self.tr("Ingen patienter hos klinikken passer på søgningen."))
            return
        self.status.setText(self.tr("%1 patienter. Vælg en og tryk Enter.").replace("%1", str(len(hits))))
        self.results.setCurrentRow(0)
        self.results.setFocus()

    def _failed(self, exc) -> None:
        self._searching = False
        self.status.setStyleSheet(_ERROR_STYLE)
        self.status.setText(_error_text(self, exc))

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.patient_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()


class CreatePortalUserDialog(QDialog):
    """Choose the login method and confirm; the card does the work."""

    def __init__(self, card: svc.PatientCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("createPortalUser")
        self.setWindowTitle(self.tr("Opret portalbruger"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Patienten får en e-mail med et link til at aktivere sin bruger på patientportalen."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        who = QLabel(f"{card.name} ({card.cpr})", self)
        who.setTextFormat(Qt.TextFormat.PlainText)  # patient text is only ever text
        form.addRow(self.tr("Patient:"), who)
        mail = QLabel(card.email or self.tr("ingen e-mailadresse"), self)
        mail.setTextFormat(Qt.TextFormat.PlainText)
        if not card.email:
            mail.setStyleSheet(_ERROR_STYLE)
        form.addRow(self.tr("Link sendes til:"), mail)
        self.method = QComboBox(self)
        self.method.setObjectName("loginMethod")
        if card.has_mitid:
            self.method.addItem(self.tr("MitID"), LoginMethod.MITID.value)
        self.method.addItem(self.tr("Adgangskode og sikkerhedskode på e-mail (uden MitID)"), LoginMethod.SECURITY_CODE.value)
        form.addRow(self.tr("Login:"), self.method)
        lay.addLayout(form)
        if not card.has_mitid:
            note = QLabel(self.tr("Patienten har ikke MitID og får derfor login med sikkerhedskode."), self)
            note.setWordWrap(True)
            lay.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Opret og send link"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if not card.email:
            missing = QLabel(self.tr("Linket kan ikke sendes uden en e-mailadresse. Få patientens e-mailadresse "
                                     "først."), self)
            missing.setWordWrap(True)
            missing.setStyleSheet(_ERROR_STYLE)
            lay.addWidget(missing)
            self.ok_button.setEnabled(False)
        lay.addWidget(buttons)

    @property
    def login_method(self) -> LoginMethod:
        return LoginMethod(self.method.currentData())


class PatientCard(QDialog):
    """One patient's card. Non-modal; several may be open."""

    saved = Signal(object)  # services.patients.PatientCard

    def __init__(self, db, actor, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self.patient_id = db, actor, patient_id
        self.card: svc.PatientCard | None = None
        self.create_dialog: CreatePortalUserDialog | None = None
        self.setObjectName("patientCard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Patientkort"))  # no patient data in titles
        self.resize(620, 520)
        lay = QVBoxLayout(self)
        self.header = QLabel(self.tr("Henter patienten …"), self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("patientCardTabs")
        self.tabs.addTab(self._build_basic(), self.tr("Stamdata"))
        self.tabs.addTab(self._build_comm(), self.tr("Kommunikation"))
        lay.addWidget(self.tabs, 1)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("patientCardStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        self.reload_button = QPushButton(self.tr("Genindlæs"), self)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        self.close_button = QPushButton(self.tr("Luk"), self)
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        self.reload()

    # ------------------------------------------------------------------ building
    def _value(self, name: str) -> QLabel:
        lab = QLabel("", self)
        lab.setTextFormat(Qt.TextFormat.PlainText)  # patient text is only ever text
        lab.setObjectName(name)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lab.setWordWrap(True)
        return lab

    def _build_basic(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.f_name = self._value("name")
        self.f_cpr = self._value("cpr")
        self.f_age = self._value("age")
        self.f_address = self._value("address")
        self.f_email = QLineEdit(self)
        self.f_email.setObjectName("email")
        self.f_email.setPlaceholderText(self.tr("ingen e-mailadresse"))
        self.f_mobile = QLineEdit(self)
        self.f_mobile.setObjectName("mobile")
        self.f_mobile.setPlaceholderText(self.tr("intet mobilnummer"))
        for edit in (self.f_email, self.f_mobile):
            edit.textEdited.connect(self._contact_edited)
        self.f_guardians = self._value("guardians")
        self.f_children = self._value("children")
        form.addRow(self.tr("Navn:"), self.f_name)
        form.addRow(self.tr("CPR-nummer:"), self.f_cpr)
        form.addRow(self.tr("Alder:"), self.f_age)
        form.addRow(self.tr("Adresse:"), self.f_address)
        form.addRow(self.tr("E-mail (klinikkens):"), self.f_email)
        form.addRow(self.tr("Mobil (klinikkens):"), self.f_mobile)
        form.addRow(self.tr("Forældre (værger):"), self.f_guardians)
        form.addRow(self.tr("Børn:"), self.f_children)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_contact_button = QPushButton(self.tr("Gem &kontaktoplysninger"), page)
        self.save_contact_button.setObjectName("saveContact")
        self.save_contact_button.setEnabled(False)
        self.save_contact_button.clicked.connect(self.save_contact)
        row.addWidget(self.save_contact_button)
        form.addRow(row)
        return page

    def _combo(self, name: str, receive_only: bool) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.addItem(self.tr("Tilladt"), RightMode.ALLOWED.value)
        if receive_only:
            box.addItem(self.tr("Kun modtage"), RightMode.RECEIVE_ONLY.value)
        box.addItem(self.tr("Spærret"), RightMode.BLOCKED.value)
        box.currentIndexChanged.connect(self._dirty)
        return box

    def _build_comm(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        rights = QFormLayout()
        self.econsult = self._combo("econsultRight", True)
        self.renewal = self._combo("renewalRight", False)
        self.booking = self._combo("bookingRight", False)
        rights.addRow(self.tr("&E-konsultation:"), self.econsult)
        rights.addRow(self.tr("&Receptfornyelse:"), self.renewal)
        rights.addRow(self.tr("&Tidsbestilling:"), self.booking)
        lay.addLayout(rights)
        note = QLabel(self.tr("Kun modtage: patienten kan læse og modtage beskeder fra klinikken, men ikke selv "
                              "skrive. Spærret: patienten kan stadig læse sin historik, men ikke svare eller "
                              "sende nye henvendelser."), page)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6b78;")
        lay.addWidget(note)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("&Gem"), page)
        self.save_button.setObjectName("saveRights")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        lay.addLayout(save_row)

        portal_title = QLabel("<b>" + self.tr("Portalbruger") + "</b>", page)
        lay.addWidget(portal_title)
        pform = QFormLayout()
        self.p_status = self._value("portalStatus")
        self.p_method = self._value("loginMethod")
        self.p_email = self._value("portalEmail")
        self.p_mobile = self._value("portalMobile")
        self.p_since = self._value("registeredSince")
        pform.addRow(self.tr("Status:"), self.p_status)
        pform.addRow(self.tr("Login:"), self.p_method)
        pform.addRow(self.tr("E-mail på portalen:"), self.p_email)
        pform.addRow(self.tr("Mobil på portalen:"), self.p_mobile)
        pform.addRow(self.tr("Tilmeldt klinikken siden:"), self.p_since)
        lay.addLayout(pform)
        self.mismatch = QLabel("", page)
        self.mismatch.setTextFormat(Qt.TextFormat.PlainText)
        self.mismatch.setObjectName("contactMismatch")
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(_NOTICE_STYLE)
        self.mismatch.hide()
        lay.addWidget(self.mismatch)
        prow = QHBoxLayout()
        prow.addStretch(1)
        self.create_button = QPushButton(self.tr("&Opret portalbruger…"), page)
        self.create_button.setObjectName("createPortalUser")
        self.create_button.clicked.connect(self.ask_create_portal_user)
        prow.addWidget(self.create_button)
        lay.addLayout(prow)
        lay.addStretch(1)
        return page

    # ------------------------------------------------------------------ state
    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self._is_dirty())
        self.save_contact_button.setEnabled(not busy and self._contact_dirty()
                                            and self._actor.can(Perm.EDIT_PATIENT_RIGHTS))
        can_create = self.card is not None and self.card.can_create_portal_user and self._actor.can(Perm.CREATE_PORTAL_USER)
        self.create_button.setEnabled(not busy and can_create)

    def _chosen(self) -> tuple[RightMode, RightMode, RightMode]:
        return tuple(RightMode(b.currentData()) for b in (self.econsult, self.renewal, self.booking))

    def _is_dirty(self) -> bool:
        return self.card is not None and self._chosen() != (self.card.econsult, self.card.renewal, self.card.booking)

    def _dirty(self, *_):
        self.save_button.setEnabled(self._is_dirty() and self._actor.can(Perm.EDIT_PATIENT_RIGHTS))

    def reload(self) -> None:
        self.reload_button.hide()
        self._say(self.tr("Henter …"))
        run_in_background(svc.open_patient_card, self._db, self._actor, self.patient_id,
                          on_done=self._loaded, on_error=self._failed, context=self)

    def _set_combo(self, box: QComboBox, mode: RightMode) -> None:
        box.blockSignals(True)
        idx = box.findData(mode.value)
        box.setCurrentIndex(idx if idx >= 0 else box.findData(RightMode.BLOCKED.value))
        box.blockSignals(False)

    def _loaded(self, card: svc.PatientCard, message: str = "", keep_input: bool = True) -> None:
        keep_contact = self._contact_input() if keep_input and self._contact_dirty() else None
        self.card = card
        from html import escape

        self.header.setText(f"<span style='font-size:14pt; font-weight:600'>{escape(card.name)}</span>"
                            f"&nbsp;&nbsp;<span style='color:#5b6b78'>{escape(card.cpr)}</span>")
        none = self.tr("(ingen)")
        self.f_name.setText(card.name)
        self.f_cpr.setText(card.cpr)
        self.f_age.setText(self.tr("%1 år").replace("%1", str(card.age)) if card.age is not None else self.tr("ukendt"))
        self.f_address.setText(card.address or none)
        if keep_contact is None:
            self.f_email.setText(card.email)
            self.f_mobile.setText(card.mobile)
        self.f_guardians.setText("\n".join(f"{r.name} ({r.cpr})" for r in card.guardians) or none)
        self.f_children.setText("\n".join(f"{r.name} ({r.cpr})" for r in card.children) or none)
        for box, mode in ((self.econsult, card.econsult), (self.renewal, card.renewal), (self.booking, card.booking)):
            self._set_combo(box, mode)
        self.p_status.setText(self._status_text(card.portal_status))
        self.p_method.setText(self._method_text(card.login_method))
        self.p_email.setText(card.portal_email or "–")
        self.p_mobile.setText(card.portal_mobile or "–")
        self.p_since.setText(_local(card.registered_since) or self.tr("ikke tilmeldt portalen"))
        self.mismatch.setText(
            self.tr("E-mail eller mobil på portalen er ikke de samme som i klinikkens oplysninger "
                    "(klinikkens: %1, %2). Patienten bliver bedt om at bekræfte dem ved næste login.")
            .replace("%1", card.email or none).replace("%2", card.mobile or none))
        self.mismatch.setVisible(card.contact_differs)
        self.create_button.setText(self.tr("&Opret portalbruger…") if card.portal_status is None
                                   or card.portal_status.value == "deleted" else self.tr("&Send aktiveringslink igen…"))
        self.create_button.setVisible(card.can_create_portal_user)
        editable = self._actor.can(Perm.EDIT_PATIENT_RIGHTS)
        self.f_email.setReadOnly(not editable)
        self.f_mobile.setReadOnly(not editable)
        for b in (self.econsult, self.renewal, self.booking):
            b.setEnabled(editable)
        self._busy(False)
        self._say(message, _OK_STYLE if message else "")
        self.create_button.adjustSize()
        self.layout().activate()

    def _status_text(self, status) -> str:
        return {
            None: self.tr("Ingen portalbruger"),
            PortalAccountStatus.PENDING: self.tr("Oprettet, venter på at patienten aktiverer den"),
            PortalAccountStatus.ACTIVE: self.tr("Aktiv"),
            PortalAccountStatus.BLOCKED: self.tr("Spærret"),
            PortalAccountStatus.DELETED: self.tr("Slettet"),
        }[status]

    def _method_text(self, method) -> str:
        if method is None:
            return "–"
        if method == LoginMethod.MITID:
            return self.tr("MitID")
        return self.tr("Adgangskode og sikkerhedskode på e-mail")

    def _contact_input(self) -> tuple[str, str]:
        return self.f_email.text().strip(), self.f_mobile.text().strip()

    def _contact_dirty(self) -> bool:
        return self.card is not None and self._contact_input() != (self.card.email, self.card.mobile)

    def _contact_edited(self, *_):
        self.save_contact_button.setEnabled(self._contact_dirty() and self._actor.can(Perm.EDIT_PATIENT_RIGHTS))

    def save_contact(self) -> None:
        if self.card is None or not self._contact_dirty():
            return
        email, mobile = self._contact_input()
        self._busy(True)
        self._say(self.tr("Gemmer …"))
        run_in_background(svc.update_contact, self._db, self._actor, self.patient_id, email, mobile,
                          self.card.patient_version, on_done=self._contact_saved, on_error=self._failed, context=self)

    def _contact_saved(self, card: svc.PatientCard) -> None:
        self._loaded(card, self.tr("Kontaktoplysningerne er gemt."), keep_input=False)
        self.saved.emit(card)

    def _failed(self, exc) -> None:
        self._busy(False)
        self._say(_error_text(self, exc), _ERROR_STYLE)
        if isinstance(exc, StaleData) or self.card is None:
            self.reload_button.show()

    # ------------------------------------------------------------------ actions
    def save(self) -> None:
        if self.card is None or not self._is_dirty():
            return
        e, r, b = self._chosen()
        self._busy(True)
        self._say(self.tr("Gemmer …"))
        run_in_background(svc.set_rights, self._db, self._actor, self.patient_id, e, r, b, self.card.version,
                          on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, card: svc.PatientCard) -> None:
        self._loaded(card, self.tr("Rettighederne er gemt."))
        self.saved.emit(card)

    def ask_create_portal_user(self) -> None:
        if self.card is None:
            return
        self.create_dialog = CreatePortalUserDialog(self.card, self)
        self.create_dialog.accepted.connect(self._create_confirmed)
        self.create_dialog.open()

    def _create_confirmed(self) -> None:
        method = self.create_dialog.login_method
        self._busy(True)
        self._say(self.tr("Opretter portalbruger …"))
        run_in_background(svc.create_portal_user, self._db, self._actor, self.patient_id, method,
                          on_done=self._created, on_error=self._failed, context=self)

    def _created(self, res: svc.PortalUserResult) -> None:
        self._loaded(res.card, self.tr("Portalbrugeren er oprettet. Aktiveringslinket er sendt til %1.")
                     .replace("%1", res.mail_to))


def open_patient_card(parent: QWidget | None, db, actor, patient_id: int) -> PatientCard:
    """Open a card; in a main window with the plugin installed it is tracked (closed on a clinic switch)."""
    plugin = getattr(parent, "patient_cards", None)
    if isinstance(plugin, _PatientCardPlugin) and plugin.window.actor == actor:
        return plugin.open_card(patient_id)
    return _show_card(parent, db, actor, patient_id)


def _show_card(parent: QWidget | None, db, actor, patient_id: int) -> PatientCard:
    card = PatientCard(db, actor, patient_id, parent)
    card.setWindowFlag(Qt.WindowType.Window, True)
    card.show()
    card.activateWindow()
    return card


class _PatientCardPlugin:
    """Keeps the window's find action and open cards; closes cards on a clinic switch."""

    def __init__(self, window):
        self.window = window
        self.cards: list[PatientCard] = []
        self.search: PatientSearchDialog | None = None
        act = QAction(QCoreApplication.translate("PatientCard", "Find patient…"), window)
        act.setObjectName("findPatientAction")
        act.setShortcut(QKeySequence(FIND_PATIENT_KEYS))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(self.find_patient)
        first = window.file_menu.actions()[0] if window.file_menu.actions() else None
        if first is not None:
            window.file_menu.insertAction(first, act)
            window.file_menu.insertSeparator(first)
        else:
            window.file_menu.addAction(act)
        window.addAction(act)
        self.action = act
        window.actor_changed.connect(self._actor_changed)
        window.extra_shortcut_rows.append(
            lambda: [(FIND_PATIENT_KEYS, QCoreApplication.translate("PatientCard", "Find patient (patientkort)"))])

    def find_patient(self) -> PatientSearchDialog:
        if self.search is not None:
            self.search.close()
        dlg = PatientSearchDialog(self.window.db, self.window.actor, self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.patient_chosen.connect(self.open_card)
        dlg.destroyed.connect(lambda *_: setattr(self, "search", None))
        self.search = dlg
        dlg.open()
        dlg.activateWindow()
        dlg.term.setFocus()
        return dlg

    def open_card(self, patient_id: int) -> PatientCard:
        card = _show_card(self.window, self.window.db, self.window.actor, patient_id)
        self.cards.append(card)
        card.destroyed.connect(lambda *_, c=card: self.cards.remove(c) if c in self.cards else None)
        return card

    def _actor_changed(self, _actor) -> None:
        # a card belongs to the clinic it was opened for
        for card in list(self.cards):
            card.close()


def install_patient_card(window) -> _PatientCardPlugin:
    plugin = _PatientCardPlugin(window)
    window.patient_cards = plugin
    return plugin
