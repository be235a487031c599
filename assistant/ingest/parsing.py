"""Turn the bytes of a document into a title and sections under heading paths.

Every failure inside a parsing library becomes a ParseError whose reason can be
shown to a user as it is; reasons never quote the file's content, because
library messages often do (pypdf echoes the bytes it choked on).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import PurePosixPath

from assistant.errors import AssistantError

logger = logging.getLogger(__name__)
# pypdf's warnings about a broken file quote the bytes it stumbled on, and logs
# must not carry document content.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx", ".pptx", ".xlsx"}
)

# Declared member sizes bound what zipfile will inflate, so summing them
# stops a zip bomb before openpyxl or python-docx opens the archive.
MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024
MAX_ROWS_PER_SHEET = 10_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_PLACEHOLDER_TITLES = frozenset({"untitled", "untitled document"})

_MIME_SUFFIXES = {
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/plain": ".txt",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
}


@dataclass(frozen=True)
class Section:
    heading_path: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    title: str | None
    sections: tuple[Section, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(section.text for section in self.sections)


class ParseError(AssistantError):
    """A document cannot be read; `reason` is short and safe to show a user."""

    reason: str

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse(content: bytes, filename: str, mime_type: str = "") -> ParsedDocument:
    suffix = _pick_suffix(filename, mime_type)
    if not content.strip():
        raise ParseError("empty document")
    parser = _PARSERS[suffix]
    try:
        document = parser(content)
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - any library failure is a bad file, not a crash
        # Only the type: library messages may quote the document.
        logger.debug("%s parser failed with %s", suffix, type(exc).__name__)
        raise ParseError(f"corrupt or unreadable {_KINDS[suffix]} file") from None
    sections = tuple(s for s in document.sections if s.text.strip())
    if not sections:
        raise ParseError("empty document")
    return ParsedDocument(title=document.title, sections=sections)


def _pick_suffix(filename: str, mime_type: str) -> str:
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return suffix
    mime = mime_type.split(";", 1)[0].strip().lower()
    if mime in _MIME_SUFFIXES:
        return _MIME_SUFFIXES[mime]
    label = suffix or mime or "no file extension"
    raise ParseError(f"unsupported format '{label}'")


class _SectionBuilder:
    """Collects paragraphs under a stack of (level, heading) pairs."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []
        self._paragraphs: list[str] = []
        self._sections: list[Section] = []

    def heading(self, level: int, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        self._flush()
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, text))

    def paragraph(self, text: str) -> None:
        if text.strip():
            self._paragraphs.append(text.strip("\n"))

    def sections(self) -> tuple[Section, ...]:
        self._flush()
        return tuple(self._sections)

    def _flush(self) -> None:
        if self._paragraphs:
            path = tuple(heading for _, heading in self._stack)
            self._sections.append(Section(path, "\n\n".join(self._paragraphs)))
            self._paragraphs = []


