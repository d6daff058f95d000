"""Staff administration for administrators (Filer → "Personale…", ``Perm.MANAGE_STAFF``).

- ``menu``: ``install_staff(window)``, the Filer menu entry (follows clinic switches);
- ``dialog``: :class:`StaffDialog`, the list and every action (new, join from another clinic,
  edit, provider profile, reset password, unlock, deactivate/reactivate, remove from the clinic);
- ``table_model``: :class:`StaffTableModel` (``QAbstractTableModel``, named columns, ``ROW_ROLE``);
- ``forms``: the small dialogs the actions open (and the one that shows a temporary password).
"""

from clinicdesk.views.staff.dialog import StaffDialog
from clinicdesk.views.staff.menu import install_staff

__all__ = ["StaffDialog", "install_staff"]
