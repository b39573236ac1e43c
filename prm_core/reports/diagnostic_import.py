"""Reading a returned Excel diagnostic back: checks first, then one ``self`` assessment.

Everything is checked before anything is written, and each problem has its own message and
``reason`` (the CLI prints the message, tests look at the reason):

=================  ==========================================================================
``not_found``      the path is not a file
``macro``          a macro-enabled workbook (.xlsm …) or a package holding macros
``not_xlsx``       not an .xlsx workbook (wrong extension, or no workbook inside)
``too_large``      larger than a returned diagnostic can be (file or unpacked size, parts)
``damaged``        not a readable zip/.xlsx (truncated, corrupted)
``not_diagnostic`` a workbook without our export id
``schema``         written by a newer version (unknown schema version)
``tampered``       the hidden sheet and the document properties disagree
``unknown_export`` the export id is not in this database
``other_partner``  the export id belongs to another partner than the file names
``score_missing``  a score cell's defined name is gone or no longer one cell
``score_empty``    a score was left empty
``score_text``     a score cell holds text (even "3": the drop-down gives numbers)
``score_range``    a score outside 0–5, or not a whole number
``comment_long``   a comment longer than :data:`COMMENT_MAX` characters
``already_imported`` this file was imported before with other answers
=================  ==========================================================================

The same returned file imported twice creates no second assessment: the second import finds
the assessment of that export id (``source_export_id`` is unique) and reports it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from prm_core.database import Database
from prm_core.importing.messages import Params, english, params_of
from prm_core.kinds import Assessor
from prm_core.orm import DiagnosticExport, Partner, PractAssessment
from prm_core.reports.diagnostic_xlsx import (
    COMMENT_NAMES,
    META_KEYS,
    META_SHEET,
    PROPERTY_PREFIX,
    SCHEMA_VERSION,
    SCORE_NAMES,
)
from prm_core.reports.qbr_data import PHASES
from prm_core.reports.safety import clean
from prm_core.services.changes import Changes

MB = 1024 * 1024
#: A returned diagnostic is about 15 KB; Excel adds a little. Anything bigger is not ours.
MAX_BYTES = 5 * MB
MAX_UNPACKED = 40 * MB
MAX_PARTS = 400
COMMENT_MAX = 2000
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam", ".xlsb")
MACRO_PARTS = ("vbaproject.bin", "vbaprojectsignature.bin", "vbadata.xml")


class DiagnosticRefused(ValueError):  # noqa: N818 - names the outcome, like ImportRefused
    """The file was not imported; ``str(exc)`` is one precise line for the user.

    ``reason`` is the coarse outcome the CLI reports (macro, tampered, score_empty...);
    ``key`` and ``params`` name the sentence in ``importing.messages.CATALOGUE`` so the GUI
    can word it in Japanese, and ``problems`` the (key, params) of each problem listed by
    ``diag.not_imported``.
    """

    def __init__(
        self,
        message: str,
        reason: str,
        key: str | None = None,
        params: Params = (),
        problems: tuple[tuple[str, Params], ...] = (),
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.key = key
        self.params = params
        self.problems = problems


def _refused(reason: str, key: str, **params: object) -> DiagnosticRefused:
    values = params_of(params)
    return DiagnosticRefused(english(key, values), reason, key, values)


@dataclass(frozen=True, slots=True)
class ReturnedDiagnostic:
    """What a returned file says (checked for shape, not yet against the database)."""

    export_id: str
    partner_id: int
    scores: dict[str, int]
    comments: dict[str, str]

    def comments_text(self) -> str:
        return "\n".join(f"{p}: {self.comments[p]}" for p in PHASES if self.comments.get(p))


@dataclass(frozen=True, slots=True)
class DiagnosticImport:
    assessment_id: int
    partner_id: int
    partner: str
    export_id: str
    assessed_on: date
    scores: dict[str, int]
    comments: str
    already_imported: bool

    @property
    def total(self) -> int:
        return sum(self.scores.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "partner": self.partner,
            "export_id": self.export_id,
            "assessor": Assessor.SELF.value,
            "date": self.assessed_on.isoformat(),
            "scores": dict(self.scores),
            "total": self.total,
            "comments": self.comments,
            "already_imported": self.already_imported,
            "assessment_id": self.assessment_id,
        }


# --- the file -----------------------------------------------------------------------------


def _check_package(path: Path) -> None:
    name = path.name
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        raise _refused("macro", "diag.macro_suffix", name=name, suffix=suffix)
    if suffix != ".xlsx":
        raise _refused("not_xlsx", "diag.not_xlsx", name=name)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _refused(
            "too_large", "diag.too_large", name=name, size=f"{size / MB:.1f}", limit=MAX_BYTES // MB
        )
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            if len(infos) > MAX_PARTS:
                raise _refused("too_large", "diag.too_many_parts", name=name, count=len(infos))
            unpacked = sum(i.file_size for i in infos)
            if unpacked > MAX_UNPACKED:
                raise _refused(
                    "too_large",
                    "diag.unpacked",
                    name=name,
                    size=f"{unpacked / MB:.0f}",
                    limit=MAX_UNPACKED // MB,
                )
            names = {i.filename.lower() for i in infos}
            macro = sorted(n for n in names if n.rsplit("/", 1)[-1] in MACRO_PARTS)
            content_types = (
                package.read("[Content_Types].xml") if "[content_types].xml" in names else b""
            )
            if macro:
                raise _refused("macro", "diag.macro_part", name=name, part=macro[0])
            if b"macroEnabled" in content_types:
                raise _refused("macro", "diag.macro_content_type", name=name)
            if "xl/workbook.xml" not in names or not content_types:
                raise _refused("not_xlsx", "diag.zip_not_workbook", name=name)
            bad = package.testzip()
            if bad is not None:
                raise _refused("damaged", "diag.checksum", name=name, part=bad)
    except zipfile.BadZipFile as exc:
        raise _refused("damaged", "diag.bad_zip", name=name, detail=exc) from None


def _metadata(wb: Workbook, name: str) -> tuple[str, int]:
    sheet: dict[str, Any] = {}
    if META_SHEET in wb.sheetnames:
        for key, value in wb[META_SHEET].iter_rows(min_col=1, max_col=2, values_only=True):
            if isinstance(key, str) and key in META_KEYS:
                sheet[key] = value
    props: dict[str, Any] = {}
    for prop in getattr(wb, "custom_doc_props", None) or []:
        key = str(prop.name)
        if key.startswith(PROPERTY_PREFIX) and key[len(PROPERTY_PREFIX) :] in META_KEYS:
            props[key[len(PROPERTY_PREFIX) :]] = prop.value
    found = sheet if sheet.get("export_id") else props
    if not found.get("export_id"):
        raise _refused("not_diagnostic", "diag.no_export_id", name=name)
    for key in ("export_id", "partner_id", "schema_version"):
        both = sheet.get(key) is not None and props.get(key) is not None
        if both and str(sheet[key]) != str(props[key]):
            raise _refused(
                "tampered",
                "diag.meta_differs",
                name=name,
                field=key,
                sheet=sheet[key],
                props=props[key],
            )
    try:
        version = int(found.get("schema_version"))  # type: ignore[arg-type]
        partner_id = int(found.get("partner_id"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _refused("tampered", "diag.meta_not_number", name=name) from None
    if version != SCHEMA_VERSION:
        raise _refused(
            "schema", "diag.schema_file", name=name, version=version, expected=SCHEMA_VERSION
        )
    return str(found["export_id"]).strip(), partner_id


def _named_cell(wb: Workbook, defined: str) -> tuple[str, Any]:
    """``(where, value)`` of the one cell a defined name points to."""
    dn = wb.defined_names.get(defined)
    if dn is None:
        for ws in wb.worksheets:
            dn = ws.defined_names.get(defined)
            if dn is not None:
                break
    destinations = list(dn.destinations) if dn is not None else []
    if len(destinations) != 1:
        raise LookupError(defined)
    sheet, ref = destinations[0]
    ref = ref.replace("$", "")
    if sheet not in wb.sheetnames or ":" in ref:
        raise LookupError(defined)
    return f"{sheet}!{ref}", wb[sheet][ref].value


#: One problem of a returned file: (coarse reason, catalogue key, params).
Problem = tuple[str, str, Params]


def _problem(reason: str, key: str, **params: object) -> Problem:
    return reason, key, params_of(params)


def _score(phase: str, where: str, value: Any) -> tuple[int | None, Problem | None]:
    """The score, or the problem with it."""
    at = {"phase": phase, "where": where}
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, _problem("score_empty", "diag.score_empty", **at)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None, _problem("score_text", "diag.score_not_number", **at, value=repr(value))
    if isinstance(value, str):
        return None, _problem("score_text", "diag.score_text", **at, value=repr(value.strip()))
    if value != int(value):
        return None, _problem("score_range", "diag.score_fraction", **at, value=f"{value:g}")
    score = int(value)
    if not 0 <= score <= 5:
        return None, _problem("score_range", "diag.score_range", **at, value=score)
    return score, None


def read_returned(path: Path | str) -> ReturnedDiagnostic:
    """Check a returned file and read its id, partner, scores and comments (no database)."""
    path = Path(path)
    if not path.is_file():
        raise _refused("not_found", "diag.not_found", path=path)
    name = path.name
    _check_package(path)
    try:
        wb = load_workbook(path, data_only=True, keep_vba=False, keep_links=False)
    except Exception as exc:
        raise _refused(
            "damaged", "diag.unreadable", name=name, detail=f"{type(exc).__name__}: {exc}"
        ) from None
    try:
        export_id, partner_id = _metadata(wb, name)
        scores: dict[str, int] = {}
        comments: dict[str, str] = {}
        problems: list[Problem] = []
        for phase in PHASES:
            try:
                where, value = _named_cell(wb, SCORE_NAMES[phase])
            except LookupError:
                problems.append(
                    _problem("score_missing", "diag.score_missing", cell=SCORE_NAMES[phase])
                )
                continue
            score, problem = _score(phase, where, value)
            if problem is not None:
                problems.append(problem)
            elif score is not None:
                scores[phase] = score
            try:
                where, note = _named_cell(wb, COMMENT_NAMES[phase])
            except LookupError:
                note = None
            text = clean(str(note)).strip() if note is not None else ""
            if len(text) > COMMENT_MAX:
                problems.append(
                    _problem(
                        "comment_long",
                        "diag.comment_long",
                        phase=phase,
                        where=where,
                        length=f"{len(text):,}",
                        limit=f"{COMMENT_MAX:,}",
                    )
                )
            comments[phase] = text
    finally:
        wb.close()
    if problems:
        listed = "; ".join(english(key, params) for _, key, params in problems)
        summary = params_of({"name": name, "problems": listed})
        raise DiagnosticRefused(
            english("diag.not_imported", summary),
            problems[0][0],
            "diag.not_imported",
            summary,
            tuple((key, params) for _, key, params in problems),
        )
    return ReturnedDiagnostic(export_id, partner_id, scores, comments)


# --- the database -------------------------------------------------------------------------


def _existing(session: Any, export_id: str) -> PractAssessment | None:
    return session.scalars(  # type: ignore[no-any-return]
        select(PractAssessment).where(PractAssessment.source_export_id == export_id)
    ).first()


def _same(existing: PractAssessment, returned: ReturnedDiagnostic) -> bool:
    return (
        all(getattr(existing, p) == returned.scores[p] for p in PHASES)
        and existing.comments == returned.comments_text()
    )


def _result(row: PractAssessment, partner: str, export_id: str, already: bool) -> DiagnosticImport:
    return DiagnosticImport(
        assessment_id=row.id,
        partner_id=row.partner_id,
        partner=partner,
        export_id=export_id,
        assessed_on=row.assessed_on,
        scores={p: int(getattr(row, p)) for p in PHASES},
        comments=row.comments,
        already_imported=already,
    )


def import_diagnostic(
    db: Database, path: Path | str, *, today: date | None = None
) -> tuple[DiagnosticImport, Changes]:
    """Import a returned diagnostic as a ``self`` PRACT assessment dated ``today``.

    Raises :class:`DiagnosticRefused` (nothing written) on any problem. Importing the same
    file again returns the first import's assessment with ``already_imported`` set; the
    same export id with different answers is refused (export a new diagnostic instead).
    """
    name = Path(path).name
    returned = read_returned(path)
    today = today or date.today()
    try:
        return _store(db, returned, name, today)
    except IntegrityError:  # imported at the same moment by someone else: theirs stands
        return _already(db, returned, name)


def _store(
    db: Database, returned: ReturnedDiagnostic, name: str, today: date
) -> tuple[DiagnosticImport, Changes]:
    with db.transaction() as session:
        export = session.get(DiagnosticExport, returned.export_id)
        if export is None:
            raise _refused(
                "unknown_export", "diag.unknown_export", name=name, export_id=returned.export_id
            )
        partner = session.get(Partner, export.partner_id)
        if partner is None:  # pragma: no cover - the export row cascades with its partner
            raise _refused("unknown_export", "diag.partner_gone", name=name)
        if export.partner_id != returned.partner_id:
            named = session.get(Partner, returned.partner_id)
            named_text = f"{named.name} (id {named.id})" if named else f"id {returned.partner_id}"
            raise _refused(
                "other_partner",
                "diag.other_partner",
                name=name,
                named=named_text,
                export_id=returned.export_id,
                partner=partner.name,
            )
        if export.schema_version != SCHEMA_VERSION:
            raise _refused(
                "schema",
                "diag.schema_export",
                name=name,
                export_id=returned.export_id,
                version=export.schema_version,
                expected=SCHEMA_VERSION,
            )
        existing = _existing(session, returned.export_id)
        if existing is not None:
            if not _same(existing, returned):
                raise _refused(
                    "already_imported",
                    "diag.already_other",
                    name=name,
                    imported=f"{existing.created_at:%Y-%m-%d}",
                    assessed=existing.assessed_on.isoformat(),
                )
            return _result(existing, partner.name, returned.export_id, True), Changes()
        row = PractAssessment(
            partner_id=export.partner_id,
            assessed_on=today,
            assessor=Assessor.SELF.value,
            comments=returned.comments_text(),
            source_export_id=returned.export_id,
            **returned.scores,
        )
        session.add(row)
        session.flush()
        result = _result(row, partner.name, returned.export_id, False)
    return result, Changes(partners=True, partner_id=result.partner_id)


def _already(
    db: Database, returned: ReturnedDiagnostic, name: str
) -> tuple[DiagnosticImport, Changes]:
    with db.reading() as session:
        existing = _existing(session, returned.export_id)
        if existing is None:  # pragma: no cover - the unique violation was something else
            raise _refused("damaged", "diag.failed", name=name)
        partner = session.get(Partner, existing.partner_id)
        return _result(existing, partner.name if partner else "", returned.export_id, True), (
            Changes()
        )
