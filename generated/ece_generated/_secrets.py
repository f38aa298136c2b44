# Copied verbatim from swagger/ece_codegen/runtime/_secrets.py by `make generate`: edit that file, not this copy.
"""Which names and values are secrets: the one rule behind hidden model fields and masked URLs.

The generator asks :func:`is_secret_field` for every model field (a secret field
is left out of the model's ``repr``); the ``ece_async`` facade asks
:func:`is_secret_name` for every query parameter it shows in an error, log or
hook event.  Free-form values (``additional_properties``, ``Any`` fields) are
shown through :func:`masked_repr`, which masks the secret-named keys inside.

Names are split into words (``snake_case``, ``kebab-case``, ``camelCase`` and
dotted names alike), so ``cookie_secret`` and ``X-Amz-Signature`` are secrets
while ``transport_passthrough`` (``pass``), ``tokenizer`` and ``keys`` (a list of
key ids) are not.  A name that ends in a word naming metadata *about* a secret
(``token_id``, ``refresh_token_url``, ``session_expiration_time``) is not a
secret itself, unless that tail is part of a secret pair (``session_id``).

Hiding too much only costs a field in a ``repr``; hiding too little leaks a
credential into a log, so the word lists lean towards hiding.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

#: Words that make a name a secret wherever they appear in it.
SECRET_WORDS: frozenset[str] = frozenset(
    {"auth", "authorization", "bearer", "cookie", "cookies", "jwt", "passcode", "pwd", "signature"}
)

#: Endings that make a word a secret, also run together (``accesstoken``, ``clientsecret``) or plural.
SECRET_STEMS: tuple[str, ...] = (
    "accesskey",
    "apikey",
    "credential",
    "passphrase",
    "passwd",
    "password",
    "privatekey",
    "secret",
    "secretkey",
    "sessionid",
    "token",
)

#: Adjacent words that together make a name a secret.
SECRET_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {
        ("access", "key"),
        ("api", "key"),
        ("private", "key"),
        ("session", "id"),
        ("session", "key"),
        ("signing", "key"),
    }
)

#: Whole names (words joined) that are secrets on their own.
SECRET_NAMES: frozenset[str] = frozenset({"key", "pass", "session", "sig"})

#: Last words that make a name describe a secret instead of holding one.
METADATA_WORDS: frozenset[str] = frozenset(
    {
        "at",
        "count",
        "date",
        "enabled",
        "expiration",
        "expires",
        "id",
        "ids",
        "length",
        "millis",
        "name",
        "names",
        "seconds",
        "time",
        "type",
        "types",
        "uri",
        "url",
        "version",
    }
)

#: Words that mark a *model* as holding a secret (``KeystoreSecret``, ``ClusterCredentials``).
SECRET_MODEL_WORDS: frozenset[str] = frozenset(
    {"credential", "credentials", "keystore", "password", "passwords", "secret", "secrets"}
)

#: Fields that carry the value of a secret-holding model (``KeystoreSecret.value``).
VALUE_FIELDS: frozenset[str] = frozenset(
    {"content", "contents", "data", "payload", "plaintext", "value", "values"}
)

MASK = "***"

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_SECRET_DESCRIPTION = re.compile(r"\b(secret|password|credential)s?\b", re.IGNORECASE)


def words(name: str) -> list[str]:
    """The lower-case words of a name in any of the usual spellings."""
    return [word.lower() for word in _WORD.findall(name)]


def is_secret_name(name: str) -> bool:
    """True for a field, parameter or key name that names a secret value."""
    parts = words(name)
    if not parts:
        return False
    if "".join(parts) in SECRET_NAMES:
        return True
    pairs = set(itertools.pairwise(parts))
    if parts[-1] in METADATA_WORDS and (len(parts) < 2 or (parts[-2], parts[-1]) not in SECRET_PAIRS):
        return False
    return any(_is_secret_word(part) for part in parts) or not SECRET_PAIRS.isdisjoint(pairs)


def _is_secret_word(word: str) -> bool:
    if word in SECRET_WORDS:
        return True
    return (word[:-1] if word.endswith("s") else word).endswith(SECRET_STEMS)


def is_secret_model(name: str, description: str = "") -> bool:
    """True for a model whose name or description says it holds a secret (``KeystoreSecret``)."""
    return not SECRET_MODEL_WORDS.isdisjoint(words(name)) or bool(_SECRET_DESCRIPTION.search(description))


def is_secret_field(field: str, model: str = "", model_description: str = "") -> bool:
    """True for a model field to keep out of reprs: a secret name, or the value of a secret model."""
    if is_secret_name(field):
        return True
    return field.lower() in VALUE_FIELDS and is_secret_model(model, model_description)


def mask(value: Any) -> Any:
    """A copy of a JSON-like value with the values of secret-named keys replaced by :data:`MASK`."""
    if isinstance(value, dict):
        return {
            key: MASK if isinstance(key, str) and is_secret_name(key) else mask(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [mask(item) for item in value]
    return value


def masked_repr(value: Any) -> str:
    """``repr`` of a free-form value with secret-named keys masked (for attrs ``field(repr=...)``)."""
    return repr(mask(value))


__all__ = [
    "MASK",
    "is_secret_field",
    "is_secret_model",
    "is_secret_name",
    "mask",
    "masked_repr",
    "words",
]
