"""ClusterSnapshotRepositoryInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_snapshot_repository_default import ClusterSnapshotRepositoryDefault
    from .cluster_snapshot_repository_reference import ClusterSnapshotRepositoryReference
    from .cluster_snapshot_repository_static import ClusterSnapshotRepositoryStatic


@_define
class ClusterSnapshotRepositoryInfo(Model):
    """Information about the Elasticsearch cluster snapshot repository.

    Attributes:
        static: The static object for the Elasticsearch cluster snapshot repository.
        reference: The reference object for the Elasticsearch cluster snapshot repository.
        default: The default object for the Elasticsearch cluster snapshot repository.
        additional_properties: Keys the spec does not list, kept as received.
    """

    static: ClusterSnapshotRepositoryStatic | Unset | None = UNSET
    reference: ClusterSnapshotRepositoryReference | Unset | None = UNSET
    default: ClusterSnapshotRepositoryDefault | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("static", "static", "ClusterSnapshotRepositoryStatic"),
        ("reference", "reference", "ClusterSnapshotRepositoryReference"),
        ("default", "default", "ClusterSnapshotRepositoryDefault"),
    )
    __ece_extra__ = None
