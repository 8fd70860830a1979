"""Real files in real formats for the upload tests, made by the tools that make them in offices.

- ``.docx`` by python-docx: a two-column header table, Word's automatic list
  numbering (style "List Number"), a heading style, a signature table.
- ``.pdf`` printed by Chromium from HTML (``page.pdf()``), as a browser's
  "Print to PDF" makes them; a scan is the same page drawn on a canvas, so
  that the PDF holds an image and no text.
- broken variants: a zip bomb, a zip that is no Word document, a password-
  protected PDF (encrypted by pypdf), a truncated PDF.
"""

from __future__ import annotations

import html
import io
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH


def plan(
    number: int = 15,
    district: str = "Lộc Bình",
    topic: str = "tuyên truyền chuyển đổi số",
    day: int = 12,
    issuer_code: str = "HU",
) -> dict:
    """The parts of a district plan (Kế hoạch), the same for every format."""
    return {
        "party": f"HUYỆN UỶ {district.upper()}",
        "motto": "ĐẢNG CỘNG SẢN VIỆT NAM",
        "number": f"Số {number}-KH/{issuer_code}",
        "place_date": f"{district}, ngày {day} tháng 3 năm 2025",
        "title": "KẾ HOẠCH",
        "subject": f"{topic} trong công tác thông tin đối ngoại năm 2025",
        "opening": (
            "Thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, "
            f"hiệu quả công tác thông tin đối ngoại trong tình hình mới, Ban Thường vụ Huyện uỷ {district} "
            "ban hành Kế hoạch như sau:"
        ),
        "sections": [
            (
                "I. MỤC ĐÍCH, YÊU CẦU",
                [
                    f"Nâng cao nhận thức của cán bộ, đảng viên về {topic} và thông tin đối ngoại.",
                    "Bảo đảm thông tin chính xác, kịp thời, đúng định hướng.",
                ],
            ),
            (
                "II. NHIỆM VỤ VÀ GIẢI PHÁP",
                [
                    f"Ban Tuyên giáo Huyện uỷ chủ trì, phối hợp với Trung tâm Văn hoá huyện tổ chức {topic} "
                    "trên các nền tảng số.",
                    "Uỷ ban nhân dân các xã, thị trấn cập nhật thông tin lên cổng thông tin điện tử.",
                ],
            ),
        ],
        "signature": ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn An"],
        "recipients": [
            "Nơi nhận:",
            "- Ban Tuyên giáo Tỉnh uỷ,",
            "- Các chi, đảng bộ trực thuộc,",
            "- Lưu Văn phòng Huyện uỷ.",
        ],
    }


def plan_text(parts: dict | None = None) -> str:
    """The plan as a plain-text file, laid out as the seed corpus is."""
    parts = parts or plan()
    lines = [
        parts["party"],
        "",
        parts["motto"],
        "",
        parts["number"],
        "",
        parts["place_date"],
        "",
        parts["title"],
        parts["subject"],
        "",
        parts["opening"],
        "",
    ]
    for heading, items in parts["sections"]:
        lines += [heading, ""] + [f"{k}. {item}" for k, item in enumerate(items, 1)] + [""]
    return "\n".join(lines + parts["signature"] + [""] + parts["recipients"]) + "\n"


def docx_bytes(parts: dict | None = None) -> bytes:
    """A Word file as an office would write it: header table, numbered lists, signature table."""
    parts = parts or plan()
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = parts["party"]
    header.cell(0, 1).text = parts["motto"]
    header.cell(1, 0).text = parts["number"]
    header.cell(1, 1).text = parts["place_date"]
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(parts["title"]).bold = True
    document.add_paragraph(parts["subject"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(parts["opening"])
    for k, (heading, items) in enumerate(parts["sections"]):
        document.add_heading(heading, level=2)
        # Word's automatic numbering: "1." is drawn by Word, not typed; a new list restarts at 1.
        style = "List Number" if k == 0 else "List Number 2"
        for item in items:
            document.add_paragraph(item, style=style)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "\n".join(parts["recipients"])
    signature.cell(0, 1).text = "\n".join(parts["signature"])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plan_html(parts: dict | None = None) -> str:
    """The plan as a printable HTML page (what a PDF is printed from)."""
    parts = parts or plan()
    e = html.escape
    sections = "".join(
        f"<h2>{e(h)}</h2>" + "".join(f"<p>{k}. {e(item)}</p>" for k, item in enumerate(items, 1))
        for h, items in parts["sections"]
    )
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
body {{ font-family: "Noto Serif", "Noto Sans", serif; font-size: 13pt; margin: 2cm; }}
table {{ width: 100%; }} td {{ text-align: center; vertical-align: top; }}
h1, .subject {{ text-align: center; }} h1 {{ font-size: 14pt; margin-bottom: 0; }} h2 {{ font-size: 13pt; }}
</style></head><body>
<table><tr><td>{e(parts["party"])}<br>{e(parts["number"])}</td>
<td>{e(parts["motto"])}<br><i>{e(parts["place_date"])}</i></td></tr></table>
<h1>{e(parts["title"])}</h1><p class="subject">{e(parts["subject"])}</p>
<p>{e(parts["opening"])}</p>{sections}
<table><tr><td style="text-align:left">{"<br>".join(map(e, parts["recipients"]))}</td>
<td>{"<br>".join(map(e, parts["signature"]))}</td></tr></table>
</body></html>"""


def scan_html(parts: dict | None = None) -> str:
    """The plan drawn as an image only (a canvas), as a scanner's PDF holds it."""
    parts = parts or plan()
    lines = [parts["party"], parts["number"], parts["title"], parts["subject"], parts["opening"][:80]]
    data = html.escape(repr(lines))
    return f"""<!doctype html><html><body><canvas id="c" width="800" height="600" data-lines="{data}"></canvas>
</body></html>"""


def print_pdf(browser, page_html: str, *, draw_canvas: bool = False) -> bytes:
    """Print HTML to PDF with Chromium, as "Print to PDF" does."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(page_html)
        if draw_canvas:
            page.evaluate("""() => {
                const c = document.getElementById('c'); const g = c.getContext('2d');
                g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height); g.fillStyle = '#000';
                g.font = '20px serif';
                JSON.parse(c.dataset.lines.replace(/'/g, '"')).forEach((l, i) => g.fillText(l, 20, 40 + 30 * i));
            }""")
        return page.pdf(format="A4")
    finally:
        context.close()


def blank_pdf(password: str | None = None) -> bytes:
    """A PDF of one empty page written by pypdf (no text layer), protected by ``password`` if given."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf(pdf: bytes, password: str = "mat-khau") -> bytes:
    """The same PDF protected by a password, as "Protect with password" in a PDF tool makes it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=password + "-chu", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_bomb(unpacked_mb: int = 300) -> bytes:
    """A .docx-shaped zip whose one entry unpacks to ``unpacked_mb`` MB of zeros (a few hundred KB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                entry.write(chunk)
    return out.getvalue()


def zip_without_word() -> bytes:
    """A real zip that is not a Word document (a folder of photos, renamed .docx)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("anh/hop-1.txt", "không phải văn bản Word")
    return out.getvalue()
