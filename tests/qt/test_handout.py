"""The printed handout: every exercise with its dosage and safety note, the right paper size,
illustrations as vectors, nothing outside the margins, and the --handout command line.

The PDF is read back with poppler-utils (pdftotext, pdfinfo, pdfimages, pdffonts, pdftoppm);
a test that needs one of them is skipped when it is not installed.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from warmup_gui.core.assets import missing_illustrations
from warmup_gui.core.handout_details import HandoutDetails
from warmup_gui.core.loader import parse_routine
from warmup_gui.core.record import replace
from warmup_gui.core.routine import RepRange, Routine
from warmup_gui.core.writer import apply_dosage
from warmup_gui.qt.handout import breath_text, format_date, write_handout

REPO_ROOT = Path(__file__).resolve().parents[2]
DATE = datetime.date(2025, 3, 7)
DETAILS = HandoutDetails(patient="Alex Runner", clinician="Sam Lee, PT",
                         clinic="Riverside Physio", how_often="Before each run")
MM = 72 / 25.4  # PDF points per millimetre
MIN_MARGIN_MM = 15.0
PAGE_POINTS = {"A4": (595, 842), "Letter": (612, 792)}


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def run(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=60,
                            check=True)
    return result.stdout


def pdf_text(pdf: Path) -> str:
    """The PDF's text with whitespace (line breaks included) collapsed to single spaces."""
    text = unicodedata.normalize("NFKC", run(tool("pdftotext"), pdf, "-"))
    return " ".join(text.replace("\u00a0", " ").split())


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def has(text: str, needle: str) -> bool:
    """``needle`` is in the PDF's text; pdftotext joins a word broken at its hyphen
    ("Warm-" / "up" reads "Warmup"), so hyphens are left out of the comparison."""
    return needle.replace("-", "") in text.replace("-", "")


