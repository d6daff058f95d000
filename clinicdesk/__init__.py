"""clinicdesk: the clinic-side desktop client for a Danish patient portal."""

__version__ = "0.1.0"
APP_NAME = "clinicdesk"
