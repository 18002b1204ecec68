"""Where things are in a document: header, title, preamble, body, closing, sentences."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import patterns as P
from .model import Section

_HEAD_WINDOW = 3000


@dataclass(frozen=True)
class Layout:
    heading_words: str | None
    title_start: int
    title_end: int
    preamble_end: int
    closing_start: int
    breaks: tuple[int, ...]
    heading_start: int | None = None  # where the type heading ("QUYẾT ĐỊNH") is printed
    article: bool = False  # a publisher's page about documents (ARTICLE_PAGE), no document itself
    attached_start: int | None = None  # where another document's header starts (a form, an attachment)

    def section_at(self, pos: int) -> Section:
        if self.title_start <= pos < self.title_end:
            return "title"
        if pos < self.preamble_end:
            return "preamble"
        if pos >= self.closing_start:
            return "closing"
        return "body"

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.breaks, pos)
        start = self.breaks[i - 1] if i else 0
        end = self.breaks[i] if i < len(self.breaks) else -1
        if self.title_start <= pos < self.title_end:  # the title is a sentence of its own
            start, end = (
                max(start, self.title_start),
                min(end if end >= 0 else self.title_end, self.title_end),
            )
        return start, end


_LEAD_LIMIT = 8000  # the corpus's longest lead ends at 4,220 characters
_ISSUER_LINES = 3  # "BỘ TÀI CHÍNH / CỤC HẢI QUAN": a header's issuer may take lines of its own


def lead_end(text: str) -> int:
    """Where the document starts on a page that opens with a publisher's lead (PAGE_LEAD): at
    its issuer's name above the motto, "BỘ XÂY DỰNG / ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM", or at the capitals closing the lead's last line ("… ngày 26/11/2025 THỦ TƯỚNG CHÍNH
    PHỦ / ------- CỘNG HÒA …"). 0 when the text starts with the document."""
    if not (P.PAGE_LEAD.match(text) or P.ARTICLE_PAGE.match(text)):
        return 0  # an article that reproduces a document ("# Toàn văn Quyết định 2553/QĐ-TTg ra sao?") too
    motto = P.NATIONAL_MOTTO.search(text, 0, min(len(text), _LEAD_LIMIT))
    if motto is None:
        return 0
    line = text.rfind("\n", 0, motto.start()) + 1
    end = motto.start()
    if not text[line:end].strip(" \t-_*"):  # the motto's line holds only the rule under the issuer
        end = max(line - 1, 0)
        line = text.rfind("\n", 0, end) + 1
    start = end
    for _ in range(_ISSUER_LINES):
        words = [m for m in P.WORD_RUN.finditer(text, line, end)]
        upper = 0
        while upper < len(words) and words[-1 - upper].group().isupper():
            upper += 1
        if upper == 0:
            break
        start = words[-upper].start()
        if upper < len(words) or line == 0:  # the lead's last sentence ends on this line
            break
        end = line - 1
        line = text.rfind("\n", 0, end) + 1
    return start if start < motto.start() else 0


def _title_span(text: str, heading: re.Match[str] | None) -> tuple[int, int]:
    if heading is None:
        subject = P.SUBJECT_LINE.search(text, 0, _HEAD_WINDOW)
        if subject:
            end = subject.end("subject")
            cut = P.SUBJECT_END.search(subject.group("subject"))
            if cut:
                end = subject.start("subject") + cut.start()
            return subject.start("subject"), end
        first = len(text) - len(text.lstrip())  # the first line that holds anything
        sentence = P.SENTENCE_TITLE.match(text, text.rfind("\n", 0, first) + 1)
        if sentence:
            return first, sentence.end()
        return 0, 0
    rest = heading.group("rest").strip(" *#:")
    pos = heading.end()
    start = heading.start("rest") if rest and len(rest) > 3 else -1
    end = heading.end() if start >= 0 else pos
    lines = 0
    while pos < len(text) and lines < 6:
        nl = text.find("\n", pos + 1)
        nl = len(text) if nl < 0 else nl
        line = text[pos + 1 : nl] if text[pos] == "\n" else text[pos:nl]
        stripped = line.strip(" *#\t")
        if not stripped:
            if start >= 0:
                break
            pos = nl
            continue
        if start >= 0 and (P.CUE_LINE.match(stripped) or (rest.isupper() and not stripped.isupper())):
            break
        if P.ADDRESSEE_LINE.match(stripped):
            break  # an invitation or a telegram has no title: "GIẤY MỜI\n\nKính gửi:"
        if start < 0:
            start = pos + 1 if text[pos] == "\n" else pos
        end = nl
        pos = nl
        lines += 1
    return (start, end) if start >= 0 else (heading.start(), heading.end())


def analyse(text: str) -> Layout:
    article = P.ARTICLE_PAGE.match(text)
    if article and P.NATIONAL_MOTTO.search(text, 0, min(len(text), _LEAD_LIMIT)):
        article = None  # it reproduces a document, read from the document's header (lead_end)
    if article:  # its "# " heading is its title; it has no header, preamble or closing of its own
        end = text.find("\n", article.end())
        end = len(text) if end < 0 else end
        breaks = sorted({m.end() for m in P.SENTENCE_BREAK.finditer(text)} | {article.end(), end})
        return Layout(None, article.end(), end, end, len(text), tuple(breaks), article=True)
    heading = P.TYPE_HEADING.search(text, 0, _HEAD_WINDOW)
    title_start, title_end = _title_span(text, heading)
    body = P.BODY_START.search(text, title_end)
    if body:
        preamble_end = body.start()
    else:
        blank = text.find("\n\n", title_end + 2)
        # the addressee right after the title ("GIẤY MỜI\n\nKính gửi:\n\nThực hiện …") or after its subject
        addressee = P.ADDRESSEE_PARAGRAPH.match(text, title_end) or (
            P.ADDRESSEE_PARAGRAPH.match(text, blank) if blank > 0 else None
        )
        if addressee:  # a letter's "Kính gửi: …" paragraph: its opening paragraph comes after it
            opening = text.find("\n\n", addressee.end())
            blank = opening if opening > 0 else blank
        preamble_end = blank if blank > 0 else len(text)
    closing = P.CLOSING_START.search(text, max(preamble_end, len(text) // 2))
    closing_start = closing.start() if closing else len(text)
    # a national motto past the preamble heads another document: a form in an appendix ("Mẫu số
    # 3 … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM … QUYẾT ĐỊNH … Căn cứ …") or a letter attached to this
    # one ("công văn số 3634/TCHQ-TXNK … (đính kèm)"); its Căn cứ and cues are its own
    # (only after a beginning of this one's own: a header, heading or title; a table of contents
    # before a document's header is no document of its own)
    attached = None
    if heading or title_end or P.NATIONAL_MOTTO.search(text, 0, max(preamble_end, title_end)):
        attached = P.NATIONAL_MOTTO.search(text, max(preamble_end, title_end))
    breaks = sorted({m.end() for m in P.SENTENCE_BREAK.finditer(text)} | {title_start, title_end})
    return Layout(
        heading_words=heading.group("words") if heading else None,
        title_start=title_start,
        title_end=title_end,
        preamble_end=max(preamble_end, title_end),
        closing_start=closing_start,
        breaks=tuple(breaks),
        heading_start=heading.start("words") if heading else None,
        attached_start=text.rfind("\n", 0, attached.start()) + 1 if attached else None,
    )


def clean(text: str) -> str:
    """Collapse whitespace and drop emphasis markers, for titles and evidence sentences."""
    return P.SPACES.sub(" ", text.replace("**", "").replace("*", "")).strip()


def sentence_of(text: str, layout: Layout, start: int, end: int, limit: int = 600) -> str:
    s, e = layout.sentence_bounds(start)
    e = len(text) if e < 0 else max(e, end)
    if e - s > limit:  # a run-on "sentence": keep a window around the mention, cut at spaces
        s0, e0 = max(s, start - limit // 2), min(e, end + limit // 2)
        s = s0 if s0 == s else max(s0, text.find(" ", s0, start) + 1)
        cut = text.rfind(" ", end, e0)
        e = e0 if e0 == e or cut < 0 else cut
    return clean(text[s:e])
