"""Throughput of the full analysis against the bare spaCy parse it is built on, on one core.

Generates a deterministic synthetic corpus (bench/corpus.py), ingests it, then times, in the same
process and on the same cleaned texts:

* floor      model inference alone: a bare spaCy parse (``spacy.load`` + ``nlp.pipe``, no presslens code)
             with the components the analyzers need, plus the shared encoder run on the sentences the
             techniques analyzer gives it (``presslens.encoder.encode``: tokenizer and onnxruntime);
* full       ``analyze_documents`` with default settings: that same parse, every analyzer, and the
             ``Analysis`` records;
* reference  the bare parse with every component of the model (for comparison only).

Within each of ``--repeat`` rounds the passes alternate slice by slice (two batches of articles at a time),
so that drift in the machine's speed hits them alike, and each is timed in CPU seconds of this process.
Medians over rounds are reported; the ratio full/floor is the median of the per-round ratios. Target: <= 1.25.

    python bench/throughput.py [--n 500] [--seed 13] [--batch-size 16] [--repeat 1] [--json]
    python bench/throughput.py --profile      # cProfile one full pass instead of timing
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import importlib.util
import json
import os
import platform
import pstats
import resource
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, astuple, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presslens.errors import Rejected
    from presslens.ingest import Document
    from presslens.settings import Settings

BENCH_DIR = Path(__file__).resolve().parent
TARGET_RATIO = 1.25
MIN_ARTICLES = 500
WARM_UP_ARTICLES = 4
SLICE_BATCHES = 2  # batches per slice when the passes alternate
PROFILE_TOP = 25
# Thread pools of the numeric libraries under spaCy/thinc; read when those libraries are imported.
THREAD_VARS = (
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
# Frames the profile listing leaves out: spaCy and the libraries it runs on, and this harness.
SPACY_INTERNALS = ("spacy", "thinc", "blis", "cymem", "preshed", "srsly", "murmurhash", "numpy")


# ---------------------------------------------------------------------------------------------
# Set-up
# ---------------------------------------------------------------------------------------------


def pin_to_one_core() -> str:
    """One thread per numeric library and, where the OS allows it, one CPU. Call before importing spaCy."""
    early = [m for m in ("numpy", "thinc", "spacy", "torch") if m in sys.modules]
    if early:
        raise RuntimeError(f"{', '.join(early)} imported before the thread limits were set")
    for var in THREAD_VARS:
        os.environ[var] = "1"
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    allowed = os.sched_getaffinity(0)
    cpu = 0 if 0 in allowed else min(allowed)
    os.sched_setaffinity(0, {cpu})
    return f"cpu {cpu}"


def load_corpus_module() -> ModuleType:
    """bench/ is not a package: load corpus.py by path."""
    spec = importlib.util.spec_from_file_location("presslens_bench_corpus", BENCH_DIR / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class bodies run
    spec.loader.exec_module(module)
    return module


@dataclass
class Corpus:
    documents: list[Document | Rejected]  # in input order, refusals included
    texts: list[str]  # the cleaned texts of the accepted documents: what gets parsed
    words: int  # whitespace words of `texts`
    ingest_seconds: float


def ingest(n: int, seed: int, settings: Settings) -> Corpus:
    """Generate `n` articles and read them with `from_text`; only the reading is timed."""
    from presslens.errors import Rejected
    from presslens.ingest import from_text

    articles = load_corpus_module().generate(n, seed=seed)
    documents: list[Document | Rejected] = []
    start = time.perf_counter()
    for article in articles:
        try:
            documents.append(from_text(article.text, uri=f"bench:{article.id}", settings=settings))
        except Rejected as exc:
            documents.append(exc)
    elapsed = time.perf_counter() - start
    texts = [d.text for d in documents if not isinstance(d, Rejected)]
    return Corpus(documents, texts, sum(len(t.split()) for t in texts), elapsed)


# ---------------------------------------------------------------------------------------------
# Passes
# ---------------------------------------------------------------------------------------------


@dataclass
class FullCounts:
    analyses: int = 0
    rejected: int = 0
    sentences: int = 0
    analyzer_failures: int = 0  # an analyzer that raised makes the pass look faster than it is

    def plus(self, other: FullCounts) -> FullCounts:
        return FullCounts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


@functools.cache
def bare_pipeline(components: frozenset[str]) -> Any:
    """The model as spaCy ships it, with only `components` (and what they need): no presslens code at all."""
    import spacy

    from presslens import nlp

    wanted = nlp.closure(components)
    return spacy.load(nlp.MODEL, exclude=[c for c in nlp.COMPONENTS if c not in wanted])


def parse_pass(texts: Sequence[str], components: frozenset[str], batch_size: int) -> tuple[float, int]:
    """Seconds for a bare spaCy parse of every text, and the tokens produced."""
    pipeline = bare_pipeline(components)
    gc.collect()
    tokens = 0
    start = time.process_time()
    for doc in pipeline.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    return time.process_time() - start, tokens


def encode_pass(stories: Sequence[tuple[str, list[tuple[int, int]]]]) -> float:
    """Seconds for the shared encoder over the sentences the techniques analyzer runs it on, given each
    text with its story's sentences. Finding those sentences is not timed."""
    from presslens.analyzers.techniques import encoder_ranges, model, tokenize
    from presslens.encoder import encode

    layers = model().layers
    inputs = [[text[a:b] for _, a, b in encoder_ranges(tokenize(text), story)] for text, story in stories]
    gc.collect()
    start = time.process_time()
    for sentences in inputs:  # one call per article, as the analyzer makes
        encode(sentences, layers)
    return time.process_time() - start


