"""One generated command: ``ece-async <group> <operation>``, its flags, and how it runs.

The command calls the facade method the library user calls
(``ECEClient.<tag>.<operation>``) with the arguments the flags name, so the
request is the library's, byte for byte.  ``--dry-run`` asks the server to
validate only where the operation has ``validate_only``; elsewhere it prints the
request the same generated code builds (credentials masked) and sends nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import UsageError
from .connection import add_connection_flags
from .output import add_output_flags
from .tree import Operation, Param

if TYPE_CHECKING:
    from ..client import ECEClient
    from .tree import Operation

#: operationId words that make an operation destructive or disruptive (besides every DELETE): it
#: removes, stops, restarts, moves, resets, restores or demotes something.
DESTRUCTIVE_WORDS = (
    "shutdown", "stop", "restart", "restore", "move", "vacate", "reset", "delete", "demote", "unclaim",
)  # fmt: skip
#: Stopping a maintenance mode brings things back: not destructive.
HARMLESS_STOPS = ("maintenance",)
#: operationId words of writes to what the whole installation runs under: replacing the license
#: can turn features off everywhere.
INSTALLATION_WORDS = ("license",)
#: A parameter that makes a write cascade to every deployment (their endpoints' names, the API URL).
CASCADES = "skip_cascading_operations"
#: Arguments (parameters or body fields) that make a write destructive when true: ``prune_orphans``
#: removes every resource the update does not name (ecctl asks too); ``restart_after_update``
#: restarts the instances.
DESTRUCTIVE_WHEN_TRUE = ("prune_orphans", "restart_after_update")
#: Plan-starting operations of a deployment that ``--track`` follows to the end of the plan.
PLAN_WORDS = ("restart", "stop", "start", "upgrade", "maintenance", "restore", "shutdown", "move")
#: Allocator operations that move instances away: ``--track`` follows the plans of the deployments moved.
ALLOCATOR_MOVES = ("move-clusters", "move-clusters-by-type")


def destructive(op: Operation) -> bool:
    """Whether the operation always asks before it runs: it removes, stops, interrupts or replaces.

    Every DELETE; the verbs of :data:`DESTRUCTIVE_WORDS` (leaving a maintenance mode excepted);
    starting a deployment's maintenance mode (its instances leave routing: downtime, ecctl
    asks too); replacing the license; and a write that cascades to every deployment.
    Reads never ask.  ``tests/cli/test_operation.py`` lists the operations this makes ask.
    """
    if op.reads:
        return False
    words = op.operation_id.split("-")
    if "stop" in words and any(w in words for w in HARMLESS_STOPS):
        return False
    return (
        op.http_method == "DELETE"
        or any(w in words for w in (*DESTRUCTIVE_WORDS, *INSTALLATION_WORDS))
        or {"start", "deployment", "maintenance"} <= set(words)
        or any(p.name == CASCADES for p in op.params)
    )


def destructive_arguments(op: Operation) -> tuple[str, ...]:
    """The arguments of ``op`` (parameters or fields of its body) that make it ask when true."""
    import attrs

    names = {p.name for p in op.params}
    body = op.body
    if body is not None and body.kind == "body":
        names |= {f.name for f in attrs.fields(body.type)}
    return tuple(n for n in DESTRUCTIVE_WHEN_TRUE if n in names)


def asks(op: Operation, kwargs: dict[str, Any]) -> bool:
    """Whether this call of ``op`` asks first: the operation always does, or an argument is true."""
    return destructive(op) or bool(destructive_arguments_given(op, kwargs))


def destructive_arguments_given(op: Operation, kwargs: dict[str, Any]) -> tuple[str, ...]:
    """The arguments of :func:`destructive_arguments` that this call sets to true."""
    body = kwargs.get("body")
    return tuple(
        name
        for name in destructive_arguments(op)
        if kwargs.get(name) is True or getattr(body, name, None) is True
    )


def starts_plan(op: Operation) -> bool:
    """Whether the operation starts a deployment plan that ``--track`` can follow."""
    if op.operation_id in ("create-deployment", "update-deployment", *ALLOCATOR_MOVES):
        return True
    has_deployment = any(p.name == "deployment_id" for p in op.params)
    words = op.operation_id.split("-")
    return has_deployment and not op.reads and "deployment" in words and any(w in words for w in PLAN_WORDS)


def has_validate_only(op: Operation) -> bool:
    return any(p.name == "validate_only" for p in op.params)


# --- flags ---------------------------------------------------------------------------------------


def describe(op: Operation) -> str:
    """The command's ``--help`` text, from the spec: description, endpoint, error codes."""
    parts = [op.summary]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    parts.append(f"{op.http_method} {op.path}  (operationId {op.operation_id})")
    if op.errors:
        parts.append("errors:\n" + "\n".join(f"  {line}" for line in op.errors))
    return "\n\n".join(parts)


