"""CoordinatorSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .coordinator_summary_attributes import CoordinatorSummaryAttributes


@_define
class CoordinatorSummary(Model):
    """Summarized information about a coordinator.

    Attributes:
        name: Name of this coordinator
        public_hostname: Public hostname of this coordinator
        leader_port: Leader port of this coordinator
        election_port: Election port of this coordinator
        client_port: Client port of this coordinator
        attributes: Attributes of this coordinator
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    public_hostname: str
    leader_port: int
    election_port: int
    client_port: int
    attributes: CoordinatorSummaryAttributes
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("public_hostname", "public_hostname", None),
        ("leader_port", "leader_port", None),
        ("election_port", "election_port", None),
        ("client_port", "client_port", None),
        ("attributes", "attributes", "CoordinatorSummaryAttributes"),
    )
    __ece_extra__ = None
