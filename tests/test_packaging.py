"""What a non-editable install gets: every package and data file of extract/ and models/, and
nothing else at the top level. setuptools' `build_py` (the step that fills a wheel) runs on a
copy of the sources, so nothing is written into the working tree."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("extract", "models")  # the import names, see README "Choices where ..."
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo")


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")}


def test_the_built_package_holds_every_module_and_data_file(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, src / package, ignore=SKIP)
    lib = tmp_path / "lib"
    build = f"from setuptools import setup; setup(script_args=['-q', 'build_py', " \
            f"'--build-lib', {str(lib)!r}])"
    subprocess.run([sys.executable, "-c", build], cwd=src, check=True, capture_output=True)
    expected = _files(src) - {"pyproject.toml", "README.md"}
    expected = {f for f in expected if f.split("/")[0] in PACKAGES}
    built = _files(lib)
    assert sorted(expected - built) == []  # e.g. extract/writers/*.py, extract/lexicon/*.py
    assert {f.split("/")[0] for f in built} == set(PACKAGES)  # no tests/, bench/, scripts/
    subpackages = {p.parent.relative_to(src).as_posix() for p in src.rglob("__init__.py")}
    assert {"extract/writers", "extract/lexicon", "extract/components/organisations"} \
        <= subpackages <= {Path(f).parent.as_posix() for f in built}


def test_the_console_script_points_at_a_packaged_function():
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, _, function = scripts["news-extract"].partition(":")
    assert module.split(".")[0] in PACKAGES
    assert callable(getattr(__import__(module, fromlist=[function]), function))
