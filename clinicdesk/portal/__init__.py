"""The patient side's entry points (intake), enforcing the clinic's rules. No Qt here.

Each patient action is one function; a refusal is a :class:`PortalRefusal` with a
stable ``code`` and the Danish sentence the portal would show.
"""

from clinicdesk.domain.refusals import REFUSALS, PortalRefusal
from clinicdesk.services.front_page import ClosedFunction, FrontPage, ProviderEntry, front_page
from clinicdesk.portal.intake import (
    IntakeResult,
    cancel_appointment,
    mark_message_read,
    request_booking,
    request_renewal,
    send_econsult,
    sign_up,
)
from clinicdesk.portal.answers import DecisionAnswer, decision_answers
from clinicdesk.services.attachments import AttachmentIn

__all__ = [
    "REFUSALS", "PortalRefusal", "ClosedFunction", "FrontPage", "ProviderEntry", "front_page", "IntakeResult",
    "cancel_appointment", "mark_message_read", "request_booking", "request_renewal", "send_econsult", "sign_up",
    "AttachmentIn", "DecisionAnswer", "decision_answers",
]
