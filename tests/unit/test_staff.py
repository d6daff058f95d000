"""Staff administration: the service rules (one transaction, audited, taking effect at once) and
``clinicdesk staff add|list|deactivate|reset-password``."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from clinicdesk import cli
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import (
    AccessRevoked, LoginFailed, NotFound, PermissionDenied, StaleData, ValidationError,
)
from clinicdesk.models import AuditEntry, Clinic, Provider, StaffUser, utcnow
from clinicdesk.services import auth, setup, staff, staff_profile
from clinicdesk.services.audit import Action
from clinicdesk.services.permissions import Perm

ADMIN_PW = "Blå kaffekop med mælk 42"
NEW_PW = "Grøn cykel i regnvejr 7"


@pytest.fixture
def clinic(any_db):
    db = any_db
    done = setup.create_clinic(db, setup.ClinicSetup(
        name="Lægerne i Ribe", display_name="", portal_link="https://p.example.dk/ribe", yder_number="012345",
        address="Torvet 1, 6760 Ribe", phone="75 42 00 00", admin_username="mette",
        admin_full_name="Mette Kjærgaard", admin_password=ADMIN_PW))
    admin = auth.login(db, "mette", ADMIN_PW).actor_for(done.clinic_id)
    return db, admin


def _actions(db) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(e.action, e.detail) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def _first_login(db, username: str, temporary: str, new: str = NEW_PW) -> auth.Actor:
    with pytest.raises(auth.PasswordChangeRequired):
        auth.login(db, username, temporary)
    auth.change_password(db, username, temporary, new)
    result = auth.login(db, username, new)
    return result.actor_for(result.memberships[0].clinic_id)


def test_a_new_staff_member_must_choose_their_own_password(clinic):
    db, admin = clinic
    new = staff.add_staff(db, admin, "Anne.S", "Anne Søgaard", Role.DOCTOR)
    assert new.username == "anne.s" and len(new.temporary_password) >= 12
    assert (Action.CREATE_STAFF, f"staff={new.staff_id} role=doctor") in _actions(db)
    with pytest.raises(auth.PasswordChangeRequired):
        auth.login(db, "anne.s", new.temporary_password)
    # the new password follows the policy and is not the temporary one
    with pytest.raises(ValidationError) as exc:
        auth.change_password(db, "anne.s", new.temporary_password, "anne")
    assert exc.value.code == "weak_password"
    with pytest.raises(ValidationError) as exc:
        auth.change_password(db, "anne.s", new.temporary_password, new.temporary_password)
    assert exc.value.code == "same_password"
    with pytest.raises(LoginFailed):
        auth.change_password(db, "anne.s", "forkert", NEW_PW)  # the current password is checked as a login is
    actor = _first_login(db, "anne.s", new.temporary_password)
    assert actor.role is Role.DOCTOR
    assert (Action.CHANGE_PASSWORD, "") in _actions(db)
    row = next(r for r in staff.list_staff(db, admin) if r.id == new.staff_id)
    assert (row.full_name, row.initials, row.must_change_password, row.active) == ("Anne Søgaard", "AS", False, True)


def test_username_rules(clinic):
    db, admin = clinic
    with pytest.raises(ValidationError) as exc:
        staff.add_staff(db, admin, "mette", "Mette To", Role.NURSE)
    assert exc.value.code == "username_taken"
    with pytest.raises(ValidationError) as exc:
        staff.add_staff(db, admin, "anne søgaard", "Anne Søgaard", Role.NURSE)
    assert exc.value.code == "invalid_username"
    with pytest.raises(ValidationError):
        staff.add_staff(db, admin, "anne", "Anne\u202eSøgaard", Role.NURSE)  # the text gate


def test_only_administrators_manage_staff(clinic):
    db, admin = clinic
    new = staff.add_staff(db, admin, "bettina", "Bettina Holm", Role.RECEPTIONIST)
    receptionist = _first_login(db, "bettina", new.temporary_password)
    assert not receptionist.can(Perm.MANAGE_STAFF)
    with pytest.raises(PermissionDenied):
        staff.add_staff(db, receptionist, "x.y", "X Y", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        staff.list_staff(db, receptionist)
    assert _actions(db)[-1] == (Action.PERMISSION_DENIED, "manage_staff")


def test_deactivation_takes_effect_at_once_and_can_be_undone(clinic):
    db, admin = clinic
    new = staff.add_staff(db, admin, "bettina", "Bettina Holm", Role.RECEPTIONIST)
    open_actor = _first_login(db, "bettina", new.temporary_password)
    auth.require(db, open_actor, Perm.READ_INBOX)
    row = staff.deactivate(db, admin, new.staff_id)
    assert not row.active
    with pytest.raises(AccessRevoked):
        auth.require(db, open_actor, Perm.READ_INBOX)  # the open window is refused at its next action
    with pytest.raises(LoginFailed):
        auth.login(db, "bettina", NEW_PW)
    staff.reactivate(db, admin, new.staff_id)
    assert auth.login(db, "bettina", NEW_PW).username == "bettina"
    assert [a for a, _d in _actions(db) if a in (Action.DEACTIVATE_STAFF, Action.REACTIVATE_STAFF)] == [
        Action.DEACTIVATE_STAFF, Action.REACTIVATE_STAFF]


def test_a_clinic_keeps_an_administrator_and_nobody_removes_themselves(clinic):
    db, admin = clinic
    with pytest.raises(ValidationError) as exc:
        staff.deactivate(db, admin, admin.staff_id)
    assert exc.value.code == "self"
    with pytest.raises(ValidationError) as exc:
        staff.edit_staff(db, admin, admin.staff_id, staff.get_staff(db, admin, admin.staff_id).version,
                         role=Role.DOCTOR)
    assert exc.value.code == "last_admin"
    second = staff.add_staff(db, admin, "jens", "Jens Holm", Role.ADMIN)
    row = staff.edit_staff(db, admin, admin.staff_id, staff.get_staff(db, admin, admin.staff_id).version,
                           role=Role.DOCTOR)
    assert row.role is Role.DOCTOR
    with pytest.raises(PermissionDenied):  # no longer an administrator: at once
        staff.list_staff(db, admin)
    assert second.staff_id


def test_reset_password_and_unlock(clinic):
    db, admin = clinic
    new = staff.add_staff(db, admin, "bettina", "Bettina Holm", Role.RECEPTIONIST)
    open_actor = _first_login(db, "bettina", new.temporary_password)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.login(db, "bettina", "forkert")
    assert next(r for r in staff.list_staff(db, admin) if r.id == new.staff_id).locked
    staff.unlock(db, admin, new.staff_id)
    assert auth.login(db, "bettina", NEW_PW).username == "bettina"
    with pytest.raises(ValidationError):
        staff.unlock(db, admin, new.staff_id)  # not locked
    temporary = staff.reset_password(db, admin, new.staff_id)
    with pytest.raises(AccessRevoked):
        auth.require(db, open_actor, Perm.READ_INBOX)  # a session on the old password ends
    with pytest.raises(LoginFailed):
        auth.login(db, "bettina", NEW_PW)
    _first_login(db, "bettina", temporary, "Tre små grise i sneen 9")
    assert [a for a, _d in _actions(db) if a in (Action.UNLOCK_STAFF, Action.RESET_PASSWORD)] == [
        Action.UNLOCK_STAFF, Action.RESET_PASSWORD]


def test_shared_staff_have_a_role_per_clinic(clinic):
    db, admin = clinic
    with db.write_session() as s:  # a second clinic in the same system, with its own administrator
        other = Clinic(name="Lægehuset Vest", display_name="Lægehuset Vest", portal_link="https://p.example.dk/vest")
        s.add(other)
        s.flush()
        auth.create_staff(s, "vest.admin", "Vibeke Vest", ADMIN_PW, {other.id: Role.ADMIN})
        other_id = other.id
    vest_admin = auth.login(db, "vest.admin", ADMIN_PW).actor_for(other_id)
    new = staff.add_staff(db, admin, "karina", "Karina Lund", Role.RECEPTIONIST)
    with pytest.raises(NotFound):
        staff.join_clinic(db, vest_admin, "ingen.her", Role.ADMIN)
    staff.join_clinic(db, vest_admin, "karina", Role.ADMIN)
    with pytest.raises(ValidationError):
        staff.join_clinic(db, vest_admin, "karina", Role.ADMIN)  # already a member
    auth.change_password(db, "karina", new.temporary_password, NEW_PW)
    result = auth.login(db, "karina", NEW_PW)
    assert {(m.clinic_name, m.role) for m in result.memberships} == {
        ("Lægerne i Ribe", Role.RECEPTIONIST), ("Lægehuset Vest", Role.ADMIN)}
    row = next(r for r in staff.list_staff(db, admin) if r.id == new.staff_id)
    assert row.other_clinics == ("Lægehuset Vest",)
    # the Ribe admin is not an administrator in Vest: remove from Ribe, not deactivate everywhere
    with pytest.raises(PermissionDenied):
        staff.deactivate(db, admin, new.staff_id)
    staff.remove_from_clinic(db, admin, new.staff_id)
    result = auth.login(db, "karina", NEW_PW)
    assert [m.clinic_name for m in result.memberships] == ["Lægehuset Vest"]
    with pytest.raises(AccessRevoked):
        auth.require(db, auth.Actor(new.staff_id, "Karina Lund", admin.clinic_id, Role.RECEPTIONIST),
                     Perm.READ_INBOX)  # a window still open for Ribe is refused


def test_the_provider_profile_patients_see(clinic):
    db, admin = clinic
    new = staff.add_staff(db, admin, "anne", "Anne Søgaard", Role.DOCTOR)
    fresh = staff_profile.load_profile(db, admin, new.staff_id)
    assert fresh.id is None and fresh.name == "Anne Søgaard" and fresh.active
    saved = staff_profile.save_profile(db, admin, new.staff_id, {"title": "Praktiserende læge"}, None)
    assert saved.id is not None and saved.booking_enabled
    with pytest.raises(StaleData):
        staff_profile.save_profile(db, admin, new.staff_id, {"title": "Læge"}, None)
    with pytest.raises(ValidationError) as exc:
        staff_profile.save_profile(db, admin, new.staff_id, {"title": "x" * 101}, saved.version)
    assert exc.value.message == "Titlen må højst være 100 tegn."
    saved = staff_profile.save_profile(db, admin, new.staff_id, {"display_name": "Lægen", "renewal_enabled": False},
                                       saved.version)
    row = next(r for r in staff.list_staff(db, admin) if r.id == new.staff_id)
    assert row.provider_label == "Lægen" and row.provider_active
    staff.deactivate(db, admin, new.staff_id)
    with db.session() as s:
        p = s.scalars(select(Provider)).one()
        assert (p.staff_id, p.renewal_enabled, p.active) == (new.staff_id, False, False)  # patients no longer see her
    assert sum(1 for a, _d in _actions(db) if a == Action.EDIT_PROVIDER_PROFILE) == 2


def test_a_new_provider_is_one_transaction_with_the_staff_member(clinic):
    """A staff member who is also a provider was two transactions: a refused title left a staff member
    without the provider (half-written). Now a refused title leaves nothing; a good one makes both."""
    db, admin = clinic
    with pytest.raises(ValidationError) as exc:
        staff.add_staff(db, admin, "anne", "Anne Søgaard", Role.DOCTOR, provider_title="x" * 101)
    assert exc.value.message == "Titlen må højst være 100 tegn."
    assert "anne" not in {r.username for r in staff.list_staff(db, admin)}
    with db.session() as s:
        assert s.scalars(select(Provider)).all() == []
    new = staff.add_staff(db, admin, "anne", "Anne Søgaard", Role.DOCTOR, provider_title="Praktiserende læge")
    row = next(r for r in staff.list_staff(db, admin) if r.id == new.staff_id)
    assert row.provider_label == "Anne Søgaard, Praktiserende læge" and row.provider_active


def test_a_stale_edit_is_refused(clinic):
    db, admin = clinic
    new = staff.add_staff(db, admin, "anne", "Anne Søgaard", Role.DOCTOR)
    version = staff.get_staff(db, admin, new.staff_id).version
    staff.edit_staff(db, admin, new.staff_id, version, full_name="Anne Søgaard Kristensen")
    with pytest.raises(StaleData):
        staff.edit_staff(db, admin, new.staff_id, version, full_name="Anne S.")
    with db.session() as s:
        assert s.get(StaffUser, new.staff_id).full_name == "Anne Søgaard Kristensen"


# ------------------------------------------------------------------------------ the command
def _staff(db, monkeypatch, *args, password: str = ADMIN_PW) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return cli.main(["staff", args[0], "--db", db.display_url, "--as", "mette", "--password-stdin", *args[1:]])


def test_staff_command_add_list_deactivate_reset(clinic, monkeypatch, capsys):
    db, admin = clinic
    assert _staff(db, monkeypatch, "add", "--username", "anne", "--name", "Anne Søgaard", "--role", "læge",
                  "--provider-title", "Praktiserende læge") == 0
    out = capsys.readouterr().out
    assert "Medarbejderen »anne« (læge) er oprettet i Lægerne i Ribe." in out
    temporary = out.split("Midlertidig adgangskode: ")[1].split()[0]
    open_actor = _first_login(db, "anne", temporary)

    assert _staff(db, monkeypatch, "list") == 0
    out = capsys.readouterr().out
    assert "Personale i Lægerne i Ribe (2):" in out
    assert "anne   Anne Søgaard – Læge (aktiv; behandler: Anne Søgaard, Praktiserende læge)" in out
    assert "mette  Mette Kjærgaard – Administrator (aktiv)" in out

    assert _staff(db, monkeypatch, "reset-password", "anne") == 0
    out = capsys.readouterr().out
    temporary = out.split("Ny midlertidig adgangskode til »anne«: ")[1].split()[0]
    with pytest.raises(auth.PasswordChangeRequired):
        auth.login(db, "anne", temporary)  # must change at login
    with pytest.raises(AccessRevoked):
        auth.require(db, open_actor, Perm.READ_INBOX)
    open_actor = _first_login(db, "anne", temporary, "Tre små grise i sneen 9")

    assert _staff(db, monkeypatch, "deactivate", "anne") == 0
    assert "»anne« er deaktiveret" in capsys.readouterr().out
    with pytest.raises(LoginFailed):
        auth.login(db, "anne", "Tre små grise i sneen 9")  # cannot log in
    with pytest.raises(AccessRevoked):
        auth.require(db, open_actor, Perm.READ_INBOX)  # and the open session is refused
    actions = [a for a, _d in _actions(db)]
    assert actions.count(Action.CREATE_STAFF) == 2 and Action.DEACTIVATE_STAFF in actions


@pytest.mark.parametrize("args, line", [
    (("deactivate", "ingen"), "clinicdesk: Der er ingen medarbejder med brugernavnet »ingen« i Lægerne i Ribe."),
    (("deactivate", "mette"), "clinicdesk: Du kan ikke deaktivere dig selv. Bed en anden administrator om det."),
    (("add", "--username", "mette", "--name", "Mette To", "--role", "læge"), None),
])
def test_staff_command_refusals_are_one_danish_line(clinic, monkeypatch, capsys, args, line):
    db, _admin = clinic
    assert _staff(db, monkeypatch, *args) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("clinicdesk: ")
    if line:
        assert err == line


def test_staff_command_needs_the_administrators_password(clinic, monkeypatch, capsys):
    db, _admin = clinic
    assert _staff(db, monkeypatch, "list", password="forkert") == 2
    assert capsys.readouterr().err.strip() == f"clinicdesk: {LoginFailed.default_message}"
