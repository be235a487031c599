import datetime as dt
import io
import zipfile

import pytest

from assistant.errors import AssistantError
from assistant.ingest import parsing
from assistant.ingest.parsing import ParsedDocument, ParseError, Section, parse

SECRET = "Zebra-7741 confidential"


def paths(document: ParsedDocument) -> list[tuple[str, ...]]:
    return [section.heading_path for section in document.sections]


# --- fixture builders ---------------------------------------------------------


def make_pdf(pages: list[str], *, title: str | None = None, outline: list[tuple[str, int, int]] = ()) -> bytes:
    """`outline` holds (title, 0-based page, level) bookmarks."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    if title:
        pdf.setTitle(title)
    for index, text in enumerate(pages):
        for number, (name, page, level) in enumerate(outline):
            if page == index:
                pdf.bookmarkPage(f"b{number}")
                pdf.addOutlineEntry(name, f"b{number}", level=level)
        if text:
            pdf.drawString(72, 720, text)
        else:
            pdf.rect(72, 600, 200, 100, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypt_pdf(content: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(content)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Read this first.")
    document.add_heading("Expense policy", 0)
    document.add_paragraph("Applies to all staff.")
    document.add_heading("Meals", 1)
    document.add_paragraph("Up to 40 EUR per day.")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, [("City", "Limit"), ("Paris", "60")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_heading("Receipts", 2)
    document.add_paragraph("Keep them for ten years.")
    document.add_heading("Travel", 1)
    document.add_paragraph("Book economy class.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pptx() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "Quarterly review"
    slide.placeholders[1].text = "Revenue grew 12%"
    slide.notes_slide.notes_text_frame.text = "Mention the new office."
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "Headcount"
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    for row, values in enumerate([("Team", "People"), ("Sales", "14")]):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1))
    box.text_frame.text = "Questions?"
    presentation.slides.add_slide(presentation.slide_layouts[6])
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def make_xlsx() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Staff"
    sheet.append([None, None])
    sheet.append(["Name", "Start", "Days"])
    sheet.append(["Ada", dt.datetime(2024, 3, 1), 25.0])
    sheet.append([None, None, None])
    sheet.append(["Linus", None, 20])
    workbook.create_sheet("Empty")
    workbook.create_sheet("Lonely").append(["only", "a header"])
    workbook.properties.title = "Staff list"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- Markdown and text ------------------------------------------------------------

MARKDOWN = b"""Intro before any heading.

# Expense policy

Applies to all staff.

## Meals ##

Up to 40 EUR
per day.

```python
# not a heading
x = 1

y = 2
```

### Receipts

Keep them.

## Travel

Book economy.
"""


def test_markdown_sections_follow_heading_stack():
    document = parse(MARKDOWN, "policy.md")
    assert document.title == "Expense policy"
    assert paths(document) == [
        (),
        ("Expense policy",),
        ("Expense policy", "Meals"),
        ("Expense policy", "Meals", "Receipts"),
        ("Expense policy", "Travel"),
    ]
    meals = document.sections[2].text
    assert meals.startswith("Up to 40 EUR\nper day.\n\n```python")
    assert "# not a heading\nx = 1\n\ny = 2\n```" in meals


@pytest.mark.parametrize(
    ("content", "title", "expected_paths"),
    [
        (b"---\ntitle: 'From front matter'\n---\nBody text.\n", "From front matter", [()]),
        (b"Setext title\n============\n\nBody.\n\nSub\n---\n\nMore.\n", "Setext title",
         [("Setext title",), ("Setext title", "Sub")]),
        (b"\xef\xbb\xbf# Bom\r\n\r\nWindows lines.\r\n", "Bom", [("Bom",)]),
        (b"#hashtag is text\n\nmore\n", None, [()]),
    ],
)
def test_markdown_variants(content, title, expected_paths):
    document = parse(content, "notes.markdown")
    assert document.title == title
    assert paths(document) == expected_paths


@pytest.mark.parametrize(
    ("content", "expected_paths", "expected_text"),
    [
        (b"First para\nsame para.\n\nSecond para.\n", [()], "First para\nsame para.\n\nSecond para."),
        ("Caf\u00e9 \u201cquoted\u201d \u2013 ok".encode("cp1252"), [()], "Caf\u00e9 \u201cquoted\u201d \u2013 ok"),
        (b"\xef\xbb\xbfWith BOM", [()], "With BOM"),
        ("UTF-16 text".encode("utf-16"), [()], "UTF-16 text"),
        (b"\x81 undefined in cp1252", [()], "\x81 undefined in cp1252"),
        (b"Preface.\n\nINTRODUCTION\n\nHello.\n\nScope\n-----\nOnly us.\n", [(), ("INTRODUCTION",), ("INTRODUCTION", "Scope")],
         "Preface.\n\nHello.\n\nOnly us."),
        (b"NOTE: THIS IS NOT A HEADING.\n", [()], "NOTE: THIS IS NOT A HEADING."),
    ],
)
def test_plain_text(content, expected_paths, expected_text):
    document = parse(content, "readme.TXT")
    assert document.title is None
    assert paths(document) == expected_paths
    assert document.text == expected_text


# --- HTML ----------------------------------------------------------------------------

HTML = b"""<!DOCTYPE html>
<html><head><title>Handbook</title><style>body { color: red }</style>
<script>var tracking = 1;</script></head>
<body>
<header>Site header</header><nav><a href="/">Home</a></nav>
<p>Welcome   to the
<b>handbook</b>.<br>Second line.</p>
<!-- a comment -->
<h1>Leave</h1>
<p>Ask your manager.</p>
<h2>Sick leave</h2>
<ul><li>Call in</li><li>Send a note</li></ul>
<table><tr><th>Days</th><th>Pay</th></tr><tr><td>1-3</td><td>100%</td></tr><tr><td></td><td></td></tr></table>
<h3></h3>
<h2>Holidays</h2>
<pre>line 1
  line 2</pre>
