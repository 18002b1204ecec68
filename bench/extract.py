"""Extraction speed: corpus throughput, pathological inputs at growing sizes, and a fuzz.

    python bench/extract.py [--corpus DIR] [--limit N] [--sizes 1,4,16] [--only NAME] [--fuzz N] [--seed S]

1. Throughput over the corpus: documents read, references by relation, documents with none,
   MB/s of extraction and of a bare scan with one compiled symbol regex (the ratio is the
   figure we track), peak memory. Every time is CPU time of this process: on a shared
   machine the wall clock counts the other processes too.
2. Each pathological input of tests/hostile_inputs.py at every size in --sizes (millions of
   characters), with its CPU seconds and their ratio to the first size's: linear
   extraction gives a ratio equal to the size ratio (1 : 4 : 16). An input stops growing once
   one size takes more than --max-seconds.
3. A fuzz: --fuzz inputs (100,000 for the full run) made by a seeded random mutator from
   corpus sentences (built-in sample sentences without a corpus): characters inserted,
   deleted and duplicated, runs of spaces, digits, cue words and separators, and stretches
   repeated up to 1,000 times. A seeded mutator, not hypothesis: hypothesis spends longer
   generating and shrinking than the extraction takes on a small input. Prints the inputs
   slowest per 10 KB (timed again, best of three), each with its seed and index so
   `mutated(..., seed)` rebuilds it. The goal is 0.1 s per 10 KB at most.

Numbers, not assertions: speed goals live here, not in tests.
"""

from __future__ import annotations

import argparse
import resource
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile_inputs import HOSTILE, SAMPLE_SENTENCES, mutated, sentences  # noqa: E402
from vbkg.extraction import extract_document  # noqa: E402
from vbkg.extraction.patterns import BARE_SYMBOL_SCAN  # noqa: E402
from vbkg.loaders import RawDocument, load_paths, normalize_text  # noqa: E402

_BUDGET_PER_10KB = 0.1  # seconds; an input under 10 KB gets the whole 0.1 s


class _TimeUp(Exception):
    pass


def _raise_time_up(signum: int, frame: FrameType | None) -> None:
    raise _TimeUp


def timed(fn: Callable[[], object], limit: float) -> float:
    """CPU seconds `fn` took, or infinity past `limit` CPU seconds (stopped by SIGPROF).

    CPU time, not wall time: on a shared machine the wall clock also counts other processes."""
    old = signal.signal(signal.SIGPROF, _raise_time_up)
    signal.setitimer(signal.ITIMER_PROF, limit)
    t0 = time.process_time()
    try:
        fn()
        return time.process_time() - t0
    except _TimeUp:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def throughput(docs: list[RawDocument], load_s: float) -> None:
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    t0 = time.process_time()
    bare_hits = sum(len(BARE_SYMBOL_SCAN.findall(d.text)) for d in docs)
    bare_s = time.process_time() - t0

    relations: Counter[str] = Counter()
    none = 0
    t0 = time.process_time()
    for d in docs:
        rec = extract_document(d.text, d.source, d.meta)
        relations.update(r.relation for r in rec.references)
        none += not rec.references
    extract_s = time.process_time() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"documents read            {len(docs):>10,}   ({mb:.1f} MB of text, loaded in {load_s:.1f} s)")
    for rel in ("IMPLEMENTS", "BASED_ON", "CITES", "AMENDS", "REPLACES"):
        print(f"references {rel:<14} {relations[rel]:>10,}")
    print(f"documents with none       {none:>10,}")
    print(f"bare symbol scan          {mb / bare_s:>10.1f} MB/s   ({bare_hits:,} hits in {bare_s:.2f} s)")
    print(f"extraction (one core)     {mb / extract_s:>10.1f} MB/s   ({extract_s:.2f} s)")
    print(f"ratio extraction / bare   {bare_s / extract_s:>10.1%}   (goal >= 30%; >= 5 MB/s)")
    print(f"peak memory (RSS)         {peak_mb:>10.0f} MB")


