"""Which file column feeds which field: header aliases, automatic mapping, saved mappings.

A mapping is ``{header text: field key or None}`` (None = ignore the column). Users' files
name columns in English or Japanese, with stray spaces, full-width letters or underscores,
so headers are compared through ``header_key``. A mapping chosen in the wizard is saved
under the file's *header signature* so the next export from the same system maps itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from prm_core.importing.report import ImportRefused, refused


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One importable field: its canonical key, Japanese label, and accepted header aliases;
    ``label_en`` is how an English screen names it (the wizard's column mapping)."""

    key: str
    label_ja: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    label_en: str = ""

    @property
    def headers(self) -> tuple[str, ...]:
        """Every header text that maps to this field (the key and labels first)."""
        return (
            self.key,
            self.label_ja,
            *((self.label_en,) if self.label_en else ()),
            *self.aliases,
        )


F = FieldSpec

#: Fields per import target. Keys and the first Japanese label of the events and deal fields
#: are fixed by domain.md; the other aliases are common spellings in SFA/portal exports.
FIELDS: Final[dict[str, tuple[FieldSpec, ...]]] = {
    "events": (
        F(
            "occurred_at",
            "日時",
            True,
            ("日付", "発生日時", "date", "datetime", "timestamp"),
            "Date and time",
        ),
        F(
            "partner",
            "パートナー",
            True,
            ("パートナー名", "パートナー企業", "会社名", "partner name"),
            "Partner",
        ),
        F("person", "担当者", False, ("担当者名", "氏名", "person name"), "Person"),
        F(
            "kind",
            "種別",
            True,
            ("イベント", "イベント種別", "event", "event kind", "type"),
            "Kind",
        ),
        F("content", "資料", False, ("資料名", "コンテンツ", "material"), "Content"),
        F("deal", "案件", False, ("案件名", "deal name"), "Deal"),
        F("customer", "顧客名", False, ("顧客", "エンド顧客", "end customer"), "Customer"),
        F("amount", "金額", False, ("金額(円)", "金額（円）", "amount (jpy)"), "Amount (JPY)"),
        F(
            "external_id",
            "ID",
            False,
            ("外部ID", "イベントID", "external id", "event id"),
            "External ID",
        ),
    ),
    "partners": (
        F(
            "name",
            "パートナー",
            True,
            ("パートナー名", "パートナー企業", "会社名", "企業名", "partner"),
            "Partner name",
        ),
        F("code", "コード", False, ("パートナーコード", "partner code"), "Code"),
        F("name_kana", "フリガナ", False, ("カナ", "ふりがな", "kana"), "Reading (kana)"),
        F("type", "種別", False, ("区分", "タイプ", "partner type"), "Partner type"),
        F("territory", "地域", False, ("エリア", "テリトリー", "region"), "Territory"),
        F("industry", "業種", False, ("得意業種", "industry focus"), "Industry"),
        F("contract_date", "契約日", False, ("契約開始日", "contract"), "Contract date"),
        F("status", "ステータス", False, ("状態",), "Status"),
        F("tier", "ランク", False, ("ティア",), "Tier"),
        F("owner", "担当マネージャー", False, ("オーナー", "担当", "channel manager"), "Owner"),
        F("notes", "備考", False, ("メモ", "note"), "Notes"),
    ),
    "persons": (
        F("partner", "パートナー", True, ("パートナー名", "パートナー企業", "会社名"), "Partner"),
        F("name", "担当者", True, ("担当者名", "氏名", "名前", "person"), "Person name"),
        F("role", "役職", False, ("肩書", "title"), "Role"),
        F("email", "メール", False, ("メールアドレス", "e-mail", "mail"), "Email"),
        F("phone", "電話", False, ("電話番号", "tel", "telephone"), "Phone"),
        F("is_key_person", "キーマン", False, ("key person", "keyperson"), "Key person"),
        F("notes", "備考", False, ("メモ", "note"), "Notes"),
    ),
    "contents": (
        F(
            "name",
            "資料",
            True,
            ("資料名", "コンテンツ", "コンテンツ名", "content", "material"),
            "Content name",
        ),
        F("kind", "種類", False, ("資料種別", "区分", "type"), "Kind"),
    ),
}


