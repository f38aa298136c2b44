"""Which deployments a fleet change touches: ``--where`` filters and ``--ids`` over one search.

A search hit carries what the filters read (name, versions, template, tags, health), so
selection is one paged search and no GET per deployment.  Filters run on the hits
rather than being translated into ECE's query DSL: the DSL ECE accepts differs between
releases, and a filter the server misread would silently widen a change to the wrong
deployments.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .._record import Record
from .._tolerant import RESOURCE_KINDS, at, flag, items, text

if TYPE_CHECKING:
    from ..client import ECEClient

__all__ = [
    "IDS_PER_SEARCH",
    "SEARCH_PAGE",
    "Where",
    "deployment_versions",
    "deployment_zones",
    "parse_where",
    "read_ids",
    "search_deployments",
    "search_ids",
    "select",
]

#: Hits per search page (ECE's result window is 10,000).
SEARCH_PAGE = 500
#: Ids per search: one clause each, under the 1024 clauses Elasticsearch allows in a query by
#: default (``indices.query.bool.max_clause_count``), with room for the rest of the query.
IDS_PER_SEARCH = 1000

_WHERE = re.compile(r"^\s*([A-Za-z_][\w.\-]*)\s*(!=|<=|>=|=|<|>)\s*(.*?)\s*$")
_FIELDS = ("id", "name", "version", "template", "health")
_PREFIXES = ("tag.", "metadata.")
_VERSION_PART = re.compile(r"\d+")


def _version_key(value: str) -> tuple[int, ...] | None:
    parts = value.split("-", 1)[0].split(".")
    if not parts or not all(_VERSION_PART.fullmatch(p) for p in parts):
        return None
    return tuple(int(p) for p in parts) + (0,) * (3 - len(parts))


@attrs.frozen
class Where(Record):
    """One ``--where`` filter: ``FIELD OP VALUE``; all filters of a run must match.

    Fields: ``id``, ``name`` (globs with ``*``/``?``), ``version`` (the Elasticsearch version;
    ``<``, ``<=``, ``>``, ``>=`` compare versions, ``=`` takes a glob such as ``8.14.*``),
    ``template`` (deployment template id), ``health`` (``healthy`` or ``unhealthy``),
    ``tag.KEY`` (a metadata tag's value) and ``metadata.KEY`` (a metadata field).
    """

    field: str
    op: str
    value: str

    def matches(self, hit: Any) -> bool:
        if self.field == "version":
            return self._compare_versions(deployment_versions(hit).get("elasticsearch"))
        actual = self._value(hit)
        matched = actual is not None and fnmatch.fnmatchcase(actual, self.value)
        return matched if self.op == "=" else not matched

    def _value(self, hit: Any) -> str | None:
        if self.field == "health":
            healthy = flag(at(hit, "healthy"))
            return None if healthy is None else ("healthy" if healthy else "unhealthy")
        if self.field == "template":
            return deployment_template(hit)
        if self.field.startswith("tag."):
            key = self.field[len("tag.") :]
            values = [text(at(t, "value")) for t in items(at(hit, "metadata", "tags")) if at(t, "key") == key]
            return next((v for v in values if v is not None), None)
        if self.field.startswith("metadata."):
            return text(at(hit, "metadata", self.field[len("metadata.") :]))
        return text(at(hit, self.field))

    def _compare_versions(self, actual: str | None) -> bool:
        if self.op in ("=", "!="):
            matched = actual is not None and fnmatch.fnmatchcase(actual, self.value)
            return matched if self.op == "=" else not matched
        have, want = _version_key(actual or ""), _version_key(self.value)
        if have is None or want is None:
            return False
        return {"<": have < want, "<=": have <= want, ">": have > want, ">=": have >= want}[self.op]


def parse_where(expression: str) -> Where:
    """``"version<8.15"`` -> a :class:`Where`; a ``ValueError`` says what is wrong."""
    match = _WHERE.match(expression)
    if match is None:
        raise ValueError(f"{expression!r}: expected FIELD=VALUE (or !=, <, <=, >, >=)")
    field, op, value = match.groups()
    if field not in _FIELDS and not any(field.startswith(p) and len(field) > len(p) for p in _PREFIXES):
        known = ", ".join((*_FIELDS, "tag.KEY", "metadata.KEY"))
        raise ValueError(f"{expression!r}: unknown field {field!r} (known: {known})")
    if op in ("<", "<=", ">", ">=") and (field != "version" or _version_key(value) is None):
        raise ValueError(f"{expression!r}: {op} compares versions only (version{op}8.15.0)")
    if field == "health" and value not in ("healthy", "unhealthy"):
        raise ValueError(f"{expression!r}: health is 'healthy' or 'unhealthy'")
    return Where(field, op, value)


def read_ids(path: str | Path) -> list[str]:
    """Deployment ids from a file, one a line; blank lines and ``#`` comments are skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    ids = [line.split("#", 1)[0].strip() for line in lines]
    return list(dict.fromkeys(i for i in ids if i))


def _resources(hit: Any) -> list[tuple[str, Any]]:
    resources = at(hit, "resources")
    return [(kind, r) for kind in RESOURCE_KINDS for r in items(at(resources, kind))]


def resource_version(kind: str, resource: Any) -> str | None:
    """A resource's stack version: its current plan's, else what its info reports."""
    plan_info = at(resource, "info", "plan_info")
    return text(at(plan_info, "current", "plan", kind, "version")) or text(at(resource, "info", "version"))


def deployment_versions(hit: Any) -> dict[str, str]:
    """Kind -> stack version of the deployment's first resource of that kind."""
    out: dict[str, str] = {}
    for kind, resource in _resources(hit):
        version = resource_version(kind, resource)
        if version is not None:
            out.setdefault(kind, version)
    return out


def deployment_template(hit: Any) -> str | None:
    for kind, resource in _resources(hit):
        if kind == "elasticsearch":
            plan = at(resource, "info", "plan_info", "current", "plan")
            return text(at(plan, "deployment_template", "id"))
    return None


def deployment_zones(hit: Any) -> tuple[str, ...]:
    """The availability zones the deployment's instances run in (what a plan on it touches)."""
    zones = {
        zone
        for _, resource in _resources(hit)
        for instance in items(at(resource, "info", "topology", "instances"))
        if (zone := text(at(instance, "zone"))) is not None
    }
    return tuple(sorted(zones))


def ids_query(ids: Sequence[str]) -> dict[str, Any]:
    """A query matching exactly these deployment ids."""
    return {"bool": {"should": [{"term": {"id": {"value": i}}} for i in ids], "minimum_should_match": 1}}


async def search_deployments(client: ECEClient, query: dict[str, Any] | None = None) -> list[Any]:
    """Every hit of one search, paged by the library's rule (:mod:`ece_async.pagination`).

    ECE caps a page at 100 deployments whatever ``size`` asks, so a page shorter than asked
    is not the end: the walk goes on to the page's ``match_count``.
    """
    from ..models import QueryContainer, SearchRequestSortItem
    from ..pagination import iter_deployment_pages

    pages = iter_deployment_pages(
        client,
        QueryContainer.from_dict(query) if query is not None else None,
        page_size=SEARCH_PAGE,
        sort=[SearchRequestSortItem.from_dict({"id": "asc"})],  # static and unique: no hit moves pages
        decode=False,
    )
    return [hit async for page in pages for hit in items(at(page, "deployments"))]


async def search_ids(client: ECEClient, ids: Sequence[str]) -> list[Any]:
    """The hits of these deployment ids, by id: one search per :data:`IDS_PER_SEARCH` of them.

    The query holds a clause per id, and ECE's Elasticsearch refuses more than 1024 clauses in
    one query: a selection of thousands of ids is several searches, in id order as one would be.
    """
    ordered = sorted(set(ids))
    hits: list[Any] = []
    for start in range(0, len(ordered), IDS_PER_SEARCH):
        hits += await search_deployments(client, ids_query(ordered[start : start + IDS_PER_SEARCH]))
    return hits


async def select(
    client: ECEClient, where: Iterable[Where] = (), ids: Sequence[str] | None = None
) -> list[Any]:
    """The hits of the deployments every filter matches (and, with ``ids``, only those), by id."""
    filters = list(where)
    hits = await search_deployments(client) if ids is None else await search_ids(client, ids)
    wanted = set(ids) if ids is not None else None
    return [
        hit
        for hit in hits
        if (wanted is None or text(at(hit, "id")) in wanted) and all(f.matches(hit) for f in filters)
    ]
