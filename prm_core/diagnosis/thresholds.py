"""Signal thresholds: domain.md's defaults, editable, stored as JSON in ``settings``.

The stored document is ``{"signal_key": {"parameter": number, ...}, ...}`` under
:data:`SETTING_KEY`; whatever it lacks (or carries out of range) falls back to the default, so
a database from before a new parameter existed keeps working. :data:`PARAMS` describes every
parameter once: the engine, the validation, the CLI and the settings dialog read it.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy.orm import Session

from prm_core.orm import Setting
from prm_core.services.errors import ValidationError

#: ``settings.key`` of the thresholds document.
SETTING_KEY: Final = "diagnosis.signal_thresholds"
#: Not a signal: how long a recorded intervention counts as handling its signal.
GENERAL: Final = "general"


@dataclass(frozen=True, slots=True)
class ThresholdParam:
    """One configurable number: where it belongs, its default, its range and its meaning."""

    signal: str
    name: str
    default: float
    minimum: float
    maximum: float
    integer: bool
    description: str

    @property
    def key(self) -> str:
        return f"{self.signal}.{self.name}"


def _days(
    signal: str, name: str, default: int, description: str, minimum: int = 1
) -> ThresholdParam:
    return ThresholdParam(signal, name, default, minimum, 3650, True, description)


def _share(signal: str, name: str, default: float, description: str) -> ThresholdParam:
    return ThresholdParam(signal, name, default, 0.01, 1.0, False, description)


def _count(signal: str, name: str, default: int, description: str) -> ThresholdParam:
    return ThresholdParam(signal, name, default, 1, 100_000, True, description)


PARAMS: Final[tuple[ThresholdParam, ...]] = (
    _days(
        "stalled_after_registration",
        "days",
        30,
        "days since registration with no material download",
    ),
    _days("downloads_without_deals", "days", 60, "days after the first download with no deal"),
    _days("training_without_proposals", "days", 60, "days after training with no proposal"),
    _days("declining_activity", "recent_days", 30, "recent window in days"),
    _days("declining_activity", "baseline_days", 90, "baseline window before it, in days"),
    _share(
        "declining_activity",
        "ratio",
        0.5,
        "fires below this share of the baseline's average for a window of the same length",
    ),
    _days("dormant", "registered_days", 90, "registered at least this many days ago"),
    _days("dormant", "login_days", 90, "no login within this many days"),
    _share("key_person_dependence", "share", 0.7, "share of deals held by one person"),
    _count("key_person_dependence", "min_persons", 3, "persons the partner has at least"),
    _count("key_person_dependence", "min_deals", 1, "deals in the window at least"),
    _days("key_person_dependence", "window_days", 90, "deals counted over this many days"),
    _count("low_conversion", "min_leads", 10, "leads of the person at least"),
    _share(
        "low_conversion",
        "median_factor",
        0.5,
        "fires below this fraction of the programme's median conversion",
    ),
    _days("low_conversion", "window_days", 90, "leads and deals counted over this many days"),
    _days("onboarding_overdue", "grace_days", 0, "days past the due date before it fires", 0),
    _days("onboarding_overdue", "high_after_days", 30, "high severity when this late", 1),
    _days("actions_overdue", "grace_days", 0, "days past the due date before it fires", 0),
    _days("actions_overdue", "high_after_days", 30, "high severity when this late", 1),
    _days("deal_expiring", "days", 14, "an open registration expires within this many days", 0),
    _days(
        GENERAL,
        "handled_days",
        30,
        "an intervention recorded for a signal handles it for this many days (0: never)",
        0,
    ),
)
PARAMS_BY_KEY: Final[dict[str, ThresholdParam]] = {p.key: p for p in PARAMS}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every parameter's value; read with :meth:`get` (or :meth:`days` for whole numbers)."""

    values: Mapping[str, float]

    def get(self, signal: str, name: str) -> float:
        return self.values[f"{signal}.{name}"]

    def days(self, signal: str, name: str) -> int:
        return int(self.values[f"{signal}.{name}"])

    def to_json(self) -> dict[str, dict[str, float | int]]:
        out: dict[str, dict[str, float | int]] = {}
        for p in PARAMS:
            value = self.values[p.key]
            out.setdefault(p.signal, {})[p.name] = int(value) if p.integer else value
        return out


def default_thresholds() -> Thresholds:
    return Thresholds({p.key: p.default for p in PARAMS})


def _check(param: ThresholdParam, raw: object) -> float:
    """The value as a number in range, else ``ValidationError`` naming the parameter."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
        raise ValidationError(f"{param.key} must be a number, got {raw!r}.", param.key)
    if param.integer and raw != int(raw):
        raise ValidationError(f"{param.key} must be a whole number, got {raw!r}.", param.key)
    if not param.minimum <= raw <= param.maximum:
        low = int(param.minimum) if param.integer else param.minimum
        high = int(param.maximum) if param.integer else param.maximum
        raise ValidationError(f"{param.key} {raw!r} is out of range ({low}–{high}).", param.key)
    return float(int(raw)) if param.integer else float(raw)


def validate(document: Mapping[str, Any]) -> Thresholds:
    """Check a ``{signal: {name: value}}`` document (missing entries keep their defaults);
    unknown signals or parameters are refused, so a typo never passes silently."""
    values = dict(default_thresholds().values)
    if not isinstance(document, Mapping):
        raise ValidationError("Thresholds must be a mapping of signal → parameters.")
    for signal, params in document.items():
        if not isinstance(params, Mapping):
            raise ValidationError(f"{signal}: expected parameter → value.", str(signal))
        for name, raw in params.items():
            param = PARAMS_BY_KEY.get(f"{signal}.{name}")
            if param is None:
                raise ValidationError(f"Unknown threshold {signal}.{name}.", f"{signal}.{name}")
            values[param.key] = _check(param, raw)
    return Thresholds(values)


def from_json(text: str | None) -> Thresholds:
    """The stored document, tolerantly: anything unreadable or out of range is a default."""
    values = dict(default_thresholds().values)
    try:
        document = json.loads(text) if text else {}
    except ValueError:
        document = {}
    if isinstance(document, Mapping):
        for param in PARAMS:
            section = document.get(param.signal)
            if isinstance(section, Mapping) and param.name in section:
                with contextlib.suppress(ValidationError):  # out of range: the default
                    values[param.key] = _check(param, section[param.name])
    return Thresholds(values)


def load_thresholds(session: Session) -> Thresholds:
    row = session.get(Setting, SETTING_KEY)
    return from_json(row.value if row is not None else None)
