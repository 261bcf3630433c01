"""Inline SVG charts built in Python (no plotting library); every text and attribute value is escaped."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from benchmark.escape import html

Attr = str | float | int


@dataclass(frozen=True)
class ScatterPoint:
    """One model in the domain scatter (scores on the x100 scale)."""

    label: str
    title: str
    x: float
    y: float
    color: str


@dataclass(frozen=True)
class DotRow:
    """One model's score on one task (x100 scale); ``score`` None means not evaluated."""

    label: str
    title: str
    score: float | None
    ci: tuple[float, float] | None
    best: bool
    tied: bool
    color: str


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def _tag(name: str, attrs: Mapping[str, Attr], content: str | None = None) -> str:
    """One element; attribute values are escaped, ``content`` must already be markup."""
    parts = [name]
    for key, value in attrs.items():
        text = _num(value) if isinstance(value, float) else str(value)
        parts.append(f'{key}="{html(text)}"')
    opening = " ".join(parts)
    return f"<{opening}/>" if content is None else f"<{opening}>{content}</{name}>"


def _text(x: float, y: float, text: str, cls: str, **attrs: Attr) -> str:
    return _tag("text", {"x": x, "y": y, "class": cls, **attrs}, str(html(text)))


def _svg(width: int, height: int, label_id: str, title: str, desc: str, body: Iterable[str]) -> Markup:
    head = _tag("title", {"id": f"{label_id}-t"}, str(html(title))) + _tag(
        "desc", {"id": f"{label_id}-d"}, str(html(desc))
    )
    attrs: dict[str, Attr] = {
        "viewBox": f"0 0 {width} {height}",
        "role": "img",
        "aria-labelledby": f"{label_id}-t {label_id}-d",
        "class": "chart",
        "preserveAspectRatio": "xMidYMid meet",
    }
    return Markup(_tag("svg", attrs, head + "".join(body)))


def nice_range(
    values: Iterable[float], *, low: float = 0.0, high: float = 100.0, step: float = 10.0
) -> tuple[float, float]:
    """[low, high] widened to whole ``step``s so that every value fits."""
    finite = [v for v in values if math.isfinite(v)]
    lo = min([low, *finite])
    hi = max([high, *finite])
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


def ticks(lo: float, hi: float) -> list[float]:
    """Round tick positions inside [lo, hi]."""
    span = hi - lo
    step = next((s for s in (5.0, 10.0, 20.0, 25.0, 50.0) if span / s <= 6), 100.0)
    first = math.ceil(lo / step) * step
    count = math.floor((hi - first) / step + 1e-9) + 1
    return [first + i * step for i in range(count)]


