"""Whether a medicine may be renewed online: the one home of the renewal rules.

Used by the portal's intake (the patient is refused), the inbox's decision (a
doctor cannot approve) and the renewal pane (which shows the answer; it never
decides itself).

* Addictive medicines may not be renewed over the internet (Sundhedsstyrelsen,
  vejledning 9523 of 2019): a hard block. They are identified by ATC class —
  benzodiazepines and similar (Z-drugs), opioids, ADHD medicine and the other
  groups the guidance names — and also when the medication row is flagged.
* A renewal is pointless while repeats remain at the pharmacy: the patient is
  refused; staff may still approve with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from clinicdesk.domain.wording import count_da
from clinicdesk.domain.messages import say

#: ATC prefixes of medicines that cannot be renewed online (vejledning 9523/2019).
ADDICTIVE_ATC_PREFIXES: tuple[str, ...] = (
    "N05BA",  # benzodiazepine anxiolytics (diazepam, oxazepam …)
    "N05CD",  # benzodiazepine hypnotics
    "N05CF",  # benzodiazepine-like hypnotics (zopiclone, zolpidem)
    "N03AE",  # benzodiazepine antiepileptics (clonazepam)
    "N02A",   # opioids (tramadol, oxycodone, morphine, codeine combinations)
    "R05DA",  # opium alkaloids for cough (codeine, noscapine)
    "N07BC",  # drugs for opioid dependence (methadone, buprenorphine)
    "N06BA",  # centrally acting sympathomimetics: ADHD medicine
    "N05CA",  # barbiturates
    "N03AA",  # barbiturate antiepileptics
    "N03AX12",  # gabapentin
    "N03AX16",  # pregabalin
    "N05CM02",  # clomethiazole
)


def is_addictive(atc_code: str | None, flagged: bool = False) -> bool:
    """Is this medicine addictive in the guidance's sense (by ATC class, or flagged)?"""
    code = (atc_code or "").strip().upper()
    return bool(flagged) or any(code.startswith(p) for p in ADDICTIVE_ATC_PREFIXES)


@dataclass(frozen=True)
class RenewalCheck:
    """The rules' answer for one medicine.

    ``code`` is None when nothing stands in the way; else "missing", "addictive" or
    "repeats_left". ``may_approve`` is False for a hard block. ``staff_text`` is what
    the clinic sees; ``patient_text`` what the portal tells the patient."""

    code: str | None
    may_approve: bool
    patient_may_request: bool
    staff_text: str
    patient_text: str

    @property
    def allowed(self) -> bool:
        return self.code is None


_OK = RenewalCheck(None, True, True, "", "")


def check_medication(med) -> RenewalCheck:
    """Apply the renewal rules to a medication row (anything with ``label``,
    ``atc_code``, ``addictive`` and ``repeats_left``), or None for a deleted one."""
    if med is None:
        return RenewalCheck("missing", False, False, say("Lægemidlet findes ikke længere på medicinlisten."),
                            "Lægemidlet findes ikke på din medicinliste.")
    if is_addictive(getattr(med, "atc_code", None), getattr(med, "addictive", False)):
        return RenewalCheck(
            "addictive", False, False,
            say("Afhængighedsskabende lægemiddel: kan ikke fornyes online. Patienten skal have en tid til "
                "konsultation."),
            f"{med.label} er afhængighedsskabende medicin og kan ikke fornyes via patientportalen. "
            "Bestil en tid hos lægen.",
        )
    repeats = med.repeats_left or 0
    if repeats > 0:
        return RenewalCheck(
            "repeats_left", True, False,
            (say("Der er stadig {n} udlevering tilbage på apoteket; en fornyelse er unødvendig nu.") if repeats == 1
             else say("Der er stadig {n} udleveringer tilbage på apoteket; en fornyelse er unødvendig nu.")).format(
                n=repeats),
            f"Der er stadig {_dispensings(repeats)} tilbage på recepten på {med.label} på apoteket. "
            "Du kan forny den, når de er brugt.",
        )
    return _OK


def _dispensings(n: int) -> str:
    return count_da(n, "udlevering", "udleveringer")


#: What a doctor is told when approving a line the rules block.
BLOCKED_APPROVAL_HINT = say(" Afvis linjen med en begrundelse, fx at patienten skal bestille tid.")
