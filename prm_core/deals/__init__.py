"""Deal registrations (案件登録), channel conflicts and commitments on both sides.

Small modules, each with one job:

- ``corporate_number``: the 13-digit 法人番号 and its check digit;
- ``normalise``: the customer key that makes 株式会社アルファ, ㈱アルファ and ｱﾙﾌｧ(株) one customer;
- ``registrations``: read queries (status as of a date, open, expiring);
- ``conflicts``: channel-conflict detection as a grouped query, and duplicates;
- ``events_link``: activity events that name the same deal;
- ``commitments``: follow-through of action items per side (vendor, partner);
- ``signals``: the ``deal_expiring`` and ``channel_conflict`` signal providers;
- ``import_deals``: the deals importer on the ``prm_core.importing`` framework.

Writes live in ``prm_core.services.deals``.
"""
