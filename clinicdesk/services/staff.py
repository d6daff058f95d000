"""Staff administration (administrators, ``Perm.MANAGE_STAFF``): who works for the clinic.

An administrator manages the staff of the clinic they act for: create a user (with a
temporary password the user replaces at the first login), give someone who already
works for another clinic a role here too (shared staff), change a role or a name,
remove someone from this clinic, deactivate or reactivate an account, reset a
password (a new temporary one) and unlock an account locked by failed logins. The
provider profile patients see lives in :mod:`services.staff_profile`.

Every function checks the permission (``auth.require`` reads the role from the
database), does its work in one transaction with its audit entry, and names the
staff member in the audit detail by id only. Changes take effect at once: the next
action of the person changed re-reads their membership (``auth.require``).

Rules kept here: a clinic always keeps an active administrator; nobody deactivates or
removes themselves; an account that also works for a clinic where the actor is not
an administrator is not deactivated from here (remove it from this clinic instead).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import NotFound, PermissionDenied, StaleData, ValidationError
from clinicdesk.models import Clinic, Provider, StaffMembership, StaffUser, utcnow
from clinicdesk.services import audit, auth, text_gate
from clinicdesk.services.audit import Action
from clinicdesk.services.password_policy import policy_problem
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

# words for temporary passwords: common Danish nouns, none in the policy's list of common words
_WORDS = (
    "ager anker bakke birk blomst bro bølge dal due egern eng fjord fløjte gran hav hejre hest humle "
    "kaffe kastanje kilde klit kløver kop krage lampe lind lyng mark mos måge nød pære rav regn ræv "
    "sand skov slot sten storm strand svane sø tang tårn ugle vej vind æble ø"
).split()


# ----------------------------------------------------------------------------- checks
def check_username(text: str | None) -> str:
    """A username: 2–64 characters, lower-case letters a–z, digits, dot, dash, underscore."""
    username = (text or "").strip().lower()
    if not username:
        raise ValidationError(say("Skriv et brugernavn."), code="invalid_username", field="username")
    if not _USERNAME.match(username):
        raise ValidationError(
            say("Brugernavnet skal være 2–64 tegn og må kun indeholde bogstaverne a–z, tal, punktum, bindestreg "
                "og understreg (fx »mette.k«)."), code="invalid_username", field="username")
    return username


def check_full_name(text: str | None) -> str:
    try:
        return text_gate.check(text, what=say("Navnet"), max_length=200, required=True, multiline=False)
    except text_gate.TextRefused as exc:
        raise ValidationError(exc.message, code=exc.code, field="full_name") from None


def check_initials(text: str | None, full_name: str) -> str:
    initials = text_gate.check(text, what=say("Initialerne"), max_length=8, multiline=False)
    if " " in initials:
        raise ValidationError(say("Initialerne må ikke indeholde mellemrum."), code="invalid_initials",
                              field="initials")
    return initials.upper() or "".join(p[0] for p in full_name.split()[:3]).upper()


def temporary_password(username: str = "", full_name: str = "") -> str:
    """A temporary password that follows the policy, easy to read aloud: ``Ugle-Birk-Storm-47``."""
    while True:
        words = [secrets.choice(_WORDS).capitalize() for _ in range(3)]
        candidate = "-".join(words) + f"-{secrets.randbelow(90) + 10}"
        if policy_problem(candidate, username=username, full_name=full_name) is None:
            return candidate


# ----------------------------------------------------------------------------- what the dialog shows
@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    initials: str
    role: Role
    active: bool
    locked: bool
    must_change_password: bool
    last_login_at: datetime | None
    other_clinics: tuple[str, ...]  # shared staff: where else they work
    provider_label: str  # what patients see ("" without a provider profile here)
    provider_active: bool
    version: int


@dataclass(frozen=True)
class NewStaff:
    staff_id: int
    username: str
    temporary_password: str  # shown once to the administrator, who hands it over


def _row(s: Session, user: StaffUser, role: Role, clinic_id: int, now: datetime) -> StaffRow:
    others = s.execute(
        select(Clinic.name).join(StaffMembership, StaffMembership.clinic_id == Clinic.id)
        .where(StaffMembership.staff_id == user.id, StaffMembership.clinic_id != clinic_id).order_by(Clinic.name)
    ).scalars().all()
    provider = s.execute(
        select(Provider).where(Provider.staff_id == user.id, Provider.clinic_id == clinic_id).order_by(Provider.id)
    ).scalars().first()
    return StaffRow(
        id=user.id, username=user.username, full_name=user.full_name, initials=user.initials, role=role,
        active=user.active, locked=user.locked_until is not None and user.locked_until > now,
        must_change_password=user.must_change_password, last_login_at=user.last_login_at,
        other_clinics=tuple(others), provider_label=provider.portal_label if provider else "",
        provider_active=bool(provider and provider.active), version=user.version,
    )


def list_staff(db, actor: auth.Actor, *, now: datetime | None = None) -> tuple[StaffRow, ...]:
    """The staff of the actor's clinic, by name (deactivated accounts included)."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    now = now or utcnow()
    with db.session() as s:
        rows = s.execute(
            select(StaffUser, StaffMembership.role).join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
            .where(StaffMembership.clinic_id == actor.clinic_id).order_by(StaffUser.full_name, StaffUser.id)
        ).all()
        return tuple(_row(s, user, role, actor.clinic_id, now) for user, role in rows)