def configure(parser: argparse.ArgumentParser, op: Operation, optional: set[str] | None = None) -> None:
    """Flags for every parameter of ``op``, then body, safety, connection and output flags.

    Parameters named in ``optional`` are never required flags (a shortcut takes them positionally).
    """
    params = parser.add_argument_group("parameters (from the spec)")
    for param in op.params:
        if param.kind in ("body", "json", "content"):
            continue
        _add_param(
            params, dataclasses.replace(param, required=False) if param.name in (optional or ()) else param
        )
    body = op.body
    if body is not None:
        group = parser.add_argument_group("body")
        need = "required" if body.required else "optional"
        group.add_argument("--body", metavar="FILE", help=f"{body.help} ({need}; JSON file, - for stdin)")
        if body.kind != "content":
            group.add_argument(
                "--set",
                action="append",
                default=[],
                metavar="PATH=VALUE",
                help="set one field of the body (dotted path, JSON value or text), over --body or {}",
            )
    _add_safety(parser, op)
    add_connection_flags(parser)
    add_output_flags(parser)


def _add_param(group: argparse._ArgumentGroup, param: Param) -> None:
    dest = "p_" + param.name
    needed = " (required)" if param.required else ""
    if param.kind == "bool":
        group.add_argument(
            param.flag, dest=dest, action=argparse.BooleanOptionalAction, default=None, help=param.help
        )
    elif param.kind == "enum":
        group.add_argument(
            param.flag, dest=dest, choices=param.choices, required=param.required, help=param.help + needed
        )
    elif param.kind == "list":
        group.add_argument(
            param.flag,
            dest=dest,
            action="append",
            required=param.required,
            metavar="A,B",
            help=f"{param.help} (repeatable or comma-separated){needed}",
        )
    else:
        shown = f" (default: {param.default})" if param.default is not None else ""
        group.add_argument(
            param.flag,
            dest=dest,
            type=_scalar(param),
            required=param.required,
            metavar=param.name.rstrip("_").upper(),
            help=param.help + shown + needed,
        )


def _scalar(param: Param) -> Callable[[str], Any]:
    kind: Callable[[str], Any] = param.type if param.type in (int, float) else str
    return kind


def _add_safety(parser: argparse.ArgumentParser, op: Operation) -> None:
    safety = parser.add_argument_group("safety")
    if not op.reads:
        how = "the server validates only" if has_validate_only(op) else "print the request, send nothing"
        safety.add_argument("--dry-run", action="store_true", help=f"change nothing: {how}")
    # Every command takes --yes (a script can pass it throughout); only destructive ones ask.
    safety.add_argument("--yes", "-y", action="store_true", help=_yes_help(op))
    if starts_plan(op):
        safety.add_argument(
            "--track",
            action="store_true",
            help="follow the plan to its end (exit 1 when it fails or is still running after an hour)",
        )


def _yes_help(op: Operation) -> str:
    if destructive(op):
        return "do not ask for confirmation"
    conditional = destructive_arguments(op)
    if conditional:
        when = " or ".join(f"{n} is true" for n in conditional)
        return f"do not ask for confirmation (this operation asks when {when})"
    return "accepted; this operation does not ask"


# --- arguments -----------------------------------------------------------------------------------


def arguments(op: Operation, args: argparse.Namespace) -> dict[str, Any]:
    """The facade call's keyword arguments from the parsed flags (only those given)."""
    kwargs: dict[str, Any] = {}
    for param in op.params:
        if param.kind in ("body", "json", "content"):
            value = _body(param, args)
        else:
            value = getattr(args, "p_" + param.name)
            if value is not None:
                value = _convert(param, value)
        if value is not None:
            kwargs[param.name] = value
    return kwargs


def _convert(param: Param, value: Any) -> Any:
    if param.kind == "enum":
        return param.type(value)
    if param.kind == "list":
        items = [item for given in value for item in given.split(",") if item]
        return [param.type(item) for item in items]
    return value


def _read(path: str) -> bytes:
    if path == "-":
        if sys.stdin is None:  # started with stdin closed (`<&-`)
            raise UsageError("--body -: there is no standard input to read the body from")
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        return data if isinstance(data, bytes) else data.encode("utf-8")
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise UsageError(f"--body {path}: {exc.strerror or 'cannot be read'}") from None


def _body(param: Param, args: argparse.Namespace) -> Any:
    edits: list[str] = getattr(args, "set", None) or []
    if args.body is None and not edits:
        if param.required:
            raise UsageError("this operation needs a body: --body FILE (- for stdin) and/or --set PATH=VALUE")
        return None
    if param.kind == "content":
        return _read(args.body)
    data: Any = {}
    if args.body is not None:
        text = _read(args.body)  # its own usage error: a missing file is not "not JSON"
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise UsageError(f"--body {args.body}: not JSON ({exc})") from None
    for edit in edits:
        data = apply_set(data, edit)
    if param.kind == "json":
        return data
    if not isinstance(data, dict):
        raise UsageError(f"--body: {param.type.__name__} is a JSON object, got {type(data).__name__}")
    return param.type.from_dict(data)


