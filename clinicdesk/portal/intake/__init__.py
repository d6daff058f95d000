"""The patient's actions on the portal, one function each, enforcing the clinic's rules.

Every function takes the database, the clinic, the CPR number of the portal
user acting and the request, plus ``now`` (tz-aware UTC; the real time when not
given) so tests and the simulator control the clock. It either refuses with a
:class:`~clinicdesk.domain.refusals.PortalRefusal` (a stable code and the Danish
sentence the portal shows) and writes nothing, or does all of its work in one
transaction: the inbox item with its detail rows, a change event for live
updates, and the audit entry (``portal_request``, no staff member).

One module per kind of request:

* ``econsult.py`` — :func:`send_econsult` (new, or a reply in a thread) and :func:`mark_message_read`
* ``renewal.py`` — :func:`request_renewal`
* ``booking.py`` — :func:`request_booking` and :func:`cancel_appointment`
* ``signup.py`` — :func:`sign_up`
* ``activation.py`` — :func:`activate_user` (the link in the activation mail)
* ``common.py`` — what they share: :class:`IntakeResult`, the portal user, open checks, filing

The rules themselves live in ``clinicdesk.services`` (``portal_rules``,
``renewal_rules``, ``attachments``, ``activation``, ``contact``, ``cpr``,
``workdays``). Nothing here logs a CPR number, a name or message text.
"""

from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.portal.intake.activation import activate_user
from clinicdesk.portal.intake.booking import OfferedSlot, available_slots, cancel_appointment, request_booking
from clinicdesk.portal.intake.common import IntakeResult
from clinicdesk.portal.intake.econsult import mark_message_read, send_econsult
from clinicdesk.portal.intake.renewal import request_renewal
from clinicdesk.portal.intake.signup import CHILD_AGE, sign_up
from clinicdesk.services.attachments import AttachmentIn

__all__ = [
    "IntakeResult", "send_econsult", "request_renewal", "request_booking", "cancel_appointment",
    "available_slots", "OfferedSlot", "activate_user",
    "mark_message_read", "sign_up", "CHILD_AGE", "AttachmentIn", "PortalRefusal",
]
