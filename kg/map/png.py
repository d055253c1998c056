"""Rasterise a map scene to PNG with Pillow (a wheel on every platform) and an installed CJK font."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.map.scene import Circle, Curve, Poly, Scene, Text

__all__ = ["render_png", "cjk_font_path"]

# Drawn at this multiple and scaled down: Pillow draws without anti-aliasing.
SUPERSAMPLE = 2
# Where Debian, Fedora/Arch, macOS and Windows keep a CJK face; fontconfig is asked first.
_FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)


@lru_cache(maxsize=1)
def cjk_font_path() -> str | None:
    """A font file that has Chinese glyphs, or None."""
    candidates = []
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(["fc-match", "-f", "%{file}", "Noto Sans CJK SC:lang=zh-cn"],
                                   capture_output=True, text=True, timeout=10).stdout.strip()
            candidates.append(found)
        except (OSError, subprocess.SubprocessError):
            pass
    candidates += [p for p in _FONT_CANDIDATES]
    for path in candidates:
        if path and Path(path).is_file() and _has_chinese(path):
            return path
    return None


def _has_chinese(path: str) -> bool:
    from PIL import ImageFont

    try:
        font = ImageFont.truetype(path, 20, index=_face_index(path))
    except OSError:
        return False
    # A face without the glyph draws the same notdef box for two different characters.
    return font.getmask("紫").getbbox() is not None and bytes(font.getmask("紫")) != bytes(font.getmask("阳"))


@lru_cache(maxsize=8)
def _face_index(path: str) -> int:
    """In a collection (.ttc) the simplified-Chinese face, else the first."""
    from PIL import ImageFont

    if not path.lower().endswith(".ttc"):
        return 0
    for index in range(12):
        try:
            family = ImageFont.truetype(path, 12, index=index).getname()[0]
        except OSError:
            break
        if family.endswith(" SC"):
            return index
    return 0


@lru_cache(maxsize=32)
def _font(size: int, bold: bool):
    from PIL import ImageFont

    path = cjk_font_path()
    if path is None:
        raise KgError("no font with Chinese characters found for the PNG labels: install one "
                      "(Debian: apt-get install fonts-noto-cjk) or write .svg or .html instead")
    if bold and path.endswith("NotoSansCJK-Regular.ttc") and os.path.isfile(path.replace("Regular", "Bold")):
        path = path.replace("Regular", "Bold")
    return ImageFont.truetype(path, size, index=_face_index(path))


def _dashed(points, dash: str, scale: float):
    """The polyline cut into its dashes (Pillow draws none itself)."""
    pattern = [float(v) * scale for v in dash.split()] or [1.0]
    pieces, current, on, left = [], [points[0]], True, pattern[0]
    index = 0
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        done = 0.0
        while length - done > left:
            done += left
            t = done / length
            point = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if on:
                current.append(point)
                pieces.append(current)
            current = [point]
            on, index = not on, index + 1
            left = pattern[index % len(pattern)]
        left -= length - done
        current.append((x1, y1))
    if on and len(current) > 1:
        pieces.append(current)
    return pieces


def render_png(scene: Scene, scale: float = 1.0) -> bytes:
    """The scene as PNG bytes, `scale` times the scene's size."""
    from PIL import Image, ImageDraw

    factor = scale * SUPERSAMPLE
    size = (round(scene.width * factor), round(scene.height * factor))
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)

    def xy(points):
        return [(x * factor, y * factor) for x, y in points]

    def stroke(points, colour, width, dash):
        pieces = _dashed(points, dash, factor) if dash else [points]
        for piece in pieces:
            draw.line(xy(piece), fill=colour, width=max(1, round(width * factor)), joint="curve")

    for group in scene.groups:
        for item in group.items:
            if isinstance(item, Poly):
                if item.closed and item.fill:
                    draw.polygon(xy(item.points), fill=item.fill)
                if item.stroke:
                    ring = item.points + item.points[:1] if item.closed else item.points
                    stroke(ring, item.stroke, item.width, item.dash)
            elif isinstance(item, Curve):
                stroke(item.points(), item.stroke, item.width, item.dash)
                if item.arrow:
                    stroke(list(item.arrow), item.stroke, item.width, "")
            elif isinstance(item, Circle):
                (x, y), r = item.center, item.radius
                box = [(x - r) * factor, (y - r) * factor, (x + r) * factor, (y + r) * factor]
                draw.ellipse(box, fill=item.fill, outline=item.stroke,
                             width=max(1, round(item.width * factor)) if item.stroke else 0)
            elif isinstance(item, Text):
                font = _font(round(item.size * factor), item.bold)
                anchor = {"start": "ls", "middle": "ms", "end": "rs"}[item.anchor]
                x, y = item.position
                draw.text((x * factor, y * factor), item.text, fill=item.fill, font=font, anchor=anchor,
                          stroke_width=round(1.5 * factor) if item.halo else 0, stroke_fill="#ffffff")
    image = image.resize((round(scene.width * scale), round(scene.height * scale)), Image.LANCZOS)
    buffer = io.BytesIO()
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Software", "laowu-kg map")  # kg map replaces only a PNG that says so (kg.map.SIGNATURES)
    image.save(buffer, format="PNG", optimize=True, pnginfo=info)
    return buffer.getvalue()
