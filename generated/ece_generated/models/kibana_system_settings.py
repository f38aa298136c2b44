"""KibanaSystemSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class KibanaSystemSettings(Model):
    """A subset of Kibana settings. TIP: To define the complete set of Elasticsearch settings, use
    `KibanaSystemSettings` with `user_settings_override_` and `user_settings_`.

    Attributes:
        elasticsearch_url: DEPRECATED: Scheduled for removal in a future version of the API.

            Optionally override the URL to which to send data (for advanced users only, if unspecified the
            system selects an internal URL)
        elasticsearch_username: Optionally override the account within Elasticsearch - defaults to a system account that always
            exists (if specified, the password must also be specified). Note that this field is never
            returned from the API, it is write only.
        elasticsearch_password: Optionally override the account within Elasticsearch - defaults to a system account that always
            exists (if specified, the username must also be specified). Note that this field is never
            returned from the API, it is write only. (A secret: left out of repr.)
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch_url: str | Unset = UNSET
    elasticsearch_username: str | Unset = UNSET
    elasticsearch_password: str | Unset = _field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch_url", "elasticsearch_url", None),
        ("elasticsearch_username", "elasticsearch_username", None),
        ("elasticsearch_password", "elasticsearch_password", None),
    )
    __ece_extra__ = None
