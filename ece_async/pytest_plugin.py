"""pytest fixtures for code that talks to ECE: an embedded simulator and a client bound to it.

ece-async registers this module as a pytest plugin (entry point ``pytest11``), so in any
environment where ece-async and pytest-asyncio are installed a test can ask for:

* ``ece_simulator``: a started :class:`~ece_async.testing.ECESimulator`, new for each test;
* ``ece_client``: an :class:`~ece_async.ECEClient` authenticated against it, on the
  simulator's clock.

::

    import pytest

    @pytest.mark.asyncio
    @pytest.mark.ece_simulator(deployments=3, seed=1)
    async def test_names(ece_simulator, ece_client):
        dep = await ece_client.deployments.get_deployment(deployment_id=ece_simulator.deployment_ids()[0])

The fixtures are pytest-asyncio fixtures, so they work in its strict mode (where the test
carries ``@pytest.mark.asyncio``) and in auto mode alike, on the loop scope configured by
``asyncio_default_fixture_loop_scope``.

Settings, nearest first: ``@pytest.mark.ece_simulator(**kwargs)`` (any
:class:`~ece_async.testing.ECESimulator` argument; on a test, class or module, the nearest
wins per argument), then the ini options ``ece_simulator_deployments``, ``ece_simulator_seed``
and ``ece_simulator_speed``. Unlike :class:`~ece_async.testing.ECESimulator` itself, the
fixture defaults to ``speed=0``: simulated time moves only when the test calls ``advance()``
or ``settle()``, or the client sleeps, so tests do not depend on how fast the machine is.
The client reads the simulator's clock (:class:`~ece_async.testing.SimClock`): its retry
waits and plan polls pass simulated time instead of real time, and its tokens age with the
simulator's.  ``@pytest.mark.ece_client(**kwargs)`` passes extra :class:`~ece_async.ECEClient`
arguments (``retry=``, ``max_concurrency=``, ``hooks=``, ``clock=`` for another clock, ...).

Loading this module costs next to nothing: the simulator and the client (aiohttp) are
imported when a test first asks for a fixture, because pytest loads the plugin in every run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ece_async.client import ECEClient
    from ece_async.testing import ECESimulator

__all__ = ["ece_client", "ece_simulator"]

#: ini option -> (ECESimulator argument, how to read the ini string, the fixture's default)
_INI_OPTIONS: dict[str, tuple[str, Callable[[str], Any], str]] = {
    "ece_simulator_deployments": ("deployments", int, "10"),
    "ece_simulator_seed": ("seed", int, "0"),
    "ece_simulator_speed": ("speed", float, "0"),
}

try:
    from pytest_asyncio import fixture as _async_fixture
except ImportError:  # pragma: no cover - pytest itself then refuses the async fixtures, saying why, on use
    _async_fixture = pytest.fixture  # type: ignore[assignment]  # another decorator, same use


def pytest_addoption(parser: pytest.Parser) -> None:
    for name, (argument, _, default) in _INI_OPTIONS.items():
        parser.addini(name, f"ECESimulator({argument}=...) for the ece_simulator fixture", default=default)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "ece_simulator(**kwargs): ECESimulator arguments for the ece_simulator fixture "
        "(deployments, seed, speed, faults, plan_failure_rate, ...)",
    )
    config.addinivalue_line(
        "markers", "ece_client(**kwargs): extra ECEClient arguments for the ece_client fixture"
    )


def _marker_kwargs(node: pytest.Item, name: str) -> dict[str, Any]:
    """The keyword arguments of every ``name`` marker on the test, the nearest winning."""
    merged: dict[str, Any] = {}
    for marker in node.iter_markers(name):  # nearest (the test) first
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{name} takes keyword arguments only, got {marker.args!r}")
        for key, value in marker.kwargs.items():
            merged.setdefault(key, value)
    return merged


def _simulator_settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    """ECESimulator arguments for this test: its markers over the ini options over the defaults."""
    settings: dict[str, Any] = {}
    for name, (argument, parse, _) in _INI_OPTIONS.items():
        raw = request.config.getini(name)
        try:
            settings[argument] = parse(str(raw))
        except ValueError:
            raise pytest.UsageError(f"ini option {name} = {raw!r} is not a {parse.__name__}") from None
    settings.update(_marker_kwargs(request.node, "ece_simulator"))
    return settings


@_async_fixture
async def ece_simulator(request: pytest.FixtureRequest) -> AsyncIterator[ECESimulator]:
    """A started ECE simulator on 127.0.0.1, new for each test (see the module's docs for settings)."""
    from ece_async.testing import ECESimulator

    async with ECESimulator(**_simulator_settings(request)) as simulator:
        yield simulator


@_async_fixture
async def ece_client(request: pytest.FixtureRequest, ece_simulator: ECESimulator) -> AsyncIterator[ECEClient]:
    """An ``ECEClient`` using the simulator's API key and clock, closed after the test."""
    from ece_async.client import ECEClient

    options = {"clock": ece_simulator.clock, **_marker_kwargs(request.node, "ece_client")}
    async with ECEClient(ece_simulator.url, api_key=ece_simulator.api_key, **options) as client:
        yield client
