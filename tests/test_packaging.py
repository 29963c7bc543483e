"""A built wheel carries the shipped models and data, and the installed library finds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools")
    out = tmp_path_factory.mktemp("wheel")
    src = tmp_path_factory.mktemp("src")  # build from a copy: the checkout gets no build/ folder
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.so")
    for name in ("kemiskinan_ie", "models"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=600,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr[-400:]}")
    (whl,) = out.glob("kemiskinan_ie-*.whl")
    return whl


def test_wheel_contains_models_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for rel in (p.relative_to(ROOT).as_posix() for p in (ROOT / "models").rglob("*") if p.is_file()):
        assert "kemiskinan_ie/" + rel in names, rel
    assert "kemiskinan_ie/data/titles.yaml" in names
    assert "kemiskinan_ie/py.typed" in names
    assert not any(n.startswith("models/") for n in names)  # no stray top-level package


def test_installed_wheel_loads_its_own_models(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import kemiskinan_ie, kemiskinan_ie.pipeline as p;"
        "print(p.models_dir());"
        "print('kie_crf_ner' in kemiskinan_ie.load(ner=True).pipe_names)"
    )
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    models, has_crf = proc.stdout.split()
    assert Path(models) == site / "kemiskinan_ie" / "models"
    assert has_crf == "True"
