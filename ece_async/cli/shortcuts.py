"""Short commands for the daily work, as ecctl users know them: ``deployment show ID``, ``allocator list``.

Each is a generated operation with its main identifier as a positional
argument and a few arguments preset; it runs through the same
:func:`~ece_async.cli.execute.run_operation` as ``ece-async <group> <operation>``,
so flags, output, confirmation, ``--dry-run`` and ``--track`` behave the same.
Two do a little more: ``deployment show --generate-update-payload`` turns the
deployment into the body ``deployment update`` takes, and ``allocator
maintenance`` picks the start or stop operation from ``--on``/``--off``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import UsageError

if TYPE_CHECKING:
    from ..client import ECEClient
    from .execute import Printer


@dataclass(frozen=True)
class Shortcut:
    """``words`` run ``operation_id`` with ``positional`` (a parameter) first and ``preset`` arguments."""

    words: tuple[str, ...]
    operation_id: str
    positional: str | None = None
    preset: dict[str, Any] = field(default_factory=dict)
    help: str = ""
    #: JMESPath giving the table view (``--format table`` without ``--query``) when the answer's
    #: shape would show nothing useful as it is (allocators nested in zones).
    table: str | None = None


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(("deployment", "list"), "list-deployments", help="list the deployments"),
    Shortcut(("deployment", "show"), "get-deployment", "deployment_id", help="show one deployment"),
    Shortcut(("deployment", "search"), "search-deployments", help="search deployments (--set query...)"),
    Shortcut(("deployment", "create"), "create-deployment", help="create a deployment from --body"),
    Shortcut(("deployment", "update"), "update-deployment", "deployment_id", help="update a deployment"),
    Shortcut(("deployment", "shutdown"), "shutdown-deployment", "deployment_id", help="shut one down"),
    Shortcut(("deployment", "restore"), "restore-deployment", "deployment_id", help="restore a shut one"),
    Shortcut(("deployment", "delete"), "delete-deployment", "deployment_id", help="delete a shut down one"),
    Shortcut(
        ("deployment", "plan", "cancel"),
        "cancel-deployment-resource-pending-plan",
        "deployment_id",
        help="cancel a resource's pending plan",
    ),
    Shortcut(
        ("allocator", "list"),
        "get-allocators",
        help="list the allocators",
        table="zones[].allocators[].{id: allocator_id, zone: zone_id, healthy: status.healthy, "
        "connected: status.connected, maintenance: status.maintenance_mode, "
        "memory_used: capacity.memory.used, memory_total: capacity.memory.total, "
        "instances: length(instances || `[]`)}",
    ),
    Shortcut(("allocator", "show"), "get-allocator", "allocator_id", help="show one allocator"),
    Shortcut(
        ("allocator", "maintenance"),
        "start-allocator-maintenance-mode",
        "allocator_id",
        help="put an allocator in maintenance mode (--on) or take it out (--off)",
    ),
    Shortcut(
        ("allocator", "vacate"), "move-clusters", "allocator_id", help="move every instance off an allocator"
    ),
    Shortcut(("stack", "list"), "get-version-stacks", help="list the Elastic Stack versions"),
    Shortcut(("user", "list"), "get-users", help="list the users"),
    Shortcut(("user", "show"), "get-user", "user_name", help="show one user"),
    Shortcut(("user", "create"), "create-user", help="create a user from --body/--set"),
    Shortcut(("user", "update"), "update-user", "user_name", help="update a user from --body/--set"),
    Shortcut(("user", "delete"), "delete-user", "user_name", help="delete a user"),
    Shortcut(("api-key", "list"), "get-api-keys", help="list your API keys"),
    Shortcut(("api-key", "create"), "create-api-key", help="create an API key (--set description=...)"),
    Shortcut(("api-key", "delete"), "delete-api-key", "api_key_id", help="delete one of your API keys"),
)

#: Top-level words that only shortcuts use (``stack`` is also a generated group: its shortcut joins it).
ROOTS = {"deployment": "short commands for deployments", "allocator": "short commands for allocators"}
ROOTS |= {"user": "short commands for users", "api-key": "short commands for your API keys"}


def under(prefix: tuple[str, ...]) -> dict[str, Shortcut | None]:
    """The next words after ``prefix``: a shortcut, or ``None`` for a deeper level (``deployment plan``)."""
    found: dict[str, Shortcut | None] = {}
    for shortcut in SHORTCUTS:
        if shortcut.words[: len(prefix)] == prefix and len(shortcut.words) > len(prefix):
            word = shortcut.words[len(prefix)]
            found[word] = shortcut if len(shortcut.words) == len(prefix) + 1 else None
    return found


def configure(parser: argparse.ArgumentParser, shortcut: Shortcut) -> None:
    """The operation's flags, with its identifier as a positional argument and the extras."""
    from .operation import configure as configure_operation
    from .tree import operation

    op = operation(shortcut.operation_id)
    if shortcut.positional is not None:
        parser.add_argument("identifier", metavar=shortcut.positional.upper(), help="the one to act on")
    configure_operation(parser, op, optional={shortcut.positional} if shortcut.positional else set())
    if shortcut.operation_id == "get-deployment":
        parser.add_argument(
            "--generate-update-payload",
            action="store_true",
            help="print the body `deployment update` takes (current plans), and its resource version",
        )
    if shortcut.words == ("allocator", "maintenance"):
        mode = parser.add_mutually_exclusive_group(required=True)
        mode.add_argument("--on", dest="maintenance", action="store_true", help="start maintenance mode")
        mode.add_argument("--off", dest="maintenance", action="store_false", help="stop maintenance mode")


