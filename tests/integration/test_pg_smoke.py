from sqlalchemy import select

from clinicdesk.domain.enums import Role
from clinicdesk.models import Clinic
from clinicdesk.services import audit, auth


def test_login_and_audit_chain_on_both_databases(any_db):
    with any_db.write_session() as s:
        c = Clinic(name="Lægerne Søndergade", display_name="Lægerne Søndergade", portal_link="https://p/1")
        s.add(c)
        s.flush()
        auth.create_staff(s, "bo", "Bo Jensen", "Blå kaffekop 42", {c.id: Role.RECEPTIONIST})
    result = auth.login(any_db, "bo", "Blå kaffekop 42")
    assert result.memberships[0].clinic_name == "Lægerne Søndergade"
    with any_db.session() as s:
        assert [e.action for e in s.scalars(select(audit.AuditEntry))] == ["login"]
        assert audit.verify_chain(s) == []
