"""IntegrationsServerConfigurationMode: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class IntegrationsServerConfigurationMode(OpenEnum):
    """The mode the Integrations Server is operating in."""

    MANAGED = "managed"
    STANDALONE = "standalone"
