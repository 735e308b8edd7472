"""PDF (reportlab) and workbook builders: data in, file out; no Qt, no database sessions.

Shared PDF foundation, used by every printed document:

- :mod:`desktop.reports.pdf_base` - ``PageSetup.for_paper("F4"|"A4", landscape=False)`` (F4 215x330 mm default,
  margins 3/2.5/3/2.5 cm), ``document_styles()`` (``DocStyles``: body, title, cell, header_cell, ...),
  ``para(text, style)`` (escaped user text), ``label_table([("Hari/Tanggal", "..."), ...], width, styles=...)``,
  ``data_table(header, rows, col_widths, styles=..., center_columns=...)`` (grid, header repeated on every page,
  rows split across pages; columns fitted so no word, date, number or identifier breaks: ``fit_columns`` widens a
  column to its widest word from the columns with room to spare, else shrinks the table's font; ``keep_whole``
  joins dates and spaced identifiers with non-breaking spaces; no rows: "Tidak ada data." across the table),
  ``build_pdf(path, story, setup=..., document_number=..., title=...)`` -> page count (footer ``Nomor: ...`` and
  ``Halaman x dari y`` on every page; atomic write) and ``render_pdf`` (bytes; a password encrypts with AES-256,
  ``encrypt_pdf``).
- :mod:`desktop.reports.kop` - ``letterhead_from_office(OfficeSettings)`` -> ``Letterhead``;
  ``kop_flowables(letterhead, width, styles)`` (emblem, centred capitals, address/contact, thick+thin rule).
- :mod:`desktop.reports.signature` - ``Signatory(role, position, name, rank, nip)``;
  ``signature_block([...], width, styles=..., place_date="Rangkasbitung, 11 Oktober 2024", acknowledged_by=...)``
  (name bold + underlined, ``NIP 19700101 199503 1 001`` only when a NIP is set).
  ``lead=[...]`` keeps the closing sentence / last table rows on the signature's page; ``beside=`` puts a legend
  left of a single signatory.
- :mod:`desktop.reports.table_tail` - ``table_with_tail(header, rows, widths, styles=...)`` -> (body, tail): the
  last rows go with the signature (header repeated when they start a page).
- :mod:`desktop.reports.office_blocks` - ``office_kop(office, width, styles)`` and
  ``head_of_office_signature(office, signed_on, width, styles, lead=..., beside=...)`` (head under the jabatan).
- :mod:`desktop.domain.atomic_file` - ``atomic_output(path)`` / ``atomic_write_bytes(path, data)``: temp file in
  the same folder, flush + fsync, ``os.replace``.
- :mod:`desktop.reports.fonts` - the embedded DejaVu Sans Condensed family (``resources/fonts``).
- Indonesian dates: :mod:`desktop.domain.dates` (``day_date``, ``place_date``, ``spelled_date``, ``time_range``).
"""
