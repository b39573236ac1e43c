"""The QBR: its data (on SQLite and PostgreSQL), the PDF it becomes, and what it must not say."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.reports import adapters, texts
from prm_core.reports.adapters import RiskSignal, TierInfo
from prm_core.reports.fonts import FONT, register_font
from prm_core.reports.periods import Quarter
from prm_core.reports.qbr_charts import nice_max
from prm_core.reports.qbr_data import QbrError, gather_qbr, quarter_as_of, scrub
from prm_core.reports.qbr_pdf import _para, band_of, export_qbr, render_qbr
from tests.core.test_reports_support import (
    A_NAME,
    A_PERSONS,
    B_NAME,
    B_PERSONS,
    B_SECRETS,
    ERASED,
    INTERNAL_NOTES,
    QUARTER,
    TODAY,
    Programme,
    build_programme,
    need,
    pdf_fonts,
    pdf_pages,
    pdf_text,
)


@pytest.fixture
def programme(sqlite_db: Database) -> Programme:
    return build_programme(sqlite_db)


@pytest.fixture(autouse=True)
def no_optional_sources() -> Iterator[None]:
    """Tiers and signals come from issue 6's engine: absent unless a test installs fakes."""
    with adapters.use_providers(tiers=None, signals=None):
        yield


def fake_tiers(_s: Session, ids: Sequence[int] | None, _as_of: date) -> dict[int, TierInfo]:
    hint = (("deal_won", 2), ("training_completed", 5))
    return {pid: TierInfo("Silver", 240.0, "Gold", 60.0, hint) for pid in ids or []}


def fake_signals(
    _s: Session, ids: Sequence[int] | None, _as_of: date
) -> dict[int, list[RiskSignal]]:
    return {
        pid: [
            RiskSignal("declining_activity", "medium", "events fell to 20% (ZZ-EVIDENCE)", "1on1"),
            RiskSignal(
                "channel_conflict",
                "high",
                f"2 partners claim 極秘顧客株式会社: {B_NAME}",
                "Decide who owns the customer and tell both partners.",
            ),
        ]
        for pid in ids or []
    }


def write_pdf(db: Database, pid: int, tmp_path: Path, variant: str, language: str) -> Path:
    return export_qbr(
        db,
        pid,
        QUARTER,
        tmp_path / f"{variant}-{language}.pdf",
        variant=variant,
        language=language,
        today=TODAY,
    )


# --- periods and helpers ------------------------------------------------------------------


def test_quarters_parse_and_bound() -> None:
    q = Quarter.parse("2026Q3")
    assert (q.start, q.end, q.label) == (date(2026, 7, 1), date(2026, 9, 30), "2026Q3")
    assert Quarter.parse(" 2026-q1 ").previous() == Quarter(2025, 4)
    assert Quarter(2025, 4).next() == Quarter(2026, 1)
    assert Quarter.of(date(2026, 12, 31)) == Quarter(2026, 4)
    for bad in ("2026Q5", "Q3", "2026", "26Q1"):
        with pytest.raises(ValueError, match="expected YYYYQn"):
            Quarter.parse(bad)
    assert quarter_as_of(q, date(2026, 8, 15)) == date(2026, 8, 15)
    assert quarter_as_of(q, date(2027, 1, 1)) == date(2026, 9, 30)
    with pytest.raises(QbrError, match="not started"):
        quarter_as_of(Quarter(2027, 1), date(2026, 12, 31))


def test_small_helpers() -> None:
    assert [band_of(n) for n in (25, 21, 20, 15, 14, 0)] == [
        "ideal",
        "ideal",
        "one_step",
        "one_step",
        "high_risk",
        "high_risk",
    ]
    assert [nice_max(v) for v in (0, 3, 5, 9, 17, 99)] == [4, 4, 8, 12, 20, 120]
    assert scrub(" (erased)さんの後任 ") == "—さんの後任"


# --- the data -----------------------------------------------------------------------------


