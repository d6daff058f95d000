"""Qt views: windows, dialogs, panes and the Qt item models that feed them.

Views call services (never SQL) and do that work off the GUI thread through
:func:`clinicdesk.views.worker.run_in_background`.
"""
