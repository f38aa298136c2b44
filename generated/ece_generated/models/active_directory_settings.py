"""ActiveDirectorySettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .active_directory_group_search import ActiveDirectoryGroupSearch
    from .active_directory_security_realm_load_balance import ActiveDirectorySecurityRealmLoadBalance
    from .active_directory_security_realm_role_mapping_rules import ActiveDirectorySecurityRealmRoleMappingRules
    from .active_directory_settings_certificate_url_truststore_type import (
        ActiveDirectorySettingsCertificateUrlTruststoreType,
    )
    from .active_directory_user_search import ActiveDirectoryUserSearch


@_define
class ActiveDirectorySettings(Model):
    """Elasticsearch Security Active Directory realm configuration

    Attributes:
        id: The identifier for the security realm
        name: The friendly name of the security realm
        urls: The Active Directory URLs used to authenticate against, in the format ldap[s]://server:port.
            Note that ldap and ldaps protocols cannot be mixed together.
        domain_name: Specifies the domain name of the Active Directory (the forest root domain name).
        bind_anonymously: When true, bindDb credentials are ignored
        group_search: Elasticsearch Security Active Directory realm group search configuration
        user_search: Elasticsearch Security Active Directory realm user search configuration
        bind_dn: The distinguished name of the user that is used to bind to the Active Directory and perform
            searches.
        bind_password: The user password that is used to bind to the Active Directory server. (A secret: left out of
            repr.)
        load_balance: Elasticsearch Security Active Directory load balancing configuration
        certificate_url: The SSL trusted CA certificate bundle URL. The bundle should be a zip file containing a single
            keystore file 'keystore.ks' in the directory '/active_directory/:id/truststore', where :id is
            the value of the [id] field.
        certificate_url_truststore_password: The password to the certificate bundle URL truststore (A secret: left out of repr.)
        certificate_url_truststore_type: The format of the truststore file. Should be jks to use the Java Keystore format or PKCS12 to
            use PKCS#12 files.  The default is jks.
        role_mappings: Elasticsearch Security Active Directory role mapping rule set
        enabled: When true, enables the security realm
        order: The order that the security realm is evaluated
        override_yaml: Advanced configuration options in YAML format. Any settings defined here will override any
            configuration set via the API. Note that all keys should omit the
            'xpack.security.authc.realms.active_directory.{realm_id}' prefix. For example, when the realm ID
            is set to 'ad1', the advanced configuration
            'xpack.security.authc.realms.active_directory.ad1.ssl.verification_mode: full' should be added
            as 'ssl.verification_mode: full'.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    urls: list[str]
    domain_name: str
    bind_anonymously: bool
    group_search: ActiveDirectoryGroupSearch | Unset | None = UNSET
    user_search: ActiveDirectoryUserSearch | Unset | None = UNSET
    bind_dn: str | Unset = UNSET
    bind_password: str | Unset = _field(default=UNSET, repr=False)
    load_balance: ActiveDirectorySecurityRealmLoadBalance | Unset | None = UNSET
    certificate_url: str | Unset = UNSET
    certificate_url_truststore_password: str | Unset = _field(default=UNSET, repr=False)
    certificate_url_truststore_type: ActiveDirectorySettingsCertificateUrlTruststoreType | Unset = UNSET
    role_mappings: ActiveDirectorySecurityRealmRoleMappingRules | Unset | None = UNSET
    enabled: bool | Unset = UNSET
    order: int | Unset = UNSET
    override_yaml: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("urls", "urls", None),
        ("domain_name", "domain_name", None),
        ("bind_anonymously", "bind_anonymously", None),
        ("group_search", "group_search", "ActiveDirectoryGroupSearch"),
        ("user_search", "user_search", "ActiveDirectoryUserSearch"),
        ("bind_dn", "bind_dn", None),
        ("bind_password", "bind_password", None),
        ("load_balance", "load_balance", "ActiveDirectorySecurityRealmLoadBalance"),
        ("certificate_url", "certificate_url", None),
        ("certificate_url_truststore_password", "certificate_url_truststore_password", None),
        (
            "certificate_url_truststore_type",
            "certificate_url_truststore_type",
            ("enum", "ActiveDirectorySettingsCertificateUrlTruststoreType"),
        ),
        ("role_mappings", "role_mappings", "ActiveDirectorySecurityRealmRoleMappingRules"),
        ("enabled", "enabled", None),
        ("order", "order", None),
        ("override_yaml", "override_yaml", None),
    )
    __ece_extra__ = None
