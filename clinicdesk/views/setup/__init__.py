"""First start on an empty database: the choice, and the setup wizard.

- ``first_start``: :class:`FirstStartDialog`, "Opret jeres klinik" or "Prøv med en demoklinik";
- ``wizard``: :class:`SetupWizard`, the clinic, its opening hours and its first administrator
  (``services.setup.create_clinic`` writes them in one transaction); ``pages``: its pages.
"""

from clinicdesk.views.setup.first_start import FirstStartDialog
from clinicdesk.views.setup.wizard import SetupWizard

__all__ = ["FirstStartDialog", "SetupWizard"]