def targets() -> tuple[str, ...]:
    return tuple(FIELDS)


def fields_of(target: str) -> tuple[FieldSpec, ...]:
    try:
        return FIELDS[target]
    except KeyError:
        raise ValueError(f"unknown import target {target!r}; one of {', '.join(FIELDS)}") from None


def header_key(header: str) -> str:
    """Headers compare width-folded, case-folded, without spaces, underscores or hyphens."""
    text = unicodedata.normalize("NFKC", header).casefold()
    return "".join(ch for ch in text if not ch.isspace() and ch not in "_-・")


def _alias_table(specs: Sequence[FieldSpec]) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in specs:
        for alias in spec.headers:
            table.setdefault(header_key(alias), spec.key)
    return table


def auto_mapping(headers: Sequence[str], target: str = "events") -> dict[str, str | None]:
    """Each header → the field it names, or None when unknown (or already taken on the left)."""
    return _automatic(headers, fields_of(target))


def _automatic(headers: Sequence[str], specs: Sequence[FieldSpec]) -> dict[str, str | None]:
    table = _alias_table(specs)
    taken: set[str] = set()
    result: dict[str, str | None] = {}
    for header in headers:
        key = table.get(header_key(header))
        if key is not None and key in taken:
            key = None
        if key is not None:
            taken.add(key)
        result[header] = key
    return result


#: How ``sources`` makes a repeated header unique: "kind", "kind (2)".
_REPEATED: Final = re.compile(r"(.+) \((\d+)\)")


def _refuse_silent_duplicates(
    headers: Sequence[str],
    table: Mapping[str, str],
    chosen: Mapping[str, str | None],
    mapping: Mapping[str, str | None],
) -> None:
    """Two columns that both name a field (``partner`` and ``パートナー``, or ``kind`` twice)
    would leave the second silently unread: refused unless a mapping says what to do with
    either (a field mapped explicitly to one column takes it from the other on purpose).
    """
    owner = {key: header for header, key in chosen.items() if key}
    for header in headers:
        if header in mapping or chosen.get(header):
            continue
        repeated = _REPEATED.fullmatch(header)
        key = table.get(header_key(header)) or (
            table.get(header_key(repeated[1])) if repeated else None
        )
        if key is not None and key in owner and owner[key] not in mapping:
            raise refused("refused.two_columns", field=key, first=owner[key], second=header)


def resolve_mapping(
    headers: Sequence[str], target: str, mapping: Mapping[str, str | None] | None = None
) -> dict[str, int]:
    """field → column index, after applying ``mapping`` over the automatic one.

    Raises ``ImportRefused`` for a field that does not exist, a field fed by two columns, a
    mapping naming a header the file lacks, or a required field without a column.
    """
    return resolve_fields(headers, fields_of(target), target, mapping)


def resolve_fields(
    headers: Sequence[str],
    fields: Sequence[FieldSpec],
    target: str,
    mapping: Mapping[str, str | None] | None = None,
) -> dict[str, int]:
    """``resolve_mapping`` for any set of fields (deal registrations have their own);
    ``target`` names them in messages."""
    specs = {s.key: s for s in fields}
    table = _alias_table(fields)
    chosen = _automatic(headers, fields)
    if mapping:
        missing_headers = [h for h in mapping if h not in chosen]
        if missing_headers:
            raise refused(
                "refused.mapping_missing_headers",
                headers=", ".join(f'"{h}"' for h in missing_headers),
            )
        for header, name in mapping.items():
            if name is None or name == "":
                chosen[header] = None
                continue
            key = name if name in specs else table.get(header_key(name))
            if key is None:
                raise refused(
                    "refused.unknown_field",
                    field=name,
                    header=header,
                    target=target,
                    fields=", ".join(specs),
                )
            chosen[header] = key
        # A field the user mapped explicitly wins over the automatic guess for another column.
        explicit = {chosen[h] for h in mapping if chosen.get(h)}
        for header in chosen:
            if header not in mapping and chosen[header] in explicit:
                chosen[header] = None
    _refuse_silent_duplicates(headers, table, chosen, mapping or {})
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = chosen.get(header)
        if key is None:
            continue
        if key in columns:
            raise refused(
                "refused.two_columns", field=key, first=headers[columns[key]], second=header
            )
        columns[key] = index
    missing = [s for s in specs.values() if s.required and s.key not in columns]
    if missing:
        names = ", ".join(f'"{s.key}" ({s.label_ja})' for s in missing)
        raise refused(
            "refused.required_missing",
            fields=names,
            headers=", ".join(f'"{h}"' for h in headers),
        )
    return columns


