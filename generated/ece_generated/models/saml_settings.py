"""SamlSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .saml_attribute_settings import SamlAttributeSettings
    from .saml_idp_settings import SamlIdpSettings
    from .saml_security_realm_role_mapping_rules import SamlSecurityRealmRoleMappingRules
    from .saml_settings_ssl_certificate_url_truststore_type import SamlSettingsSslCertificateUrlTruststoreType
    from .saml_sp_settings import SamlSpSettings


@_define
class SamlSettings(Model):
    """The configuration for the Elasticsearch security SAML realm.

    Attributes:
        id: The identifier for the security realm
        name: The friendly name of the security realm
        idp: The configuration for the Elasticsearch security SAML Identity Provider.
        sp: The configuration for the Elasticsearch security SAML Service Provider.
        attributes: The mapping configuration for the Elasticsearch security SAML attribute.
        nameid_format: The NameID format. If not specified the IdP default is used. Example:
            'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'
        role_mappings: The mapping ruleset for the Elasticsearch security SAML role.
        enabled: When true, enables the security realm
        order: The order that the security realm is evaluated
        force_authn: Specifies whether to set the ForceAuthn attribute when requesting that the IdP authenticate the
            current user. If set to true, the IdP is required to verify the user's identity, irrespective of
            any existing sessions they might have.
        signing_certificate_url: The SAML signing certificate bundle URL. The bundle should be a zip file containing
            'signing.key' and 'signing.pem' files in the directory '/saml/:id', where :id is the value of
            the [id] field.
        signing_certificate_url_password: The password to the signing certificate bundle (A secret: left out of repr.)
        signing_saml_messages: A list of SAML message types that should be signed. Each element in the list should be the local
            name of a SAML XML Element. Supported element types are AuthnRequest, LogoutRequest and
            LogoutResponse. Only valid if a signing certificate is also specified.
        encryption_certificate_url: The SAML encryption certificate bundle URL. The bundle should be a zip file containing
            'encryption.key' and 'encryption.pem' files in the directory '/saml/:id', where :id is the value
            of the [id] field.
        encryption_certificate_url_password: The password to the encryption certificate bundle (A secret: left out of repr.)
        ssl_certificate_url: The SSL trusted CA certificate bundle URL. The bundle should be a zip file containing a single
            keystore file 'keystore.ks' Note that all keys should omit the
            'xpack.security.authc.realms.saml.{realm_id}' prefix. For example, when the realm ID is set to
            'saml1', the advanced configuration
            'xpack.security.authc.realms.saml.saml1.ssl.verification_mode: full' should be added as
            'ssl.verification_mode: full'.
        ssl_certificate_url_truststore_password: The password to the SSL certificate bundle URL truststore (A secret: left out of repr.)
        ssl_certificate_url_truststore_type: The format of the keystore file. Should be jks to use the Java Keystore format or PKCS12 to use
            PKCS#12 files. The default is jks.
        override_yaml: Advanced configuration options in YAML format. Any settings defined here will override any
            configuration set via the API. Note that all keys should omit
            'xpack.security.authc.realms.{realm_type}.{realm_id}'.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    idp: SamlIdpSettings
    sp: SamlSpSettings
    attributes: SamlAttributeSettings
    nameid_format: str | Unset = UNSET
    role_mappings: SamlSecurityRealmRoleMappingRules | Unset | None = UNSET
    enabled: bool | Unset = UNSET
    order: int | Unset = UNSET
    force_authn: bool | Unset = UNSET
    signing_certificate_url: str | Unset = UNSET
    signing_certificate_url_password: str | Unset = _field(default=UNSET, repr=False)
    signing_saml_messages: list[str] | Unset | None = UNSET
    encryption_certificate_url: str | Unset = UNSET
    encryption_certificate_url_password: str | Unset = _field(default=UNSET, repr=False)
    ssl_certificate_url: str | Unset = UNSET
    ssl_certificate_url_truststore_password: str | Unset = _field(default=UNSET, repr=False)
    ssl_certificate_url_truststore_type: SamlSettingsSslCertificateUrlTruststoreType | Unset = UNSET
    override_yaml: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("idp", "idp", "SamlIdpSettings"),
        ("sp", "sp", "SamlSpSettings"),
        ("attributes", "attributes", "SamlAttributeSettings"),
        ("nameid_format", "nameid_format", None),
        ("role_mappings", "role_mappings", "SamlSecurityRealmRoleMappingRules"),
        ("enabled", "enabled", None),
        ("order", "order", None),
        ("force_authn", "force_authn", None),
        ("signing_certificate_url", "signing_certificate_url", None),
        ("signing_certificate_url_password", "signing_certificate_url_password", None),
        ("signing_saml_messages", "signing_saml_messages", None),
        ("encryption_certificate_url", "encryption_certificate_url", None),
        ("encryption_certificate_url_password", "encryption_certificate_url_password", None),
        ("ssl_certificate_url", "ssl_certificate_url", None),
        ("ssl_certificate_url_truststore_password", "ssl_certificate_url_truststore_password", None),
        (
            "ssl_certificate_url_truststore_type",
            "ssl_certificate_url_truststore_type",
            ("enum", "SamlSettingsSslCertificateUrlTruststoreType"),
        ),
        ("override_yaml", "override_yaml", None),
    )
    __ece_extra__ = None
