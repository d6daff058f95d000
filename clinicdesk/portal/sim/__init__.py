"""Patient traffic through the portal's own intake functions (the demo's live inbox, and load).

:func:`run_sim` reads who and what exists (registered patients, providers, free
slots, medication, threads, unread answers) and then sends a realistic mix of
requests at a steady rate: e-consultations (some with a picture or a PDF),
replies, renewals, bookings, cancellations, sign-ups and read receipts. About
one in six breaks a rule on purpose (too long, emoji, a program dressed up as a
PDF, addictive medicine, a slot too soon or already taken, a late cancellation,
a child without a guardian, a patient of another clinic). Every request goes
through :mod:`clinicdesk.portal.intake`, so each one is accepted or refused by
the same rules the real portal uses. The result counts accepted requests by
kind and refusals by code.

* ``population.py`` — who and what a clinic has to act on (read once)
* ``traffic.py`` — the mix of requests and the rule breaks on purpose
* ``run.py`` — :func:`run_sim`: pacing and counting
* ``report.py`` — :class:`SimReport`, :class:`SimEvent`, the Danish table and kind labels

Nothing here prints or logs a CPR number, a name or a text.
"""

from clinicdesk.portal.sim.report import KIND_LABELS_DA, SimEvent, SimReport, format_table
from clinicdesk.portal.sim.run import run_sim
from clinicdesk.portal.sim.traffic import BREAK_RATE, MIX

__all__ = ["run_sim", "SimReport", "SimEvent", "KIND_LABELS_DA", "format_table", "MIX", "BREAK_RATE"]
