"""Channel conflicts (チャネルコンフリクト): two partners claiming the same end customer.

The rules (domain.md):

- only registrations **open** at ``as_of`` take part;
- two claims name the same customer on ``corporate_number`` when both carry one and the
  numbers are equal (different numbers never match, whatever the names), otherwise on
  ``name`` when their normalised names (``customer_key``) are equal;
- claims of two different partners conflict; the same partner twice is a **duplicate**;
- linked conflicts form one group, listed first-registered first; the group's ``matched_on``
  is ``corporate_number`` when every link is a number match, else ``name``;
- a pair the manager resolved (``ConflictResolution``) never links again.

Detection is a grouped query on the indexed ``customer_key`` and ``corporate_number``
columns: the database returns only the customers claimed by two or more partners, and only
their claims are compared (pairs within one customer), never every registration against every
other. A union-find over the remaining pairs forms the groups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any, Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from prm_core.deals.registrations import RegistrationRow, base_select, open_clause, to_row
from prm_core.orm import ConflictResolution, DealRegistration

R = DealRegistration

NAME: Final = "name"
CORPORATE_NUMBER: Final = "corporate_number"


@dataclass(frozen=True, slots=True)
class ConflictLink:
    """Two claims naming the same customer; ``first_id < second_id`` (the stored order)."""

    first_id: int
    second_id: int
    matched_on: str


def match(number_a: str | None, key_a: str, number_b: str | None, key_b: str) -> str | None:
    """How two claims name the same customer: ``corporate_number``, ``name`` or None.

    The rule in one place: the number decides when both claims carry one; otherwise the
    normalised names (customer keys) do.
    """
    if number_a and number_b:
        return CORPORATE_NUMBER if number_a == number_b else None
    return NAME if key_a == key_b else None


@dataclass(frozen=True, slots=True)
class ConflictGroup:
    """Linked claims, first-registered first.

    Attributes:
        customer: the first claim's customer name, as typed.
        matched_on: ``corporate_number`` when every link is a number match, else ``name``.
        claims: the registrations, by registered date then id.
        keys: each claim's customer key (same order as ``claims``).
        resolved: the resolved pairs among these claims (they do not link).
    """

    customer: str
    matched_on: str
    claims: tuple[RegistrationRow, ...]
    keys: tuple[str, ...]
    resolved: frozenset[tuple[int, int]] = frozenset()
    same_partner: bool = False

    @property
    def partner_ids(self) -> list[int]:
        """The partners involved, each once, in claim order."""
        return list(dict.fromkeys(c.partner_id for c in self.claims))

    def links(self) -> list[ConflictLink]:
        """The unresolved matching pairs that tie the group together, in id order.

        Computed on demand (one group is small to compare pairwise; detection never does).
        """
        members = sorted(zip(self.claims, self.keys, strict=True), key=lambda m: m[0].id)
        out: list[ConflictLink] = []
        for (a, key_a), (b, key_b) in combinations(members, 2):
            if (a.partner_id == b.partner_id) != self.same_partner:
                continue
            if (a.id, b.id) in self.resolved:
                continue
            how = match(a.corporate_number, key_a, b.corporate_number, key_b)
            if how is not None:
                out.append(ConflictLink(a.id, b.id, how))
        return out

    def to_json(self) -> dict[str, Any]:
        """The CLI's shape (issue 11)."""
        return {
            "customer": self.customer,
            "matched_on": self.matched_on,
            "registrations": [
                {
                    "partner": c.partner,
                    "deal": c.deal,
                    "registered_at": c.registered_on.isoformat(),
                    "status": c.status,
                }
                for c in self.claims
            ],
        }


@dataclass(frozen=True, slots=True)
class _Claim:
    row: RegistrationRow
    key: str

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def partner_id(self) -> int:
        return self.row.partner_id

    @property
    def number(self) -> str | None:
        return self.row.corporate_number


def _candidates(session: Session, as_of: date, *, same_partner: bool) -> list[_Claim]:
    """Open claims sharing a customer key or a corporate number with another open claim of
    another partner (conflicts) or of the same partner (duplicates).

    The open claims are read once through the ``status, expires_on`` index into a CTE; two
    GROUP BYs over it keep only the keys and numbers claimed more than once.
    """
    open_claims = (
        select(R.id, R.partner_id, R.customer_key, R.corporate_number)
        .where(open_clause(as_of))
        .cte("open_claims")
    )
    o = open_claims.c
    if same_partner:
        shared = func.count() > func.count(func.distinct(o.partner_id))
    else:
        shared = func.min(o.partner_id) != func.max(o.partner_id)
    by_key = select(o.customer_key).group_by(o.customer_key).having(shared)
    by_number = (
        select(o.corporate_number)
        .where(o.corporate_number.is_not(None))
        .group_by(o.corporate_number)
        .having(shared)
    )
    ids = select(o.id).where(or_(o.customer_key.in_(by_key), o.corporate_number.in_(by_number)))
    stmt = base_select().add_columns(R.customer_key).where(R.id.in_(ids))
    return [_Claim(to_row(values[:-1], as_of), values[-1]) for values in session.execute(stmt)]


def resolved_pairs(session: Session) -> set[tuple[int, int]]:
    """Pairs the manager resolved, as stored (``first_id < second_id``)."""
    stmt = select(ConflictResolution.first_id, ConflictResolution.second_id)
    return {(int(a), int(b)) for a, b in session.execute(stmt)}