def page_count(pdf: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", run(tool("pdfinfo"), pdf), re.MULTILINE)
    assert match
    return int(match.group(1))


@pytest.fixture(params=["A4", "Letter"])
def handout(request: pytest.FixtureRequest, qapp: QApplication, routine: Routine,
            bundled_path: Path, tmp_path: Path) -> tuple[Path, int, str]:
    size = request.param
    out = tmp_path / f"handout-{size}.pdf"
    pages = write_handout(routine, out, bundled_path.parent, size, date=DATE, details=DETAILS)
    return out, pages, size


def test_page_count_and_paper_size(handout: tuple[Path, int, str]) -> None:
    pdf, pages, size = handout
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    # The bundled routine: three A4 pages; Letter is shorter, and no picture shrinks for it.
    assert 2 <= pages <= (3 if size == "A4" else 4)
    assert page_count(pdf) == pages
    info = run(tool("pdfinfo"), "-f", "1", "-l", str(pages), pdf)
    width, height = PAGE_POINTS[size]
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
    assert len(sizes) == pages
    for w, h in sizes:
        assert round(float(w)) == width and round(float(h)) == height


def test_every_exercise_with_its_dosage_and_safety_note(handout: tuple[Path, int, str],
                                                        routine: Routine) -> None:
    pdf, pages, _ = handout
    text = pdf_text(pdf)
    assert routine.title in text
    assert format_date(DATE) in text  # "7 March 2025"
    assert has(text, flat(routine.description))
    assert "Do the whole circuit 2-3 times, one exercise after the other." in text
    assert "Rest 30 s between rounds" in text
    for item in routine.equipment:
        assert has(text, flat(item.line))
        assert has(text, flat(item.use))
    for exercise in routine.exercises:
        assert exercise.name in text
        assert exercise.dosage in text
        assert has(text, flat(exercise.safety))
        for step in exercise.steps:
            assert has(text, flat(step))
        if exercise.breath is not None:
            assert has(text, flat(breath_text(exercise.breath)))
        for word, variant in (("Easier", exercise.easier), ("Harder", exercise.harder)):
            assert variant is not None
            assert has(text, flat(f"{word}: {variant.name}. {variant.how}"))
    safety = routine.safety
    assert has(text, flat("Before you start: " + " ".join(safety.precautions)))
    assert has(text, flat("Red flags: " + safety.red_flags_line))
    assert has(text, flat("If symptoms linger: " + safety.lingering))
    for exercise in routine.exercises:
        assert has(text, flat(exercise.why))
    assert "2 sets × 10 reps, alternating sides (5 each side)" in text
    for position in routine.exercises[0].positions:
        assert position.name in text
    assert "2 sets × 15-30 reps per leg" in text
    assert text.count("Clinician's notes") == 1
    for label, value in DETAILS.lines():
        assert f"{label}: {value}" in text
    assert "Clinician's signature" in text
    assert f"Page {pages} of {pages}" in text


def test_each_exercises_steps_share_a_page(handout: tuple[Path, int, str],
                                          routine: Routine) -> None:
    """Exercises flow on from one to the next (three pages hold the bundled routine), but
    the numbered steps of each are never split between pages."""
    pdf, pages, _ = handout
    assert_steps_share_a_page(pdf, pages, routine)


def assert_steps_share_a_page(pdf: Path, pages: int, routine: Routine) -> None:
    texts = [flat(unicodedata.normalize("NFKC", run(tool("pdftotext"), "-f", str(n), "-l",
                                                    str(n), pdf, "-")))
             for n in range(1, pages + 1)]
    for exercise in routine.exercises:
        page = next(t for t in texts if has(t, flat(exercise.steps[0])))
        assert all(has(page, flat(step)) for step in exercise.steps), exercise.id


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_steps_stay_together_whatever_the_dose(qapp: QApplication, routine: Routine,
                                               bundled_path: Path, tmp_path: Path,
                                               size: str) -> None:
    """A dose changed for one patient moves the page breaks; the steps still share a page."""
    adjusted = apply_dosage(routine, "nerve_flossing", sets=1, reps=RepRange(8, 12), rest_s=45)
    out = tmp_path / "adjusted.pdf"
    pages = write_handout(adjusted, out, bundled_path.parent, size,  # type: ignore[arg-type]
                          date=DATE, details=DETAILS)
    assert_steps_share_a_page(out, pages, adjusted)


def test_text_and_drawing_stay_inside_the_margins(handout: tuple[Path, int, str]) -> None:
    pdf, pages, size = handout
    width, height = PAGE_POINTS[size]
    margin = MIN_MARGIN_MM * MM
    boxes = run(tool("pdftotext"), "-bbox", pdf, "-")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"',
                       boxes)
    assert len(words) > 200
    for x0, y0, x1, y1 in ((float(v) for v in w) for w in words):
        assert margin <= x0 and x1 <= width - margin
        assert margin <= y0 and y1 <= height - margin
    # Nothing drawn in the margins either: the outer 15 mm of every rendered page is white.
    images = render(pdf, pages, 50)
    px = int(MIN_MARGIN_MM / 25.4 * 50) - 1
    for image in images:
        w, h = image.width(), image.height()
        strips = [(0, 0, w, px), (0, h - px, w, px), (0, 0, px, h), (w - px, 0, px, h)]
        for x, y, sw, sh in strips:
            assert ink(image.copy(x, y, sw, sh)) == 0


def render(pdf: Path, pages: int, dpi: int) -> list[QImage]:
    prefix = pdf.with_suffix("")
    run(tool("pdftoppm"), "-r", str(dpi), "-png", pdf, prefix)
    files = sorted(pdf.parent.glob(f"{prefix.name}-*.png"))
    assert len(files) == pages
    return [QImage(str(f)) for f in files]


