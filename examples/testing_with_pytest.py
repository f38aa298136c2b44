"""Testing your own code with the simulator: the pytest plugin's ``ece_simulator`` and ``ece_client``.

A pytest module (the plugin comes with ece-async; pytest-asyncio runs the async tests). Run it with
``pytest examples/testing_with_pytest.py``, or as a script, which runs pytest on itself in
pytest-asyncio's default strict mode::

    python examples/testing_with_pytest.py
"""

# --8<-- [start:tests]
import pytest

from ece_async import NO_RETRY, ECEClient, ServerError
from ece_async.testing import ECESimulator, FaultConfig

pytestmark = pytest.mark.asyncio  # strict mode needs it; auto mode does not mind


@pytest.mark.ece_simulator(deployments=50, seed=1)
async def test_my_code(ece_simulator: ECESimulator, ece_client: ECEClient) -> None:
    dep_id = ece_simulator.deployment_ids()[0]
    dep = await ece_client.deployments.get_deployment(deployment_id=dep_id)  # a typed model
    assert dep.id == dep_id
    ece_simulator.advance(120)  # plans move on; tokens expire on this clock too
    ece_simulator.settle()  # or finish every pending plan now
    assert ece_simulator.stats.requests["get-deployment"] == 1


@pytest.mark.ece_simulator(faults=FaultConfig(routes={"get-deployment": FaultConfig(error_rate=1.0)}))
@pytest.mark.ece_client(retry=NO_RETRY)
async def test_my_code_when_ece_fails(ece_simulator: ECESimulator, ece_client: ECEClient) -> None:
    with pytest.raises(ServerError):
        await ece_client.deployments.get_deployment(deployment_id=ece_simulator.deployment_ids()[0])


# --8<-- [end:tests]


if __name__ == "__main__":  # pytest in a fresh interpreter, so it can load its plugins first
    import subprocess
    import sys

    raise SystemExit(
        subprocess.call([sys.executable, "-m", "pytest", __file__, "-v", "-o", "asyncio_mode=strict"])
    )
