"""A client's settings (``ece_async/_config.py``, checks in ``ece_async/_settings.py``): stated once,
normalised and checked where they are given."""

from __future__ import annotations

from typing import Any

import pytest

from ece_async import ConfigurationError, RetryPolicy, Timeout
from ece_async._config import DEFAULT_MAX_CONCURRENCY, Settings
from ece_async.clock import SystemClock


def test_settings_normalise_what_they_are_given() -> None:
    settings = Settings(["https://c1:12443/", "https://c2:12443/api/v1"], timeout=5)
    assert settings.base_urls == ("https://c1:12443/api/v1", "https://c2:12443/api/v1")
    assert settings.timeout == Timeout(total=5.0)
    assert settings.max_concurrency == DEFAULT_MAX_CONCURRENCY
    assert settings.retry == RetryPolicy()
    assert isinstance(settings.clock, SystemClock)
    assert settings.user_agent.startswith("ece-async/")
    assert settings.replace(max_concurrency=4).max_concurrency == 4


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("max_concurrency", 0),
        ("rate_limit", -1.0),
        ("rate_burst", 0.5),
        ("group_limits", {"billing": 0}),
        ("user_agent", "agent\r\nX-Injected: 1"),
        ("trust_env", "yes"),
        ("max_response_bytes", 1.5),
        ("tls", "on"),
    ],
)
def test_a_bad_setting_is_refused_naming_it(name: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=name.split("_")[0]):
        Settings("https://ece.example:12443", **{name: value})


def test_a_half_built_record_still_prints() -> None:
    half = Settings.__new__(Settings)
    assert repr(half) == "Settings()"
