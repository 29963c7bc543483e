"""The notebooks in notebooks/ run top to bottom (nbclient, the venv's python3 kernel, no network)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.fixture()
def venv_kernel(tmp_path, monkeypatch) -> str:
    """A ``python3`` kernelspec that runs this interpreter, found before any system-wide one."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (kemiskinan_ie venv)",
        "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    return "python3"


def _run(name: str, kernel: str):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name=kernel, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    return nb


def _outputs(nb, mime: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if mime in o.get("data", {})]


def _stream(nb) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                   if o.get("output_type") == "stream")


def test_quickstart_runs(venv_kernel):
    nb = _run("quickstart.ipynb", venv_kernel)
    html = [o["data"]["text/html"] for o in _outputs(nb, "text/html")]
    assert any("kie-viz" in h for h in html), "show() displayed no visualisation"
    assert _outputs(nb, "image/png"), "no plot"
    text = _stream(nb)
    assert "hand-annotated: 1 conflicting rows" in text  # 2022: 3,41 vs 4,31 persen
    assert "extracted:" in text


def test_evaluation_runs(venv_kernel):
    nb = _run("evaluation.ipynb", venv_kernel)
    assert len(_outputs(nb, "image/png")) >= 2, "per-metric and entity charts missing"
    text = _stream(nb)
    assert "3 gold articles" in text
    assert "misses," in text
    html = [o["data"]["text/html"] for o in _outputs(nb, "text/html")]
    assert any("GOLD " in h for h in html)
