"""The aiohttp application: spec routes under ``/api/v1`` behind stats, faults and auth.

Each concern is one middleware, outermost first: count the request, delay it or
replace it with an injected failure (as a proxy in front of ECE would) and maybe
corrupt or drop the response on the way out, check credentials, and render the
handler's errors as ECE does.  Handlers (``routes``) parse, call the backend and
render.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from aiohttp import web

from ece_async._generated import OPERATIONS, error_codes

from .auth import Rejection
from .faults import Decision
from .replies import JSON, ApiError, error, failed_reply, reply
from .routes import PUBLIC_OPERATIONS, Handler, all_routes
from .world import PRINCIPAL, WORLD, World

_log = logging.getLogger("ece_async.testing")

API_ROOT = "/api/v1"
CONTROL_ROOT = "/_simulator"

NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)

#: Codes for injected 5xx replies (the spec documents none for these proxy-level failures).
_ERROR_CODES = {
    500: ("root.internal_server_error", "An internal server error occurred"),
    502: ("root.bad_gateway", "The API backend did not answer in time (bad gateway)"),
    503: ("root.service_unavailable", "The service is temporarily unavailable, try again later"),
    504: ("root.gateway_timeout", "The API backend timed out (gateway timeout)"),
}

_OPERATION_ID = web.AppKey("ece_simulator_operations", dict)


class _OperationMatcher:
    """Finds the spec operation of a path the simulator does not implement (for a helpful 501)."""

    def __init__(self) -> None:
        entries = []
        for op_id, (_tag, _module, method, template) in OPERATIONS.items():
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
            literal = sum(1 for seg in template.split("/") if seg and not seg.startswith("{"))
            entries.append((-literal, template, method, re.compile(pattern + "$"), op_id))
        entries.sort(key=lambda e: (e[0], e[1]))
        self._entries = [(method, regex, op_id) for _, _, method, regex, op_id in entries]

    def match(self, method: str, path: str) -> tuple[str | None, list[str]]:
        """(operationId for this method, methods the path supports)."""
        allowed: list[str] = []
        for op_method, regex, op_id in self._entries:
            if regex.match(path):
                if op_method == method:
                    return op_id, allowed
                allowed.append(op_method)
        return None, allowed


_MATCHER: _OperationMatcher | None = None


def _matcher() -> _OperationMatcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = _OperationMatcher()
    return _MATCHER


def _api_path(request: web.Request) -> str:
    return request.path[len(API_ROOT) :] if request.path.startswith(API_ROOT) else request.path


async def _not_implemented(request: web.Request) -> web.StreamResponse:
    op_id, allowed = _matcher().match(request.method, _api_path(request))
    if op_id is not None:
        raise ApiError(
            501, "simulator.not_implemented", f"The ECE simulator does not implement [{op_id}] yet"
        )
    if allowed:
        raise ApiError(
            405,
            "root.method_not_allowed",
            f"Method [{request.method}] is not allowed here; use one of {sorted(set(allowed))}",
            headers={"Allow": ", ".join(sorted(set(allowed)))},
        )
    raise ApiError(
        404, "root.resource_not_found", f"The requested resource [{request.path}] could not be found"
    )


def _operation(request: web.Request) -> str:
    op = request.app[_OPERATION_ID].get(request.match_info.route)
    if op is not None:
        return str(op)
    found, _ = _matcher().match(request.method, _api_path(request))
    return found or "unknown"


def _documented(operation_id: str, error: ApiError) -> ApiError:
    """The error with a code the spec documents for this operation and status, as ECE sends.

    Handlers raise generic codes (``root.invalid_data``); where the spec lists
    operation-specific ones for the status (``api_keys.invalid_input``), the
    first of those is what a client would see from ECE.
    """
    documented = error_codes(operation_id).get(error.status) if operation_id in OPERATIONS else None
    if not documented or error.code in documented:
        return error
    return ApiError(error.status, documented[0], error.message, error.fields, error.headers)


def _drop(request: web.Request) -> web.Response:
    request[_DROPPED] = True
    transport = request.transport
    if transport is not None:
        transport.close()
    return web.Response(status=499)


def _truncated(response: web.StreamResponse) -> web.StreamResponse:
    body = response.body if isinstance(response, web.Response) else None
    if not isinstance(body, bytes) or len(body) < 2:
        body = b'{"errors": ['
    headers = {
        k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")
    }
    return web.Response(
        body=body[: len(body) // 2], status=response.status, headers=headers, content_type=JSON
    )


# --- middlewares, outermost first: stats, faults, auth, errors ---------------------------------
#
# Each does one job and passes what the next needs on the request: its operationId (for stats,
# per-route faults and documented error codes) and whether credentials were refused (a refusal
# is ECE's answer, not the handler's, so injected response faults leave it alone).

_OP = web.RequestKey("ece_simulator_operation", str)
_REFUSED = web.RequestKey("ece_simulator_refused", bool)
_DROPPED = web.RequestKey("ece_simulator_dropped", bool)


def _control(request: web.Request) -> bool:
    """The simulator's own control routes bypass everything a client of ECE would meet."""
    return request.path.startswith(CONTROL_ROOT)


