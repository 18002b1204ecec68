"""Archive scale: a seeded synthetic archive, and every figure of the scale issue next to its goal.

    python bench/scale.py [--docs 10000] [--seed 7] [--jobs N] [--keep DIR]

Generates N plans (realistic headers, 'Căn cứ' preambles, implementation chains from central
directives through 63 provinces down to their districts), then runs `vbkg` on them as a user
would, each step in its own process so its CPU time and peak memory are its own:
first load, adding two documents, reloading unchanged, trace of the busiest hub, show by
symbol, search, stats, and extraction throughput against a bare one-regex scan of the same
text. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VBKG = [sys.executable, "-m", "vbkg"]

# Syllables of place names: enough for 63 provinces and ~700 districts that read like real ones.
_SYLLABLES = ["Hòa", "Bình", "An", "Phú", "Thạnh", "Long", "Sơn", "Hà", "Giang", "Lâm", "Đồng", "Tây", "Ninh", "Quảng", "Trị", "Nam", "Định", "Thái", "Nguyên", "Vĩnh", "Yên", "Bắc", "Kạn", "Cao", "Lạng", "Hưng", "Hải", "Dương", "Khánh", "Gia", "Lai", "Kon", "Tum", "Đắk", "Nông", "Bến", "Tre", "Trà", "Vinh", "Sóc", "Trăng", "Bạc", "Liêu", "Cà", "Mau", "Kiên", "Hậu", "Tiền", "Đông", "Tháp", "Ninh", "Thuận", "Phước", "Điện", "Biên", "Lào", "Cai", "Tuyên", "Quang", "Yên", "Bái", "Mỹ", "Lộc", "Xuân"]  # fmt: skip
_CENTRAL = (  # (type word, symbol template, issuer): the directives every province implements
    ("Chỉ thị", "{n}-CT/TW", "Ban Bí thư"),
    ("Nghị quyết", "{n}-NQ/TW", "Bộ Chính trị"),
    ("Kết luận", "{n}-KL/TW", "Bộ Chính trị"),
    ("Quyết định", "{n}/QĐ-TTg", "Thủ tướng Chính phủ"),
    ("Nghị định", "{n}/{y}/NĐ-CP", "Chính phủ"),
)
_FILLER = ("Các cơ quan, đơn vị tổ chức quán triệt đầy đủ nội dung, yêu cầu của kế hoạch đến cán bộ, đảng viên "
           "và Nhân dân; gắn việc thực hiện với nhiệm vụ chính trị của địa phương, bảo đảm thiết thực, hiệu quả, "
           "tránh hình thức. Định kỳ sáu tháng, một năm báo cáo kết quả thực hiện về cơ quan thường trực để tổng "
           "hợp, báo cáo cấp trên theo quy định. ")  # fmt: skip


@dataclass(frozen=True)
class Doc:
    name: str
    text: str


def _place(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(_SYLLABLES)} {rng.choice(_SYLLABLES)}"
        if name not in used and len(set(name.split())) == 2:
            used.add(name)
            return name


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), year


def generate(n_docs: int, seed: int) -> list[Doc]:
    """The archive: central directives (not loaded, cited), province plans, district plans."""
    rng = random.Random(seed)
    used: set[str] = set()
    provinces = [_place(rng, used) for _ in range(63)]
    districts = {p: [_place(rng, used) for _ in range(11)] for p in provinces}
    centrals = []
    for i in range(max(20, n_docs // 200)):
        word, template, issuer = _CENTRAL[i % len(_CENTRAL)]
        year = rng.randint(2015, 2024)
        d, m, _ = _date(rng, year)
        centrals.append((word, template.format(n=i + 1, y=year), issuer, f"{d}/{m}/{year}"))
    weights = [1.0 / (k + 1) for k in range(len(centrals))]  # a few hubs, a long tail
    docs: list[Doc] = []
    numbers: dict[str, int] = {}
    province_plans: list[tuple[str, str, str, str]] = []  # province, symbol, date, central's text
    while len(docs) < n_docs:
        word, symbol, issuer, cdate = rng.choices(centrals, weights)[0]
        central = f"{word} số {symbol} ngày {cdate} của {issuer}"
        year = int(cdate.rsplit("/", 1)[1]) + rng.randint(0, 1)
        d, m, _ = _date(rng, year)
        if not province_plans or rng.random() < 0.1:
            p = rng.choice(provinces)
            numbers[p] = numbers.get(p, 0) + 1
            sym = f"{numbers[p]}/KH-UBND"
            header = f"ỦY BAN NHÂN DÂN\nTỈNH {p.upper()}\n\nSố: {sym}\n\n{p}, ngày {d} tháng {m} năm {year}"
            above = ""
            issuer_name = f"Ủy ban nhân dân tỉnh {p}"
            province_plans.append((p, sym, f"{d}/{m}/{year}", central))
        else:
            p, psym, pdate, central = rng.choice(province_plans[-200:])
            dist = rng.choice(districts[p])
            key = f"{p}/{dist}"
            numbers[key] = numbers.get(key, 0) + 1
            sym = f"{numbers[key]}/KH-UBND"
            header = (
                f"ỦY BAN NHÂN DÂN\nHUYỆN {dist.upper()}\n\nSố: {sym}\n\n{dist}, ngày {d} tháng {m} năm {year}"
            )
            above = f"Thực hiện Kế hoạch số {psym} ngày {pdate} của Ủy ban nhân dân tỉnh {p} về thực hiện {central};\n"
            issuer_name = f"Ủy ban nhân dân huyện {dist}"
        body = "\n\n".join(
            f"{i}. {_FILLER * rng.randint(2, 5)}" for i in range(1, rng.randint(3, 6))
        )  # ~4.7 kB a plan, as the archive the issue measured
        text = (
            f"{header}\n\nKẾ HOẠCH\nThực hiện {central}\n\n"
            f"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            f"Căn cứ {central};\n{above}{issuer_name} ban hành Kế hoạch thực hiện như sau:\n\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n\n{body}\n\nII. TỔ CHỨC THỰC HIỆN\n\n{_FILLER}\n"
        )
        docs.append(Doc(f"{len(docs):06d}.txt", text))
    return docs


def write(docs: list[Doc], where: Path) -> None:
    where.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(docs), 1000):  # a thousand files a folder, as archives are kept
        folder = where / f"{i // 1000:04d}"
        folder.mkdir(exist_ok=True)
        for doc in docs[i : i + 1000]:
            (folder / doc.name).write_text(doc.text, encoding="utf-8")


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    out: str


_CHILD = (
    "import resource, sys, json\n"
    "from vbkg.cli import cli\n"
    "try:\n    cli.main(sys.argv[2:], prog_name='vbkg', standalone_mode=False)\n"
    "finally:\n"
    "    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "    open(sys.argv[1], 'w').write(json.dumps([s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime,"
    " (s.ru_maxrss + c.ru_maxrss) / 1024]))\n"
)


def vbkg(*args: str) -> Run:
    """One `vbkg` command in its own process: wall and CPU seconds (with its workers), peak MB."""
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _CHILD, f.name, *args], capture_output=True, text=True,
                              cwd=ROOT, check=False)  # fmt: skip
        wall = time.perf_counter() - t0
        if done.returncode not in (0, 1):
            raise SystemExit(f"vbkg {' '.join(args)} failed:\n{done.stderr[-2000:]}")
        cpu, peak = json.loads(Path(f.name).read_text())
    return Run(wall, cpu, peak, done.stdout)


def first_row_time(*args: str) -> float:
    """Seconds until the first result row arrives (what a user waits for): the first line with an
    "id", not a streamed header printed before any row is found."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([*VBKG, *args], stdout=subprocess.PIPE, cwd=ROOT, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if '"id"' in line:
            break
    first = time.perf_counter() - t0
    proc.communicate()
    return first


