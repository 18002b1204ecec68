"""Hostile and faulty input: each gives one clear line naming the file (and line), the rest of
the batch is loaded and committed, the exit status is 1, and nothing prints a traceback."""

from __future__ import annotations

import io
import json
import os
import struct
import tracemalloc
import zipfile
from pathlib import Path

import click.testing
import pytest
from click.testing import CliRunner

from vbkg.cli import cli
from vbkg.ingest import load
from vbkg.loaders import LoaderError, RawDocument, Unchanged, limits, scan_paths
from vbkg.stores import open_embedded

from .conftest import SAMPLES

GOOD = (
    "Số: 46/KH-LĐLĐ\n\nLong Biên, ngày 29 tháng 12 năm 2023\n\nKẾ HOẠCH\n\n"
    "Phát động phong trào thi đua năm 2024\n\n"
    "Thực hiện kế hoạch số 12/KH-LĐLĐ ngày 25/12/2023 của LĐLĐ Thành phố Hà Nội về phát động phong trào "
    "thi đua.\n"
)


def line(doc_id: str, text: str = GOOD, **meta: object) -> bytes:
    return json.dumps({"id": doc_id, "text": text, **meta}, ensure_ascii=False).encode() + b"\n"


def run(*args: str) -> click.testing.Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def load_cli(db: Path, *paths: Path) -> click.testing.Result:
    return run("load", *map(str, paths), "--store", str(db))


def loaded(db: Path) -> set[str]:
    with open_embedded(str(db)) as store:
        return set(store.known_hashes())


def corpus(tmp_path: Path, *lines: bytes) -> Path:
    """A JSONL file: a good document first, the given lines, a good document last."""
    path = tmp_path / "c.jsonl"
    path.write_bytes(line("first") + b"".join(lines) + line("last"))
    return path


