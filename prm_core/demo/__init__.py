"""Deterministic demo data: a realistic partner programme for trying the app and for benchmarks.

``generate_demo(db, partners=…, months=…, seed=…)`` fills an empty database; see
``prm_core.demo.generator`` for the guarantees (reproducible, one transaction, never mixes
with real data).
"""

from prm_core.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
