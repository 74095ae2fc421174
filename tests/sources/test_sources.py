import json
import sys
from pathlib import Path

import pytest

from techdip.model import Document
from techdip.sources import read_sources

PERSIAN = "همکاری‌های ایران و ارمنستان در زمینه هوش مصنوعی گسترش می‌یابد."
RUSSIAN = "Министр цифрового развития встретился с послом Ирана в Москве."
HTML = """<!doctype html><html><head><title>Iran and Armenia expand ICT ties</title>
<meta property="article:published_time" content="2024-11-19T08:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Iran and Armenia expand ICT ties</h1>
<p>The Iranian minister of ICT met the ambassador of Armenia in Tehran on Tuesday to discuss data transit.</p>
<p>Both sides agreed to set up a joint working group on artificial intelligence and cybersecurity.</p>
</article><footer>Copyright</footer></body></html>"""


def _read(*paths) -> list:
    return list(read_sources([str(p) for p in paths]))


def test_plain_text_and_markdown_become_documents_with_content_ids(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Iran and Armenia met.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nChina and Iran signed.", encoding="utf-8")
    docs = _read(tmp_path)
    assert [type(d) for d in docs] == [Document, Document]
    assert docs[0].text == "Iran and Armenia met." and docs[0].source.endswith("a.txt")
    assert len(docs[0].id) == 16 and docs[0].id != docs[1].id


def test_same_text_gets_the_same_id_wherever_it_comes_from(tmp_path: Path):
    (tmp_path / "one.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / "two.txt").write_text(PERSIAN, encoding="utf-8")
    a, b = _read(tmp_path / "one.txt", tmp_path / "two.txt")
    assert a.id == b.id


def test_html_gives_main_text_title_and_date_and_keeps_zwnj(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML.replace("data transit.", "data transit. " + PERSIAN), encoding="utf-8")
    (doc,) = _read(path)
    assert doc.title == "Iran and Armenia expand ICT ties"
    assert doc.published == "2024-11-19"
    assert "joint working group" in doc.text and "Copyright" not in doc.text and "Home | World" not in doc.text
    assert "همکاری\u200cهای" in doc.text and "می\u200cیابد" in doc.text


def test_jsonl_lines_with_text_or_html_and_metadata(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a1", "text": RUSSIAN, "url": "http://example.org/a1", "published": "2024-06-27T10:00:00", "title": "T"},
        {"html": HTML},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    first, second = _read(path)
    assert first.id == "a1" and first.published == "2024-06-27" and first.url == "http://example.org/a1"
    assert "joint working group" in second.text and second.published == "2024-11-19"


def test_directories_are_walked_recursively_in_stable_order(tmp_path: Path):
    (tmp_path / "z" / "deeper").mkdir(parents=True)
    (tmp_path / "z" / "deeper" / "c.txt").write_text("c text", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a text", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    assert [d.text for d in _read(tmp_path)] == ["a text", "c text"]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Windows-1256 Persian writes the Arabic yeh; it has ZWNJ
        (PERSIAN.replace("ی", "ي"), "cp1256"),
        ("التقى وزير الاتصالات بسفير صربيا في الرياض لبحث التعاون في مجال الذكاء الاصطناعي.", "cp1256"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_legacy_encodings_are_decoded(tmp_path: Path, text: str, encoding: str):
    path = tmp_path / "legacy.txt"
    path.write_bytes((text + "\n" + text).encode(encoding))
    (doc,) = _read(path)
    assert doc.text.startswith(text)


def test_stdin_is_read_with_a_dash(monkeypatch):
    import io

    fake = io.TextIOWrapper(io.BytesIO(RUSSIAN.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    (doc,) = list(read_sources(["-"]))
    assert doc.text == RUSSIAN and doc.source == "<stdin>"