def full_pass(
    documents: Sequence[Document | Rejected],
    settings: Settings,
    batch_size: int,
    timings: dict[str, float] | None = None,
    stories: list[tuple[str, list[tuple[int, int]]]] | None = None,
) -> tuple[float, FullCounts]:
    """Seconds to analyse every document, and what came out (and, into `timings`, CPU seconds per
    analyzer; into `stories`, each text with its story's sentences). Analyses are counted, then dropped."""
    from presslens.errors import Rejected
    from presslens.model import STORY_ROLES
    from presslens.pipeline import analyze_documents

    gc.collect()
    counts = FullCounts()
    start = time.process_time()
    for result in analyze_documents(documents, settings, batch_size, timings):
        if isinstance(result, Rejected):
            counts.rejected += 1
            continue
        counts.analyses += 1
        counts.sentences += len(result.sentences)
        counts.analyzer_failures += sum(w.code == "analyzer-failed" for w in result.warnings)
        if stories is not None:
            story = [(x.start, x.end) for x in result.sentences if x.role in STORY_ROLES]
            stories.append((result.text, story))
    return time.process_time() - start, counts


def warm_up(
    corpus: Corpus, settings: Settings, components: Iterable[frozenset[str]], batch_size: int
) -> None:
    """Load the pipelines and the gazetteer and run a few articles through every pass, untimed."""
    from presslens import nlp
    from presslens.actors.gazetteer import load_gazetteer

    load_gazetteer()
    for needed in components:
        nlp.load(needed)
        parse_pass(corpus.texts[:WARM_UP_ARTICLES], needed, batch_size)
    full_pass(corpus.documents[:WARM_UP_ARTICLES], settings, batch_size)


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


@dataclass
class PassResult:
    name: str
    what: str
    rounds: list[float]  # seconds, one per round
    seconds: float = 0.0  # median of `rounds`
    articles_per_s: float = 0.0
    sentences_per_s: float = 0.0
    words_per_s: float = 0.0

    def summarise(self, articles: int, sentences: int, words: int) -> None:
        self.seconds = statistics.median(self.rounds)
        self.articles_per_s = articles / self.seconds
        self.sentences_per_s = sentences / self.seconds
        self.words_per_s = words / self.seconds


@dataclass
class Report:
    n: int
    seed: int
    batch_size: int
    repeat: int
    articles: int
    rejected: int
    words: int
    sentences: int
    tokens: int
    analyzer_failures: int
    ingest_seconds: float
    components: list[str]
    passes: list[PassResult]
    ratio: float  # median of the per-round full/floor ratios
    ratio_rounds: list[float]
    analyzer_shares: dict[str, float]  # median share of the full pass spent in each analyzer
    target_ratio: float
    peak_rss_mib: float
    cpu: str
    load_average_before: list[float]
    load_average_after: list[float]
    environment: dict[str, str] = field(default_factory=dict)


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB elsewhere


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else []


def environment() -> dict[str, str]:
    import spacy

    from presslens import nlp

    return {
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{nlp.MODEL}=={nlp.MODEL_VERSION}",
        "machine": platform.machine(),
        "cpus_online": str(os.cpu_count()),
        "torch_imported": str("torch" in sys.modules),
        **{var: os.environ[var] for var in THREAD_VARS},
    }


