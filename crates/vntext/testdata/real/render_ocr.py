#!/usr/bin/env python3
"""Builds a references set's refs.jsonl from its passages.py: `render_ocr.py unseen15r [--rerun]`.

Passages marked ocr=True are rendered to a PNG the way a scanned A4 page looks (Liberation
Serif 13 pt at 300 dpi, black on white, the page turned by a small angle, light speckle noise,
a slight blur), read back with `tesseract img.png - -l vie`, and the OCR text (with its real
errors) goes into the set, labelled with the true references of the original passage. The OCR
output is kept in ocr/NN.txt so the set can be rebuilt without tesseract; pass --rerun to render
and read again. Passages marked pdf=True (unseen19r on) are laid out as an HTML page (a line
holding " | " or ending in " |" is a table row, its cells split at "|"; other lines are justified
paragraphs), printed to PDF by LibreOffice (`soffice --headless --convert-to pdf`) and read back
with `pdftotext -layout`; that text is kept in pdf/NN.txt. Other passages go in as copied."""
import json
import os
import random
import subprocess
import sys
import html
import tempfile
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

REAL = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
DPI = 300
PT = 13


def render(text, path, seed):
    rnd = random.Random(seed)
    size = int(PT * DPI / 72)
    font = ImageFont.truetype(FONT, size)
    width = int(8.27 * DPI)  # A4
    margin = int(0.8 * DPI)
    # Wrap to the printable width (about 80 characters a line at 13 pt).
    lines = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, 78) or [""])
    line_h = int(size * 1.35)
    height = margin * 2 + line_h * len(lines)
    img = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(img)
    y = margin
    for ln in lines:
        d.text((margin, y), ln, font=font, fill=0)
        y += line_h
    img = img.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):  # speckle
        x, yy = rnd.randrange(w), rnd.randrange(h)
        px[x, yy] = rnd.choice((0, 90, 160))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.save(path, dpi=(DPI, DPI))


def pdf_text(text):
    """The passage as a PDF printed from an HTML page, read back by pdftotext -layout."""
    # A leading empty paragraph: the LibreOffice of round 24 drops the first paragraph of the page it prints.
    parts, rows = ["<p>&nbsp;</p>"], []

    def flush():
        if rows:
            width = max(len(r) for r in rows)
            body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r + [""] * (width - len(r))) + "</tr>" for r in rows)
            parts.append(f"<table width='100%'>{body}</table>")
            rows.clear()

    for line in text.split("\n"):
        if " | " in line or line.rstrip().endswith(" |"):
            cells = [c.strip() for c in line.split("|")]
            while cells and not cells[-1]:
                cells.pop()
            rows.append(cells)
        else:
            flush()
            parts.append(f"<p>{html.escape(line)}</p>" if line.strip() else "<p>&nbsp;</p>")
    flush()
    page = ("<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif';font-size:13pt}"
            "p{text-align:justify;margin:0 0 4pt 0} td{vertical-align:top;padding:2pt 10pt;text-align:center}</style>"
            "</head><body>" + "".join(parts) + "</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "p.html")
        open(src, "w", encoding="utf-8").write(page)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, src],
                       capture_output=True, check=True)
        res = subprocess.run(["pdftotext", "-layout", os.path.join(tmp, "p.pdf"), "-"], capture_output=True, check=True)
    return res.stdout.decode("utf-8")


def main():
    rerun = "--rerun" in sys.argv
    name = next(a for a in sys.argv[1:] if not a.startswith("--"))
    HERE = os.path.join(REAL, name)
    ns = {}
    exec(open(os.path.join(HERE, "passages.py"), encoding="utf-8").read(), ns)
    os.makedirs(os.path.join(HERE, "ocr"), exist_ok=True)
    out = []
    k = m = 0
    for p in ns["P"]:
        text, kinds = p["text"], p["kinds"]
        if p.get("pdf"):
            m += 1
            os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
            txt = os.path.join(HERE, "pdf", f"{m:02}.txt")
            if rerun or not os.path.exists(txt):
                open(txt, "w", encoding="utf-8").write(pdf_text(text))
            text = open(txt, encoding="utf-8").read()
            kinds = "pdf; " + kinds
        if p["ocr"]:
            k += 1
            txt = os.path.join(HERE, "ocr", f"{k:02}.txt")
            if rerun or not os.path.exists(txt):
                png = os.path.join("/tmp", f"{name}_{k:02}.png")
                render(text, png, seed=k)
                res = subprocess.run(["tesseract", png, "-", "-l", "vie"], capture_output=True, check=True)
                open(txt, "w", encoding="utf-8").write(res.stdout.decode("utf-8"))
            text = open(txt, encoding="utf-8").read()
            kinds = "ocr; " + kinds
        out.append({"split": "test", "source": p["source"], "kinds": kinds, "text": text, "expect": p["expect"]})
    with open(os.path.join(HERE, "refs.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(out)} passages ({k} OCR, {m} PDF), {sum(len(c['expect']) for c in out)} references")


if __name__ == "__main__":
    main()
