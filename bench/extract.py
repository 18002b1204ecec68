"""Extraction throughput over the corpus, next to a bare scan with one compiled symbol regex.

    python bench/extract.py [--corpus DIR] [--limit N]

Prints documents read, references by relation, documents with none, MB/s of extraction
and of the bare scan (the ratio is the figure we track), the peak memory, and the time of
each pathological input. Numbers, not assertions: speed goals live here, not in tests.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from vbkg.extraction import extract_document
from vbkg.extraction.patterns import BARE_SYMBOL_SCAN
from vbkg.loaders import RawDocument, load_paths, normalize_text

PATHOLOGICAL = {
    "1 MB line without spaces": "x" * 1_000_000,
    '100,000 x "Kết luận số "': "Kết luận số " * 100_000,
    '200,000 x "01-"': "01-" * 200_000,
    '50,000 x "Thực hiện " then a symbol': "Thực hiện " * 50_000 + "Kết luận số 01-KL/TW",
    "20,000 mentions in one sentence": "Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; " * 20_000,
}


def main() -> int:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=here.parent / "shared" / "corpus")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.jsonl")) if args.corpus.exists() else []
    if not files:
        print(f"skipped: no corpus at {args.corpus} (it is read from ../shared/corpus, never copied)")
        return 0

    t0 = time.perf_counter()
    docs = [d for d in load_paths(files) if isinstance(d, RawDocument)]
    if args.limit:
        docs = docs[: args.limit]
    load_s = time.perf_counter() - t0
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6

    t0 = time.perf_counter()
    bare_hits = sum(len(BARE_SYMBOL_SCAN.findall(d.text)) for d in docs)
    bare_s = time.perf_counter() - t0

    relations: Counter[str] = Counter()
    none = 0
    t0 = time.perf_counter()
    for d in docs:
        rec = extract_document(d.text, d.source, d.meta)
        relations.update(r.relation for r in rec.references)
        none += not rec.references
    extract_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"documents read            {len(docs):>10,}   ({mb:.1f} MB of text, loaded in {load_s:.1f} s)")
    for rel in ("IMPLEMENTS", "BASED_ON", "CITES", "AMENDS", "REPLACES"):
        print(f"references {rel:<14} {relations[rel]:>10,}")
    print(f"documents with none       {none:>10,}")
    print(f"bare symbol scan          {mb / bare_s:>10.1f} MB/s   ({bare_hits:,} hits in {bare_s:.2f} s)")
    print(f"extraction (one core)     {mb / extract_s:>10.1f} MB/s   ({extract_s:.2f} s)")
    print(f"ratio extraction / bare   {bare_s / extract_s:>10.1%}   (goal >= 30%; >= 5 MB/s)")
    print(f"peak memory (RSS)         {peak_mb:>10.0f} MB")
    print("pathological inputs (normalise + extract):")
    for name, text in PATHOLOGICAL.items():
        t0 = time.perf_counter()
        extract_document(normalize_text(text), name)
        print(f"  {name:<40} {time.perf_counter() - t0:>8.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
