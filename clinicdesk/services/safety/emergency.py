"""The emergency numbers a patient is shown before writing, and in the receipt mail: one home.

E-consultation is for questions that can wait. The portal shows, before the text box, where to
turn when it cannot: 112 when life is in danger, the medical helpline (1813, Akuttelefonen, in the
capital region; the other regions' out-of-hours numbers are on their websites) and the clinic's own
phone in opening hours. It never stops the patient from sending. The texts are Danish sources marked
with ``say`` (the views translate them; the mail goes in Danish).
"""

from __future__ import annotations

from dataclasses import dataclass

from clinicdesk.domain.messages import JoinedText, say

EMERGENCY_NUMBER = "112"
HELPLINE_NUMBER = "1813"


@dataclass(frozen=True)
class EmergencyLine:
    number: str  # what to dial, as printed ("112", "1813", "70 10 20 30")
    text: str  # when to call it (Danish)


@dataclass(frozen=True)
class EmergencyNotice:
    """What the e-consultation page shows above the text box (and the preview and the guide draw)."""

    heading: str
    lines: tuple[EmergencyLine, ...]  # 112, 1813, then the clinic's phone when it has one
    footer: str  # e-consultation is for what can wait a few days

    @property
    def text(self) -> str:
        """The notice as plain text (an accessible description; the mail uses the same lines)."""
        parts: list = [self.heading]
        for line in self.lines:
            parts += ["\n", line.number, ": ", line.text]
        return JoinedText(parts + ["\n", self.footer])  # each sentence stays translatable


def emergency_notice(clinic_phone: str = "") -> EmergencyNotice:
    lines = [
        EmergencyLine(EMERGENCY_NUMBER, say("Ved livsfare: ring 112.")),
        EmergencyLine(HELPLINE_NUMBER, say("Akut sygdom uden for klinikkens åbningstid: ring til lægevagten "
                                           "(Akuttelefonen 1813 i Region Hovedstaden).")),
    ]
    phone = (clinic_phone or "").strip()
    if phone:
        lines.append(EmergencyLine(phone, say("Haster det i klinikkens åbningstid: ring til klinikken.")))
    return EmergencyNotice(
        heading=say("Haster det? Skriv ikke – ring."),
        lines=tuple(lines),
        footer=say("E-konsultation er til spørgsmål, der kan vente et par dage."),
    )