def ink(image: QImage) -> int:
    """How many pixels are not (nearly) white, on a coarse grid."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 235:
                count += 1
    return count


def test_no_page_is_blank(handout: tuple[Path, int, str]) -> None:
    pdf, pages, _ = handout
    for image in render(pdf, pages, 50):
        assert not image.isNull()
        assert ink(image) > 500


def test_illustrations_are_vectors_and_fonts_embedded(handout: tuple[Path, int, str]) -> None:
    pdf, _, _ = handout
    listing = run(tool("pdfimages"), "-list", pdf).splitlines()
    assert len(listing) == 2, "no raster images expected:\n" + "\n".join(listing)
    fonts = run(tool("pdffonts"), pdf).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "DejaVuSans" in line or "Sans" in line
        assert re.search(r"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line), line


def test_missing_illustration_is_a_box_naming_its_id(qapp: QApplication, bundled_path: Path,
                                                     tmp_path: Path) -> None:
    text = bundled_path.read_text(encoding="utf-8").replace(
        "start: nerve_floss_bent", "start: no_such_pose_drawn")
    routine = parse_routine(text, "missing.yaml")
    assert "no_such_pose_drawn" in missing_illustrations(routine, tmp_path)
    out = tmp_path / "missing.pdf"
    pages = write_handout(routine, out, tmp_path, "A4", date=DATE)
    assert pages >= 2
    text = pdf_text(out)
    assert "Illustration missing no_such_pose_drawn" in text
    assert "Hamstring Nerve Flossing" in text


def test_broken_svg_beside_the_routine_is_a_box_too(qapp: QApplication, routine: Routine,
                                                    tmp_path: Path) -> None:
    # The routine's own illustrations/ folder comes before the bundled set.
    folder = tmp_path / "illustrations"
    folder.mkdir()
    (folder / "nerve_floss_bent.svg").write_text("<svg this is not", encoding="utf-8")
    out = tmp_path / "broken.pdf"
    write_handout(routine, out, tmp_path, "A4", date=DATE)
    text = pdf_text(out)
    assert "Illustration is not a valid SVG nerve_floss_bent" in text


def test_routine_text_is_never_markup(qapp: QApplication, routine: Routine,
                                      tmp_path: Path) -> None:
    first = replace(routine.exercises[0], name="<b>Bold</b> & <i>co</i>",
                                safety="Stop if <span>it hurts</span> &amp; rest.")
    tricky = replace(routine, title="<h1>Not a heading</h1>",
                                 description="Line one\nline <br/> two",
                                 exercises=(first, *routine.exercises[1:]))
    out = tmp_path / "markup.pdf"
    write_handout(tricky, out, None, "A4", date=DATE)
    text = pdf_text(out)
    assert "<h1>Not a heading</h1>" in text
    assert "<b>Bold</b> & <i>co</i>" in text
    assert "Stop if <span>it hurts</span> &amp; rest." in text
    assert "line <br/> two" in text


def test_an_exercise_taller_than_a_page_is_split_and_nothing_is_lost(
    qapp: QApplication, routine: Routine, tmp_path: Path
) -> None:
    steps = tuple(f"Step {i}: " + "keep the movement slow and controlled, " * 8
                  for i in range(1, 31))
    long = replace(routine.exercises[0], steps=steps)
    tall = replace(routine, exercises=(long, *routine.exercises[1:]))
    out = tmp_path / "tall.pdf"
    pages = write_handout(tall, out, None, "Letter", date=DATE)
    normal = write_handout(routine, tmp_path / "normal.pdf", None, "Letter", date=DATE)
    assert pages > normal
    text = pdf_text(out)
    assert "Toe Touch Progression (continued)" in text
    for step in steps:
        assert has(text, flat(step))
    assert has(text, flat(long.safety))


def test_unknown_page_size_is_refused(qapp: QApplication, routine: Routine,
                                      tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A4"):
        write_handout(routine, tmp_path / "x.pdf", None, "A5", date=DATE)  # type: ignore[arg-type]


def test_unwritable_path_is_an_os_error(qapp: QApplication, routine: Routine,
                                        tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_handout(routine, tmp_path / "no" / "such" / "folder.pdf", None)


def test_command_line_writes_the_bundled_handout(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    # No display and no platform chosen: the command line picks offscreen by itself.
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "warmup_gui", "--handout", str(out), "--page-size", "Letter"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file() and out.stat().st_size > 1000
    match = re.fullmatch(rf"wrote {re.escape(str(out))} \((\d+) pages\)\n", result.stdout)
    assert match, result.stdout
    if shutil.which("pdfinfo"):
        assert page_count(out) == int(match.group(1))
        assert "letter" in run("pdfinfo", out).lower()


def test_command_line_with_a_broken_routine_prints_its_problems(tmp_path: Path,
                                                                bundled_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(bundled_path.read_text(encoding="utf-8").replace("sets: 2", "sets: 0", 1),
                      encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "warmup_gui", str(broken), "--handout", str(out)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,
    )
    assert result.returncode == 1
    assert f"{broken}:" in result.stderr and "sets: expected a whole number" in result.stderr
    assert not out.exists()


def test_blank_details_are_lines_to_write_on(qapp: QApplication, routine: Routine,
                                             bundled_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    write_handout(routine, out, bundled_path.parent, date=DATE)
    text = pdf_text(out)
    for label in ("Patient:", "Clinician:", "Clinic:", "How often:"):
        assert label in text
    assert f"Date: {format_date(DATE)}" in text


def test_large_print_sets_bigger_type_on_more_pages(qapp: QApplication, routine: Routine,
                                                    bundled_path: Path, tmp_path: Path) -> None:
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    pages = write_handout(routine, normal, bundled_path.parent, date=DATE, details=DETAILS)
    more = write_handout(routine, large, bundled_path.parent, date=DATE,
                         details=replace(DETAILS, large_print=True))
    assert more > pages
    assert has(pdf_text(large), flat(routine.exercises[1].steps[0]))

    def body_size(pdf: Path) -> float:
        """The height of a line of step text on page 2, in points, from pdftotext's boxes."""
        html = run(tool("pdftotext"), "-bbox", "-f", "2", "-l", "2", pdf, "-")
        heights = [float(m.group(2)) - float(m.group(1)) for m in re.finditer(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Stand</word>',
            html)]
        heights += [float(m.group(2)) - float(m.group(1)) for m in re.finditer(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">the</word>',
            html)]
        return max(heights)

    assert body_size(large) >= 1.3 * body_size(normal)
    # Each page's footer names the routine whole, even in large print with a long date.
    long_date = datetime.date(2025, 9, 27)
    write_handout(routine, large, bundled_path.parent, date=long_date,
                  details=replace(DETAILS, large_print=True))
    for n in range(1, more + 1):
        page = flat(unicodedata.normalize("NFKC", run(tool("pdftotext"), "-f", str(n), "-l",
                                                      str(n), large, "-")))
        assert has(page, flat(f"{routine.title} · {format_date(long_date)}")), n