def test_gathered_numbers(db: Database) -> None:
    """The whole QBR's data by hand, on SQLite and PostgreSQL alike."""
    ids = build_programme(db)
    with db.reading() as s:
        data = gather_qbr(s, ids.a, QUARTER, variant="internal", today=TODAY)
    assert data.as_of == date(2026, 9, 30)
    summary = {m.key: (m.current, m.previous) for m in data.summary}
    assert summary == {
        "deals_registered": (4, 2),
        "deals_won": (2, 1),
        "won_amount": (4_000_000, 1_000_000),  # the 2026-10-02 win is after the quarter
        "active_persons": (3, 2),  # the erased person's activity still counts
        "downloads": (5, 3),
        "trainings": (2, 1),
    }
    assert [(f.step, f.persons, f.reached_on) for f in data.funnel] == [
        ("registered", 4, date(2026, 1, 20)),
        ("material_download", 1, date(2026, 4, 2)),
        ("deal_consulted", 0, None),
        ("deal_registered", 3, date(2026, 4, 10)),
        ("proposal", 1, date(2026, 9, 21)),
    ]
    assert len(data.monthly) == 12 and data.monthly[-1].month == "2026-09"
    july = data.monthly[-3]
    assert (july.counts["material_download"], july.counts["lead_registered"]) == (5, 9)
    assert [(p.name, p.leads, p.deals, p.conversion) for p in data.people] == [
        ("山田 太郎", 4, 2, 0.5),
        ("佐藤 花子", 2, 1, 0.5),
        ("鈴木 次郎", 0, 0, None),
    ]
    assert [(c.title, c.done_on is not None, c.overdue) for c in data.checklist] == [
        ("キックオフ", True, False),
        ("製品研修の修了", False, True),
        ("同行訪問", False, False),
    ]
    assert [(g.metric, g.actual, round(g.progress, 2)) for g in data.goals] == [
        ("won_amount", 5_000_000, 0.5),
        ("deal_registered", 4, 0.4),
    ]
    p = data.pract
    assert p.self_assessment and p.manager
    assert (p.self_assessment.total, p.manager.total) == (13, 15)
    assert [p.gap(x) for x in ("perception", "readiness", "activate")] == [0, -2, 2]
    assert p.manager.comments == "社内: 協働が弱い"
    [meeting] = data.meetings
    assert meeting.attendees == ["山田 太郎"]
    assert ERASED not in meeting.topics and "(erased)" not in meeting.topics
    actions = [(a.title, a.side, a.owner, a.overdue) for a in data.open_actions]
    assert actions == [  # the carried-over item is listed once, in its own table
        ("競合比較表を送る", "vendor", "田中 美咲", True),
        ("販売計画を共有する", "partner", None, False),  # the erased owner is not named
    ]
    # open when the quarter began and promised before it: both sides, ours first; the item
    # kept last quarter (価格表を送る) is not carried over
    assert data.carried_over is not None
    assert [
        (c.title, c.side, c.owner, c.overdue, c.done_in_quarter) for c in data.carried_over
    ] == [
        ("四半期計画の資料を送る", "vendor", "田中 美咲", True, False),
        ("導入事例の取材に協力する", "partner", A_PERSONS[0], False, True),
    ]
    assert data.follow_through is not None
    assert data.follow_through["partner"].done_on_time == 1
    assert data.tier is None and data.risks is None  # no diagnosis engine installed
    assert [r.key for r in data.recommendations] == [
        "pract:activate",
        "onboarding",
        "signal:actions_overdue",
    ]


def test_carried_over_commitments_in_both_variants(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    """Issue 11: both sides' commitments open at the quarter start, the partner's variant in
    its own words (what we owe it first), the internal one in the vendor's."""
    partner = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "partner", "ja"))
    internal = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "internal", "ja"))
    english = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "partner", "en"))
    english = " ".join(english.split())  # table cells wrap
    section = partner[partner.index("前四半期からの継続事項（当社・貴社）") :]
    ours, theirs = (
        section.index("四半期計画の資料を送る"),
        section.index("導入事例の取材に協力する"),
    )
    assert ours < theirs  # what we owe the partner comes first
    assert "当社" in section[ours:theirs] and "期日超過" in section[ours:theirs]
    assert "貴社" in section[theirs:] and "今四半期に完了" in section[theirs:]
    assert "価格表を送る" not in partner  # kept before the quarter began
    assert "前四半期から持ち越した事項は" in partner
    assert "持ち越しの約束（双方）" not in partner
    section = internal[internal.index("前四半期から持ち越しの約束（双方）") :]
    assert "自社" in section and "パートナー" in section and "導入事例の取材に協力する" in section
    assert "Commitments carried over from last quarter (ours and yours)" in english
    assert "Done this" in english  # "Done this quarter", wrapped in its cell


