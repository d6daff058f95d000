"""The provider profile patients see (behandler), linked to a staff member of the clinic.

A staff member who sees patients has a :class:`~clinicdesk.models.Provider` row at
each clinic they see patients for (``Provider.staff_id``): the name and title shown
on the portal (or a custom portal name, which hides the title), and which functions
patients may use with them. Administrators (``Perm.MANAGE_STAFF``) create and edit it
here; the portal settings dialog edits the same rows. Validation follows the
declaration (``domain.settings.PROVIDER``) through ``clinic_settings.validate``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.errors import NotFound, StaleData, ValidationError
from clinicdesk.domain.settings import PROVIDER, PROVIDER_EDITABLE, default
from clinicdesk.models import Clinic, Provider, StaffMembership, StaffUser
from clinicdesk.services import audit, auth, text_gate
from clinicdesk.services.audit import Action
from clinicdesk.services.clinic_settings.validate import validate_provider
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

#: what the profile edits: the name, the declared provider settings, and whether patients see it
PROFILE_FIELDS: tuple[str, ...] = ("name", *PROVIDER_EDITABLE, "active")


@dataclass(frozen=True)
class ProviderProfile:
    id: int | None  # None: the staff member has no profile at this clinic yet
    staff_id: int
    name: str
    title: str
    display_name: str
    econsult_enabled: bool
    renewal_enabled: bool
    booking_enabled: bool
    booking_comment_required: bool
    active: bool
    version: int | None
    clinic_booking_enabled: bool  # booking for one provider only while it is on clinic-wide

    def values(self) -> dict:
        return {f: getattr(self, f) for f in PROFILE_FIELDS}


def _member_user(s, actor: auth.Actor, staff_id: int) -> StaffUser:
    user = s.execute(
        select(StaffUser).join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
        .where(StaffUser.id == staff_id, StaffMembership.clinic_id == actor.clinic_id)
    ).scalar_one_or_none()
    if user is None:
        raise NotFound(say("Medarbejderen arbejder ikke (længere) for klinikken. Opdatér listen."))
    return user


def _provider(s, actor: auth.Actor, staff_id: int) -> Provider | None:
    return s.execute(
        select(Provider).where(Provider.staff_id == staff_id, Provider.clinic_id == actor.clinic_id)
        .order_by(Provider.id)
    ).scalars().first()


def _profile(p: Provider | None, user: StaffUser, clinic: Clinic) -> ProviderProfile:
    if p is None:  # what a new profile starts with: the staff member's name, the declared defaults
        return ProviderProfile(
            None, user.id, user.full_name, default(PROVIDER, "title"), default(PROVIDER, "display_name"),
            default(PROVIDER, "econsult_enabled"), default(PROVIDER, "renewal_enabled"),
            default(PROVIDER, "booking_enabled") and clinic.booking_enabled,
            default(PROVIDER, "booking_comment_required"), True, None, clinic.booking_enabled)
    return ProviderProfile(p.id, user.id, p.name, p.title, p.display_name, p.econsult_enabled, p.renewal_enabled,
                           p.booking_enabled, p.booking_comment_required, p.active, p.version,
                           clinic.booking_enabled)


def load_profile(db, actor: auth.Actor, staff_id: int) -> ProviderProfile:
    auth.require(db, actor, Perm.MANAGE_STAFF)
    with db.session() as s:
        user = _member_user(s, actor, staff_id)
        return _profile(_provider(s, actor, staff_id), user, s.get(Clinic, actor.clinic_id))


def save_profile(db, actor: auth.Actor, staff_id: int, changes: dict, expected_version: int | None
                 ) -> ProviderProfile:
    """Create (``expected_version`` None) or change the staff member's provider profile here.

    ``changes``: any of :data:`PROFILE_FIELDS`. A stale version raises ``StaleData``."""
    auth.require(db, actor, Perm.MANAGE_STAFF)
    changes = dict(changes)
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationError(say("Feltet »{field}« findes ikke i en behandlerprofil.").format(field=sorted(unknown)[0]),
                              code="unknown_setting")
    if "name" in changes:
        try:
            changes["name"] = text_gate.check(changes["name"], what=say("Navnet"), max_length=200, required=True,
                                              multiline=False)
        except text_gate.TextRefused as exc:
            raise ValidationError(exc.message, code=exc.code, field="name") from None
    if "active" in changes and not isinstance(changes["active"], bool):
        raise ValidationError(say("Vælg til eller fra."), code="invalid_setting", field="active")
    try:
        with db.write_session() as s:
            return save_profile_in(s, actor, staff_id, changes, expected_version)
    except StaleDataError:
        raise StaleData() from None


def save_profile_in(s, actor: auth.Actor, staff_id: int, changes: dict, expected_version: int | None
                    ) -> ProviderProfile:
    """``save_profile``'s work in the caller's transaction (``changes`` checked already, the name
    through the text gate): a new staff member who is also a provider is one transaction."""
    user = _member_user(s, actor, staff_id)
    clinic = s.get(Clinic, actor.clinic_id)
    provider = _provider(s, actor, staff_id)
    created = provider is None
    if created:
        if expected_version is not None:
            raise StaleData()
        provider = Provider(clinic_id=actor.clinic_id, staff_id=staff_id, name=user.full_name,
                            booking_enabled=False)
        provider.clinic = clinic
        s.add(provider)
        changes.setdefault("booking_enabled", default(PROVIDER, "booking_enabled") and clinic.booking_enabled)
    elif provider.version != expected_version:
        raise StaleData()
    settings = {k: v for k, v in changes.items() if k in PROVIDER_EDITABLE}
    validate_provider(provider, settings)
    changes.update(settings)  # normalised (stripped) values
    changed = sorted(k for k, v in changes.items() if getattr(provider, k) != v)
    for key in changed:
        setattr(provider, key, changes[key])
    s.flush()
    if created or changed:
        audit.record(s, Action.EDIT_PROVIDER_PROFILE, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     detail=f"staff={staff_id} provider={provider.id} "
                            + ("created" if created else "changed: " + ", ".join(changed)))
    return _profile(provider, user, clinic)
