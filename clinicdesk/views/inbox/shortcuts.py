"""THE table of the inbox's keyboard shortcuts.

Every inbox action is created from this table (``InboxView`` makes one QAction
per row) and the help dialog (Hjælp → Tastaturgenveje) is generated from the
same rows, so the list shown to the user cannot drift from what the keys do.

A row with ``typed=True`` is a key of a text box that takes stock phrases (the
answer box, "Opret E-svar", every reason box; ``phrase_edit.PhraseEdit``) or of the
phrase picker: the box itself handles it, so it gets no window-wide action. Alt+1
… Alt+9 are the folder keys everywhere else and the favourites in such a box.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

CTX = "InboxShortcuts"


@dataclass(frozen=True)
class ShortcutSpec:
    id: str
    keys: tuple[str, ...]  # QKeySequence portable strings; the first is shown first
    text: str  # Danish source text (translated through CTX)
    group: str
    typed: bool = False  # handled by the text box / picker that has the keyboard (no window action)

    @property
    def label(self) -> str:
        return QCoreApplication.translate(CTX, self.text)

    @property
    def group_label(self) -> str:
        return QCoreApplication.translate(CTX, self.group)


G_LIST = QT_TRANSLATE_NOOP("InboxShortcuts", "Indbakken")
G_ITEM = QT_TRANSLATE_NOOP("InboxShortcuts", "Det åbne element")
G_ANSWER = QT_TRANSLATE_NOOP("InboxShortcuts", "E-konsultation")
G_DECIDE = QT_TRANSLATE_NOOP("InboxShortcuts", "Afgørelser (fornyelse, tid, tilmelding)")

SHORTCUTS: tuple[ShortcutSpec, ...] = (
    ShortcutSpec("folder_new", ("Alt+1",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Nye"), G_LIST),
    ShortcutSpec("folder_mine", ("Alt+2",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Mine"), G_LIST),
    ShortcutSpec("folder_all_open", ("Alt+3",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Alle åbne"), G_LIST),
    ShortcutSpec("folder_awaiting_patient", ("Alt+4",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Afventer patient"), G_LIST),
    ShortcutSpec("folder_overdue", ("Alt+5",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Overskredne"), G_LIST),
    ShortcutSpec("folder_done", ("Alt+6",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Afsluttede"), G_LIST),
    ShortcutSpec("folder_econsult", ("Alt+7",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: E-konsultationer"), G_LIST),
    ShortcutSpec("folder_renewal", ("Alt+8",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Receptfornyelser"), G_LIST),
    ShortcutSpec("folder_booking", ("Alt+9",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Tidsbestillinger"), G_LIST),
    ShortcutSpec("folder_signup", ("Alt+0",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Tilmeldinger"), G_LIST),
    ShortcutSpec("folder_urgent", ("Alt+U",), QT_TRANSLATE_NOOP("InboxShortcuts", "Mappe: Haster"), G_LIST),
    ShortcutSpec("next", ("J", "Down"), QT_TRANSLATE_NOOP("InboxShortcuts", "Næste element i listen"), G_LIST),
    ShortcutSpec("previous", ("K", "Up"), QT_TRANSLATE_NOOP("InboxShortcuts", "Forrige element i listen"), G_LIST),
    ShortcutSpec("open", ("Return", "Enter"), QT_TRANSLATE_NOOP("InboxShortcuts", "Åbn elementet og gå til svarfeltet"), G_LIST),
    ShortcutSpec("take_next", ("Ctrl+N",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Tag det næste ledige element i mappen (det ældste først)"), G_LIST),
    ShortcutSpec("search", ("Ctrl+F",), QT_TRANSLATE_NOOP("InboxShortcuts", "Søg (CPR-nummer, navn eller tekst)"), G_LIST),
    ShortcutSpec("filters", ("Ctrl+Shift+F",), QT_TRANSLATE_NOOP("InboxShortcuts", "Gå til filtrene (behandler, type, status, tildelt)"), G_LIST),
    ShortcutSpec("reload", ("F5",), QT_TRANSLATE_NOOP("InboxShortcuts", "Genindlæs (din tekst bevares)"), G_LIST),
    ShortcutSpec("to_list", ("Escape",), QT_TRANSLATE_NOOP("InboxShortcuts", "Tilbage til listen"), G_LIST),
    ShortcutSpec("shortcuts", ("Shift+F1",), QT_TRANSLATE_NOOP("InboxShortcuts", "Vis indbakkens tastaturgenveje"), G_LIST),
    ShortcutSpec("assign", ("Ctrl+Shift+A",), QT_TRANSLATE_NOOP("InboxShortcuts", "Tildel til kollega eller faggruppe"), G_ITEM),
    ShortcutSpec("release", ("Ctrl+Shift+R",), QT_TRANSLATE_NOOP("InboxShortcuts", "Frigiv elementet til de andre"), G_ITEM),
    ShortcutSpec("mark_urgent", ("Ctrl+Shift+H",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Markér som haster / fjern markeringen (med begrundelse)"), G_ITEM),
    ShortcutSpec("mark_done", ("Ctrl+Shift+M",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Markér som behandlet (en meddelelse uden noget at beslutte)"), G_ITEM),
    ShortcutSpec("reopen", ("Ctrl+Shift+O",), QT_TRANSLATE_NOOP("InboxShortcuts", "Genåbn et afsluttet element"), G_ITEM),
    ShortcutSpec("patient_card", ("Ctrl+Shift+K",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Åbn patientkortet for elementets patient"), G_ITEM),
    ShortcutSpec("send_next", ("Ctrl+Return", "Ctrl+Enter"),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Send og næste: send svaret og åbn det næste element i mappen"),
                 G_ANSWER),
    ShortcutSpec("send", ("Ctrl+Alt+Return", "Ctrl+Alt+Enter"),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Send svaret og bliv på elementet (det vises afsluttet)"), G_ANSWER),
    ShortcutSpec("note", ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Gem teksten som intern note (patienten ser den ikke)"), G_ANSWER),
    ShortcutSpec("phrase", ("Shift+F2",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Standardtekst: udfyld forkortelsen foran markøren, ellers vælg fra "
                                   "listen ({fornavn}, {behandler}, {klinik} og {frist} udfyldes)"),
                 G_ANSWER),
    ShortcutSpec("favourite", tuple(f"Alt+{n}" for n in range(1, 10)),
                 QT_TRANSLATE_NOOP("InboxShortcuts",
                                   "I svarfeltet og begrundelsesfelter: indsæt din favorit-standardtekst 1-9"),
                 G_ANSWER, typed=True),
    ShortcutSpec("expand", ("Tab",),
                 QT_TRANSLATE_NOOP("InboxShortcuts",
                                   "Efter en forkortelse i svarfeltet og begrundelsesfelter: indsæt standardteksten "
                                   "(ellers næste felt)"),
                 G_ANSWER, typed=True),
    ShortcutSpec("set_favourite", tuple(f"Ctrl+{n}" for n in range(1, 10)),
                 QT_TRANSLATE_NOOP("InboxShortcuts",
                                   "I standardtekstlisten (Shift+F2): gem den valgte tekst som favorit 1-9"),
                 G_ANSWER, typed=True),
    ShortcutSpec("archive", ("F2",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Svararkiv: indsæt et af dine tidligere svar"), G_ANSWER),
    ShortcutSpec("attach", ("Ctrl+Shift+U",), QT_TRANSLATE_NOOP("InboxShortcuts", "Vedhæft fil til svaret"), G_ANSWER),
    ShortcutSpec("close_item", ("Ctrl+Shift+L",), QT_TRANSLATE_NOOP("InboxShortcuts", "Afslut uden svar (med begrundelse)"), G_ANSWER),
    ShortcutSpec("new_thread", ("Ctrl+Shift+E",), QT_TRANSLATE_NOOP("InboxShortcuts", "Opret E-svar til en patient"), G_ANSWER),
    ShortcutSpec("approve", ("Ctrl+Shift+G",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Godkend (valgt linje / tiden / tilmeldingen)"), G_DECIDE),
    ShortcutSpec("reject", ("Ctrl+Shift+X",),
                 QT_TRANSLATE_NOOP("InboxShortcuts", "Afvis med begrundelse (valgt linje / tiden / tilmeldingen)"), G_DECIDE),
    ShortcutSpec("route", ("Ctrl+Shift+D",), QT_TRANSLATE_NOOP("InboxShortcuts", "Receptfornyelse: send til læge"), G_DECIDE),
    ShortcutSpec("offer", ("Ctrl+Shift+T",), QT_TRANSLATE_NOOP("InboxShortcuts", "Tidsbestilling: tilbyd en anden tid"), G_DECIDE),
)

BY_ID = {s.id: s for s in SHORTCUTS}


assert len({s.group for s in SHORTCUTS}) == len(
    [g for i, g in enumerate(s.group for s in SHORTCUTS) if i == 0 or SHORTCUTS[i - 1].group != g]
), "keep each group's rows together (the help dialog shows one heading per group)"


def rows() -> list[tuple[str, str, str]]:
    """(group, keys as shown, text) for every shortcut, in table order."""
    out = []
    for s in SHORTCUTS:
        native = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in s.keys]
        shown = f"{native[0]} … {native[-1]}" if len(native) > 3 else " / ".join(native)
        out.append((s.group_label, shown, s.label))
    return out


def html_table() -> str:
    """The help dialog's body, generated from SHORTCUTS."""
    parts = ["<table cellspacing='4'>"]
    group = None
    for g, keys, text in rows():
        if g != group:
            parts.append(f"<tr><td colspan='2'><br><b>{escape(g)}</b></td></tr>")
            group = g
        parts.append(f"<tr><td><tt>{escape(keys)}</tt>&nbsp;&nbsp;</td><td>{escape(text)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)
