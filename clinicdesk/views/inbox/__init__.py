"""The inbox: the program's main screen (folders, the list, the open item)."""

from clinicdesk.views.inbox.table_model import ROW_ROLE, ItemTableModel
from clinicdesk.views.inbox.view import InboxView, install_inbox

__all__ = ["ROW_ROLE", "InboxView", "ItemTableModel", "install_inbox"]
