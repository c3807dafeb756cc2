"""The routines to pick from, and the files opened lately."""

from __future__ import annotations

from pathlib import Path

from warmup_gui.core.library import KEEP_RECENT, file_name_for, remembered, routine_files


def test_routine_files_are_the_yaml_files_by_name(tmp_path: Path) -> None:
    for name in ("b.yaml", "A.yml", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    assert [p.name for p in routine_files(tmp_path)] == ["A.yml", "b.yaml"]
    assert routine_files(tmp_path / "missing") == []


def test_recent_files_newest_first_each_once(tmp_path: Path) -> None:
    paths = [tmp_path / f"{n}.yaml" for n in range(KEEP_RECENT + 2)]
    recent: list[Path] = []
    for path in paths:
        recent = remembered(recent, path)
    assert recent == list(reversed(paths))[:KEEP_RECENT]
    assert remembered(recent, paths[-3])[:2] == [paths[-3], paths[-1]]


def test_file_names_from_titles() -> None:
    assert file_name_for("Calf and hip stretch") == "calf-and-hip-stretch.yaml"
    assert file_name_for("Ölçü / 5×") == "ölçü-5.yaml"
    assert file_name_for("***") == "routine.yaml"
