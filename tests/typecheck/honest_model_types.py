"""Type-checked (never run) as a user's mypy sees the installed packages: ``make typecheck-scripts``.

A required field is typed as the spec says, nested ones too (no ``| Unset``, ``| None`` or
``Any`` to narrow away); reading one the server left out raises ``MissingFieldError`` instead
(``tests/generated/test_decoding.py``). Optional fields keep ``Unset`` (and ``None`` for lists
and objects, which ECE sends as null).
"""

from __future__ import annotations

import sys

from ece_async import MissingFieldError, ResponseDecodeError
from ece_async.models import (
    DeploymentGetResponse,
    DeploymentSettings,
    ElasticsearchClusterInfo,
    ElasticsearchClusterInfoStatus,
    ElasticsearchResourceInfo,
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
    assert_type(info.topology.instances[0].instance_name, str)
    DeploymentGetResponse(id="d", name="n", healthy=True, resources=None)  # type: ignore[arg-type]


def optional_fields(deployment: DeploymentGetResponse) -> None:
    assert_type(deployment.alias, str | Unset)
    assert_type(deployment.settings, DeploymentSettings | Unset | None)


def missing_field_error(error: MissingFieldError) -> None:
    assert_type(error.model, str)
    assert_type(error.field, str)
    caught: AttributeError = error
    decoding: ResponseDecodeError = error
    del caught, decoding
