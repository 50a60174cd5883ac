"""Numbers in digits and words, English and Arabic."""

import pytest

from claims.text.normalize import fold
from claims.text.packs import load_pack


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("33", 33),
        ("1,200", 1200),
        ("3.5 million", 3_500_000),
        ("a million", 1_000_000),
        ("thirty-three", 33),
        ("Thirty-three", 33),
        ("one hundred and five", 105),
        ("twelve", 12),
        ("two and a half", 2.5),
        ("7,000", 7000),
    ],
)
def test_english_numbers(text, value):
    assert load_pack("en").numbers.parse(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("٣٣", 33),
        ("۳۳", 33),
        ("ثلاثة وثلاثين", 33),
        ("ثلاثة عشر", 13),
        ("اثنتي عشرة", 12),
        ("مئة وخمسين", 150),
        ("ثلاثمائة", 300),
        ("ألفين وخمسمائة", 2500),
        ("٩٥٠ ألف", 950_000),
        ("خمسة وثلاثين ألفا", 35_000),
        ("مليون ونصف", 1_500_000),
        ("7 آلاف", 7000),
        # A smaller multiplier in digits past a bigger one.
        ("مليونان و٣٠٠ ألف", 2_300_000),
        ("٤ ملايين و٥٠٠ ألف", 4_500_000),
    ],
)
def test_arabic_numbers_including_compounds(text, value):
    assert load_pack("ar").numbers.parse(fold(text)) == value


def test_words_that_do_not_form_one_number_stop_early():
    value, end = load_pack("en").numbers.parse_prefix("three four")
    assert (value, end) == (3, 5)


def test_names_with_digits_are_not_numbers():
    regex = load_pack("en").numbers.regex
    assert [m.group() for m in regex.finditer("Su-24 jets on the M4 road")] == []


def test_a_clitic_may_stick_to_an_arabic_number():
    regex = load_pack("ar").numbers.regex
    assert [m.group() for m in regex.finditer(fold("3 ساعات و10 دقائق"))] == ["3", "10"]
