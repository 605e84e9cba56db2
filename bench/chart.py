"""The scale chart: a hand-written SVG, no plotting library.

Four log-log panels sharing the x axis (facts in the fact base): one check
(p50), loading the fact base, its size (raw and gzipped) and the memory the
loaded fact base holds. Each panel draws the measured points, a dashed line
of linear growth through the smallest base for reference, and the budget
at 1 M facts where the issue sets one. Used by bench/run.py.
"""
import math

W, H = 900, 680
PANEL_W, PANEL_H = 360, 220
MARGIN_L, MARGIN_T = 70, 105
GAP_X, GAP_Y = 80, 95
COLORS = ["#1f5fa8", "#c2410c", "#15803d", "#7c3aed"]


def _esc(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fmt(v):
    if v >= 1e6:
        return f"{v / 1e6:g} M"
    if v >= 1e3:
        return f"{v / 1e3:g} k"
    return f"{v:g}"


def _decades(lo, hi):
    a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    if a == b:
        b += 1
    return a, b


def _panel(x0, y0, title, unit, xs, series, budget=None, budget_label=""):
    """series: [(label, [y…])]; returns SVG elements."""
    ys_all = [y for _, ys in series for y in ys if y and y > 0]
    if budget:
        ys_all.append(budget)
    # The linear-growth reference from the first point of the first series.
    ref = [series[0][1][0] * x / xs[0] for x in xs] if series[0][1][0] else []
    ys_all += [r for r in ref if r > 0]
    ya, yb = _decades(min(ys_all), max(ys_all))
    xa, xb = _decades(min(xs), max(xs))

    def px(x):
        return x0 + (math.log10(x) - xa) / (xb - xa) * PANEL_W

    def py(y):
        return y0 + PANEL_H - (math.log10(y) - ya) / (yb - ya) * PANEL_H

    out = [f'<text x="{x0}" y="{y0 - 12}" class="title">{_esc(title)} ({_esc(unit)})</text>',
           f'<rect x="{x0}" y="{y0}" width="{PANEL_W}" height="{PANEL_H}" class="frame"/>']
    for d in range(ya, yb + 1):
        y = py(10 ** d)
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + PANEL_W}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{_fmt(10 ** d)}</text>')
    for d in range(xa, xb + 1):
        x = px(10 ** d)
        out.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y0 + PANEL_H}" class="grid"/>')
        out.append(f'<text x="{x:.1f}" y="{y0 + PANEL_H + 16}" class="tick" text-anchor="middle">{_fmt(10 ** d)}</text>')
    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{y0 + PANEL_H + 34}" class="axis" text-anchor="middle">facts</text>')
    if ref:
        pts = " ".join(f"{px(x):.1f},{py(r):.1f}" for x, r in zip(xs, ref) if r > 0)
        out.append(f'<polyline points="{pts}" class="ref"/>')
    if budget:
        y = py(budget)
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + PANEL_W}" y2="{y:.1f}" class="budget"/>')
        out.append(f'<text x="{x0 + PANEL_W - 4}" y="{y - 5:.1f}" class="budgetlabel" text-anchor="end">'
                   f'budget at 1 M facts: {_esc(budget_label)}</text>')
    legend_y = y0 + 14
    for k, (label, ys) in enumerate(series):
        color = COLORS[k % len(COLORS)]
        pts = [(px(x), py(y)) for x, y in zip(xs, ys) if y and y > 0]
        if len(pts) > 1:
            out.append(f'<polyline points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in pts)}" '
                       f'fill="none" stroke="{color}" stroke-width="2"/>')
        for (a, b), y in zip(pts, [y for y in ys if y and y > 0]):
            out.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3.5" fill="{color}">'
                       f'<title>{_esc(label)}: {y:.4g} {_esc(unit)}</title></circle>')
        if len(series) > 1:
            out.append(f'<text x="{x0 + 8}" y="{legend_y}" class="legend" style="fill:{color}">{_esc(label)}</text>')
            legend_y += 14
    return out


def scale_svg(rows, subtitle=""):
    """rows: [{"facts", "check_p50_us", "load_ms", "bytes", "gzip_bytes", "memory_mb"}], by facts."""
    xs = [r["facts"] for r in rows]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
             f'role="img" aria-labelledby="t d">',
             '<title id="t">figcheck at scale: check, load, size and memory against the number of facts</title>',
             '<desc id="d">Four log-log panels. Dashed grey lines show linear growth from the smallest '
             'fact base; red lines the budgets at one million facts.</desc>',
             '<style>text{font-family:system-ui,sans-serif;fill:#222}.title{font-size:14px;font-weight:600}'
             '.tick{font-size:11px;fill:#555}.axis{font-size:11px;fill:#555}.legend{font-size:12px}'
             '.frame{fill:#fff;stroke:#999}.grid{stroke:#e5e5e5}.ref{fill:none;stroke:#999;stroke-dasharray:4 4}'
             '.budget{stroke:#dc2626;stroke-width:1.5;stroke-dasharray:6 3}.budgetlabel{font-size:11px;fill:#dc2626}'
             '</style>',
             f'<rect width="{W}" height="{H}" fill="#fafafa"/>',
             '<text x="20" y="28" style="font-size:17px;font-weight:700">figcheck at scale</text>',
             f'<text x="20" y="48" class="tick">{_esc(subtitle)}</text>',
             '<text x="20" y="66" class="tick">Log-log. Dots: measured (seed base, then synthetic '
             '10 k, 100 k, 1 M facts). Grey dashes: linear growth. Red dashes: budget at 1 M facts.</text>']
    cells = [
        ("One check, p50", "µs", [("p50", [r["check_p50_us"] for r in rows])], 1000, "1 ms"),
        ("Load", "ms", [("load", [r["load_ms"] for r in rows])], 1000, "1 s"),
        ("Compiled size", "MB", [("raw", [r["bytes"] / 1e6 for r in rows]),
                                 ("gzipped", [r["gzip_bytes"] / 1e6 for r in rows])], None, ""),
        ("Memory after load", "MB", [("memory", [r["memory_mb"] for r in rows])], 1024, "1 GB"),
    ]
    for k, (title, unit, series, budget, budget_label) in enumerate(cells):
        x0 = MARGIN_L + (k % 2) * (PANEL_W + GAP_X)
        y0 = MARGIN_T + (k // 2) * (PANEL_H + GAP_Y)
        parts += _panel(x0, y0, title, unit, xs, series, budget, budget_label)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
