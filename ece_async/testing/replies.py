"""Building and parsing HTTP messages the way ECE does (JSON bodies, BasicFailedReply errors)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from aiohttp import web

JSON = "application/json"


class ApiError(Exception):
    """Raised by handlers; rendered as a ``BasicFailedReply`` by the app middleware."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: Sequence[str] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.fields = list(fields)
        self.headers = dict(headers or {})


def raw(body: bytes, status: int = 200, headers: Mapping[str, str] | None = None) -> web.Response:
    """A response from already-encoded JSON (the cached fast path)."""
    return web.Response(body=body, status=status, headers=headers, content_type=JSON)


def reply(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> web.Response:
    return raw(orjson.dumps(data), status, headers)


def failed_reply(error: ApiError) -> web.Response:
    element: dict[str, Any] = {"code": error.code, "message": error.message}
    if error.fields:
        element["fields"] = error.fields
    headers = {"x-cloud-error-codes": error.code, **error.headers}
    return raw(orjson.dumps({"errors": [element]}), error.status, headers)


def error(status: int, code: str, message: str, **kwargs: Any) -> web.Response:
    return failed_reply(ApiError(status, code, message, **kwargs))


def invalid(message: str, *fields: str) -> ApiError:
    return ApiError(400, "root.invalid_data", message, fields)


def search_body(body: Any) -> dict[str, Any]:
    """A ``SearchRequest``: an object whose ``query``, if present, is an object (not null)."""
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise invalid("The search request must be a JSON object")
    if "query" in body and not isinstance(body["query"], dict):
        raise invalid("[query] must be a query object", "query")
    return body


async def body_json(request: web.Request, required: bool = True) -> Any:
    """The JSON body; a missing or broken body is a 400 like ECE's."""
    data = await request.read()
    if not data.strip():
        if required:
            raise invalid("The request body is required")
        return None
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise invalid(f"The request body is not valid JSON: {exc}") from None


async def body_object(request: web.Request, required: bool = True) -> dict[str, Any]:
    data = await body_json(request, required)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise invalid("The request body must be a JSON object")
    return data


def flag(request: web.Request, name: str, default: bool) -> bool:
    """A boolean query parameter (``true``/``false``, any case)."""
    value = request.query.get(name)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise invalid(f"Invalid boolean value [{value}] for query parameter [{name}]", name)


def integer(request: web.Request, name: str, default: int) -> int:
    value = request.query.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise invalid(f"Invalid integer value [{value}] for query parameter [{name}]", name) from None


def resource_headers(version: int | str, created: str, modified: str) -> dict[str, str]:
    """The ``x-cloud-resource-*`` headers ECE sends for versioned resources."""
    return {
        "x-cloud-resource-version": str(version),
        "x-cloud-resource-created": created,
        "x-cloud-resource-last-modified": modified,
    }