def apply_set(data: Any, edit: str) -> Any:
    """``data`` with ``path=value`` applied: a dotted path (list indexes as numbers), a JSON value
    (text that is not JSON is a string); ``@FILE`` uploads a file for a multipart body."""
    path, sep, text = edit.partition("=")
    if not sep or not path:
        raise UsageError(f"--set {edit.split('=')[0]!r}: expected PATH=VALUE")
    keys = path.split(".")
    if "" in keys:
        raise UsageError(f"--set {path}: empty key in the path (keys are joined by single dots)")
    value = _set_value(path, text)
    if not isinstance(data, dict):
        raise UsageError(f"--set {path}: the body is not a JSON object")
    node: Any = data
    for key in keys[:-1]:
        node = _child(node, key, path)
    _assign(node, keys[-1], value, path)
    return data


#: What JSON objects, lists and strings start with: such a value is meant as JSON, so it must be valid.
_JSON_STARTS = ("{", "[", '"')


def _set_value(path: str, text: str) -> Any:
    if text.startswith("@"):
        from .._generated import File

        try:
            payload = Path(text[1:]).expanduser().read_bytes()
        except OSError as exc:
            raise UsageError(f"--set {text}: {exc.strerror or 'cannot be read'}") from None
        import mimetypes

        name = Path(text[1:]).name
        return File(payload=payload, file_name=name, mime_type=mimetypes.guess_type(name)[0])
    try:
        return json.loads(text)
    except ValueError as exc:
        if text.lstrip().startswith(_JSON_STARTS):  # a typo must not become a string sent as-is
            raise UsageError(f"--set {path}: not valid JSON ({exc}); quote it to mean the text") from None
        return text


def _child(node: Any, key: str, path: str) -> Any:
    if isinstance(node, list):
        index = _index(node, key, path)
        return node[index]
    if not isinstance(node, dict):
        raise UsageError(f"--set {path}: {key!r} is inside a value that is not an object")
    return node.setdefault(key, {})


def _assign(node: Any, key: str, value: Any, path: str) -> None:
    if isinstance(node, list):
        node[_index(node, key, path)] = value
    elif isinstance(node, dict):
        node[key] = value
    else:
        raise UsageError(f"--set {path}: {key!r} is inside a value that is not an object")


def _index(node: list[Any], key: str, path: str) -> int:
    if not key.lstrip("-").isdigit() or not -len(node) <= int(key) < len(node):
        raise UsageError(f"--set {path}: {key!r} is not an index of a list of {len(node)}")
    return int(key)


# --- running -------------------------------------------------------------------------------------


async def call(client: ECEClient, op: Operation, kwargs: dict[str, Any]) -> Any:
    """The facade call itself: ``await client.<tag>.<operation>(**kwargs)``."""
    method = getattr(getattr(client, op.tag), op.method_name)
    return await method(**kwargs)


def planned_request(op: Operation, kwargs: dict[str, Any], base_url: str, auth: str) -> dict[str, Any]:
    """What ``--dry-run`` prints: the request the generated code builds, credentials masked."""
    from urllib.parse import urlencode

    from .._generated import UNSET, build_request, is_secret_name

    request = build_request(op.operation_id, **kwargs)
    query = urlencode(request.params)
    url = base_url + request.path + (f"?{query}" if query else "")
    shown: dict[str, Any] = {
        "method": request.method,
        "url": mask_secrets(url, secret_arguments(op, kwargs)),
        "headers": {"Authorization": f"{auth} ****"}
        | {k: ("****" if is_secret_name(k) else v) for k, v in request.headers},
    }
    if request.json is not UNSET:
        shown["body"] = _masked(request.json)
    elif request.content is not None:
        shown["body"] = f"<{len(request.content)} bytes of {request.content_type}>"
    elif request.files:
        shown["body"] = {name: f"<file {f.file_name}, {len(f.payload)} bytes>" for name, f in request.files}
    return shown


def _masked(value: Any) -> Any:
    from .._generated import is_secret_name

    if isinstance(value, dict):
        return {k: "****" if is_secret_name(k) and v else _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def secret_arguments(op: Operation, kwargs: dict[str, Any]) -> list[str]:
    """The values of secret-named parameters (``--token``, ``--invitation-token``), also as URLs encode them.

    They travel in the path or query, so the URL a dry run or an error shows would carry them.
    """
    from urllib.parse import quote, quote_plus

    from .._generated import is_secret_name

    found: set[str] = set()
    for param in op.params:
        given = kwargs.get(param.name)
        if given is None or param.kind not in ("scalar", "list") or not is_secret_name(param.name):
            continue
        for value in given if isinstance(given, list) else [given]:
            text = str(value)
            found |= {text, quote(text, safe=""), quote(text), quote_plus(text)} if text else set()
    return sorted(found, key=len, reverse=True)  # longest first: no half-masked encoded form


def mask_secrets(text: str, secrets: list[str]) -> str:
    """``text`` with each of ``secrets`` (from :func:`secret_arguments`) shown as ``****``."""
    for secret in secrets:
        text = text.replace(secret, "****")
    return text
