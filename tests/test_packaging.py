"""The source distribution carries the whole project, and the metadata says what it is."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# What .gitignore keeps out of the repository, plus version control itself.
NOT_SOURCE = {".git", ".gitignore", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache",
              ".ruff_cache", ".hypothesis", "build", "dist"}


def _is_source(rel: Path) -> bool:
    return not any(part in NOT_SOURCE or part.startswith(".venv-py") or part.endswith(".egg-info")
                   for part in rel.parts)


def _source_files() -> set[str]:
    return {p.relative_to(REPO).as_posix() for p in REPO.rglob("*")
            if p.is_file() and _is_source(p.relative_to(REPO))}


@pytest.fixture(scope="module")
def sdist_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The files of an sdist built (offline, by setuptools itself) from a clean copy."""
    pytest.importorskip("setuptools", reason="the test extra installs setuptools")
    tree = tmp_path_factory.mktemp("tree") / "warmup-gui"
    shutil.copytree(REPO, tree, ignore=lambda folder, names: [
        n for n in names if not _is_source(Path(n))])
    out = tmp_path_factory.mktemp("dist")
    code = ("import sys, setuptools.build_meta as b; "
            "print(b.build_sdist(sys.argv[1]))")
    result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=tree,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    name = result.stdout.strip().splitlines()[-1]
    with tarfile.open(out / name) as tar:
        top = name.removesuffix(".tar.gz")
        return {m.name.removeprefix(top + "/") for m in tar.getmembers() if m.isfile()}


def test_sdist_holds_every_source_file(sdist_names: set[str]) -> None:
    missing = sorted(_source_files() - sdist_names)
    assert not missing, f"not in the sdist: {missing}"


def test_sdist_has_licence_docs_tests_and_data(sdist_names: set[str]) -> None:
    for name in ("LICENSE", "README.md", "docs/routine-format.md", "docs/workout.png",
                 "tests/conftest.py", "routines/hamstring_warmup.yaml",
                 "assets/sounds/chime.wav", "PKG-INFO"):
        assert name in sdist_names, name
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in sdist_names)


def test_licence_is_the_one_pyproject_names() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "WITHOUT WARRANTY OF ANY KIND" in text


def test_metadata_has_urls_classifiers_and_both_entry_points() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert {"Homepage", "Source", "Issues"} <= set(project["urls"])
    assert all(url.startswith("https://") for url in project["urls"].values())
    classifiers = project["classifiers"]
    assert "License :: OSI Approved :: MIT License" not in classifiers  # license= says it
    assert any(c.startswith("Programming Language :: Python :: 3.11") for c in classifiers)
    # The window has no console on Windows; the command-line modes need one.
    assert project["gui-scripts"]["warmup-gui"] == "warmup_gui.cli:main"
    assert project["scripts"]["warmup-gui-cli"] == "warmup_gui.cli:main"
