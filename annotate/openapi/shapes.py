"""The pieces every part of the OpenAPI document is made of: the ids, texts and counts the API
takes and gives, the error answers, and small builders of schemas, parameters and operations."""

from annotate.numbers import MAX_ID

PREFIX = "/api/v1"
ANYONE = ("admin", "reviewer")
# Status -> (component name, when). Every one has the body {"error": {"code", "message", "details"}}.
ERRORS = {
    400: ("BadRequest", "A malformed query value, a body that is not the JSON the route takes, or (session "
                        "calls) a missing X-CSRFToken header."),
    401: ("Unauthorized", "No valid API token (or session)."),
    403: ("Forbidden", "The caller's role may not use this route."),
    404: ("NotFound", "No such id, or none the caller may see (the same answer, on purpose)."),
    409: ("Conflict", "The request clashes with the current state; nothing was changed."),
    413: ("TooLarge", "The body is larger than the server's limit; nothing was stored."),
    415: ("UnsupportedMediaType", "The body must be sent as application/json."),
    422: ("Unprocessable", "The body is JSON but breaks a rule; `details` says which, by field."),
}
AUTH = """Send a personal API token: `Authorization: Bearer ann_…` (made on the account page or
with `annotate create-token`). The pages' own calls use the login session cookie instead; their
writes (POST, PUT, DELETE) then need the page's CSRF token in an `X-CSRFToken` header. A bearer
call is the token's user only, whatever session comes with it. Roles apply exactly as on the pages."""

ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
ID_TEXT = {"type": "string", "pattern": r"^\s*[0-9]{1,10}\s*$", "description": "An id (1 to 2147483647)."}
QUERY_ID = ID_TEXT | {"pattern": r"^$|^\s*[0-9]{1,10}\s*$", "description": "An id; empty means none."}
TIME = {"type": "string", "format": "date-time"}
TEXT_QUERY = {"type": "string", "description": "Only its first 200 characters are used."}
COUNT = {"type": "integer", "minimum": 0}
TEXT = {"type": "string"}


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    """``schema`` or JSON null."""
    return {"anyOf": [schema, {"type": "null"}]}


def obj(properties: dict, required=(), closed: bool = True, **more) -> dict:
    """An object schema; ``closed`` when the API refuses (or never sends) other fields."""
    schema = {"type": "object", "properties": properties, "required": list(required), **more}
    if closed:
        schema["additionalProperties"] = False
    return schema


def array(items: dict, **more) -> dict:
    return {"type": "array", "items": items, **more}


def json_of(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def query(name: str, schema: dict, description: str, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "schema": schema, "description": description}


def shared(name: str) -> dict:
    """A parameter from components/parameters."""
    return {"$ref": f"#/components/parameters/{name}"}


def operation_of(operation_id: str, summary: str, roles, ok: tuple, errors, *, parameters=(),
               body: str | None = None, writes: bool = False, note: str = "") -> dict:
    """One operation: ``ok`` is (status, description, schema or content), ``errors`` its error
    statuses, ``body`` the name of its request body schema."""
    status, description, schema = ok
    responses = {str(status): {"description": description, "content": json_of(schema)}}
    responses.update({str(code): {"$ref": f"#/components/responses/{ERRORS[code][0]}"} for code in errors})
    session: dict[str, list] = {"session": [], "csrfToken": []} if writes else {"session": []}
    operation = {"operationId": operation_id, "summary": summary, "x-roles": list(roles),
                 "description": ("Roles: " + ", ".join(roles) + "." if roles else "Public.") + note,
                 "security": [{"bearerAuth": []}, session] if roles else [], "responses": responses}
    if parameters:
        operation["parameters"] = list(parameters)
    if body is not None:
        operation["requestBody"] = {"required": True, "content": json_of(ref(body))}
    return operation
