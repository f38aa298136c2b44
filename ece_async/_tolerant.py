"""Reading server data that breaks the spec, without raising.

Real ECE servers omit fields the spec calls required, send null where it says
array, and add values it does not list.  The decoded models keep all of that
as sent (``UNSET``, ``None``, raw values), so code that walks them for a
report or a decision reads through these helpers: any step that is missing,
null or of an unexpected type yields ``None`` (or an empty list), never an
exception.  The same helpers walk plain JSON (dicts and lists, as
``ECEClient.request`` returns them), which is what the fleet audit reads: the
fields it needs have the same names in JSON as on the models.
"""

from __future__ import annotations

from typing import Any

from ._generated import UNSET, Model

#: The resource kinds of a deployment (the lists of ``DeploymentResources``), in the spec's order.
RESOURCE_KINDS = ("elasticsearch", "kibana", "apm", "appsearch", "enterprise_search", "integrations_server")


def at(value: object, *names: str) -> Any:
    """``value.a.b.c`` through models or JSON objects; ``None`` as soon as a step is missing."""
    for name in names:
        if type(value) is dict:
            value = value.get(name)
        elif isinstance(value, Model):
            value = getattr(value, name, None)
            if value is UNSET:
                return None
        else:
            return None
    return value


def objects(value: object) -> list[Any]:
    """The object items of a list: models or JSON objects (other items and non-lists are dropped)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, (Model, dict))]


def items(value: object) -> list[Any]:
    """A list as sent, or an empty one for null, missing or non-list values."""
    return value if isinstance(value, list) else []


def models(value: object) -> list[Model]:
    """The model items of a list (other items and non-lists are dropped)."""
    return [item for item in value if isinstance(item, Model)] if isinstance(value, list) else []


def flag(value: object) -> bool | None:
    """A boolean as sent, ``None`` for anything else."""
    return value if isinstance(value, bool) else None


def text(value: object) -> str | None:
    """A string as sent (an enum member as its value), an integer as its digits, ``None`` otherwise."""
    if isinstance(value, str):
        return str(value)  # OpenEnum.__str__ is its value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


# Here, beside the readers it is made of, rather than in plans (which re-exports it): the
# audit judges plan attempts without loading plan tracking's records.
def plan_attempt_failed(info: object) -> bool:
    """Whether one plan attempt (a ``*PlanInfo``, or its JSON) failed: plan tracking's and the audit's rule.

    Each signal alone is enough, because servers set them unevenly: ``healthy``
    false, an ``error`` object, or a step of ``plan_attempt_log`` with status
    ``error`` (logs are only present with ``show_plan_logs``).
    """
    if flag(at(info, "healthy")) is False or isinstance(at(info, "error"), (Model, dict)):
        return True
    log = at(info, "plan_attempt_log")
    if not log:  # the common case (no logs asked for): no list to filter
        return False
    return any(text(at(entry, "status")) == "error" for entry in objects(log))
