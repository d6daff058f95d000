"""The drawn portal screens in the guides: ``Screen`` (the browser window with numbered
callouts, ``window.py``), the widget kinds it holds and their heights (``widgets.py``),
form controls (``forms.py``) and the booking calendar (``calendar.py``); the front page after
login (``front.py``, also the settings dialog's preview) and a screen on a page of its own
(``standalone.py``)."""

from clinicdesk.services.guides.screens.window import Screen

__all__ = ["Screen"]
