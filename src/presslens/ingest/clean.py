"""Turn scraped, Markdown-ish text into the clean text every offset refers to, keeping a map back to the raw.

Each step is a regex rewrite of a `Mapped` text: a string plus, for every character, the offset in the raw
input it came from. Rewrites copy stretches of the current text (their raw offsets travel with them) or insert
short literals (mapped to where the match began), so any clean span can be located in the raw file.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

# A replacement piece: a (start, end) stretch of the current text to copy, or a literal to insert.
Piece = tuple[int, int] | str


@dataclass(frozen=True)
class Mapped:
    text: str
    raw: array  # raw[i] is the raw offset of text[i]; one extra entry maps the end of the text

    @classmethod
    def of(cls, text: str) -> Mapped:
        return cls(text, array("l", range(len(text) + 1)))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], list[Piece]]) -> Mapped:
        parts: list[str] = []
        raw = array("l")
        pos = 0
        for m in pattern.finditer(self.text):
            parts.append(self.text[pos : m.start()])
            raw.extend(self.raw[pos : m.start()])
            for piece in repl(m):
                if isinstance(piece, str):
                    parts.append(piece)
                    raw.extend([self.raw[m.start()]] * len(piece))
                else:
                    a, b = piece
                    parts.append(self.text[a:b])
                    raw.extend(self.raw[a:b])
            pos = m.end()
        if pos == 0:
            return self
        parts.append(self.text[pos:])
        raw.extend(self.raw[pos:])
        return Mapped("".join(parts), raw)

    def breakpoints(self) -> list[tuple[int, int]]:
        """The map in compact form: (clean, raw) wherever the two stop advancing together."""
        points: list[tuple[int, int]] = []
        prev = None
        for i, r in enumerate(self.raw):
            if prev is None or r != prev + 1:
                points.append((i, r))
            prev = r
        return points


def to_raw(offset_map: list[tuple[int, int]], offset: int) -> int:
    """The raw offset of a clean offset, from the breakpoints of `Mapped.breakpoints`."""
    if not offset_map:
        return offset
    i = bisect_right(offset_map, (offset, float("inf"))) - 1
    clean, raw = offset_map[max(i, 0)]
    return raw + (offset - clean)


def to_raw_span(offset_map: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The raw stretch of a clean span (end exclusive): its last character's raw offset, plus one."""
    return to_raw(offset_map, start), (
        to_raw(offset_map, end - 1) + 1 if end > start else to_raw(offset_map, start)
    )


@dataclass(frozen=True)
class CleanText:
    text: str
    offset_map: list[tuple[int, int]]


def _group(n: int) -> Callable[[re.Match[str]], list[Piece]]:
    return lambda m: [m.span(n)]


def _literal(s: str) -> Callable[[re.Match[str]], list[Piece]]:
    return lambda m: [s]


_CONTROL = re.compile(
    r"\r\n?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]|[\u00a0\u2000-\u200a\u202f\u3000\t]"
)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#|mailto:)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_MD_LINE_MARK = re.compile(r"(?m)^[ ]{0,3}(?:#{1,6}[ ]+|>[ ]?|[*+•][ ]+)")
_MD_TRAILING_HASHES = re.compile(r"(?m)[ ]+#+[ ]*$")
_MD_CODE = re.compile(r"`([^`\n]+)`")
# Paired emphasis on one line: the opening marker is not inside a word or escaped, the closing one is not
# followed by a word character. Longest markers first so ***x*** loses all six.
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*\*\*|\*\*|\*|___|__|_)(?![\s*_])(.+?)(?<![\s\\])\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~\"'&%])")
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});")
_EDGE_SPACES = re.compile(r"(?m)^[ ]+|[ ]+$")
_SPACE_RUN = re.compile(r"[ ]{2,}")
_BLANK_RUN = re.compile(r"\n(?:[ ]*\n)+")
_TERMINAL = '.!?:;"”’»)]…'


def _control(m: re.Match[str]) -> list[Piece]:
    s = m.group()
    if s.startswith("\r"):
        return ["\n"]
    if s.isspace():
        return [" "]
    return []


def _entity(m: re.Match[str]) -> list[Piece]:
    decoded = html.unescape(m.group())
    return [m.span()] if decoded == m.group() else [decoded]


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _soft_wraps(text: str) -> list[int]:
    """Offsets of single newlines that merely wrap prose inside a paragraph (hard-wrapped text)."""
    found: list[int] = []
    start = 0
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if len(lines) > 2 or (len(lines) == 2 and len(lines[0]) >= 60):
            lengths = sorted(len(line) for line in lines[:-1])
            if lengths[len(lengths) // 2] >= 50:
                pos = start
                for line in lines[:-1]:
                    pos += len(line)
                    found.append(pos)
                    pos += 1
        start += len(block) + 2
    return found


def _broken_paragraphs(text: str) -> list[int]:
    """Offsets of paragraph breaks that fall in mid-sentence (the next paragraph starts in lower case)."""
    found: list[int] = []
    pos = text.find("\n\n")
    while pos != -1:
        line_start = text.rfind("\n", 0, pos) + 1
        before = text[line_start:pos].rstrip()
        after = text[pos + 2 : pos + 3]
        if before and before[-1] not in _TERMINAL and after.islower() and not _is_heading(before):
            found.append(pos)
        pos = text.find("\n\n", pos + 2)
    return found


def _join_at(mapped: Mapped, positions: list[int], width: int) -> Mapped:
    """Replace the `width` characters at each position by one space."""
    if not positions:
        return mapped
    parts: list[str] = []
    raw = array("l")
    prev = 0
    for p in positions:
        parts.append(mapped.text[prev:p])
        raw.extend(mapped.raw[prev:p])
        parts.append(" ")
        raw.append(mapped.raw[p])
        prev = p + width
    parts.append(mapped.text[prev:])
    raw.extend(mapped.raw[prev:])
    return Mapped("".join(parts), raw)


def clean_text(raw: str, markdown: bool = True) -> CleanText:
    """The clean text of a raw article and its offset map (see `Mapped.breakpoints`)."""
    m = Mapped.of(raw)
    m = m.sub(_CONTROL, _control)
    if markdown:
        m = m.sub(_MD_IMAGE, _literal(""))
        m = m.sub(_MD_LINK, _group(1))
        m = m.sub(_MD_LINE_MARK, _literal(""))
        m = m.sub(_MD_TRAILING_HASHES, _literal(""))
        m = m.sub(_MD_CODE, _group(1))
        m = m.sub(_EMPHASIS, _group(2))
        m = m.sub(_EMPHASIS, _group(2))  # nested emphasis: **bold *and italic***
        m = m.sub(_ESCAPE, _group(1))
    m = m.sub(_ENTITY, _entity)
    m = m.sub(_EDGE_SPACES, _literal(""))
    m = m.sub(_SPACE_RUN, _literal(" "))
    m = m.sub(_BLANK_RUN, _literal("\n\n"))
    m = _join_at(m, _soft_wraps(m.text), 1)
    m = _join_at(m, _broken_paragraphs(m.text), 2)
    text = m.text
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    if lead or trail < len(text):
        m = Mapped(text[lead:trail], m.raw[lead : trail + 1])
    return CleanText(m.text, m.breakpoints())
