"""'This hurts', symptom scores, ratings, history and the personal routine, in the window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.qt.helpers import Calendar, show_window
from warmup_gui.core.clock import FakeClock
from warmup_gui.core.engine import Status, StepKind
from warmup_gui.core.history import HistoryStore, Rating
from warmup_gui.core.record import replace
from warmup_gui.core.routine import RepRange, Routine
from warmup_gui.qt.main_window import MainWindow


def open_window(qtbot: QtBot, routine: Routine, path: Path, tmp_path: Path,
                clock: FakeClock | None = None) -> MainWindow:
    return show_window(qtbot, routine, path, tmp_path, clock=clock, now=Calendar())


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key) -> None:
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and win.isAncestorOf(focus) else win, key)


def first_work(win: MainWindow, exercise_id: str) -> int:
    return next(i for i, s in enumerate(win.bridge.session.steps)
                if s.exercise.id == exercise_id and s.kind is StepKind.WORK)


def count_toe_touches(qtbot: QtBot, win: MainWindow, reps: int) -> None:
    """Start a workout and count ``reps`` reps of its first toe-touch block with Space."""
    win.start_workout()
    win.bridge.goto(first_work(win, "toe_touch_progression"))
    for _ in range(reps):
        press(qtbot, win, Qt.Key.Key_Space)


def end_here(qtbot: QtBot, win: MainWindow) -> None:
    """E, and Enter to confirm: the summary, with the ratings of what was done over it."""
    press(qtbot, win, Qt.Key.Key_E)
    assert win.confirm.isVisible() and win.bridge.session.status is Status.PAUSED
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.current_screen() is win.summary


def block_data_folder(tmp_path: Path) -> Path:
    """A file where the history folder should be: nothing can be saved until it goes."""
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be")
    return blocked


@pytest.mark.parametrize(("key", "choice"), [(Qt.Key.Key_1, "easier"),
                                             (Qt.Key.Key_2, "smaller"),
                                             (Qt.Key.Key_3, "fewer"),
                                             (Qt.Key.Key_4, "skip"),
                                             (Qt.Key.Key_Escape, "mistake")])
def test_this_hurts_pauses_offers_back_off_and_records(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        key: Qt.Key, choice: str) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    count_toe_touches(qtbot, win, 1)
    press(qtbot, win, Qt.Key.Key_H)
    assert win.care.pain.isVisible()
    assert win.bridge.session.status is Status.PAUSED
    assert win.care.pain.safety.text().startswith(routine.exercises[0].safety)
    assert "carry on" not in " ".join(b.text() for b in win.care.pain.choice_buttons.values())
    index = win.bridge.state.step_index
    press(qtbot, win, key)
    assert not win.care.pain.isVisible()
    if choice == "skip":  # on to nerve flossing, its symptoms asked beside the workout
        assert win.workout.score_aside.isVisible()
    assert win.bridge.session.status is Status.RUNNING
    state = win.bridge.state
    if choice == "fewer":
        assert state.step_index == index + 1  # the block ended with the reps done
    elif choice == "skip":
        assert state.step.exercise.id == "nerve_flossing"
    else:
        assert state.step_index == index
    if choice == "easier":
        easier = routine.exercises[0].easier
        assert easier is not None
        assert win.workout.detail.text() == f"{easier.name}: {easier.how}"
    record = win.journal.load().sessions[-1]
    assert [(f.exercise_id, f.choice.value) for f in record.pain_flags] == \
        [("toe_touch_progression", choice)]


def test_the_first_hurt_panel_keeps_the_keys_in_the_window(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    count_toe_touches(qtbot, win, 1)
    press(qtbot, win, Qt.Key.Key_H)  # its choices shown for the first time
    for _ in range(5):  # what the window system does with new windows, done
        QApplication.processEvents()
    assert win.care.pain.isVisible()
    # No choice became a window of its own for a moment, taking the keys away: Esc answers.
    assert QApplication.activeWindow() is win
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Escape)
    assert not win.care.pain.isVisible()


def test_the_hurt_button_does_the_same(qtbot: QtBot, routine: Routine, bundled_path: Path,
                                       tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    win.workout.hurt_button.click()
    assert win.care.pain.isVisible()


def test_the_hurt_button_beside_the_steps_does_the_same(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.resize(1280, 800)
    win.start_workout()
    assert win.workout.how_to.isVisible() and not win.workout.hurt_button.isVisible()
    win.workout.steps_hurt_button.click()
    assert win.care.pain.isVisible()


def test_history_keeps_each_rep_as_it_is_counted(qtbot: QtBot, routine: Routine,
                                                 bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    count_toe_touches(qtbot, win, 3)
    # As if the power went out now: what is on disk has every rep so far.
    on_disk = HistoryStore(tmp_path / "data").load_all().sessions
    assert len(on_disk) == 1
    assert on_disk[0].exercises["toe_touch_progression"].reps_done == 3
    assert not on_disk[0].finished


def test_garbage_twice_is_offered_to_skip_and_reset_brings_it_back(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "data")
    for day in (1, 2):
        record = store.start_session(datetime(2026, 10, day, 7), routine.title, bundled_path, 2)
        record.rate("supine_toe_touches", Rating.GARBAGE)
        record.rate("toe_touch_progression", Rating.GOLD)
        store.update(record)
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    overview = win.overview
    assert overview.suggested == ["supine_toe_touches"]
    assert "Alternate Supine Toe Touches garbage twice" in overview.offer_text.text()
    assert overview.marks["toe_touch_progression"].text() == "Gold for you"
    assert [e.id for e in overview.session_routine().exercises] == \
        ["toe_touch_progression", "nerve_flossing", "supine_toe_touches"]  # not before K
    press(qtbot, win, Qt.Key.Key_K)
    assert [e.id for e in overview.session_routine().exercises] == \
        ["toe_touch_progression", "nerve_flossing"]
    assert overview.marks["supine_toe_touches"].text() == "Skipped for you"
    again = open_window(qtbot, routine, bundled_path, tmp_path)  # remembered
    assert again.overview.skipped == {"supine_toe_touches"}
    press(qtbot, again, Qt.Key.Key_L)
    assert again.current_screen() is again.history
    again.history.reset_requested.emit()
    assert again.overview.skipped == set()
    assert again.overview.suggested == []  # only ratings after the reset count


def test_history_screen_opens_with_l_and_esc_goes_back(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    win.back_to_overview()
    press(qtbot, win, Qt.Key.Key_L)
    assert win.current_screen() is win.history
    assert len(win.history.visible_rows()) == 1
    press(qtbot, win, Qt.Key.Key_Escape)
    assert win.current_screen() is win.overview


def test_missing_equipment_offers_to_skip_what_needs_it(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.checklist is not None and win.current_screen() is win.checklist
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_4):  # no ramp
        press(qtbot, win, key)
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.checklist.offer_visible
    press(qtbot, win, Qt.Key.Key_S)
    assert win.current_screen() is win.workout
    assert [e.id for e in win.bridge.session.routine.exercises] == \
        ["nerve_flossing", "supine_toe_touches"]
    assert win.journal.load().sessions[-1].skipped == ["toe_touch_progression"]


def test_a_history_folder_that_cannot_be_written_does_not_stop_the_workout(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    block_data_folder(tmp_path)
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    with qtbot.waitSignal(win.journal.save_problem_changed) as failed:
        win.start_workout()
    assert failed.args[0].startswith("This session is not saved yet: ")
    assert win.bridge.session.status is Status.RUNNING
    assert win.overview.note.text() == failed.args[0]


def test_an_unsaved_session_says_so_until_it_is_saved_then_saves_every_rep(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    blocked = block_data_folder(tmp_path)
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    warning = win.workout.save_warning
    assert warning.isVisible() and warning.text().startswith("This session is not saved yet")
    assert win.journal.retry_timer.isActive()
    win.bridge.goto(first_work(win, "toe_touch_progression"))
    for _ in range(3):
        press(qtbot, win, Qt.Key.Key_Space)
    press(qtbot, win, Qt.Key.Key_M)  # a caption of its own takes the caption, not the warning
    assert win.workout.caption.text().startswith("Muted")
    assert warning.isVisible() and warning.text().startswith("This session is not saved yet")
    win.journal.retry_timer.timeout.emit()  # a retry while the folder is still blocked
    assert warning.isVisible()
    blocked.unlink()  # space freed, the folder can be made
    win.journal.retry_timer.timeout.emit()
    assert not warning.isVisible() and not win.journal.retry_timer.isActive()
    (record,) = win.journal.load().sessions
    assert record.exercises["toe_touch_progression"].reps_done == 3


def test_the_summary_says_a_session_is_not_saved_and_when_it_is(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    blocked = block_data_folder(tmp_path)
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    count_toe_touches(qtbot, win, 1)
    end_here(qtbot, win)
    press(qtbot, win, Qt.Key.Key_G)  # the one exercise done
    assert not win.care.panel_open()
    assert win.summary.save_note.text().startswith("This session is not saved yet")
    blocked.unlink()
    win.journal.retry_timer.timeout.emit()
    assert win.summary.save_note.text() == "Saved now: this session is in the history."
    (record,) = win.journal.load().sessions
    assert record.finished and record.reps_done == 1


def test_a_data_folder_that_cannot_be_made_still_opens_a_working_window(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("WARMUP_DATA_DIR", str(blocked / "warmup"))
    win = MainWindow(routine, bundled_path, clock=FakeClock(), now=Calendar())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.personal_loaded)
    assert win.overview.note.text().startswith("History cannot be kept: the data folder ")
    win.start_workout()
    assert win.bridge.session.status is Status.RUNNING
    assert win.workout.save_warning.isVisible()


def test_an_unreadable_history_file_is_kept_aside_and_said_so(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "data")
    good = store.start_session(datetime(2026, 10, 1, 7), routine.title, bundled_path, 2)
    bad = store.start_session(datetime(2026, 10, 2, 7), routine.title, bundled_path, 2)
    store.path_of(bad).write_bytes(store.path_of(bad).read_bytes()[:37])  # cut off mid-write
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    assert "could not be read and was kept aside as" in win.overview.note.text()
    assert [s.id for s in win.journal.load().sessions] == [good.id]
    assert store.path_of(bad).with_name(store.path_of(bad).name + ".corrupt").exists()


def test_going_back_to_the_overview_keeps_the_finished_session(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    count_toe_touches(qtbot, win, 3)
    end_here(qtbot, win)
    assert win.care.rating.isVisible()
    press(qtbot, win, Qt.Key.Key_G)  # only the exercise done is rated
    assert not win.care.panel_open()
    press(qtbot, win, Qt.Key.Key_Return)  # back to the overview: a fresh session waits
    assert win.current_screen() is win.overview
    (record,) = win.journal.load().sessions
    assert record.finished
    assert record.exercises["toe_touch_progression"].reps_done == 3
    assert list(record.ratings) == ["toe_touch_progression"]


def test_symptoms_are_asked_before_a_checked_exercise_that_comes_first_and_after_one_last(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    toe, floss, _ = routine.exercises
    reordered = replace(routine, exercises=(floss, toe), rounds=RepRange(1, 1))
    win = open_window(qtbot, reordered, bundled_path, tmp_path)
    win.start_workout()
    assert not win.care.panel_open()  # asked beside the workout, which goes on
    assert win.workout.score_aside.prompt.text().startswith(
        "Symptoms before Hamstring Nerve Flossing? 0 none")
    press(qtbot, win, Qt.Key.Key_3)
    assert not win.workout.score_aside.isVisible()
    assert win.bridge.session.status is Status.RUNNING
    win.bridge.goto(first_work(win, "nerve_flossing"))
    press(qtbot, win, Qt.Key.Key_Space)
    win.bridge.finish()
    assert win.current_screen() is win.summary
    assert win.care.symptoms.isVisible()  # owed before the ratings, at the very end
    assert win.care.symptoms.context.text() == "After Hamstring Nerve Flossing"
    press(qtbot, win, Qt.Key.Key_1)
    assert win.care.rating.isVisible()
    scores = win.journal.load().sessions[-1].symptoms["nerve_flossing"]
    assert (scores.before, scores.after) == (3, 1)


def test_skipping_the_last_exercise_ends_the_warm_up(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    steps = win.bridge.session.steps
    win.bridge.goto(max(i for i, s in enumerate(steps) if s.kind is StepKind.WORK))
    press(qtbot, win, Qt.Key.Key_H)
    press(qtbot, win, Qt.Key.Key_4)
    assert win.bridge.session.status is Status.FINISHED


def test_smaller_and_slower_slows_the_reps_on_the_clock_and_says_how_far(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    win = open_window(qtbot, routine, bundled_path, tmp_path, clock=clock)
    win.start_workout()
    win.bridge.goto(first_work(win, "nerve_flossing"))
    press(qtbot, win, Qt.Key.Key_1)  # symptoms 1 of 10 before: go ahead
    assert win.bridge.session.auto_count  # counted on the routine's tempo: 3 s a rep
    clock.advance(3.0)
    win.bridge.tick()
    assert win.bridge.state.reps == 1
    press(qtbot, win, Qt.Key.Key_H)
    press(qtbot, win, Qt.Key.Key_2)
    assert win.workout.caption.text().startswith("Smaller and slower")
    clock.advance(3.0)
    win.bridge.tick()
    assert win.bridge.state.reps == 1  # no longer 3 s a rep
    clock.advance(1.5)
    win.bridge.tick()
    assert win.bridge.state.reps == 2  # 4.5 s
    smaller = routine.exercises[1].smaller
    assert win.workout.detail.text() == smaller


def test_a_score_of_8_before_flossing_offers_to_back_off_and_says_why(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    win.bridge.goto(first_work(win, "nerve_flossing") - 1)  # its get-ready
    assert win.workout.score_aside.isVisible() and not win.care.panel_open()
    press(qtbot, win, Qt.Key.Key_8)
    pain = win.care.pain
    assert pain.isVisible()
    assert win.bridge.session.status is Status.PAUSED  # flossing does not start anyway
    rule = routine.exercises[1].symptom_rule
    assert rule is not None
    assert pain.exercise_name.text() == "8 of 10 before Hamstring Nerve Flossing"
    assert rule.means in pain.safety.text() and rule.back_off in pain.safety.text()
    shown = sorted(b.text() for b in pain.choice_buttons.values() if b.isVisibleTo(pain))
    assert shown == ["1   Easier: Knee only", "2   Smaller and slower",
                     "3   Skip this exercise", "Esc   Wrong score: ask again"]
    easier = routine.exercises[1].easier
    assert easier is not None and easier.how in pain.safety.text()
    press(qtbot, win, Qt.Key.Key_3)
    assert win.bridge.state.step.exercise.id == "supine_toe_touches"
    assert win.bridge.session.status is Status.RUNNING
    flag = win.journal.load().sessions[-1].pain_flags[-1]
    assert (flag.choice.value, flag.cause.value) == ("skip", "symptoms")


def test_the_score_before_is_asked_from_the_get_ready_before_its_exercise_and_acknowledged(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    win = open_window(qtbot, routine, bundled_path, tmp_path, clock=clock)
    win.start_workout()
    aside = win.workout.score_aside
    get_ready = first_work(win, "nerve_flossing") - 1
    while win.bridge.state.step_index < get_ready:  # the toe touches: nothing asked about later
        assert not aside.isVisible(), win.bridge.state.location
        clock.advance(1.0)
        win.bridge.tick()
    assert win.bridge.state.step.kind is StepKind.GET_READY
    assert aside.isVisible() and not win.care.panel_open()
    assert aside.prompt.text().startswith("Symptoms before Hamstring Nerve Flossing? 0 none")
    qtbot.mouseClick(aside.buttons[2], Qt.MouseButton.LeftButton)
    assert not aside.isVisible()
    assert win.workout.caption.text() == "Symptoms 2 of 10 noted"
    assert win.bridge.session.status is Status.RUNNING
    assert win.journal.load().sessions[-1].symptoms["nerve_flossing"].before == 2


def test_a_wrong_score_is_asked_again_beside_the_workout_and_every_key_still_acts(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    win.bridge.goto(first_work(win, "nerve_flossing") - 1)  # its get-ready
    press(qtbot, win, Qt.Key.Key_5)
    assert win.care.pain.isVisible() and win.bridge.session.status is Status.PAUSED
    press(qtbot, win, Qt.Key.Key_Escape)  # wrong score: ask again
    assert not win.care.panel_open()  # beside the workout, which goes on
    assert win.bridge.session.status is Status.RUNNING
    aside = win.workout.score_aside
    assert aside.isVisible()
    assert aside.prompt.text().startswith("Symptoms before Hamstring Nerve Flossing?")
    press(qtbot, win, Qt.Key.Key_P)
    assert win.bridge.session.status is Status.PAUSED
    press(qtbot, win, Qt.Key.Key_P)
    assert win.bridge.session.status is Status.RUNNING
    press(qtbot, win, Qt.Key.Key_E)
    assert win.confirm.isVisible()
    press(qtbot, win, Qt.Key.Key_Escape)  # keep going
    assert win.bridge.session.status is Status.RUNNING and aside.isVisible()
    press(qtbot, win, Qt.Key.Key_1)
    assert not aside.isVisible() and win.workout.caption.text() == "Symptoms 1 of 10 noted"
    assert win.journal.load().sessions[-1].symptoms["nerve_flossing"].before == 1
    press(qtbot, win, Qt.Key.Key_H)
    assert win.care.pain.isVisible()


def test_rising_symptoms_are_advised_on_the_summary_and_before_the_next_session(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    routine = replace(routine, rounds=RepRange(1, 1))
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    win.bridge.goto(first_work(win, "nerve_flossing"))
    press(qtbot, win, Qt.Key.Key_2)  # before: 2 of 10
    press(qtbot, win, Qt.Key.Key_Space)
    win.bridge.goto(first_work(win, "supine_toe_touches") - 1)
    assert win.workout.score_aside.prompt.text().startswith(
        "Symptoms after Hamstring Nerve Flossing? 0 none")
    press(qtbot, win, Qt.Key.Key_5)  # after: 5 of 10
    rule = routine.exercises[1].symptom_rule
    assert rule is not None
    assert win.workout.caption.text().endswith(rule.back_off)
    end_here(qtbot, win)
    while win.care.rating.isVisible():
        press(qtbot, win, Qt.Key.Key_Escape)
    assert "rose from 2 to 5" in win.summary.advice.text()
    press(qtbot, win, Qt.Key.Key_Return)
    win.start_workout()
    win.bridge.goto(first_work(win, "nerve_flossing") - 1)  # last time's advice comes with
    assert win.workout.caption.text().startswith("Last time: Symptoms rose from 2 to 5")


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_a_long_caption_fits_its_line_never_cut_off_mid_word(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        size: tuple[int, int]) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.resize(*size)
    win.start_workout()
    press(qtbot, win, Qt.Key.Key_0)  # the score asked beside it: the caption has the row
    text = ("Symptoms rose from 2 to 5 of 10 during Hamstring Nerve Flossing. Next time: make "
            "the glide smaller and slower, or leave it out today.")
    win.workout.caption.set_text(text)
    QApplication.processEvents()
    caption = win.workout.caption
    shown = caption.shown_text()
    if size == (1280, 800):
        assert shown == text  # two lines where there is room
    else:  # one line on a small screen: as much as fits, and an ellipsis says there is more
        assert shown == text or (shown.endswith("…") and text.startswith(shown[:-1]))
    assert caption.geometry().right() <= win.workout.width()


def test_backspace_is_saved_at_once_and_after_quitting(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    count_toe_touches(qtbot, win, 3)
    on_disk = HistoryStore(tmp_path / "data")
    assert on_disk.load_all().sessions[-1].exercises["toe_touch_progression"].reps_done == 3
    press(qtbot, win, Qt.Key.Key_Backspace)
    assert on_disk.load_all().sessions[-1].exercises["toe_touch_progression"].reps_done == 2
    press(qtbot, win, Qt.Key.Key_Backspace)
    press(qtbot, win, Qt.Key.Key_P)  # paused, a rep can still be taken back
    press(qtbot, win, Qt.Key.Key_Backspace)
    win.close()
    (record,) = on_disk.load_all().sessions
    assert record.exercises["toe_touch_progression"].reps_done == 0


def test_a_rep_taken_back_after_the_end_reopens_the_saved_session(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    win.start_workout()
    win.bridge.goto(len(win.bridge.session.steps) - 1)
    last = win.bridge.session.steps[-1]
    assert last.kind is StepKind.WORK
    for _ in range(last.target.high):
        win.bridge.count_rep()
    win.bridge.next()
    on_disk = HistoryStore(tmp_path / "data")
    assert win.bridge.session.status is Status.FINISHED
    assert on_disk.load_all().sessions[-1].finished
    win.bridge.undo_rep()
    (record,) = on_disk.load_all().sessions
    assert not record.finished
    assert record.exercises[last.exercise.id].reps_done == \
        win.bridge.session.summary().reps_done


def test_the_routine_path_is_stored_absolute(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(bundled_path.parent.parent)
    relative = Path(bundled_path.parent.name) / bundled_path.name
    assert not relative.is_absolute() and relative.exists()
    win = open_window(qtbot, routine, relative, tmp_path)
    win.start_workout()
    (record,) = win.journal.load().sessions
    assert record.routine_path == str(bundled_path)


def test_a_second_window_on_the_same_history_is_told(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    first = open_window(qtbot, routine, bundled_path, tmp_path)
    assert "Another window" not in first.overview.note.text()
    second = open_window(qtbot, routine, bundled_path, tmp_path)
    assert second.overview.note.text().startswith("Another window of this app is open")
    first.close()
    second.close()
    third = open_window(qtbot, routine, bundled_path, tmp_path)
    assert "Another window" not in third.overview.note.text()


def test_a_file_kept_aside_stays_named_on_the_overview_and_the_history(
        qtbot: QtBot, routine: Routine, bundled_path: Path, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "data")
    bad = store.start_session(datetime(2026, 10, 2, 7), routine.title, bundled_path, 2)
    store.path_of(bad).write_text('{"version": 1, "duration_s": 1e400}')
    win = open_window(qtbot, routine, bundled_path, tmp_path)
    kept = f"kept aside as {store.path_of(bad).name}.corrupt"
    assert kept in win.overview.note.text()
    count_toe_touches(qtbot, win, 1)
    end_here(qtbot, win)
    press(qtbot, win, Qt.Key.Key_G)
    press(qtbot, win, Qt.Key.Key_Return)  # back to the overview, history read again
    assert win.current_screen() is win.overview
    assert kept in win.overview.note.text()
    press(qtbot, win, Qt.Key.Key_L)
    assert kept in win.history.note.text() and win.history.note.isVisible()
