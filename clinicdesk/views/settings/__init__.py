"""The administrator's settings for the patient portal ("Patientkommunikation").

One module per part; every input is built from the declaration in
:mod:`clinicdesk.domain.settings` (labels, ranges, tooltips):

- ``menu``: ``install_settings(window)``, the Filer menu entry (admins only);
- ``dialog``: :class:`SettingsDialog`, loading, the preview, one "Gem" for everything;
- ``clinic_tab`` (Klinik), ``provider_tab`` (Behandlere), ``holiday_tab`` (Ferie),
  ``app_tab`` (Min Læge-app), ``preview`` (the portal's front page);
- ``fields``: a form input per declared setting; ``table_model``: the editable
  provider and holiday tables (``QAbstractTableModel`` with a row role).
"""

from clinicdesk.views.settings.menu import install_settings


def __getattr__(name: str):
    """``SettingsDialog`` loads when first asked for: it brings the guides' drawing (reportlab)."""
    if name == "SettingsDialog":
        from clinicdesk.views.settings.dialog import SettingsDialog

        return SettingsDialog
    raise AttributeError(name)

__all__ = ["SettingsDialog", "install_settings"]
