"""Reading the audit's TOML files (profiles, rules) with errors that name the file, not a traceback."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def read_toml(path: str | Path, error: type[Exception]) -> dict[str, Any]:
    """The parsed file; ``error(message)`` for a missing, unreadable or malformed file.

    The parser is imported here, not with the module: an audit given no ``--rules`` and no
    profile file (``--simulate``, flags or environment alone) never needs it.
    """
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 only
        import tomli as tomllib
    try:
        with open(path, "rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except OSError as exc:
        raise error(f"{path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML ({exc})") from None