def get_staff(db, actor: auth.Actor, staff_id: int) -> StaffRow:
    auth.require(db, actor, Perm.MANAGE_STAFF)
    with db.session() as s:
        user, membership = _member(s, actor, staff_id)
        return _row(s, user, membership.role, actor.clinic_id, utcnow())


def staff_id_for(db, actor: auth.Actor, username: str) -> int:
    """The id of a member of the actor's clinic by username (the command line names people so)."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    with db.session() as s:
        found = s.execute(
            select(StaffUser.id).join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
            .where(StaffUser.username == (username or "").strip().lower(),
                   StaffMembership.clinic_id == actor.clinic_id)
        ).scalar_one_or_none()
    if found is None:
        raise NotFound(say("Der er ingen medarbejder med brugernavnet »{username}« i {clinic}.").format(
            username=(username or "").strip(), clinic=actor.clinic_name or say("klinikken")))
    return found


# ----------------------------------------------------------------------------- helpers
def _lock_clinic(s: Session, clinic_id: int) -> None:
    """Serialise staff changes per clinic (PostgreSQL), so two administrators cannot both remove
    the other and leave the clinic without one; SQLite's write session is serial already."""
    s.execute(select(Clinic.id).where(Clinic.id == clinic_id).with_for_update()).scalar_one()


def _member(s: Session, actor: auth.Actor, staff_id: int) -> tuple[StaffUser, StaffMembership]:
    found = s.execute(
        select(StaffUser, StaffMembership).join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
        .where(StaffUser.id == staff_id, StaffMembership.clinic_id == actor.clinic_id)
    ).first()
    if found is None:
        raise NotFound(say("Medarbejderen arbejder ikke (længere) for klinikken. Opdatér listen."))
    return found[0], found[1]


def _active_admins(s: Session, clinic_id: int, *, without: int | None = None) -> int:
    q = (select(func.count()).select_from(StaffMembership).join(StaffUser, StaffUser.id == StaffMembership.staff_id)
         .where(StaffMembership.clinic_id == clinic_id, StaffMembership.role == Role.ADMIN,
                StaffUser.active.is_(True)))
    if without is not None:
        q = q.where(StaffMembership.staff_id != without)
    return s.execute(q).scalar_one()


def _keep_an_admin(s: Session, actor: auth.Actor, staff_id: int) -> None:
    if _active_admins(s, actor.clinic_id, without=staff_id) == 0:
        raise ValidationError(say("Klinikken skal have mindst én aktiv administrator. Giv en anden rollen som "
                                  "administrator først."), code="last_admin")


def _not_yourself(actor: auth.Actor, staff_id: int, what: str) -> None:
    if staff_id == actor.staff_id:
        raise ValidationError(say("Du kan ikke {what} dig selv. Bed en anden administrator om det.").format(what=what),
                              code="self")


def _record(s: Session, action: str, actor: auth.Actor, detail: str) -> None:
    audit.record(s, action, staff_id=actor.staff_id, clinic_id=actor.clinic_id, detail=detail)


def _role(role) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(say("Vælg en rolle: sekretær, sygeplejerske, læge eller administrator."),
                              code="invalid_role", field="role") from None