class _Linker:
    """Union-find over claim ids, remembering which components hold a ``name`` link."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.named: set[int] = set()

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def link(self, a: int, b: int, matched_on: str) -> None:
        ra, rb = self.find(a), self.find(b)
        root = min(ra, rb)
        if ra != rb:
            self.parent[max(ra, rb)] = root
            if ra in self.named or rb in self.named:
                self.named.add(root)
        if matched_on == NAME:
            self.named.add(root)

    def roots(self) -> dict[int, int]:
        return {x: self.find(x) for x in list(self.parent)}


#: Buckets up to this size are compared pair by pair; larger ones (a customer claimed by
#: dozens of partners) are linked by their structure, in linear time.
_PAIRWISE_BUCKET = 40


def _link_bucket(
    linker: _Linker,
    members: list[_Claim],
    by_number: bool,
    resolved: set[tuple[int, int]],
    same_partner: bool,
) -> None:
    """Link the matching pairs of one bucket (claims sharing a key, or a number)."""
    members.sort(key=lambda c: c.id)
    ids = {c.id for c in members}
    touched = any(a in ids and b in ids for a, b in resolved) if resolved else False
    if same_partner or touched or len(members) <= _PAIRWISE_BUCKET:
        partners: dict[int, list[_Claim]] = defaultdict(list)
        for c in members:
            partners[c.partner_id].append(c)
        pairs = (
            (p for group in partners.values() for p in combinations(group, 2))
            if same_partner
            else combinations(members, 2)
        )
        for a, b in pairs:
            if not same_partner and a.partner_id == b.partner_id:
                continue
            if (a.id, b.id) in resolved:
                continue
            how = match(a.number, a.key, b.number, b.key)
            if how is not None:
                linker.link(a.id, b.id, how)
        return
    # Many partners, no resolved pair: the links' structure gives the components directly.
    if by_number:
        if len({c.partner_id for c in members}) > 1:  # complete multipartite: connected
            for c in members[1:]:
                linker.link(members[0].id, c.id, CORPORATE_NUMBER)
    else:
        _link_names(linker, members)


def _link_names(linker: _Linker, members: list[_Claim]) -> None:
    """The name links of a large key bucket (claims of several partners, none resolved).

    A name link joins two claims of different partners when at least one has no number.
    """
    bare = [c for c in members if not c.number]
    if not bare:
        return  # numbered claims link through their numbers only
    hub = bare[0]
    other = next((c for c in bare if c.partner_id != hub.partner_id), None)
    if other is not None:
        # Bare claims of two partners: every claim links to one of the two.
        for c in members:
            if c is not hub:
                linker.link(hub.id if c.partner_id != hub.partner_id else other.id, c.id, NAME)
        return
    # Every bare claim is the hub partner's: they link to the other partners' numbered claims.
    numbered = [c for c in members if c.number and c.partner_id != hub.partner_id]
    if not numbered:
        return
    for c in bare:
        linker.link(c.id, numbered[0].id, NAME)
    for c in numbered[1:]:
        linker.link(hub.id, c.id, NAME)


def _groups(
    claims: list[_Claim], resolved: set[tuple[int, int]], *, same_partner: bool
) -> list[ConflictGroup]:
    by_key: dict[str, list[_Claim]] = defaultdict(list)
    by_number: dict[str, list[_Claim]] = defaultdict(list)
    for claim in claims:
        by_key[claim.key].append(claim)
        if claim.number:
            by_number[claim.number].append(claim)
    linker = _Linker()
    for members in by_key.values():
        if len(members) > 1:
            _link_bucket(linker, members, False, resolved, same_partner)
    for members in by_number.values():
        if len(members) > 1:
            _link_bucket(linker, members, True, resolved, same_partner)
    roots = linker.roots()
    components: dict[int, list[_Claim]] = defaultdict(list)
    for claim in claims:
        root = roots.get(claim.id)
        if root is not None:
            components[root].append(claim)
    groups = []
    for root, members in components.items():
        members.sort(key=lambda c: (c.row.registered_on, c.id))
        ids = {c.id for c in members}
        groups.append(
            ConflictGroup(
                customer=members[0].row.customer,
                matched_on=NAME if root in linker.named else CORPORATE_NUMBER,
                claims=tuple(c.row for c in members),
                keys=tuple(c.key for c in members),
                resolved=frozenset(p for p in resolved if p[0] in ids and p[1] in ids),
                same_partner=same_partner,
            )
        )
    groups.sort(key=lambda g: (g.claims[0].registered_on, g.claims[0].id))
    return groups


def find_conflicts(session: Session, as_of: date) -> list[ConflictGroup]:
    """Unresolved channel conflicts among the registrations open at ``as_of``."""
    claims = _candidates(session, as_of, same_partner=False)
    if not claims:
        return []
    return _groups(claims, resolved_pairs(session), same_partner=False)


def find_duplicates(session: Session, as_of: date) -> list[ConflictGroup]:
    """Open registrations of one partner for the same customer (duplicates, not conflicts)."""
    claims = _candidates(session, as_of, same_partner=True)
    if not claims:
        return []
    return _groups(claims, set(), same_partner=True)


def conflicts_of(groups: Iterable[ConflictGroup], partner_id: int) -> list[ConflictGroup]:
    """The groups a partner takes part in."""
    return [g for g in groups if any(c.partner_id == partner_id for c in g.claims)]
