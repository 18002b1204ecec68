"""Readers for each container format: bytes in, text out (not yet normalised)."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from html.parser import HTMLParser

from .decode import decode_bytes
from .errors import LoaderError
from .limits import MAX_DOCX_INFLATED, MAX_DOCX_MEMBERS, MAX_DOCX_XML, size


def read_text(data: bytes, source: str) -> tuple[str, str]:
    decoded = decode_bytes(data, source)
    return decoded.text, decoded.encoding


def check_zip(data: bytes, source: str) -> None:
    """Refuse a zip that would inflate past the limit (a zip bomb) before anything parses it.

    The declared sizes are checked first (cheap); then every member is inflated a megabyte
    at a time and thrown away: zipfile stops a member at its declared size and a member
    whose data is longer fails its CRC, so a zip that lies about its sizes is refused here
    with bounded memory, where reading it whole would inflate everything at once.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = z.infolist()
            if len(members) > MAX_DOCX_MEMBERS:
                raise LoaderError(
                    source, f".docx holds {len(members):,} files, over the {MAX_DOCX_MEMBERS:,} limit"
                )
            inflated = sum(m.file_size for m in members)
            if inflated > MAX_DOCX_INFLATED:
                raise LoaderError(
                    source,
                    f".docx inflates to {size(inflated)} from {size(len(data))}, over the "
                    f"{size(MAX_DOCX_INFLATED)} limit (a zip bomb?)",
                )
            big_xml = next((m for m in members if m.filename.lower().endswith((".xml", ".rels"))
                            and m.file_size > MAX_DOCX_XML), None)  # fmt: skip
            if big_xml is not None:
                raise LoaderError(
                    source,
                    f".docx part {big_xml.filename} inflates to {size(big_xml.file_size)}, over the "
                    f"{size(MAX_DOCX_XML)} limit for one XML part",
                )
            for member in members:
                with z.open(member) as f:
                    while f.read(1 << 20):
                        pass
    except LoaderError:
        raise
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, RuntimeError, NotImplementedError) as exc:
        raise LoaderError(source, f"not a readable .docx (truncated or corrupt: {exc})") from exc


def read_docx(data: bytes, source: str) -> str:
    """Paragraphs and table cells in reading order."""
    check_zip(data, source)
    try:
        import docx  # heavy; imported where needed
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise LoaderError(source, "python-docx is not installed") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoaderError(source, f"not a readable .docx (truncated or corrupt: {exc})") from exc
    except Exception as exc:  # python-docx raises bare lxml/opc errors on damaged parts
        raise LoaderError(source, f"not a readable .docx ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                lines.append("\n".join(cells))
    text = "\n".join(lines)
    if not text.strip():
        raise LoaderError(source, "the .docx has no text")
    return text


def read_pdf(data: bytes, source: str) -> str:
    """The PDF's text layer; a scan without one is refused with a hint to OCR it."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover
        raise LoaderError(source, "pypdf is not installed") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise LoaderError(source, f"not a readable PDF ({exc})") from exc
    text = "\n\n".join(pages)
    if len(text.strip()) < 20:
        raise LoaderError(
            source,
            f"the PDF has no text layer ({len(pages)} page(s), likely a scan); run OCR first, "
            "e.g. `ocrmypdf -l vie in.pdf out.pdf`",
        )
    return text


class _HTMLText(HTMLParser):
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"})
    _SKIP = frozenset({"script", "style", "head", "title", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


_BLANKS = re.compile(r"[ \t]*\n[ \t\n]*\n")


def read_html(data: bytes, source: str) -> str:
    text, _ = read_text(data, source)
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    out = _BLANKS.sub("\n\n", "".join(parser.parts)).strip()
    if not out:
        raise LoaderError(source, "the HTML page has no text")
    return out
