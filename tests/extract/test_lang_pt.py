"""Portuguese (pt): extract() on sentences written for these tests (headline present tense, audiences, the
Angolan and Mozambican "esteve reunido", Brazilian and European spellings)."""

from __future__ import annotations

from techdip.extract.pipeline import extract
from techdip.model import Document


def _events(text: str, published: str | None = "2025-05-14") -> list[dict]:
    doc = Document(id="t", text=text, source="t", lang="pt", published=published)
    return [e.to_json() for e in extract(doc).events]


def test_a_joint_audience_with_several_ambassadors_is_one_meeting_with_all_their_states():
    text = (
        "O ministro angolano das Telecomunicações concedeu uma audiência conjunta aos embaixadores do Quénia, "
        "do Senegal e da Tanzânia, para abordar a cooperação no domínio dos satélites."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["AGO", "KEN", "SEN", "TZA"]
    assert event["areas"] == ["space"]


def test_a_headline_in_the_present_tense_reports_the_meeting_and_the_signing():
    (event,) = _events("Ministro das Comunicações do Brasil recebe embaixador da Índia para falar de redes 5G")
    assert (event["type"], event["parties"], event["areas"]) == ("CONSULT", ["BRA", "IND"], ["mobile_5g"])
    (event,) = _events("Brasil e Chile assinam acordo sobre cabo submarino de fibra óptica")
    assert (event["type"], event["status"]) == ("AGREE", "signed")
    assert event["parties"] == ["BRA", "CHL"]


def test_esteve_reunido_is_a_meeting():
    text = (
        "O ministro moçambicano da Ciência e Tecnologia esteve reunido, nesta segunda-feira, com o embaixador "
        "de Portugal, tendo os dois abordado a governação electrónica."
    )
    (event,) = _events(text)
    assert event["type"] == "CONSULT"
    assert event["parties"] == ["MOZ", "PRT"]


def test_an_unmarked_minister_belongs_to_the_first_portuguese_speaking_state_the_article_names():
    # China is named more often, but the minister with no state is the publisher's: Brazil's
    text = (
        "A ministra da Ciência e Tecnologia, Ana Ribeiro, assinou três memorandos de entendimento com ministérios "
        "da China sobre inteligência artificial. Para a ministra, os acordos reforçam a parceria entre o Brasil e a China."
    )
    (event,) = _events(text)
    assert (event["type"], event["status"], event["parties"]) == ("AGREE", "signed", ["BRA", "CHN"])
    assert {p["name"]: p["party"] for p in event["people"]} == {"Ana Ribeiro": "BRA"}


def test_a_state_named_as_the_other_side_of_a_border_is_a_place_not_a_party():
    text = "O ministro das Comunicações de Angola visitou uma antena na fronteira com a Namíbia para falar de redes 5G."
    assert _events(text) == []


def test_a_visit_at_the_invitation_of_a_minister_is_no_request():
    text = (
        "O secretário-geral da UIT encontra-se em Maputo para uma visita a Moçambique a convite do ministro dos "
        "Transportes e Comunicações. Constituem objectivos da visita o reforço da cooperação entre Moçambique e a "
        "UIT em telecomunicações."
    )
    assert {e["type"] for e in _events(text)} == {"CONSULT"}


def test_telecommunications_make_technology_news_but_name_no_area_by_themselves():
    text = "Moçambique e a China assinaram memorandos nas áreas das infraestruturas, indústria e telecomunicações."
    (event,) = _events(text)
    assert (event["type"], event["parties"], event["areas"]) == ("AGREE", ["CHN", "MOZ"], [])


def test_a_ministry_named_by_its_acronym_acts_for_its_state():
    (event,) = _events("O MINTTICS e a embaixada da Índia discutiram a cooperação em satélites.")
    assert (event["type"], event["parties"]) == ("CONSULT", ["AGO", "IND"])


def test_the_official_named_by_office_alone_hosts_a_joint_audience_for_the_home_state():
    text = (
        "O ministro das Telecomunicações de Moçambique falou sobre redes 5G.\n\n"
        "O governante falava depois de uma audiência conjunta com os embaixadores do Quénia, do Gana e da Zâmbia."
    )
    parties = {p for e in _events(text) for p in e["parties"]}
    assert parties == {"GHA", "KEN", "MOZ", "ZMB"}


def test_regulators_named_by_their_acronym_act_for_their_states():
    text = "O INCM e a Anatel assinaram um memorando de entendimento sobre o espectro para redes 5G."
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("AGREE", ["BRA", "MOZ"])


def test_the_portuguese_speaking_african_states_as_a_community_are_no_party():
    text = (
        "O Brasil e Moçambique assinaram um memorando sobre telecomunicações, semelhante aos de países "
        "latino-americanos e afro-portugueses."
    )
    (event,) = _events(text)
    assert event["parties"] == ["BRA", "MOZ"]


def test_a_reflexive_propoe_se_is_an_aim_not_a_request():
    text = (
        "O Brasil e Angola assinaram um memorando sobre satélites. O acordo propõe-se criar novas vias de "
        "colaboração entre centros de pesquisa."
    )
    assert {e["type"] for e in _events(text)} == {"AGREE"}


def test_officials_who_were_with_the_minister_met_him():
    text = (
        "A ministra para a Digitalização dos Países Baixos, Ana de Vries, esteve com o ministro das Comunicações "
        "do Brasil para falar de cabos submarinos."
    )
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("CONSULT", ["BRA", "NLD"])


def test_a_bloc_described_by_its_members_is_no_company_group():
    text = "A reunião do Brics – grupo formado por Brasil, Rússia, Índia, China e África do Sul – discutiu redes 5G."
    parties = {p for e in _events(text) for p in e["parties"]}
    assert {"BRICS", "BRA", "CHN"} <= parties


def test_taking_part_in_an_organisations_congress_is_a_meeting_with_it():
    text = (
        "O ministro angolano das Telecomunicações participou da cerimónia de abertura do Congresso da União "
        "Postal Universal, em Abidjan."
    )
    (event,) = _events(text)
    assert (event["type"], event["parties"]) == ("CONSULT", ["AGO", "UPU"])


def test_a_state_named_as_the_aggressor_in_a_war_is_no_party_of_the_talks():
    text = (
        "Portugal e o Japão reuniram-se sobre cibersegurança e sublinharam a unidade face à agressão russa à Ucrânia."
    )
    assert sorted({p for e in _events(text) for p in e["parties"]}) == ["JPN", "PRT"]


def test_a_press_office_named_after_ict_makes_no_technology_news():
    text = (
        "O Ministro da Energia e Águas de Angola recebeu o Embaixador de Portugal para falar de barragens.\n"
        "GABINETE DE TECNOLOGIAS DE INFORMAÇÃO E COMUNICAÇÃO INSTITUCIONAL E IMPRENSA, em Luanda"
    )
    assert _events(text) == []


def test_a_bank_of_a_state_is_a_company_not_the_state():
    text = (
        "O governo de Cabo Verde assinou com um banco chinês um acordo de financiamento do projecto de "
        "governação electrónica."
    )
    assert all("CHN" not in e["parties"] for e in _events(text))


def test_european_portuguese_electronic_governance_is_e_government():
    text = "Cabo Verde e a China assinaram um acordo para a segunda fase da governação electrónica."
    (event,) = _events(text)
    assert (event["parties"], event["areas"]) == (["CHN", "CPV"], ["e_government"])


def test_a_conversation_with_an_ambassador_is_talks_and_the_chamber_president_is_a_titled_official():
    events = _events(
        "O presidente da Câmara dos Deputados, João Silva, tratou do 5G na sua conversa com o embaixador do "
        "Japão, Kenji Sato."
    )
    assert [(e["type"], e["parties"], e["areas"]) for e in events] == [("CONSULT", ["BRA", "JPN"], ["mobile_5g"])]
    people = {p["name"]: (p["party"], p["role"]) for p in events[0]["people"]}
    assert people["João Silva"] == ("BRA", "president of the Chamber of Deputies")


def test_handset_production_is_equipment_manufacturing():
    events = _events(
        "A secretária-executiva do ministério reuniu-se com o vice-ministro chinês da Indústria, Li Wei, para "
        "discutir incentivos à produção de aparelhos celulares."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["BRA", "CHN"])]
    assert "equipment_manufacturing" in events[0]["areas"]


def test_a_ministers_meeting_named_with_its_portfolio_keeps_the_bloc_named_after_it():
    events = _events(
        "A 3ª reunião de ministros das comunicações dos países do Brics – Brasil, Rússia, Índia, China e África do "
        "Sul – realizou-se em Brasília e discutiu o 5G."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["BRA", "BRICS", "CHN", "IND", "RUS", "ZAF"])]


def test_a_position_argued_in_talks_is_no_request():
    events = _events(
        "A ministra da África do Sul defendeu a coordenação de esforços no Brics durante a reunião com o Brasil sobre 5G."
    )
    assert [(e["type"], e["parties"]) for e in events] == [("CONSULT", ["BRA", "ZAF"])]


def test_a_foundation_s_country_is_not_a_party():
    assert (
        _events(
            "O Ministério das Comunicações de Moçambique assinou hoje um memorando com a Open Data Foundation, da "
            "Índia, sobre governo eletrónico."
        )
        == []
    )


def test_the_brics_bank_is_no_party_and_its_name_does_not_make_the_bloc_one():
    events = _events(
        "O ministro das Comunicações reuniu-se em Xangai com a presidente do Banco de Desenvolvimento dos BRICS para "
        "discutir investimentos em satélites."
    )
    assert events == []
