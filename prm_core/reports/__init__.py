"""Offline deliverables: the QBR PDF, the partner's Excel diagnostic (and its return), the
portfolio workbook. Qt-free; every writer takes plain data gathered by a ``*_data`` function.

Small modules, one job each:

- ``fonts``: the shipped IPAexGothic, registered once with reportlab (embedded, subsetted);
- ``texts``: the Japanese and English wording of the PDF and the workbooks;
- ``periods``: quarters (``2026Q3``) and their bounds;
- ``qbr_data``: everything one QBR shows for one partner and one quarter, as dataclasses;
- ``adapters``: the diagnosis engine's tiers and signals and the deals package's commitments,
  converted to the report's own dataclasses;
- ``qbr_charts``/``qbr_pdf``: the PDF (reportlab platypus, A4, two variants);
- ``diagnostic_xlsx``/``diagnostic_import``: the PRACT self-assessment workbook and its return;
- ``portfolio_xlsx``: every partner in one internal workbook;
- ``safety``: text written to Excel is never evaluated as a formula;
- ``batch``: all active partners' QBRs on every core.
"""
