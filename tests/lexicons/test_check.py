from pathlib import Path

from techdip import lexicons
from techdip.lexicons.check import check_all


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_check_names_file_and_line_of_each_problem(tmp_path: Path, monkeypatch):
    (tmp_path / "states.tsv").write_text((lexicons.DATA_DIR / "states.tsv").read_text(encoding="utf-8"))
    xx = tmp_path / "xx"
    _write(xx, "meta.tsv", "# key\tvalue\nscript\tklingon\n")
    _write(
        xx,
        "areas.tsv",
        "# form\tarea\nrobots\tai\nrobots\tai\nbanking\tfinance\nartificial* intelligen*\tai\npress office\tnone\n",
    )
    _write(xx, "parties.tsv", "# form\tcode\tkind\nNarnia\tNAR\tname\nIranish\tIRN\tadjective\n")
    _write(xx, "triggers.tsv", "# form\ttype\tstatus\tstrength\nmeets\tMEET\tdiscussed\tstrong\nsigned\tAGREE\n")
    _write(xx, "notes.tsv", "anything\n")
    monkeypatch.setattr(lexicons, "DATA_DIR", tmp_path)
    problems, counts = check_all()
    text = "\n".join(problems)
    assert "meta.tsv: script 'klingon'" in text
    assert "areas.tsv:3: duplicate of line 2" in text
    assert "areas.tsv:4: 'finance' is not one of" in text
    assert "areas.tsv:5: form 'artificial* intelligen*' has a * inside" in text
    assert "areas.tsv:6: `none` form 'press office' contains no area form, so it hides nothing" in text
    assert "parties.tsv:2: unknown party code 'NAR'" in text
    assert "parties.tsv:3: 'adjective' is not one of" in text
    assert "triggers.tsv:2: 'MEET' is not one of" in text
    assert "triggers.tsv:3: 2 columns" in text
    assert "notes.tsv: unknown lexicon file" in text
    assert counts["xx"] >= 5


def test_a_clean_folder_has_no_problems(tmp_path: Path, monkeypatch):
    (tmp_path / "states.tsv").write_text((lexicons.DATA_DIR / "states.tsv").read_text(encoding="utf-8"))
    _write(tmp_path / "xx", "meta.tsv", "name\tTest\nscript\tlatin\n")
    # `none`: a longer phrase (a forum's name, "e-mail") that hides the area word inside it
    _write(tmp_path / "xx", "areas.tsv", "# form\tarea\nrobots\tai\nrobots forum\tnone\n")
    monkeypatch.setattr(lexicons, "DATA_DIR", tmp_path)
    assert check_all()[0] == []
