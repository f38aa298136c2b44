"""InstanceConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .discrete_sizes import DiscreteSizes
    from .instance_configuration_instance_type import InstanceConfigurationInstanceType
    from .instance_configuration_metadata import InstanceConfigurationMetadata
    from .query_container import QueryContainer


@_define
class InstanceConfiguration(Model):
    """The configuration template for Elasticsearch instances, Kibana instances, and APM Servers.

    Attributes:
        name: Display name for the instance configuration.
        discrete_sizes: Instance sizes that are supported by the Elasticsearch instance, Kibana instance, or APM Server
            configuration.
        id: Unique identifier for the instance configuration
        config_version: If the IC is configuration controlled, this field is the version either being read back (reads
            return the latest IC unless specified by the 'config_version' URL param), or the version to
            update. Cannot be used in creates. For unversioned IC reads it is left empty.
        description: Optional description for the instance configuration
        instance_type: The type of instance. For instance configurations where the type is specified in the 'id', the
            default value of 'instance_type' will be automatically inferred.
        node_types: Node types (master, data) for the instance. For instance configurations where the type (and
            tier) is specified in the 'id', the default value of 'node_types' will be automatically
            inferred.
        allocator_filter: The container for all of the allowed Elasticsearch queries. Specify only one property each time.
        storage_multiplier: Settings for the instance storage multiplier
        deleted_on: Date/time that this instance configuration was marked for deletion
        system_owned: Indicates if a instance configuration is system owned (restricts the set of operations that can
            be performed on it)
        metadata: Optional arbitrary metadata to associate with this template.
        cpu_multiplier: Settings for the instance CPU multiplier
        allowed_zones: The zones this instance configuration may exist in. Leaving out this parameter or specifying an
            empty list implies all zones are allowed. Normally not needed, but can be useful for exceptional
            infrastructure constraints.
        max_zones: The maximum number of availability zones in which this instance configuration has allocators.
            This field will be missing unless explicitly requested with the show_max_zones parameter.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    discrete_sizes: DiscreteSizes
    id: str | Unset = UNSET
    config_version: int | Unset = UNSET
    description: str | Unset = UNSET
    instance_type: InstanceConfigurationInstanceType | Unset = UNSET
    node_types: list[str] | Unset | None = UNSET
    allocator_filter: QueryContainer | Unset | None = UNSET
    storage_multiplier: float | Unset = UNSET
    deleted_on: str | Unset = UNSET
    system_owned: bool | Unset = UNSET
    metadata: InstanceConfigurationMetadata | Unset | None = UNSET
    cpu_multiplier: float | Unset = UNSET
    allowed_zones: list[str] | Unset | None = UNSET
    max_zones: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("discrete_sizes", "discrete_sizes", "DiscreteSizes"),
        ("id", "id", None),
        ("config_version", "config_version", None),
        ("description", "description", None),
        ("instance_type", "instance_type", ("enum", "InstanceConfigurationInstanceType")),
        ("node_types", "node_types", None),
        ("allocator_filter", "allocator_filter", "QueryContainer"),
        ("storage_multiplier", "storage_multiplier", None),
        ("deleted_on", "deleted_on", None),
        ("system_owned", "system_owned", None),
        ("metadata", "metadata", "InstanceConfigurationMetadata"),
        ("cpu_multiplier", "cpu_multiplier", None),
        ("allowed_zones", "allowed_zones", None),
        ("max_zones", "max_zones", None),
    )
    __ece_extra__ = None
