"""What a write changed, so each view refreshes only what it shows (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    partners: bool = False
    persons: bool = False
    checklist: bool = False
    meetings: bool = False
    actions: bool = False
    goals: bool = False
    interventions: bool = False
    events: bool = False
    #: The partner concerned, when the change is about one partner.
    partner_id: int | None = None

    def __or__(self, other: Changes) -> Changes:
        merged = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name != "partner_id"
        }
        same = self.partner_id == other.partner_id
        return Changes(**merged, partner_id=self.partner_id if same else None)

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "partner_id")
