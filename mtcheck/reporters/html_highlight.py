"""The only markup of the HTML report that is built in Python from input.

``highlight`` turns a text and its findings into HTML, escaping every piece of
the text and every attribute value itself; ``script_json`` writes data for the
page's script so that no string in it can close or bend a ``<script>`` element.
Everything else on the page comes from autoescaping Jinja2 templates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Sequence

from markupsafe import Markup, escape

from ..model import Severity

#: bidirectional controls: each is wrapped in an isolating element so that one
#: planted in scraped text cannot reverse the text around it (and is shown)
BIDI_CONTROLS = re.compile("[\N{ARABIC LETTER MARK}\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}"
                   "\N{LEFT-TO-RIGHT EMBEDDING}-\N{RIGHT-TO-LEFT OVERRIDE}"
                   "\N{LEFT-TO-RIGHT ISOLATE}-\N{POP DIRECTIONAL ISOLATE}]")
#: characters JSON leaves raw that must not reach a <script> element as such: inside
#: one only '<' can begin '</script' or '<!--' ('>' and '&' mean nothing there)
_SCRIPT_UNSAFE = re.compile("[<\N{LINE SEPARATOR}\N{PARAGRAPH SEPARATOR}\ud800-\udfff]")
_RANK = {s.value: s.rank for s in Severity}


@dataclass(frozen=True)
class Mark:
    """A finding to highlight in a text, with offsets into that text.

    ``whole`` is False when the text holds only part of the finding (an align
    cell) or its offsets do not give back its excerpt: such a finding is drawn
    as fragments and never claims ``data-check``.
    """

    start: int
    end: int
    finding: int
    check: str
    severity: str
    whole: bool = True


def _usable(text: str, marks: Sequence[Mark]) -> list[Mark]:
    """The marks whose offsets fall inside ``text`` (a saved result may be damaged)."""
    return [m for m in marks if 0 <= m.start <= m.end <= len(text)]


def _nested(marks: Sequence[Mark]) -> list[bool]:
    """Which marks become one element: a set in which no two spans cross.

    Spans that nest or coincide can all be elements; of two that cross, the
    more severe (then the longer) stays whole and the other is drawn as fragments.
    """
    order = sorted(range(len(marks)), key=lambda i: (
        -_RANK.get(marks[i].severity, 0), -(marks[i].end - marks[i].start), marks[i].start, i))
    kept: list[Mark] = []
    whole = [False] * len(marks)
    for i in order:
        m = marks[i]
        if m.whole and all(
            not (a.start < m.start < a.end < m.end or m.start < a.start < m.end < a.end) for a in kept
        ):
            kept.append(m)
            whole[i] = True
    return whole


def placed_whole(text: str, marks: Sequence[Mark]) -> set[int]:
    """The findings ``highlight(text, marks)`` draws as one element each."""
    usable = _usable(text, marks)
    return {m.finding for m, w in zip(usable, _nested(usable)) if w}


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    """``text`` as HTML with every mark highlighted.

    Each whole mark becomes ``<mark data-check data-severity data-finding>``
    whose text is exactly ``text[start:end]``; marks nest where spans nest, and
    one that crosses a kept mark becomes ``<span class="frag">`` pieces without
    ``data-check``. Every piece of ``text`` and every attribute value is escaped
    here; carriage returns are written as references, because the HTML parser
    would otherwise turn ``\\r\\n`` into ``\\n`` and change the text.
    """
    marks = _usable(text, marks)
    whole = _nested(marks)
    spans = sorted((m for m, w in zip(marks, whole) if w and m.end > m.start),
                   key=lambda m: (m.start, -m.end, m.finding))
    empties = sorted((m for m, w in zip(marks, whole) if w and m.end == m.start),
                     key=lambda m: (m.start, m.finding))
    fragments = [m for m, w in zip(marks, whole) if not w and m.end > m.start]
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})

    # attributes in single quotes (escape() encodes both quotes): the HTML travels
    # as a JSON string, where each double quote would cost a backslash
    def open_tag(m: Mark) -> str:
        return f"<mark data-finding='{m.finding}' data-check='{escape(m.check)}' data-severity='{escape(m.severity)}'>"

    def chunk(piece: str) -> str:
        safe = str(escape(piece)).replace("\r", "&#13;")
        return BIDI_CONTROLS.sub(lambda c: f"<span class='ctl' data-cp='U+{ord(c.group()):04X}'>{c.group()}</span>", safe)

    out: list[str] = []
    stack: list[Mark] = []
    opening = empty = 0
    for here, after in zip(points, [*points[1:], None]):
        while stack and stack[-1].end <= here:
            stack.pop()
            out.append("</mark>")
        while empty < len(empties) and empties[empty].start == here:
            out.append(open_tag(empties[empty]) + "</mark>")
            empty += 1
        while opening < len(spans) and spans[opening].start == here:
            out.append(open_tag(spans[opening]))
            stack.append(spans[opening])
            opening += 1
        if after is None:
            break
        html = chunk(text[here:after])
        for m in fragments:
            if m.start <= here and after <= m.end:
                html = f"<span class='frag sev-{escape(m.severity)}' data-finding='{m.finding}'>{html}</span>"
        out.append(html)
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def script_json(data: Any) -> Markup:
    """``data`` as JSON that can sit inside ``<script type="application/json">``.

    ``<`` becomes ``\\u003c``, so no ``</script>`` or ``<!--`` can end or bend the
    element; U+2028/2029 and lone surrogates are escaped too, so the file is
    valid UTF-8 and every JavaScript parser reads the same string.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return Markup(_SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