def pathological(sizes: list[float], max_seconds: float, only: str) -> None:
    """Each hostile input (named with `only` in it) at each size: seconds, and the ratio to the first size's."""
    linear = " : ".join(f"{s / sizes[0]:g}" for s in sizes)
    print(f"\npathological inputs, normalise + extract, at {', '.join(f'{s:g}' for s in sizes)} M characters")
    print(f"  seconds, and the ratio to the first size (linear is {linear})")
    worst = (0.0, "")
    for name, build in HOSTILE.items():
        if only not in name:
            continue
        cells: list[str] = []
        first = 0.0
        for size in sizes:
            text = build(int(size * 1_000_000))
            took = timed(
                lambda text=text, name=name: extract_document(normalize_text(text), name), 4 * max_seconds
            )
            first = first or took
            if took == float("inf"):
                cells.append(f"> {4 * max_seconds:.0f} s")
                break
            cells.append(f"{took:7.2f} s x{took / first:5.1f}")
            worst = max(worst, (took / first / (size / sizes[0]), name))
            if took > max_seconds:
                break
        print(f"  {name:<42} " + "  ".join(cells))
    print(f"  worst growth against linear: x{worst[0]:.2f} ({worst[1]}; 1.0 is linear)")


def fuzz(docs: list[RawDocument], count: int, seed: int, top: int) -> None:
    """`count` mutated inputs; the slowest per 10 KB, timed again."""
    pool = sentences((d.text for d in docs), 200_000, seed) if docs else list(SAMPLE_SENTENCES)
    source = f"{len(pool):,} corpus sentences" if docs else "the built-in sample sentences"
    print(f"\nfuzz: {count:,} mutated inputs from {source} (seed {seed}, seeded random mutator)")
    slowest: list[tuple[float, int, int]] = []  # (seconds per 10 KB, index, characters)
    total_chars = 0
    total_s = 0.0
    over = 0
    t0 = time.perf_counter()
    for i, raw in enumerate(mutated(pool, count, seed)):
        text = normalize_text(raw)
        took = timed(lambda text=text: extract_document(text, "fuzz"), 60)
        per10 = took / max(1.0, len(text) / 10_000)
        total_chars += len(text)
        total_s += took
        over += per10 > _BUDGET_PER_10KB
        slowest.append((per10, i, len(text)))
        if len(slowest) > 4 * top:
            slowest = sorted(slowest, reverse=True)[:top]
    wall = time.perf_counter() - t0
    print(f"  {total_chars / 1e6:.1f} M characters, extraction {total_s:.1f} s ({wall:.0f} s with mutation)")
    print(f"  over {_BUDGET_PER_10KB} s per 10 KB on the first timing: {over:,}")
    first = {i: per10 for per10, i, _ in sorted(slowest, reverse=True)[:top]}
    again: list[tuple[float, int, str]] = []
    for i, raw in enumerate(mutated(pool, max(first) + 1, seed)):
        if i in first:
            text = normalize_text(raw)
            best = min(timed(lambda text=text: extract_document(text, "fuzz"), 60) for _ in range(3))
            again.append((best / max(1.0, len(text) / 10_000), i, text))
    print(f"  slowest {top} per 10 KB (first timing, then best of 3 more), input #index of seed {seed}:")
    for per10, i, text in sorted(again, reverse=True):
        flag = "  OVER BUDGET" if per10 > _BUDGET_PER_10KB else ""
        print(f"    {first[i]:8.4f} {per10:8.4f} s/10KB  #{i:<7} {len(text):>8,} chars  {text[:60]!r}{flag}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--sizes", default="1,4,16", help="pathological input sizes, millions of characters")
    ap.add_argument("--max-seconds", type=float, default=60.0, help="stop growing an input past this")
    ap.add_argument("--only", default="", help="only the pathological inputs whose name holds this")
    ap.add_argument("--fuzz", type=int, default=5_000, help="number of fuzz inputs (100000 for the full run)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--top", type=int, default=10, help="slowest fuzz inputs to show")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",") if s]

    files = sorted(args.corpus.glob("*.jsonl")) if args.corpus.exists() else []
    docs: list[RawDocument] = []
    if files:
        t0 = time.perf_counter()
        docs = [d for d in load_paths(files) if isinstance(d, RawDocument)]
        if args.limit:
            docs = docs[: args.limit]
        throughput(docs, time.perf_counter() - t0)
    else:
        print(
            f"corpus throughput skipped: no corpus at {args.corpus} (read from ../shared/corpus, never copied)"
        )
    if sizes:
        pathological(sizes, args.max_seconds, args.only)
    if args.fuzz:
        fuzz(docs, args.fuzz, args.seed, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
