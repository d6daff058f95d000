"""Staff login (Argon2id), lockout, the acting staff member and permission checks."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.models import Clinic, StaffMembership, StaffUser, utcnow
from clinicdesk.domain.enums import Role
from clinicdesk.services import audit
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import (  # PasswordChangeRequired: re-exported for callers of auth
    AccessRevoked, LoginFailed, PasswordChangeRequired, PermissionDenied, ValidationError,
)
from clinicdesk.services.password_policy import validate_staff_password
from clinicdesk.services.permissions import ROLE_LABELS_DA, Perm, allowed
from clinicdesk.domain.messages import say

MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 15

# One hasher with the parameters in force; hashes made with older parameters are
# re-made at the next successful login.
_hasher = PasswordHasher()


_dummy_hash: tuple[PasswordHasher, str] | None = None


def set_hasher(hasher: PasswordHasher) -> None:
    """Tests and the demo use cheaper parameters; production keeps the defaults."""
    global _hasher
    _hasher = hasher


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify_dummy(password: str) -> None:
    """Spend what a real check costs, so an unknown username answers as slowly as a known one."""
    global _dummy_hash
    if _dummy_hash is None or _dummy_hash[0] is not _hasher:
        _dummy_hash = (_hasher, _hasher.hash("clinicdesk-no-such-user"))
    try:
        _hasher.verify(_dummy_hash[1], password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        pass


def _verify(user: StaffUser, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Membership:
    clinic_id: int
    clinic_name: str
    role: Role

    @property
    def role_label(self) -> str:
        return ROLE_LABELS_DA[self.role]


@dataclass(frozen=True)
class LoginResult:
    staff_id: int
    username: str
    full_name: str
    memberships: tuple[Membership, ...]

    def actor_for(self, clinic_id: int) -> Actor:
        for m in self.memberships:
            if m.clinic_id == clinic_id:
                return Actor(self.staff_id, self.full_name, m.clinic_id, m.role, m.clinic_name)
        raise PermissionDenied(say("Du er ikke tilknyttet denne klinik."))


@dataclass(frozen=True)
class Actor:
    """The acting staff member, for the clinic they act for now."""

    staff_id: int
    full_name: str
    clinic_id: int
    role: Role
    clinic_name: str = ""
    # why this actor is looking (``services.audit_lookups``: "inbox:12", "reason:treatment"): a patient
    # card opened for a reason carries it, and every lookup made through that card records it
    lookup_context: str = field(default="", compare=False)

    def can(self, perm: Perm) -> bool:
        return allowed(self.role, perm)

    def with_context(self, context: str) -> Actor:
        """The same staff member, looking for this reason (the card's lookups record it)."""
        return replace(self, lookup_context=context)


def _memberships(session: Session, staff_id: int) -> tuple[Membership, ...]:
    rows = session.execute(
        select(StaffMembership.clinic_id, Clinic.name, StaffMembership.role)
        .join(Clinic, Clinic.id == StaffMembership.clinic_id)
        .where(StaffMembership.staff_id == staff_id)
        .order_by(Clinic.name)
    ).all()
    return tuple(Membership(r[0], r[1], r[2]) for r in rows)


def _check_password(s: Session, username: str, password: str, now) -> tuple[StaffUser | None, Exception | None]:
    """The shared first half of a login and a password change: the user whose password this is, or
    the failure to raise (each attempt audited, failures counted towards the lockout)."""
    # FOR UPDATE (PostgreSQL): concurrent attempts for one user queue up, so each failure
    # counts and none meets a stale version; SQLite's write session already serialises them.
    user = s.execute(
        select(StaffUser).where(StaffUser.username == username).with_for_update()
    ).scalar_one_or_none()
    if user is None or not user.active:
        _verify_dummy(password)
        audit.record(s, Action.LOGIN_FAILED, detail="unknown or inactive user")
        return None, LoginFailed()
    if user.locked_until is not None and user.locked_until > now:
        _verify_dummy(password)
        audit.record(s, Action.LOGIN_FAILED, staff_id=user.id, detail="account locked")
        return None, LoginFailed()
    if not _verify(user, password):
        window = timedelta(minutes=LOCKOUT_MINUTES)
        if user.last_failed_login_at is None or user.last_failed_login_at <= now - window:
            user.failed_logins = 0  # old failures are forgotten
        user.failed_logins += 1
        user.last_failed_login_at = now
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + window
            user.failed_logins = 0
            audit.record(s, Action.LOCKED_OUT, staff_id=user.id)
        else:
            audit.record(s, Action.LOGIN_FAILED, staff_id=user.id, detail="wrong password")
        return None, LoginFailed()
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    user.last_failed_login_at = None
    user.locked_until = None
    return user, None


def _login_clinic(memberships: tuple[Membership, ...], clinic_id: int | None) -> int | None:
    """The clinic a login is for: the one asked for, or the only one (several: chosen afterwards)."""
    if clinic_id is not None and any(m.clinic_id == clinic_id for m in memberships):
        return clinic_id
    return memberships[0].clinic_id if len(memberships) == 1 else None


def login(db, username: str, password: str, *, clinic_id: int | None = None) -> LoginResult:
    """Check a password; every attempt audited, every failure told the same way.

    An unknown or inactive user costs a password check too (against a dummy hash),
    and gets the same message as a wrong password or a locked account. After
    MAX_FAILED_LOGINS failures the account is locked for LOCKOUT_MINUTES; failures
    older than that are forgotten (the count decays). A right but temporary password
    (``must_change_password``) raises :class:`PasswordChangeRequired`: nothing opens
    until the user has chosen their own (``change_password``).

    The LOGIN entry carries the clinic signed into (``clinic_id``, or the user's only clinic),
    so it is in that clinic's log; with several clinics and none given, the choice is
    recorded by ``switch_clinic(..., at_login=True)``."""
    username = (username or "").strip().lower()
    password = password or ""
    with db.write_session() as s:
        now = utcnow()
        user, failure = _check_password(s, username, password, now)
        if user is not None:
            memberships = _memberships(s, user.id)
            if not memberships:
                audit.record(s, Action.LOGIN_FAILED, staff_id=user.id, detail="no clinic")
                failure = PermissionDenied(say("Din bruger er ikke tilknyttet nogen klinik. Kontakt en administrator."))
            elif user.must_change_password:
                audit.record(s, Action.LOGIN_FAILED, staff_id=user.id, detail="password change required")
                failure = PasswordChangeRequired()
            else:
                user.last_login_at = now
                chosen = _login_clinic(memberships, clinic_id)
                audit.record(s, Action.LOGIN, staff_id=user.id, clinic_id=chosen,
                             detail="" if chosen is not None else "several clinics")
                return LoginResult(user.id, user.username, user.full_name, memberships)
    raise failure


def change_password(db, username: str, current_password: str, new_password: str) -> None:
    """The staff member chooses a new password (after a reset, or of their own accord).

    The current password is checked as a login checks it (failures count towards the
    lockout, and say the same); the new one must follow the policy and differ from the
    current one. Clears ``must_change_password``; audited as CHANGE_PASSWORD."""
    username = (username or "").strip().lower()
    current_password = current_password or ""
    new_password = new_password or ""
    with db.write_session() as s:
        user, failure = _check_password(s, username, current_password, utcnow())
        if user is not None:
            try:
                validate_staff_password(new_password, username=user.username, full_name=user.full_name)
                if new_password == current_password:
                    raise ValidationError(say("Vælg en anden adgangskode end den, du har nu."), code="same_password")
            except ValidationError as exc:
                failure = exc
            else:
                user.password_hash = hash_password(new_password)
                user.must_change_password = False
                audit.record(s, Action.CHANGE_PASSWORD, staff_id=user.id)
                return
    raise failure


def _membership_role(actor: Actor):
    """The one rule of who may act at a clinic: a member, active, not waiting to replace a password."""
    return (
        select(StaffMembership.role)
        .join(StaffUser, StaffUser.id == StaffMembership.staff_id)
        .where(StaffMembership.staff_id == actor.staff_id, StaffMembership.clinic_id == actor.clinic_id,
               StaffUser.active.is_(True), StaffUser.must_change_password.is_(False))
    )


def current_role(session: Session, actor: Actor) -> Role | None:
    """The role the actor holds at their clinic right now (None: inactive, no longer a member, or a
    password reset by an administrator that the user has not yet replaced)."""
    return session.execute(_membership_role(actor)).scalar_one_or_none()


def still_allowed(actor: Actor, perm: Perm):
    """``require``'s check as SQL, to ride inside the statement that does the work (no round
    trip of its own): true while the actor holds a role with ``perm`` at their clinic. When
    that statement then finds nothing, call ``require`` to tell a refusal from "nothing there"."""
    return _membership_role(actor).where(StaffMembership.role.in_([r for r in Role if allowed(r, perm)])).exists()


def check_access(db, actor: Actor) -> Actor:
    """The actor as the database sees them now: the same, or with a new role.

    Raises AccessRevoked when the account is deactivated or no longer a member of
    the clinic (the window drops to the login); unlocking the lock screen calls this."""
    with db.session() as s:
        role = current_role(s, actor)
    if role is None:
        raise AccessRevoked()
    if role is actor.role:
        return actor
    return Actor(actor.staff_id, actor.full_name, actor.clinic_id, role, actor.clinic_name)


def require(db, actor: Actor, perm: Perm, *, patient_id: int | None = None) -> None:
    """Raise PermissionDenied (and audit the denial in its own transaction) unless allowed.

    The role is read from the database at every call, never trusted from memory: a
    staff member demoted, deactivated or removed from the clinic is refused at their
    next action (AccessRevoked when the account or membership is gone)."""
    with db.session() as s:
        role = current_role(s, actor)
    if role is not None and allowed(role, perm):
        return
    with db.write_session() as s:
        clinic_id = actor.clinic_id if s.get(Clinic, actor.clinic_id) is not None else None
        audit.record(
            s, Action.PERMISSION_DENIED, staff_id=actor.staff_id, clinic_id=clinic_id,
            patient_id=patient_id, detail=perm.value if role is not None else f"{perm.value}: access revoked",
        )
    raise PermissionDenied() if role is not None else AccessRevoked()


def log_out(db, actor: Actor) -> None:
    with db.write_session() as s:
        audit.record(s, Action.LOGOUT, staff_id=actor.staff_id, clinic_id=actor.clinic_id)


def lock_screen(db, actor: Actor, *, reason: str = "") -> None:
    """Audit that the workstation locked its window (unlocking is a normal login)."""
    with db.write_session() as s:
        audit.record(s, Action.LOCK_SCREEN, staff_id=actor.staff_id, clinic_id=actor.clinic_id, detail=reason)


@dataclass(frozen=True)
class ClinicRef:
    id: int
    name: str


def list_clinics(db) -> tuple[ClinicRef, ...]:
    """The clinics in this database (the login dialog shows their names; no login needed)."""
    with db.session() as s:
        rows = s.execute(select(Clinic.id, Clinic.name).order_by(Clinic.name)).all()
    return tuple(ClinicRef(r[0], r[1]) for r in rows)


def switch_clinic(db, login_result: LoginResult, clinic_id: int, *, at_login: bool = False) -> Actor:
    """Act for another of the user's clinics; recorded in that clinic's log.

    ``at_login``: the clinic chosen in the login dialog (several clinics), recorded as the
    login into that clinic."""
    actor = login_result.actor_for(clinic_id)
    with db.write_session() as s:
        if at_login:
            audit.record(s, Action.LOGIN, staff_id=actor.staff_id, clinic_id=clinic_id, detail="clinic chosen")
        else:
            audit.record(s, Action.SWITCH_CLINIC, staff_id=actor.staff_id, clinic_id=clinic_id)
    return actor


def create_staff(
    session: Session, username: str, full_name: str, password: str, memberships: dict[int, Role], initials: str = "",
    *, demo: bool = False, must_change_password: bool = False,
) -> StaffUser:
    """A staff user with memberships; the password must follow the policy.

    ``demo=True`` (only the demo practice, whose published password is in the README)
    skips the policy. ``must_change_password``: a temporary password (the user chooses
    their own at the first login)."""
    if not demo:
        validate_staff_password(password, username=username, full_name=full_name)
    user = StaffUser(
        username=username.strip().lower(),
        full_name=full_name,
        initials=initials or "".join(p[0] for p in full_name.split()[:3]).upper(),
        password_hash=hash_password(password),
        must_change_password=must_change_password,
    )
    session.add(user)
    session.flush()
    for clinic_id, role in memberships.items():
        session.add(StaffMembership(staff_id=user.id, clinic_id=clinic_id, role=role))
    session.flush()
    return user
