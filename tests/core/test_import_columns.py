"""Header aliases, the automatic mapping, mapping files and mappings saved by signature."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from prm_core.importing import (
    ImportRefused,
    auto_mapping,
    header_signature,
    read_mapping_file,
    resolve_mapping,
    save_mapping,
    saved_mapping,
    saved_source,
    source_name,
    suggested_mapping,
)
from tests.core.test_import_support import EN_HEADER, JA_HEADER


def test_english_and_japanese_headers_map_to_the_same_fields() -> None:
    en = auto_mapping(EN_HEADER, "events")
    ja = auto_mapping(JA_HEADER, "events")
    assert (
        list(en.values())
        == list(ja.values())
        == [
            "occurred_at",
            "partner",
            "person",
            "kind",
            "content",
            "deal",
            "amount",
            "external_id",
        ]
    )


def test_every_field_has_an_english_label_that_maps_back_to_it() -> None:
    """The wizard names fields by label (日時 / Date and time); a file whose headers are
    those labels, in either language, maps without asking."""
    from prm_core.importing.columns import FIELDS

    for target, specs in FIELDS.items():
        assert all(s.label_en and s.label_ja for s in specs), target
        for labels in ([s.label_en for s in specs], [s.label_ja for s in specs]):
            assert list(auto_mapping(labels, target).values()) == [s.key for s in specs]


def test_header_spelling_noise_is_ignored() -> None:
    mapping = auto_mapping(["Occurred At", "ＰＡＲＴＮＥＲ", " kind ", "External-ID", "備考"])
    assert mapping == {
        "Occurred At": "occurred_at",
        "ＰＡＲＴＮＥＲ": "partner",
        " kind ": "kind",
        "External-ID": "external_id",
        "備考": None,
    }


def test_first_column_wins_a_field() -> None:
    assert auto_mapping(["日時", "日付", "partner", "kind"])["日付"] is None


def test_targets_have_their_own_aliases() -> None:
    assert auto_mapping(["パートナー", "種別"], "partners") == {
        "パートナー": "name",
        "種別": "type",
    }
    assert auto_mapping(["パートナー", "担当者", "キーマン"], "persons") == {
        "パートナー": "partner",
        "担当者": "name",
        "キーマン": "is_key_person",
    }


def test_resolve_mapping_overrides_and_checks() -> None:
    headers = ["when", "company", "種別", "memo"]
    with pytest.raises(ImportRefused, match=r'required column missing: "occurred_at" \(日時\)'):
        resolve_mapping(headers, "events")
    columns = resolve_mapping(headers, "events", {"when": "occurred_at", "company": "パートナー"})
    assert columns == {"occurred_at": 0, "partner": 1, "kind": 2}
    with pytest.raises(ImportRefused, match='unknown field "colour"'):
        resolve_mapping(headers, "events", {"when": "colour"})
    with pytest.raises(ImportRefused, match="does not have"):
        resolve_mapping(headers, "events", {"nope": "kind"})
    with pytest.raises(ImportRefused, match='two columns feed the field "partner"'):
        resolve_mapping(
            headers, "events", {"when": "occurred_at", "company": "partner", "memo": "partner"}
        )
    # an explicit choice takes the field away from the automatic guess
    columns = resolve_mapping(["日時", "パートナー", "種別", "kind2"], "events", {"kind2": "kind"})
    assert columns["kind"] == 3
    # and None ignores a column the automatic mapping would have used
    columns = resolve_mapping(["日時", "パートナー", "種別", "ID"], "events", {"ID": None})
    assert "external_id" not in columns


def test_mapping_file(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"when": "occurred_at", "memo": None}), encoding="utf-8")
    assert read_mapping_file(path) == {"when": "occurred_at", "memo": None}
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ImportRefused, match="must be a JSON object"):
        read_mapping_file(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ImportRefused, match="not valid JSON"):
        read_mapping_file(path)
    with pytest.raises(ImportRefused, match="cannot read"):
        read_mapping_file(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("headers", "second"),
    [
        (["occurred_at", "partner", "kind", "kind (2)"], "kind (2)"),  # "kind" twice in the file
        (["occurred_at", "partner", "kind", "種別"], "種別"),  # two spellings of one field
    ],
)
def test_two_columns_naming_one_field_are_refused_not_half_read(
    headers: list[str], second: str
) -> None:
    """The second column used to be dropped without a word (its values never imported)."""
    expected = re.escape(f'feed the field "kind": "kind" and "{second}"')
    with pytest.raises(ImportRefused, match=expected):
        resolve_mapping(headers, "events")
    # a mapping that says what the second column is settles it
    assert resolve_mapping(headers, "events", {second: None})["kind"] == 2
    assert resolve_mapping(headers, "events", {"kind": None, second: "kind"})["kind"] == 3
    # a column that only looks numbered is not a repeat
    assert "kind" in resolve_mapping(["occurred_at", "partner", "kind", "memo (2)"], "events")


def test_saved_mappings_are_found_by_header_signature(tmp_path: Path) -> None:
    store = tmp_path / "mappings.json"
    headers = ["when", "company", "種別"]
    assert saved_mapping(headers, "events", store) is None
    save_mapping(headers, "events", {"when": "occurred_at", "company": "partner"}, store)
    assert saved_mapping(headers, "events", store) == {
        "when": "occurred_at",
        "company": "partner",
        "種別": None,
    }
    suggested = suggested_mapping(headers, "events", store)
    assert suggested == {"when": "occurred_at", "company": "partner", "種別": None}
    # the same layout spelled with other spacing/width has the same signature
    assert header_signature(["When", "ＣＯＭＰＡＮＹ", "種別"]) == header_signature(headers)
    assert saved_mapping(headers, "partners", store) is None
    assert suggested_mapping(["other"], "events", store) == {"other": None}
    store.write_text("not json", encoding="utf-8")
    assert saved_mapping(headers, "events", store) is None


def test_a_source_is_saved_with_its_layouts_mapping(tmp_path: Path) -> None:
    """Another system's export keeps its own source next time; saving the layout again
    without one (back to "import") forgets it."""
    store = tmp_path / "mappings.json"
    headers = ["日時", "取引先", "種別", "ID"]
    assert saved_source(headers, "events", store) is None
    save_mapping(headers, "events", {"日時": "occurred_at"}, store, source="SFA")
    assert saved_source(list(reversed(headers)), "events", store) == "SFA"
    assert saved_source(headers, "partners", store) is None
    assert saved_source(["日時"], "events", store) is None
    save_mapping(headers, "events", {"日時": "occurred_at"}, store)
    assert saved_source(headers, "events", store) is None
    assert saved_mapping(headers, "events", store) == {
        "日時": "occurred_at",
        "取引先": None,
        "種別": None,
        "ID": None,
    }


def test_a_saved_mapping_is_found_whatever_the_column_order(tmp_path: Path) -> None:
    """A mapping names columns by header, so the same export with its columns moved is the
    same layout (it used to need the same order, and a reordered report mapped nothing)."""
    store = tmp_path / "mappings.json"
    save_mapping(["when", "company", "what"], "events", {"when": "occurred_at"}, store)
    moved = ["what", "when", "company"]
    assert header_signature(moved) == header_signature(["when", "company", "what"])
    assert saved_mapping(moved, "events", store) == {
        "what": None,
        "when": "occurred_at",
        "company": None,
    }
    assert header_signature(["when", "company"]) != header_signature(moved)  # not a subset


def test_a_mapping_saved_under_the_ordered_signature_is_still_found(tmp_path: Path) -> None:
    """Mappings saved before the signature ignored column order keep working, and saving
    again moves them to the new signature instead of leaving two entries."""
    store = tmp_path / "mappings.json"
    headers = ["when", "company", "what"]
    ordered = hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
    entry = {"headers": headers, "columns": {"when": "occurred_at", "company": "partner"}}
    store.write_text(json.dumps({f"events:{ordered}": entry}), encoding="utf-8")
    assert saved_mapping(headers, "events", store) == {
        "when": "occurred_at",
        "company": "partner",
    }
    save_mapping(headers, "events", {"when": "occurred_at", "what": "kind"}, store)
    keys = list(json.loads(store.read_text(encoding="utf-8")))
    assert keys == [f"events:{header_signature(headers)}"]
    assert saved_mapping(headers, "events", store) == {
        "when": "occurred_at",
        "company": None,
        "what": "kind",
    }


def test_a_source_is_taken_as_typed_but_for_its_ends() -> None:
    """``prm import --source`` and the wizard's Source store the same text: events dedupe
    on (source, ID), so a space typed inside (an IME's full-width one too) is kept, and
    one typed around is not."""
    assert source_name(" SFA\u3000東京\u3000") == "SFA\u3000東京"
    assert source_name("😀" * 200) == "😀" * 200  # characters, not UTF-16 units
    for bad in ("", "\u3000 ", "x" * 201):
        with pytest.raises(ValueError, match="1 to 200 characters"):
            source_name(bad)
