"""Staff login, lockout, rehashing and the permission matrix at the service layer.

Runs on a SQLite file and on a real PostgreSQL server (``any_db``).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text

from clinicdesk.domain.enums import Role
from clinicdesk.models import AuditEntry, Clinic, StaffUser, utcnow
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import AccessRevoked, LoginFailed, PermissionDenied, ValidationError
from clinicdesk.services.permissions import Perm

PASSWORD = "Blå kaffekop 42"
SAME = LoginFailed.default_message


@pytest.fixture
def clinic(any_db):
    with any_db.write_session() as s:
        c = Clinic(name="Lægerne i Ribe", display_name="Lægerne i Ribe", portal_link="https://p/ribe")
        s.add(c)
        s.flush()
        auth.create_staff(s, "Mette", "Mette Kjærgaard", PASSWORD, {c.id: Role.RECEPTIONIST})
        return any_db, c.id


def _actions(db) -> list[tuple[str, int | None, str]]:
    with db.session() as s:
        return [(e.action, e.staff_id, e.detail) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def _user(db, username="mette") -> StaffUser:
    with db.session() as s:
        return s.scalars(select(StaffUser).where(StaffUser.username == username)).one()


def test_login_ok(clinic):
    db, clinic_id = clinic
    result = auth.login(db, "  METTE ", PASSWORD)  # username is trimmed and case-insensitive
    assert result.username == "mette" and result.full_name == "Mette Kjærgaard"
    assert [(m.clinic_id, m.clinic_name, m.role, m.role_label) for m in result.memberships] == [
        (clinic_id, "Lægerne i Ribe", Role.RECEPTIONIST, "Sekretær")
    ]
    actor = result.actor_for(clinic_id)
    assert actor.role is Role.RECEPTIONIST and actor.clinic_name == "Lægerne i Ribe"
    user = _user(db)
    assert user.last_login_at is not None and user.failed_logins == 0
    assert _actions(db) == [(Action.LOGIN, user.id, "")]
    with db.session() as s:
        assert audit.verify_chain(s) == []


def test_wrong_password_locks_out_after_five_and_every_failure_says_the_same(clinic):
    db, _ = clinic
    user_id = _user(db).id
    for _ in range(4):
        with pytest.raises(LoginFailed) as exc:
            auth.login(db, "mette", "forkert")
        assert str(exc.value) == SAME  # no countdown: it would tell that the user exists
        assert exc.value.code == "login_failed"
    with pytest.raises(LoginFailed) as exc:
        auth.login(db, "mette", "forkert")
    assert str(exc.value) == SAME
    user = _user(db)
    assert user.locked_until is not None and user.locked_until > utcnow() + timedelta(minutes=14)
    # the right password does not help while the account is locked, and says nothing new
    with pytest.raises(LoginFailed) as exc:
        auth.login(db, "mette", PASSWORD)
    assert str(exc.value) == SAME
    assert "spærres kontoen i 15 minutter" in SAME and "administrator" in SAME
    assert _actions(db) == [
        *[(Action.LOGIN_FAILED, user_id, "wrong password")] * 4,
        (Action.LOCKED_OUT, user_id, ""),
        (Action.LOGIN_FAILED, user_id, "account locked"),
    ]
    with db.session() as s:
        assert audit.verify_chain(s) == []


def test_old_failures_are_forgotten_after_the_lockout_period(clinic):
    db, _ = clinic
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login(db, "mette", "forkert")
    with db.write_session() as s:
        user = s.scalars(select(StaffUser).where(StaffUser.username == "mette")).one()
        user.last_failed_login_at = utcnow() - timedelta(minutes=16)
    # a fifth failure long after the fourth starts a new count instead of locking
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login(db, "mette", "forkert")
    assert _user(db).locked_until is None
    assert auth.login(db, "mette", PASSWORD).username == "mette"


class _CountingHasher(PasswordHasher):
    def __init__(self):
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.verified = 0

    def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
        self.verified += 1
        return super().verify(hash, password)


@pytest.mark.parametrize("who", ["unknown", "inactive", "locked", "wrong password"])
def test_every_failure_costs_one_password_check(clinic, who):
    """An unknown user answers no faster than a known one: a dummy hash is checked."""
    db, _ = clinic
    with db.write_session() as s:
        user = s.scalars(select(StaffUser).where(StaffUser.username == "mette")).one()
        if who == "inactive":
            user.active = False
        if who == "locked":
            user.locked_until = utcnow() + timedelta(minutes=5)
    original = auth._hasher
    hasher = _CountingHasher()
    auth.set_hasher(hasher)
    hasher.hash("warm up")  # the dummy hash may be made first; count checks only
    try:
        auth._verify_dummy("x")
        hasher.verified = 0
        with pytest.raises(LoginFailed) as exc:
            auth.login(db, "ukendt" if who == "unknown" else "mette", "forkert")
        assert hasher.verified == 1
        assert str(exc.value) == SAME
    finally:
        auth.set_hasher(original)


def test_login_works_again_when_the_lock_has_passed(clinic):
    db, _ = clinic
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.login(db, "mette", "forkert")
    with pytest.raises(LoginFailed):
        auth.login(db, "mette", PASSWORD)
    with db.write_session() as s:
        user = s.scalars(select(StaffUser).where(StaffUser.username == "mette")).one()
        user.locked_until = utcnow() - timedelta(seconds=1)
    result = auth.login(db, "mette", PASSWORD)
    assert result.username == "mette"
    user = _user(db)
    assert user.locked_until is None and user.failed_logins == 0
    # and the count starts over: four more failures do not lock
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login(db, "mette", "forkert")
    assert _user(db).locked_until is None


def test_a_good_login_resets_the_countdown(clinic):
    db, _ = clinic
    for _ in range(3):
        with pytest.raises(LoginFailed):
            auth.login(db, "mette", "forkert")
    auth.login(db, "mette", PASSWORD)
    assert _user(db).failed_logins == 0


def test_rehash_when_hasher_parameters_change(clinic):
    db, _ = clinic
    old_hash = _user(db).password_hash
    assert "t=1" in old_hash and "m=1024" in old_hash
    original = auth._hasher
    try:
        auth.set_hasher(PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1))
        auth.login(db, "mette", PASSWORD)  # the old hash still verifies...
        new_hash = _user(db).password_hash
        assert new_hash != old_hash  # ...and is re-made with the parameters in force
        assert "t=2" in new_hash and "m=2048" in new_hash
        auth.login(db, "mette", PASSWORD)
        assert _user(db).password_hash == new_hash  # no rehash when nothing changed
    finally:
        auth.set_hasher(original)
    auth.login(db, "mette", PASSWORD)  # back on the cheap parameters: still logs in
    assert "t=1" in _user(db).password_hash


def test_unknown_user(clinic):
    db, _ = clinic
    with pytest.raises(LoginFailed) as exc:
        auth.login(db, "ukendt", PASSWORD)
    assert str(exc.value) == SAME
    assert _actions(db) == [(Action.LOGIN_FAILED, None, "unknown or inactive user")]
    with pytest.raises(LoginFailed):
        auth.login(db, "", "")


def test_inactive_user_cannot_log_in(clinic):
    db, _ = clinic
    with db.write_session() as s:
        s.execute(text("UPDATE staff_user SET active = :f WHERE username = 'mette'"), {"f": False})
    with pytest.raises(LoginFailed) as exc:
        auth.login(db, "mette", PASSWORD)
    assert str(exc.value) == SAME


def test_user_without_a_clinic(clinic):
    db, _ = clinic
    with db.write_session() as s:
        auth.create_staff(s, "vikar", "Vikar Hansen", PASSWORD, {})
    with pytest.raises(PermissionDenied) as exc:
        auth.login(db, "vikar", PASSWORD)
    assert "ikke tilknyttet nogen klinik" in str(exc.value)


def test_shared_staff_acts_for_one_clinic_at_a_time(clinic):
    db, clinic_id = clinic
    with db.write_session() as s:
        other = Clinic(name="Aarhus Lægehus", display_name="Aarhus Lægehus", portal_link="https://p/aarhus")
        s.add(other)
        s.flush()
        other_id = other.id
        auth.create_staff(s, "delt", "Dorte Delt", PASSWORD, {clinic_id: Role.NURSE, other_id: Role.DOCTOR})
        third = Clinic(name="Tønder", display_name="Tønder", portal_link="https://p/toender")
        s.add(third)
        s.flush()
        third_id = third.id
    result = auth.login(db, "delt", PASSWORD)
    assert [m.clinic_name for m in result.memberships] == ["Aarhus Lægehus", "Lægerne i Ribe"]
    assert result.actor_for(other_id).role is Role.DOCTOR
    actor = auth.switch_clinic(db, result, clinic_id)
    assert actor.role is Role.NURSE and actor.clinic_id == clinic_id
    with pytest.raises(PermissionDenied) as exc:
        result.actor_for(third_id)
    assert "ikke tilknyttet denne klinik" in str(exc.value)
    assert _actions(db)[-1][0] == Action.SWITCH_CLINIC


@pytest.mark.parametrize("pw", ["a", "Hemmelig1", "kort1A", "Password1234", "P@ssw0rd2024", "Sommer2024!!",
                                "123456789012", "qwertyuiop12", "aaaaaaaaaaaa", "Mette1234567", "Velkommen123"])
def test_weak_staff_password_is_refused(pw):
    with pytest.raises(ValidationError) as exc:
        auth.validate_staff_password(pw, username="mette", full_name="Mette Kjærgaard")
    assert exc.value.code == "weak_password"


@pytest.mark.parametrize("pw", ["Blå kaffekop 42", "hestebatteriklips", "Kaffe med mælk kl 7", "Tr0ub4dor&3xyz"])
def test_a_passphrase_is_accepted(pw):
    auth.validate_staff_password(pw, username="mette", full_name="Mette Kjærgaard")


def test_create_staff_refuses_a_weak_password(clinic):
    db, clinic_id = clinic
    with pytest.raises(ValidationError) as exc:
        with db.write_session() as s:
            auth.create_staff(s, "svag", "Svag Kode", "a", {clinic_id: Role.DOCTOR})
    assert exc.value.code == "weak_password" and "mindst 12 tegn" in str(exc.value)
    with db.session() as s:
        assert s.scalars(select(StaffUser).where(StaffUser.username == "svag")).first() is None
    with pytest.raises(LoginFailed):
        auth.login(db, "svag", "a")


# --- rights that change while a window is open ------------------------------------------------

def _set_membership(db, username, clinic_id, role=None, *, active=True):
    with db.write_session() as s:
        user = s.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        user.active = active
        for m in list(user.memberships):
            if m.clinic_id == clinic_id:
                if role is None:
                    s.delete(m)
                else:
                    m.role = role


@pytest.mark.parametrize("change", ["demoted", "deactivated", "removed"])
def test_a_change_of_rights_takes_effect_at_the_next_action(clinic, change):
    db, clinic_id = clinic
    with db.write_session() as s:
        auth.create_staff(s, "doktor", "Dorthe Læge", PASSWORD, {clinic_id: Role.DOCTOR})
    actor = auth.login(db, "doktor", PASSWORD).actor_for(clinic_id)
    auth.require(db, actor, Perm.DECIDE_RENEWAL)  # allowed while a doctor
    if change == "demoted":
        _set_membership(db, "doktor", clinic_id, Role.RECEPTIONIST)
    elif change == "deactivated":
        _set_membership(db, "doktor", clinic_id, Role.DOCTOR, active=False)
    else:
        _set_membership(db, "doktor", clinic_id, None)
    expected = PermissionDenied if change == "demoted" else AccessRevoked
    with pytest.raises(expected) as exc:
        auth.require(db, actor, Perm.DECIDE_RENEWAL)  # the actor in memory still says DOCTOR
    assert actor.role is Role.DOCTOR
    if change == "demoted":
        assert exc.value.code == "permission_denied"
        assert auth.check_access(db, actor).role is Role.RECEPTIONIST
    else:
        assert exc.value.code == "access_revoked" and "Log ind igen" in str(exc.value)
        with pytest.raises(AccessRevoked):
            auth.check_access(db, actor)
        with pytest.raises(AccessRevoked):
            auth.require(db, actor, Perm.READ_INBOX)
    assert _actions(db)[-1][0] == Action.PERMISSION_DENIED


# --- the permission matrix, called at the service layer --------------------------------------

_ALL = set(Perm)
_STAFF = _ALL - {Perm.DECIDE_RENEWAL, Perm.EDIT_CLINIC_SETTINGS, Perm.READ_AUDIT_LOG, Perm.MANAGE_STAFF,
                 Perm.EDIT_STOCK_PHRASES, Perm.MANAGE_CALENDAR, Perm.IMPORT_PATIENTS}
EXPECTED = {
    Role.RECEPTIONIST: _STAFF | {Perm.MANAGE_CALENDAR},
    Role.NURSE: _STAFF | {Perm.EDIT_STOCK_PHRASES},
    Role.DOCTOR: _STAFF | {Perm.EDIT_STOCK_PHRASES, Perm.DECIDE_RENEWAL},
    Role.ADMIN: _ALL - {Perm.DECIDE_RENEWAL},  # only doctors decide on prescriptions
}


def test_permission_matrix_at_the_service_layer(clinic):
    db, clinic_id = clinic
    with db.write_session() as s:
        staff = {
            role: auth.create_staff(s, f"u_{role.value}", f"Bruger {role.value}", PASSWORD, {clinic_id: role}).id
            for role in Role
        }
    for role in Role:
        actor = auth.login(db, f"u_{role.value}", PASSWORD).actor_for(clinic_id)
        for perm in Perm:
            with db.session() as s:
                before = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
            if perm in EXPECTED[role]:
                assert auth.require(db, actor, perm) is None, (role, perm)
                assert actor.can(perm)
                with db.session() as s:
                    assert s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) == before
            else:
                with pytest.raises(PermissionDenied) as exc:
                    auth.require(db, actor, perm)
                assert exc.value.code == "permission_denied"
                assert str(exc.value) == "Du har ikke adgang til at gøre dette. Spørg en administrator."
                with db.session() as s:
                    last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
                assert (last.action, last.staff_id, last.clinic_id, last.detail) == (
                    Action.PERMISSION_DENIED, staff[role], clinic_id, perm.value
                ), (role, perm)
    with db.session() as s:
        denials = s.scalars(select(AuditEntry).where(AuditEntry.action == Action.PERMISSION_DENIED)).all()
        assert len(denials) == sum(len(_ALL - allowed) for allowed in EXPECTED.values())
        assert audit.verify_chain(s) == []


def _rename_clinic(db, actor, new_name):
    """A service as the house rules want it: permission first, then one transaction with its audit entry."""
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    with db.write_session() as s:
        c = s.get(Clinic, actor.clinic_id)
        c.display_name = new_name
        audit.record(s, Action.EDIT_SETTINGS, staff_id=actor.staff_id, clinic_id=actor.clinic_id, detail="display_name")


def test_a_denial_is_audited_even_though_the_work_is_refused(clinic):
    db, clinic_id = clinic
    actor = auth.login(db, "mette", PASSWORD).actor_for(clinic_id)
    with pytest.raises(PermissionDenied):
        _rename_clinic(db, actor, "Hackerklinikken")
    with db.session() as s:
        assert s.get(Clinic, clinic_id).display_name == "Lægerne i Ribe"
    assert _actions(db)[-1] == (Action.PERMISSION_DENIED, actor.staff_id, Perm.EDIT_CLINIC_SETTINGS.value)
    assert Action.EDIT_SETTINGS not in [a for a, _, _ in _actions(db)]

    with db.write_session() as s:
        auth.create_staff(s, "chef", "Chef Admin", PASSWORD, {clinic_id: Role.ADMIN})
    admin = auth.login(db, "chef", PASSWORD).actor_for(clinic_id)
    _rename_clinic(db, admin, "Lægerne i Ribe Centrum")
    with db.session() as s:
        assert s.get(Clinic, clinic_id).display_name == "Lægerne i Ribe Centrum"
        assert audit.verify_chain(s) == []
    assert _actions(db)[-1] == (Action.EDIT_SETTINGS, admin.staff_id, "display_name")


def test_log_out_and_lock_screen_are_audited(clinic):
    db, clinic_id = clinic
    actor = auth.login(db, "mette", PASSWORD).actor_for(clinic_id)
    auth.lock_screen(db, actor, reason="idle")
    auth.log_out(db, actor)
    assert [a for a, _, _ in _actions(db)] == [Action.LOGIN, Action.LOCK_SCREEN, Action.LOGOUT]


def test_concurrent_wrong_passwords_are_all_counted(clinic):
    """Two workstations typing a wrong password at once: each attempt counts, none crashes."""
    import threading

    db, _ = clinic
    outcomes: list[BaseException] = []

    def attempt():
        try:
            auth.login(db, "mette", "forkert")
        except BaseException as exc:  # noqa: BLE001 - collected and checked below
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [type(e).__name__ for e in outcomes] == ["LoginFailed"] * 5
    assert _user(db).locked_until is not None
    with pytest.raises(LoginFailed):
        auth.login(db, "mette", PASSWORD)
    assert [a for a, _, _ in _actions(db)].count(Action.LOCKED_OUT) == 1
