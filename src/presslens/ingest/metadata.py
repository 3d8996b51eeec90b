"""Metadata read from the text itself: title line, bylines, date lines, datelines and translator credits.

Works on the clean text and returns character spans, so every field can show where it was read. Lines it
recognises also get a role (title, byline, dateline, credit, heading) that analyzers use to skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presslens.ingest.clean import clean_text
from presslens.ingest.dates import find_date

_NAME_WORD = (
    r"(?:[A-Z][\w'’\-]*\.?|(?:de|da|do|dos|del|della|di|du|la|le|van|von|der|den|bin|al|el|ibn|y|e)\b)"
)
_NAME = rf"[A-Z][\w'’\-]*\.?(?:\s+{_NAME_WORD}){{1,5}}"
_NAME_RE = re.compile(rf"^{_NAME}$")
_NAMES_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.I)

_BYLINE = re.compile(
    r"^(?:by|written by|words by|por|par|von|author|authors|byline)\b\s*[:\-–—]?\s*(?P<rest>.+)$", re.I
)
_CREDIT = re.compile(
    r"^(?:translated(?:\s+from\s+[A-Z][a-z]+)?\s+by|translation(?:\s+by)?|translator|traducido\s+por"
    r"|traducción|translated\s+and\s+edited\s+by)\s*[:\-–—]?\s*(?P<rest>.+)$",
    re.I,
)
_REPORTING = re.compile(r"^\(?\s*(?:additional\s+)?reporting\s+by\s+(?P<rest>[^;)]+)", re.I)
_OUTLET_LEAD = re.compile(
    r"^(?:(?:special|exclusive|written|writing)\s+(?:for|to)|for|to|from|of|via|at|with)\s+", re.I
)
_ROLE_WORDS = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|bureau|chief|analyst|"
    r"journalist|translation|translator|desk|team|special|senior|fellow|guest|opinion)\b",
    re.I,
)
_WIRES = (
    "Reuters|AP|AFP|Xinhua|ITAR-TASS|TASS|RIA Novosti|Interfax|Bloomberg|dpa|DPA|ANSA|EFE|Kyodo|Yonhap|PTI|"
    "IANS|UPI|UNI|Anadolu|IRNA|KCNA|CNA|Prensa Latina|Sputnik|Ukrinform|PAP|CTK|APA|AAP|Bernama|Antara|"
    "WAFA|SANA|ANI"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?)"
    r"(?:,?\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<wire>" + _WIRES + r")\)\s*)?"
    # "MOSCOW (Reuters) - ", "CAIRO, Egypt (AP) -- ", the old AP archive's "(AP) _ "
    r"(?:--?|[–—:]|\s(?:--?|[–—_]))\s+"
)
# capitals that open a line with a colon or a dash but name no place
_LABELS = frozenset({
    "SEE ALSO", "ALSO", "EARLIER", "LATER", "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "READ",
    "READ MORE", "RELATED", "MORE", "EDITOR'S NOTE", "NOTE", "VIDEO", "PHOTOS", "EXCLUSIVE", "OPINION",
    "ANALYSIS", "LIVE", "FACT CHECK", "CORRECTION", "CLARIFICATION", "NEW", "WARNING", "ALERT", "URGENT",
    "FLASH", "BULLETIN", "QUESTION", "ANSWER", "PHOTO", "LISTEN", "ADVERTISEMENT", "SPONSORED",
})  # fmt: skip
_DATE_LEAD = re.compile(
    r"^(?:published|posted|updated|last updated|date|dated|first published|publication date|on)\b"
    r"\s*(?:on)?\s*[:\-–—]?\s*",
    re.I,
)
_HEADER_LINES = 8  # header lines (after the title) searched for bylines and dates
_FOOTER_PARAGRAPHS = 3


@dataclass
class TextMeta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    published_ambiguous: bool = False
    translated_by: str | None = None
    dateline: str | None = None
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, role) of non-body lines


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    paragraph: int


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos, paragraph = 0, 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append(_Line(pos, pos + len(raw), raw, paragraph))
        else:
            paragraph += 1
        pos += len(raw) + 1
    return out


def person_names(chunk: str) -> list[str]:
    """Split a run of names ("Jane Doe, John Roe and Ann Poe"), keeping what looks like a person's name."""
    names = [n.strip(" .,;") for n in _NAMES_SPLIT.split(chunk) if n.strip(" .,;")]
    names = [n.title() if n.isupper() else n for n in names]  # "BY JANE DOE"
    return [n for n in names if _NAME_RE.match(n) and not _ROLE_WORDS.search(n)]


