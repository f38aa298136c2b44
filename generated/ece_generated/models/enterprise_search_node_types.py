"""EnterpriseSearchNodeTypes: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class EnterpriseSearchNodeTypes(Model):
    """Node types to enable for an Enterprise Search instance

    Attributes:
        appserver: Defines whether this instance should run as Application/API server
        worker: Defines whether this instance should run as background worker
        connector: Defines whether this instance should run as Connector
        additional_properties: Keys the spec does not list, kept as received.
    """

    appserver: bool
    worker: bool
    connector: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("appserver", "appserver", None),
        ("worker", "worker", None),
        ("connector", "connector", None),
    )
    __ece_extra__ = None
