"""The staff password policy: the one home of what a staff password must be.

At least 12 characters (a passphrase of several words is the easy way there), and
not a common password dressed up: the letters of the password, with digits and
symbols taken away and common look-alike substitutions undone, must not be a
common password or word from the list below, nor the username or the person's
name; and not the same few characters repeated.

Patients' portal passwords follow the portal's own rule (DOMAIN.md), not this one.
"""

from __future__ import annotations

import re

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say

MIN_LENGTH = 12

#: Common passwords and the words they are built from (Danish and international).
COMMON: frozenset[str] = frozenset("""
password passw0rd passord pass adgangskode adgangskoden kodeord kode hemmelig hemmeligt login logind
qwerty qwertyuiop asdfgh asdfghjkl zxcvbn zxcvbnm qwertz azerty abc abcdef abcdefgh abcdefghijkl
letmein welcome velkommen admin administrator root user bruger test testtest guest gæst
iloveyou jegelskerdig elskerdig monkey dragon master shadow sunshine princess football fodbold
baseball superman batman trustno starwars whatever freedom hello hej hejsa dav goddag
sommer vinter forår efterår foraar efteraar januar februar marts april maj juni juli august
september oktober november december mandag tirsdag onsdag torsdag fredag lørdag søndag
danmark denmark dansk københavn kobenhavn aarhus århus odense aalborg ålborg esbjerg
klinik klinikken lægehus lægehuset laegehus lege læge laege doktor sygeplejerske sekretær sekretaer
patient patienter praksis lægepraksis sundhed medicin recept
clinicdesk demo demodemo changeme skiftmig ændremig nyadgangskode newpassword
""".split())

_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})


def _letters(text: str) -> str:
    return re.sub(r"[^a-zæøå]", "", text.lower())


def _cores(text: str) -> set[str]:
    """The letters that carry a password, lower case: as typed, and with look-alikes undone
    (digits and symbols at the ends are padding, not look-alikes)."""
    inner = re.sub(r"^[^a-zæøå]+|[^a-zæøå]+$", "", text.lower())
    return {_letters(text), _letters(inner.translate(_LEET))}


def policy_problem(password: str, *, username: str = "", full_name: str = "") -> str | None:
    """Why the password breaks the policy, in Danish, or None when it is fine."""
    if len(password) < MIN_LENGTH:
        return say("Adgangskoden skal have mindst {n} tegn. Brug gerne en sætning af flere ord, "
                   "fx »Kaffe med mælk kl 7«.").format(n=MIN_LENGTH)
    cores = _cores(password)
    if len(set(password.lower())) < 5:
        return say("Adgangskoden gentager de samme få tegn. Vælg en længere sætning med forskellige ord.")
    words = {w for w in re.split(r"[^a-zæøå]+", password.lower()) if w}
    personal = {_letters(username), _letters(full_name)} | {_letters(p) for p in full_name.split()}
    personal.discard("")
    known = COMMON | personal
    if "" in cores or cores & known or (words and words <= known):
        return say("Adgangskoden er for almindelig eller bygger på dit navn. Vælg en sætning, "
                   "som andre ikke kan gætte.")
    return None


def validate_staff_password(password: str, *, username: str = "", full_name: str = "") -> None:
    """Raise ValidationError (code "weak_password") unless the password follows the policy."""
    problem = policy_problem(password or "", username=username, full_name=full_name)
    if problem:
        raise ValidationError(problem, code="weak_password")