@web.middleware
async def _count(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Stats: count the request by operation and the status sent (a dropped connection sends none)."""
    if _control(request):
        return await handler(request)
    w: World = request.app[WORLD]
    op = request[_OP] = _operation(request)
    PRINCIPAL.set(None)
    w.stats.begin(op)
    status: int | None = None
    try:
        # Handlers never block, so without this yield requests that arrived together would be
        # handled one by one and max_in_flight could not see how concurrent the client is.
        await asyncio.sleep(0)
        response = await handler(request)
        status = None if request.get(_DROPPED) else response.status
        return response
    finally:
        w.stats.end(status)


@web.middleware
async def _inject(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Faults: delay, replace the answer as a proxy in front of ECE would, or corrupt it on the way out."""
    if _control(request):
        return await handler(request)
    w: World = request.app[WORLD]
    op = request[_OP]
    body = await request.read() if request.body_exists else b""
    decision = w.faults.decide(op, request.method, _api_path(request), request.query_string, body)
    if decision.delay:
        w.stats.fault(op, "latency")
        await asyncio.sleep(decision.delay)
    kind = decision.kind
    if kind is None:
        return await handler(request)
    w.stats.fault(op, kind.partition("-")[0])
    injected = _injected(request, decision)
    if injected is not None:
        return injected
    response = await handler(request)
    if request.get(_REFUSED):
        return response
    if kind == "drop-after":
        return _drop(request)
    return _truncated(response)  # "malformed"


def _injected(request: web.Request, decision: Decision) -> web.StreamResponse | None:
    """The answer that replaces ECE's for a fault decided before the request reaches it."""
    kind = decision.kind
    if kind == "drop-before":
        return _drop(request)
    if kind == "html":
        return web.Response(body=NGINX_502, status=502, content_type="text/html", charset="utf-8")
    if kind == "error":
        code, message = _ERROR_CODES.get(decision.status, _ERROR_CODES[500])
        return error(decision.status, code, message)
    if kind == "rate_limit":
        return error(
            429,
            "billing_service.rate_limited",
            "Too many requests: the rate limit was exceeded, retry later",
            headers={"Retry-After": str(decision.retry_after)},
        )
    return None


@web.middleware
async def _authenticate(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Auth: refuse missing, wrong or expired credentials, and remember who the caller is."""
    if _control(request) or request[_OP] in PUBLIC_OPERATIONS:
        return await handler(request)
    w: World = request.app[WORLD]
    principal = w.auth.check(request.headers.get("Authorization"))
    if isinstance(principal, Rejection):
        w.stats.rejected[principal.kind] += 1
        request[_REFUSED] = True
        refusal = ApiError(principal.status, principal.code, principal.message)
        return failed_reply(_documented(request[_OP], refusal))
    PRINCIPAL.set(principal)
    return await handler(request)


@web.middleware
async def _render_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Errors: an ``ApiError`` becomes ECE's error reply; a simulator bug a 500 in the same shape."""
    if _control(request):
        return await handler(request)
    try:
        return await handler(request)
    except ApiError as exc:
        return failed_reply(_documented(request[_OP], exc))
    except web.HTTPException:
        raise
    except Exception as exc:
        # A simulator bug: answer in ECE's error shape (clients see a 500) and keep the traceback.
        _log.exception("ECE simulator failed on %s %s", request.method, request.path)
        return error(500, "simulator.internal_error", f"The simulator failed: {exc!r}")


MIDDLEWARES = (_count, _inject, _authenticate, _render_errors)


async def _control_stats(request: web.Request) -> web.StreamResponse:
    return reply(request.app[WORLD].stats.snapshot())


async def _control_advance(request: web.Request) -> web.StreamResponse:
    w: World = request.app[WORLD]
    try:
        seconds = float(request.query.get("seconds", "0"))
        w.clock.advance(seconds)
    except ValueError as exc:
        return error(400, "root.invalid_data", str(exc))
    return reply({"now": w.now()})


def build_app(world: World) -> web.Application:
    """The simulator as an aiohttp app (``ECESimulator`` serves it; tests may mount it themselves)."""
    app = web.Application(middlewares=MIDDLEWARES, client_max_size=16 * 1024**2)
    app[WORLD] = world
    operations: dict[Any, str] = {}
    for path, method, op_id, handler in _routes():
        route = app.router.add_route(method, API_ROOT + path, handler)
        operations[route] = op_id
    app[_OPERATION_ID] = operations
    app.router.add_get(CONTROL_ROOT + "/stats", _control_stats)
    app.router.add_post(CONTROL_ROOT + "/advance", _control_advance)
    app.router.add_route("*", "/{tail:.*}", _not_implemented)
    return app


def _routes() -> list[tuple[str, str, str, Handler]]:
    """(path, method, operationId, handler) of each route the router needs, literal segments first.

    The implemented operations, and of the others only those an implemented route of the same
    method would otherwise capture: a literal path such as ``GET /deployments/extensions`` must
    answer 501, not fall into ``GET /deployments/{deployment_id}``.  Every other operation
    reaches the catch-all, which finds it for its 501 (or 405, 404).  Each route is a regular
    expression aiohttp compiles: registering all of the spec's was a tenth of a cold
    ``ece-async audit --simulate``.
    """
    implemented = dict(all_routes())
    served = [
        (path, method, op_id, implemented[op_id])
        for op_id, (_tag, _module, method, path) in OPERATIONS.items()
        if op_id in implemented
    ]
    # Only a template of the same method and as many segments can capture a path.
    shapes: dict[tuple[str, int], list[list[str]]] = {}
    for template, method, _, _ in served:
        segments = template.split("/")
        shapes.setdefault((method, len(segments)), []).append(segments)
    captured = []
    for op_id, (_tag, _module, method, path) in OPERATIONS.items():
        segments = path.split("/")
        if op_id not in implemented and any(
            _captures(ours, segments) for ours in shapes.get((method, len(segments)), ())
        ):
            captured.append((path, method, op_id, _not_implemented))
    routes = served + captured
    # Literal segments before parameters, so "/deployments/_search" wins over "/deployments/{id}".
    routes.sort(key=lambda r: [seg.startswith("{") for seg in r[0].split("/")])
    return routes


def _captures(ours: list[str], theirs: list[str]) -> bool:
    """Whether every request for the path template ``theirs`` (its segments, as many as
    ``ours``) matches the route template ``ours``."""
    return all(mine == other or mine.startswith("{") for mine, other in zip(ours, theirs, strict=True))
