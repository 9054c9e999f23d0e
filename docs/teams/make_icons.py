"""Draws the Teams app icons (no third-party packages): color.png 192x192 (full-bleed colour background, white
speech bubble) and outline.png 32x32 (white speech-bubble outline on a transparent background), as the Teams app
manifest requires. Run: python3 docs/teams/make_icons.py"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def png(path, width, height, pixel):
    """Writes an RGBA PNG; pixel(x, y) returns (r, g, b, a)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type None
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(bytes(rows), 9)))
        f.write(chunk(b"IEND", b""))


def bubble(x, y, size):
    """True inside a speech bubble scaled to a size x size square: rounded body and a tail at the lower left."""
    s = size / 32.0
    left, top, right, bottom, r = 5 * s, 6 * s, 27 * s, 21 * s, 4 * s
    cx = min(max(x + 0.5, left + r), right - r)
    cy = min(max(y + 0.5, top + r), bottom - r)
    in_body = left <= x + 0.5 <= right and top <= y + 0.5 <= bottom and (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r
    # tail: triangle (9,20) (15,20) (8,27)
    px, py = (x + 0.5) / s, (y + 0.5) / s
    in_tail = 20 <= py <= 27 and 9 - (py - 20) / 7 <= px <= 15 - (py - 20)
    return in_body or in_tail


ACCENT = (0x2E, 0x5C, 0x8A, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)

png(os.path.join(HERE, "color.png"), 192, 192,
    lambda x, y: WHITE if bubble(x - 24, y - 24, 144) else ACCENT)


def outline(x, y):
    inside = bubble(x, y, 32)
    if not inside:
        return CLEAR
    # keep a 2-pixel border: a pixel is on the outline when a neighbour 2 px away is outside the shape
    for dx, dy in ((-2, 0), (2, 0), (0, -2), (0, 2)):
        if not bubble(x + dx, y + dy, 32):
            return WHITE
    return CLEAR


png(os.path.join(HERE, "outline.png"), 32, 32, outline)
