"""What an edit changes: the difference between the loaded settings and the edited values.

:func:`changes_between` turns the dialog's current values into one
:class:`SettingsChanges` (the clinic's changed fields, each changed provider and
holiday with the version it was loaded at, new holidays, removed holidays, the new
week of opening hours), which
``save_settings`` writes in one transaction. No database here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from clinicdesk.domain.settings import PROVIDER_EDITABLE
from clinicdesk.services.clinic_settings.values import (
    HOLIDAY_VALUE_FIELDS, ClinicSettings, HolidayValues, ProviderValues,
)


@dataclass(frozen=True)
class RowChange:
    """The changed fields of one stored row, loaded at ``version``."""

    id: int
    version: int
    changes: Mapping[str, object]


@dataclass(frozen=True)
class SettingsChanges:
    """Everything one "Gem" writes."""

    clinic_version: int
    clinic: Mapping[str, object] = field(default_factory=dict)
    providers: tuple[RowChange, ...] = ()
    holidays_added: tuple[Mapping[str, object], ...] = ()
    holidays_changed: tuple[RowChange, ...] = ()
    holidays_deleted: tuple[tuple[int, int], ...] = ()  # (id, version)
    #: the clinic's new week of opening hours (None: unchanged) and the week it was edited from
    opening_hours: tuple | None = None
    opening_hours_loaded: tuple = ()

    def __bool__(self) -> bool:
        return bool(self.clinic or self.providers or self.holidays_added or self.holidays_changed
                    or self.holidays_deleted or self.opening_hours is not None)


def _diff(before, after, names) -> dict:
    return {n: getattr(after, n) for n in names if getattr(after, n) != getattr(before, n)}


def changes_between(loaded: ClinicSettings, clinic: Mapping[str, object],
                    providers: Iterable[ProviderValues] = (), holidays: Iterable[HolidayValues] = (),
                    opening_hours: Iterable | None = None) -> SettingsChanges:
    """The changes from ``loaded`` to the edited values.

    ``clinic`` maps setting names to their edited values; ``providers`` are the edited
    provider rows; ``holidays`` are all holiday rows as they stand now (``id`` None for
    a new one): a loaded holiday that is no longer among them is deleted. ``opening_hours``
    is the edited week (``Span``s; None: not edited)."""
    clinic_diff = {k: v for k, v in clinic.items() if v != getattr(loaded.clinic, k)}
    by_id = {p.id: p for p in loaded.providers}
    provider_rows = []
    for p in providers:
        diff = _diff(by_id[p.id], p, PROVIDER_EDITABLE)
        if diff:
            provider_rows.append(RowChange(p.id, by_id[p.id].version, diff))
    stored = {h.id: h for h in loaded.holidays}
    added, changed, kept = [], [], set()
    for h in holidays:
        if h.id is None:
            added.append({n: getattr(h, n) for n in HOLIDAY_VALUE_FIELDS})
            continue
        kept.add(h.id)
        diff = _diff(stored[h.id], h, HOLIDAY_VALUE_FIELDS)
        if diff:
            changed.append(RowChange(h.id, stored[h.id].version, diff))
    deleted = tuple((h.id, h.version) for h in loaded.holidays if h.id not in kept)
    week = None
    if opening_hours is not None and tuple(sorted(opening_hours)) != tuple(loaded.opening_hours):
        week = tuple(sorted(opening_hours))
    return SettingsChanges(loaded.clinic.version, clinic_diff, tuple(provider_rows), tuple(added),
                           tuple(changed), deleted, week, tuple(loaded.opening_hours))
