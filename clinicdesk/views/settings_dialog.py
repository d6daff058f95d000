"""Transitional: ``app.WINDOW_INSTALLERS`` still names this module; the dialog lives in
:mod:`clinicdesk.views.settings`. Delete this file once app.py names ``clinicdesk.views.settings``."""

from clinicdesk.views.settings import SettingsDialog, install_settings  # noqa: F401
