"""Service and domain messages reach the user through Qt's translation.

Every message a service raises for a user is a ``say(...)`` template (``domain/messages.py``):
a str holding the Danish sentence that remembers its template and parameters, so the views
can show it in English. (a) walks the services and the domain and fails on a domain error
raised with a bare string or an f-string, or a domain error class whose ``default_message``
is not marked; (b) checks that converted messages keep their Danish text and carry a
template and parameters.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

from clinicdesk.domain.errors import ClinicDeskError, ValidationError
from clinicdesk.domain.messages import JoinedText, ServiceText
from clinicdesk.domain.refusals import PortalRefusal

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("clinicdesk/services", "clinicdesk/domain")

#: Files whose messages are not converted yet: their owners are still at work on them
#: (round 3: the inbox list and claims are being changed by another helper). Remove a line
#: when its file is done.
NOT_YET = {
    "clinicdesk/services/inbox/claims.py",
}
NOT_YET_DIRS: tuple[str, ...] = ()


def _checked(cls) -> bool:
    """A domain error a clinic user sees. The portal's refusals (PortalRefusal) are the
    patient portal's, another system, and stay Danish by design."""
    return inspect.isclass(cls) and issubclass(cls, ClinicDeskError) and not issubclass(cls, PortalRefusal)


def _files() -> list[Path]:
    out = []
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in NOT_YET or rel.startswith(NOT_YET_DIRS):
                continue
            out.append(path)
    return out


def _module(path: Path, root: Path = ROOT):
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return importlib.import_module(".".join(parts))


def _resolve(module, func: ast.expr):
    """The object a call's ``func`` names in the module (``Name`` or ``a.b.C``), or None."""
    names = []
    while isinstance(func, ast.Attribute):
        names.append(func.attr)
        func = func.value
    if not isinstance(func, ast.Name):
        return None
    obj = getattr(module, func.id, None)
    for name in reversed(names):
        obj = getattr(obj, name, None)
    return obj


def _is_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.BinOp):  # "a" + "b", "a " + _WHAT: still a bare string somewhere
        return _is_literal(node.left) or _is_literal(node.right)
    return False


def _bare_raises(path: Path, root: Path = ROOT) -> list[str]:
    module = _module(path, root)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        call = node.exc
        cls = _resolve(module, call.func)
        if not _checked(cls):
            continue
        message = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "message"), None)
        if message is not None and _is_literal(message):
            found.append(f"{path.relative_to(root)}:{node.lineno}: raise {ast.unparse(call.func)}"
                         f"({ast.unparse(message)[:60]}…)")
    return found


def test_domain_errors_are_raised_with_say_templates():
    found = [hit for path in _files() for hit in _bare_raises(path)]
    assert not found, "Wrap these messages in say(...) (domain/messages.py):\n" + "\n".join(found)


def test_domain_error_default_messages_are_marked():
    unmarked = []
    for path in _files():
        module = _module(path)
        for name, cls in vars(module).items():
            if not (_checked(cls) and cls.__module__ == module.__name__):
                continue
            for attr in ("default_message", "default_safe_retry_message", "retry_note"):
                value = cls.__dict__.get(attr)
                if isinstance(value, str) and value and not isinstance(value, ServiceText):
                    unmarked.append(f"{module.__name__}.{name}.{attr}")
    assert not unmarked, "Mark these with say(...): " + ", ".join(unmarked)


def test_the_walk_sees_a_bare_raise(tmp_path, monkeypatch):
    """The check itself: a bare f-string in a raise is found (and a say template is not)."""
    pkg = tmp_path / "fake_msgs_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "mod.py").write_text(
        "from clinicdesk.domain.errors import ValidationError\n"
        "from clinicdesk.domain.messages import say\n"
        "def bad(n):\n    raise ValidationError(f'Højst {n} tegn.')\n"
        "def good(n):\n    raise ValidationError(say('Højst {n} tegn.').format(n=n))\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    hits = _bare_raises(pkg / "mod.py", tmp_path)
    assert len(hits) == 1 and ":4:" in hits[0]


# -- (b) converted messages keep their Danish and carry template + params ---------------------

def _raised(fn, *args, **kwargs) -> ClinicDeskError:
    with pytest.raises(ClinicDeskError) as info:
        fn(*args, **kwargs)
    return info.value


def test_too_long_name_keeps_danish_and_carries_template():
    from clinicdesk.services import staff

    exc = _raised(staff.check_full_name, "x" * 201)
    msg = exc.message
    assert str(msg) == "Navnet er på 201 tegn, men der kan højst være 200. Gør den kortere."
    assert isinstance(msg, ServiceText)
    assert msg.template == "{what} er på {n} tegn, men der kan højst være {max_length}. Gør den kortere."
    assert msg.params["n"] == 201 and msg.params["max_length"] == 200
    assert isinstance(msg.params["what"], ServiceText) and msg.params["what"].template == "Navnet"
    assert exc.code == "too_long"


def test_bad_cpr_keeps_danish_and_carries_parts():
    from clinicdesk.services.cpr import InvalidCpr, parse_cpr

    with pytest.raises(InvalidCpr) as info:
        parse_cpr("011390-1234")
    msg = info.value.message
    assert str(msg) == ("Måneden i CPR-nummeret er 13, men den skal være mellem 01 og 12 "
                        "(cifrene 3-4, DDMMÅÅ). Ret nummeret og prøv igen.")
    assert msg.template.startswith("Måneden i CPR-nummeret er {month}")
    assert msg.params == {"month": "13"}  # the number only as a parameter, never in the template

    with pytest.raises(InvalidCpr) as info:
        parse_cpr("0101901234567")
    joined = info.value.message
    assert isinstance(joined, JoinedText)
    assert str(joined) == ("CPR-nummeret har 13 cifre, men skal have 10. Tjek, om et ciffer er skrevet to gange. "
                           "Skriv de 10 cifre som DDMMÅÅ-XXXX, fx 010190-1234.")
    templates = [p.template for p in joined.parts if isinstance(p, ServiceText)]
    assert templates == ["CPR-nummeret har {n} cifre, men skal have 10. Tjek, om et ciffer er skrevet to gange.",
                         "Skriv de 10 cifre som DDMMÅÅ-XXXX, fx 010190-1234."]


