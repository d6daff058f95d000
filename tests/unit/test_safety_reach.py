"""Answers that reach the patient (issue 15, items 3 and 4): the receipt mail at intake (the answer day and
the emergency numbers, never the text), the emergency notice on the portal's page, answers marked "skal
læses" and the "Ring til patienten" task when they stay unread (across a weekend, filed once), and the
patients whose address does not work (the card's and the folder's data)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import AuditEntry, OutboxMail, Patient, PortalAccount
from clinicdesk.models.safety import ContactProblem, SafetyTask
from clinicdesk.portal import mark_message_read, send_econsult
from clinicdesk.services import auth, inbox
from clinicdesk.services.front_page import front_page
from clinicdesk.services.safety.contact import (
    address_problem, clear_contact_problem, contact_problems, record_bounce,
)
from clinicdesk.services.safety.jobs import run_safety_jobs
from clinicdesk.services.safety.reach import must_read_in, set_must_read
from clinicdesk.services.safety.settings import save_safety_settings
from clinicdesk.services.safety.tasks import count_tasks, finish_task, list_tasks, tasks_for_item
from portal_world import ADULT, NOW, build_world, local

PASSWORD = "Haster-Sol-Regn-2026-x"


@pytest.fixture()
def db(any_db):
    """Every test here on SQLite and, when a server is given, on PostgreSQL."""
    return any_db


@pytest.fixture()
def world(db):
    w = build_world(db)
    with db.write_session() as s:
        admin = auth.create_staff(s, "chef", "Karen Chef", PASSWORD, {w.clinic_id: Role.ADMIN})
        doc = auth.create_staff(s, "doc", "Anna Holm", PASSWORD, {w.clinic_id: Role.DOCTOR})
        desk = auth.create_staff(s, "desk", "Sine Sekretær", PASSWORD, {w.clinic_id: Role.RECEPTIONIST})
        w.admin = auth.Actor(admin.id, admin.full_name, w.clinic_id, Role.ADMIN, "Lægehuset Åbakken")
        w.doctor = auth.Actor(doc.id, doc.full_name, w.clinic_id, Role.DOCTOR, "Lægehuset Åbakken")
        w.desk = auth.Actor(desk.id, desk.full_name, w.clinic_id, Role.RECEPTIONIST, "Lægehuset Åbakken")
    return w


def _mails(db, kind=None):
    with db.session() as s:
        q = select(OutboxMail).order_by(OutboxMail.id)
        if kind:
            q = q.where(OutboxMail.kind == kind)
        return s.scalars(q).all()


# ------------------------------------------------------------------ item 3: the patient side
def test_the_receipt_mail_has_the_answer_day_and_the_emergency_numbers_and_no_text(db, world):
    r = send_econsult(db, world.clinic_id, ADULT, provider_id=world.doctor_id, subject="Brystsmerter",
                      body="Jeg har ondt i brystet og svært ved at få luft siden i går", now=NOW)
    assert r.due_date == date(2026, 3, 5)  # Monday + 3 working days
    [mail] = _mails(db)
    assert (mail.kind, mail.to_address, mail.item_id) == ("econsult_received", "mette@example.dk", r.item_id)
    assert mail.subject == "Vi har modtaget din besked"
    assert "Klinikken svarer senest torsdag den 5. marts 2026." in mail.body
    assert "ring 112" in mail.body and "1813" in mail.body and "Telefon: 70 10 20 30." in mail.body
    for secret in ("bryst", "Bryst", "luft", "Mette", "Madsen", "0101801235"):
        assert secret not in mail.body and secret not in mail.subject


def test_a_reply_gets_a_receipt_too_and_the_clinic_can_switch_it_off(db, world):
    r = send_econsult(db, world.clinic_id, ADULT, provider_id=world.doctor_id, body="Et spørgsmål", now=NOW)
    friday_evening = local(2026, 3, 6, 17, 0)
    send_econsult(db, world.clinic_id, ADULT, thread_id=r.item_id, body="Og et til", now=friday_evening)
    second = _mails(db)[-1]
    assert "senest torsdag den 12. marts 2026" in second.body  # counted from Monday 9 March
    save_safety_settings(db, world.admin, {"receipt_mail": False}, 0)
    send_econsult(db, world.clinic_id, ADULT, provider_id=world.doctor_id, body="Et tredje", now=NOW)
    assert len(_mails(db, "econsult_received")) == 2


def test_the_portal_page_carries_the_emergency_notice(db, world):
    page = front_page(db, world.clinic_id, now=NOW)
    notice = page.emergency
    assert [line.number for line in notice.lines] == ["112", "1813", "70 10 20 30"]
    assert notice.heading == "Haster det? Skriv ikke – ring."
    assert "112" in notice.text and "1813" in notice.text


# ------------------------------------------------------------------ item 4: answers that must be read
def _answer(db, world, at, text="Svar: Kom ind til en blodprøve."):
    item = send_econsult(db, world.clinic_id, ADULT, provider_id=world.doctor_id, body="Et spørgsmål",
                         now=at - timedelta(hours=1)).item_id
    opened = inbox.open_item(db, world.doctor, item, now=at)
    res = inbox.answer(db, world.doctor, item, text, expected_version=opened.detail.version, now=at)
    return item, res.detail.messages[-1].id


def test_an_unread_must_read_answer_files_one_call_task_after_two_working_days(db, world):
    friday = local(2026, 3, 6, 11, 0)
    item, msg = _answer(db, world, friday)
    read_item, read_msg = _answer(db, world, friday)
    _plain_item, _plain = _answer(db, world, friday)  # not marked: never a task
    assert set_must_read(db, world.doctor, msg, now=friday).marked
    set_must_read(db, world.doctor, read_msg, now=friday)
    set_must_read(db, world.doctor, msg, now=friday)  # again: nothing new
    assert [m.message_id for m in must_read_in(db, world.desk, item)] == [msg]
    mark_message_read(db, world.clinic_id, ADULT, message_id=read_msg, now=local(2026, 3, 9, 7, 0))

    for at in (friday, local(2026, 3, 7, 12, 0), local(2026, 3, 8, 12, 0), local(2026, 3, 9, 15, 0)):
        assert run_safety_jobs(db, at).unread_tasks == 0  # Saturday and Sunday are no working days
    assert run_safety_jobs(db, local(2026, 3, 10, 7, 0)).unread_tasks == 1  # Tuesday
    assert run_safety_jobs(db, local(2026, 3, 10, 9, 0)).unread_tasks == 0
    assert run_safety_jobs(db, local(2026, 3, 11, 9, 0)).unread_tasks == 0

    [task] = list_tasks(db, world.doctor, mine=True)
    assert (task.title, task.item_id, task.message_id, task.assigned_to_id) == (
        "Ring til patienten", item, msg, world.doctor.staff_id)
    assert task.patient_name == "Mette Madsen" and task.due_date == date(2026, 3, 10)
    assert list_tasks(db, world.desk, mine=True) == ()  # the author's task
    assert (count_tasks(db, world.doctor, mine=True), count_tasks(db, world.desk, mine=True)) == (1, 0)
    assert [t.id for t in tasks_for_item(db, world.desk, item)] == [task.id]
    done = finish_task(db, world.doctor, task.id, now=local(2026, 3, 10, 10, 0))
    assert done.done_at == local(2026, 3, 10, 10, 0) and list_tasks(db, world.doctor) == ()
    assert count_tasks(db, world.doctor, mine=True) == 0  # a finished task is not counted
    with db.session() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(
            AuditEntry.action.in_(["mark_must_read", "safety_task"])).order_by(AuditEntry.id))]
        assert actions == ["mark_must_read", "mark_must_read", "safety_task", "safety_task"]


def test_an_answer_sent_with_skal_laeses_is_marked_in_the_same_transaction(db, world, monkeypatch):
    """The mark was a second transaction after the answer (an answer could be stored without the
    mark the doctor asked for); now ``answer(must_read=True)`` stores both, or neither."""
    from clinicdesk.models import Message
    from clinicdesk.services.inbox import econsult

    friday = local(2026, 3, 6, 11, 0)

    def ask():
        item = send_econsult(db, world.clinic_id, ADULT, provider_id=world.doctor_id, body="Et spørgsmål",
                             now=friday - timedelta(hours=1)).item_id
        return item, inbox.open_item(db, world.doctor, item, now=friday).detail.version

    item, version = ask()
    res = inbox.answer(db, world.doctor, item, "Svar: ring til os.", expected_version=version, now=friday,
                       must_read=True)
    assert [m.message_id for m in must_read_in(db, world.desk, item)] == [res.detail.messages[-1].id]
    assert run_safety_jobs(db, local(2026, 3, 10, 7, 0)).unread_tasks == 1

    def broken(*_a, **_k):
        raise RuntimeError("the mark could not be stored")

    other, version = ask()
    monkeypatch.setattr(econsult, "mark_must_read_in", broken)
    with pytest.raises(RuntimeError):
        inbox.answer(db, world.doctor, other, "Svar: ring til os.", expected_version=version, now=friday,
                     must_read=True)
    with db.session() as s:  # neither the answer nor its mark
        assert s.scalar(select(func.count()).select_from(Message).where(Message.item_id == other)) == 1


def test_only_an_answer_to_the_patient_can_be_marked(db, world):
    r = send_econsult(db, world.clinic_id, ADULT, provider_id=world.doctor_id, body="Et spørgsmål", now=NOW)
    with db.session() as s:
        from clinicdesk.models import Message

        patient_msg = s.scalar(select(Message.id).where(Message.item_id == r.item_id))
    with pytest.raises(ValidationError):
        set_must_read(db, world.doctor, patient_msg, now=NOW)


def test_an_unmarked_answer_files_no_task(db, world):
    friday = local(2026, 3, 6, 11, 0)
    _item, msg = _answer(db, world, friday)
    set_must_read(db, world.doctor, msg, now=friday)
    assert not set_must_read(db, world.doctor, msg, on=False, now=friday).marked
    assert run_safety_jobs(db, local(2026, 3, 12, 9, 0)).unread_tasks == 0


def test_a_corrected_answer_counts_as_read_when_its_correction_is_read(db, world):
    from clinicdesk.services.inbox.corrections import correct_message

    friday = local(2026, 3, 6, 11, 0)
    item, msg = _answer(db, world, friday)
    set_must_read(db, world.doctor, msg, now=friday)
    version = inbox.open_item(db, world.doctor, item, now=friday).detail.version
    res = correct_message(db, world.doctor, item, msg, "Rettelse: kom ind i morgen.", expected_version=version,
                          now=friday + timedelta(minutes=5))
    correction = res.detail.messages[-1].id
    mark_message_read(db, world.clinic_id, ADULT, message_id=correction, now=local(2026, 3, 9, 8, 0))
    assert run_safety_jobs(db, local(2026, 3, 11, 9, 0)).unread_tasks == 0


# ------------------------------------------------------------------ item 4: addresses that do not work
def test_a_refused_address_is_shown_until_it_is_changed_and_files_one_task(db, world):
    item, _msg = _answer(db, world, NOW)
    [mail] = _mails(db, "econsult_answered")
    with db.write_session() as s:
        first = record_bounce(s, s.get(OutboxMail, mail.id), 550, NOW)
        again = record_bounce(s, s.get(OutboxMail, mail.id), 550, NOW + timedelta(minutes=5))
    assert first is not None and again is None
    problem = address_problem(db, world.desk, world.patient_id)
    assert (problem.address, problem.smtp_code, problem.patient_name) == ("mette@example.dk", 550, "Mette Madsen")
    assert "550" in problem.text
    assert [p.patient_id for p in contact_problems(db, world.desk)] == [world.patient_id]
    [task] = list_tasks(db, world.doctor, mine=True)
    assert (task.kind, task.item_id, task.assigned_to_id) == ("contact", item, world.doctor.staff_id)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SafetyTask)) == 1
        assert s.scalar(select(func.count()).where(AuditEntry.action == "list_page")) >= 1

    with db.write_session() as s:  # the patient gives a new address on the portal: the old problem is moot
        s.scalars(select(PortalAccount).where(PortalAccount.patient_id == world.patient_id)).one().email = \
            "mette.ny@example.dk"
        s.get(Patient, world.patient_id).email = "mette.ny@example.dk"
    assert address_problem(db, world.desk, world.patient_id) is None
    assert contact_problems(db, world.desk) == ()


def test_staff_can_clear_a_problem(db, world):
    _answer(db, world, NOW)
    [mail] = _mails(db, "econsult_answered")
    with db.write_session() as s:
        record_bounce(s, s.get(OutboxMail, mail.id), 551, NOW)
        pid = s.scalar(select(ContactProblem.id))
    clear_contact_problem(db, world.desk, pid, now=NOW + timedelta(hours=1))
    assert address_problem(db, world.desk, world.patient_id) is None


def test_the_kan_ikke_kontaktes_folder_lists_the_patients_open_items_until_the_address_changes(db, world):
    """Issue 15: "the card, the item and a 'Kan ikke kontaktes' folder say so"."""
    from clinicdesk.services.inbox import Folder, ItemQuery

    _answer(db, world, NOW)
    [mail] = _mails(db, "econsult_answered")
    with db.write_session() as s:
        record_bounce(s, s.get(OutboxMail, mail.id), 550, NOW)
    waiting = send_econsult(db, world.clinic_id, ADULT, provider_id=world.doctor_id, body="Et nyt spørgsmål",
                            now=NOW + timedelta(hours=2)).item_id
    assert inbox.folder_counts(db, world.desk)[Folder.UNREACHABLE] == 1
    listed = inbox.list_items(db, world.desk, ItemQuery(folder=Folder.UNREACHABLE)).rows
    assert [r.id for r in listed] == [waiting]  # the open item; the answered one is done
    with db.write_session() as s:  # a new address: the refused one is no longer used
        s.scalars(select(PortalAccount).where(PortalAccount.patient_id == world.patient_id)).one().email = \
            "mette.ny@example.dk"
        s.get(Patient, world.patient_id).email = "mette.ny@example.dk"
    assert inbox.folder_counts(db, world.desk)[Folder.UNREACHABLE] == 0
    assert inbox.list_items(db, world.desk, ItemQuery(folder=Folder.UNREACHABLE)).rows == ()


@pytest.mark.parametrize("case", ["own", "blank_portal", "first_guardian", "second_guardian", "guardian_record",
                                  "first_without_address", "guardian_blank_portal"])
def test_the_folders_sql_and_the_mail_agree_on_who_cannot_be_reached(db, world, case):
    """"Kan ikke kontaktes" (SQL, the folder and its count) and where the mail goes
    (``recipient_address``) are one rule: a child is unreachable when the refused address is the
    first guardian's that has one (portal address first, a blank one counts as none), not because
    another guardian's address was refused, nor a guardian's record address the mail never used."""
    from clinicdesk.models import Guardianship
    from clinicdesk.models.safety import ContactProblem
    from clinicdesk.services.notifications import recipient_address
    from clinicdesk.services.safety.contact import unreachable_patients

    # per case: the refused address, guardian 1's (portal, record) addresses, and whether mail goes there
    refused, g1, mailed = {
        "own": ("c@x.dk", None, True),
        "blank_portal": ("g1@x.dk", ("g1@x.dk", "g1.record@x.dk"), True),
        "first_guardian": ("g1@x.dk", ("g1@x.dk", "g1.record@x.dk"), True),
        "second_guardian": ("g2@x.dk", ("g1@x.dk", "g1.record@x.dk"), False),
        "guardian_record": ("g1.record@x.dk", ("g1@x.dk", "g1.record@x.dk"), False),
        "first_without_address": ("g2@x.dk", ("", ""), True),
        "guardian_blank_portal": ("g1.record@x.dk", ("  ", "g1.record@x.dk"), True),
    }[case]
    with db.write_session() as s:
        def person(cpr, portal, record):
            p = Patient(cpr=cpr, first_name="Test", last_name=cpr[-4:], email=record)
            s.add(p)
            s.flush()
            if portal is not None:
                s.add(PortalAccount(patient_id=p.id, email=portal))
            return p

        child = person("0101209991", "  " if case == "blank_portal" else None, "c@x.dk" if case == "own" else "")
        if g1 is not None:
            first = person("0101809991", *g1)
            second = person("0101809992", "g2@x.dk", "")
            s.add_all([Guardianship(child_id=child.id, guardian_id=first.id),
                       Guardianship(child_id=child.id, guardian_id=second.id)])
        s.add(ContactProblem(clinic_id=world.clinic_id, patient_id=child.id, address=refused.upper(), smtp_code=550,
                             at=NOW))
        s.flush()
        mailed_there = recipient_address(s, child).lower() == refused
        flagged = child.id in set(s.scalars(unreachable_patients(world.clinic_id)))
    assert mailed_there == mailed
    assert flagged == mailed_there
