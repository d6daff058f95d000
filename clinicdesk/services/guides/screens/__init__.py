"""The drawn portal screens in the guides: ``Screen`` (the browser window with numbered
callouts, ``window.py``) and the widgets it holds (``widgets.py``)."""

from clinicdesk.services.guides.screens.window import Screen

__all__ = ["Screen"]
