"""Benchmark: model decoding speed against the stock openapi-python-client, and import cost.

Measures, on the real ``deployment_template_get.json`` (8.6 KB) payload:
  * orjson.loads alone (the floor),
  * the stock openapi-python-client ``from_dict`` (generated on the fly into a temp dir
    from the same fixed-up spec, with the generator's own templates),
  * our ``from_dict`` (the cattrs-driven compiled hooks), and ``to_dict``;
then tries the stock models on the deployment samples (they fail), and reads the
cumulative ``import ece_async`` cost from ``python -X importtime``.

Exit status 1 when decoding is not at least 2x faster than stock (a ratio within one
run).  The import cost is reported, as milliseconds and as a ratio to aiohttp's import in
the same runs, but never fails the run: on a busy machine milliseconds measure the load.
Run: ``make bench`` (or ``.venv/bin/python scripts/bench_decode.py``).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import timeit
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "ece-api" / "samples"
SPEC = ROOT.parent / "shared" / "ece-api" / "swagger-ece-ms112.json"


def _best_us(fn: Any, number: int) -> float:
    runs = timeit.repeat(fn, number=number, repeat=7)
    return min(runs) / number * 1e6


def build_stock_models(spec_path: Path, workdir: Path) -> Path:
    """Generate the stock client (the generator's own templates) into workdir; return its root."""
    from ece_codegen import fixups, generate

    swagger = json.loads(spec_path.read_bytes())
    fixed = copy.deepcopy(swagger)
    fixups.apply_fixups(fixed)
    openapi3 = generate.convert_to_openapi3(fixed, workdir)
    source = workdir / "openapi3.json"
    source.write_text(json.dumps(openapi3), encoding="utf-8")
    out = workdir / "stock"
    cli = Path(sys.executable).parent / "openapi-python-client"
    proc = subprocess.run(
        [
            str(cli),
            "generate",
            "--path",
            str(source),
            "--output-path",
            str(out / "stock_ece"),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if not (out / "stock_ece" / "models" / "__init__.py").exists():
        raise SystemExit(f"stock generation failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return out


def _lazy_reads(data: dict[str, Any]) -> int:
    """What an audit does with a response body: decode lazily, read a dozen fields on one path."""
    from ece_generated._convert import decode

    deployment = decode("DeploymentGetResponse", data)
    seen = len(deployment.id) + len(deployment.name) + int(bool(deployment.healthy))
    for es in deployment.resources.elasticsearch:
        info = es.info
        seen += len(es.ref_id) + len(es.region) + len(info.cluster_id) + len(info.status)
        seen += len(info.topology.instances) + len(info.plan_info.history or ())
    return seen


def import_costs_ms(runs: int = 7) -> tuple[float, float]:
    """Median cumulative import time (ms) of ``ece_async`` on top of aiohttp/attrs/cattrs, and of aiohttp.

    Both come from the same ``-X importtime`` runs, so their ratio holds on a busy machine where
    the milliseconds do not.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "ece_async"), str(ROOT / "generated")],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    ours, theirs = [], []
    for _ in range(runs):
        proc = subprocess.run(
            [
                sys.executable,
                "-X",
                "importtime",
                "-c",
                "import aiohttp, attrs, cattrs; from ece_async import ECEClient",
            ],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        lines = proc.stderr.splitlines()
        # ``ece_async`` loads its submodules on first access, so they are roots of their own: sum them.
        roots = [ln for ln in lines if re.search(r"\| ece_[\w.]+$", ln)]
        ours.append(sum(int(line.split("|")[1]) for line in roots) / 1000)
        theirs.append(sum(int(ln.split("|")[1]) for ln in lines if re.search(r"\| aiohttp$", ln)) / 1000)
    return statistics.median(ours), statistics.median(theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    parser.add_argument("--spec", type=Path, default=SPEC)
    args = parser.parse_args()
    template_path = args.samples / "deployment_template_get.json"
    if not template_path.exists() or not args.spec.exists():
        print(f"needs {template_path} and {args.spec} (the shared ECE spec and samples)", file=sys.stderr)
        return 2

    import orjson

    from ece_async import models

    raw = template_path.read_bytes()
    data = orjson.loads(raw)
    ours = models.DeploymentTemplateInfoV2
    assert ours.from_dict(data).to_dict() == data

    with tempfile.TemporaryDirectory(prefix="ece-bench-") as tmp:
        stock_root = build_stock_models(args.spec, Path(tmp))
        sys.path.insert(0, str(stock_root))
        from stock_ece.models import DeploymentGetResponse as StockDeployment
        from stock_ece.models import DeploymentTemplateInfoV2 as StockTemplate

        results = {
            "orjson.loads (floor)": _best_us(lambda: orjson.loads(raw), 2000),
            "stock openapi-python-client from_dict": _best_us(lambda: StockTemplate.from_dict(data), 300),
            "ece_async from_dict": _best_us(lambda: ours.from_dict(data), 2000),
            "ece_async to_dict": _best_us(ours.from_dict(data).to_dict, 2000),
        }
        stock_failures = []
        for path in sorted(args.samples.glob("deployment_*_get.json")):
            if "template" in path.name:
                continue
            try:
                StockDeployment.from_dict(orjson.loads(path.read_bytes()))
            except Exception as exc:
                stock_failures.append(f"{path.name}: {type(exc).__name__}")
            else:
                stock_failures.append(f"{path.name}: decoded")

    big = args.samples / "deployment_integrations_server_get.json"
    if big.exists():
        big_data = orjson.loads(big.read_bytes())
        results["ece_async from_dict, 50 KB deployment"] = _best_us(
            lambda: models.DeploymentGetResponse.from_dict(big_data), 300
        )
        results["lazy decode + 12 reads, 50 KB deployment"] = _best_us(lambda: _lazy_reads(big_data), 300)

    print(f"decode of {template_path.name} ({len(raw)} bytes), best of 7 runs:")
    for name, micros in results.items():
        print(f"  {name:<42} {micros:8.1f} us")
    speedup = results["stock openapi-python-client from_dict"] / results["ece_async from_dict"]
    print(f"  speed-up over stock: {speedup:.1f}x (target >= 2x)")
    print("stock models on the real deployment samples:")
    for line in stock_failures:
        print(f"  {line}")
    cost, aiohttp_cost = import_costs_ms()
    print(
        f"import ece_async on top of aiohttp/attrs/cattrs: {cost:.1f} ms cumulative, "
        f"{cost / aiohttp_cost:.2f}x aiohttp's own import ({aiohttp_cost:.1f} ms) in the same runs"
        " (median of 7; reported, not gated: milliseconds follow the machine's load)"
    )
    return 0 if speedup >= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
