"""CoordinatorCandidateInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .coordinator_candidate_info_attributes import CoordinatorCandidateInfoAttributes
    from .coordinator_candidate_info_state import CoordinatorCandidateInfoState
    from .zk_acl import ZkAcl


@_define
class CoordinatorCandidateInfo(Model):
    """Summarized information about a coordinator candidate.

    Attributes:
        name: Name of this coordinator candidate.
        public_hostname: Public hostname of this coordinator candidate
        acl: Represents a Zookeeper ACL permission
        attributes: Attributes of this coordinator candidate
        state: State of the candidate
        id: Zookeeper server identifier corresponding to this coordinator candidate
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    public_hostname: str
    acl: ZkAcl
    attributes: CoordinatorCandidateInfoAttributes
    state: CoordinatorCandidateInfoState
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("public_hostname", "public_hostname", None),
        ("acl", "acl", "ZkAcl"),
        ("attributes", "attributes", "CoordinatorCandidateInfoAttributes"),
        ("state", "state", ("enum", "CoordinatorCandidateInfoState")),
        ("id", "id", None),
    )
    __ece_extra__ = None
