"""The customer key: which spellings are one customer, which are not (domain.md)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import prm_core.deals.normalise as normalise_module
from prm_core.deals.normalise import (
    JAPANESE_FORMS,
    customer_key,
    full_width_ascii,
    half_width_katakana,
)

SAME = [
    # Legal forms before and after the name, in every spelling domain.md lists.
    ("株式会社アルファ", "アルファ"),
    ("㈱アルファ", "株式会社アルファ"),
    ("（株）アルファ", "株式会社アルファ"),
    ("(株)アルファ", "アルファ株式会社"),
    ("アルファ株式会社", "株式会社アルファ"),
    ("アルファ(株)", "㈱アルファ"),
    ("アルファ㈱", "アルファ"),
    ("有限会社ベータ", "ベータ"),
    ("㈲ベータ", "有限会社ベータ"),
    ("（有）ベータ", "ベータ有限会社"),
    ("合同会社ガンマ", "ガンマ"),
    ("ガンマ合同会社", "合同会社ガンマ"),
    ("合資会社デルタ", "デルタ"),
    ("合名会社イプシロン", "イプシロン"),
    ("㍿アルファ", "アルファ"),
    # Half-width katakana (with voiced marks) and their full-width spelling.
    ("ｱﾙﾌｧ(株)", "株式会社アルファ"),
    ("ｶﾞﾝﾀﾞﾑ株式会社", "ガンダム"),
    ("ﾊﾟﾅﾋﾞｼﾞｮﾝ", "パナビジョン"),
    ("ｻｸﾗ ｼｽﾃﾑｽﾞ", "サクラシステムズ"),
    # Full-width letters and digits.
    ("ＡＢＣ株式会社", "ABC"),
    ("株式会社ＡＢＣ１２３", "ABC123株式会社"),
    ("Ｎｅｘｔ　Ｗａｖｅ", "Next Wave"),
    # English legal forms, before and after, any case, with or without dots and commas.
    ("Alpha Co., Ltd.", "Alpha"),
    ("ALPHA CO.,LTD.", "alpha"),
    ("Alpha Inc.", "alpha inc"),
    ("Alpha Corp.", "Alpha Corporation"),
    ("Alpha K.K.", "K.K. Alpha"),
    ("Alpha LLC", "alpha"),
    ("Alpha Ltd", "Alpha Limited"),
    ("Ａｌｐｈａ　Ｉｎｃ．", "Alpha Inc."),
    # Spaces and punctuation anywhere.
    ("サクラ・システムズ", "サクラシステムズ"),
    ("サクラ　システムズ株式会社", "株式会社 サクラシステムズ"),
    ("株式 会社アルファ", "アルファ"),
    ("Blue-Ocean Systems", "blue ocean systems"),
    ("A&B Holdings", "AB holdings"),
]

DIFFERENT = [
    ("株式会社アルファ", "アルファ商事"),
    ("アルファ", "アルファ商事株式会社"),
    ("アルファ", "アルファー"),  # the long vowel mark is part of the name
    ("アルファ", "あるふぁ"),  # katakana and hiragana are written differently on purpose
    ("株式会社アルファ", "株式会社ベータ"),
    ("Alpha", "Alpha Systems"),
    ("Alpha Inc.", "Alphainc"),
    ("Incubate", "Ubate"),  # "Inc" only goes as a word
    ("Cosmo", "Cosmo Co Op"),
    ("ABC123", "ABC124"),
    ("東京システム", "東京システムズ"),
    ("(株)", "(有)"),  # a name that is only a legal form keeps its letters
    ("北斗ソリューションズ", "南斗ソリューションズ"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_customer_share_a_key(a: str, b: str) -> None:
    assert customer_key(a) == customer_key(b)
    assert customer_key(a)  # never the empty key


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_customers_keep_different_keys(a: str, b: str) -> None:
    assert customer_key(a) != customer_key(b)


def test_tables_are_large_enough() -> None:
    assert len(SAME) >= 25
    assert len(DIFFERENT) >= 10


def test_the_key_is_compact_and_folded() -> None:
    assert customer_key("株式会社アルファ") == "アルファ"
    assert customer_key("Alpha Co., Ltd.") == "alpha"
    assert customer_key("ｻｸﾗ ｼｽﾃﾑｽﾞ") == "サクラシステムズ"


# --- properties -------------------------------------------------------------------------

KATAKANA = "アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノ" + (
    "ハヒフヘホバビブベボパピプペポマミムメモヤユヨラリルレロワヲンァィゥェォャュョッヴー"
)
KANJI = "東京大阪北南山田中村川本電機産業技研情報通信製作所販売"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LATIN_FORM_WORDS = {
    "co",
    "inc",
    "ltd",
    "corp",
    "llc",
    "kk",
    "limited",
    "corporation",
    "incorporated",
}

names = st.text(alphabet=KATAKANA + KANJI + LATIN + " ・-&.", min_size=1, max_size=20)


def _plain(base: str) -> bool:
    """A base name the variants can be added to: some letters, no legal form inside."""
    folded = unicodedata.normalize("NFKC", base).casefold()
    words = {w.strip(".-&・") for w in folded.replace("・", " ").split()}
    return (
        any(ch.isalnum() for ch in base)
        and not words & LATIN_FORM_WORDS
        and not any(f.strip("()") in folded for f in JAPANESE_FORMS if len(f) > 3)
        and not any(w in folded for w in ("kabushiki", "godo", "yugen"))
        and not ("k" in folded and "." in folded)
        # and nothing the key itself reads as a Latin legal form ("L.L.C", "Incorporated")
        and normalise_module._LATIN.search(folded) is None
    )


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40))
def test_normalising_is_idempotent(name: str) -> None:
    key = customer_key(name)
    assert customer_key(key) == key


@settings(max_examples=50, deadline=None)
@given(names)
def test_normalising_a_real_looking_name_is_idempotent(name: str) -> None:
    key = customer_key(name)
    assert customer_key(key) == key


@settings(max_examples=50, deadline=None)
@given(
    names,
    st.sampled_from(["株式会社", "㈱", "（株）", "(株)", "有限会社", "㈲", "合同会社", "㍿"]),
    st.booleans(),
)
def test_blind_to_japanese_legal_forms_before_or_after(base: str, form: str, before: bool) -> None:
    assume(_plain(base))
    variant = form + base if before else base + form
    assert customer_key(variant) == customer_key(base)


@settings(max_examples=50, deadline=None)
@given(
    names,
    st.sampled_from(["Co., Ltd.", "Inc.", "Corp.", "Corporation", "LLC", "K.K.", "Ltd"]),
    st.booleans(),
)
def test_blind_to_english_legal_forms(base: str, form: str, before: bool) -> None:
    assume(_plain(base))
    variant = f"{form} {base}" if before else f"{base} {form}"
    assert customer_key(variant) == customer_key(base)


@settings(max_examples=50, deadline=None)
@given(names)
def test_blind_to_width_case_and_spacing(base: str) -> None:
    assume(_plain(base))
    key = customer_key(base)
    assert customer_key(half_width_katakana(base)) == key
    assert customer_key(full_width_ascii(base)) == key
    assert customer_key(base.upper()) == key
    assert customer_key(base.swapcase()) == key
    assert customer_key(" ".join(base)) == key
    assert customer_key(base.replace(" ", "\u3000")) == key
