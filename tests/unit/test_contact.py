"""The one home of what an e-mail address and a phone number must look like (services/contact.py)."""

from __future__ import annotations

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import contact
from clinicdesk.services.contact import clean_mobile, compact_phone, is_email


@pytest.mark.parametrize("text", ["a@b.dk", "anne.hansen+portal@example.org", "x@sub.domain.com"])
def test_addresses_that_look_right(text):
    assert is_email(text)


@pytest.mark.parametrize("text", ["", "anne", "anne@", "@example.dk", "anne@example", "an ne@example.dk", "a@b@c.dk"])
def test_addresses_that_do_not(text):
    assert not is_email(text)


def test_compact_phone_drops_spaces_and_dashes_only():
    assert compact_phone(" 20 30-40 50 ") == "20304050"
    assert compact_phone("+45 2030 4050") == "+4520304050"
    assert compact_phone("") == ""


@pytest.mark.parametrize("text, stored", [("20 30 40 50", "20304050"), ("+45 2030-4050", "20304050"),
                                           ("0045 20304050", "20304050"), ("  ", "")])
def test_danish_mobile(text, stored):
    assert clean_mobile(text) == stored


@pytest.mark.parametrize("text", ["2030405", "203040506", "+46 20304050", "20-30-40-5x"])
def test_not_a_danish_mobile(text):
    with pytest.raises(ValidationError) as exc:
        clean_mobile(text)
    assert exc.value.code == "invalid_mobile"
    assert exc.value.message == "Mobilnummeret skal være 8 cifre (evt. med +45 foran). Ret det, og gem igen."


@pytest.mark.parametrize("text", ["75 42 00 00", "+45 7542-0000", "75420000", "0045 75 42 00 00"])
def test_phone_numbers_as_people_write_them(text):
    assert contact.is_phone(text)


@pytest.mark.parametrize("text", ["", "7542", "ring til os", "75 42 00 0x", "-75420000", "75420000+"])
def test_not_phone_numbers(text):
    assert not contact.is_phone(text)
