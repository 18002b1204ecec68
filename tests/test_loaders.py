"""Loaders on good and bad input: every case gives a correct result or a clear message."""

from __future__ import annotations

import io
import json
import os
import unicodedata
from pathlib import Path

import pytest

from vbkg.extraction import DocumentRecord
from vbkg.loaders import LoaderError, RawDocument, load_paths, normalize_text
from vbkg.loaders.legacy_tables import TCVN3_HIGH, VNI_SEQUENCES
from vbkg.pipeline import extract_paths

SAMPLE = (
    "Số: 46/KH-LĐLĐ\n\nLong Biên, ngày 29 tháng 12 năm 2023\n\nKẾ HOẠCH\n\n"
    "Phát động phong trào thi đua trong công nhân, viên chức, người lao động quận Long Biên năm 2024\n\n"
    "Thực hiện kế hoạch số 12/KH-LĐLĐ ngày 25/12/2023 của LĐLĐ Thành phố Hà Nội về phát động phong trào "
    "thi đua. Các cấp công đoàn của quận và người lao động được tham gia.\n"
)


def load_one(path: Path) -> RawDocument | LoaderError:
    (item,) = list(load_paths([path]))
    return item


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def to_tcvn3(text: str) -> bytes:
    inverse = {ch: 0x80 + i for i, ch in enumerate(TCVN3_HIGH)}
    return bytes(ord(c) if ord(c) < 0x80 else inverse[c] for c in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> bytes:
    inverse = {unicodedata.normalize("NFC", v): k for k, v in VNI_SEQUENCES.items()}
    return "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("cp1252")


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes the tone as a combining mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts[1:] if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", parts[0] + "".join(c for c in parts[1:] if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


LOWER_SAMPLE = SAMPLE.lower()  # TCVN3 (ABC) has no precomposed capitals for every letter


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("utf8.txt", SAMPLE.encode("utf-8"), SAMPLE),
        ("bom.txt", b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), SAMPLE),
        ("utf16.txt", SAMPLE.encode("utf-16"), SAMPLE),
        ("utf16le.txt", SAMPLE.encode("utf-16-le"), SAMPLE),
        ("cp1258.txt", to_cp1258(SAMPLE), SAMPLE),
        ("tcvn3.txt", to_tcvn3(LOWER_SAMPLE), LOWER_SAMPLE),
        ("vni.txt", to_vni(SAMPLE), SAMPLE),
        ("tcvn3-glyphs.txt", to_tcvn3(LOWER_SAMPLE).decode("cp1252").encode("utf-8"), LOWER_SAMPLE),
        ("nfd.txt", unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), SAMPLE),
    ],
)
def test_encodings_are_detected_and_converted(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    doc = load_one(write(tmp_path, name, data))
    assert isinstance(doc, RawDocument), doc
    assert doc.text == normalize_text(expected)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.md", b"  \n\n ", "file is empty"),
        ("binary.txt", bytes(range(256)) * 40, "looks like a binary file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 500, "looks like a binary file"),
        ("latin.txt", "Grüße aus München, schön".encode("latin-1") * 20, "not UTF-8"),
        ("bad.docx", b"PK\x03\x04 truncated", "not a readable .docx"),
        ("bad.pdf", b"%PDF-1.4 nothing here", "not a readable PDF"),
        ("notes.xyz", b"hello", "unsupported file type"),
    ],
)
def test_bad_input_is_a_clear_error_naming_the_file(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    err = load_one(write(tmp_path, name, data))
    assert isinstance(err, LoaderError)
    assert str(err).startswith(str(tmp_path / name)) and message in str(err)


def test_missing_path(tmp_path: Path) -> None:
    err = load_one(tmp_path / "nope.txt")
    assert isinstance(err, LoaderError) and "no such file" in str(err)


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Số: 47/KH-LĐLĐ")
    d.add_paragraph("KẾ HOẠCH")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"
    table.rows[0].cells[1].text = "Nơi nhận"
    d.add_paragraph("Sau bảng.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_reading_order(tmp_path: Path) -> None:
    doc = load_one(write(tmp_path, "plan.docx", _docx_bytes()))
    assert isinstance(doc, RawDocument)
    assert doc.text.index("KẾ HOẠCH") < doc.text.index("01-KL/TW") < doc.text.index("Sau bảng")


def test_truncated_docx(tmp_path: Path) -> None:
    data = _docx_bytes()
    err = load_one(write(tmp_path, "cut.docx", data[: len(data) // 2]))
    assert isinstance(err, LoaderError) and "not a readable .docx" in str(err)


def _pdf(text: str | None) -> bytes:
    """A one-page PDF; with `text`, a Helvetica text layer (ASCII only)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    doc = load_one(write(tmp_path, "plan.pdf", _pdf("Thuc hien Ket luan so 01-KL/TW ngay 18/5/2021")))
    assert isinstance(doc, RawDocument) and "01-KL/TW" in doc.text


def test_pdf_without_text_layer_suggests_ocr(tmp_path: Path) -> None:
    err = load_one(write(tmp_path, "scan.pdf", _pdf(None)))
    assert isinstance(err, LoaderError) and "no text layer" in str(err) and "OCR" in str(err)


def test_html_drops_scripts_keeps_text(tmp_path: Path) -> None:
    html = "<html><head><script>var x='01-KL/TW'</script></head><body><p>Thực hiện Kết luận số 01-KL/TW</p></body>"
    doc = load_one(write(tmp_path, "page.html", html.encode()))
    assert isinstance(doc, RawDocument)
    assert doc.text == "Thực hiện Kết luận số 01-KL/TW"


def test_jsonl_documents_and_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a1", "text": SAMPLE, "title": "t"}), "{broken", json.dumps({"id": "a2"}), ""]
    path = write(tmp_path, "c.jsonl", "\n".join(lines).encode())
    items = list(load_paths([path]))
    assert (
        isinstance(items[0], RawDocument)
        and items[0].source == f"{path}#a1"
        and items[0].meta["title"] == "t"
    )
    assert isinstance(items[1], LoaderError) and str(items[1]).startswith(f"{path}:2: invalid JSON")
    assert isinstance(items[2], LoaderError) and "string `text` field" in str(items[2])
    assert len(items) == 3


def test_directory_batch_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", SAMPLE.encode())
    write(tmp_path, "b.txt", b"")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.md", SAMPLE.encode())
    write(tmp_path, "ignored.png", b"\x89PNG")
    items = list(extract_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["DocumentRecord", "LoaderError", "DocumentRecord"]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,  # a 1 MB line without spaces
        "Kết luận số " * 100_000,  # 100,000 repetitions of a cue with no number
        "01-" * 200_000,
        "Thực hiện " * 50_000 + "Kết luận số 01-KL/TW",
        ("Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; " * 20_000),
    ],
    ids=["1mb-line", "kl-so-100k", "dashes", "cue-100k", "many-mentions"],
)
def test_pathological_text_gives_a_result(tmp_path: Path, text: str) -> None:
    (item,) = list(extract_paths([write(tmp_path, "p.txt", text.encode())]))
    assert isinstance(item, DocumentRecord)


def test_ten_megabyte_file(tmp_path: Path) -> None:
    big = (SAMPLE * (10_000_000 // len(SAMPLE.encode()) + 1)).encode()
    (item,) = list(extract_paths([write(tmp_path, "big.txt", big)]))
    assert isinstance(item, DocumentRecord) and len(item.references) > 10_000


@pytest.mark.parametrize(
    ("raw", "normal"),
    [("Quận uỷ", "Quận ủy"), ("cụ thể hoá", "cụ thể hóa"), ("thoả thuận", "thỏa thuận"), ("quý", "quý"),
     ("hoàn thành", "hoàn thành"), ("a\u00a0b\r\nc\u200b", "a b\nc")],
)  # fmt: skip
def test_normalisation(raw: str, normal: str) -> None:
    assert normalize_text(raw) == normal
    assert normalize_text(unicodedata.normalize("NFD", raw)) == normal


DEEP = b"[" * 64 + b"]" * 64  # in the line's object: 65 levels


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b'{"text": "x", "m": ' + b"[" * 63 + b"]" * 63 + b"}", None),
        (b'{"text": "x", "m": ' + DEEP + b"}", "JSON nested deeper than the 64-level limit"),
        (b'{"text": "' + b"[" * 500 + b'", "m": [1]}', None),  # brackets inside a string
        (b'{"text": "a \\"' + b"[" * 500 + b'"}', None),  # after an escaped quote, still inside
        (b'{"text": "a\\\\", "m": ' + DEEP + b"}", "JSON nested deeper than the 64-level limit"),
        (b'{"text": "a\\\\\\"' + b"{" * 500 + b'"}', None),  # \\ then \" : still inside
        (b'{"text": "x", "m": [' + b"0," * 100_000 + b"0]}", "JSON with over 100,000 values outside strings"),
        (b'{"text": "' + b"," * 300_000 + b'"}', None),
        (b'{"text": "x", "m": [' + b'"",' * 100_001 + b'""]}', "JSON with over 100,000 values outside strings"),
    ],
    ids=["depth-64", "depth-65", "in-string", "escaped-quote", "escaped-backslash", "both-escapes",
         "many-numbers", "commas-in-text", "many-strings"],
)  # fmt: skip
def test_jsonl_structure_limits(line: bytes, problem: str | None) -> None:
    from vbkg.loaders.jsonl import _structure_problem

    found = _structure_problem(line)
    assert found == problem if problem is None else (found or "").startswith(problem)


@pytest.mark.parametrize(
    "line",
    [b"[" * 8_000_000, b"[]," * 3_000_000, b'"a",' * 2_000_000, b'{"text": "' + b'\\"[' * 3_000_000 + b'"}'],
    ids=["open", "flat", "strings", "escapes"],
)
def test_jsonl_structure_check_is_linear_on_hostile_lines(line: bytes) -> None:
    import time

    from vbkg.loaders.jsonl import _structure_problem

    start = time.perf_counter()
    _structure_problem(line)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("meta", "kept", "warned"),
    [
        ({"date": "2023-02-28"}, {"date": "2023-02-28"}, []),
        ({"date": "2023-02-29"}, {}, ["date"]),
        ({"date": "2024-02-29", "signed": "2023-13-01T08:00"}, {"date": "2024-02-29"}, ["signed"]),
        ({"date": None, "n": 5, "tags": ["a"], "text": "x"}, {"n": "5"}, []),
        ({"note": "2023-02-2999 là số"}, {"note": "2023-02-2999 là số"}, []),
    ],
)
def test_metadata_dates_no_calendar_has_are_dropped(
    meta: dict[str, object], kept: dict[str, str], warned: list[str]
) -> None:
    from vbkg.loaders.meta import clean_meta

    cleaned, warnings = clean_meta(meta)
    assert cleaned == kept
    assert [w.split("'")[1] for w in warnings] == warned


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("plain/tệp.txt", "plain/tệp.txt"), (os.fsdecode(b"a/caf\xe9.txt"), "a/caf\\xe9.txt"),
     ("tab\there.txt", "tab\\there.txt"), ("bad\ud800.txt", "bad\\ud800.txt")],
)  # fmt: skip
def test_display_names_are_printable_and_stable(raw: str, shown: str) -> None:
    from vbkg.loaders import display_name

    assert display_name(raw) == shown
    shown.encode("utf-8")