HOSTILE_LINES = {
    "lone-surrogate": ("{\"id\": \"s\", \"text\": \"Thi \\ud800 đua\"}\n".encode(), "field 'text' holds a lone surrogate (\\ud800), which is not valid Unicode"),
    "deep-nesting": (b'{"id": "n", "text": "x", "m": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
                     "JSON nested deeper than the 64-level limit"),
    "many-values": (b'{"id": "v", "text": "x", "m": [' + b"{}," * 100_000 + b'{}], "t": "' + b"," * 200_000 + b'"}\n',
                    "JSON with over 100,000 values outside strings, over the limit"),
    "huge-number": (b'{"id": "d", "text": "x", "n": ' + b"7" * 5000 + b"}\n",
                    "invalid JSON (a number of 5,000 digits, over the 100-digit limit)"),
    "not-utf8": (b'{"id": "u", "text": "caf\xe9"}\n', "not UTF-8 (byte 0xe9 at byte 25 of the line)"),
    "not-an-object": (b'["a list"]\n', "a JSONL line must be a JSON object, not list"),
    "no-text": (b'{"id": "t"}\n', "a JSONL line needs an object with a string `text` field"),
    "empty-text": (b'{"id": "e", "text": " \\u200b "}\n', "document 'e' has an empty `text`"),
    "bad-id": (b'{"id": ["x"], "text": "x"}\n', "`id` must be a string or an integer, not list"),
    "broken-json": (b'{"id": "b", "text": \n', "invalid JSON (Expecting value at column 21)"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(HOSTILE_LINES))
def test_a_hostile_jsonl_line_fails_alone(tmp_path: Path, case: str) -> None:
    data, message = HOSTILE_LINES[case]
    path = corpus(tmp_path, data)
    db = tmp_path / "vbkg.db"
    result = load_cli(db, path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"error: {path}:2: {message}"
    assert "2 loaded, 0 skipped (unchanged), 1 failed" in result.stdout
    assert loaded(db) == {f"{path}#first", f"{path}#last"}


def test_brackets_and_commas_inside_strings_do_not_count_against_the_limits(tmp_path: Path) -> None:
    text = GOOD + "[{" * 1000 + ", " * 200_000 + '\\" }]'
    path = tmp_path / "c.jsonl"
    path.write_bytes(line("a", text, note='"[[[' * 100))
    (item,) = list(scan_paths([path]))
    assert isinstance(item, RawDocument) and item.text.endswith('\\" }]')


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c"])
def test_line_separators_inside_a_json_string_stay_in_the_document(tmp_path: Path, separator: str) -> None:
    text = GOOD.replace("KẾ HOẠCH", f"KẾ{separator}HOẠCH")
    path = tmp_path / "c.jsonl"
    path.write_bytes(line("a", text) + line("b"))
    items = list(scan_paths([path]))
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    assert isinstance(items[0], RawDocument) and f"KẾ{separator}HOẠCH" in items[0].text
    result = load_cli(tmp_path / "vbkg.db", path)
    assert result.exit_code == 0 and "2 loaded" in result.stdout


def _zip_declaring(member: str, declared: int, content: bytes) -> bytes:
    """A .docx-shaped zip whose `member` declares `declared` bytes uncompressed (both headers)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(member, content)
    data = bytearray(buf.getvalue())
    name = member.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[at + offset : at + offset + 4] = struct.pack("<I", declared)
            at = data.find(signature, at + 4)
    return bytes(data)


def test_a_docx_that_inflates_to_a_gigabyte_is_refused_from_its_declared_sizes(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_zip_declaring("word/document.xml", 2**30, b"<w:document/>"))
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "vbkg.db"
    result = load_cli(db, tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bomb}: .docx inflates to 1073.7 MB from ")
    assert "over the 256 MiB limit (a zip bomb?)" in result.stderr
    assert loaded(db) == {str(tmp_path / "good.txt")}


def test_a_docx_with_one_huge_xml_part_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.docx"
    big.write_bytes(_zip_declaring("word/document.xml", 40 * limits.MiB, b"<w:document/>"))
    (item,) = list(scan_paths([big]))
    assert isinstance(item, LoaderError)
    assert (
        item.problem
        == ".docx part word/document.xml inflates to 40 MiB, over the 32 MiB limit for one XML part"
    )


def test_a_docx_whose_declared_sizes_lie_is_not_inflated_past_them(tmp_path: Path) -> None:
    liar = tmp_path / "liar.docx"
    liar.write_bytes(_zip_declaring("word/document.xml", 1000, b"<w:document>" + b" " * 50_000_000))
    tracemalloc.start()
    (item,) = list(scan_paths([liar]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(item, LoaderError) and "not a readable .docx" in item.problem
    assert peak < 20_000_000


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \xff.txt")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    shown = f"{tmp_path}/caf\\xe9 \\xff.txt"
    db = tmp_path / "vbkg.db"
    result = load_cli(db, tmp_path)
    assert result.exit_code == 0 and "1 loaded" in result.stdout
    assert loaded(db) == {shown}
    assert load_cli(db, tmp_path).stdout.startswith("0 loaded, 1 skipped (unchanged)")
    extracted = run("extract", str(tmp_path / name), "--format", "jsonl")
    assert extracted.exit_code == 0 and json.loads(extracted.stdout)["source"] == shown
    (tmp_path / name).write_bytes(b"")
    assert run("extract", str(tmp_path)).stderr.startswith(f"error: {shown}: file is empty")


def test_a_duplicate_id_is_an_error_for_the_later_line_and_reruns_settle(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(line("a") + line("b") + line("a", GOOD + "Một dòng khác.\n"))
    db = tmp_path / "vbkg.db"
    first = load_cli(db, path)
    assert first.exit_code == 1
    assert first.stderr.splitlines() == [f"error: {path}:3: duplicate id 'a' (first on line 1); line skipped"]
    with open_embedded(str(db)) as store:
        hashes = store.known_hashes()
    for _ in range(2):
        again = load_cli(db, path)
        assert again.exit_code == 1 and again.stderr == first.stderr
        assert again.stdout.startswith("0 loaded, 2 skipped (unchanged), 1 failed")
        with open_embedded(str(db)) as store:
            assert store.known_hashes() == hashes
    # an exact copy of a known line is a duplicate too, even though its hash is known
    path.write_bytes(line("a") + line("b") + line("a"))
    copy = load_cli(db, path)
    assert copy.stderr.splitlines() == [f"error: {path}:3: duplicate id 'a' (first on line 1); line skipped"]


def test_an_unreadable_subdirectory_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: make the directory fail as it would for others
        real = os.scandir

        def scandir(path: str) -> object:
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        db = tmp_path / "vbkg.db"
        result = load_cli(db, tmp_path)
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {locked}: cannot read directory: Permission denied"]
    assert loaded(db) == {str(tmp_path / "a.txt")}


def test_a_jsonl_file_over_64_mib_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as f:
        f.write(line("first"))
        blank = b" " * (1 << 20) + b"\n"  # whitespace-only lines: read and skipped, a megabyte each
        for _ in range(70):
            f.write(blank)
        f.write(line("last"))
    assert path.stat().st_size > limits.MAX_FILE_BYTES
    tracemalloc.start()
    items = [type(i) for i in scan_paths([path])]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert items == [RawDocument, RawDocument] and peak < 8 * limits.MiB
    db = tmp_path / "vbkg.db"
    result = load_cli(db, path)
    assert result.exit_code == 0 and loaded(db) == {f"{path}#first", f"{path}#last"}


def test_a_line_over_the_limit_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vbkg.loaders.jsonl.MAX_LINE_BYTES", 4096)
    long = line("long", GOOD * 100)
    path = corpus(tmp_path, long)
    db = tmp_path / "vbkg.db"
    result = load_cli(db, path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {path}:2: line is {len(long):,} bytes, over the 4,096 bytes limit"
    ]
    assert loaded(db) == {f"{path}#first", f"{path}#last"}


def test_an_impossible_metadata_date_is_a_warning_and_never_reaches_the_graph(tmp_path: Path) -> None:
    undated = "KẾ HOẠCH\n\nTổ chức hội nghị tổng kết năm\n\nCác cấp công đoàn tổ chức thực hiện.\n"
    path = tmp_path / "c.jsonl"
    path.write_bytes(line("x", undated, date="2023-02-29", issuer="Công đoàn Quận Ba Đình"))
    db = tmp_path / "vbkg.db"
    assert load_cli(db, path).exit_code == 0
    with open_embedded(str(db)) as store:
        (record,) = store.records()
        dates = {n.props.get("date") for n in store.nodes("Document")}
    assert "2023-02-29" not in dates and record["document"]["date"] is None
    assert {"kind": "bad_metadata", "message": "metadata field 'date' holds '2023-02-29', which is not a real "
            "date; dropped"}.items() <= record["warnings"][-1].items()  # fmt: skip
    exported = run("export", "--format", "ttl", "--store", str(db))
    assert exported.exit_code == 0 and "2023-02-29" not in exported.stdout


def test_an_id_longer_than_a_file_name_can_be_still_gets_a_page(tmp_path: Path) -> None:
    word = "Thidua" * 15
    text = "KẾ HOẠCH\n\n" + " ".join([word] * 6) + "\n\nNội dung.\n"
    path = tmp_path / "c.jsonl"
    path.write_bytes(line("long", text))
    db = tmp_path / "vbkg.db"
    assert load_cli(db, path).exit_code == 0
    with open_embedded(str(db)) as store:
        (node_id,) = [n.id for n in store.nodes("Document") if word.lower() in n.id]
    assert len(node_id.encode()) > 255
    site = tmp_path / "site"
    result = run("site", str(site), "--store", str(db))
    assert result.exit_code == 0
    pages = [p.name for p in (site / "doc").iterdir()]
    assert len(pages) == 1 and len(pages[0].encode()) <= 130 and pages[0].startswith("kh-unknown-issuer")
    assert f"doc/{pages[0]}" in (site / "search-index.js").read_text(encoding="utf-8")
    assert (site / "data" / pages[0].replace(".html", ".js")).exists()
    again = tmp_path / "again"
    run("site", str(again), "--store", str(db))
    assert [p.name for p in (again / "doc").iterdir()] == pages  # stable


def test_batches_committed_before_a_failure_stay(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"".join(line(f"d{i}", GOOD.replace("46/KH", f"{i + 1}/KH")) for i in range(5)))
    seen: list[str] = []

    def crash_at_the_fourth(source: str) -> None:
        seen.append(source)
        if len(seen) == 4:
            raise KeyboardInterrupt

    with open_embedded(str(tmp_path / "vbkg.db")) as store:
        with pytest.raises(KeyboardInterrupt):
            load(store, [path], progress=crash_at_the_fourth, batch_size=2)
        assert set(store.known_hashes()) == {f"{path}#d0", f"{path}#d1"}
        summary = load(store, [path], batch_size=2)
        assert (summary.loaded, summary.skipped) == (3, 2) and len(store.known_hashes()) == 5


def test_unchanged_documents_are_skipped_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(line("a") + line("b"))
    db = tmp_path / "vbkg.db"
    with open_embedded(str(db)) as store:
        load(store, [path, SAMPLES])
        known = store.known_hashes()

    def never(*_: object) -> str:
        raise AssertionError("decoded an unchanged document")

    monkeypatch.setattr("vbkg.loaders.walk.read_text", never)
    monkeypatch.setattr("vbkg.loaders.jsonl.normalize_text", never)
    monkeypatch.setattr("vbkg.loaders.jsonl.json.loads", never)
    items = list(scan_paths([path, SAMPLES], known=known))
    assert items and all(isinstance(i, Unchanged) for i in items)
    assert {i.source: i.content_hash for i in items} == known


def test_extract_imports_no_graph_rdf_or_neo4j_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom vbkg.cli import main\nsys.argv = ['vbkg', 'extract', sys.argv[1], '--format', 'jsonl']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'networkx', 'rdflib', 'neo4j', 'pyshacl', 'pyvis'})\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "003_75f77f7c71bf38e4.txt")],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert "HEAVY []" in done.stderr, done.stderr
    assert json.loads(done.stdout)["document"]["symbol"] == "46/KH-LĐLĐ"


def test_odd_entries_in_a_directory_are_named_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "two\nlines.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "vbkg.db"
    result = load_cli(db, tmp_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path}/gone.txt: broken symbolic link",
        f"error: {tmp_path}/pipe.md: not a regular file",
    ]
    assert loaded(db) == {str(tmp_path / "a.txt"), f"{tmp_path}/two\\nlines.txt"}