def test_guardian_cpr_problem_nests_the_cpr_message():
    from datetime import date

    from clinicdesk.services import patient_records as records

    data = records.PatientData(cpr="0101201234", first_name="Ida", last_name="Hansen", address="", email="",
                               mobile="", guardian_cprs=("3201801234",))
    exc = _raised(records.check_fields, data, today=date(2026, 12, 1))
    assert isinstance(exc, ValidationError) and exc.code == "invalid_guardian_cpr"
    assert exc.message.template == "Forælderens (værgens) CPR-nummer: {problem}"
    assert str(exc.message).startswith("Forælderens (værgens) CPR-nummer: Dagen i CPR-nummeret er 32")
    assert isinstance(exc.message.params["problem"], ServiceText)


def test_action_result_message_is_a_template():
    src = (ROOT / "clinicdesk/services/inbox/econsult.py").read_text(encoding="utf-8")
    assert 'say("Svaret er sendt.")' in src
    from datetime import datetime, timezone

    from clinicdesk.services.inbox.types import claimed_text

    text = claimed_text("Mette Kjær", datetime(2026, 6, 1, 8, 5, tzinfo=timezone.utc))
    assert str(text) == "Behandles af Mette Kjær siden 10:05"
    assert text.template == "Behandles af {name} siden {time}" and text.params["name"] == "Mette Kjær"


def test_views_show_a_service_message_in_english(qapp):
    """Through views.service_text with an English translator: template translated, parameters filled."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from clinicdesk.services import text_gate
    from clinicdesk.views.service_text import error_text

    class English(QTranslator):
        WORDS = {
            "{what} er på {n} tegn, men der kan højst være {max_length}. Gør den kortere.":
                "{what} has {n} characters, but at most {max_length} are allowed. Make it shorter.",
            "Begrundelsen": "The reason",
        }

        def translate(self, context, source, disambiguation=None, n=-1):
            return self.WORDS.get(source, "")

    tr = English()
    QCoreApplication.installTranslator(tr)
    try:
        with pytest.raises(text_gate.TextRefused) as info:
            text_gate.check("x" * 11, what=text_gate.say("Begrundelsen"), max_length=10)
        assert str(info.value) == "Begrundelsen er på 11 tegn, men der kan højst være 10. Gør den kortere."
        assert error_text(info.value) == "The reason has 11 characters, but at most 10 are allowed. Make it shorter."
    finally:
        QCoreApplication.removeTranslator(tr)


# -- (c) a replayed action answers with its stored message, still translatable ------------------

def test_a_replayed_action_returns_its_stored_message_as_a_template(db):
    """A retry of a committed action (same action id) answers with the first result's message from
    the receipt: stored as template and parameters, so it comes back a ServiceText, not plain Danish."""
    import uuid

    from sqlalchemy import select

    from clinicdesk.models.receipts import ActionReceipt
    from clinicdesk.services import inbox
    from clinicdesk.services.inbox.receipts import ALREADY_DONE
    from inbox_helpers import add_renewal, make_world

    w = make_world(db)
    item, _lines = add_renewal(db, w)
    version = inbox.open_item(db, w.nurse, item).detail.version
    aid = str(uuid.uuid4())
    first = inbox.route_to_doctor(db, w.nurse, item, expected_version=version, action_id=aid)
    assert first.message == "Sendt til alle læger." and first.message.template == "Sendt til {recipient}."
    with db.session() as s:
        stored = s.execute(select(ActionReceipt.message).where(ActionReceipt.action_id == aid)).scalar_one()
    assert '"t":"Sendt til {recipient}."' in stored  # template and parameters, as JSON

    again = inbox.route_to_doctor(db, w.nurse, item, expected_version=version, action_id=aid)
    assert again.replayed
    assert str(again.message) == str(ALREADY_DONE) + " (Sendt til alle læger.)"  # the Danish as before
    assert isinstance(again.message, JoinedText)
    first_part, note = again.message.parts
    assert first_part.template == ALREADY_DONE.template and note.template == " ({message})"
    original = note.params["message"]
    assert isinstance(original, ServiceText) and original.template == "Sendt til {recipient}."
    assert original.params["recipient"].template == "alle læger"


def test_a_receipt_written_as_plain_danish_still_reads():
    from clinicdesk.domain.messages import from_stored, say, to_stored

    plain = from_stored("Svaret er sendt.")  # a sentence without parameters, or a row from before
    assert plain == "Svaret er sendt." and plain.template == "Svaret er sendt."  # its own template
    assert to_stored(say("Svaret er sendt.")) == "Svaret er sendt."  # stored as plain Danish
    assert from_stored('{"t": broken') == '{"t": broken'
    joined = say("A {n}.").format(n=2) + " " + say("{what} mangler.").format(what=say("Navnet").lower())
    back = from_stored(to_stored(joined))
    assert back == "A 2. navnet mangler." and isinstance(back, JoinedText)
    assert back.parts[2].params["what"].template == "Navnet"
    assert to_stored("plain") == "plain" and to_stored(say("x" * 50), max_length=20) == "x" * 20
