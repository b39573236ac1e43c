"""Printing a PDF with Qt: pages rasterised by pdfium (``pypdfium2``) and painted on a
``QPrinter``.

PySide6-Essentials has QtPrintSupport but not QtPdf, so Qt alone cannot draw a PDF page.
pypdfium2 (BSD/Apache, wheels for every platform, no system library needed) renders each
page to an RGB bitmap at the printer's resolution (capped, so a 1200-dpi printer does not
need 140 MB per page); the page is scaled onto the printer's full paper rectangle, which keeps
the PDF's own margins. What is printed is exactly the PDF that is exported.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
PREVIEW_DPI = 110


def page_images(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi`` (owned copies, safe to keep)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()
            bitmap.close()
            page.close()
            images.append(image)
    finally:
        document.close()
    return images


def fit(page: QRectF, width: float, height: float) -> QRectF:
    """``width`` × ``height`` scaled into ``page`` keeping its aspect ratio, centred (an A4
    PDF on Letter paper gets white bands rather than a stretched page)."""
    scale = min(page.width() / width, page.height() / height)
    w, h = width * scale, height * scale
    return QRectF(page.x() + (page.width() - w) / 2, page.y() + (page.height() - h) / 2, w, h)


def paint_pdf(printer: QPrinter, pdf: bytes, cache: dict[int, list[QImage]] | None = None) -> int:
    """Paint every page of ``pdf`` on ``printer`` (one printer page each); returns the count.

    Used for printing and as the print preview's ``paintRequested`` slot; ``cache`` keeps
    the rasterised pages per resolution so the preview repaints without rendering again."""
    dpi = max(72, min(printer.resolution(), MAX_DPI))
    printer.setFullPage(True)
    images = cache.get(dpi) if cache is not None else None
    if images is None:
        images = page_images(pdf, dpi)
        if cache is not None:
            cache[dpi] = images
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            paper.moveTo(0, 0)
            painter.drawImage(fit(paper, image.width(), image.height()), image)
    finally:
        painter.end()
    return len(images)