def _spread(positions: list[float], gap: float, lo: float, hi: float) -> list[float]:
    """Move label baselines apart (keeping their order) so that no two are closer than ``gap``."""
    order = sorted(range(len(positions)), key=lambda i: (positions[i], i))
    placed = [positions[i] for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    overflow = placed[-1] - hi if placed else 0.0
    if overflow > 0:
        placed = [p - overflow for p in placed]
        for k in range(len(placed) - 2, -1, -1):
            placed[k] = min(placed[k], placed[k + 1] - gap)
    placed = [max(lo, p) for p in placed]
    out = [0.0] * len(positions)
    for slot, index in enumerate(order):
        out[index] = placed[slot]
    return out


def scatter(
    points: Sequence[ScatterPoint], *, x_label: str, y_label: str, label_id: str, title: str, desc: str
) -> Markup:
    """Scatter of two domain means with the y = x diagonal and the half-planes labelled."""
    width, height = 440, 420
    left, right, top, bottom = 58, 18, 16, 52
    pw, ph = width - left - right, height - top - bottom
    lo, hi = nice_range([v for p in points for v in (p.x, p.y)])

    def sx(v: float) -> float:
        return left + (v - lo) / (hi - lo) * pw

    def sy(v: float) -> float:
        return top + ph - (v - lo) / (hi - lo) * ph

    body = [
        _tag("polygon", {"points": f"{left},{top} {left},{top + ph} {left + pw},{top}", "class": "above"}),
        _tag("rect", {"x": left, "y": top, "width": pw, "height": ph, "class": "frame"}),
    ]
    for t in ticks(lo, hi):
        body += [
            _tag("line", {"x1": sx(t), "x2": sx(t), "y1": top, "y2": top + ph, "class": "grid"}),
            _tag("line", {"x1": left, "x2": left + pw, "y1": sy(t), "y2": sy(t), "class": "grid"}),
            _text(sx(t), top + ph + 16, f"{t:g}", "tick", **{"text-anchor": "middle"}),
            _text(left - 8, sy(t) + 4, f"{t:g}", "tick", **{"text-anchor": "end"}),
        ]
    body += [
        _tag("line", {"x1": sx(lo), "y1": sy(lo), "x2": sx(hi), "y2": sy(hi), "class": "diag"}),
        _text(left + 10, top + 20, f"{y_label} > {x_label}", "region"),
        _text(left + pw - 10, top + ph - 12, f"{x_label} > {y_label}", "region", **{"text-anchor": "end"}),
        _text(left + pw / 2, height - 12, f"{x_label} mean (x100)", "axis", **{"text-anchor": "middle"}),
        _text(
            16,
            top + ph / 2,
            f"{y_label} mean (x100)",
            "axis",
            **{"text-anchor": "middle", "transform": f"rotate(-90 16 {_num(top + ph / 2)})"},
        ),
    ]
    label_y = _spread([sy(p.y) + 4 for p in points], 14.0, top + 12, top + ph - 4)
    for point, ly in zip(points, label_y, strict=True):
        cx, cy = sx(point.x), sy(point.y)
        on_right = cx < left + pw * 0.62
        lx = cx + 10 if on_right else cx - 10
        body.append(
            _tag(
                "g",
                {"class": "pt"},
                _tag("title", {}, str(html(point.title)))
                + _tag("circle", {"cx": cx, "cy": cy, "r": 6, "fill": point.color, "class": "dot solid"})
                + _text(lx, ly, point.label, "plabel", **{"text-anchor": "start" if on_right else "end"}),
            )
        )
    return _svg(width, height, label_id, title, desc, body)


def dot_plot(rows: Sequence[DotRow], *, lo: float, hi: float, label_id: str, title: str, desc: str) -> Markup:
    """One task: a dot per model with its CI whisker; tied-with-best rows shaded, best starred."""
    width, row_h, top, axis_h = 340, 24, 6, 26
    label_w, x0, x1 = 112, 120, width - 26
    height = top + row_h * len(rows) + axis_h

    def sx(v: float) -> float:
        return x0 + (min(max(v, lo), hi) - lo) / (hi - lo) * (x1 - x0)

    body: list[str] = []
    for i, row in enumerate(rows):
        if row.tied and row.score is not None:
            body.append(_tag("rect", {"x": 0, "y": top + i * row_h, "width": width, "height": row_h, "class": "tie"}))
    for t in ticks(lo, hi):
        body += [
            _tag("line", {"x1": sx(t), "x2": sx(t), "y1": top, "y2": top + row_h * len(rows), "class": "grid"}),
            _text(sx(t), height - 8, f"{t:g}", "tick", **{"text-anchor": "middle"}),
        ]
    for i, row in enumerate(rows):
        cy = top + i * row_h + row_h / 2
        label = row.label if len(row.label) <= 17 else row.label[:16] + "…"
        parts = [
            _tag("title", {}, str(html(row.title))),
            _text(label_w, cy + 4, label, "rlabel", **{"text-anchor": "end"}),
        ]
        if row.score is None:
            parts.append(_text(x0 + 2, cy + 4, "not evaluated", "na"))
        else:
            end = sx(row.score)
            if row.ci is not None:
                a, b = sx(row.ci[0]), sx(row.ci[1])
                end = max(end, b)
                parts += [
                    _tag("line", {"x1": a, "x2": b, "y1": cy, "y2": cy, "stroke": row.color, "class": "whisker"}),
                    _tag(
                        "line", {"x1": a, "x2": a, "y1": cy - 4, "y2": cy + 4, "stroke": row.color, "class": "whisker"}
                    ),
                    _tag(
                        "line", {"x1": b, "x2": b, "y1": cy - 4, "y2": cy + 4, "stroke": row.color, "class": "whisker"}
                    ),
                ]
            fill = row.color if row.tied else "none"
            cls = "dot solid" if row.tied else "dot hollow"
            parts.append(
                _tag(
                    "circle", {"cx": sx(row.score), "cy": cy, "r": 4.5, "fill": fill, "stroke": row.color, "class": cls}
                )
            )
            if row.best:
                parts.append(_text(min(end + 6, width - 12), cy + 4.5, "★", "star"))
        body.append(_tag("g", {"class": "row"}, "".join(parts)))
    return _svg(width, height, label_id, title, desc, body)


def swatch(color: str, *, hollow: bool = False, size: int = 10) -> Markup:
    """A small dot for legends and table cells."""
    r = size / 2
    circle = _tag(
        "circle",
        {"cx": r, "cy": r, "r": r - 1.5, "fill": "none" if hollow else color, "stroke": color, "stroke-width": 1.5},
    )
    return Markup(
        _tag(
            "svg",
            {"viewBox": f"0 0 {size} {size}", "width": size, "height": size, "aria-hidden": "true", "class": "sw"},
            circle,
        )
    )
