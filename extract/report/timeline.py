"""A time axis with values: counts per month (or per year, over a long range) as a static SVG.

The x position of a bar and of a tick is proportional to its date (days since the axis's
first day), so 1964 and 1992 are 28 years apart on the page, not neighbours. Ticks step in
whole months or years, as far apart as their labels need; the y-axis has round values. The
geometry is computed here (pure, testable); `templates/chart.html` draws it.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

Month = tuple[int, int]  # (year, month)

YEARLY_AFTER = 96  # months: a longer range is binned by year
TRIM_AFTER = 60  # years: a longer range leaves out its outer 0.5 % at each end
MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # "2019-03: 12"


@dataclass
class Tick:
    x: float
    label: str
    date: str  # ISO date of the tick, for readers and tests


@dataclass
class YTick:
    y: float
    label: str


@dataclass
class Chart:
    title: str
    width: int
    height: int
    left: int
    bottom: float  # y of the x-axis line
    right: float
    unit: str = "month"
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    yticks: list[YTick] = field(default_factory=list)
    total: int = 0
    left_out: int = 0  # counted, but outside the axis (far outliers)
    first: str = ""
    last: str = ""


def _index(month: Month) -> int:
    return month[0] * 12 + month[1] - 1


def _month(index: int) -> Month:
    return divmod(index, 12)[0], divmod(index, 12)[1] + 1


def _day(month: Month) -> int:
    return dt.date(month[0], month[1], 1).toordinal()


def _trim(counts: Mapping[Month, int]) -> tuple[int, int, int]:
    """First and last month index to show and how many counts fall outside them."""
    months = sorted(counts)
    lo, hi = _index(months[0]), _index(months[-1])
    if (hi - lo) / 12 <= TRIM_AFTER:
        return lo, hi, 0
    total = sum(counts.values())
    running, keep = 0, []
    for m in months:
        running += counts[m]
        if running > total * 0.005 and running - counts[m] < total * 0.995:
            keep.append(m)
    keep = keep or months
    lo, hi = _index(keep[0]), _index(keep[-1])
    outside = sum(n for m, n in counts.items() if not lo <= _index(m) <= hi)
    return lo, hi, outside


def _nice_step(top: int, ticks: int = 5) -> int:
    raw = max(1, top) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return int(next(s * power for s in (1, 2, 5, 10) if s * power >= raw)) or 1


def time_chart(counts: Mapping[Month, int], title: str, width: int = 960, height: int = 230,
               label_room: float = 70.0) -> Chart:
    """Bars of `counts` on a true time axis; `label_room` is the least distance between two
    tick labels, in the chart's units (a label "2019-03" is about 45 wide at 11px)."""
    left, right_pad, top_pad, bottom_pad = 48, 28, 12, 34
    chart = Chart(title, width, height, left, height - bottom_pad, width - right_pad)
    counts = {m: n for m, n in counts.items() if n > 0 and 1 <= m[0] <= 9998}
    if not counts:
        return chart
    lo, hi, chart.left_out = _trim(counts)
    yearly = hi - lo + 1 > YEARLY_AFTER
    chart.unit = "year" if yearly else "month"
    bins: dict[int, int] = {}  # bin's first month index -> count
    for m, n in counts.items():
        i = _index(m)
        if lo <= i <= hi:
            key = (i // 12) * 12 if yearly else i
            bins[key] = bins.get(key, 0) + n
    size = 12 if yearly else 1
    first, stop = min(bins), max(bins) + size  # the axis runs to the end of the last bin
    day0, day1 = _day(_month(first)), _day(_month(stop))
    plot = chart.right - left

    def x(index: int) -> float:
        return left + (_day(_month(index)) - day0) / (day1 - day0) * plot

    step_y = _nice_step(max(bins.values()))
    top = math.ceil(max(bins.values()) / step_y) * step_y
    scale = (chart.bottom - top_pad) / top
    for key, n in sorted(bins.items()):
        x0, x1 = x(key), x(key + size)
        y, m = _month(key)
        label = f"{y}" if yearly else f"{y}-{m:02d}"
        chart.bars.append(Bar(round(x0 + 0.5, 2), round(chart.bottom - n * scale, 2),
                              round(max(0.8, x1 - x0 - 1), 2), round(n * scale, 2),
                              f"{label}: {n:,}"))
    chart.yticks = [YTick(round(chart.bottom - v * scale, 2), f"{v:,}")
                    for v in range(0, top + 1, step_y)]
    # x ticks: the smallest whole step whose labels keep `label_room` apart.
    months_per_px = (stop - first) / plot
    steps = ([] if yearly else list(MONTH_STEPS)) + [12 * s for s in YEAR_STEPS]
    step = next((s for s in steps if s / months_per_px >= label_room), steps[-1])
    start = -(-first // step) * step
    for i in range(start, stop + 1, step):
        y, m = _month(i)
        label = f"{y}" if step % 12 == 0 else f"{y}-{m:02d}"
        chart.ticks.append(Tick(round(x(i), 2), label, dt.date(y, m, 1).isoformat()))
    chart.total = sum(counts.values())
    chart.first, chart.last = (f"{_month(first)[0]}-{_month(first)[1]:02d}",
                               f"{_month(stop - 1)[0]}-{_month(stop - 1)[1]:02d}")
    return chart
