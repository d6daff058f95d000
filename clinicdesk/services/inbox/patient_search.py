"""Finding a patient of the clinic for "Opret E-svar" (and the patient card's search).

``search_patients(db, actor, term, limit=20) -> tuple[PatientHit, ...]``: patients
registered with the actor's clinic by CPR (whole or first digits) or name (every
word). Audited as ``SEARCH_PATIENT`` with the term and where it was made (``where``:
``audit_lookups.SEARCH_PLACES``; the context "search:<where>"); a whole CPR number of
one patient puts the search in that patient's own log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, select

from clinicdesk.models import ClinicPatient, Patient
from clinicdesk.services import auth
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.audit_lookups import record_search
from clinicdesk.services.inbox.search import name_condition
from clinicdesk.services.permissions import Perm
from clinicdesk.services import text_gate


@dataclass(frozen=True)
class PatientHit:
    id: int
    cpr: str
    name: str

    @property
    def cpr_display(self) -> str:
        return f"{self.cpr[:6]}-{self.cpr[6:]}" if len(self.cpr) == 10 else self.cpr


def search_patients(db, actor: auth.Actor, term: str, limit: int = 20, *, where: str = "new_thread",
                    ) -> tuple[PatientHit, ...]:
    """Patients of the actor's clinic matching a CPR number (or its first digits) or a name."""
    auth.require(db, actor, Perm.READ_PATIENT)
    term = text_gate.check_search(term)
    if len(term) < 2:
        return ()
    compact = term.replace("-", "").replace(" ", "")
    base = select(Patient.id, Patient.cpr, Patient.first_name, Patient.last_name).join(
        ClinicPatient, and_(ClinicPatient.patient_id == Patient.id, ClinicPatient.clinic_id == actor.clinic_id)
    )
    if cprmod.looks_like_cpr(term) and len(compact) == 10:
        stmt = base.where(Patient.cpr == compact.upper())
    elif re.fullmatch(r"[0-9]{2,9}", compact):
        upper = compact[:-1] + chr(ord(compact[-1]) + 1)
        stmt = base.where(Patient.cpr >= compact, Patient.cpr < upper)
    else:
        stmt = base.where(name_condition(db, term))
    stmt = stmt.order_by(Patient.last_name, Patient.first_name, Patient.id).limit(max(1, min(limit, 200)))
    with db.write_session() as s:
        rows = s.execute(stmt).all()
        record_search(s, actor, term, where)
    return tuple(PatientHit(r[0], r[1], f"{r[2]} {r[3]}") for r in rows)
