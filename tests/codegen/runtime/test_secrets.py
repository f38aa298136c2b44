"""The one secret rule (ece_codegen.runtime._secrets): names, secret-holding models, masked reprs."""

from __future__ import annotations

import pytest

from ece_codegen.runtime._secrets import (
    MASK,
    is_secret_field,
    is_secret_model,
    is_secret_name,
    mask,
    masked_repr,
)

SECRET_NAMES = [
    "password",
    "bind_password",
    "certificate_url_truststore_password",
    "cookie_secret",
    "secrets",
    "token",
    "tokens",
    "secret_session_key",
    "credentials",
    "key",
    "api_key",
    "apiKey",
    "APIKey",
    "X-Amz-Signature",
    "X-Amz-Security-Token",
    "access_token",
    "accesstoken",
    "clientSecret",
    "private_key",
    "auth",
    "Authorization",
    "session_id",
    "JSESSIONID",
    "password_hash",
    "sig",
    "passcode",
    "passphrase",
    "ssl_key_passphrase",
    "keyPassphrase",
    "sslkeypassphrases",
    "xpack.notification.email.account.x.smtp.secure_password",
]

PLAIN_NAMES = [
    "name",
    "keys",
    "keystore_contents",
    "transport_passthrough",
    "tokenizer",
    "force_authn",
    "auths",
    "token_id",
    "api_key_id",
    "refresh_token_url",
    "session_expiration_time",
    "cookie_name",
    "signature_valid_for_millis",
    "public_key",
    "xpack.security.authc.token.enabled",
    "",
]


@pytest.mark.parametrize("name", SECRET_NAMES)
def test_secret_names(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize("name", PLAIN_NAMES)
def test_plain_names(name: str) -> None:
    assert not is_secret_name(name)


def test_models_holding_a_secret_hide_their_value_fields() -> None:
    description = "The value that you configure for the Elasticsearch keystore secret."
    assert is_secret_model("KeystoreSecret") and is_secret_model("Thing", description)
    assert is_secret_model("ClusterCredentials")
    assert not is_secret_model("DeploymentGetResponse", "Secretariat of the deployment")
    assert is_secret_field("value", "KeystoreSecret", description)
    assert not is_secret_field("as_file", "KeystoreSecret", description)
    assert not is_secret_field("value", "SettingValue", "A setting.")
    assert is_secret_field("password", "ClusterCredentials")


def test_free_form_values_show_with_secret_keys_masked() -> None:
    value = {"user": "u", "password": "p4ss", "nested": [{"token": "t0k", "n": 1}], 7: "seven"}
    assert mask(value) == {"user": "u", "password": MASK, "nested": [{"token": MASK, "n": 1}], 7: "seven"}
    assert "p4ss" not in masked_repr(value) and "t0k" not in masked_repr(value)
    assert value["password"] == "p4ss"
    assert mask("scalar") == "scalar"
