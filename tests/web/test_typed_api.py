"""The API is typed: every 200 answer has a named schema in /openapi.json, generated from techdip/web/models.py,
and what clients get is exactly what those models describe. The interactive docs (Swagger UI at
/docs/interactive) are served by the app itself, under a policy that allows their one inline script by hash."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from techdip.model import AREAS, CONFIDENCES, EVENT_TYPES, STATUSES
from techdip.web import curation, models
from techdip.web.app import create_app

VENDOR = Path(__file__).resolve().parents[2] / "techdip" / "web" / "static" / "vendor" / "swagger-ui"

# every JSON operation of the API and the model of its 200 answer; list[...] for a JSON array of them
MODELS: dict[str, Any] = {
    "/api/events": models.EventPage,
    "/api/events/{event_id}": models.Event,
    "/api/documents/{doc_id}": models.Document,
    "/api/parties": list[models.PartyCount],
    "/api/pairs": list[models.PairCount],
    "/api/areas": list[models.AreaCount],
    "/api/timeline": models.Timeline,
    "/api/heatmap": list[models.HeatmapCell],
    "/api/overview": models.Overview,
    "/api/stories": models.StoryPage,
    "/api/stories/{story_id}": models.Story,
    "/api/people": list[models.Person],
}
# the curation API (techdip/web/curation.py): (method, path) -> the model of its 200 (or 201) answer
CURATION: dict[tuple[str, str], Any] = {
    ("post", "/api/session"): curation.SessionOut,
    ("get", "/api/session"): curation.SessionOut,
    ("post", "/api/events/{event_id}/confirm"): curation.Decision,
    ("patch", "/api/events/{event_id}"): curation.Decision,
    ("post", "/api/events/{event_id}/reject"): curation.Decision,
    ("post", "/api/events/{event_id}/restore"): curation.Decision,
    ("post", "/api/documents/{doc_id}/events"): curation.Created,
    ("post", "/api/events/{event_id}/split"): curation.SplitOut,
    ("post", "/api/events/merge"): curation.Created,
    ("post", "/api/events/{event_id}/story"): curation.Moved,
    ("get", "/api/events/{event_id}/history"): list[curation.Change],
    ("get", "/api/events/{event_id}/machine"): curation.MachineOutput,
    ("get", "/api/review/queue"): curation.Queue,
    ("get", "/api/review/precision"): curation.Precision,
    ("get", "/api/users"): list[curation.Account],
    ("post", "/api/users"): curation.NewAccount,
}
EXPORT_MEDIA_TYPES = {"text/csv", "application/x-ndjson", "application/graphml+xml"}


@pytest.fixture(scope="module")
def client(sample_db) -> TestClient:
    return TestClient(create_app(sample_db))


@pytest.fixture(scope="module")
def spec(client) -> dict[str, Any]:
    return client.get("/openapi.json").json()


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _untyped_objects(spec: dict[str, Any], schema: dict[str, Any], where: str, seen: set[str]) -> list[str]:
    """Where the schema (followed through its references) has an object of unknown shape, or a value of no type."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return []
        seen.add(name)
        return _untyped_objects(spec, _resolve(spec, schema), name, seen)
    found = []
    if not ({"type", "anyOf", "enum", "const", "allOf", "oneOf"} & schema.keys()):
        found.append(f"{where}: no type")
    if schema.get("type") == "object":
        extra = schema.get("additionalProperties")
        if not schema.get("properties") and not isinstance(extra, dict):
            found.append(f"{where}: a bare object")
    children = [*schema.get("properties", {}).items(), *(("[]", s) for s in schema.get("anyOf", []))]
    if isinstance(schema.get("items"), dict):
        children.append(("items", schema["items"]))
    if isinstance(schema.get("additionalProperties"), dict):
        children.append(("values", schema["additionalProperties"]))
    for name, child in children:
        found += _untyped_objects(spec, child, f"{where}.{name}", seen)
    return found


# ---- the schema ------------------------------------------------------------------------------------------------


def test_every_api_operation_is_listed_here(spec):
    """A new endpoint gets its model, and a line in MODELS."""
    operations = {path for path in spec["paths"] if path.startswith("/api/")}
    assert operations == {*MODELS, "/api/export", "/api/export/{table}", *(path for _, path in CURATION)}


