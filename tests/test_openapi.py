"""The OpenAPI document: served, valid, and naming exactly the routes the app has under /api/v1,
with the audience each view declares."""

import re

import pytest
from openapi_spec_validator import validate

from annotate import openapi
from annotate.auth import ANONYMOUS

PREFIX = "/api/v1/"
BODY_ERRORS = {"400", "413", "415", "422"}


def api_routes(app) -> dict[tuple[str, str], str]:
    """(path template, method) -> endpoint for every rule of the URL map under /api/v1."""
    routes = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(PREFIX):
            path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule)
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                routes[(path, method.lower())] = rule.endpoint
    return routes


def operations(document: dict):
    """(path, method, operation) for every operation of the document."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


@pytest.fixture
def document(app):
    """The document as the app serves it, to anyone."""
    response = app.test_client().get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    return response.get_json()


def test_the_served_document_is_valid_openapi(document):
    validate(document)  # raises on any error against the OpenAPI 3.1 meta-schema
    assert document == openapi.document()


def test_schemathesis_loads_every_operation(document):
    import schemathesis

    schema = schemathesis.openapi.from_dict(document)
    loaded = [result.ok() for result in schema.get_all_operations()]  # .ok() raises on a broken one
    assert len(loaded) == len(list(operations(document)))


def test_every_api_route_is_documented_and_nothing_else(app, document):
    documented = {(path, method) for path, method, _ in operations(document)}
    routes = set(api_routes(app))
    assert routes - documented == set(), "routes missing from annotate/openapi/"
    assert documented - routes == set(), "documented paths or methods the app does not have"


def test_operation_ids_and_roles_match_the_views(app, document):
    routes = api_routes(app)
    for path, method, operation in operations(document):
        endpoint = routes[(path, method)]
        assert operation["operationId"] == endpoint.removeprefix("api."), (path, method)
        audience = app.view_functions[endpoint].audience
        assert set(operation["x-roles"]) == audience - {ANONYMOUS}, (path, method)
        responses = set(operation["responses"])
        assert ("401" in responses) == (ANONYMOUS not in audience), (path, method)
        if "admin" not in audience or "reviewer" not in audience:
            assert ANONYMOUS in audience or "403" in responses, (path, method)


def test_parameters_and_bodies_are_described(document):
    shared = document["components"]["parameters"]
    for path, method, operation in operations(document):
        declared = [shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in operation.get("parameters", [])]
        in_path = {p["name"] for p in declared if p["in"] == "path"}
        assert in_path == set(re.findall(r"{(\w+)}", path)), (path, method)
        if "requestBody" in operation:
            assert set(operation["responses"]) >= BODY_ERRORS, (path, method)
            assert "application/json" in operation["requestBody"]["content"]


def test_errors_share_one_shape(app, document):
    error = document["components"]["schemas"]["Error"]
    assert error["properties"]["error"]["required"] == ["code", "message", "details"]
    for name, response in document["components"]["responses"].items():
        assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}, name
    refused = app.test_client().get("/api/v1/articles")
    assert refused.status_code == 401 and set(refused.get_json()["error"]) == {"code", "message", "details"}
