"""Near-copy detection on planted copies: precision and recall of `presslens.corpus.syndication`.

Generates a synthetic corpus (bench/corpus.py), then plants copies of some of its articles, each published
a day or more after its original and of one kind in turn:

* edited       one word in ten replaced and one paragraph dropped;
* reordered    the paragraphs shuffled;
* reheadlined  a new headline, byline and outlet over the same body.

A planted copy is found when it lands in its original's group. Precision counts every article put in a
group whose origin is not its own original (or itself, for originals), so template look-alikes among the
generated articles count against it.

    python bench/syndication.py [--n 2000] [--copies 300] [--seed 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

KINDS = ("edited", "reordered", "reheadlined")
FILLERS = ("also", "meanwhile", "reportedly", "officially", "notably", "again", "further", "still")


def _variant(text: str, title: str, kind: str, rng: random.Random) -> str:
    body = text[len(title) :].strip() if text.startswith(title) else text
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if kind == "edited":
        if len(paragraphs) > 3:
            paragraphs.pop(rng.randrange(1, len(paragraphs)))
        words = "\n\n".join(paragraphs).split(" ")
        for i in rng.sample(range(len(words)), len(words) // 10):
            words[i] = rng.choice(FILLERS)
        return f"{title}\n\n" + " ".join(words)
    if kind == "reordered":
        rng.shuffle(paragraphs)
        return f"{title}\n\n" + "\n\n".join(paragraphs)
    return (
        f"Exclusive: {title.lower()} as tensions grow\n\nBy Staff Reporter / Another Outlet\n\n"
        + "\n\n".join(paragraphs[1:] if len(paragraphs) > 2 else paragraphs)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    from corpus import generate
    from presslens.corpus.syndication import THRESHOLD, body_of, find_copies

    rng = random.Random(args.seed)
    articles = generate(args.n, seed=args.seed)
    rows = [(a.id, body_of(a.text, a.title), date.fromisoformat(a.published[:10])) for a in articles]
    original_of: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    for k, a in enumerate(rng.sample(articles, args.copies)):
        kind = KINDS[k % len(KINDS)]
        text = _variant(a.text, a.title, kind, rng)
        copy_id = f"copy-{k}"
        day = date.fromisoformat(a.published[:10]) + timedelta(days=rng.randint(1, 5))
        rows.append((copy_id, body_of(text, text.split("\n", 1)[0]), day))
        original_of[copy_id] = a.id
        kind_of[copy_id] = kind
    started = time.perf_counter()
    copies = find_copies(rows)
    seconds = time.perf_counter() - started
    origin = {c.article_id: c.origin for c in copies}
    found = {k: 0 for k in KINDS}
    for copy_id, original in original_of.items():
        found[kind_of[copy_id]] += origin.get(copy_id) == original and origin.get(original) == original
    grouped = [c for c in copies if c.article_id != c.origin]
    right = sum(
        original_of.get(c.article_id) == c.origin or original_of.get(c.origin) == c.article_id
        for c in grouped
    )
    recall = sum(found.values()) / len(original_of)
    precision = right / len(grouped) if grouped else 0.0
    per_kind = ", ".join(f"{k} {found[k]}/{sum(v == k for v in kind_of.values())}" for k in KINDS)
    print(f"{len(rows)} articles ({args.copies} planted copies), threshold {THRESHOLD}, {seconds:.1f} s")
    print(f"recall {recall:.3f} ({per_kind})")
    print(f"precision {precision:.3f} ({right} of {len(grouped)} grouped copies)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
