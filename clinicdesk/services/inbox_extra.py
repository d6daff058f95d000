"""Transitional: the inbox screen's extra reads moved into the ``services.inbox`` package.

Use ``inbox.inbox_setup``, ``inbox.answer_archive`` and ``inbox.search_patients``
(modules ``inbox.screen_setup``, ``inbox.archive``, ``inbox.patient_search``). This
file only keeps views that still import ``inbox_extra`` working until they switch;
delete it then.
"""

from __future__ import annotations

from clinicdesk.services.inbox.archive import ArchivedAnswer, answer_archive
from clinicdesk.services.inbox.patient_search import PatientHit, search_patients
from clinicdesk.services.inbox.screen_setup import InboxSetup, ProviderRef, inbox_setup

__all__ = ["ArchivedAnswer", "InboxSetup", "PatientHit", "ProviderRef", "answer_archive", "inbox_setup",
           "search_patients"]
