"""Excel workbooks (openpyxl) of the reports: data in (a :class:`desktop.domain.reports.table.ReportTable`),
file out; no Qt, no database sessions.

- :mod:`.formula_guard` - ``set_value(cell, value)`` / ``guard_cell(cell)``: no user text ever becomes a formula.
- :mod:`.table_workbook` - ``write_table_workbook(stream, table)``: the built-in layout (title rows with office,
  area and period, generation date, frozen header with autofilter, widths, number formats, identifiers as text,
  notes, the head of office's signature, print setup), streamed in openpyxl's write-only mode.
- :mod:`.fast_rows` - the data rows of long by-name lists serialized fast inside the write-only sheet
  (200,000 rows faster than xlsxwriter's constant-memory mode; strings always stored as strings).
- :mod:`.print_setup` - paper (A4 = 9, F4 = Excel's "Folio 8.5x13" = 14), orientation, fit to width, margins,
  repeated header rows, page-number footer.
- :mod:`.template_fill` - ``fill_template(template, stream, table)``: an office's own layout with ``{{...}}``
  placeholders and a data marker.
- :mod:`.encryption` - ``encrypt_xlsx(plain, stream, password)``: a password to open the file (msoffcrypto-tool).
"""