def test_risks_are_worded_in_the_report_language(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    def signals(
        _s: Session, ids: Sequence[int] | None, _as_of: date
    ) -> dict[int, list[RiskSignal]]:
        facts = {"items": 3, "ours": 1, "theirs": 2, "oldest": "資料送付", "due": date(2026, 7, 1)}
        return {
            pid: [
                RiskSignal(
                    "actions_overdue",
                    "high",
                    "3 action items past due (ENGLISH-EVIDENCE)",
                    "Follow up on the overdue items.",
                    facts=dict(facts, days_late=91),
                ),
                RiskSignal("dormant", "high", "x", "手順書どおり再訪問", action_source="playbook"),
            ]
            for pid in ids or []
        }

    with adapters.use_providers(signals=signals):
        ja = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "internal", "ja"))
        en = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "internal", "en"))
    ja, en = ja.replace("\n", ""), en.replace("\n", " ")
    # (pdftotext -layout interleaves the wrapped cells of one row, so look for fragments)
    assert "期日超過のアクション3件（自社1件、パートナー" in ja
    assert "最も古いもの「資料送付」" in ja and "91日超過" in ja
    assert "ENGLISH-EVIDENCE" not in ja and "Follow up" not in ja
    assert "期日超過の項目をフォローする。" in ja
    assert "手順書どおり再訪問" in ja  # the manager's playbook wording as saved
    assert "ENGLISH-EVIDENCE" not in en and "Follow up on the overdue items." in en
    assert (
        texts.signal_evidence("actions_overdue", {"items": 3}, None, "fallback", "en") == "fallback"
    )  # numbers missing: the engine's own wording


def test_recommendations_are_not_repeated(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    def signals(
        _s: Session, ids: Sequence[int] | None, _as_of: date
    ) -> dict[int, list[RiskSignal]]:
        return {pid: [RiskSignal("onboarding_overdue", "high", "", "")] for pid in ids or []}

    with adapters.use_providers(signals=signals):
        text = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "partner", "ja"))
    assert text.count("未完了のオンボーディング項目の日程を次回の1on1で決めましょう。") == 1


def test_partner_variant_reads_no_internal_text(programme: Programme, sqlite_db: Database) -> None:
    with sqlite_db.reading() as s:
        data = gather_qbr(s, programme.a, QUARTER, variant="partner", today=TODAY)
    assert data.partner_notes == ""
    assert all(m.notes == "" for m in data.meetings)
    assert all(c.note == "" for c in data.checklist)
    assert all(g.note == "" for g in data.goals)
    assert data.pract.manager is not None and data.pract.manager.comments == ""
    assert data.risks is None


def test_bad_requests(programme: Programme, sqlite_db: Database) -> None:
    with sqlite_db.reading() as s:
        with pytest.raises(QbrError, match="no partner"):
            gather_qbr(s, 9999, QUARTER, today=TODAY)
        with pytest.raises(QbrError, match="unknown variant"):
            gather_qbr(s, programme.a, QUARTER, variant="public", today=TODAY)


# --- the PDF ------------------------------------------------------------------------------


def test_pdf_pages_render_with_japanese_text(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    path = write_pdf(sqlite_db, programme.a, tmp_path, "partner", "ja")
    pages = pdf_pages(path)
    assert pages >= 3
    subprocess.run(
        [need("pdftoppm"), "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    assert all(image.stat().st_size > 2_000 for image in images)  # not blank
    text = pdf_text(path)
    for expected in (
        "四半期ビジネスレビュー",
        A_NAME,
        "2026年 第3四半期",
        "今四半期のサマリー",
        "案件登録数",
        "¥4,000,000",
        "▲ +¥3,000,000",
        "案件化までの歩み",
        "担当者別の活動",
        *A_PERSONS,
        "オンボーディングの進捗",
        "1 / 3 完了",
        "共通の目標と進捗",
        "PRACT診断",
        "13 / 25",
        "15 / 25",
        "次の四半期に向けたご提案",
        "期日超過",
    ):
        assert expected in text, expected
    assert f"2/{pages}" in pdf_text(path, 2).replace(" ", "")  # "n / N" in the footer
    assert A_NAME in pdf_text(path, pages)  # the header repeats on every page


def test_every_font_is_embedded(programme: Programme, sqlite_db: Database, tmp_path: Path) -> None:
    for variant in ("partner", "internal"):
        for language in ("ja", "en"):
            fonts = pdf_fonts(write_pdf(sqlite_db, programme.a, tmp_path, variant, language))
            assert fonts
            for row in fonts:
                # name type [type2] encoding emb sub uni object ID
                emb, sub = row[-5], row[-4]
                assert (emb, sub) == ("yes", "yes"), row
                assert "IPAexGothic" in row[0]


def test_english_pdf(programme: Programme, sqlite_db: Database, tmp_path: Path) -> None:
    text = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "partner", "en"))
    for expected in (
        "Quarterly Business Review",
        "Q3 2026",
        "The quarter at a glance",
        "Deals registered",
        "Activity per person",
        A_NAME,
        "1 of 3 done",
    ):
        assert expected in text, expected


def test_variants_differ_in_internal_material(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    with adapters.use_providers(tiers=fake_tiers, signals=fake_signals):
        partner = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "partner", "ja"))
        internal = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "internal", "ja"))
    for note in INTERNAL_NOTES:
        assert note not in partner
        assert note in internal.replace("\n", ""), note
    assert "社内用" in internal and "社内用" not in partner
    # risk wording: the signals' evidence and vendor-only actions stay internal
    assert "ZZ-EVIDENCE" in internal and "ZZ-EVIDENCE" not in partner
    assert "リスクと推奨アクション" not in partner
    assert "離脱リスク" not in partner
    assert "Decide who owns" not in partner
    assert "1on1で最近の状況を伺い" in partner  # the partner-facing wording of the signal
    # the tier section comes from the (fake) diagnosis engine, in both variants
    assert "Silver" in partner and "60 pt" in partner
    assert "受注 2件 または 研修修了 5件" in partner


