"""ClusterSnapshotRepositoryStatic: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_snapshot_repository_static_settings import ClusterSnapshotRepositoryStaticSettings


@_define
class ClusterSnapshotRepositoryStatic(Model):
    """The static object for the Elasticsearch cluster snapshot repository.

    Attributes:
        repository_type: Type of snapshot repository, ie: S3
        settings: Settings associated with snapshot repository
        additional_properties: Keys the spec does not list, kept as received.
    """

    repository_type: str | Unset = UNSET
    settings: ClusterSnapshotRepositoryStaticSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("repository_type", "repository_type", None),
        ("settings", "settings", "ClusterSnapshotRepositoryStaticSettings"),
    )
    __ece_extra__ = None
