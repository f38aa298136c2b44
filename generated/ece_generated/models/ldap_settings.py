"""LdapSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ldap_group_search import LdapGroupSearch
    from .ldap_security_realm_load_balance import LdapSecurityRealmLoadBalance
    from .ldap_security_realm_role_mapping_rules import LdapSecurityRealmRoleMappingRules
    from .ldap_settings_bind_type import LdapSettingsBindType
    from .ldap_settings_certificate_url_truststore_type import LdapSettingsCertificateUrlTruststoreType
    from .ldap_user_search import LdapUserSearch


@_define
class LdapSettings(Model):
    """The configuration for the Elasticsearch security LDAP realm.

    Attributes:
        id: The identifier for the security realm
        name: The friendly name of the security realm
        urls: The LDAP URLs used to authenticate against, in the format ldap[s]://server:port. Note that ldap
            and ldaps protocols cannot be mixed together.
        bind_anonymously: When true, bindDb credentials are ignored
        bind_type: The type of user binding to apply
        group_search: The group search configuration for the Elasticsearch security LDAP realm.
        user_search: The user search configuration for the Elasticsearch security LDAP realm.
        user_dn_templates: The distinguished name template that replaces the user name with the string {0}. Only used when
            bind_type is set to 'user_templates'.
        bind_dn: The distinguished name of the user that is used to bind to the LDAP and perform searches. Only
            used when bind_type is set to 'user_search'.
        bind_password: The user password that is used to bind to the LDAP server. Only used when bind_type is set to
            'user_search'. (A secret: left out of repr.)
        user_group_attribute: Specifies the attribute to examine on the user for group membership. If any 'group_search'
            settings are specified, this setting is ignored. Defaults to 'memberOf'.
        load_balance: The load balancing configuration for the Elasticsearch security LDAP realm.
        certificate_url: The SSL trusted CA certificate bundle URL. The bundle should be a zip file containing a single
            keystore file 'keystore.ks' in the directory '/ldap/:id/truststore', where :id is the value of
            the [id] field.
        certificate_url_truststore_password: The password to the certificate bundle URL truststore (A secret: left out of repr.)
        certificate_url_truststore_type: The format of the truststore file. Should be jks to use the Java Keystore format or PKCS12 to
            use PKCS#12 files.  The default is jks.
        role_mappings: The role mapping ruleset for the Elasticsearch security LDAP realm.
        enabled: When true, enables the security realm
        order: The order that the security realm is evaluated
        override_yaml: Advanced configuration options in YAML format. Any settings defined here will override any
            configuration set via the API. Note that all keys should omit the
            'xpack.security.authc.realms.ldap.{realm_id}' prefix. For example, when the realm ID is set to
            'ldap1', the advanced configuration
            'xpack.security.authc.realms.ldap.ldap1.ssl.verification_mode: full' should be added as
            'ssl.verification_mode: full'.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    urls: list[str]
    bind_anonymously: bool
    bind_type: LdapSettingsBindType
    group_search: LdapGroupSearch | Unset | None = UNSET
    user_search: LdapUserSearch | Unset | None = UNSET
    user_dn_templates: list[str] | Unset | None = UNSET
    bind_dn: str | Unset = UNSET
    bind_password: str | Unset = _field(default=UNSET, repr=False)
    user_group_attribute: str | Unset = UNSET
    load_balance: LdapSecurityRealmLoadBalance | Unset | None = UNSET
    certificate_url: str | Unset = UNSET
    certificate_url_truststore_password: str | Unset = _field(default=UNSET, repr=False)
    certificate_url_truststore_type: LdapSettingsCertificateUrlTruststoreType | Unset = UNSET
    role_mappings: LdapSecurityRealmRoleMappingRules | Unset | None = UNSET
    enabled: bool | Unset = UNSET
    order: int | Unset = UNSET
    override_yaml: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("urls", "urls", None),
        ("bind_anonymously", "bind_anonymously", None),
        ("bind_type", "bind_type", ("enum", "LdapSettingsBindType")),
        ("group_search", "group_search", "LdapGroupSearch"),
        ("user_search", "user_search", "LdapUserSearch"),
        ("user_dn_templates", "user_dn_templates", None),
        ("bind_dn", "bind_dn", None),
        ("bind_password", "bind_password", None),
        ("user_group_attribute", "user_group_attribute", None),
        ("load_balance", "load_balance", "LdapSecurityRealmLoadBalance"),
        ("certificate_url", "certificate_url", None),
        ("certificate_url_truststore_password", "certificate_url_truststore_password", None),
        (
            "certificate_url_truststore_type",
            "certificate_url_truststore_type",
            ("enum", "LdapSettingsCertificateUrlTruststoreType"),
        ),
        ("role_mappings", "role_mappings", "LdapSecurityRealmRoleMappingRules"),
        ("enabled", "enabled", None),
        ("order", "order", None),
        ("override_yaml", "override_yaml", None),
    )
    __ece_extra__ = None
