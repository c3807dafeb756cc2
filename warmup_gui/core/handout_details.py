"""What a clinician writes on a patient's handout besides the routine (a module of its own:
the overview shows without it)."""

from __future__ import annotations

from warmup_gui.core.record import frozen_record
from warmup_gui.core.words import Words

PlanWords = Words("PlanWords")  # the plan's context, where these words have always been


@frozen_record
class HandoutDetails:
    """What a clinician writes on a patient's handout besides the routine."""

    patient: str = ""
    clinician: str = ""
    clinic: str = ""
    how_often: str = ""  # e.g. "Before each run"
    large_print: bool = False

    def lines(self) -> list[tuple[str, str]]:
        """The filled-in fields as (label, value); an empty field is a line to write on."""
        return [(PlanWords.tr("Patient"), self.patient),
                (PlanWords.tr("Clinician"), self.clinician),
                (PlanWords.tr("Clinic"), self.clinic),
                (PlanWords.tr("How often"), self.how_often)]
