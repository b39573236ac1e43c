"""Diagnose, detect, act, learn: the manager's loop of domain.md turned into numbers.

Small modules, each with one job (all Qt-free, read-only; writes live in
``prm_core.services.diagnosis``):

- ``pract``: PRACT assessments, totals and bands, weakest phases, self vs manager gaps;
- ``thresholds``: the signal thresholds (domain.md defaults, stored in ``settings``);
- ``signal_base``: the ``Signal`` type, the provider context and the suggested actions;
- ``detectors``: the nine signals of domain.md's Detect table, one grouped SQL query each;
- ``signals``: the engine — the ``SIGNAL_PROVIDERS`` registry, snoozes, interventions that
  handled a signal, playbook actions, most severe first;
- ``learn``: events and KPIs in the 90 days before and after each intervention, and the
  programme table per intervention category;
- ``tiers``: the points ledger from events and point rules, tiers and what the next one needs.
"""
