from pathlib import Path

from techdip.model import Document
from techdip.sources import SourceError, read_sources
from tests.sources.warc_fixture import page, warc_record

TEXT = "The ministers of Iran and Armenia signed a memorandum on artificial intelligence and data transit in Yerevan."


def test_html_responses_of_a_warc_gz_become_documents_with_url_and_fetch_date(tmp_path: Path):
    data = (
        warc_record("https://news.example/a", page("Iran and Armenia sign", TEXT))
        + warc_record("https://news.example/logo.png", b"\x89PNG....", content_type="image/png")
        + warc_record("https://news.example/b", page("Второй", "Министры России и Ирана встретились в Москве."))
    )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    docs = list(read_sources([str(path)]))
    assert [type(d) for d in docs] == [Document, Document]
    first = docs[0]
    assert first.url == "https://news.example/a" and first.source == "https://news.example/a"
    assert first.fetched == "2024-11-20" and "memorandum on artificial intelligence" in first.text
    assert "Министры России" in docs[1].text


def test_a_truncated_warc_keeps_the_complete_records_and_never_a_partial_one(tmp_path: Path):
    good = warc_record("https://news.example/a", page("Iran and Armenia sign", TEXT))
    broken = warc_record("https://news.example/b", page("Cut", TEXT))
    for cut in (60, len(broken) // 2):
        path = tmp_path / f"cut{cut}.warc.gz"
        path.write_bytes(good + broken[:cut])
        items = list(read_sources([str(path)]))
        documents = [i for i in items if isinstance(i, Document)]
        assert [d.url for d in documents] == ["https://news.example/a"]
        assert all(isinstance(i, SourceError) for i in items[1:])


def test_a_file_that_is_not_a_warc_is_reported(tmp_path: Path):
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 10)
    (error,) = list(read_sources([str(path)]))
    assert isinstance(error, SourceError) and "WARC" in error.reason


def test_warc_files_are_found_when_walking_folders(tmp_path: Path):
    (tmp_path / "crawl.warc.gz").write_bytes(warc_record("https://news.example/a", page("Title", TEXT)))
    (tmp_path / "note.txt").write_text("Iran and Armenia met.", encoding="utf-8")
    assert len([d for d in read_sources([str(tmp_path)]) if isinstance(d, Document)]) == 2


def test_a_record_shorter_than_its_content_length_is_an_error_not_a_document(tmp_path: Path):
    import gzip

    good = warc_record("https://news.example/a", page("Iran and Armenia sign", TEXT))
    cut = gzip.decompress(warc_record("https://news.example/b", page("Cut", TEXT)))[:-150]
    for name, data in (
        ("plain.warc", gzip.decompress(good) + cut),  # an uncompressed crawl cut mid-write
        ("members.warc.gz", good + gzip.compress(cut)),  # a complete gzip member holding a partial record
    ):
        path = tmp_path / name
        path.write_bytes(data)
        first, second = read_sources([str(path)])
        assert isinstance(first, Document) and first.url == "https://news.example/a"
        assert isinstance(second, SourceError) and "https://news.example/b" in second.source
        assert second.reason.startswith("truncated record:") and "bytes" in second.reason


def test_a_declared_utf8_page_with_a_bad_byte_is_read_with_a_warning(tmp_path: Path):
    russian = "Министры России и Ирана встретились в Москве и подписали меморандум."
    body = page("Второй", russian).replace("Ирана".encode(), "Ир".encode() + b"\xff" + "ана".encode())
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_record("https://news.example/a", body))
    (doc,) = read_sources([str(path)])
    assert "России и Ир\ufffdана встретились" in doc.text
    assert doc.warnings and "replaced by U+FFFD" in doc.warnings[0]
