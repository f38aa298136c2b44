"""UpdatedTlsChainService: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class UpdatedTlsChainService(OpenEnum):
    """The service certificate chain that has been updated"""

    ADMINCONSOLE = "adminconsole"
    INTERNALCA = "internalca"
    PROXY = "proxy"
    UI = "ui"
