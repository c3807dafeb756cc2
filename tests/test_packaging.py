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
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean copy of the source tree, as a fresh checkout has it."""
    pytest.importorskip("setuptools", reason="the test extra installs setuptools")
    tree = tmp_path_factory.mktemp("tree") / "warmup-gui"
    shutil.copytree(REPO, tree, ignore=lambda folder, names: [
        n for n in names if not _is_source(Path(n))])
    return tree


def build(tree: Path, kind: str, out: Path) -> Path:
    """Build with setuptools' own backend, offline (what ``python -m build`` calls)."""
    code = f"import sys, setuptools.build_meta as b; print(b.build_{kind}(sys.argv[1]))"
    result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=tree,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "would be ignored" not in result.stderr, result.stderr[-3000:]
    return out / result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def sdist_names(tree: Path, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The files of an sdist built from a clean copy."""
    sdist = build(tree, "sdist", tmp_path_factory.mktemp("dist"))
    name = sdist.name
    with tarfile.open(sdist) as tar:
        top = name.removesuffix(".tar.gz")
        return {m.name.removeprefix(top + "/") for m in tar.getmembers() if m.isfile()}


def test_sdist_holds_every_source_file(sdist_names: set[str]) -> None:
    missing = sorted(_source_files() - sdist_names)
    assert not missing, f"not in the sdist: {missing}"


def test_sdist_has_licence_docs_tests_and_data(sdist_names: set[str]) -> None:
    for name in ("LICENSE", "README.md", "docs/routine-format.md", "docs/workout.png",
                 "tests/conftest.py", "routines/hamstring_warmup.yaml",
                 "assets/sounds/chime.wav",
                 "assets/translations/warmup_de.ts", "tools/translations.py", "PKG-INFO"):
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


def test_the_wheel_carries_the_desktop_files_and_both_entry_points(
        tree: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    import zipfile

    from warmup_gui import APP_ID
    from warmup_gui.desktop import ICON_SIZES

    wheel = build(tree, "wheel", tmp_path_factory.mktemp("wheel"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names
                            if n.endswith(".dist-info/entry_points.txt"))
    folder = "warmup_gui/assets/desktop/"
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.svg",
                 *(f"icons/{size}.png" for size in ICON_SIZES)):
        assert folder + name in names, name
    assert "warmup_gui/routines/hamstring_warmup.yaml" in names
    assert {"warmup_gui/assets/translations/warmup_de.qm",
            "warmup_gui/assets/translations/warmup_en.qm"} <= names
    assert "[console_scripts]\nwarmup-gui-cli = warmup_gui.cli:main" in entry_points
    assert "[gui_scripts]\nwarmup-gui = warmup_gui.cli:main" in entry_points