# --- mapping files -----------------------------------------------------------------------


def read_mapping_file(path: str | os.PathLike[str]) -> dict[str, str | None]:
    """A ``--mapping`` JSON file: ``{"header": "field" or null, ...}``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ImportRefused(f"cannot read the mapping file {path}: {exc.strerror}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ImportRefused(f"the mapping file {path} is not valid JSON: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]  # the saved-mapping layout is accepted too
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise ImportRefused(
            f'the mapping file {path} must be a JSON object {{"header": "field" or null}}'
        )
    return dict(data)


def header_signature(headers: Sequence[str]) -> str:
    """Identifies a file layout: the same export from the same system gives the same value,
    whatever the order of its columns (a mapping names columns by header, not position, and
    a report exported with its columns rearranged is still the same report)."""
    return _signature(sorted(header_key(h) for h in headers))


def _ordered_signature(headers: Sequence[str]) -> str:
    """The signature mappings were saved under before it ignored column order."""
    return _signature([header_key(h) for h in headers])


def _signature(keys: Sequence[str]) -> str:
    return hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()[:16]


def default_mapping_store() -> Path:
    from prm_core.database import data_dir

    return data_dir() / "import-mappings.json"


def _load_store(store: Path) -> dict[str, object]:
    try:
        data = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _saved_entry(headers: Sequence[str], target: str, store: Path | None) -> dict[str, Any] | None:
    saved = _load_store(store or default_mapping_store())
    entry = saved.get(f"{target}:{header_signature(headers)}") or saved.get(
        f"{target}:{_ordered_signature(headers)}"
    )
    if not isinstance(entry, dict) or not isinstance(entry.get("columns"), dict):
        return None
    return entry


def saved_source(headers: Sequence[str], target: str, store: Path | None = None) -> str | None:
    """The source name saved with this layout's mapping (an export of another system whose
    ids must not meet ours), if one was given."""
    entry = _saved_entry(headers, target, store)
    source = entry.get("source") if entry else None
    return source if isinstance(source, str) and source.strip() else None


def saved_mapping(
    headers: Sequence[str], target: str, store: Path | None = None
) -> dict[str, str | None] | None:
    """The mapping saved for this header signature, if any (only headers still present)."""
    entry = _saved_entry(headers, target, store)
    if entry is None:
        return None
    valid = {s.key for s in fields_of(target)}
    return {
        h: (v if isinstance(v, str) and v in valid else None)
        for h, v in entry["columns"].items()
        if h in headers
    }


def suggested_mapping(
    headers: Sequence[str], target: str, store: Path | None = None
) -> dict[str, str | None]:
    """What the wizard shows first: the saved mapping for this layout, else the automatic one."""
    mapping = auto_mapping(headers, target)
    saved = saved_mapping(headers, target, store)
    if saved:
        mapping.update(saved)
    return mapping


def save_mapping(
    headers: Sequence[str],
    target: str,
    mapping: Mapping[str, str | None],
    store: Path | None = None,
    *,
    source: str | None = None,
) -> None:
    """Remember ``mapping`` for files with these headers (atomic write; last writer wins),
    and ``source`` with it when the file's events are kept apart under their own source."""
    path = store or default_mapping_store()
    data = _load_store(path)
    data.pop(f"{target}:{_ordered_signature(headers)}", None)  # superseded, if any
    entry: dict[str, object] = {
        "headers": list(headers),
        "columns": {h: mapping.get(h) for h in headers},
    }
    if source:
        entry["source"] = source
    data[f"{target}:{header_signature(headers)}"] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".import-mappings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
