"""IntegrationsServerSystemSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class IntegrationsServerSystemSettings(Model):
    """A structure that defines a curated subset of the Integrations Server settings.
    TIP: To define the complete set of Integrations Server setting, use `IntegrationsSystemSettings`
    with `user_settings_override_` and `user_settings_`.

    Attributes:
        elasticsearch_url: DEPRECATED: Scheduled for removal in a future version of the API.

            Optionally override the URL to which to send data (for advanced users only, if unspecified the
            system selects an internal URL)
        kibana_url: DEPRECATED: Scheduled for removal in a future version of the API.

            Optionally override the URL to which to send data (for advanced users only, if unspecified the
            system selects an internal URL)
        elasticsearch_username: Optionally override the account within Integrations Server - defaults to a system account that
            always exists (if specified, the password must also be specified). Note that this field is never
            returned from the API, it is write only.
        elasticsearch_password: Optionally override the account within Integrations Server - defaults to a system account that
            always exists (if specified, the username must also be specified). Note that this field is never
            returned from the API, it is write only. (A secret: left out of repr.)
        secret_token: Optionally override the secret token within Integrations Server - defaults to the previously
            existing secretToken (A secret: left out of repr.)
        debug_enabled: Optionally enable debug mode for Integrations Server - defaults false
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch_url: str | Unset = UNSET
    kibana_url: str | Unset = UNSET
    elasticsearch_username: str | Unset = UNSET
    elasticsearch_password: str | Unset = _field(default=UNSET, repr=False)
    secret_token: str | Unset = _field(default=UNSET, repr=False)
    debug_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch_url", "elasticsearch_url", None),
        ("kibana_url", "kibana_url", None),
        ("elasticsearch_username", "elasticsearch_username", None),
        ("elasticsearch_password", "elasticsearch_password", None),
        ("secret_token", "secret_token", None),
        ("debug_enabled", "debug_enabled", None),
    )
    __ece_extra__ = None
