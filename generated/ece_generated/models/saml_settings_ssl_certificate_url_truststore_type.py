"""SamlSettingsSslCertificateUrlTruststoreType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class SamlSettingsSslCertificateUrlTruststoreType(OpenEnum):
    """The format of the keystore file. Should be jks to use the Java Keystore format or PKCS12 to use
    PKCS#12 files. The default is jks."""

    JKS = "jks"
    PKCS12 = "PKCS12"
