"""ClusterInstanceConfigurationInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_instance_configuration_info_resource import ClusterInstanceConfigurationInfoResource


@_define
class ClusterInstanceConfigurationInfo(Model):
    """Information about a configuration that creates a Kibana instance or APM Server.

    Attributes:
        id: The id of the configuration used to create the instance
        name: The name of the configuration used to create the instance
        resource: The resource type of the instance configuration
        config_version: If the IC is configuration controlled, this field is the version either being read back (reads
            return the latest IC unless specified by the 'config_version' URL param), or the version to
            update. Cannot be used in creates. For unversioned IC reads it is left empty.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    resource: ClusterInstanceConfigurationInfoResource
    config_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("resource", "resource", ("enum", "ClusterInstanceConfigurationInfoResource")),
        ("config_version", "config_version", None),
    )
    __ece_extra__ = None