def _decode(content: bytes) -> str:
    """Text with a detected encoding, without BOM, with "\n" line ends."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = content.decode("utf-16")
    elif b"\x00" in content:
        raise ParseError("binary content in a text file")
    else:
        text = _decode_8bit(content)
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode_8bit(content: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return content.decode("latin-1")


# --- Markdown and plain text -------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_UNDERLINE = re.compile(r"^ {0,3}(={3,}|-{3,})[ \t]*$")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)


def _parse_markdown(content: bytes) -> ParsedDocument:
    text = _decode(content)
    front_title = None
    # YAML front matter would otherwise read as a setext heading.
    if front_matter := _FRONT_MATTER.match(text):
        match = _FRONT_MATTER_TITLE.search(front_matter.group(1))
        front_title = match.group(1).strip("'\"") if match else None
        text = text[front_matter.end() :]
    title, sections = _parse_lines(text.splitlines(), markdown=True)
    return ParsedDocument(title or front_title or None, sections)


def _parse_text(content: bytes) -> ParsedDocument:
    _, sections = _parse_lines(_decode(content).splitlines(), markdown=False)
    return ParsedDocument(None, sections)


def _is_caps_heading(line: str) -> bool:
    line = line.strip()
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and len(line) <= 60
        and line.upper() == line
        and line[-1] not in ".!?:;,"
    )


def _parse_lines(lines: list[str], *, markdown: bool) -> tuple[str | None, tuple[Section, ...]]:
    builder = _SectionBuilder()
    title: str | None = None
    paragraph: list[str] = []
    fence: str | None = None

    def end_paragraph() -> None:
        if not markdown and len(paragraph) == 1 and _is_caps_heading(paragraph[0]):
            builder.heading(1, paragraph[0])
        else:
            builder.paragraph("\n".join(paragraph))
        paragraph.clear()

    def heading(level: int, text: str) -> None:
        nonlocal title
        if markdown and level == 1 and title is None and text.strip():
            title = " ".join(text.split())
        builder.heading(level, text)

    for line in lines:
        if fence is not None:
            paragraph.append(line)
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
                builder.paragraph("\n".join(paragraph))
                paragraph.clear()
            continue
        if markdown and (match := _FENCE.match(line)):
            end_paragraph()
            fence = match.group(1)
            paragraph.append(line)
            continue
        if not line.strip():
            end_paragraph()
            continue
        if markdown and (match := _ATX.match(line)):
            end_paragraph()
            heading(len(match.group(1)), match.group(2) or "")
            continue
        if match := _UNDERLINE.match(line):
            if len(paragraph) == 1:
                heading(1 if match.group(1)[0] == "=" else 2, paragraph.pop())
            else:
                # A rule under a blank line or a long paragraph only separates.
                end_paragraph()
            continue
        paragraph.append(line)
    end_paragraph()
    return title, builder.sections()


# --- HTML ---------------------------------------------------------------------

_DROPPED_TAGS = ["script", "style", "nav", "footer", "header", "noscript", "template"]
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption "
    "figure form hr li main ol p pre section summary ul caption".split()
)
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_BLOCK_END = object()


def _parse_html(content: bytes) -> ParsedDocument:
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import PreformattedString

    soup = BeautifulSoup(content, "lxml")
    title = None
    if soup.title and soup.title.get_text(strip=True):
        title = " ".join(soup.title.get_text().split())
    elif (h1 := soup.find("h1")) and h1.get_text(strip=True):
        title = " ".join(h1.get_text().split())
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()

    builder = _SectionBuilder()
    inline: list[str] = []

    def flush() -> None:
        lines = (line.strip() for line in "".join(inline).split("\n"))
        builder.paragraph("\n".join(line for line in lines if line))
        inline.clear()

    # An explicit stack instead of recursion: hostile HTML may nest thousands deep.
    root = soup.body or soup
    stack: list[object] = list(reversed(list(root.children)))
    while stack:
        node = stack.pop()
        if node is _BLOCK_END:
            flush()
        elif isinstance(node, PreformattedString):
            continue
        elif isinstance(node, NavigableString):
            inline.append(_HTML_SPACE.sub(" ", str(node)))
        elif isinstance(node, Tag):
            name = node.name.lower()
            if name in _HEADING_TAGS:
                flush()
                builder.heading(_HEADING_TAGS[name], node.get_text(" "))
            elif name == "table":
                flush()
                for row in _html_table_rows(node):
                    builder.paragraph(row)
            elif name == "pre":
                flush()
                builder.paragraph(node.get_text())
            elif name == "br":
                inline.append("\n")
            elif name in _BLOCK_TAGS:
                flush()
                stack.append(_BLOCK_END)
                stack.extend(reversed(list(node.children)))
            else:
                stack.extend(reversed(list(node.children)))
    flush()
    return ParsedDocument(title, builder.sections())


def _html_table_rows(table: object) -> Iterator[str]:
    for row in table.find_all("tr"):  # type: ignore[attr-defined]
        if row.find_parent("table") is not table:
            continue
        cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all(["td", "th"], recursive=False)]
        if any(cells):
            yield " | ".join(cells)


# --- PDF ----------------------------------------------------------------------


def _parse_pdf(content: bytes) -> ParsedDocument:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if b"%PDF-" not in content[:1024]:
        raise ParseError("corrupt PDF: no PDF header")
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        encrypted = reader.is_encrypted
    except Exception:  # noqa: BLE001 - pypdf raises many kinds for a broken file
        raise ParseError("corrupt PDF: the file structure cannot be read") from None
    if encrypted:
        # Owner-only encryption restricts editing, not reading: the empty user password opens it.
        try:
            opened = reader.decrypt("")
        except DependencyError:
            raise ParseError("encrypted PDF (AES needs the 'cryptography' package)") from None
        except Exception:  # noqa: BLE001 - a damaged encryption dictionary reads as locked
            opened = 0
        if not opened:
            raise ParseError("encrypted PDF")
    try:
        pages = list(reader.pages)
    except Exception:  # noqa: BLE001 - pypdf raises many kinds for a broken page tree
        raise ParseError("corrupt PDF: the page tree cannot be read") from None

    outline = _pdf_outline_by_page(reader)
    sections: list[Section] = []
    current: tuple[str, ...] = ()
    for number, page in enumerate(pages, 1):
        entries = outline.get(number - 1)
        if entries:
            current = entries[0]
        try:
            text = page.extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - one bad page should not lose the others
            logger.warning("skipped unreadable PDF page %d (%s)", number, type(exc).__name__)
            continue
        if text.strip():
            sections.append(Section((*current, f"Page {number}"), text))
        if entries:
            current = entries[-1]
    if not sections:
        raise ParseError("no extractable text (scanned PDF?)")
    return ParsedDocument(_pdf_title(reader), tuple(sections))


def _pdf_title(reader: object) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken info dictionary only costs the title
        return None
    title = " ".join(str(title or "").split())
    # Producers such as reportlab fill in a placeholder rather than leave it empty.
    return title if title and title.lower() not in _PLACEHOLDER_TITLES else None


def _pdf_outline_by_page(reader: object) -> dict[int, list[tuple[str, ...]]]:
    """Bookmark paths keyed by 0-based page index, in outline order; {} if unusable."""
    by_page: dict[int, list[tuple[str, ...]]] = {}
    try:
        outline = reader.outline  # type: ignore[attr-defined]
        # pypdf nests children as a list right after their parent entry.
        stack: list[tuple[tuple[str, ...], Iterator[object]]] = [((), iter(outline))]
        last_path: tuple[str, ...] = ()
        while stack:
            parent, items = stack[-1]
            item = next(items, None)
            if item is None:
                stack.pop()
                continue
            if isinstance(item, list):
                stack.append((last_path, iter(item)))
                continue
            title = " ".join(str(getattr(item, "title", "") or "").split())
            last_path = (*parent, title) if title else parent
            page = reader.get_destination_page_number(item)  # type: ignore[attr-defined]
            if title and page is not None and page >= 0:
                by_page.setdefault(page, []).append(last_path)
    except Exception as exc:  # noqa: BLE001 - bookmarks are a bonus; pages still parse
        logger.debug("ignored unreadable PDF outline (%s)", type(exc).__name__)
        return {}
    return by_page


# --- Office Open XML ------------------------------------------------------------


def _open_ooxml(content: bytes, kind: str) -> None:
    """Refuse what the Office libraries would choke on or blow up with."""
    if content.startswith(_OLE_MAGIC):
        raise ParseError("encrypted or legacy Office file")
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ParseError(f"corrupt {kind} file: not a valid zip archive") from None
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ParseError("archive too large when uncompressed")


def _table_row_text(cells: Iterable[str]) -> str:
    return " | ".join(" ".join(cell.split()) for cell in cells)


_DOCX_HEADING = re.compile(r"^heading ([1-9])$", re.IGNORECASE)


def _parse_docx(content: bytes) -> ParsedDocument:
    _open_ooxml(content, "DOCX")
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(content))
    builder = _SectionBuilder()
    title = " ".join((document.core_properties.title or "").split()) or None
    style_title = first_heading = None
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in _docx_table_rows(block):
                builder.paragraph(row)
            continue
        style = block.style.name if block.style is not None else ""
        text = block.text
        if style.lower() == "title":
            builder.heading(0, text)
            style_title = style_title or " ".join(text.split()) or None
        elif match := _DOCX_HEADING.match(style):
            builder.heading(int(match.group(1)), text)
            if match.group(1) == "1":
                first_heading = first_heading or " ".join(text.split()) or None
        else:
            builder.paragraph(text)
    return ParsedDocument(title or style_title or first_heading, builder.sections())


def _docx_table_rows(table: object) -> Iterator[str]:
    for row in table.rows:  # type: ignore[attr-defined]
        cells = []
        previous = None
        for cell in row.cells:
            # A horizontally merged cell is reported once per grid column it spans.
            if previous is not None and cell._tc is previous._tc:
                continue
            previous = cell
            cells.append(cell.text)
        if any(c.strip() for c in cells):
            yield _table_row_text(cells)


def _parse_pptx(content: bytes) -> ParsedDocument:
    _open_ooxml(content, "PPTX")
    from pptx import Presentation

    presentation = Presentation(io.BytesIO(content))
    sections: list[Section] = []
    document_title = None
    for number, slide in enumerate(presentation.slides, 1):
        title_shape = slide.shapes.title
        title = ""
        if title_shape is not None and title_shape.has_text_frame:
            title = " ".join(title_shape.text_frame.text.split())
        if number == 1 and title:
            document_title = title
        skip = title_shape.shape_id if title_shape is not None else None
        parts = list(_pptx_shape_texts(slide.shapes, skip))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            parts.append(slide.notes_slide.notes_text_frame.text)
        parts = [part.strip() for part in parts if part.strip()]
        if not parts and title:
            parts = [title]
        if parts:
            sections.append(Section((title or f"Slide {number}",), "\n\n".join(parts)))
    return ParsedDocument(document_title, tuple(sections))


def _pptx_shape_texts(shapes: Iterable[object], skip_id: int | None) -> Iterator[str]:
    stack = list(reversed(list(shapes)))
    while stack:
        shape = stack.pop()
        if getattr(shape, "shape_id", None) == skip_id:
            continue
        if hasattr(shape, "shapes"):  # a group
            stack.extend(reversed(list(shape.shapes)))
            continue
        if getattr(shape, "has_text_frame", False):
            yield shape.text_frame.text
        if getattr(shape, "has_table", False):
            rows = (_table_row_text(cell.text for cell in row.cells) for row in shape.table.rows)
            yield "\n".join(row for row in rows if row.replace("|", "").strip())


def _parse_xlsx(content: bytes) -> ParsedDocument:
    _open_ooxml(content, "XLSX")
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        title = " ".join((workbook.properties.title or "").split()) or None
        sections = []
        for sheet in workbook.worksheets:
            text = _sheet_text(sheet)
            if text:
                sections.append(Section((sheet.title,), text))
    finally:
        workbook.close()
    return ParsedDocument(title, tuple(sections))


def _sheet_text(sheet: object) -> str:
    # Stored dimensions may claim 16k columns; without them rows are not padded.
    sheet.reset_dimensions()  # type: ignore[attr-defined]
    header: list[str] | None = None
    rows: list[str] = []
    for values in sheet.iter_rows(values_only=True):  # type: ignore[attr-defined]
        cells = [_cell_text(value) for value in values]
        if not any(cells):
            continue
        if header is None:
            header = cells
            continue
        if len(rows) >= MAX_ROWS_PER_SHEET:
            logger.warning("sheet truncated at %d rows", MAX_ROWS_PER_SHEET)
            break
        pairs = zip_longest(header, cells, fillvalue="")
        rows.append("; ".join(f"{key}: {value}" if key else value for key, value in pairs if value))
    if header is not None and not rows:
        return _table_row_text(cell for cell in header if cell)
    return "\n\n".join(rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


_PARSERS: dict[str, Callable[[bytes], ParsedDocument]] = {
    ".md": _parse_markdown,
    ".markdown": _parse_markdown,
    ".txt": _parse_text,
    ".html": _parse_html,
    ".htm": _parse_html,
    ".pdf": _parse_pdf,
    ".docx": _parse_docx,
    ".pptx": _parse_pptx,
    ".xlsx": _parse_xlsx,
}
_KINDS = {
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".txt": "text",
    ".html": "HTML",
    ".htm": "HTML",
    ".pdf": "PDF",
    ".docx": "DOCX",
    ".pptx": "PPTX",
    ".xlsx": "XLSX",
}