_IN_PROCESS = """
import itertools, json, sys, time
from vbkg.queries.refs import resolve_ref
from vbkg.queries.search import search
from vbkg.queries.trace import iter_trace, trace
from vbkg.stats import stats
from vbkg.stores import open_embedded
store = open_embedded(sys.argv[1])
out = {}
def timed(name, fn, again=4):
    # the first call, on a store just opened (its pages not yet in SQLite's cache), and the
    # median of `again` more (what a server or a notebook that keeps the store open waits)
    t0 = time.perf_counter(); result = fn(); out[name] = time.perf_counter() - t0
    warm = []
    for _ in range(again):
        t0 = time.perf_counter(); fn(); warm.append(time.perf_counter() - t0)
    out[name + "_warm"] = sorted(warm)[len(warm) // 2] if warm else out[name]
    return result
hub = timed("show", lambda: resolve_ref(store, sys.argv[2]))
timed("search", lambda: search(store, "hoa binh"))
timed("search2", lambda: search(store, "ke hoach 46"))
timed("search3", lambda: search(store, "1-CT/TW"))
timed("stats", lambda: stats(store))
timed("trace_page", lambda: list(itertools.islice(iter_trace(store, hub.id), 50)))
rows = timed("trace", lambda: trace(store, hub.id), again=0)
out["trace_rows"] = len(rows)
print(json.dumps(out))
"""


