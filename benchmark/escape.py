"""One escaping helper per output format, for every string that comes from a file (names, tasks, reasons...)."""

from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup, escape

_NEWLINES = re.compile(r"\r\n|\r|\n")
# Inline Markdown syntax: backslash first so that the escapes added below are not escaped again.
_MD_SPECIAL = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "[": "\\[",
    "]": "\\]",
    "|": "\\|",
    "~": "\\~",
    "$": "\\$",
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
}
_MD_CHARS = re.compile("[" + re.escape("".join(_MD_SPECIAL)) + "]")
_UNDERSCORES = re.compile(r"_+")
_BLOCK_START = re.compile(r"^([#+=-]|\d{1,9}(?=[.)]))")
_BACKTICKS = re.compile(r"`+")
_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_SCRIPT_JSON = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def html(text: str) -> Markup:
    """HTML text or a double-quoted attribute value (also inline SVG): ``& < > " '`` become references."""
    return escape(text)


def script_json(value: Any) -> Markup:
    """JSON for a ``<script>`` element: ``<``, ``>``, ``&`` as ``\\u`` escapes, so no ``</`` or ``<!--`` occurs."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return Markup("".join(_SCRIPT_JSON.get(c, c) for c in text))


def _underscore(match: re.Match[str]) -> str:
    """Keep intraword underscores (``ndcg_at_10``: no emphasis in CommonMark); escape the others."""
    text, start, end = match.string, match.start(), match.end()
    if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
        return match.group()
    return "\\_" * (end - start)


def _block_start(match: re.Match[str]) -> str:
    """Keep text at a line start from opening a heading, list or setext underline (``# x``, ``- x``, ``1. x``)."""
    marker = match.group()
    return f"{marker}\\" if marker.isdigit() else f"\\{marker}"


def md(text: object) -> str:
    """Markdown inline text or table cell: one line, no markup, links, HTML, code or cell breaks."""
    one_line = _NEWLINES.sub(" ", str(text)).lstrip()
    escaped = _MD_CHARS.sub(lambda m: _MD_SPECIAL[m.group()], one_line)
    escaped = _UNDERSCORES.sub(_underscore, escaped)
    return _BLOCK_START.sub(_block_start, escaped, count=1)


def md_code(text: object) -> str:
    """A Markdown code span (outside tables) showing ``text`` literally, whatever backticks it holds."""
    one_line = _NEWLINES.sub(" ", str(text))
    if not one_line.strip(" "):
        return f"`{one_line}`" if one_line else "` `"  # spaces only are kept as they are
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(one_line)), default=0) + 1)
    pad = " " if one_line[0] in "` " or one_line[-1] in "` " else ""
    return f"{fence}{pad}{one_line}{pad}{fence}"


def csv_text(text: object) -> str:
    """A CSV text cell (the csv module quotes): a leading ``= + - @``, tab or CR gets a ``'`` (no formula)."""
    value = str(text)
    return "'" + value if value.startswith(_CSV_FORMULA) else value
