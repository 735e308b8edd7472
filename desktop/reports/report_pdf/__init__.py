"""PDF twins of the report workbooks: the same :class:`~desktop.domain.reports.table.ReportTable` laid out with
the shared kop, table and signature of :mod:`desktop.reports` (``table_report_pdf.build_table_pdf``)."""