def test_sections_from_missing_sources_are_left_out(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    text = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "internal", "ja"))
    assert "ランクと次のランクまで" not in text
    assert "リスクと推奨アクション" not in text
    assert "次のアクション" in text


def test_no_other_partners_data_in_partner_pdf(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    """The leak scan: not B's name, persons, code or numbers; A's PDF in both languages."""
    with adapters.use_providers(tiers=fake_tiers, signals=fake_signals):
        for language in ("ja", "en"):
            text = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, "partner", language))
            flat = text.replace("\n", "").replace(" ", "")
            for secret in (B_NAME, *B_PERSONS, "P-0002", *B_SECRETS):
                assert secret.replace(" ", "") not in flat, secret


def test_erased_person_appears_nowhere(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    for variant in ("partner", "internal"):
        text = pdf_text(write_pdf(sqlite_db, programme.a, tmp_path, variant, "ja"))
        flat = text.replace("\n", "").replace(" ", "")
        assert ERASED.replace(" ", "") not in flat
        assert "(erased)" not in text and "erased@example.jp" not in text


def test_markup_in_data_is_printed_as_text(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    text = pdf_text(write_pdf(sqlite_db, programme.c, tmp_path, "internal", "ja"))
    assert "<b>太字</b> & 記号 <unclosed" in text
    assert '=HYPERLINK("http://evil.example","x")' in text


def test_long_tables_split_with_repeated_header(sqlite_db: Database, tmp_path: Path) -> None:
    from tests.factories import add_event, add_partner, add_person

    with sqlite_db.transaction() as s:
        p = add_partner(s, "大所帯商事", contract_date=date(2026, 1, 1))
        for i in range(90):
            person = add_person(s, p, f"担当者{i:02d}号")
            add_event(s, p, "lead_registered", date(2026, 7, 1 + i % 28), person=person)
        pid = p.id
    path = write_pdf(sqlite_db, pid, tmp_path, "partner", "ja")
    pages_with_header = [
        n
        for n in range(2, pdf_pages(path) + 1)
        if "担当者" in pdf_text(path, n)
        and "リード" in pdf_text(path, n)
        and "案件化率" in pdf_text(path, n)
    ]
    assert len(pages_with_header) >= 2  # the per-person table continues with its header
    text = pdf_text(path)
    assert "担当者00号" in text and "担当者89号" in text


def test_render_is_quick_and_small(programme: Programme, sqlite_db: Database) -> None:
    with sqlite_db.reading() as s:
        data = gather_qbr(s, programme.a, QUARTER, variant="internal", today=TODAY)
    pdf = render_qbr(data, language="ja")
    assert pdf.startswith(b"%PDF-")
    assert len(pdf) < 400_000  # the font is subsetted, not embedded whole (6 MB)


def _lines(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1000)
    out = []
    for line in paragraph.blPara.lines:
        words = getattr(line, "words", None)
        out.append(
            "".join(getattr(f, "text", "") for f in words)
            if words is not None
            else " ".join(line[1])
        )
    return out


def test_japanese_wraps_without_orphan_punctuation_and_english_keeps_words() -> None:
    register_font()
    style = ParagraphStyle("t", fontName=FONT, fontSize=8, leading=10.5)
    japanese = "・顧客からの要望を製品部門にフィードバックした。次回の定例で共有する。"
    for width in range(150, 200, 3):
        lines = _lines(_para(japanese, style), width)
        assert len(lines) >= 2
        assert not any(line.startswith(("。", "、", "）")) for line in lines), (width, lines)
    for width in range(48, 100, 4):  # each word fits on a line of its own
        lines = _lines(_para("Trainings completed", style), width)
        assert all(word in ("Trainings", "completed") for line in lines for word in line.split())
