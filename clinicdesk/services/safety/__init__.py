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
=================  ==========================================================
"""

from __future__ import annotations

from clinicdesk.services.safety.detector import Detection, Detector, Hit, detect, default_detector

__all__ = ["Detection", "Detector", "Hit", "detect", "default_detector"]
