"""Importing the partner list (パートナー一覧) that managers keep in Excel.

A partner already in the database (same name, compared width- and case-insensitively) is a
duplicate and left as it is: an import never overwrites what was edited in the app.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import insert

from prm_core.importing.context import Context, FieldError, RowImporter, limited
from prm_core.importing.names import PartnerDirectory, partners_table
from prm_core.importing.values import (
    Cell,
    Vocabulary,
    cell_error,
    clean_name,
    long_text,
    name_key,
    parse_date,
    required_text,
    vocabulary,
)
from prm_core.kinds import PARTNER_TYPE_LABELS_JA, PartnerStatus, PartnerType

#: Japanese spellings of the statuses seen in partner lists (the keys work too); the first
#: of each is the partner form's own word, the one the wizard suggests.
PARTNER_STATUS_LABELS_JA: dict[str, str] = {
    "契約中": PartnerStatus.ACTIVE.value,
    "有効": PartnerStatus.ACTIVE.value,
    "稼働中": PartnerStatus.ACTIVE.value,
    "休止中": PartnerStatus.SUSPENDED.value,
    "休止": PartnerStatus.SUSPENDED.value,
    "停止": PartnerStatus.SUSPENDED.value,
    "停止中": PartnerStatus.SUSPENDED.value,
    "契約終了": PartnerStatus.TERMINATED.value,
    "解約": PartnerStatus.TERMINATED.value,
    "終了": PartnerStatus.TERMINATED.value,
}

PARTNER_TYPES = vocabulary(
    PartnerType,
    {
        **{label: t.value for t, label in PARTNER_TYPE_LABELS_JA.items()},
        "代理店(取次)": PartnerType.AGENCY.value,  # an earlier label of ours: still accepted
    },
)
PARTNER_STATUSES = vocabulary(PartnerStatus, PARTNER_STATUS_LABELS_JA)


def _code(value: Cell) -> str | None:
    text = limited(50)(value)
    return unicodedata.normalize("NFKC", text) if text else None


class PartnerImporter(RowImporter):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.directory = PartnerDirectory(ctx.conn)
        self.codes: dict[str, str] = {
            code: name
            for code, name in ctx.conn.execute(
                partners_table.select()
                .with_only_columns(partners_table.c.code, partners_table.c.name)
                .where(partners_table.c.code.is_not(None))
            )
        }
        self.seen: set[str] = set()
        types = Vocabulary(PARTNER_TYPES, "partner type")
        statuses = Vocabulary(PARTNER_STATUSES, "status")
        self.parsers = [
            ("name", required_text),
            ("code", _code),
            ("name_kana", limited(200)),
            ("type", lambda c: types.optional(c, PartnerType.RESELLER.value)),
            ("territory", limited(100)),
            ("industry", limited(100)),
            ("contract_date", parse_date),
            ("status", lambda c: statuses.optional(c, PartnerStatus.ACTIVE.value)),
            ("tier", limited(32)),
            ("owner", limited(100)),
            ("notes", long_text),
        ]

    def accept(self, row: int, values: dict[str, object]) -> dict[str, object] | None:
        name = str(values["name"])
        key = name_key(name)
        if key in self.seen or self.directory.find(name) is not None:
            return None
        code = values.get("code")
        if isinstance(code, str):
            holder = self.codes.get(code)
            if holder is not None:
                raise FieldError("code", cell_error("code_in_use", code=code, holder=holder))
            self.codes[code] = name
        self.seen.add(key)
        clean = clean_name(name)
        self.directory.note_new(clean)
        return {**values, "name": clean}

    def insert(self, rows: list[dict[str, object]]) -> None:
        self.ctx.conn.execute(insert(partners_table), rows)

    def finish(self, commit: bool) -> None:
        self.ctx.report.similar_names = list(self.directory.similar)
