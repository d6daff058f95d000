"""The clinical safety net: words that suggest an urgent message, highlighted for staff. No Qt.

Intended purpose: highlighting for staff, not triage. The detector finds words and phrases from
lists the clinic can read and extend and shows which words caused a flag; it never diagnoses,
decides a priority on its own terms, hides a message or stops a patient from sending.

=================  ==========================================================
``normalise``      folding words (case, æøå, doubled and silent letters)
``lists``          the shipped lists in resources/safety/ and the clinic's lines
``detector``       ``detect(text)``: flagged or not, and the words that caused it
``flags``          urgent flags: at intake, by hand (with a reason), cleared
``terms``          the clinic's own lines in the lists (settings)
``presend``        the checks before an answer is sent
``opening``        the clinic's opening clock (hours, holidays, closed days)
``escalation``     unopened urgent items escalated; closing and next-opening overviews
``settings``       the safety net's settings (escalation minutes, unread days, receipt)
``emergency``      the emergency numbers (112, 1813, the clinic's phone)
``receipt``        the receipt mail at intake
``reach``          answers marked "skal læses" and their call tasks
``tasks``          "Ring til patienten" tasks, one per cause
``contact``        addresses refused for good; "Kan ikke kontaktes"
``jobs``           ``run_safety_jobs``: the periodic work, idempotent
=================  ==========================================================
"""

from __future__ import annotations

from clinicdesk.services.safety.detector import Detection, Detector, Hit, detect, default_detector

__all__ = ["Detection", "Detector", "Hit", "detect", "default_detector"]
