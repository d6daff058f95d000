"""The portal's front page after login as a drawn screen: the one drawing of it, used by the
functions guide (with numbered tiles beside its legend) and by the settings dialog's
preview (``front_page_screen`` from a ``services.front_page.FrontPage``, rendered to a
one-page PDF by ``screens.standalone``). The labels are the portal's own (Danish in both
languages, like every drawn screen).

The emergency notice (``FrontPage.emergency``, from ``services/safety/emergency.py``) is drawn as the
portal shows it, above the way in to an e-consultation: its heading in bold, a line "number – text"
for 112, 1813 and the clinic's phone, then the footer (``emergency_widgets``; the functions guide can
put the same widgets above its e-consultation text box). It never hides the tile: it only informs."""

from __future__ import annotations

from collections.abc import Iterable

from clinicdesk.domain.enums import Function
from clinicdesk.services.guides.screens.standalone import ScreenPdf, screen_pdf
from clinicdesk.services.guides.screens.window import Screen

#: the tile a function has on the front page, in the portal's order
TILE_LABELS: dict[Function, str] = {
    Function.ECONSULT: "E-konsultation",
    Function.RENEWAL: "Receptfornyelse",
    Function.BOOKING: "Tidsbestilling",
}
MESSAGES_TILE = "Dine beskeder"
APPOINTMENTS_TILE = "Dine aftaler"
# the short words in the preview's provider rows
_SHORT = {Function.ECONSULT: "Skriv", Function.RENEWAL: "Recept", Function.BOOKING: "Tid"}
PREVIEW_SCREEN_W = 264.0  # the window 244 pt wide (the callout lane is cut off on its own page)
MAX_PROVIDER_ROWS = 8
MAX_BANNER_CHARS = 400


def front_tiles(functions: Iterable[Function], *, numbered: bool) -> list[tuple[str, int | None]]:
    """The tiles for the open ``functions``, then "Dine beskeder", and "Dine aftaler" when booking is open."""
    fns = [f for f in Function if f in set(functions)]
    labels = [TILE_LABELS[f] for f in fns] + [MESSAGES_TILE]
    if Function.BOOKING in fns:
        labels.append(APPOINTMENTS_TILE)
    return [(label, i + 1 if numbered else None) for i, label in enumerate(labels)]


def emergency_widgets(notice, callout: int | None = None) -> list[tuple]:
    """The emergency notice (an ``EmergencyNotice``) as drawn widgets: the heading (bold), one line
    "number – text" per number, the footer. Empty without a notice."""
    if notice is None:
        return []
    widgets: list[tuple] = [("title", str(notice.heading), callout)]
    widgets += [("text", f"{line.number} – {line.text}") for line in notice.lines]
    widgets.append(("text", str(notice.footer)))
    return widgets


def front_widgets(greeting: str, banner: str | None, tiles: list[tuple[str, int | None]], *,
                  emergency=None) -> list[tuple]:
    """The top of the front page: the greeting, the holiday banner (when there is one), the emergency
    notice when e-consultation is among the tiles (``emergency``: an ``EmergencyNotice``), the tiles."""
    widgets: list[tuple] = [("title", greeting)]
    if banner:
        widgets.append(("banner", banner, None))
    if any(label == TILE_LABELS[Function.ECONSULT] for label, _n in tiles):
        widgets += emergency_widgets(emergency)
    widgets.append(("tiles", tiles))
    return widgets


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def front_page_screen(page, width: float = PREVIEW_SCREEN_W) -> Screen:
    """The front page a patient sees for ``page`` (a ``FrontPage``): the clinic's name in the
    header, the holiday message, the emergency notice above the tiles when e-consultation is open,
    a tile per open function, what is closed, and the providers
    with what each offers. No patient data: the greeting names nobody."""
    widgets = front_widgets("Velkommen", _clip(page.holiday_message, MAX_BANNER_CHARS) if page.holiday_message else None,
                            front_tiles(page.open_functions, numbered=False),
                            emergency=getattr(page, "emergency", None))
    closed = [TILE_LABELS[f] for f in Function if not page.is_open(f)]
    if closed:
        widgets.append(("text", "Ikke muligt på portalen lige nu: " + ", ".join(closed) + "."))
    widgets.append(("title", "Behandlere"))
    if page.providers:
        rows = [(p.label, " · ".join(_SHORT[f] for f in Function if f in p.open_functions) or "ingen", None)
                for p in page.providers[:MAX_PROVIDER_ROWS]]
        widgets.append(("list", rows, None))
        if len(page.providers) > MAX_PROVIDER_ROWS:
            widgets.append(("text", f"… og {len(page.providers) - MAX_PROVIDER_ROWS} flere"))
    else:
        widgets.append(("text", "Ingen behandlere på portalen."))
    return Screen(width, page.portal_link, page.display_name, widgets)


def front_page_pdf(page, width: float = PREVIEW_SCREEN_W) -> ScreenPdf:
    """The front page for ``page`` as a one-page PDF (for a view to turn into a picture)."""
    return screen_pdf(lambda: front_page_screen(page, width))
