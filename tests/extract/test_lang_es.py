"""Spanish (es): extract() on sentences written for these tests (borders, headline present tense, invitations)."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = "2025-05-14") -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="es", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_a_state_named_as_the_other_side_of_a_border_is_a_place_not_a_party():
    text = (
        "El ministro de Telecomunicaciones de México visitó una antena en la frontera con Guatemala para hablar "
        "de redes 5G."
    )
    assert _events(text) == []


def test_a_headline_in_the_present_tense_reports_the_meeting_and_the_signing():
    (event,) = _events("Ministro de Telecomunicaciones de Chile recibe al embajador de India para hablar de redes 5G")
    assert (event["type"], event["parties"], event["areas"]) == ("CONSULT", ["CHL", "IND"], ["mobile_5g"])
    (event,) = _events("Colombia y Corea firman memorando de entendimiento sobre inteligencia artificial")
    assert (event["type"], event["status"], event["parties"]) == ("AGREE", "signed", ["COL", "KOR"])


def test_a_visit_at_the_invitation_of_a_minister_is_no_request():
    text = (
        "El secretario general de la UIT visita Bogotá por invitación del ministro de Tecnologías de la "
        "Información de Colombia para hablar de conectividad."
    )
    assert [e["type"] for e in _events(text)] == ["CONSULT"]


def test_telecommunications_make_technology_news_but_name_no_area_by_themselves():
    (event,) = _events("Cuba y Rusia firmaron un acuerdo de cooperación en telecomunicaciones.")
    assert (event["type"], event["parties"], event["areas"]) == ("AGREE", ["CUB", "RUS"], [])


def test_a_ministry_named_by_its_acronym_acts_for_its_state():
    (event,) = _events("El MINCOM y la embajada de Vietnam analizaron la cooperación en comercio electrónico.")
    assert (event["type"], event["parties"]) == ("CONSULT", ["CUB", "VNM"])


def test_the_official_named_by_office_alone_hosts_a_joint_audience_for_the_home_state():
    text = (
        "El ministro de Telecomunicaciones de Colombia habló sobre redes 5G.\n\n"
        "El gobernante habló tras una audiencia conjunta con los embajadores de Perú, Chile y Ecuador."
    )
    parties = {p for e in _events(text) for p in e["parties"]}
    assert parties == {"CHL", "COL", "ECU", "PER"}


def test_regulators_named_by_their_acronym_act_for_their_states():
    text = "El IFT y Osiptel firmaron un memorándum de entendimiento sobre el espectro para redes 5G."
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("AGREE", ["MEX", "PER"])


def test_a_reflexive_se_propone_is_an_aim_not_a_request():
    text = (
        "Chile y México firmaron una carta de intención sobre inteligencia artificial. Para ello, se propone "
        "abrir nuevas vías de colaboración entre centros de investigación."
    )
    assert {e["type"] for e in _events(text)} == {"AGREE"}


def test_a_portfolio_with_humanities_is_no_persons_name():
    text = (
        "La secretaria de Ciencia, Humanidades, Tecnologías e Innovación de México, Rosaura Ruiz, firmó con Chile "
        "un memorando sobre inteligencia artificial."
    )
    (event,) = _events(text)
    assert [p["name"] for p in event["people"]] == ["Rosaura Ruiz"]


def test_officials_who_were_with_the_minister_met_him():
    text = (
        "La ministra de Digitalización de los Países Bajos, Ana de Vries, estuvo con el ministro de "
        "Telecomunicaciones de Colombia para hablar de cables submarinos."
    )
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("CONSULT", ["COL", "NLD"])


def test_a_bloc_described_by_its_members_is_no_company_group():
    text = "La reunión del Brics – grupo formado por Brasil, Rusia, India, China y Sudáfrica – discutió redes 5G."
    parties = {p for e in _events(text) for p in e["parties"]}
    assert {"BRICS", "BRA", "CHN"} <= parties


def test_taking_part_in_an_organisations_congress_is_a_meeting_with_it():
    text = "El ministro de Comunicaciones de Cuba participó en la apertura del Congreso de la Unión Postal Universal."
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("CONSULT", ["CUB", "UPU"])


def test_a_state_named_as_the_aggressor_in_a_war_is_no_party_of_the_talks():
    text = (
        "Los ministros de España y Estados Unidos se reunieron sobre ciberseguridad y subrayaron la unidad frente a "
        "la agresión rusa en Ucrania."
    )
    assert sorted({p for e in _events(text) for p in e["parties"]}) == ["ESP", "USA"]


def test_a_bank_of_a_state_is_a_company_not_the_state():
    text = "El gobierno de Bolivia firmó con un banco chino un acuerdo de financiamiento para el gobierno electrónico."
    assert all("CHN" not in e["parties"] for e in _events(text))
