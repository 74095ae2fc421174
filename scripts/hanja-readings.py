"""Write techdip/lexicons/data/ko/hanja.tsv: the Korean readings (in Hangul) of Han characters, from Unicode's
Unihan database (kHangul; a simplified character takes the readings of its traditional forms).

Run once when Unicode is updated: python scripts/hanja-readings.py [/usr/share/unicode] (the folder of
Debian's unicode-data package, which ships Unihan_Readings.txt.bz2 and Unihan_Variants.txt.bz2).
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "techdip" / "lexicons" / "data" / "ko" / "hanja.tsv"


def _fields(path: Path, field: str) -> dict[str, list[str]]:
    """Character -> values of one Unihan field."""
    out: dict[str, list[str]] = {}
    with bz2.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == field:
                out[chr(int(parts[0][2:], 16))] = parts[2].split()
    return out


def main(folder: Path) -> None:
    readings = {
        char: list(dict.fromkeys(value.split(":")[0] for value in values))
        for char, values in _fields(folder / "Unihan_Readings.txt.bz2", "kHangul").items()
    }
    for char, traditional in _fields(folder / "Unihan_Variants.txt.bz2", "kTraditionalVariant").items():
        if char not in readings:
            found = [r for code in traditional for r in readings.get(chr(int(code[2:], 16)), [])]
            if found:
                readings[char] = list(dict.fromkeys(found))
    with open(folder / "Unihan_Readings.txt.bz2", "rb") as raw:
        version = next(
            (line for line in bz2.decompress(raw.read()).decode().splitlines() if "Unicode version" in line),
            "# Unicode version: ?",
        )
    lines = [
        "# char\treadings",
        "# Korean readings in Hangul of Han characters, the initial-sound variants too (李: 리 and 이), so that a",
        "# Korean name written in Han (李宗昊, in Japanese or Chinese) is read as written in Hangul (이종호).",
        "# Made by scripts/hanja-readings.py from Unicode's Unihan database (kHangul; a simplified character",
        f"# takes its traditional forms' readings). {version.lstrip('# ')}.",
        "# Unicode data: © Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt).",
    ]
    lines += [f"{char}\t{' '.join(values)}" for char, values in sorted(readings.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(readings)} characters")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/unicode"))
