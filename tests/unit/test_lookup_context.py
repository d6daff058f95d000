"""Lookups with a context (issue 11, item 5): every read records why, in Danish words.

Searches say "Søgning" with where they were made (no longer "inbox: Opret E-svar"), a whole
CPR number puts the search in that patient's own log, a card opened for a reason carries it
(and so do the history's lookups), list pages and attachment previews are logged, and a login
shows in the clinic's log.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from clinicdesk.demo import DEMO_PASSWORD, build_demo
from clinicdesk.domain.enums import ItemKind
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import AuditEntry, ClinicPatient, InboxItem, Patient
from clinicdesk.services import audit_log, audit_lookups, auth, inbox, patient_history, patients
from clinicdesk.services.audit import Action, verify_chain
from clinicdesk.services.audit_words import context_text, detail_text
from clinicdesk.services.cpr import format_cpr


def _actor(db, username, clinic_id=None):
    res = auth.login(db, username, DEMO_PASSWORD)
    return res.actor_for(clinic_id or res.memberships[0].clinic_id)


def _patients(db, clinic_id, n=2):
    with db.session() as s:
        return s.execute(
            select(Patient.id, Patient.cpr)
            .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id)
            .order_by(Patient.id)
            .limit(n)
        ).all()


def _last(db, action):
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc())).first()


@pytest.fixture
def demo_db(db):
    db.once_per_session(("demo", 40, 20), lambda d: build_demo(d, patients=40, items=20))
    return db


def test_cpr_search_names_the_patient_and_says_search_not_opret_e_svar(demo_db):
    sek = _actor(demo_db, "sekretaer")
    (pid, cpr), _ = _patients(demo_db, sek.clinic_id)
    hits = inbox.search_patients(demo_db, sek, format_cpr(cpr), where="find_patient")
    assert [h.id for h in hits] == [pid]
    e = _last(demo_db, Action.SEARCH_PATIENT)
    assert (e.patient_id, e.context, e.search_term) == (pid, "search:find_patient", format_cpr(cpr))
    assert "Opret E-svar" not in e.detail

    admin = _actor(demo_db, "admin")
    row = next(r for r in audit_log.list_entries(demo_db, admin, patient_id=pid).rows
               if r.action == Action.SEARCH_PATIENT)
    assert (row.staff_name, row.context_text) == (sek.full_name, "Søgning (Find patient)")


def test_name_and_partial_searches_name_no_patient(demo_db):
    sek = _actor(demo_db, "sekretaer")
    (_, cpr), _ = _patients(demo_db, sek.clinic_id)
    inbox.search_patients(demo_db, sek, cpr[:6], where="find_patient")
    assert _last(demo_db, Action.SEARCH_PATIENT).patient_id is None
    inbox.search_patients(demo_db, sek, "Hansen")  # the Opret E-svar dialog's search (its default)
    e = _last(demo_db, Action.SEARCH_PATIENT)
    assert (e.patient_id, e.context, context_text(e.context)) == (None, "search:new_thread", "Søgning (Opret E-svar)")


def test_a_card_opened_for_a_reason_carries_it_and_so_does_its_history(demo_db):
    sek = _actor(demo_db, "sekretaer")
    (pid, _), _ = _patients(demo_db, sek.clinic_id)
    looking = sek.with_context(audit_lookups.reason_context("other", "Telefon fra hjemmeplejen"))
    assert looking == sek  # the same staff member: equal, only the reason differs
    patients.open_patient_card(demo_db, looking, pid)
    assert _last(demo_db, Action.OPEN_PATIENT).context == "reason:other:Telefon fra hjemmeplejen"
    patient_history.open_history(demo_db, looking, pid)
    assert _last(demo_db, Action.OPEN_HISTORY).context == "reason:other:Telefon fra hjemmeplejen"
    patients.open_patient_card(demo_db, sek, pid, context=audit_lookups.reason_context("treatment"))
    assert context_text(_last(demo_db, Action.OPEN_PATIENT).context) == "Behandling"
    assert context_text("reason:patient_request") == "Patienten har bedt om det"
    assert context_text("reason:other:Telefon fra hjemmeplejen") == "Andet: Telefon fra hjemmeplejen"


@pytest.mark.parametrize("reason, text, code", [
    ("other", "", "empty_text"),
    ("other", "   ", "empty_text"),
    ("other", "ring\u202etilbage", "bidi_control"),
    ("other", "x" * 121, "too_long"),
    ("other", "opslag på 010180-1234", "cpr_in_reason"),
    ("nosy", "", "invalid_reason"),
])
def test_a_reason_other_needs_a_short_clean_text(reason, text, code):
    with pytest.raises(ValidationError) as err:
        audit_lookups.reason_context(reason, text)
    assert err.value.code == code
    assert err.value.message  # a Danish sentence for the dialog


def test_an_inbox_item_context_is_said_with_its_kind(demo_db):
    sek = _actor(demo_db, "sekretaer")
    with demo_db.session() as s:
        item_id, pid = s.execute(select(InboxItem.id, InboxItem.patient_id).where(
            InboxItem.clinic_id == sek.clinic_id, InboxItem.kind == ItemKind.ECONSULT,
            InboxItem.patient_id.is_not(None))).first()
    patients.open_patient_card(demo_db, sek, pid, context=audit_lookups.inbox_context(item_id))
    admin = _actor(demo_db, "admin")
    row = next(r for r in audit_log.list_entries(demo_db, admin, patient_id=pid).rows
               if r.action == Action.OPEN_PATIENT)
    assert row.context == f"inbox:{item_id}"
    assert row.context_text == f"Indbakke: E-konsultation #{item_id}"


def test_a_list_page_is_one_entry_with_the_patients_it_showed(demo_db):
    sek = _actor(demo_db, "sekretaer")
    shown = [pid for pid, _ in _patients(demo_db, sek.clinic_id, 30)]
    with demo_db.write_session() as s:
        before = s.scalar(select(func.count(AuditEntry.id)))
        audit_lookups.record_list_page(s, sek, shown + [shown[0], None], audit_lookups.list_context("inbox"))
    with demo_db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()
        assert verify_chain(s) == []
    assert [e.action for e in entries] == [Action.LIST_PAGE]
    assert audit_lookups.list_page_patient_ids(entries[0].detail) == tuple(shown)
    assert len(shown) > 1 and detail_text(Action.LIST_PAGE, entries[0].detail) == f"{len(shown)} patienter på siden"
    assert context_text(entries[0].context) == "Indbakkens liste"
    # no log file and no audit detail holds a CPR number, only ids
    assert not re.search(r"\d{6}-?\d{4}", entries[0].detail)


def test_a_long_list_page_is_split_over_few_entries_that_fit():
    chunks = audit_lookups._chunks(list(range(1_000_000, 1_000_200)))
    assert [len(c) for c in chunks] and sum(len(c) for c in chunks) == 200 and len(chunks) == 4  # 8 characters an id: 61 an entry
    assert all(len(audit_lookups.LIST_DETAIL_PREFIX + "," + ",".join(map(str, c)) + ",") <= 500 for c in chunks)


def test_an_attachment_preview_is_logged_with_its_item(demo_db):
    sek = _actor(demo_db, "sekretaer")
    with demo_db.session() as s:
        item_id, pid = s.execute(select(InboxItem.id, InboxItem.patient_id).where(
            InboxItem.clinic_id == sek.clinic_id, InboxItem.kind == ItemKind.RENEWAL,
            InboxItem.patient_id.is_not(None))).first()
    with demo_db.write_session() as s:
        audit_lookups.record_preview(s, sek, 77, item_id, pid)
    e = _last(demo_db, Action.PREVIEW_ATTACHMENT)
    assert (e.patient_id, e.context, e.clinic_id) == (pid, f"inbox:{item_id}", sek.clinic_id)
    admin = _actor(demo_db, "admin")
    row = next(r for r in audit_log.list_entries(demo_db, admin, patient_id=pid).rows
               if r.action == Action.PREVIEW_ATTACHMENT)
    assert (row.action_label, row.detail_text, row.context_text) == (
        "Vist vedhæftet fil", "Vedhæftet fil #77", f"Indbakke: Receptfornyelse #{item_id}")


def test_a_login_shows_in_the_clinics_log(demo_db):
    admin = _actor(demo_db, "admin")
    sek = _actor(demo_db, "sekretaer")

    def logins():
        return audit_log.list_entries(demo_db, admin, staff_id=sek.staff_id, action=Action.LOGIN).rows

    before = len(logins())
    auth.login(demo_db, "sekretaer", DEMO_PASSWORD)
    rows = logins()
    assert len(rows) == before + 1 and rows[0].action_label == "Logget ind"


def test_a_login_with_several_clinics_is_recorded_in_the_clinic_chosen(demo_db):
    res = auth.login(demo_db, "delt", DEMO_PASSWORD)
    assert len(res.memberships) == 2
    first = _last(demo_db, Action.LOGIN)
    assert first.clinic_id is None and detail_text(Action.LOGIN, first.detail).startswith("Flere klinikker")
    second = res.memberships[1].clinic_id
    actor = auth.switch_clinic(demo_db, res, second, at_login=True)
    chosen = _last(demo_db, Action.LOGIN)
    assert (chosen.clinic_id, chosen.staff_id, actor.clinic_id) == (second, res.staff_id, second)
    auth.login(demo_db, "delt", DEMO_PASSWORD, clinic_id=second)  # the lock screen knows the clinic
    assert _last(demo_db, Action.LOGIN).clinic_id == second
    auth.switch_clinic(demo_db, res, res.memberships[0].clinic_id)
    assert _last(demo_db, Action.SWITCH_CLINIC).clinic_id == res.memberships[0].clinic_id


_ENGLISH = re.compile(r"\b(item|patient card|approved|rejected|declined|answered|attachment|wrong password|"
                      r"unknown|inactive|locked|history|rows|read-only|signup|appointment|staff|role|list|inbox|"
                      r"search|reason|treatment|other)\b", re.IGNORECASE)


def test_the_log_viewer_says_every_detail_in_danish_words(demo_db):
    admin = _actor(demo_db, "admin")
    sek = _actor(demo_db, "sekretaer")
    (pid, cpr), _ = _patients(demo_db, sek.clinic_id)
    inbox.search_patients(demo_db, sek, cpr, where="find_patient")
    patients.open_patient_card(demo_db, sek, pid, context=audit_lookups.reason_context("administration"))
    patient_history.open_history(demo_db, sek, pid)
    rows = audit_log.list_entries(demo_db, admin, limit=1000).rows
    assert rows and any(r.detail for r in rows)
    for r in rows:
        assert not _ENGLISH.search(r.detail_text), (r.action, r.detail, r.detail_text)
        assert not _ENGLISH.search(r.context_text), (r.action, r.context, r.context_text)
    samples = {
        "item 12 line 3 approved": "Henvendelse #12, linje 3 godkendt",
        "item 5 answered, 2 attachment(s), awaiting": "Henvendelse #5 besvaret, 2 vedhæftede filer, venter på patienten",
        "econsult: allowed -> receive_only": "E-konsultation: tilladt → kun modtage",
        "patient card: active -> blocked (event 4)": "Portalbruger: aktiv → spærret",
        "staff=3 role=doctor": "Medarbejder #3 rolle Læge",
        "wrong password": "Forkert adgangskode",
        "read_audit_log": "Manglede retten til at læse loggen",
        "item 9, read-only from the patient's history": "Henvendelse #9, læst fra patientens historik",
    }
    for raw, danish in samples.items():
        assert detail_text("x", raw) == danish


def test_a_page_of_the_inbox_list_is_one_logged_lookup_and_a_refresh_is_not(demo_db):
    """The list page shows names and CPR numbers: reading it is a lookup (one entry with the
    patients it showed); re-reading what is already on screen (the live refresh) is not."""
    from sqlalchemy import func, select

    from clinicdesk.models import AuditEntry
    from clinicdesk.services import inbox
    from clinicdesk.services.audit import Action

    db = demo_db
    sek = _actor(db, "sekretaer")

    def pages():
        with db.session() as s:
            return s.execute(select(AuditEntry.detail, AuditEntry.context)
                             .where(AuditEntry.action == Action.LIST_PAGE).order_by(AuditEntry.id)).all()

    before = len(pages())
    page = inbox.list_items(db, sek, inbox.ItemQuery(), limit=30)
    logged = pages()[before:]
    shown = {r.patient_id for r in page.rows if r.patient_id}
    assert len(logged) == 1 and logged[0][1] == "list:inbox"
    assert {int(x) for x in logged[0][0].split(":", 1)[1].strip(",").split(",")} == shown
    inbox.list_items(db, sek, inbox.ItemQuery(), limit=30, record=False)  # the refresh
    assert len(pages()) == before + 1
    with db.session() as s:  # a search from the list is logged as a search in the inbox
        n = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.context == "search:inbox"))
    inbox.list_items(db, sek, inbox.ItemQuery(search="Hansen"), limit=30)
    with db.session() as s:
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.context == "search:inbox")) == n + 1


def test_the_safety_nets_entries_are_said_in_danish_words():
    """The patient's own log (and the clinic's) showed the safety net's entries as stored ("Mail 12 refused
    550", "Filed call_unread task 4", "Safety: escalation_minutes,…"): each has its Danish words now."""
    from clinicdesk.services.audit_words import detail_text

    said = {d: str(detail_text("x", d)) for d in (
        "mail 12 refused 550", "problem 3 cleared", "filed call_unread task 4", "done contact task 4",
        "message 5 on", "message 5 off", "item 5 auto", "add urgent 3", "remove past 9",
        "safety: escalation_minutes,receipt_mail")}
    assert said == {
        "mail 12 refused 550": "Mail #12 afvist af mailserveren (550)",
        "problem 3 cleared": "Adresseproblem #3 ryddet",
        "filed call_unread task 4": "Opgave #4 oprettet: ring til patienten",
        "done contact task 4": "Opgave #4 udført: kontakt patienten",
        "message 5 on": "Svar #5: skal læses",
        "message 5 off": "Svar #5: skal ikke længere læses",
        "item 5 auto": "Henvendelse #5, markeret af ordene i beskeden",
        "add urgent 3": "Ord tilføjet til listen hasteord (#3)",
        "remove past 9": "Ord fjernet fra listen fortid (#9)",
        "safety: escalation_minutes,receipt_mail": "Sikkerhedsnettets indstillinger ændret: tid før hastevarsel, "
                                                   "kvitteringsmail",
    }
