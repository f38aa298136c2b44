"""Models and operations load on first use, so ``import ece_async`` stays cheap."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import ece_async
before = sorted(m for m in sys.modules if m.startswith("ece_generated."))
from ece_async import models
cls = models.DeploymentGetResponse
after = sorted(m for m in sys.modules if m.startswith("ece_generated.models."))
print(json.dumps({"before": before, "after": after, "name": cls.__name__}))
"""


def test_import_loads_no_model_or_operation_modules() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    assert not [m for m in report["before"] if m.startswith(("ece_generated.models.", "ece_generated.api."))]
    assert report["after"] == ["ece_generated.models.deployment_get_response"]
    assert report["name"] == "DeploymentGetResponse"


def test_models_namespace_lists_every_model_without_importing_them() -> None:
    from ece_async import models

    names = dir(models)
    assert "DeploymentGetResponse" in names and "SearchRequest" in names
    assert len(names) > 600
