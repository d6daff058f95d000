"""The administrator's clinic settings ("Patientkommunikation"): clinic, providers, holidays.

What each setting is (kind, default, range, Danish label and help) is declared in
:mod:`clinicdesk.domain.settings`; this package reads, checks and writes them:

- :mod:`.values`: the plain values (``ClinicSettings`` of ``ClinicValues``,
  ``ProviderValues``, ``HolidayValues``) and the local-date ↔ UTC rule for holidays;
- :mod:`.load`: ``load_settings`` and ``preview_front_page`` (the portal front page
  with unsaved values);
- :mod:`.changes`: ``changes_between`` (loaded → edited) gives one ``SettingsChanges``;
- :mod:`.validate`: the checks, from the declaration;
- :mod:`.save`: ``save_settings`` (one transaction for the whole dialog: all or
  nothing) and the one-row writes ``save_clinic``, ``save_provider``, ``add_holiday``,
  ``update_holiday``, ``delete_holiday``.
"""

from clinicdesk.services.clinic_settings.changes import RowChange, SettingsChanges, changes_between
from clinicdesk.services.clinic_settings.load import load_settings, preview_front_page
from clinicdesk.services.clinic_settings.save import (
    add_holiday, delete_holiday, save_clinic, save_provider, save_settings, update_holiday,
)
from clinicdesk.services.clinic_settings.values import (
    ClinicSettings, ClinicValues, HolidayValues, ProviderValues, Saved, holiday_bounds_utc, local_day_start_utc,
)

__all__ = [
    "ClinicSettings", "ClinicValues", "HolidayValues", "ProviderValues", "RowChange", "Saved", "SettingsChanges",
    "add_holiday", "changes_between", "delete_holiday", "holiday_bounds_utc", "load_settings",
    "local_day_start_utc", "preview_front_page", "save_clinic", "save_provider", "save_settings",
    "update_holiday",
]
