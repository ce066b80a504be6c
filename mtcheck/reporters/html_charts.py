"""Charts of the HTML report, drawn by matplotlib as SVG and embedded as ``data:`` images.

Three charts: the score distribution, findings by check and findings by group
(or by origin when the run covers one group). Each is an SVG file inside an
``<img src="data:image/svg+xml;base64,...">``: an image cannot run script nor
load anything, so labels taken from the input (group names, origins) can do no
harm there, and the page stays one file that makes no request.

Severities are told apart by colour (the Okabe-Ito palette, readable with every
common colour-vision deficiency) and by hatching, never by colour alone. The
output is deterministic: fixed SVG ids, no date in the metadata.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..model import RunResult, Severity
from .html_highlight import BIDI_CONTROLS

#: Okabe-Ito colours of the severities, shared with the page's stylesheet
SEVERITY_COLOURS = {Severity.ERROR: "#D55E00", Severity.WARNING: "#E69F00", Severity.INFO: "#0072B2"}
#: hatching, so bars stay distinct in greyscale prints and for any colour vision
SEVERITY_HATCH = {Severity.ERROR: "////", Severity.WARNING: "\\\\\\\\", Severity.INFO: ""}
#: most bars in one chart; the rest are summed in a last bar
MAX_BARS = 15
#: longest bar label, in characters; longer ones are cut with an ellipsis
LABEL_CHARS = 38
_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_RC = {
    "svg.fonttype": "none",  # text stays text: small files, crisp at any zoom
    "svg.hashsalt": "mtcheck",  # fixed element ids: same result, same bytes
    "text.parse_math": False,  # a '$' in a group name must print as '$', not start TeX
    "font.family": "sans-serif",
    "font.sans-serif": ["Inter", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"],
    "font.size": 9,
    "axes.edgecolor": "#9aa0a6",
    "axes.labelcolor": "#3c4043",
    "xtick.color": "#5f6368",
    "ytick.color": "#3c4043",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "hatch.color": "#ffffff",
    "hatch.linewidth": 0.8,
}


@dataclass(frozen=True)
class Chart:
    """One chart: a heading, a text alternative and the image as a ``data:`` URI."""

    title: str
    alt: str
    uri: str


def _cut(label: str) -> str:
    """A one-line bar label: bidi controls named (they would reverse it), long labels cut."""
    label = BIDI_CONTROLS.sub(lambda c: f"[U+{ord(c.group()):04X}]", " ".join(label.split())) or "(none)"
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "\N{HORIZONTAL ELLIPSIS}"


def _svg_uri(figure: Any) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight", transparent=True)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _score_chart(scores: list[float]) -> Chart:
    from matplotlib.figure import Figure

    bins = [0] * 10
    for score in scores:
        bins[min(9, int(score // 10))] += 1
    figure = Figure(figsize=(6.2, 2.9))
    axes = figure.subplots()
    axes.bar([10 * i + 5 for i in range(10)], bins, width=9, color="#56B4E9", edgecolor="#0072B2", linewidth=0.6)
    axes.set_xlim(0, 100)
    axes.set_xticks(range(0, 101, 10))
    axes.set_xlabel("score (100 = nothing found)")
    axes.set_ylabel("documents")
    axes.yaxis.get_major_locator().set_params(integer=True)
    alt = "Documents per score band: " + ", ".join(
        f"{10 * i}\N{EN DASH}{10 * i + 10}: {n}" for i, n in enumerate(bins) if n
    )
    return Chart("Score distribution", alt, _svg_uri(figure))


def _stacked_chart(title: str, rows: list[tuple[str, Counter]]) -> Chart:
    """Horizontal bars, one per label, stacked by severity; the biggest on top."""
    from matplotlib.figure import Figure

    if len(rows) > MAX_BARS:
        rest: Counter = Counter()
        for _, counts in rows[MAX_BARS - 1:]:
            rest.update(counts)
        rows = rows[: MAX_BARS - 1] + [(f"{len(rows) - MAX_BARS + 1} more", rest)]
    labels = [_cut(label) for label, _ in rows]
    figure = Figure(figsize=(6.2, max(1.9, 0.6 + 0.27 * len(rows))))
    axes = figure.subplots()
    positions = list(range(len(rows)))[::-1]
    left = [0] * len(rows)
    for severity in _SEVERITIES:
        widths = [counts[severity] for _, counts in rows]
        drawn = [i for i, width in enumerate(widths) if width]  # no empty bars: each costs bytes
        if not drawn:
            continue
        axes.barh([positions[i] for i in drawn], [widths[i] for i in drawn], left=[left[i] for i in drawn],
                  height=0.7, color=SEVERITY_COLOURS[severity], hatch=SEVERITY_HATCH[severity],
                  edgecolor="white", linewidth=0.4, label=severity.value)
        left = [a + b for a, b in zip(left, widths)]
    axes.set_yticks(positions, labels)
    axes.set_xlabel("findings")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.legend(frameon=False, loc="lower right", fontsize=8)
    alt = f"{title}: " + "; ".join(f"{label} {sum(c.values())}" for label, (_, c) in zip(labels, rows))
    return Chart(title, alt, _svg_uri(figure))


def _counts_by(result: RunResult, key: Any) -> list[tuple[str, Counter]]:
    """Findings per label, stacked by severity, most findings first, ties by label."""
    grouped: dict[str, Counter] = {}
    for doc in result.documents:
        for finding in doc.findings:
            grouped.setdefault(key(doc, finding), Counter())[finding.severity] += 1
    return sorted(grouped.items(), key=lambda item: (-sum(item[1].values()), item[0]))


def charts(result: RunResult) -> list[Chart]:
    """The report's charts; a chart with nothing to show is left out."""
    import matplotlib

    found: list[Chart] = []
    with matplotlib.rc_context(_RC):
        scores = [d.score for d in result.documents if not d.error]
        if scores:
            found.append(_score_chart(scores))
        by_check = _counts_by(result, lambda doc, finding: finding.check)
        if by_check:
            found.append(_stacked_chart("Findings by check", by_check))
            # where the findings come from: by group when the run covers several, else by
            # origin; one bar compares nothing, so a single source gets no chart
            several = len({d.document.group for d in result.documents}) > 1
            by_source = _counts_by(result, (lambda doc, f: doc.document.group or "(no group)") if several
                                   else (lambda doc, f: doc.document.origin))
            if len(by_source) > 1:
                found.append(_stacked_chart("Findings by group" if several else "Findings by origin", by_source))
    return found