def in_process(db: str, hub: str) -> dict[str, float]:
    """Seconds each query takes once the store is open (what a server or a notebook waits for)."""
    done = subprocess.run([sys.executable, "-c", _IN_PROCESS, db, hub], capture_output=True, text=True,
                          cwd=ROOT, check=True)  # fmt: skip
    return dict(json.loads(done.stdout))


def regex_scan_rate(folder: Path) -> float:
    """Bytes a second of the barest extraction: read each file, run one symbol regex over it."""
    symbol = re.compile(r"\d{1,5}(?:/\d{4})?[/-][A-ZĐ]{1,8}(?:[/-][A-ZĐ]{1,8})?")
    size, t0 = 0, time.perf_counter()
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        sum(1 for _ in symbol.finditer(text))
    return size / (time.perf_counter() - t0)


def row(what: str, value: str, goal: str) -> None:
    print(f"  {what:<48} {value:>26}   goal {goal}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="plans in the archive (10k, 30k, 100k)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="generate into (and keep) this folder")
    ap.add_argument(
        "--jobs", type=int, default=2, help="extraction processes of the first load (compared with 1)"
    )
    ap.add_argument("--generate-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--sample", type=int, default=1000, help="documents in the extraction-throughput sample")
    args = ap.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="vbkg-scale-"))
    archive, extra, sample = tmp / "archive", tmp / "extra", tmp / "sample"
    if args.generate_only:
        docs = generate(args.docs + 2, args.seed)
        for folder, part in (
            (archive, docs[: args.docs]),
            (extra, docs[args.docs :]),
            (sample, docs[: args.sample]),
        ):
            shutil.rmtree(folder, ignore_errors=True)
            write(part, folder)
        return 0
    # generated in a process of its own: a child forked from a parent holding the archive
    # would count the parent's memory in its own peak
    subprocess.run([sys.executable, __file__, "--generate-only", "--docs", str(args.docs), "--seed", str(args.seed),
                    "--sample", str(args.sample), "--keep", str(tmp)], check=True)  # fmt: skip
    size = sum(p.stat().st_size for p in archive.rglob("*.txt"))
    db = str(tmp / "vbkg.db")
    for suffix in ("", "-wal", "-shm", ".1", ".1-wal", ".1-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    print(f"archive: {args.docs:,} plans, {size / 2**20:,.0f} MB, seed {args.seed}, in {tmp}")

    first = vbkg("load", str(archive), "--store", db, "--jobs", str(args.jobs))
    stats = vbkg("stats", "--store", db, "--format", "json")
    counts = json.loads(stats.out)
    print(f"graph: {json.dumps(counts.get('nodes', counts))[:160]}")
    again = vbkg("load", str(archive), "--store", db)
    added = vbkg("load", str(extra), "--store", db)
    row(f"first load, --jobs {args.jobs}", f"{first.wall:,.1f} s, {first.cpu:,.1f} s CPU, {first.peak_mb:,.0f} MB",
        "< 2 GB peak")  # fmt: skip
    if args.jobs > 1:
        single = vbkg("load", str(archive), "--store", db + ".1", "--jobs", "1")
        row("first load, --jobs 1", f"{single.wall:,.1f} s, {single.cpu:,.1f} s CPU", "")
        row(f"--jobs {args.jobs} vs --jobs 1", f"{single.wall / first.wall:.2f}x faster", ">= 1.6x (2 jobs)")
    row("add 2 documents", f"{added.cpu:,.2f} s CPU, {added.peak_mb:,.0f} MB", "< 2 s, < 300 MB")
    row("reload unchanged vs first load", f"{first.wall / again.wall:,.1f}x faster", ">= 30x")

    hub = "1-CT/TW"
    inside = in_process(db, hub)

    def first_warm(name: str) -> str:
        return f"{inside[name] * 1000:,.1f} / {inside[name + '_warm'] * 1000:,.1f} ms"

    print("  in process (the first call on a store just opened / the median of 4 more):")
    row(f"in process: show {hub} (symbol -> document)", first_warm("show"), "< 5 ms")
    row("in process: search 'hoa binh'", first_warm("search"), "< 50 ms")
    row("in process: search 'ke hoach 46'", first_warm("search2"), "< 50 ms")
    row("in process: search '1-CT/TW'", first_warm("search3"), "< 50 ms")
    row("in process: stats", first_warm("stats"), "< 1 s")
    row(f"in process: trace {hub} ({inside['trace_rows']:,} rows)", f"{inside['trace'] * 1000:,.0f} ms",
        "< 50 ms first page")  # fmt: skip
    row(f"in process: trace {hub}, first page (50 rows)", first_warm("trace_page"), "< 50 ms")
    trace_first = first_row_time("trace", hub, "--store", db, "--format", "json")
    trace = vbkg("trace", hub, "--store", db, "--format", "json")
    rows = trace.out.count('"id"')
    row(
        f"trace {hub} ({rows:,} rows), first row, with start-up",
        f"{trace_first * 1000:,.0f} ms",
        "< 50 ms first page",
    )
    row(f"trace {hub}, whole process", f"{trace.wall:,.2f} s", "")
    show = vbkg("show", "1/KH-UBND", "--store", db, "--format", "json")
    row("show by symbol, whole process", f"{show.wall * 1000:,.0f} ms", "< 5 ms lookup")
    search = vbkg("search", "hoa binh", "--store", db, "--format", "json")
    row("search, whole process", f"{search.wall * 1000:,.0f} ms, {search.peak_mb:,.0f} MB", "< 50 ms")
    row("stats, whole process", f"{stats.wall:,.2f} s, {stats.peak_mb:,.0f} MB", "< 1 s")

    sample_size = sum(p.stat().st_size for p in sample.rglob("*.txt"))
    extract = vbkg("extract", str(sample), "--format", "json", "--jobs", str(args.jobs))
    rate = sample_size / extract.wall
    row("extraction vs bare one-regex scan", f"{100 * rate / regex_scan_rate(sample):.1f} %", ">= 25 %")
    row(
        "store size",
        f"{sum(os.path.getsize(p) for p in Path(tmp).glob('vbkg.db') if p.is_file()) / 2**20:,.0f} MB",
        "",
    )
    print("  batched Bolt writes vs one statement per row: see bench/load.py (starts a Bolt server)")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
