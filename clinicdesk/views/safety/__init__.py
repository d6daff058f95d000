"""The clinical safety net in the window (issue 15): the escalation notice and its timer
(``watch.py``, ``install_safety``), the closing and opening overviews, the "Opgaver" and
"Kan ikke kontaktes" lists (``dialogs.py``), and what the item pane and the patient card show about
tasks and addresses that do not work (``notes.py``). The rules are in ``services/safety``.
Highlighting for staff, not triage. Nothing is imported here, so the card and the item pane can use
``notes`` without the window's parts."""
