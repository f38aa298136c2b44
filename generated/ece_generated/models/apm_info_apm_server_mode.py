"""ApmInfoApmServerMode: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ApmInfoApmServerMode(OpenEnum):
    """The mode APM is operating in."""

    MANAGED = "managed"
    STANDALONE = "standalone"
