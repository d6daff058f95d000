"""The holiday notice in the functions guide: the dates (local, last day inclusive), which
portal functions close, the clinic's message and the stand-in clinic; and the short
first sentence shown in the drawn front page."""

from __future__ import annotations

from datetime import timedelta

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.services.guides.data import HolidayInfo
from clinicdesk.services.guides.text import e, long_date, nb
from clinicdesk.services.guides.writer import Writer


def holiday_text(w: Writer, h: HolidayInfo) -> str:
    t, d = w.t, w.d
    start = h.starts_at.astimezone(COPENHAGEN).date()
    last = (h.ends_at - timedelta(seconds=1)).astimezone(COPENHAGEN).date()
    text = t(f"Klinikken holder ferie fra {long_date(start, 'da')} til og med {long_date(last, 'da')}.",
             f"The clinic is closed for holidays from {long_date(start, 'en')} to {long_date(last, 'en')} inclusive.")
    closed = []
    if h.close_econsult and d.econsult_enabled:
        closed.append(t("e-konsultation", "e-consultation"))
    if h.close_renewal and d.renewal_enabled:
        closed.append(t("receptfornyelse", "prescription renewal"))
    if h.close_booking and d.booking_enabled:
        closed.append(t("tidsbestilling", "booking"))
    if closed:
        joined = closed[0] if len(closed) == 1 else ", ".join(closed[:-1]) + t(" og ", " and ") + closed[-1]
        text += t(f" I den periode er {joined} lukket på portalen.", f" During that time, {joined} is closed on the portal.")
    if h.message:
        text += f" <i>»{e(h.message)}«</i>"
    if h.standin_clinic:
        text += t(" Vikar: ", " Stand-in clinic: ") + f"<b>{e(h.standin_clinic)}</b>"
        if h.standin_phone:
            text += t(", tlf.\u00a0", ", phone\u00a0") + nb(h.standin_phone)
        text += "."
    return text


def first_sentence(text: str, limit: int = 90) -> str:
    """The start of a clinic's message, for the small drawing (the full text is in the note)."""
    text = " ".join(text.split())
    end = text.find(". ")
    if 0 < end < limit:
        return text[: end + 1]
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"

