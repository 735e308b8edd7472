"""Reports (Laporan): data per report (no Qt), assembled as a
:class:`~desktop.domain.reports.table.ReportTable` and written as a workbook or PDF by
:func:`~desktop.services.reports.export.export_report`; the catalogue is
:data:`~desktop.services.reports.catalog.REPORTS`."""
