"""The fleet audit as a library: ``run_audit`` with a rules file, ``run_platform_audit``.

python examples/audit_library.py
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from _target import ece_target

from ece_async import ECEClient
from ece_async.audit import Rules, run_audit, run_platform_audit

RULES = """
[rules.snapshot_stale]
max_age_hours = 12

[rules.maintenance_mode]
enabled = false
"""


def write_rules(directory: str) -> Path:
    path = Path(directory, "rules.toml")
    path.write_text(RULES, encoding="utf-8")
    return path


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rules_file = write_rules(tmp)
        async with ece_target(deployments=30) as target:
            url, key, ca_file = target.url, target.api_key, target.ca_file
            # --8<-- [start:audit]
            async with ECEClient(url, api_key=key, ca_file=ca_file) as ece:
                result = await run_audit(ece, rules=Rules.load(rules_file), concurrency=32)
                platform = await run_platform_audit(ece)
            print(result.summary_line())  # counts, findings per severity, requests per deployment
            for row in result.summaries:  # DeploymentSummary, in listing order
                for finding in row.findings:  # Finding(rule, severity, message), worst first
                    print(row.id, row.name, finding.severity, finding.message)
            print(platform.summary_line())
            # --8<-- [end:audit]


if __name__ == "__main__":
    asyncio.run(main())
