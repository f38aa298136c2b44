"""ClusterSnapshotRepositoryReference: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ClusterSnapshotRepositoryReference(Model):
    """The reference object for the Elasticsearch cluster snapshot repository.

    Attributes:
        repository_name: ECE snapshot repository name, from the '/platform/configuration/snapshots/repositories' endpoint
        additional_properties: Keys the spec does not list, kept as received.
    """

    repository_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("repository_name", "repository_name", None),)
    __ece_extra__ = None