# ----------------------------------------------------------------------------- changes
def add_staff(db, actor: auth.Actor, username: str, full_name: str, role: Role | str, *,
              initials: str = "", provider_title: str | None = None) -> NewStaff:
    """A new staff member of the actor's clinic with a temporary password (changed at first login).

    ``provider_title``: also a provider patients can choose, with this title, in the same
    transaction (a refused title leaves no staff member behind)."""
    from clinicdesk.services import staff_profile  # (it needs nothing from here)
    auth.require(db, actor, Perm.MANAGE_STAFF)
    username = check_username(username)
    full_name = check_full_name(full_name)
    initials = check_initials(initials, full_name)
    role = _role(role)
    password = temporary_password(username, full_name)
    with db.write_session() as s:
        _lock_clinic(s, actor.clinic_id)
        if s.execute(select(StaffUser.id).where(StaffUser.username == username)).scalar() is not None:
            raise ValidationError(
                say("Brugernavnet »{username}« er allerede i brug. Vælg et andet, eller – arbejder personen allerede "
                    "for en anden klinik i systemet – brug »Tilknyt fra anden klinik«.").format(username=username),
                code="username_taken",
                field="username")
        user = auth.create_staff(s, username, full_name, password, {actor.clinic_id: role}, initials,
                                 must_change_password=True)
        _record(s, Action.CREATE_STAFF, actor, f"staff={user.id} role={role.value}")
        if provider_title is not None:
            staff_profile.save_profile_in(s, actor, user.id, {"title": provider_title}, None)
        return NewStaff(user.id, user.username, password)


def join_clinic(db, actor: auth.Actor, username: str, role: Role | str) -> StaffRow:
    """Shared staff: someone who works for another clinic in this system gets a role here too."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    username = check_username(username)
    role = _role(role)
    with db.write_session() as s:
        _lock_clinic(s, actor.clinic_id)
        user = s.execute(select(StaffUser).where(StaffUser.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(say("Der er ingen bruger med brugernavnet »{username}«. Opret en ny medarbejder i stedet.").format(
                username=username),
                           field="username")
        if s.execute(select(StaffMembership.id).where(StaffMembership.staff_id == user.id,
                                                      StaffMembership.clinic_id == actor.clinic_id)).scalar():
            raise ValidationError(say("Medarbejderen arbejder allerede for klinikken."), code="already_member")
        s.add(StaffMembership(staff_id=user.id, clinic_id=actor.clinic_id, role=role))
        s.flush()
        _record(s, Action.EDIT_STAFF, actor, f"staff={user.id} joined role={role.value}")
        return _row(s, user, role, actor.clinic_id, utcnow())


def edit_staff(db, actor: auth.Actor, staff_id: int, expected_version: int, *, full_name: str | None = None,
               initials: str | None = None, role: Role | str | None = None) -> StaffRow:
    """Change a name, initials or the role at the actor's clinic (only what is given)."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    new_name = check_full_name(full_name) if full_name is not None else None
    new_role = _role(role) if role is not None else None
    try:
        with db.write_session() as s:
            _lock_clinic(s, actor.clinic_id)
            user, membership = _member(s, actor, staff_id)
            if user.version != expected_version:
                raise StaleData()
            changed = []
            if new_name is not None and new_name != user.full_name:
                user.full_name = new_name
                changed.append("name")
            if initials is not None:
                new_initials = check_initials(initials, user.full_name)
                if new_initials != user.initials:
                    user.initials = new_initials
                    changed.append("initials")
            if new_role is not None and new_role is not membership.role:
                if membership.role is Role.ADMIN:
                    _keep_an_admin(s, actor, staff_id)
                changed.append(f"role {membership.role.value}->{new_role.value}")
                membership.role = new_role
            if changed:
                s.flush()
                _record(s, Action.EDIT_STAFF, actor, f"staff={staff_id} " + ", ".join(changed))
            return _row(s, user, membership.role, actor.clinic_id, utcnow())
    except StaleDataError:
        raise StaleData() from None


