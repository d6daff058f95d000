"""Filer → "Standardtekster…": the clinic's stock phrases and the user's own.

- ``menu``: ``install_phrases(window)``, the Filer menu entry (everyone: their own
  phrases; the clinic's are edited by those with ``Perm.EDIT_STOCK_PHRASES``);
- ``dialog``: :class:`PhraseDialog`, a tab per list;
- ``tab``: :class:`PhraseTab`, the list, the editor, import and export of one list;
- ``table_model``: the list (``QAbstractTableModel`` with a row role).
"""

from clinicdesk.views.phrases.dialog import PhraseDialog
from clinicdesk.views.phrases.menu import install_phrases

__all__ = ["PhraseDialog", "install_phrases"]
