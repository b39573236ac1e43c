"""Signal evidence counts read naturally in both languages ("1 action item", "2 action items")."""

from __future__ import annotations

from datetime import date

from prm_core.diagnosis.signal_base import Signal
from prm_desktop.i18n import Translations
from prm_desktop.models.diagnosis_models import evidence_text


def _signal(key: str, **facts: object) -> Signal:
    return Signal(
        partner_id=1, partner="アルファ", signal=key, severity="high", evidence="engine",
        action="", facts=facts,
    )  # fmt: skip


def _overdue(items: int) -> Signal:
    return _signal(
        "actions_overdue", items=items, ours=items, theirs=0, oldest="価格表を送る",
        due=date(2026, 9, 1), days_late=12,
    )  # fmt: skip


def test_english_counts_take_singular_and_plural(translations: Translations) -> None:
    assert evidence_text(_overdue(1)).startswith("1 action item past due (1 ours, 0 the")
    assert evidence_text(_overdue(3)).startswith("3 action items past due (3 ours, 0 the")
    steps = _signal(
        "onboarding_overdue", items=1, oldest="初回研修", due=date(2026, 9, 1), days_late=5
    )
    assert (
        evidence_text(steps)
        == "1 onboarding step overdue; oldest “初回研修”, due 2026-09-01 (5 days ago)"
    )
    training = _signal("training_without_proposals", days=40, trainings=1)
    assert (
        evidence_text(training)
        == "first training completed 40 days ago (1 training), no proposal since"
    )


def test_japanese_counts(translations: Translations) -> None:
    translations.switch("ja")
    assert evidence_text(_overdue(2)) == (
        "アクションアイテム2件が期限切れ（自社2件、パートナー0件）。最も古いのは「価格表を送る」、"
        "期限2026-09-01（12日前）"
    )
