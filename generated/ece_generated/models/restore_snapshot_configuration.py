"""RestoreSnapshotConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .restore_snapshot_api_configuration import RestoreSnapshotApiConfiguration
    from .restore_snapshot_configuration_strategy import RestoreSnapshotConfigurationStrategy
    from .restore_snapshot_repo_configuration import RestoreSnapshotRepoConfiguration


@_define
class RestoreSnapshotConfiguration(Model):
    """Restores a snapshot from a local or remote repository.

    Attributes:
        snapshot_name: The name of the snapshot to restore. Use '\\_\\_latest_success\\_\\_' to get the most recent
            snapshot from the specified repository
        repository_name: If specified, contains the name of the snapshot repository - else will default to the Elastic
            Cloud system repo ('found-snapshots')
        repository_config: Configures the location of a remote repository. The default is the system repository.
        restore_payload: The configuration for the restore command, such as which indices you want to restore.
        strategy: The restore strategy to use. Defaults to a full restore. Partial restore will attempt to restore
            unavailable indices only
        source_cluster_id: If specified, contains the name of the source cluster id. Do not send this if you are sending
            repository_config
        additional_properties: Keys the spec does not list, kept as received.
    """

    snapshot_name: str
    repository_name: str | Unset = UNSET
    repository_config: RestoreSnapshotRepoConfiguration | Unset | None = UNSET
    restore_payload: RestoreSnapshotApiConfiguration | Unset | None = UNSET
    strategy: RestoreSnapshotConfigurationStrategy | Unset = UNSET
    source_cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("snapshot_name", "snapshot_name", None),
        ("repository_name", "repository_name", None),
        ("repository_config", "repository_config", "RestoreSnapshotRepoConfiguration"),
        ("restore_payload", "restore_payload", "RestoreSnapshotApiConfiguration"),
        ("strategy", "strategy", ("enum", "RestoreSnapshotConfigurationStrategy")),
        ("source_cluster_id", "source_cluster_id", None),
    )
    __ece_extra__ = None
