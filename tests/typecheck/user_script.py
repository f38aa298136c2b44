"""Type-checked (never run) the way a user's mypy sees the installed packages: ``make typecheck-scripts``.

Every ``assert_type`` fails if the packages are invisible to the type checker (all ``Any``)
or a public signature loses its types. The packaging test checks it against a fresh venv with
the built wheel too.
"""

from __future__ import annotations

import sys

import ece_generated
from ece_async import NO_RETRY, ECEClient, errors
from ece_async.models import DeploymentGetResponse, DeploymentSearchResponse
from ece_async.pagination import iter_deployments
from ece_async.plans import wait_for_plan
from ece_async.testing import ECESimulator, FaultConfig
from ece_generated.api import OPERATIONS
from ece_generated.api.deployments import get_deployment
from ece_generated.types import Response

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


class ByteCount:
    """A body reducer: structural, no base class (``ece_async.BodyReducer`` is a Protocol)."""

    def __init__(self) -> None:
        self.size = 0

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)

    def result(self) -> int:
        return self.size


async def user_code() -> None:
    async with ECESimulator(deployments=3, faults=FaultConfig(error_rate=0.1)) as sim:
        assert_type(sim.deployment_ids(), list[str])
        async with ECEClient(sim.url, api_key=sim.api_key, retry=NO_RETRY) as ece:
            dep = await ece.deployments.get_deployment(deployment_id="abc", show_plans=True)
            assert_type(dep, DeploymentGetResponse)
            detailed = await ece.deployments.get_deployment_detailed(deployment_id="abc")
            assert_type(detailed, Response[DeploymentGetResponse])
            assert_type(detailed.resource_version, str | None)
            async for found in iter_deployments(ece, page_size=10):
                assert_type(found, DeploymentSearchResponse)
            assert_type(await wait_for_plan(ece, "abc", timeout=60), DeploymentGetResponse)
            try:
                await ece.deployments.delete_deployment(deployment_id="abc")
            except errors.NotFoundError as error:
                assert_type(error.codes, tuple[str, ...])
            size = await ece.request("GET", "/billing/costs/org/deployments", reduce=ByteCount)
            assert_type(size, int)
            counted = await ece.request_detailed("GET", "/billing/costs/org/deployments", reduce=ByteCount)
            assert_type(counted, Response[int])
    assert_type(OPERATIONS, dict[str, tuple[str, str, str, str]])
    assert_type(get_deployment.ERROR_CODES, dict[int, tuple[str, ...]])
    assert_type(ece_generated.__name__, str)


def misspelt_names_are_errors() -> None:
    # Not Any: the lazy namespace hides its __getattr__ from type checkers. Were the name
    # accepted, this ignore would be unused, which --strict reports.
    from ece_async import ECEClinet  # type: ignore[attr-defined]  # noqa: F401
