"""What a simulator run reports: one event per request, and the end-of-run table (Danish)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.refusals import REFUSALS

KIND_LABELS_DA = {
    "econsult": "E-konsultation",
    "econsult_reply": "Svar i tråd",
    "renewal": "Receptfornyelse",
    "booking": "Tidsbestilling",
    "booking_auto_created": "Tid booket automatisk",
    "cancellation": "Aflysning",
    "signup": "Tilmelding (til godkendelse)",
    "signup_auto": "Tilmelding (automatisk)",
    "registration": "Tilmelding af eksisterende bruger",
    "read_receipt": "Læsekvittering",
}


@dataclass(frozen=True)
class SimReport:
    requests: int
    seconds: float
    accepted: dict[str, int]
    refused: dict[str, int]
    errors: dict[str, int]
    item_ids: tuple[int, ...]

    @property
    def accepted_total(self) -> int:
        return sum(self.accepted.values())

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())

    def table(self) -> str:
        return format_table(self)


@dataclass(frozen=True)
class SimEvent:
    """One request as the command shows it live (no person data)."""

    at: datetime
    clinic_id: int
    action: str
    outcome: str  # a kind when accepted, else the refusal code
    accepted: bool
    due_date: date | None
    on_purpose: bool


def _da(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def format_table(report: SimReport) -> str:
    """The end-of-run table: accepted requests by kind and refusals by code (Danish)."""
    rate = report.requests / report.seconds if report.seconds > 0 else 0.0
    lines = [
        f"Portal-simulering: {report.requests} henvendelser på {_da(report.seconds)} s ({_da(rate)} pr. sekund)",
        "",
        f"{'Modtaget':<44}{'antal':>7}",
        "-" * 51,
    ]
    for kind, n in report.accepted.items():
        lines.append(f"  {KIND_LABELS_DA.get(kind, kind):<42}{n:>7}")
    lines.append(f"  {'I alt':<42}{report.accepted_total:>7}")
    lines += ["", f"{'Afvist (kode)':<44}{'antal':>7}", "-" * 51]
    for code, n in report.refused.items():
        lines.append(f"  {code:<42}{n:>7}")
    lines.append(f"  {'I alt':<42}{report.refused_total:>7}")
    if report.errors:
        lines += ["", f"{'Fejl (ikke afvisninger)':<44}{'antal':>7}", "-" * 51]
        for name, n in report.errors.items():
            lines.append(f"  {name:<42}{n:>7}")
    unknown = [c for c in report.refused if c not in REFUSALS]
    if unknown:  # pragma: no cover - every code comes from REFUSALS
        lines.append("Ukendte koder: " + ", ".join(unknown))
    lines.append("")
    lines.append(f"Nye eller genåbnede henvendelser i indbakken: {len(report.item_ids)}")
    return "\n".join(lines)


__all__ = ["KIND_LABELS_DA", "SimReport", "SimEvent", "format_table"]
