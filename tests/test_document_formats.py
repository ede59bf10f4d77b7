"""PDF and DOCX (through their extras) located by page and paragraph, and an HTML page's
main text; fixtures are made in the test with fpdf2 and python-docx."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from factlint.documents import load_document, load_documents
from factlint.errors import DocumentError

PAGES = [
    ["Quarterly note on trade.", "Exports rose 5% to $3.5bn in 2024."],
    ["Imports fell 2% in 2024.", "The deficit narrowed to $1.2bn in the same year."],
]


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("helvetica", size=12)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 8, paragraph)
            pdf.ln(12)
    pdf.output(str(path))
    return path


def test_a_pdf_is_read_page_by_page_with_paragraphs_located(tmp_path: Path) -> None:
    pytest.importorskip("pdfminer")
    document = load_document(make_pdf(tmp_path / "note.pdf", PAGES))
    assert document.text.splitlines() == [p for page in PAGES for p in page]
    where = document.source_map.locate(document.text.index("$1.2bn"))  # type: ignore[union-attr]
    assert (where.page, where.line, where.column) == (2, 2, 25)
    assert document.locate(document.text.index("5%")).page == 1


def test_a_pdf_claim_is_reported_with_its_page(tmp_path: Path) -> None:
    pytest.importorskip("pdfminer")
    folder = tmp_path / "docs"
    folder.mkdir()
    make_pdf(folder / "note.pdf", PAGES)
    refs = Path(__file__).resolve().parent.parent / "references"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "factlint",
            "extract",
            str(folder / "note.pdf"),
            "--format",
            "table",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert rows[0][:2] == ["line", "column"]
    assert ["2", "25", "$1.2bn"] in [[r[0], r[1], r[5]] for r in rows[1:]]
    checked = subprocess.run(
        [sys.executable, "-m", "factlint", "check", str(folder), "-r", str(refs), "-v",
         "--fail-on", "none"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    # "5%" in the second paragraph of page 1, "2%" in the first of page 2.
    assert "docs/note.pdf:2:14 (page 1): claimed 5 %" in checked.stdout
    assert "docs/note.pdf:1:14 (page 2): claimed -2 %" in checked.stdout
    assert (tmp_path / "claims" / "note.pdf.csv").is_file()


def test_a_damaged_pdf_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("pdfminer")
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4 this is not really a pdf")
    with pytest.raises(DocumentError, match=r"bad.pdf: not a readable PDF file"):
        load_documents([path])


def make_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Trade note", level=1)
    document.add_paragraph("Exports rose 5% to $3.5bn in 2024.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Imports"
    table.cell(1, 0).text = "2024"
    table.cell(1, 1).text = "$2.1bn"
    document.add_paragraph("")
    document.add_paragraph("The deficit narrowed to $1.2bn.")
    document.save(str(path))
    return path


def test_a_docx_is_read_with_tables_and_located_by_paragraph(tmp_path: Path) -> None:
    document = load_document(make_docx(tmp_path / "note.docx"))
    assert document.text.splitlines() == [
        "Trade note",
        "Exports rose 5% to $3.5bn in 2024.",
        "Year | Imports",
        "2024 | $2.1bn",
        "The deficit narrowed to $1.2bn.",
    ]
    # Paragraphs: heading 1, text 2, the four cells 3-6, the empty one 7, the last 8.
    assert document.position(document.text.index("$3.5bn")) == (2, 20)
    assert document.position(document.text.index("$2.1bn")) == (6, 1)
    assert document.position(document.text.index("$1.2bn")) == (8, 25)


def test_a_damaged_docx_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK not a zip")
    with pytest.raises(DocumentError, match=r"bad.docx: not a readable DOCX file"):
        load_documents([path])


PAGE = """<html><head><title>Trade</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets 2019</a></li></ul></nav>
<div class="sidebar"><p>Most read: prices rose 99% in 2020</p></div>
<main><article><h1>Exports climbed last year</h1>
<p>Exports rose 5% to $3.5bn in 2024, the statistics office said on Monday, after a
year in which shipments of machinery and chemicals both grew faster than expected.</p>
<p>Imports fell 2% over the same period, narrowing the deficit to $1.2bn, the smallest
gap since the office began publishing monthly figures in the current form.</p>
<p>Economists expect the trend to continue into the next year as demand recovers.</p>
</article></main>
<footer><p>Copyright 2025 Example News. All rights reserved.</p></footer>
</body></html>
"""


def test_main_text_keeps_the_article_and_its_source_positions(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    whole = load_document(path)
    main = load_document(path, main_text=True)
    assert "Markets 2019" in whole.text and "Markets 2019" not in main.text
    assert "Copyright 2025" not in main.text
    assert "Exports rose 5% to $3.5bn in 2024" in main.text
    assert main.position(main.text.index("$1.2bn")) == whole.position(whole.text.index("$1.2bn"))
    line, column = main.position(main.text.index("$1.2bn"))
    assert PAGE.splitlines()[line - 1][column - 1 :].startswith("$1.2bn, the smallest")


@pytest.mark.parametrize(
    ("name", "blocked", "extra"),
    [
        ("a.pdf", "pdfminer", "pdf"),
        ("a.docx", "docx", "docx"),
        ("a.html", "trafilatura", "main-text"),
    ],
)
def test_without_its_extra_a_format_says_what_to_install(
    tmp_path: Path, name: str, blocked: str, extra: str
) -> None:
    (tmp_path / name).write_bytes(b"<p>x</p>")
    shutil.copytree(ROOT / "references", tmp_path / "references")  # read before documents
    # The library is made impossible to import, as when the extra is not installed.
    code = (
        f"import sys\nsys.modules[{blocked!r}] = None\n"
        "from factlint.cli import main\n"
        f"sys.argv = ['factlint', 'check', {name!r}, '--main-text']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {name}: reading ")
    assert f"install it with pip install 'factlint[{extra}]'" in done.stderr
    assert "Traceback" not in done.stderr