def test_the_page_images_show_every_page(handout: tuple[Path, int, str], tmp_path: Path) -> None:
    """Each page renders to an image with ink on it (pdftoppm), as docs/ shows them."""
    pdf, pages, size = handout
    prefix = tmp_path / f"page-{size}"
    run(tool("pdftoppm"), "-r", "30", "-png", pdf, prefix)
    images = sorted(tmp_path.glob(f"page-{size}-*.png"))
    assert len(images) == pages
    for image_path in images:
        image = QImage(str(image_path))
        dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                   if QColor(image.pixel(x, y)).lightness() < 128)
        assert dark > 100, image_path.name  # the shortest page, a third full, has about 200


def test_every_picture_is_large_enough_to_read(qapp: QApplication, routine: Routine,
                                               bundled_path: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """No pose is printed smaller than a card 30 mm wide, on either paper."""
    from warmup_gui.qt import handout

    widths_mm: list[float] = []
    paint = handout._paint_picture

    def measured(p: object, dev: handout._Device, pictures: object, illustration_id: str,
                 card: object, *rest: object) -> None:
        widths_mm.append(card.width() * 25.4 / dev.res)  # type: ignore[attr-defined]
        paint(p, dev, pictures, illustration_id, card, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(handout, "_paint_picture", measured)
    for size in ("A4", "Letter"):
        write_handout(routine, tmp_path / f"{size}.pdf", bundled_path.parent, size, date=DATE)
    assert len(widths_mm) == 2 * 9  # 4 toe touch poses, 2 of flossing, 3 supine; each paper
    assert min(widths_mm) >= 30, sorted(widths_mm)[:4]


def test_the_symptom_check_is_on_paper_too(handout: tuple[Path, int, str],
                                           routine: Routine) -> None:
    """What the app asks before and after an exercise, a patient at home reads on the sheet."""
    text = pdf_text(handout[0])
    checked = [ex for ex in routine.exercises if ex.symptom_check and ex.symptom_rule]
    assert checked
    for exercise in checked:
        rule = exercise.symptom_rule
        assert rule is not None
        assert has(text, flat(f"At {rule.threshold} or more before you start: {rule.back_off}"))
        assert has(text, flat(rule.counts))
    assert text.count("Check your symptoms:") == len(checked)
