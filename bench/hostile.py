"""Cost of extraction on hostile input: time per KB at two sizes (their ratio shows the growth), the large
mixed-language files, and hostile HTML, with peak RSS. Figures, not pass/fail.

    .venv/bin/python bench/hostile.py [--small-kb 64] [--large-kb 256] [--huge-mb 19.5]

A ratio near large/small (4 with the defaults) is linear growth; near its square (16) is quadratic.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from techdip.extract.pipeline import DEFAULT_TIME_BUDGET, ExtractionTimeout, extract  # noqa: E402
from techdip.model import Document  # noqa: E402
from techdip.sources.html import html_to_document  # noqa: E402

# (name, language, opening, unit repeated after it)
_EN = "Iran and Armenia signed a memorandum of understanding on artificial intelligence in Tehran. "
_FA = "وزیر ارتباطات ایران با وزیر ارمنستان در تهران دیدار کرد. "
HOSTILE = [
    ("honorific Mr.", "en", _EN, "Mr. "),
    ("honorific سید", "fa", _FA, "سید "),
    ("honorific chain", "en", _EN, "H.E. Dr. Eng. "),
    ("names with titles", "en", _EN, "Dr. John Smith, Minister of ICT of Iran, met "),
    ("names after honorifics", "en", _EN, "Dr. John Smith met "),
    ("Persian titles and names", "fa", _FA, "وزیر ارتباطات ایران سید علی رضایی با "),
    ("list of states", "en", _EN, "ministers of Iran, Armenia, Georgia and Russia met in Tehran and signed an MoU. "),
    ("states, no punctuation", "en", _EN, "Iran China Russia Armenia "),
    ("dates", "en", _EN, "12 March 2024, "),
    ("digits", "en", _EN, "1234 5678 "),
    ("RTL controls", "fa", _FA, "\u202eوزیر\u202c "),
    ("signings", "en", _EN, "signed an MoU on AI with China. "),
    ("Chinese signings", "zh", "", "中国和伊朗签署了人工智能合作备忘录。"),
]


def _seconds(document: Document, budget: float | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        article = extract(document, budget)
        outcome = f"{len(article.events)} events"
    except ExtractionTimeout as exc:
        outcome = f"refused: {exc}"
    return time.perf_counter() - start, outcome


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small-kb", type=int, default=64)
    parser.add_argument("--large-kb", type=int, default=256)
    parser.add_argument("--huge-mb", type=float, default=19.5)
    args = parser.parse_args()

    print(f"hostile text, no time budget: ms per KB at {args.small_kb} and {args.large_kb} KB")
    worst = 0.0
    for name, lang, opening, unit in HOSTILE:
        per_kb = []
        for kb in (args.small_kb, args.large_kb):
            text = opening + unit * (kb * 1024 // len(unit.encode()))
            extract(Document(id="warm", text=opening or unit, lang=lang))  # lexicons loaded outside the timing
            seconds, _ = _seconds(Document(id=name, text=text, lang=lang))
            per_kb.append(seconds * 1000 / kb)
        growth = per_kb[1] * args.large_kb / max(per_kb[0] * args.small_kb, 1e-9)
        worst = max(worst, per_kb[1])
        print(f"  {name:26} {per_kb[0]:7.2f} {per_kb[1]:7.2f} ms/KB   time ratio {growth:5.1f}")
    print(f"  worst: {worst:.1f} ms/KB")

    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "articles").glob("*.txt"))]
    mixed = "\n\n".join(samples)
    for megabytes in (4.0, args.huge_mb):
        text = mixed * int(megabytes * 1e6 // len(mixed.encode()) + 1)
        for budget in (DEFAULT_TIME_BUDGET, None):
            if budget is None and megabytes > 4:
                continue  # unbounded on 19.5 MB is minutes: the budget is the point
            seconds, outcome = _seconds(Document(id="mixed", text=text), budget)
            label = f"budget {budget:g} s" if budget else "no budget"
            print(f"mixed languages {len(text.encode()) / 1e6:5.1f} MB, {label:13} {seconds:6.1f} s  {outcome}")

    story = "<p>Iran and Armenia signed a memorandum on AI in Tehran.</p>"
    for name, html in [
        (
            "200,000 attributes",
            "<html><body><div " + " ".join(f'a{i}="x"' for i in range(200_000)) + f">x</div>{story}",
        ),
        ("1,000,000 elements", "<html><body>" + "<b>x</b> " * 1_000_000 + story),
        ("10,000 levels deep", "<html><body>" + "<div>" * 10_000 + story + "</div>" * 10_000),
    ]:
        start = time.perf_counter()
        result = html_to_document(html, name)
        outcome = result if isinstance(result, str) else f"{len(result.text):,} characters of text"
        print(f"HTML {name:20} {len(html) / 1e6:5.1f} MB  {time.perf_counter() - start:6.2f} s  {outcome}")
    print(f"peak RSS {_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