@pytest.mark.parametrize(("method", "path"), sorted(CURATION))
def test_every_curation_answer_has_a_typed_schema_naming_its_model(spec, method, path):
    answers = spec["paths"][path][method]["responses"]
    content = (answers.get("200") or answers["201"])["content"]
    schema, model = content["application/json"]["schema"], CURATION[(method, path)]
    if getattr(model, "__origin__", None) is list:
        assert schema["type"] == "array"
        schema, model = schema["items"], model.__args__[0]
    assert schema == {"$ref": f"#/components/schemas/{model.__name__}"}
    for status in ("401", "403"):  # refusals say which one they are
        assert answers[status]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Refusal"}


@pytest.mark.parametrize("path", sorted(MODELS))
def test_every_200_answer_has_a_typed_schema_naming_its_model(spec, path):
    content = spec["paths"][path]["get"]["responses"]["200"]["content"]
    assert list(content) == ["application/json"]
    schema = content["application/json"]["schema"]
    model = MODELS[path]
    if getattr(model, "__origin__", None) is list:
        assert schema["type"] == "array"
        schema, model = schema["items"], model.__args__[0]
    assert schema == {"$ref": f"#/components/schemas/{model.__name__}"}
    assert _untyped_objects(spec, schema, path, set()) == []


def test_every_field_of_every_model_is_described(spec):
    names = {m.__args__[0].__name__ if getattr(m, "__origin__", None) else m.__name__ for m in MODELS.values()}
    undescribed = []
    for name, schema in spec["components"]["schemas"].items():
        if name in names or schema.get("type") == "object":
            assert schema.get("description"), f"{name} has no description"
            undescribed += [f"{name}.{f}" for f, s in schema.get("properties", {}).items() if not s.get("description")]
    assert undescribed == []


def test_the_export_keeps_its_declared_non_json_media_types(spec):
    content = spec["paths"]["/api/export"]["get"]["responses"]["200"]["content"]
    assert set(content) == EXPORT_MEDIA_TYPES
    assert all(media["schema"] == {"type": "string"} for media in content.values())
    tables = spec["paths"]["/api/export/{table}"]["get"]["responses"]["200"]["content"]
    assert set(tables) == EXPORT_MEDIA_TYPES | {"application/vnd.apache.parquet"}


def test_codes_are_enums_of_the_values_in_techdip_model(spec):
    schemas = spec["components"]["schemas"]
    assert schemas["EventType"]["enum"] == list(EVENT_TYPES)
    assert schemas["Status"]["enum"] == list(STATUSES)
    assert schemas["Area"]["enum"] == list(AREAS)
    assert schemas["Confidence"]["enum"] == ["high", "low"] == list(CONFIDENCES)
    assert schemas["Unit"]["enum"] == ["stories", "events"]
    event = schemas["Event"]["properties"]
    assert event["type"]["$ref"].endswith("/EventType") and event["status"]["$ref"].endswith("/Status")
    assert event["areas"]["items"]["$ref"].endswith("/Area") and event["confidence"]["$ref"].endswith("/Confidence")


def test_the_fields_clients_rely_on_are_required_and_nulls_are_declared(spec):
    schemas = spec["components"]["schemas"]
    assert "confidence" in schemas["Event"]["required"]
    assert {"title", "line"} <= set(schemas["Story"]["required"])
    assert "person_id" in schemas["StoryMention"]["required"]
    # a field that can be null says so; one that cannot, does not
    assert {"type": "null"} in schemas["Event"]["properties"]["story_id"]["anyOf"]
    assert {"type": "null"} in schemas["Story"]["properties"]["title"]["anyOf"]
    assert schemas["Story"]["properties"]["line"]["type"] == "string"
    assert schemas["Event"]["properties"]["id"]["type"] == "integer"


# ---- the answers -----------------------------------------------------------------------------------------------


def _urls(client) -> dict[str, str]:
    event = client.get("/api/events", params={"per_page": 1}).json()["items"][0]
    story = client.get("/api/stories", params={"min_sources": 2, "per_page": 1}).json()["items"][0]
    return {
        "/api/events": "/api/events?per_page=500",
        "/api/events/{event_id}": f"/api/events/{event['id']}",
        "/api/documents/{doc_id}": f"/api/documents/{event['doc_id']}",
        "/api/parties": "/api/parties",
        "/api/pairs": "/api/pairs?unit=events",
        "/api/areas": "/api/areas",
        "/api/timeline": "/api/timeline?by=party",
        "/api/heatmap": "/api/heatmap",
        "/api/overview": "/api/overview",
        "/api/stories": "/api/stories?per_page=500",
        "/api/stories/{story_id}": f"/api/stories/{story['id']}",
        "/api/people": "/api/people?limit=500",
    }


