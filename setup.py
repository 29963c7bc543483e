"""Build hook: the top-level ``models/`` folder ships inside the wheel as ``kemiskinan_ie/models``.

Everything else about the build is in ``pyproject.toml``. An editable install (``pip install -e``)
reads ``models/`` from the source tree instead (see ``kemiskinan_ie.pipeline.models_dir``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

MODELS = Path(__file__).resolve().parent / "models"


class BuildPyWithModels(build_py):
    """``build_py`` that also copies ``models/`` into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False) or not MODELS.is_dir():
            return
        dest = Path(self.build_lib) / "kemiskinan_ie" / "models"
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(MODELS, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildPyWithModels})
