"""Routine text is shown as plain text, and illustration ids cannot reach outside safe folders.

A routine file may come from anyone; markup in it (an <img> that loads a URL, a link, bold)
must show literally, never be interpreted by QLabel's rich-text engine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import Qt  # QtGui's Qt also has mightBeRichText
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from warmup_gui.core.assets import ILLUSTRATIONS_DIR, illustration_path
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import StepKind
from warmup_gui.core.loader import RoutineError, parse_routine
from warmup_gui.core.record import replace
from warmup_gui.core.routine import Routine
from warmup_gui.qt.main_window import MainWindow

MARKUP = {
    "img": "<img src=x>",
    "link": '<a href="http://x">link</a>',
    "bold": "<b>bold</b>",
}


def with_markup(routine: Routine, markup: str) -> tuple[Routine, dict[str, str]]:
    """The routine with markup in every text field the screens show, each field distinct."""
    texts = {field: f"{markup} {field}" for field in (
        "title", "description", "name", "summary", "safety", "position_name", "position_cue",
        "move_top", "move_out", "move_back", "equipment", "use")}
    first = routine.exercises[0]
    position = replace(first.positions[0], name=texts["position_name"],
                                   cue=texts["position_cue"])
    exercise = replace(
        first, name=texts["name"], summary=texts["summary"], safety=texts["safety"],
        positions=(position, *first.positions[1:]),
        movement=replace(first.movement, top=texts["move_top"],
                                     out=texts["move_out"], back=texts["move_back"]),
    )
    equipment = replace(routine.equipment[0], name=texts["equipment"],
                                    use=texts["use"])
    changed = replace(
        routine, title=texts["title"], description=texts["description"],
        exercises=(exercise, *routine.exercises[1:]),
        equipment=(equipment, *routine.equipment[1:]),
    )
    return changed, texts


def labels_with(window: MainWindow, markup: str) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if markup in label.text()]


def assert_plain(label: QLabel, expected: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), label.text())
    assert label.text() == expected


@pytest.mark.parametrize("kind", sorted(MARKUP))
def test_routine_text_is_shown_as_plain_text(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                             kind: str) -> None:
    markup = MARKUP[kind]
    changed, texts = with_markup(routine, markup)
    clock = FakeClock()
    window = MainWindow(changed, bundled_path, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # The overview: title, description, the exercise's name and dosage line, the equipment.
    assert_plain(window.overview.title, texts["title"])
    assert_plain(window.overview.description, texts["description"])
    overview_texts = [label.text() for label in window.overview.findChildren(QLabel)]
    assert texts["name"] in overview_texts
    assert f"{changed.exercises[0].dosage} · {texts['summary']}" in overview_texts
    assert f"• {texts['equipment']}" in overview_texts
    seen = labels_with(window, markup)
    assert len(seen) >= 5
    for label in seen:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()

    # The get-ready countdown: name, position, its cue, the safety note.
    window.start_workout()
    workout = window.workout
    assert window.bridge.state.step.kind is StepKind.GET_READY
    assert_plain(workout.name, texts["name"])
    assert_plain(workout.position, texts["position_name"])
    assert_plain(workout.cue, texts["position_cue"])
    assert_plain(workout.safety, texts["safety"])

    # The first block of reps: the movement cue and the position cue.
    clock.advance(changed.get_ready_s)
    window.bridge.tick()
    assert window.bridge.state.step.kind is StepKind.WORK
    assert_plain(workout.cue, texts["move_top"])
    clock.advance(changed.exercises[0].movement.top_s)
    window.bridge.tick()
    assert_plain(workout.cue, texts["move_out"])
    assert_plain(workout.detail, texts["position_cue"])
    half_rep = changed.exercises[0].tempo_s / 2 + 0.01
    breath = changed.exercises[0].breath
    clock.advance(half_rep + (breath.duration_s if breath else 0.0))
    window.bridge.tick()
    assert_plain(workout.cue, texts["move_back"])

    seen = labels_with(window, markup)
    assert {id(workout.name), id(workout.cue), id(workout.safety)} <= {id(s) for s in seen}
    for label in seen:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    window.bridge.pause()  # no timer left running


@pytest.mark.parametrize("kind", sorted(MARKUP))
def test_the_check_can_tell_rich_text(qtbot: QtBot, kind: str) -> None:
    """A QLabel left on AutoText treats this markup as rich text; the checks above catch that."""
    assert Qt.mightBeRichText(MARKUP[kind])
    label = QLabel(MARKUP[kind])
    qtbot.addWidget(label)
    with pytest.raises(AssertionError):
        assert_plain(label, MARKUP[kind])


# --- illustration ids -------------------------------------------------------------------------

BAD_IDS = ["../../etc/passwd", "../x", "..", ".", "/etc/passwd", "a/b", "a\\b", "a.b",
           "toe_touch_toes_up_top.svg", "toe_touch_toes_up_top/../supine_flat", "~root",
           "./supine_flat", "supine_flat/", "supine_flat\x00", "", " supine_flat", "Supine_flat",
           "%2e%2e", "a" * 65]


@pytest.mark.parametrize("bad_id", BAD_IDS)
def test_an_id_with_a_path_in_it_finds_nothing(tmp_path: Path, bad_id: str) -> None:
    routine_dir = tmp_path / "routine"
    (routine_dir / "illustrations").mkdir(parents=True)
    # Files an escaping id could reach, if ids were joined into paths unchecked.
    (tmp_path / "x.svg").write_text("<svg/>")
    (routine_dir / "illustrations" / "a.b.svg").write_text("<svg/>")
    assert illustration_path(bad_id, routine_dir) is None
    assert illustration_path(bad_id) is None


def test_plain_ids_are_found_in_the_routine_folder_then_the_bundled_set(tmp_path: Path) -> None:
    """The bad ids above find nothing because they are refused, not because lookup is broken."""
    routine_dir = tmp_path / "routine"
    (routine_dir / "illustrations").mkdir(parents=True)
    own = routine_dir / "illustrations" / "my_pose.svg"
    own.write_text("<svg/>")
    assert illustration_path("my_pose", routine_dir) == own
    assert illustration_path("supine_flat", routine_dir) == ILLUSTRATIONS_DIR / "supine_flat.svg"
    assert illustration_path("supine_flat") == ILLUSTRATIONS_DIR / "supine_flat.svg"
    assert illustration_path("no_such_pose", routine_dir) is None


def test_the_loader_refuses_a_path_as_an_illustration_id(bundled_path: Path) -> None:
    text = bundled_path.read_text(encoding="utf-8")
    old = "illustration: {start: nerve_floss_bent, end: nerve_floss_straight}"
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    with pytest.raises(RoutineError) as caught:
        parse_routine(text.replace(old, 'illustration: {start: "../x", end: y}'), "r.yaml")
    problems = caught.value.problems
    assert [p.field for p in problems] == ["exercises[1].illustration.start"]
    assert str(problems[0]).startswith(f"r.yaml:{line}: exercises[1].illustration.start: ")
    assert "'../x'" in problems[0].message
