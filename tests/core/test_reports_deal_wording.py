"""The two deal signals are worded in the report's language from the engine's own facts."""

from __future__ import annotations

from datetime import date, timedelta

from prm_core.database import Database
from prm_core.diagnosis.deal_providers import channel_conflict, deal_expiring
from prm_core.diagnosis.signals import detect_signals
from prm_core.reports.texts import signal_evidence
from tests.deals_support import add_registration
from tests.factories import add_partner

D = date(2026, 8, 1)


def _signals(db: Database, as_of: date) -> dict[str, list[tuple[str, object, str]]]:
    with db.reading() as s:
        found = detect_signals(s, as_of, providers=[deal_expiring, channel_conflict])
    out: dict[str, list[tuple[str, object, str]]] = {}
    for sig in found:
        out.setdefault(sig.signal, []).append((sig.partner, sig.facts, sig.evidence))
    return out


def test_expiring_and_conflict_read_in_japanese_and_english(sqlite_db: Database) -> None:
    with sqlite_db.transaction() as s:
        a = add_partner(s, "アルファ販売")
        b = add_partner(s, "ベータ商会")
        add_registration(s, a, "株式会社オメガ", D, deal="基幹刷新")
        add_registration(s, b, "ｵﾒｶﾞ(株)", D + timedelta(days=3), deal="別提案")
    expires = D + timedelta(days=90)
    found = _signals(sqlite_db, expires - timedelta(days=5))

    (partner, facts, english), *_ = found["deal_expiring"]
    assert partner == "アルファ販売"
    assert isinstance(facts, dict)
    ja = signal_evidence("deal_expiring", facts, None, english, "ja")
    assert ja == (
        f"「基幹刷新」（株式会社オメガ、申請中、{D.isoformat()}登録）の期限は"
        f"{expires.isoformat()}、あと5日"
    )
    en = signal_evidence("deal_expiring", facts, None, english, "en")
    assert en == english  # the engine's wording is the English one

    conflicts = found["channel_conflict"]
    assert sorted(p for p, _, _ in conflicts) == ["アルファ販売", "ベータ商会"]
    _, facts, english = conflicts[0]
    assert isinstance(facts, dict)
    ja = signal_evidence("channel_conflict", facts, None, english, "ja")
    assert ja.startswith("2社が株式会社オメガを登録（正規化した顧客名が一致）：アルファ販売（")
    assert "ベータ商会（" in ja and "申請中" in ja and "submitted" not in ja
    assert signal_evidence("channel_conflict", facts, None, english, "en") == english


def test_unexpected_facts_fall_back_to_the_engine_wording() -> None:
    assert signal_evidence("deal_expiring", {"deal": "x"}, None, "engine text", "ja") == (
        "engine text"
    )
