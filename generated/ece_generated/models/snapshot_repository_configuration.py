"""SnapshotRepositoryConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .snapshot_repository_configuration_settings import SnapshotRepositoryConfigurationSettings


@_define
class SnapshotRepositoryConfiguration(Model):
    """The configuration for an Elasticsearch snapshot repository.

    Attributes:
        type_: Repository type, (Currently supported: 's3')
        settings: Elasticsearch repository configuration settings JSON. See [Elasticsearch
            documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-
            snapshots.html) for more information
        additional_properties: Keys the spec does not list, kept as received.
    """

    type_: str
    settings: SnapshotRepositoryConfigurationSettings
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("type_", "type", None),
        ("settings", "settings", "SnapshotRepositoryConfigurationSettings"),
    )
    __ece_extra__ = None
