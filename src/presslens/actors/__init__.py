"""Actors: mentions resolved to canonical actors (Moscow, the Kremlin and Putin are all Russia)."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import TYPE_CHECKING

from presslens.actors.coref import Coreference
from presslens.actors.gazetteer import load_gazetteer
from presslens.actors.resolve import Cast, Draft, NameResolver
from presslens.model import Actor, Mention, Role
from presslens.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from presslens.analyzers import Parsed


def find_actors(
    doc: Doc, day: date, skip: list[tuple[int, int]], headlines: list[tuple[int, int]] = ()
) -> tuple[list[Mention], list[Actor]]:  # type: ignore[assignment]
    """Mentions (in text order) and the actors they refer to, roles taken at `day`.

    `skip` holds stretches that are about the document rather than the story (bylines, credits);
    `headlines` the title and section heads, where only the gazetteer is trusted."""
    gaz = load_gazetteer()
    cast = Cast(gaz, day)
    refs = NameResolver(gaz, cast, doc, skip, headlines).resolve()
    coref = Coreference(gaz, cast, doc, refs, skip)
    refs = coref.resolve()
    text = text_of(doc)
    sent_starts = [s.start_char for s in doc.sents]
    mentions: list[Mention] = []
    used: dict[str, list[int]] = {}
    for ref in refs:
        for actor_id in ref.actor_ids:
            used.setdefault(actor_id, []).append(len(mentions))
        mentions.append(
            Mention(
                start=ref.start,
                end=ref.end,
                text=text[ref.start : ref.end],
                confidence=round(ref.confidence, 3),
                label=ref.label,
                kind=ref.kind,
                actor_ids=ref.actor_ids,
                sector=ref.sector,  # type: ignore[arg-type]
                sentence=max(bisect_right(sent_starts, ref.start) - 1, 0),
            )
        )
    # a country named only inside a title ("Azerbaijan's president pardoned ...") is still named: it is an
    # actor of the article, with no mention of its own (the title's mention is its office holder's)
    for country in coref.absorbed:
        used.setdefault(country, [])
    # so is the country of a known person or body the story names ("Milosevic conceded defeat": Serbia), so
    # that events can code the person's side as their state, CAMEO's way
    for draft in [cast.actors[a] for a in used]:
        entry = gaz.entries.get(draft.country) if draft.country and draft.known else None
        if entry is not None and entry.kind == "country":
            used.setdefault(cast.known(entry), [])
    actors = [_actor(cast.actors[a], idx) for a, idx in used.items()]
    actors.sort(key=lambda a: (-len(a.mentions), a.id))
    return mentions, actors


def _actor(draft: Draft, mentions: list[int]) -> Actor:
    if draft.kind in ("country", "igo", "bloc") or (draft.kind == "org" and draft.known):
        code = draft.id
    else:
        # CAMEO style: country plus sector ("RUSGOV", "USAMIL"); a leader is coded as government
        code = (draft.country or "") + ("GOV" if draft.sector == "LEADER" else draft.sector or "")
        code = code or ("UNKORG" if draft.kind == "org" else "UNK")
    roles = [
        Role(office=o.office, title=o.title, country=o.country, start=o.start, end=o.end)
        for o in draft.offices
    ]
    if not roles and draft.role_text:
        roles = [Role(office="other", title=draft.role_text, country=draft.country)]
    return Actor(
        id=draft.id,
        code=code,
        name=draft.name,
        kind=draft.kind,
        country=draft.country,  # type: ignore[arg-type]
        sector=draft.sector,
        known=draft.known,
        roles=roles,
        mentions=mentions,
        confidence=draft.confidence,
    )


def run(parsed: Parsed) -> dict[str, object]:
    """The `actors` analyzer: fills `mentions` and `actors`."""
    headlines = [
        (s.start, s.end) for s in parsed.sentences if s.role in ("title", "heading") and _title_case(s.text)
    ]
    mentions, actors = find_actors(parsed.doc, parsed.day, parsed.skip, headlines)
    return {"mentions": mentions, "actors": actors}


def _title_case(line: str) -> bool:
    """Most words capitalised, as in "Ankara Hosts Grain Talks as Kyiv and Moscow Trade Blame"."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
