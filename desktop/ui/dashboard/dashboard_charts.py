"""Qt Charts of the dashboard: stunting prevalence against targets with the national reference lines, the status
of the year's actions, and verval KRS progress per kecamatan."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.i18n import _
from desktop.services.aksi.prevalence import KIND_ACHIEVED, KIND_TARGET, FigureInfo, NationalReference

# Stronger variants of the table's status colours, readable as chart bars.
STATUS_CHART_COLORS: dict[str, str] = {
    "belum_mulai": "#9e9e9e",
    "berjalan": "#f2b705",
    "selesai": "#43a047",
    "diunggah": "#1e88e5",
    "direviu": "#8e24aa",
}
SOURCE_COLORS = {"SSGI": "#c62828", "SKI": "#6a1b9a", "e-PPGBM": "#00897b"}
NATIONAL_COLOR = "#455a64"  # national prevalence: solid slate line
NATIONAL_TARGET_COLOR = "#0277bd"  # national target: blue dash-dot, distinct from the prevalence line
DISTRICT_TARGET_COLOR = "#ef6c00"  # the district's own target: orange dashed


def _view(chart: QChart, height: int) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    return view


def _line(
    name: str, points: Sequence[tuple[int, float]], color: str, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    for year, value in points:
        series.append(float(year), value)
    pen = QPen(QColor(color))
    pen.setWidthF(2.0)
    pen.setStyle(style)
    series.setPen(pen)
    return series


def _markers(points: Sequence[tuple[int, float]], color: str) -> QScatterSeries:
    series = QScatterSeries()
    series.setMarkerSize(7)
    series.setColor(QColor(color))
    series.setBorderColor(QColor(color))
    for year, value in points:
        series.append(float(year), value)
    return series


def prevalence_chart(figures: Sequence[FigureInfo], national: NationalReference, region_name: str) -> QChartView:
    """The district's prevalence by source and its targets, with the national prevalence and targets as
    reference lines.

    Args:
        figures: the district's targets and achieved figures.
        national: the national reference figures.
        region_name: the district's name for the legend.
    """
    chart = QChart()
    chart.setTitle(_("Prevalensi stunting balita (%): {0} dan nasional").format(region_name))
    series_list: list[QLineSeries | QScatterSeries] = []
    national_points = [(p.year, p.value) for p in national.prevalence if p.year >= 2019]
    series_list.append(_line(_("Nasional"), national_points, NATIONAL_COLOR))
    target_points = [(t.year, t.value) for t in national.targets if t.year <= 2030]
    series_list.append(_line(_("Target nasional"), target_points, NATIONAL_TARGET_COLOR, Qt.PenStyle.DashDotLine))
    sources = sorted({f.source for f in figures if f.kind == KIND_ACHIEVED})
    for source in sources:
        points = [(f.year, f.value) for f in figures if f.kind == KIND_ACHIEVED and f.source == source]
        color = SOURCE_COLORS.get(source, "#ef6c00")
        series_list.append(_line(source, points, color))
        markers = _markers(points, color)
        series_list.append(markers)
    targets = [(f.year, f.value) for f in figures if f.kind == KIND_TARGET]
    if targets:
        series_list.append(_line(_("Target daerah"), targets, DISTRICT_TARGET_COLOR, Qt.PenStyle.DashLine))
    years = [year for s in (national_points, target_points) for year, _ in s] + [f.year for f in figures]
    axis_x = QValueAxis()
    axis_x.setRange(float(min(years, default=2019)), float(max(max(years, default=2029), 2029)))
    axis_x.setLabelFormat("%d")
    axis_x.setTickCount(int(axis_x.max() - axis_x.min()) + 1 if axis_x.max() - axis_x.min() <= 11 else 6)
    axis_y = QValueAxis()
    top = max([v for _, v in national_points] + [f.value for f in figures] + [30.0])
    steps = int(top / 5) + 1
    axis_y.setRange(0.0, float(steps * 5))
    axis_y.setTickCount(steps + 1)
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in series_list:
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    for marker in chart.legend().markers():
        if isinstance(marker.series(), QScatterSeries):
            marker.setVisible(False)
    return _view(chart, 320)


def status_legend(counts: dict[str, int], labels: dict[str, str]) -> QLabel:
    """The status chart's legend as a wrapping label, so long labels ("Diunggah ke Web Aksi Bangda") are never
    cut: each entry stays on one line, entries wrap as a whole."""
    entries = [
        f"<span style='color:{STATUS_CHART_COLORS.get(code, '#9e9e9e')}'>■</span>&nbsp;"
        + f"{label} ({counts.get(code, 0)})".replace(" ", "&nbsp;")
        for code, label in labels.items()
    ]
    legend = QLabel("&nbsp;&nbsp; ".join(entries))
    legend.setObjectName("status_legend")
    legend.setTextFormat(Qt.TextFormat.RichText)
    legend.setWordWrap(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return legend


def status_chart(counts: dict[str, int], labels: dict[str, str], title: str) -> QWidget:
    """One stacked bar of the year's actions by status with its legend below (a QChartView named
    ``status_chart`` and a :func:`status_legend` in one widget)."""
    chart = QChart()
    chart.setTitle(title)
    series = QHorizontalStackedBarSeries()
    for code, label in labels.items():
        bar = QBarSet(f"{label} ({counts.get(code, 0)})")
        bar.append(float(counts.get(code, 0)))
        bar.setColor(QColor(STATUS_CHART_COLORS.get(code, "#9e9e9e")))
        series.append(bar)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([""])
    axis_x = QValueAxis()
    axis_x.setRange(0, float(max(sum(counts.values()), 1)))
    axis_x.setLabelFormat("%d")
    axis_x.setTickCount(max(sum(counts.values()), 1) + 1)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().setVisible(False)
    view = _view(chart, 130)
    view.setObjectName("status_chart")
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(view)
    layout.addWidget(status_legend(counts, labels))
    return box


def progress_chart(rows: Sequence[tuple[str, float]], title: str) -> QChartView:
    """Horizontal bars of a percentage per region (verval KRS progress)."""
    chart = QChart()
    chart.setTitle(title)
    series = QHorizontalBarSeries()
    bar = QBarSet(_("% terverifikasi"))
    bar.setColor(QColor("#1e88e5"))
    for _name, percent in rows:
        bar.append(percent)
    series.append(bar)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([name for name, _ in rows])
    axis_x = QValueAxis()
    axis_x.setRange(0, 100)
    axis_x.setLabelFormat("%d%%")
    axis_x.setTitleText(_("% keluarga terverifikasi"))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().setVisible(False)
    return _view(chart, max(160, 22 * len(rows) + 60))
