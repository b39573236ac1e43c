"""Hand-made rows for the diagnosis tests (helpers only; no tests live here)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from prm_core.cli.main import main
from prm_core.orm import ActionItem, ChecklistItem, Intervention, Partner

#: The as-of date of every read test (reads never compare with the real today).
AS_OF = date(2026, 6, 30)


def days_ago(n: int, as_of: date = AS_OF) -> date:
    return as_of - timedelta(days=n)


def add_checklist_item(
    session: Session,
    partner: Partner,
    title: str,
    due_on: date,
    done_on: date | None = None,
    *,
    position: int = 0,
) -> ChecklistItem:
    item = ChecklistItem(
        partner_id=partner.id, title=title, due_on=due_on, done_on=done_on, position=position
    )
    session.add(item)
    session.flush()
    return item


def add_action_item(
    session: Session,
    partner: Partner,
    title: str,
    due_on: date,
    *,
    side: str = "vendor",
    status: str = "open",
    done_on: date | None = None,
) -> ActionItem:
    item = ActionItem(
        partner_id=partner.id,
        title=title,
        due_on=due_on,
        side=side,
        status=status,
        done_on=done_on,
    )
    session.add(item)
    session.flush()
    return item


def add_intervention(
    session: Session,
    partner: Partner,
    occurred_on: date,
    *,
    category: str = "1on1",
    action: str = "Hear what changed",
    signal_key: str | None = None,
) -> Intervention:
    row = Intervention(
        partner_id=partner.id,
        occurred_on=occurred_on,
        category=category,
        action=action,
        signal_key=signal_key,
        notes="",
    )
    session.add(row)
    session.flush()
    return row


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