def run(shortcut: Shortcut, args: argparse.Namespace) -> int:
    from .execute import follow_for, run_operation
    from .operation import arguments
    from .output import output_format
    from .tree import operation

    operation_id = shortcut.operation_id
    if shortcut.words == ("allocator", "maintenance") and not args.maintenance:
        operation_id = "stop-allocator-maintenance-mode"
    op = operation(operation_id)
    if shortcut.positional is not None:
        flag = getattr(args, "p_" + shortcut.positional)
        if flag is not None and flag != args.identifier:
            raise UsageError(f"{shortcut.positional.replace('_', '-')} given twice, differently")
        setattr(args, "p_" + shortcut.positional, args.identifier)
    kwargs = shortcut.preset | arguments(op, args)
    if shortcut.table and args.query is None and output_format(args.format, args.output) == "table":
        args.query = shortcut.table
    if getattr(args, "generate_update_payload", False):
        return run_operation(op, kwargs | {"clear_transient": True}, args, _update_payload)
    return run_operation(op, kwargs, args, follow_for(args, kwargs))


async def _update_payload(client: ECEClient, result: Any, printer: Printer) -> int:
    """``deployment show --generate-update-payload``: the current plans as an update body.

    The deployment is read again with its resource version (``x-cloud-resource-version``),
    so ``deployment update ID --body FILE --version V`` refuses to overwrite a change
    someone made in between.
    """
    from .exits import EXIT_OK

    deployment_id = str(result.id)
    response = await client.deployments.get_deployment_detailed(
        deployment_id=deployment_id, clear_transient=True
    )
    printer.result(update_payload(response.parsed))
    if response.resource_version is not None:
        print(
            f"resource version {response.resource_version}: pass --version {response.resource_version} "
            "to `deployment update` to refuse a change made meanwhile",
            file=sys.stderr,
        )
    return EXIT_OK


def update_payload(deployment: Any) -> dict[str, Any]:
    """A ``DeploymentUpdateRequest`` body from a ``DeploymentGetResponse``: every resource's current plan."""
    from .._tolerant import RESOURCE_KINDS, at, models, text
    from .output import plain

    resources: dict[str, list[dict[str, Any]]] = {}
    for kind in RESOURCE_KINDS:
        for resource in models(at(deployment, "resources", kind)):
            plan = at(resource, "info", "plan_info", "current", "plan")
            if plan is None:
                continue
            entry: dict[str, Any] = {
                "region": text(at(resource, "region")),
                "ref_id": text(at(resource, "ref_id")),
            }
            cluster = text(at(resource, "elasticsearch_cluster_ref_id"))
            if cluster is not None:
                entry["elasticsearch_cluster_ref_id"] = cluster
            entry["plan"] = plain(plan)
            resources.setdefault(kind, []).append(entry)
    payload: dict[str, Any] = {"prune_orphans": False, "resources": resources}
    name = text(at(deployment, "name"))
    if name is not None:
        payload = {"name": name} | payload
    return payload