def print_table(report: Report) -> None:
    out = sys.stdout.write
    env = report.environment
    out(
        f"presslens throughput: {report.articles} synthetic articles (seed {report.seed}), "
        f"batch size {report.batch_size}, {report.repeat} round(s), one core ({report.cpu})\n"
        f"python {env['python']}, spaCy {env['spacy']}, {env['model']}; "
        f"load average (1/5/15 min) before {_loads(report.load_average_before)}, "
        f"after {_loads(report.load_average_after)}\n\n"
    )
    out(
        f"articles   {report.articles:>10,}"
        + (f"   ({report.rejected} rejected at ingest)" if report.rejected else "")
        + f"\nwords      {report.words:>10,}\nsentences  {report.sentences:>10,}\n"
        f"tokens     {report.tokens:>10,}\n"
        f"ingest     {report.ingest_seconds:>10.2f} s   "
        f"({report.articles / report.ingest_seconds:,.0f} articles/s)\n\n"
    )
    header = f"{'pass':<10} {'seconds':>9} {'articles/s':>11} {'sentences/s':>12} {'words/s':>9}  rounds (s)"
    out(header + "\n" + "-" * len(header) + "\n")
    for p in report.passes:
        rounds = ", ".join(f"{s:.2f}" for s in p.rounds)
        out(
            f"{p.name:<10} {p.seconds:>9.2f} {p.articles_per_s:>11.2f} {p.sentences_per_s:>12,.0f} "
            f"{p.words_per_s:>9,.0f}  {rounds}\n"
        )
    out("\n")
    for p in report.passes:
        out(f"  {p.name:<10} {p.what}\n")
    verdict = "met" if report.ratio <= report.target_ratio else "MISSED"
    rounds = ", ".join(f"{r:.3f}" for r in report.ratio_rounds)
    out(
        f"\nratio full/floor  {report.ratio:.3f}   (per round: {rounds}; "
        f"target <= {report.target_ratio}: {verdict})\n"
        f"peak RSS          {report.peak_rss_mib:,.0f} MiB\n"
    )
    shares = ", ".join(f"{name} {share:.1%}" for name, share in report.analyzer_shares.items())
    out(f"analyzers         share of the full pass: {shares}\n")
    if report.analyzer_failures:
        out(f"WARNING: {report.analyzer_failures} analyzer failures: the full pass did less than usual\n")
    if env["torch_imported"] == "True":
        out("WARNING: torch was imported during the run\n")


