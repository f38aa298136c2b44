"""Organization: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class Organization(Model):
    """An organization

    Attributes:
        id: The organization's identifier
        name: The organization's friendly name
        default_disk_usage_alerts_enabled: Whether the default disk alerts are enabled
        notifications_allowed_email_domains: The list of allowed domains for notification-email recipients
        billing_contacts: The list of contacts for billing notifications, if specified
        operational_contacts: The list of contacts for operational notifications, if specified
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    default_disk_usage_alerts_enabled: bool | Unset = UNSET
    notifications_allowed_email_domains: list[str] | Unset | None = UNSET
    billing_contacts: list[str] | Unset | None = UNSET
    operational_contacts: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("default_disk_usage_alerts_enabled", "default_disk_usage_alerts_enabled", None),
        ("notifications_allowed_email_domains", "notifications_allowed_email_domains", None),
        ("billing_contacts", "billing_contacts", None),
        ("operational_contacts", "operational_contacts", None),
    )
    __ece_extra__ = None
