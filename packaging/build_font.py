"""Build resources/fonts/MynaPrepGothic.ttf from IPAexGothic (fontTools; run at build time, not at run time).

Why: Qt's PDF writer writes the ToUnicode map of an embedded font from the font's cmap. IPAexGothic maps
both a kanji and its CJK radical (U+2E80–U+2FDF) to one shared glyph, and Qt picks the radical, so text
extracted from our checklist read 利⽤者証明⽤ (U+2F64) instead of 利用者証明用. Removing the radical
code points from every cmap subtable (801 entries in IPAexGothic 004.01) leaves one code point per
glyph and the extracted text comes out right. Nothing else changes: the outlines are IPAexGothic's.

The IPA Font License Agreement v1.0 lets us redistribute this derived font if it does not use the name
of the original ("IPA") as its font or file name, carries the licence and tells how to go back to the
original; see resources/fonts/README.md. The licence text is copied verbatim from the Debian package's
copyright file (``License: IPA-1``) or from a file given with ``--license``.

Usage::

    python packaging/build_font.py [--source ipaexg.ttf] [--license FILE] [--out-dir resources/fonts]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-ipaexfont-gothic/copyright")

FAMILY = "MynaPrep Gothic"
POSTSCRIPT_NAME = "MynaPrepGothic-Regular"
FONT_FILE = "MynaPrepGothic.ttf"
LICENSE_FILE = "IPA_Font_License_Agreement_v1.0.txt"

# CJK Radicals Supplement (U+2E80–U+2EFF) and Kangxi Radicals (U+2F00–U+2FDF).
RADICALS_FIRST = 0x2E80
RADICALS_LAST = 0x2FDF

DESCRIPTION = (
    "MynaPrep Gothic is a derived program of IPAexGothic (IPA Font License Agreement v1.0), made for "
    "Myna Prep's printable checklist: the character-map entries U+2E80-U+2FDF (CJK radicals) were "
    "removed so that text extracted from PDFs reads as the ordinary kanji. The glyph outlines are "
    "unchanged. Build script: packaging/build_font.py."
)


def is_radical(code_point: int) -> bool:
    return RADICALS_FIRST <= code_point <= RADICALS_LAST


def strip_radicals(font: TTFont) -> int:
    """Remove U+2E80–U+2FDF from every cmap subtable (incl. variation sequences); return the count."""
    removed = 0
    for table in font["cmap"].tables:
        if table.format == 14:
            uvs = getattr(table, "uvsDict", None) or {}
            for selector, pairs in list(uvs.items()):
                kept = [(cp, glyph) for cp, glyph in pairs if not is_radical(cp)]
                removed += len(pairs) - len(kept)
                if kept:
                    uvs[selector] = kept
                else:
                    del uvs[selector]
            continue
        mapping = getattr(table, "cmap", None)
        if not mapping:
            continue
        for cp in [cp for cp in mapping if is_radical(cp)]:
            del mapping[cp]
            removed += 1
    return removed


def rename(font: TTFont) -> None:
    """New family, full, unique and PostScript names in every language; the copyright stays."""
    name = font["name"]
    original_version = next(
        (r.toUnicode() for r in name.names if r.nameID == 5 and r.platformID == 3), "Version unknown"
    )
    values = {
        1: FAMILY,
        2: "Regular",
        3: f"{FAMILY}; {original_version}; MynaPrep",
        4: FAMILY,
        5: f"{original_version}; cmap U+2E80-U+2FDF removed",
        6: POSTSCRIPT_NAME,
        10: DESCRIPTION,
    }
    platforms = {(r.platformID, r.platEncID, r.langID) for r in name.names}
    for record in list(name.names):
        if record.nameID in values:
            name.removeNames(nameID=record.nameID)
    for platform_id, enc_id, lang_id in sorted(platforms):
        for name_id, text in values.items():
            name.setName(text, name_id, platform_id, enc_id, lang_id)
    # The old names must not survive anywhere (IPA Font License, Article 3, 1 (4)).
    for record in name.names:
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            assert "IPA" not in record.toUnicode(), record


def license_text(source: Path) -> str:
    """The licence text: a plain file as is, or the ``License: IPA-1`` paragraph of a Debian copyright."""
    raw = source.read_text(encoding="utf-8")
    if not raw.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/"):
        return raw
    lines = raw.splitlines()
    # The stand-alone paragraph is the last "License: IPA-1" line (the first one is in the Files stanza).
    starts = [i for i, line in enumerate(lines) if line == "License: IPA-1"]
    if not starts:
        raise SystemExit(f"no IPA licence paragraph in {source}")
    start = starts[-1]
    body: list[str] = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        text = line[1:]
        body.append("" if text == "." else text)
    while body and not body[-1].strip():
        body.pop()
    if not body or not body[0].startswith("IPA"):
        raise SystemExit(f"no IPA licence paragraph in {source}")
    return "\n".join(body) + "\n"


def build(source: Path, license_source: Path, out_dir: Path) -> tuple[Path, int]:
    font = TTFont(str(source), recalcTimestamp=False)
    family = next((r.toUnicode() for r in font["name"].names if r.nameID == 1), "")
    if family != "IPAexGothic":
        raise SystemExit(f"{source} is not IPAexGothic (family {family!r})")
    removed = strip_radicals(font)
    rename(font)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / FONT_FILE
    tmp = target.with_suffix(".tmp")
    font.save(str(tmp))
    tmp.replace(target)
    (out_dir / LICENSE_FILE).write_text(license_text(license_source), encoding="utf-8")
    return target, removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SYSTEM_FONT, help="IPAexGothic (ipaexg.ttf)")
    parser.add_argument(
        "--license",
        type=Path,
        default=DEBIAN_COPYRIGHT,
        help="IPA_Font_License_Agreement_v1.0.txt, or a Debian copyright file holding it",
    )
    parser.add_argument("--out-dir", type=Path, default=ROOT / "resources" / "fonts")
    args = parser.parse_args(argv)
    for path in (args.source, args.license):
        if not path.is_file():
            print(f"not found: {path}", file=sys.stderr)
            return 2
    target, removed = build(args.source, args.license, args.out_dir)
    print(f"{target}: {removed} cmap entries in U+{RADICALS_FIRST:04X}-U+{RADICALS_LAST:04X} removed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