def _loads(values: list[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values) or "n/a"


# ---------------------------------------------------------------------------------------------
# Profile
# ---------------------------------------------------------------------------------------------


def _is_internal(key: tuple[str, int, str]) -> bool:
    """spaCy (and the libraries under it), the profiler, this harness and generator plumbing."""
    filename, _, func = key
    path = filename.replace("\\", "/")
    if any(f"/{lib}/" in path or f"{lib}." in func for lib in SPACY_INTERNALS):
        return True
    if path.endswith((".pyx", ".pxd", ".pxi")):  # Cython: spaCy and thinc; presslens is pure Python
        return True
    if path == str(Path(__file__).resolve()) or "_lsprof" in func:
        return True
    # next() drives the parse generator from analyze_documents: its cumulative time is the parse itself
    return func == "<built-in method builtins.next>"


def print_profile(documents: Sequence[Document | Rejected], settings: Settings, batch_size: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    full_pass(documents, settings, batch_size)
    profiler.disable()
    stats = pstats.Stats(profiler)
    table: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    parse = next((v[3] for k, v in table.items() if k[2] == "parse_many" and "presslens" in k[0]), 0.0)
    rows = sorted(((k, v) for k, v in table.items() if not _is_internal(k)), key=lambda kv: -kv[1][3])
    out = sys.stdout.write
    out(
        f"cProfile of one full pass over {len(documents)} articles: {total:.1f} s in all, "
        f"{parse:.1f} s ({parse / total:.0%}) under presslens.nlp.parse_many (the floor), "
        f"{total - parse:.1f} s outside it.\n"
        f"Top {PROFILE_TOP} by cumulative time, spaCy/thinc internals left out "
        "(profiling inflates Python-heavy code).\n\n"
    )
    header = f"{'calls':>10} {'self s':>8} {'cumul s':>8} {'cumul %':>8}  function"
    out(header + "\n" + "-" * len(header) + "\n")
    for (filename, line, func), (_, calls, self_s, cumul_s, _) in rows[:PROFILE_TOP]:
        where = func if filename == "~" else f"{_short(filename)}:{line}({func})"
        out(f"{calls:>10,} {self_s:>8.2f} {cumul_s:>8.2f} {cumul_s / total:>8.1%}  {where}\n")


def _short(filename: str) -> str:
    """presslens/actors/resolve.py, pydantic/main.py, re/__init__.py: enough to find the file."""
    path = filename.replace("\\", "/")
    for marker, prefix in (("/src/presslens/", "presslens/"), ("/site-packages/", "")):
        if marker in path:
            return prefix + path.split(marker, 1)[1]
    return "/".join(path.split("/")[-2:])


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Full analysis vs. bare spaCy parse, on one core.")
    parser.add_argument("--n", type=int, default=MIN_ARTICLES, help=f"articles (>= {MIN_ARTICLES})")
    parser.add_argument("--seed", type=int, default=13, help="corpus seed (default: 13)")
    parser.add_argument("--batch-size", type=int, default=16, help="spaCy batch size (default: 16)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of alternating passes (default: 1)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--no-reference", action="store_true", help="skip the parse with every model component"
    )
    parser.add_argument(
        "--profile", action="store_true", help=f"profile one full pass; print the top {PROFILE_TOP}"
    )
    args = parser.parse_args(argv)
    if args.n < MIN_ARTICLES:
        parser.error(f"--n must be at least {MIN_ARTICLES}")
    if args.repeat < 1 or args.batch_size < 1:
        parser.error("--repeat and --batch-size must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cpu = pin_to_one_core()
    load_before = load_average()

    # presslens imports spaCy lazily: everything below runs under the limits just set
    from presslens import nlp
    from presslens.analyzers import components, plan
    from presslens.errors import Rejected
    from presslens.settings import Settings

    settings = Settings()
    analyzers = plan(settings.only, settings.skip)
    needed = components(analyzers)
    encoding = any(a.name == "techniques" for a in analyzers)  # the one analyzer that runs the encoder
    everything = frozenset(nlp.COMPONENTS)
    corpus = ingest(args.n, args.seed, settings)
    warm_up(corpus, settings, [needed] if args.no_reference else [needed, everything], args.batch_size)

    if args.profile:
        print_profile(corpus.documents, settings, args.batch_size)
        return 0

    floor = PassResult("floor", "parse + encoder: model inference alone", [])
    parse = PassResult(
        "parse", f"bare spaCy nlp.pipe, components {', '.join(sorted(nlp.closure(needed)))}", []
    )
    encoder = PassResult(
        "encoder", "presslens.encoder.encode on the story sentences the techniques analyzer runs", []
    )
    full = PassResult("full", "analyze_documents(docs, Settings()): parse + analyzers + records", [])
    reference = PassResult("reference", "bare spaCy nlp.pipe, every model component (for comparison)", [])
    ratios: list[float] = []
    analyzer_rounds: dict[str, list[float]] = {}  # analyzer -> its share of the full pass, per round
    tokens, counts = 0, FullCounts()
    # The passes alternate slice by slice (a few batches each), so that drift in the machine's speed
    # hits floor and full alike; each pass is timed in CPU seconds of this process (pinned, one thread),
    # which other processes on the machine do not inflate.
    step = args.batch_size * SLICE_BATCHES
    for _ in range(args.repeat):
        seconds = {"parse": 0.0, "encoder": 0.0, "full": 0.0, "reference": 0.0}
        tokens, counts = 0, FullCounts()
        timings: dict[str, float] = {}
        for lo in range(0, len(corpus.documents), step):
            docs = corpus.documents[lo : lo + step]
            texts = [d.text for d in docs if not isinstance(d, Rejected)]
            t, n_tokens = parse_pass(texts, needed, args.batch_size)
            seconds["parse"] += t
            tokens += n_tokens
            stories: list[tuple[str, list[tuple[int, int]]]] = []
            t, part = full_pass(docs, settings, args.batch_size, timings, stories)
            seconds["full"] += t
            counts = counts.plus(part)
            if encoding:
                seconds["encoder"] += encode_pass(stories)
            if not args.no_reference:
                seconds["reference"] += parse_pass(texts, everything, args.batch_size)[0]
        parse.rounds.append(seconds["parse"])
        encoder.rounds.append(seconds["encoder"])
        floor.rounds.append(seconds["parse"] + seconds["encoder"])
        full.rounds.append(seconds["full"])
        if not args.no_reference:
            reference.rounds.append(seconds["reference"])
        ratios.append(full.rounds[-1] / floor.rounds[-1])
        for name, spent in timings.items():
            analyzer_rounds.setdefault(name, []).append(spent / full.rounds[-1])

    passes = (
        [floor, parse] + ([encoder] if encoding else []) + [full] + ([] if args.no_reference else [reference])
    )
    for p in passes:
        p.summarise(counts.analyses, counts.sentences, corpus.words)
    report = Report(
        n=args.n,
        seed=args.seed,
        batch_size=args.batch_size,
        repeat=args.repeat,
        articles=counts.analyses,
        rejected=counts.rejected,
        words=corpus.words,
        sentences=counts.sentences,
        tokens=tokens,
        analyzer_failures=counts.analyzer_failures,
        ingest_seconds=corpus.ingest_seconds,
        components=sorted(nlp.closure(needed)),
        passes=passes,
        ratio=statistics.median(ratios),
        ratio_rounds=ratios,
        analyzer_shares={k: statistics.median(v) for k, v in analyzer_rounds.items()},
        target_ratio=TARGET_RATIO,
        peak_rss_mib=peak_rss_mib(),
        cpu=cpu,
        load_average_before=load_before,
        load_average_after=load_average(),
        environment=environment(),
    )
    if args.json:
        json.dump(asdict(report), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