@pytest.mark.parametrize("path", sorted(MODELS))
def test_each_answer_validates_against_its_model_and_loses_nothing_in_a_round_trip(client, path):
    response = client.get(_urls(client)[path])
    assert response.status_code == 200
    body = response.json()
    assert body, f"{path} answers something on the sample database"
    adapter = TypeAdapter(MODELS[path])
    parsed = adapter.validate_python(body, strict=False)
    assert adapter.dump_python(parsed, mode="json") == body


def test_the_answers_carry_confidence_story_titles_and_lines_and_person_ids(client):
    events = client.get("/api/events", params={"per_page": 500}).json()["items"]
    assert {e["confidence"] for e in events} <= {"high", "low"} and all("confidence" in e for e in events)
    story = client.get("/api/stories", params={"min_sources": 2}).json()["items"][0]
    assert story["title"] and story["line"]
    mentions = [p for source in story["sources"] for p in source["people"]]
    assert mentions and all(isinstance(p["person_id"], int) for p in mentions)


def test_a_store_answer_with_a_field_the_model_does_not_know_is_refused():
    """The models forbid unknown fields: a field added in the store fails the tests here instead of being
    dropped silently from the API (add it to techdip/web/models.py)."""
    event = {"id": 1, "doc_id": "d", "type": "AGREE", "status": "signed", "parties": ["ARM", "IRN"], "areas": ["ai"],
             "people": [], "date": None, "date_source": None, "location": None, "evidence": [], "when_start": None,
             "when_end": None, "when_from": None, "lang": "en", "source": "s", "title": None, "published": None,
             "url": None, "story_id": None, "confidence": "high"}  # fmt: skip
    models.Event.model_validate(event)
    with pytest.raises(ValueError, match="new_field"):
        models.Event.model_validate({**event, "new_field": 1})
    with pytest.raises(ValueError, match="type"):
        models.Event.model_validate({**event, "type": "INVADE"})


# ---- the interactive docs ----------------------------------------------------------------------------------------


def test_the_interactive_docs_load_swagger_ui_from_the_app_and_are_linked_from_docs(client):
    response = client.get("/docs/interactive")
    assert response.status_code == 200
    page = response.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert set(assets) == {
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/vendor/swagger-ui/swagger-ui.css",
        "/static/vendor/swagger-ui/favicon-32x32.png",
    }
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert "url: '/openapi.json'" in page and '"validatorUrl": null' in page
    assert 'href="/docs/interactive"' in client.get("/docs").text


def test_the_interactive_docs_policy_allows_exactly_their_inline_script_and_no_other_page_changes(client):
    response = client.get("/docs/interactive")
    scripts = re.findall(r"<script>(.*?)</script>", response.text, re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    policy = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
    assert policy["script-src"] == f"'self' 'sha256-{digest}'"
    assert policy["img-src"] == "'self' data:"  # swagger-ui.css draws its icons as data: SVGs
    assert policy["style-src"] == "'self'" and policy["default-src"] == "'none'"
    assert policy["connect-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY" and response.headers["x-content-type-options"] == "nosniff"
    for path in ("/docs", "/", "/api/events", "/static/vendor/swagger-ui/swagger-ui-bundle.js"):
        other = client.get(path).headers["content-security-policy"]
        assert "sha256" not in other and "data:" not in other, path


def test_the_vendored_swagger_ui_records_its_name_version_licence_and_source():
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE", "VERSION", "README.md"):
        assert (VENDOR / name).is_file(), name
    version = (VENDOR / "VERSION").read_text().strip()
    readme = (VENDOR / "README.md").read_text()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert "- name: swagger-ui-dist" in readme and f"- version: {version}" in readme
    assert "- licence: Apache-2.0" in readme and "Apache License" in (VENDOR / "LICENSE").read_text()
    assert f"https://registry.npmjs.org/swagger-ui-dist/-/swagger-ui-dist-{version}.tgz" in readme
    for line in re.findall(r"^[0-9a-f]{64}  \S+$", readme, re.MULTILINE):  # the files are as copied
        digest, name = line.split("  ")
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
