"""Stack versions the installation offers (``StackVersionConfig``), and the upgrade rules they imply.

ECE refuses a plan on a version it does not offer and never downgrades; a stack version lists the
newer ones it can go to (``upgradable_to``).  The documents are kept whole: an installation offers
a few dozen, and a snapshot of a real one brings its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import catalog

_IMAGE = "docker.elastic.co/cloud-release/{kind}-cloud-ess:{version}"


def _component(kind: str, version: str) -> dict[str, Any]:
    return {"docker_image": _IMAGE.format(kind=kind, version=version), "blacklist": []}


def _upgradable_to(version: str, offered: Iterable[str]) -> list[str]:
    """Newer offered versions of the same major, or of the next one from its last minor (7.17)."""
    major, minor, *_ = (*catalog.version_key(version), 0, 0)
    out = []
    for other in offered:
        key = catalog.version_key(other)
        if key <= catalog.version_key(version):
            continue
        if key[0] == major or (key[0] == major + 1 and (major, minor) == (7, 17)):
            out.append(other)
    return out


def stack_version(version: str, offered: Iterable[str]) -> dict[str, Any]:
    """The ``StackVersionConfig`` of ``version`` on an installation offering ``offered``."""
    elasticsearch = _component("elasticsearch", version)
    elasticsearch.update(plugins=["analysis-icu", "repository-s3"], default_plugins=["repository-s3"])
    return {
        "version": version,
        "template": {"template_version": version, "hashes": []},
        "elasticsearch": elasticsearch,
        "kibana": _component("kibana", version),
        "apm": _component("apm", version),
        "enterprise_search": _component("enterprise-search", version),
        "metadata": {"pre_release": False, "min_platform_version": "3.0.0", "schema_version": 2},
        "deleted": False,
        "upgradable_to": _upgradable_to(version, offered),
        "min_upgradable_from": "7.17.0" if version.startswith("8.") else "6.8.0",
    }


def default_stacks() -> dict[str, dict[str, Any]]:
    """What the simulator offers unless a snapshot says otherwise: the fleet's versions and newer."""
    offered = catalog.OFFERED_VERSIONS
    return {v: stack_version(v, offered) for v in offered}
