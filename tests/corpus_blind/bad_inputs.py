"""Files a pipeline must refuse: empty, not a PDF, corrupt, encrypted, scanned without text."""

from __future__ import annotations

import io
import random
import tempfile
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.corpus_blind import business_plan
from tests.corpus_blind.companies import make_company
from tests.corpus_blind.fonts import latin
from tests.corpus_blind.layout import Block, Engine, Heading, Para, Spec
from tests.corpus_blind.model import rejected
from tests.corpus_blind.prose import filler

KINDS = ["empty", "not_pdf", "corrupt", "encrypted", "no_text_layer"]


def build(kind: str, path: Path, rng: random.Random) -> dict[str, Any]:
    return {
        "empty": _empty,
        "not_pdf": _not_pdf,
        "corrupt": _corrupt,
        "encrypted": _encrypted,
        "no_text_layer": _scanned,
    }[kind](path, rng)


def _empty(path: Path, rng: random.Random) -> dict[str, Any]:
    path.write_bytes(b"")
    return rejected(path.name, "empty", 0, "none", "zero-byte file")


def _not_pdf(path: Path, rng: random.Random) -> dict[str, Any]:
    form = rng.choice(["png", "text", "html"])
    if form == "png":
        img = Image.new("RGB", (320, 120), (rng.randint(0, 255), 90, 140))
        ImageDraw.Draw(img).text((20, 50), "LOGO", fill=(255, 255, 255))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        path.write_bytes(buf.getvalue())
    elif form == "text":
        path.write_text(
            "Hi team,\n\nPlease find our pitch deck attached. Let me know if the "
            "link does not work.\n\nBest,\nJ.\n",
            encoding="utf-8",
        )
    else:
        path.write_text(
            "<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
            "<body><h1>Not Found</h1></body></html>\n",
            encoding="utf-8",
        )
    return rejected(path.name, "not_pdf", 0, "none", f"a {form} file named .pdf")


def _small_pdf(
    rng: random.Random,
    pages: int = 2,
    encrypt: StandardEncryption | None = None,
    path: Path | None = None,
) -> tuple[bytes, int]:
    c = make_company(rng.choice(["US", "GB", "DE"]), rng)
    fonts = latin(rng)
    blocks: list[Block] = [Heading(text=c.name, level=1)]
    for _ in range(pages * 6):
        blocks.append(Para(text=filler(rng, c.name, c.sector, c.city, 5)))
    with tempfile.TemporaryDirectory() as tmp:
        out = path or Path(tmp) / "x.pdf"
        n = Engine(fonts, Spec()).render(blocks, out, {"encrypt": encrypt} if encrypt else None)
        return out.read_bytes(), n


def _corrupt(path: Path, rng: random.Random) -> dict[str, Any]:
    data, _ = _small_pdf(rng)
    for _ in range(20):
        how = rng.choice(["truncate", "garble"])
        if how == "truncate":
            bad = data[: int(len(data) * rng.uniform(0.3, 0.6))]
        else:
            mid = len(data) // 3
            noise = bytes(rng.randrange(256) for _ in range(len(data) - mid - 100))
            bad = data[:mid] + noise + data[-100:]
        try:
            pdfium.PdfDocument(bad)
        except pdfium.PdfiumError:
            path.write_bytes(bad)
            return rejected(path.name, "corrupt", 0, "none", f"{how}d PDF")
    raise AssertionError("could not corrupt the PDF")


def _encrypted(path: Path, rng: random.Random) -> dict[str, Any]:
    user = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    enc = StandardEncryption(user, ownerPassword=user + "-owner", canPrint=1)
    _, n = _small_pdf(rng, pages=rng.randint(1, 3), encrypt=enc, path=path)
    return rejected(path.name, "encrypted", n, "none", f"user password {user}")


def _scanned(path: Path, rng: random.Random) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src.pdf"
        business_plan.build(src, rng, None)
        doc = pdfium.PdfDocument(src)
        n = min(len(doc), rng.randint(1, 3))
        w, h = doc[0].get_size()
        c = Canvas(str(path), pagesize=(w, h), invariant=1)
        for i in range(n):
            img = doc[i].render(scale=rng.choice([1.2, 1.4])).to_pil().convert("L")
            img = img.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, expand=False)
            img = img.filter(ImageFilter.GaussianBlur(0.6))
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=70)
            c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=w, height=h)
            c.showPage()
        c.save()
        doc.close()
    return rejected(path.name, "no_text_layer", n, "scanned", "image-only pages of a business plan")
