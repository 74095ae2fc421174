"""Lexicon forms match whole words, with each language's clitics, never bare substrings."""

from techdip.extract.mentions import find_mentions
from techdip.lexicons import load
from techdip.text.normalize import normalize


def _parties(text: str, lang: str) -> list[str]:
    return [m.value for m in find_mentions(normalize(text), load(lang)) if m.category == "party"]


def test_peru_is_not_found_inside_persian_project():
    assert _parties("این پروژه بزرگ در پرو اجرا شد", "fa") == ["PER"]


def test_peru_is_not_found_inside_malay_perubahan():
    assert _parties("Perubahan iklim dibincangkan bersama Peru.", "ms") == ["PER"]


def test_french_chine_is_not_found_inside_an_english_word():
    assert "CHN" not in _parties("Le groupe Chinese Telecom Partners", "fr")


def test_cldr_spelling_with_hamza_matches_news_spelling_without():
    assert _parties("سفیر کره جنوبی در تهران", "fa")[:1] == ["KOR"]
    assert _parties("سفیر كرهٔ جنوبي", "fa")[:1] == ["KOR"]


def test_longest_name_wins_south_korea_over_korea():
    assert _parties("South Korea and Iran", "en")[:1] == ["KOR"]


def test_arabic_clitics_glued_to_a_name_still_match():
    assert "SRB" in _parties("اتفاق بين السعودية وصربيا", "ar")


def test_country_names_match_only_when_capitalised_in_cased_scripts():
    assert _parties("Chad met Iran.", "en") == ["TCD", "IRN"]
    assert _parties("the chad of paper", "en") == []


def test_every_language_loads_a_lexicon_with_cldr_names():
    from techdip.text.language import SUPPORTED

    for lang in SUPPORTED:
        assert len(load(lang).automaton) > 150, lang


def test_a_french_framework_of_exchanges_is_not_talks_but_exchanging_views_is():
    def triggers(text: str) -> list[str]:
        return [m.value for m in find_mentions(normalize(text), load("fr")) if m.category == "trigger"]

    assert "CONSULT" not in triggers("Il fixe le cadre d’échange et de collaboration dans le domaine des TIC.")
    assert "CONSULT" in triggers("Les deux ministres ont échangé sur la cybersécurité.")


def _areas(text: str, lang: str) -> list[str]:
    lexicon = load(lang)
    return [m.value for m in find_mentions(normalize(text, lexicon.keep_marks), lexicon) if m.category == "area"]


def test_a_none_area_form_hides_the_area_word_inside_it_and_goes_too():
    # e-mail is not the postal service; the word alone still is
    assert _areas("отправлено по электронной почте", "ru") == []
    assert _areas("сотрудничество в сфере почтовой связи", "ru") == ["postal"]
    assert _areas("پستی در شبکه اجتماعی منتشر کرد", "fa") == []
    assert _areas("همکاری در حوزه پست", "fa") == ["postal"]
    assert _areas("ayrıntılar e-posta ile paylaşıldı", "tr") == []
    assert _areas("posta hizmetleri alanında işbirliği", "tr") == ["postal"]


def test_vietnamese_areas_match_with_their_tone_marks():
    # "kinh tế số" is the digital economy; "kinh tế sở" (a department's economy) differs only by a mark
    assert _areas("phát triển kinh tế số", "vi") == ["digital_economy"]
    assert _areas("phát triển kinh tế sở", "vi") == []


def test_korean_to_lead_is_not_doha():
    # 주도하다 (to lead) begins with the prefix 주 (駐, stationed in) and the hangul of Doha
    assert _parties("한국 측은 미국이 주도하고 있는 협력을 제기했다.", "ko") == ["KOR", "USA"]
    assert "QAT" in _parties("한국과 카타르는 도하에서 만났다.", "ko")


def test_a_mention_value_is_its_first_value_however_it_was_built():
    from dataclasses import replace

    from techdip.extract.mentions import Mention

    found = find_mentions(normalize("Iran and Armenia signed"), load("en"))
    assert [(m.value, m.values[0]) for m in found if m.category == "party"] == [("IRN", "IRN"), ("ARM", "ARM")]
    built = Mention(0, 4, "party", ("IRN", "name"), "en")
    assert built == next(m for m in found if m.category == "party") and built.value == "IRN"
    assert replace(built, values=("ARM", "name")).value == "ARM" and Mention(0, 1, "cue", (), "en").value == ""
