"""GetTlsCertificateServiceName: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class GetTlsCertificateServiceName(OpenEnum):
    """Values the spec lists; others decode as pseudo-members."""

    ADMINCONSOLE = "adminconsole"
    INTERNALCA = "internalca"
    PROXY = "proxy"
    UI = "ui"
