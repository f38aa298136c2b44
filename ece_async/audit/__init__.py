"""The fleet audit behind ``ece-async audit``, usable as a library.

    from ece_async import ECEClient
    from ece_async.audit import Rules, run_audit

    async with ECEClient(url, api_key=key) as ece:
        result = await run_audit(ece, rules=Rules.load("rules.toml"))
    for row in result.summaries:
        for finding in row.findings:
            print(row.id, finding.severity, finding.message)

``run_audit`` changes no process-wide state; ``run_platform_audit`` audits the
installation itself (allocators, zones, runners, proxies).

Every name below is imported from its submodule on first access, as in :mod:`ece_async`:
``ece-async audit`` imports this package on its way to :mod:`.command`, and a cold audit
of the deployments has no use for :mod:`.platform` (nor a library caller of
``run_audit`` for the command's modules).  Type checkers see the ``TYPE_CHECKING`` imports.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .findings import RULES, SEVERITIES, Finding, Rule, Rules, RulesError
    from .platform import PlatformResult, PlatformRow, run_platform_audit
    from .profiles import Profile, ProfileError, config_path, load_profiles
    from .runner import AuditResult, FleetAudit, RetryCounter, run_audit
    from .summary import DeploymentSummary, ResourceSummary

__all__ = [
    "RULES",
    "SEVERITIES",
    "AuditResult",
    "DeploymentSummary",
    "Finding",
    "FleetAudit",
    "PlatformResult",
    "PlatformRow",
    "Profile",
    "ProfileError",
    "ResourceSummary",
    "RetryCounter",
    "Rule",
    "Rules",
    "RulesError",
    "config_path",
    "load_profiles",
    "run_audit",
    "run_platform_audit",
]

# submodule -> the public names it provides.
_SOURCES: dict[str, tuple[str, ...]] = {
    "findings": ("RULES", "SEVERITIES", "Finding", "Rule", "Rules", "RulesError"),
    "platform": ("PlatformResult", "PlatformRow", "run_platform_audit"),
    "profiles": ("Profile", "ProfileError", "config_path", "load_profiles"),
    "runner": ("AuditResult", "FleetAudit", "RetryCounter", "run_audit"),
    "summary": ("DeploymentSummary", "ResourceSummary"),
}
_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}


if not TYPE_CHECKING:  # type checkers see the imports above, and no catch-all: a typo stays an error

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module 'ece_async.audit' has no attribute {name!r}")
        return getattr(import_module(f".{module}", __name__), name)

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
