"""Importing persons (パートナー担当者), matched within their partner by name.

Unknown partners are created (and listed) unless the import may not create rows. A person
already at that partner is a duplicate and left as edited in the app.
"""

from __future__ import annotations

from sqlalchemy import insert

from prm_core.importing.context import Context, FieldError, RowImporter, limited
from prm_core.importing.names import PartnerDirectory, PersonDirectory, persons_table
from prm_core.importing.values import (
    Cell,
    cell_error,
    clean_name,
    long_text,
    name_key,
    parse_flag,
    required_text,
    shown,
)
from prm_core.services import validate
from prm_core.services.errors import ValidationError


def _email(value: Cell) -> str | None:
    try:
        return validate.email(limited(254)(value))
    except ValidationError:  # the import's own reason, worded in the UI's language
        raise cell_error("bad_email", value=shown(value)) from None


def _phone(value: Cell) -> str | None:
    try:
        return validate.phone(limited(50)(value))
    except ValidationError:
        raise cell_error("bad_phone", value=shown(value)) from None


class PersonImporter(RowImporter):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.partners = PartnerDirectory(ctx.conn)
        self.persons = PersonDirectory(ctx.conn, self.partners)
        self.seen: set[tuple[int, str]] = set()
        self.parsers = [
            ("partner", required_text),
            ("name", required_text),
            ("role", limited(100)),
            ("email", _email),
            ("phone", _phone),
            ("is_key_person", parse_flag),
            ("notes", long_text),
        ]

    def accept(self, row: int, values: dict[str, object]) -> dict[str, object] | None:
        partner = str(values["partner"])
        name = str(values["name"])
        partner_id = self.partners.find(partner)
        if partner_id is None:
            if not self.ctx.create_missing:
                raise FieldError("partner", cell_error("unknown_partner", partner=partner))
            self.partners.create([partner])
            partner_id = self.partners.find(partner)
            assert partner_id is not None
        key = (partner_id, name_key(name))
        if key in self.seen or self.persons.find(partner_id, name) is not None:
            return None
        self.seen.add(key)
        fields = {k: v for k, v in values.items() if k != "partner"}
        clean = clean_name(name)
        self.persons.note_new(partner_id, clean)
        return {**fields, "partner_id": partner_id, "name": clean}

    def insert(self, rows: list[dict[str, object]]) -> None:
        self.ctx.conn.execute(insert(persons_table), rows)

    def finish(self, commit: bool) -> None:
        self.ctx.report.created_partners = list(self.partners.created)
        self.ctx.report.similar_names = [*self.partners.similar, *self.persons.similar]
