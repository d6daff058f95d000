"""The demo clinic: a realistic (invented) Danish practice in an empty database.

``build_demo(db, seed=1, patients=2000, items=None)`` fills a migrated, empty
database with two clinics that share a staff member, providers with opening
hours and bookable slots, staff in every role (fixed demo logins, ``DEMO_USERS``),
patients with valid CPR numbers (some failing modulus-11, a few substitute
numbers), guardianships, portal accounts, medication lists, a month of
appointments and an inbox with items of every kind and status.

The same seed gives the same content (names, CPR numbers, texts); times are
relative to ``now`` (default: the clock), and the patients' birth dates to the
year of ``now``. The first few hundred inbox items are rich; a large ``items``
count adds simpler items with bulk inserts (a million in a few minutes).

Nothing here is a real person: names are common Danish names combined at
random, mail addresses use reserved example domains.

Where things live:

- ``build``: ``build_demo``, ``ensure_demo``, ``DemoSummary``, ``DemoRefused`` (the order of the steps)
- ``state``: what the steps share (ids, pending rows, what one step made for the next)
- ``identities``: names, birth dates, CPR and substitute numbers (``make_cpr``)
- ``practice``: clinics, holiday, appointment types, providers, staff and ``DEMO_USERS``
- ``patients``: families, contact data, portal accounts, rights, medication lists
- ``calendar``: slots and appointments
- ``items`` and ``item_econsult`` / ``item_renewal`` / ``item_booking`` / ``item_signup``: the rich inbox
- ``bulk_items`` (the simple items of a large demo) and ``bulk`` (the fast SQLite loader)
- ``audit_trail``: the audit log; ``files``: sample PNG and PDF attachments; ``rows``: writing rows
- ``texts/``: the Danish sample texts and word lists
"""

from clinicdesk.demo.build import DemoRefused, DemoSummary, build_demo, ensure_demo
from clinicdesk.demo.files import tiny_pdf, tiny_png
from clinicdesk.demo.identities import make_cpr, make_substitute_cpr
from clinicdesk.demo.patients import DEMO_PORTAL_PASSWORD
from clinicdesk.demo.practice import DEMO_PASSWORD, DEMO_USERS

__all__ = [
    "DEMO_PASSWORD",
    "DEMO_PORTAL_PASSWORD",
    "DEMO_USERS",
    "DemoRefused",
    "DemoSummary",
    "build_demo",
    "ensure_demo",
    "make_cpr",
    "make_substitute_cpr",
    "tiny_pdf",
    "tiny_png",
]