def _names_and_outlet(
    rest: str, offset: int
) -> tuple[list[str], tuple[int, int] | None, str | None, tuple[int, int] | None]:
    """Names and outlet from the part of a byline after "By": "NAME / Special for OUTLET", "NAME, OUTLET"."""
    parts = re.split(r"\s+[/|–—\-]\s+|\s*[|/]\s*", rest, maxsplit=1)
    names_part = parts[0]
    tail = parts[1] if len(parts) > 1 else ""
    if not tail and "," in names_part:
        # "By Jane Doe, Reuters": what follows the last name after a comma may be the outlet
        head, _, last = names_part.rpartition(",")
        if person_names(head) and not person_names(last):
            names_part, tail = head, last.strip()
    names = person_names(names_part)
    if not names:
        return [], None, None, None
    names_span = (offset, offset + len(names_part.rstrip()))
    outlet = outlet_span = None
    if tail:
        tail_start = offset + rest.index(tail, len(names_part))
        lead = _OUTLET_LEAD.match(tail)
        candidate = tail[lead.end() :] if lead else tail
        candidate = re.split(r"\s*[|,;]\s*|\s+[-–—]\s+", candidate)[0].strip(" .")
        candidate = re.sub(r"\s+(?:Translation|News|Editorial)?\s*(?:Staff|Team|Desk)$", "", candidate)
        if candidate and not (_ROLE_WORDS.search(candidate) and not lead) and find_date(candidate) is None:
            outlet = candidate
            s = tail_start + tail.index(candidate)
            outlet_span = (s, s + len(candidate))
    return names, names_span, outlet, outlet_span


def _looks_like_title(line: _Line, lines: list[_Line]) -> bool:
    words = line.text.split()
    if not (1 <= len(words) <= 30) or len(line.text) > 250:
        return False
    if _BYLINE.match(line.text) or _DATELINE.match(line.text + " "):
        return False
    date = find_date(line.text)
    if date and date.end - date.start > 0.6 * len(line.text):
        return False
    alone = len([x for x in lines if x.paragraph == line.paragraph]) == 1
    return alone or not line.text.rstrip().endswith((".", ",", ";"))


def read_text_meta(text: str) -> TextMeta:
    meta = TextMeta()
    lines = _lines(text)
    if not lines:
        return meta
    header = lines[: _HEADER_LINES + 1]
    i = 0
    if len(lines) > 1 and _looks_like_title(lines[0], lines):
        first = lines[0]
        meta.title = first.text.strip()
        meta.evidence["title"] = (first.start, first.start + len(first.text.rstrip()))
        meta.roles.append((first.start, first.end, "title"))
        i = 1
    body = i
    for line in header[i:]:
        if not _header_line(meta, line):
            _dateline(meta, line)
            break  # the body has begun
        body += 1
    footer_from = max(lines[-1].paragraph - _FOOTER_PARAGRAPHS + 1, 1)
    for line in lines[body + 1 :]:
        if line.paragraph >= footer_from:
            _footer_line(meta, line)
    _headings(meta, lines)
    return meta


def _header_line(meta: TextMeta, line: _Line) -> bool:
    """Read a byline, a date line or a credit at the top; True if the line is metadata."""
    s = line.text
    byline = _BYLINE.match(s)
    if byline and not meta.authors:
        rest_start = line.start + byline.start("rest")
        names, names_span, outlet, outlet_span = _names_and_outlet(byline.group("rest"), rest_start)
        if names:
            meta.authors = names
            meta.evidence["authors"] = names_span  # type: ignore[assignment]
            if outlet and outlet_span:
                meta.outlet = outlet
                meta.evidence["outlet"] = outlet_span
            _published(meta, line)
            meta.roles.append((line.start, line.end, "byline"))
            return True
    if _credit(meta, line):
        return True
    lead = _DATE_LEAD.match(s)
    date = find_date(s)
    rest = s[date.end :].strip(" .,|-–—") if date else s
    # a date closing a short line ("Updated 3 August 1990") makes a date line; closing a sentence does not
    closes = date is not None and not rest and len(s[: date.start].split()) <= 4
    if date and (lead or len(s) - (date.end - date.start) <= 12 or closes or (rest and rest[0].isdigit())):
        _published(meta, line)
        meta.roles.append((line.start, line.end, "dateline"))
        return True
    return False