def remove_from_clinic(db, actor: auth.Actor, staff_id: int) -> None:
    """The staff member no longer works for the actor's clinic (their other clinics stay)."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    _not_yourself(actor, staff_id, say("fjerne"))
    with db.write_session() as s:
        _lock_clinic(s, actor.clinic_id)
        user, membership = _member(s, actor, staff_id)
        if membership.role is Role.ADMIN:
            _keep_an_admin(s, actor, staff_id)
        for provider in s.scalars(select(Provider).where(Provider.staff_id == staff_id,
                                                         Provider.clinic_id == actor.clinic_id)):
            provider.active = False  # patients can no longer pick them here
        s.delete(membership)
        s.flush()
        _record(s, Action.EDIT_STAFF, actor, f"staff={staff_id} left the clinic")


def deactivate(db, actor: auth.Actor, staff_id: int) -> StaffRow:
    """Close the account: no login, and an open window is refused at its next action."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    _not_yourself(actor, staff_id, say("deaktivere"))
    with db.write_session() as s:
        _lock_clinic(s, actor.clinic_id)
        user, membership = _member(s, actor, staff_id)
        if not user.active:
            raise ValidationError(say("Medarbejderen er allerede deaktiveret."), code="already_inactive")
        elsewhere = s.execute(
            select(Clinic.id, Clinic.name).join(StaffMembership, StaffMembership.clinic_id == Clinic.id)
            .where(StaffMembership.staff_id == staff_id, StaffMembership.clinic_id != actor.clinic_id)
        ).all()
        for clinic_id, name in elsewhere:
            admin_there = s.execute(select(StaffMembership.role).where(
                StaffMembership.staff_id == actor.staff_id, StaffMembership.clinic_id == clinic_id)).scalar()
            if admin_there is not Role.ADMIN:
                raise PermissionDenied(
                    say("Medarbejderen arbejder også for {clinic}, hvor du ikke er administrator. Fjern medarbejderen "
                        "fra denne klinik i stedet, eller bed en administrator dér om at deaktivere kontoen.").format(
                        clinic=name))
        admin_at = s.execute(select(StaffMembership.clinic_id).where(
            StaffMembership.staff_id == staff_id, StaffMembership.role == Role.ADMIN)).scalars().all()
        for clinic_id in admin_at:
            if _active_admins(s, clinic_id, without=staff_id) == 0:
                raise ValidationError(say("Klinikken skal have mindst én aktiv administrator. Giv en anden rollen "
                                          "som administrator først."), code="last_admin")
        user.active = False
        for provider in s.scalars(select(Provider).where(Provider.staff_id == staff_id)):
            provider.active = False
        s.flush()
        _record(s, Action.DEACTIVATE_STAFF, actor, f"staff={staff_id}")
        return _row(s, user, membership.role, actor.clinic_id, utcnow())


def reactivate(db, actor: auth.Actor, staff_id: int) -> StaffRow:
    """Open a deactivated account again (and their provider profile at this clinic)."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    with db.write_session() as s:
        user, membership = _member(s, actor, staff_id)
        if user.active:
            raise ValidationError(say("Medarbejderen er allerede aktiv."), code="already_active")
        user.active = True
        for provider in s.scalars(select(Provider).where(Provider.staff_id == staff_id,
                                                         Provider.clinic_id == actor.clinic_id)):
            provider.active = True
        s.flush()
        _record(s, Action.REACTIVATE_STAFF, actor, f"staff={staff_id}")
        return _row(s, user, membership.role, actor.clinic_id, utcnow())


def reset_password(db, actor: auth.Actor, staff_id: int) -> str:
    """A new temporary password (returned, to hand over); the user must choose their own at the next
    login, and a session they have open is refused at its next action. Also unlocks the account."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    with db.write_session() as s:
        user, _membership = _member(s, actor, staff_id)
        password = temporary_password(user.username, user.full_name)
        user.password_hash = auth.hash_password(password)
        user.must_change_password = True
        user.failed_logins = 0
        user.last_failed_login_at = None
        user.locked_until = None
        s.flush()
        _record(s, Action.RESET_PASSWORD, actor, f"staff={staff_id}")
        return password


def unlock(db, actor: auth.Actor, staff_id: int) -> StaffRow:
    """Lift a lock set by failed logins (the password stays as it is)."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    with db.write_session() as s:
        user, membership = _member(s, actor, staff_id)
        now = utcnow()
        if user.locked_until is None or user.locked_until <= now:
            raise ValidationError(say("Kontoen er ikke låst."), code="not_locked")
        user.locked_until = None
        user.failed_logins = 0
        user.last_failed_login_at = None
        s.flush()
        _record(s, Action.UNLOCK_STAFF, actor, f"staff={staff_id}")
        return _row(s, user, membership.role, actor.clinic_id, now)
