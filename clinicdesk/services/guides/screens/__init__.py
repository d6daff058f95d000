"""The drawn portal screens in the guides: ``Screen`` (the browser window with numbered
callouts, ``window.py``), the widget kinds it holds and their heights (``widgets.py``),
form controls (``forms.py``) and the booking calendar (``calendar.py``)."""

from clinicdesk.services.guides.screens.window import Screen

__all__ = ["Screen"]
