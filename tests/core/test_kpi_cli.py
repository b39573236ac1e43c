"""``prm kpi``: the JSON shape of the issue, the table, and exit code 2 on bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from prm_core.cli.main import main
from prm_core.database import open_database
from prm_core.orm import Content
from tests.factories import add_event, add_partner, add_person


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "kpi.db"
    db = open_database(path)
    with db.transaction() as s:
        s.add(Content(name="導入事例集"))
        s.flush()
        sakura = add_partner(
            s, "株式会社さくら", code="P-1", type="agency", contract_date=date(2026, 1, 5)
        )
        other = add_partner(s, "北斗", contract_date=date(2026, 2, 5))
        person = add_person(s, sakura, "山田 太郎")
        add_event(s, sakura, "material_download", date(2026, 9, 3), content_id=1)
        add_event(s, sakura, "lead_registered", date(2026, 9, 4), person=person)
        add_event(s, sakura, "deal_registered", date(2026, 9, 5), person=person)
        add_event(s, sakura, "login", date(2026, 9, 5), person=person)
        add_event(s, other, "login", date(2026, 8, 5))
    db.close()
    return str(path)


def test_json_has_exactly_the_issue_shape(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "--db", db_path, "kpi", "--as-of", "2026-09-30", "--format", "json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    issue_keys = [
        "as_of",
        "from",
        "to",
        "level",
        "registered",
        "journey",
        "content_downloads",
        "activation",
        "people",
        "top_person_share",
        "retention",
        "phases",
    ]
    assert [k for k in data if k in issue_keys] == issue_keys
    assert (data["as_of"], data["from"], data["to"], data["level"]) == (
        "2026-09-30",
        "2026-09-01",
        "2026-09-30",
        "partner",
    )
    assert data["registered"] == 2
    assert [j["step"] for j in data["journey"]] == [
        "registered",
        "material_download",
        "deal_consulted",
        "deal_registered",
        "proposal",
    ]
    assert data["journey"][0] == {"step": "registered", "count": 2, "rate": 1.0, "step_rate": 1.0}
    assert data["journey"][1] == {
        "step": "material_download",
        "count": 1,
        "rate": 0.5,
        "step_rate": 0.5,
    }
    downloads = data["content_downloads"]
    assert {"total", "per_partner", "by_content"} <= set(downloads)
    assert (downloads["total"], downloads["per_partner"]) == (1, 0.5)
    assert downloads["by_content"][0]["content"] == "導入事例集"
    assert downloads["by_content"][0]["downloads"] == 1
    assert data["activation"] == {
        "deals_registered": 1,
        "activated_partners": 1,
        "deals_per_activated_partner": 1.0,
        "activation_rate": 0.5,
    }
    [person] = data["people"]
    assert {k: person[k] for k in ("partner", "person", "leads", "deals", "conversion")} == {
        "partner": "株式会社さくら",
        "person": "山田 太郎",
        "leads": 1,
        "deals": 1,
        "conversion": 1.0,
    }
    [share] = data["top_person_share"]
    assert (share["partner"], share["share"]) == ("株式会社さくら", 1.0)
    retention = data["retention"]
    assert {k: retention[k] for k in ("registered", "active", "rate", "window_days")} == {
        "registered": 2,
        "active": 2,
        "rate": 1.0,
        "window_days": 90,
    }
    assert [(c["month"], c["size"]) for c in retention["cohorts"]] == [
        ("2026-01", 1),
        ("2026-02", 1),
    ]
    assert len(retention["cohorts"][0]["active_by_month"]) == 9
    assert data["phases"] == {"onboarding": 1, "activation": 1, "retention": 0, "dormant": 0}
    assert list(data["phases"]) == ["onboarding", "activation", "retention", "dormant"]


def test_options_narrow_the_question(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    def kpi(*args: str) -> dict[str, object]:
        code, out, _ = run(
            capsys, "--db", db_path, "kpi", "--as-of", "2026-09-30", "--format", "json", *args
        )
        assert code == 0
        result: dict[str, object] = json.loads(out)
        return result

    assert kpi("--partner", "株式会社さくら")["registered"] == 1
    assert kpi("--partner", "P-1")["registered"] == 1  # the code works too
    assert kpi("--type", "agency")["registered"] == 1
    assert kpi("--territory", "関東")["registered"] == 0
    person = kpi("--level", "person")
    assert (person["level"], person["registered"]) == ("person", 1)
    period = kpi("--from", "2026-08-01", "--to", "2026-08-31")
    assert (period["from"], period["to"]) == ("2026-08-01", "2026-08-31")
    assert period["activation"] == {
        "deals_registered": 0,
        "activated_partners": 0,
        "deals_per_activated_partner": 0.0,
        "activation_rate": 0.0,
    }
    assert kpi("--from", "2026-09-01")["to"] == "2026-09-30"


def test_table_prints_every_section(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db_path, "kpi", "--as-of", "2026-09-30")
    assert code == 0
    for text in (
        "as of 2026-09-30",
        "Journey",
        "material_download",
        "Content downloads: 1",
        "導入事例集",
        "Activation",
        "People",
        "山田 太郎",
        "Top person share",
        "Retention: 2 of 2",
        "2026-01",
        "Phases",
        "onboarding",
    ):
        assert text in out, text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partner", "nobody"], "unknown partner: nobody"),
        (["--as-of", "2026-13-01"], "bad date for --as-of"),
        (["--as-of", "yesterday"], "bad date for --as-of"),
        (["--from", "2026/09/01"], "bad date for --from"),
        (["--from", "2026-09-10", "--to", "2026-09-01"], "after its end"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    db_path: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", db_path, "kpi", "--format", "json", *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("prm: error:") and message in err


def test_unknown_level_is_a_usage_error(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_path, "kpi", "--level", "team")[0] == 2


def test_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "empty.db")
    code, out, _ = run(capsys, "--db", path, "kpi", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["registered"] == 0 and data["as_of"] == date.today().isoformat()
    code, out, _ = run(capsys, "--db", path, "kpi")
    assert code == 0 and "(no leads or deals)" in out