def _published(meta: TextMeta, line: _Line) -> None:
    date = find_date(line.text)
    if date and not meta.published:
        meta.published = date.iso
        meta.published_ambiguous = date.ambiguous
        meta.evidence["published"] = (line.start + date.start, line.start + date.end)


def _credit(meta: TextMeta, line: _Line) -> bool:
    credit = _CREDIT.match(line.text)
    if credit:
        rest = credit.group("rest")
        names, names_span, _, _ = _names_and_outlet(rest, line.start + credit.start("rest"))
        if names and names_span:
            meta.translated_by = names[0]
            first_end = names_span[0] + len(names[0])
            meta.evidence["translated_by"] = (names_span[0], first_end)
            meta.roles.append((line.start, line.end, "credit"))
            return True
    reporting = _REPORTING.match(line.text)
    if reporting:
        names = person_names(re.sub(r"\s+in\s+[A-Z][\w ]+$", "", reporting.group("rest")))
        if names:
            if not meta.authors:
                meta.authors = names
                s = line.start + reporting.start("rest")
                meta.evidence["authors"] = (s, s + len(reporting.group("rest").rstrip()))
            meta.roles.append((line.start, line.end, "credit"))
            return True
    return False


def _footer_line(meta: TextMeta, line: _Line) -> None:
    if _credit(meta, line):
        return
    byline = _BYLINE.match(line.text)
    if byline and len(line.text) < 120 and not meta.authors:
        _header_line(meta, line)


def _dateline(meta: TextMeta, line: _Line) -> None:
    """A wire dateline opening the first body paragraph: "MOSCOW, Dec 23 (Reuters) - "."""
    m = _DATELINE.match(line.text)
    if not m:
        return
    place = m.group("place").strip()
    city = place.split(",")[0]  # "CAIRO, Egypt": the city in capitals, its country as written
    if not any(c.isalpha() for c in city) or city != city.upper():
        return
    bare = city.replace(".", "").strip()
    if (len(bare) < 3 and bare not in ("UK", "US", "EU", "UN")) or bare in _LABELS:
        return  # "DB: ...", "Q: ..." (speakers of a transcript), "BREAKING NEWS: ...", "SEE ALSO: ..."
    meta.dateline = place
    meta.evidence["dateline"] = (line.start + m.start("place"), line.start + m.start("place") + len(place))
    meta.roles.append((line.start, line.start + m.end(), "dateline"))
    if m.group("wire") and not meta.outlet:
        meta.outlet = m.group("wire")
        meta.evidence["outlet"] = (line.start + m.start("wire"), line.start + m.end("wire"))


def _headings(meta: TextMeta, lines: list[_Line]) -> None:
    """Short stand-alone lines inside the body ("ANTI-COVID FRONT", "MEANWHILE...") are section headings."""
    taken = {(s, e) for s, e, _ in meta.roles}
    by_paragraph: dict[int, int] = {}
    for line in lines:
        by_paragraph[line.paragraph] = by_paragraph.get(line.paragraph, 0) + 1
    for line in lines[1:]:
        if (line.start, line.end) in taken or by_paragraph[line.paragraph] != 1:
            continue
        s = line.text.strip()
        words = s.split()
        upper = s == s.upper() and any(c.isalpha() for c in s)
        if (
            words
            and len(words) <= 8
            and (upper or not s.endswith((".", "!", "?", '"', "”", ":")))
            and len(s) <= 70
            and s[0].isupper()
            and not s.endswith(",")
        ):
            meta.roles.append((line.start, line.end, "heading"))


def story_text(raw: str, keep: tuple[str, ...] = ("title", "heading")) -> str:
    """A plain-text article's story as the analyzers read it: cleaned, without bylines, datelines and
    credits (and without the title unless kept). Training scripts and scorers use it to see what
    `analyze` sees."""
    cleaned = clean_text(raw).text
    skip = [(s, e) for s, e, role in read_text_meta(cleaned).roles if role not in keep]
    out, pos = [], 0
    for para in cleaned.split("\n"):
        if para.strip() and not any(s <= pos < e for s, e in skip):
            out.append(para)
        pos += len(para) + 1
    return "\n".join(out)