<footer>Copyright</footer><noscript>Enable JS</noscript>
</body></html>"""


def test_html_sections_tables_and_dropped_chrome():
    document = parse(HTML, "handbook.html")
    assert document.title == "Handbook"
    assert paths(document) == [(), ("Leave",), ("Leave", "Sick leave"), ("Leave", "Holidays")]
    assert document.sections[0].text == "Welcome to the handbook.\nSecond line."
    assert document.sections[2].text == "Call in\n\nSend a note\n\nDays | Pay\n\n1-3 | 100%"
    assert document.sections[3].text == "line 1\n  line 2"
    for dropped in ("tracking", "color", "Site header", "Home", "Copyright", "Enable JS", "comment"):
        assert dropped not in document.text


def test_html_title_falls_back_to_h1_and_mime_type_picks_parser():
    document = parse(b"<h1>Only heading</h1><p>Body</p>", "download", "text/html; charset=utf-8")
    assert document.title == "Only heading"
    assert document.sections == (Section(("Only heading",), "Body"),)


def test_deeply_nested_html_does_not_recurse():
    content = b"<div>" * 5000 + b"deep" + b"</div>" * 5000
    assert "deep" in parse(content, "deep.htm").text


# --- PDF ---------------------------------------------------------------------------------


def test_pdf_one_section_per_page_with_metadata_title():
    document = parse(make_pdf(["First page text", "", "Third page text"], title="Annual report"), "r.pdf")
    assert document.title == "Annual report"
    assert paths(document) == [("Page 1",), ("Page 3",)]
    assert "First page text" in document.sections[0].text


def test_pdf_outline_becomes_heading_path():
    outline = [("Intro", 1, 0), ("Details", 2, 0), ("Costs", 2, 1)]
    document = parse(make_pdf(["Cover", "Intro text", "Detail text", "More detail"], outline=outline), "o.pdf")
    assert document.title is None
    assert paths(document) == [
        ("Page 1",),
        ("Intro", "Page 2"),
        ("Details", "Page 3"),
        ("Details", "Costs", "Page 4"),
    ]


def test_owner_only_encrypted_pdf_opens_with_empty_password():
    document = parse(encrypt_pdf(make_pdf(["Open to read"]), user_password=""), "owner.pdf")
    assert "Open to read" in document.text


# --- failures ------------------------------------------------------------------------------


def truncated(content: bytes) -> bytes:
    return content[: len(content) // 2]


FAILURES = [
    pytest.param(b"MZ\x90\x00", "tool.exe", "", "unsupported format '.exe'", id="unsupported-suffix"),
    pytest.param(b"data", "noext", "", "unsupported format 'no file extension'", id="no-suffix"),
    pytest.param(b"data", "noext", "application/zip", "unsupported format 'application/zip'", id="unsupported-mime"),
    pytest.param(b"", "empty.docx", "", "empty document", id="empty-docx"),
    pytest.param(b"", "empty.pdf", "", "empty document", id="empty-pdf"),
    pytest.param(b" \n\t\n", "blank.md", "", "empty document", id="whitespace-md"),
    pytest.param(b"# Just a heading\n\n## And another\n", "h.md", "", "empty document", id="headings-only-md"),
    pytest.param(b"<html><script>x()</script></html>", "s.html", "", "empty document", id="script-only-html"),
    pytest.param(b"ab\x00\x01cd", "bin.txt", "", "binary content in a text file", id="binary-txt"),
    pytest.param(SECRET.encode() * 50, "fake.pdf", "", "corrupt PDF: no PDF header", id="garbage-pdf"),
    pytest.param(b"%PDF-1.7\n" + SECRET.encode() * 50, "broken.pdf", "", "corrupt PDF: the file structure cannot be read",
                 id="broken-pdf"),
    pytest.param(lambda: encrypt_pdf(make_pdf([SECRET]), "pw"), "locked.pdf", "", "encrypted PDF", id="encrypted-pdf"),
    pytest.param(lambda: make_pdf([""]), "scan.pdf", "", "no extractable text (scanned PDF?)", id="scanned-pdf"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "locked.docx", "",
                 "encrypted or legacy Office file", id="ole-docx"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old.xlsx", "",
                 "encrypted or legacy Office file", id="ole-xlsx"),
    pytest.param(lambda: truncated(make_docx()), "cut.docx", "", "corrupt DOCX file: not a valid zip archive",
                 id="truncated-docx"),
    pytest.param(lambda: truncated(make_pptx()), "cut.pptx", "", "corrupt PPTX file: not a valid zip archive",
                 id="truncated-pptx"),
    pytest.param(lambda: truncated(make_xlsx()), "cut.xlsx", "", "corrupt XLSX file: not a valid zip archive",
                 id="truncated-xlsx"),
    pytest.param(SECRET.encode(), "plain.docx", "", "corrupt DOCX file: not a valid zip archive", id="text-as-docx"),
    pytest.param(lambda: make_xlsx(), "sheet.docx", "", "corrupt or unreadable DOCX file", id="xlsx-named-docx"),
    pytest.param(lambda: make_docx(), "doc.pptx", "", "corrupt or unreadable PPTX file", id="docx-named-pptx"),
    pytest.param(lambda: make_pptx(), "deck.xlsx", "", "corrupt or unreadable XLSX file", id="pptx-named-xlsx"),
]


@pytest.mark.parametrize(("content", "filename", "mime_type", "reason"), FAILURES)
def test_bad_input_raises_parse_error_with_short_reason(content, filename, mime_type, reason):
    data = content() if callable(content) else content
    with pytest.raises(ParseError) as raised:
        parse(data, filename, mime_type)
    assert raised.value.reason == reason
    assert str(raised.value) == reason
    assert isinstance(raised.value, AssistantError)
    assert raised.value.__cause__ is None


def test_zip_bomb_guard(monkeypatch):
    content = make_docx()
    monkeypatch.setattr(parsing, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(ParseError, match="archive too large when uncompressed"):
        parse(content, "bomb.docx")


def test_zip_with_broken_member_is_a_parse_error():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<not xml")
    with pytest.raises(ParseError, match="corrupt or unreadable DOCX file"):
        parse(buffer.getvalue(), "odd.docx")


# --- Office ---------------------------------------------------------------------------------


def test_docx_headings_tables_and_title():
    document = parse(make_docx(), "policy.DOCX")
    assert document.title == "Expense policy"
    assert paths(document) == [
        (),
        ("Expense policy",),
        ("Expense policy", "Meals"),
        ("Expense policy", "Meals", "Receipts"),
        ("Expense policy", "Travel"),
    ]
    assert document.sections[2].text == "Up to 40 EUR per day.\n\nCity | Limit\n\nParis | 60"


def test_docx_core_title_wins():
    import docx

    document = docx.Document(io.BytesIO(make_docx()))
    document.core_properties.title = "Core title"
    buffer = io.BytesIO()
    document.save(buffer)
    assert parse(buffer.getvalue(), "p.docx").title == "Core title"


def test_pptx_slides_tables_and_notes():
    document = parse(make_pptx(), "deck.pptx")
    assert document.title == "Quarterly review"
    assert paths(document) == [("Quarterly review",), ("Headcount",), ("Slide 3",)]
    assert document.sections[0].text == "Revenue grew 12%\n\nMention the new office."
    assert document.sections[1].text == "Team | People\nSales | 14"
    assert document.sections[2].text == "Questions?"


def test_xlsx_rows_as_header_value_pairs():
    document = parse(make_xlsx(), "staff.xlsx")
    assert document.title == "Staff list"
    assert paths(document) == [("Staff",), ("Lonely",)]
    assert document.sections[0].text == "Name: Ada; Start: 2024-03-01; Days: 25\n\nName: Linus; Days: 20"
    assert document.sections[1].text == "only | a header"


def test_xlsx_row_cap(monkeypatch):
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in [["n"], [1], [2], [3]]:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    monkeypatch.setattr(parsing, "MAX_ROWS_PER_SHEET", 2)
    assert parse(buffer.getvalue(), "cap.xlsx").text == "n: 1\n\nn: 2"


def test_supported_suffixes():
    assert parsing.SUPPORTED_SUFFIXES == {".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx", ".pptx", ".xlsx"}
