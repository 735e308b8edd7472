"""Keeping the end of a table with what follows it (closing line, legend, signature): the last rows move to the
next page together with it, and get the header again there.

Typical use::

    body, tail = table_with_tail(header, rows, widths, styles=styles, keep_last=2)
    if body is not None:
        story.append(body)
    story.append(signature_block([...], width, styles=styles, lead=[tail, closing_sentence]))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Table

from desktop.reports.pdf_base import DocStyles, data_table, fit_columns

RowStyle = Callable[[int, int, int], list[tuple[Any, ...]]]
"""``row_style(start, stop, first_row)``: style commands for ``rows[start:stop]`` placed from table row
``first_row``."""


class TailTable(Flowable):  # type: ignore[misc]
    """The last rows of a table, kept with what follows: drawn with the header when they start a page (the body
    ended on the previous one), without it when they continue the body on the same page."""

    def __init__(self, with_header: Table, without_header: Table) -> None:
        super().__init__()
        self.with_header = with_header
        self.without_header = without_header
        self.chosen = without_header
        self.hAlign = with_header.hAlign

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)  # set by the frame before it wraps a flowable to place it
        at_top = frame is not None and bool(getattr(frame, "_atTop", 0))
        self.chosen = self.with_header if at_top else self.without_header
        self.width, self.height = self.chosen.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a few rows: moved whole

    def draw(self) -> None:
        self.chosen.drawOn(self.canv, 0, 0)


def table_with_tail(
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float | None],
    *,
    styles: DocStyles,
    keep_last: int = 2,
    center_columns: Sequence[int] = (),
    row_style: RowStyle | None = None,
    grid: bool = True,
    body_padding: float = 3,
    width: float | None = None,
) -> tuple[Table | None, Flowable]:
    """A :func:`data_table` cut in two: the body, and its last ``keep_last`` rows (a :class:`TailTable`) to keep
    together with what follows (a closing line, a signature), so that never stands alone on a page.

    Args:
        header: the header labels.
        rows: the rows.
        col_widths: as for :func:`data_table`.
        styles: the document styles.
        keep_last: rows kept with what follows.
        center_columns: as for :func:`data_table`.
        row_style: style commands depending on the rows' position (highlights, header spans); see ``RowStyle``.
        grid: as for :func:`data_table`.
        body_padding: as for :func:`data_table`.
        width: as for :func:`data_table`; both parts get the same fitted columns and font.

    Returns:
        (body or None when the table is short, tail); a short table is returned whole (with header) as the tail.
    """
    widths, fitted = fit_columns([list(header)], rows, col_widths, styles, width)

    def make(start: int, stop: int, with_header: bool) -> Table:
        first = 1 if with_header else 0
        return data_table(
            header,
            rows[start:stop],
            widths,
            styles=fitted,
            fit=False,
            center_columns=center_columns,
            extra_style=row_style(start, stop, first) if row_style else (),
            header_rows=None if with_header else [],
            grid=grid,
            body_padding=body_padding,
        )

    cut = max(len(rows) - keep_last, 0)
    if cut == 0:
        return None, make(0, len(rows), True)
    return make(0, cut, True), TailTable(make(cut, len(rows), True), make(cut, len(rows), False))
