"""RestoreSnapshotRepoConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .restore_snapshot_repo_configuration_raw_settings import RestoreSnapshotRepoConfigurationRawSettings


@_define
class RestoreSnapshotRepoConfiguration(Model):
    """Configures the location of a remote repository. The default is the system repository.

    Attributes:
        raw_settings: The remote snapshot settings raw JSON - see the Elasticsearch '_snapshot' documentation for more
            details on supported formats
        additional_properties: Keys the spec does not list, kept as received.
    """

    raw_settings: RestoreSnapshotRepoConfigurationRawSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("raw_settings", "raw_settings", "RestoreSnapshotRepoConfigurationRawSettings"),)
    __ece_extra__ = None
