"""Type-checked (never run) as a user's mypy sees the installed packages: ``make typecheck-scripts``.

A required field is typed as the spec says, nested ones too (no ``| Unset``, ``| None`` or
``Any`` to narrow away); reading one the server left out raises ``MissingFieldError`` instead
(``tests/generated/test_decoding.py``). Optional fields keep ``Unset`` (and ``None`` for lists
and objects, which ECE sends as null), and so do the required fields real servers leave out
or send as null (``REAL_PAYLOAD_OMISSIONS`` in ``swagger/ece_codegen/fixups.py``), so mypy
makes a reader check them.
"""

from __future__ import annotations

import sys

from ece_async import MissingFieldError, ResponseDecodeError
from ece_async.models import (
    ClusterMetadataPortInfo,
    ClusterPlanStepInfo,
    ClusterPlanWarning,
    ClusterTopologyInfo,
    DeploymentGetResponse,
    DeploymentSettings,
    ElasticsearchClusterInfo,
    ElasticsearchClusterInfoStatus,
    ElasticsearchResourceInfo,
    IntegrationsServerResourceInfo,
)
from ece_generated.types import Unset

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


def required_fields(deployment: DeploymentGetResponse) -> None:
    assert_type(deployment.name, str)
    assert_type(deployment.name.upper(), str)
    assert_type(deployment.resources.elasticsearch, list[ElasticsearchResourceInfo])
    info = deployment.resources.elasticsearch[0].info
    assert_type(info, ElasticsearchClusterInfo)
    assert_type(info.status, ElasticsearchClusterInfoStatus)
    assert_type(info.plan_info.history[0].plan_attempt_log, list[ClusterPlanStepInfo])
    DeploymentGetResponse(id="d", name="n", healthy=True, resources=None)  # type: ignore[arg-type]


def optional_fields(deployment: DeploymentGetResponse) -> None:
    assert_type(deployment.alias, str | Unset)
    assert_type(deployment.settings, DeploymentSettings | Unset | None)


def fields_real_servers_leave_out(deployment: DeploymentGetResponse, info: ElasticsearchClusterInfo) -> None:
    assert_type(deployment.resources.integrations_server, list[IntegrationsServerResourceInfo] | Unset | None)
    assert_type(info.topology, ClusterTopologyInfo | Unset | None)
    assert_type(info.plan_info.history[0].warnings, list[ClusterPlanWarning] | Unset | None)
    if isinstance(info.topology, ClusterTopologyInfo):
        assert_type(info.topology.instances[0].instance_name, str)
    ports = info.metadata.ports
    if isinstance(ports, ClusterMetadataPortInfo):
        assert_type(ports.transport_passthrough, int | None | Unset)
    _ = info.topology.instances  # type: ignore[union-attr]  # mypy: check the field first


def missing_field_error(error: MissingFieldError) -> None:
    assert_type(error.model, str)
    assert_type(error.field, str)
    caught: AttributeError = error
    decoding: ResponseDecodeError = error
    del caught, decoding
