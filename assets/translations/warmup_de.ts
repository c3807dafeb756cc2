<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnnouncementWords</name>
    <message>
        <source>No reps yet</source>
        <translation>Noch keine Wiederholung</translation>
    </message>
    <message>
        <source>Rep {reps} of {goal}</source>
        <translation>Wiederholung {reps} von {goal}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
</context>
<context>
    <name>BreathPickerWords</name>
    <message>
        <source>Routine {pattern}</source>
        <translation>Programm {pattern}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Box </source>
        <translation>Box </translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Breathing for {exercises} {where}</source>
        <translation>Atmung bei {exercises} {where}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Breathing {where}</source>
        <translation>Atmung {where}</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source> · without its holds ({pattern})</source>
        <translation> · ohne die eigenen Haltephasen ({pattern})</translation>
    </message>
    <message>
        <source> · without the routine&apos;s holds ({pattern})</source>
        <translation> · ohne die Haltephasen des Programms ({pattern})</translation>
    </message>
    <message>
        <source>In</source>
        <comment>breathing in</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>holding the breath</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Out</source>
        <comment>breathing out</comment>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>CameraWords</name>
    <message>
        <source>Rep {rep} seen</source>
        <translation>Wiederholung {rep} gesehen</translation>
    </message>
    <message>
        <source>{angle} {range}°</source>
        <translation>{angle} {range}°</translation>
    </message>
    <message numerus="yes">
        <source>{angle} {span} · mean {mean}° · %n rep(s)</source>
        <translation>
            <numerusform>{angle} {span} · Mittel {mean}° · %n Wiederholung</numerusform>
            <numerusform>{angle} {span} · Mittel {mean}° · %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise}, {angle} by session: {means}</source>
        <translation>{exercise}, {angle} je Einheit: {means}</translation>
    </message>
    <message>
        <source>Camera counting stopped: {reason}</source>
        <translation>Zählen per Kamera beendet: {reason}</translation>
    </message>
</context>
<context>
    <name>CareScreenWords</name>
    <message>
        <source>Did it work for your body today?</source>
        <translation>Hat es Ihrem Körper heute gutgetan?</translation>
    </message>
</context>
<context>
    <name>CareWords</name>
    <message>
        <source>Do the easier version</source>
        <translation>Die leichtere Variante machen</translation>
    </message>
    <message>
        <source>Smaller and slower</source>
        <translation>Kleiner und langsamer</translation>
    </message>
    <message>
        <source>Fewer reps</source>
        <translation>Weniger Wiederholungen</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Diese Übung auslassen</translation>
    </message>
    <message>
        <source>Pressed by mistake</source>
        <translation>Versehentlich gedrückt</translation>
    </message>
    <message>
        <source>Wrong score: ask again</source>
        <translation>Vertippt: neu fragen</translation>
    </message>
    <message>
        <source>Easier: {name}</source>
        <translation>Leichter: {name}</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst.</source>
        <translation>0 = keine, 10 = am schlimmsten.</translation>
    </message>
    <message>
        <source>Before {exercise}</source>
        <translation>Vor {exercise}</translation>
    </message>
    <message>
        <source>After {exercise}</source>
        <translation>Nach {exercise}</translation>
    </message>
    <message>
        <source>{reason}
Easier: {name}. {how}</source>
        <translation>{reason}
Leichter: {name}. {how}</translation>
    </message>
    <message>
        <source>You scored {score} of 10; from {threshold} on, back off. {means} {back_off}</source>
        <translation>Sie haben {score} von 10 angegeben; ab {threshold} machen Sie es leichter. {means} {back_off}</translation>
    </message>
    <message>
        <source>Strong symptoms today. Back off.</source>
        <translation>Heute starke Beschwerden: machen Sie es leichter.</translation>
    </message>
    <message>
        <source>{score} of 10 before {exercise}</source>
        <translation>{score} von 10 vor {exercise}</translation>
    </message>
    <message>
        <source>Symptoms rose from {before} to {after} of 10 during {exercise}.</source>
        <translation>Die Beschwerden stiegen während {exercise} von {before} auf {after} von 10.</translation>
    </message>
    <message>
        <source>Symptoms were {after} of 10 after {exercise}.</source>
        <translation>Nach {exercise} lagen die Beschwerden bei {after} von 10.</translation>
    </message>
    <message>
        <source>{happened} Next time: {back_off}</source>
        <translation>{happened} Nächstes Mal: {back_off}</translation>
    </message>
    <message>
        <source>{before}→{after} (rose)</source>
        <translation>{before}→{after} (gestiegen)</translation>
    </message>
    <message>
        <source>{exercise}, symptoms before→after: {scores}</source>
        <translation>{exercise}, Beschwerden vorher→nachher: {scores}</translation>
    </message>
    <message>
        <source>Last time: {advice}</source>
        <translation>Letztes Mal: {advice}</translation>
    </message>
    <message>
        <source>smaller and slower</source>
        <translation>kleiner und langsamer</translation>
    </message>
    <message>
        <source>fewer reps</source>
        <translation>weniger Wiederholungen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>easier version</source>
        <translation>leichtere Variante</translation>
    </message>
    <message>
        <source>pressed by mistake</source>
        <translation>versehentlich gedrückt</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>weitergemacht</translation>
    </message>
    <message>
        <source>score {score} before {exercise}</source>
        <translation>Wert {score} vor {exercise}</translation>
    </message>
    <message>
        <source>score, {exercise}</source>
        <translation>Wert, {exercise}</translation>
    </message>
    <message>
        <source>hurt in {exercise}</source>
        <translation>Schmerzen bei {exercise}</translation>
    </message>
    <message>
        <source>{what}: {choice}</source>
        <translation>{what}: {choice}</translation>
    </message>
    <message>
        <source>Symptoms {score} of 10 noted</source>
        <translation>Beschwerden {score} von 10 notiert</translation>
    </message>
    <message>
        <source>This hurts. Let&apos;s back off.</source>
        <translation>Das tut weh. Wir nehmen zurück.</translation>
    </message>
    <message>
        <source>The easier version for the rest of this exercise.</source>
        <translation>Für den Rest dieser Übung die leichtere Variante.</translation>
    </message>
    <message>
        <source>Smaller and slower for the rest of this exercise.</source>
        <translation>Für den Rest dieser Übung kleiner und langsamer.</translation>
    </message>
    <message>
        <source>Fewer reps: this block ends here, the next ones are shorter.</source>
        <translation>Weniger Wiederholungen: Dieser Block endet hier, die nächsten sind kürzer.</translation>
    </message>
    <message>
        <source>{exercise} skipped.</source>
        <translation>{exercise} ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ChecklistScreenWords</name>
    <message>
        <source>Equipment checklist</source>
        <translation>Checkliste Ausrüstung</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Tick what you have at hand: click a row or press {keys}.</source>
        <translation>Haken Sie ab, was Sie bereitliegen haben: Zeile anklicken oder {keys} drücken.</translation>
    </message>
    <message>
        <source>This warm-up needs no equipment.</source>
        <translation>Für dieses Aufwärmen brauchen Sie nichts.</translation>
    </message>
    <message>
        <source>Start  ·  Enter</source>
        <translation>Start  ·  Enter</translation>
    </message>
    <message>
        <source>Enter  ·  Start anyway</source>
        <translation>Enter  ·  Trotzdem starten</translation>
    </message>
    <message>
        <source>S  ·  Skip {exercise}</source>
        <translation>S  ·  {exercise} auslassen</translation>
    </message>
    <message numerus="yes">
        <source>S  ·  Skip %n exercise(s)</source>
        <translation>
            <numerusform>S  ·  %n Übung auslassen</numerusform>
            <numerusform>S  ·  %n Übungen auslassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter  ·  Start</source>
        <translation>Enter  ·  Starten</translation>
    </message>
    <message>
        <source>All set.</source>
        <translation>Alles bereit.</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} von {total} abgehakt</translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>Missing: {items}. No exercise needs it. Start?</source>
        <translation>Es fehlt: {items}. Keine Übung braucht es. Starten?</translation>
    </message>
    <message>
        <source>Missing: {items}. No exercise needs them. Start?</source>
        <translation>Es fehlen: {items}. Keine Übung braucht sie. Starten?</translation>
    </message>
    <message>
        <source>Missing: {items}. Every exercise needs it. Start anyway?</source>
        <translation>Es fehlt: {items}. Jede Übung braucht es. Trotzdem starten?</translation>
    </message>
    <message>
        <source>Missing: {items}. The exercises need them. Start anyway?</source>
        <translation>Es fehlen: {items}. Die Übungen brauchen sie. Trotzdem starten?</translation>
    </message>
    <message>
        <source>Missing: {items}. Skip {exercises}, or start anyway?</source>
        <translation>Es fehlt: {items}. {exercises} auslassen oder trotzdem starten?</translation>
    </message>
</context>
<context>
    <name>CuePlayerWords</name>
    <message>
        <source>No sounds or voice: captions</source>
        <translation>Kein Ton und keine Stimme: Untertitel</translation>
    </message>
    <message>
        <source>No sounds: captions</source>
        <translation>Kein Ton: Untertitel</translation>
    </message>
    <message>
        <source>No voice: captions</source>
        <translation>Keine Stimme: Untertitel</translation>
    </message>
</context>
<context>
    <name>CueWords</name>
    <message>
        <source>Warm-up done</source>
        <translation>Aufwärmen geschafft</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Rest over</source>
        <translation>Pause vorbei</translation>
    </message>
    <message>
        <source>Rest {duration}</source>
        <translation>Pause, {duration}</translation>
    </message>
    <message>
        <source>{rep} done</source>
        <translation>{rep} geschafft</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Switch sides: {side}</source>
        <translation>Seite wechseln: {side}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Rep {rep}</source>
        <translation>Wiederholung {rep}</translation>
    </message>
    <message>
        <source>{low} done. On to {goal}</source>
        <translation>{low} geschafft. Weiter bis {goal}</translation>
    </message>
</context>
<context>
    <name>DetectorWords</name>
    <message>
        <source>Out of view: step into the picture</source>
        <translation>Nicht im Bild: ins Bild treten</translation>
    </message>
    <message>
        <source>Can&apos;t see clearly: more light, or turn side-on to the camera</source>
        <translation>Nicht klar zu sehen: mehr Licht, oder seitlich zur Kamera drehen</translation>
    </message>
</context>
<context>
    <name>DosageWords</name>
    <message>
        <source>Adjust for this patient</source>
        <translation>Für diese Person anpassen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps from</source>
        <translation>Wiederholungen von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>reps from … to</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Rest after a set</source>
        <translation>Pause nach einem Satz</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Rounds of the circuit</source>
        <translation>Runden des Durchgangs</translation>
    </message>
    <message>
        <source>Rest between rounds</source>
        <translation>Pause zwischen den Runden</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>name on the handout</source>
        <translation>Name auf dem Merkblatt</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>you (remembered)</source>
        <translation>Sie (wird gespeichert)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>wird gespeichert</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>e.g. before each run</source>
        <translation>z. B. vor jedem Lauf</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Changes apply to this session; save them as a routine to keep them.</source>
        <translation>Änderungen gelten für diese Einheit; speichern Sie sie als Programm, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Ctrl+S  ·  Save as routine…</source>
        <translation>Strg+S  ·  Speichern …</translation>
    </message>
    <message>
        <source>Ctrl+P  ·  Handout PDF…</source>
        <translation>Strg+P  ·  Merkblatt …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P  ·  Print…</source>
        <translation>Strg+Umschalt+P  ·  Drucken …</translation>
    </message>
    <message>
        <source>Enter  ·  Done</source>
        <translation>Enter  ·  Fertig</translation>
    </message>
    <message>
        <source>On the handout</source>
        <translation>Auf dem Merkblatt</translation>
    </message>
</context>
<context>
    <name>EngineWords</name>
    <message>
        <source>Done. Press → to go on.</source>
        <translation>Geschafft. Mit → geht es weiter.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Geschafft.</translation>
    </message>
    <message>
        <source>Hold the position</source>
        <translation>Position halten</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Next position</source>
        <translation>Nächste Position</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest before the next round</source>
        <translation>Pause vor der nächsten Runde</translation>
    </message>
    <message>
        <source>Only as far as it stays pain-free</source>
        <translation>Nur so weit, wie es schmerzfrei bleibt</translation>
    </message>
    <message>
        <source>{name}: {how}</source>
        <translation>{name}: {how}</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message>
        <source>Exercise {exercise} of {exercises}</source>
        <translation>Übung {exercise} von {exercises}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Up next: {exercise}</source>
        <translation>Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>Up next: the summary</source>
        <translation>Als Nächstes: die Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>HandoutWords</name>
    <message>
        <source>{seconds}&#xa0;s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>breathe in for {seconds}</source>
        <translation>{seconds} einatmen</translation>
    </message>
    <message>
        <source>hold for {seconds}</source>
        <translation>{seconds} halten</translation>
    </message>
    <message>
        <source>breathe out for {seconds}</source>
        <translation>{seconds} ausatmen</translation>
    </message>
    <message numerus="yes">
        <source>Do the whole circuit once, or up to %n times for a longer session, one exercise after the other.</source>
        <translation>
            <numerusform>Machen Sie den ganzen Durchgang einmal, für eine längere Einheit bis zu %n-mal, eine Übung nach der anderen.</numerusform>
            <numerusform>Machen Sie den ganzen Durchgang einmal, für eine längere Einheit bis zu %n-mal, eine Übung nach der anderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do the whole circuit once, one exercise after the other.</source>
        <translation>Machen Sie den ganzen Durchgang einmal, eine Übung nach der anderen.</translation>
    </message>
    <message>
        <source>Do the whole circuit {rounds} times, one exercise after the other.</source>
        <translation>Machen Sie den ganzen Durchgang {rounds}-mal, eine Übung nach der anderen.</translation>
    </message>
    <message>
        <source>Rest {seconds} between rounds.</source>
        <translation>Zwischen den Runden {seconds} Pause.</translation>
    </message>
    <message>
        <source>before you start and after you finish, score them from 0 (none) to 10.</source>
        <translation>Bewerten Sie sie vor dem Beginn und nach dem Ende von 0 (keine) bis 10.</translation>
    </message>
    <message>
        <source>At {threshold} or more before you start: {back_off}</source>
        <translation>Bei {threshold} oder mehr vor dem Beginn: {back_off}</translation>
    </message>
    <message>
        <source>Rest {seconds} between sets</source>
        <translation>{seconds} Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>No rest between sets</source>
        <translation>Keine Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>about {seconds} per rep, breathing included</source>
        <translation>etwa {seconds} pro Wiederholung, Atmen eingeschlossen</translation>
    </message>
    <message>
        <source>about {seconds} per rep</source>
        <translation>etwa {seconds} pro Wiederholung</translation>
    </message>
    <message>
        <source>Illustration missing</source>
        <translation>Abbildung fehlt</translation>
    </message>
    <message>
        <source>Illustration {problem}</source>
        <translation>Abbildung: {problem}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{label}: </source>
        <translation>{label}: </translation>
    </message>
    <message>
        <source>Clinician&apos;s signature</source>
        <translation>Unterschrift Therapeut/in</translation>
    </message>
    <message>
        <source>All through each hold, slow breaths: {steps}.</source>
        <translation>Während jedes Haltens ruhig atmen: {steps}.</translation>
    </message>
    <message numerus="yes">
        <source>{where}, %n slow breath(s): {steps}.</source>
        <translation>
            <numerusform>{where} %n ruhiger Atemzug: {steps}.</numerusform>
            <numerusform>{where} %n ruhige Atemzüge: {steps}.</numerusform>
        </translation>
    </message>
    <message>
        <source>about {seconds} per hold, breathing included</source>
        <translation>etwa {seconds} pro Halten, Atmen eingeschlossen</translation>
    </message>
    <message>
        <source>about {seconds} per hold</source>
        <translation>etwa {seconds} pro Halten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>End, {side}</source>
        <translation>Ende, {side}</translation>
    </message>
    <message>
        <source>Key point: </source>
        <translation>Worauf es ankommt: </translation>
    </message>
    <message>
        <source>Why it works: </source>
        <translation>Warum es wirkt: </translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Breathing: </source>
        <translation>Atmung: </translation>
    </message>
    <message>
        <source>Easier: {name}. </source>
        <translation>Leichter: {name}. </translation>
    </message>
    <message>
        <source>Harder: {name}. </source>
        <translation>Schwerer: {name}. </translation>
    </message>
    <message>
        <source>Safety: </source>
        <translation>Sicherheit: </translation>
    </message>
    <message>
        <source>Check your symptoms: </source>
        <translation>Beschwerden prüfen: </translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Quelle: </translation>
    </message>
    <message>
        <source>Before you start: </source>
        <translation>Bevor Sie beginnen: </translation>
    </message>
    <message>
        <source>Red flags: </source>
        <translation>Warnzeichen: </translation>
    </message>
    <message>
        <source>If symptoms linger: </source>
        <translation>Wenn Beschwerden anhalten: </translation>
    </message>
    <message>
        <source>You will need</source>
        <translation>Sie brauchen</translation>
    </message>
    <message>
        <source>Clinician&apos;s notes</source>
        <translation>Notizen der Therapeutin / des Therapeuten</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>{exercise} (continued)</source>
        <translation>{exercise} (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>HistoryScreenWords</name>
    <message>
        <source>under 1 min</source>
        <translation>unter 1 Min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>exercises</comment>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>backed off: {choices}</source>
        <translation>zurückgenommen: {choices}</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Gold for you</source>
        <translation>Für Sie Gold wert</translation>
    </message>
    <message>
        <source>Garbage twice · skip it?</source>
        <translation>Zweimal Mist · weglassen?</translation>
    </message>
    <message>
        <source>and {earlier} earlier · Page Down</source>
        <translation>und {earlier} frühere · Bild abwärts</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}</source>
        <translation>{first}–{last} von {count}</translation>
    </message>
    <message>
        <source>{where} · Page Up newer · Page Down earlier</source>
        <translation>{where} · Bild aufwärts neuere · Bild abwärts frühere</translation>
    </message>
    <message>
        <source>{where} · Page Up newer</source>
        <translation>{where} · Bild aufwärts neuere</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>How each exercise felt</source>
        <translation>Wie sich jede Übung anfühlte</translation>
    </message>
    <message>
        <source>Rate an exercise after a warm-up to see it here.</source>
        <translation>Bewerten Sie eine Übung nach dem Aufwärmen, dann erscheint sie hier.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your warm-ups</source>
        <translation>Ihr Aufwärmen bisher</translation>
    </message>
    <message>
        <source>No warm-ups yet. Each one you do will show up here.</source>
        <translation>Noch keine Einheiten. Jede, die Sie machen, erscheint hier.</translation>
    </message>
    <message>
        <source>Esc  ·  Back</source>
        <translation>Esc  ·  Zurück</translation>
    </message>
    <message>
        <source>R  ·  Start afresh</source>
        <translation>R  ·  Neu anfangen</translation>
    </message>
    <message>
        <source>Forget which exercises were gold or garbage so far</source>
        <translation>Vergessen, welche Übungen bisher Gold oder Mist waren</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up(s) since {day}</source>
        <translation>
            <numerusform>%n Einheit seit {day}</numerusform>
            <numerusform>%n Einheiten seit {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week</source>
        <comment>warm-ups</comment>
        <translation>
            <numerusform>%n diese Woche</numerusform>
            <numerusform>%n diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Noch ist hier nichts.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Garbage</source>
        <translation>Mist</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Früher beendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>History file {file} could not be read ({reason}); it was kept aside as {kept_as}.</source>
        <translation>Die Verlaufsdatei {file} konnte nicht gelesen werden ({reason}); sie wurde als {kept_as} beiseitegelegt.</translation>
    </message>
    <message>
        <source>History file {file} could not be read ({reason}); it was left where it is.</source>
        <translation>Die Verlaufsdatei {file} konnte nicht gelesen werden ({reason}); sie bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>One history file could not be read and was kept aside as {name}.</source>
        <translation>Eine Verlaufsdatei konnte nicht gelesen werden und wurde als {name} beiseitegelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n history files could not be read and were kept aside: {names}.</source>
        <translation>
            <numerusform>%n Verlaufsdatei konnte nicht gelesen werden und wurde beiseitegelegt: {names}.</numerusform>
            <numerusform>%n Verlaufsdateien konnten nicht gelesen werden und wurden beiseitegelegt: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything else is here.</source>
        <translation>Alles andere ist da.</translation>
    </message>
</context>
<context>
    <name>IllustrationWords</name>
    <message>
        <source>Illustration &apos;{id}&apos; {problem}</source>
        <translation>Abbildung „{id}“: {problem}</translation>
    </message>
    <message>
        <source> Then: </source>
        <translation> Dann: </translation>
    </message>
    <message>
        <source>Exercise illustration</source>
        <translation>Abbildung der Übung</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
</context>
<context>
    <name>MainWindowWords</name>
    <message>
        <source>{routine} · Warm-up</source>
        <translation>{routine} · Aufwärmen</translation>
    </message>
    <message>
        <source>Another window of this app is open on the same history; each saves its own sessions, and each shows what it read when it opened.</source>
        <translation>Ein anderes Fenster dieser App nutzt denselben Verlauf; jedes speichert seine eigenen Einheiten und zeigt, was es beim Öffnen gelesen hat.</translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation>&amp;Aufwärmen</translation>
    </message>
    <message>
        <source>Adjust for this patient…</source>
        <translation>Für diese Person anpassen …</translation>
    </message>
    <message>
        <source>Save as routine…</source>
        <translation>Als Programm speichern …</translation>
    </message>
    <message>
        <source>Export handout PDF…</source>
        <translation>Merkblatt als PDF exportieren …</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Merkblatt drucken …</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vorführansicht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>Open routine…</source>
        <translation>Programm öffnen …</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Screen flash on beats</source>
        <translation>Bildschirm blinkt im Takt</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>C&amp;ounting</source>
        <translation>&amp;Zählen</translation>
    </message>
    <message>
        <source>Count by camera (V)</source>
        <translation>Per Kamera zählen (V)</translation>
    </message>
    <message>
        <source>To install it: {command}</source>
        <translation>Installieren mit: {command}</translation>
    </message>
    <message>
        <source>It needs Python 3.11 or 3.12</source>
        <translation>Dazu braucht es Python 3.11 oder 3.12</translation>
    </message>
    <message>
        <source>Count by camera (V): not installed</source>
        <translation>Per Kamera zählen (V): nicht installiert</translation>
    </message>
    <message>
        <source>The workout cut off last time no longer fits this routine; Enter starts afresh.</source>
        <translation>Das letztes Mal abgebrochene Training passt nicht mehr zu diesem Programm; Enter beginnt neu.</translation>
    </message>
    <message>
        <source>End the workout here?</source>
        <translation>Training hier beenden?</translation>
    </message>
    <message>
        <source>What you did is kept; the rest is left out.</source>
        <translation>Was Sie gemacht haben, bleibt erhalten; der Rest entfällt.</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Quit in the middle of the workout?</source>
        <translation>Mitten im Training beenden?</translation>
    </message>
    <message>
        <source>It is kept: the next start offers to resume it where it stopped.</source>
        <translation>Es bleibt erhalten: Beim nächsten Start können Sie dort weitermachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Could not save this choice: {reason}</source>
        <translation>Diese Auswahl konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Could not save the reset: {reason}</source>
        <translation>Das Zurücksetzen konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>{what}: from the overview or the presenter view (F5), not during a workout</source>
        <translation>{what}: in der Übersicht oder der Vorführansicht (F5), nicht während des Trainings</translation>
    </message>
    <message>
        <source>Adjusting the dosage</source>
        <translation>Dosierung anpassen</translation>
    </message>
    <message>
        <source>Saving as a routine</source>
        <translation>Als Programm speichern</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>Als Programm speichern</translation>
    </message>
    <message>
        <source>Routines (*.yaml *.yml)</source>
        <translation>Programme (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The handout</source>
        <translation>Das Merkblatt</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Merkblatt exportieren</translation>
    </message>
    <message>
        <source>warm-up handout.pdf</source>
        <translation>Aufwärmen Merkblatt.pdf</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Printing the handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Could not print the handout.</source>
        <translation>Das Merkblatt konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Muted · M</source>
        <translation>Stumm · M</translation>
    </message>
    <message>
        <source>Sound on · M</source>
        <translation>Ton an · M</translation>
    </message>
    <message>
        <source>Counting by camera is not installed: see the Counting menu</source>
        <translation>Zählen per Kamera ist nicht installiert: siehe Menü Zählen</translation>
    </message>
    <message>
        <source>Counting by camera · V</source>
        <translation>Zählen per Kamera · V</translation>
    </message>
    <message>
        <source>Camera off · V</source>
        <translation>Kamera aus · V</translation>
    </message>
</context>
<context>
    <name>OverlayWords</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Start (overview, checklist)</source>
        <translation>Start (Übersicht, Checkliste)</translation>
    </message>
    <message>
        <source>Space  /  Backspace</source>
        <translation>Leertaste  /  Rücktaste</translation>
    </message>
    <message>
        <source>Count a rep  /  take it back</source>
        <translation>Wiederholung zählen  /  zurücknehmen</translation>
    </message>
    <message>
        <source>Go on to the top of a range · one more / fewer rep (±10 s in a rest)</source>
        <translation>Bis zum oberen Ende · eine Wdh. mehr / weniger (±10 s in der Pause)</translation>
    </message>
    <message>
        <source>Next / previous step (skips a rest)</source>
        <translation>Nächster / vorheriger Schritt (überspringt eine Pause)</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>H  ·  0–9, T</source>
        <translation>H  ·  0–9, T</translation>
    </message>
    <message>
        <source>This hurts: back off · a symptom score asked (T = 10)</source>
        <translation>Das tut weh: zurücknehmen · Beschwerdewert (T = 10)</translation>
    </message>
    <message>
        <source>Back off this way · rate gold / okay / garbage · a note (Esc: not now)</source>
        <translation>So zurücknehmen · Gold / okay / Mist bewerten · Notiz (Esc: nicht jetzt)</translation>
    </message>
    <message>
        <source>End the workout here (Enter confirms, Esc keeps going)</source>
        <translation>Training hier beenden (Enter bestätigt, Esc macht weiter)</translation>
    </message>
    <message>
        <source>Dosage · history · skip offer · resume</source>
        <translation>Dosierung · Verlauf · Auslassen · fortsetzen</translation>
    </message>
    <message>
        <source>Show or hide the steps of the exercise</source>
        <translation>Schritte der Übung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Count by itself, or by key · by camera (kept)</source>
        <translation>Selbst zählen oder per Taste · per Kamera (bleibt so)</translation>
    </message>
    <message>
        <source>1–4  ·  G / O / X  ·  N</source>
        <translation>1–4  ·  G / O / X  ·  N</translation>
    </message>
    <message>
        <source>Mute cues</source>
        <translation>Hinweise stumm schalten</translation>
    </message>
    <message>
        <source>F  /  Esc</source>
        <translation>F  /  Esc</translation>
    </message>
    <message>
        <source>Fullscreen / leave fullscreen</source>
        <translation>Vollbild / Vollbild verlassen</translation>
    </message>
    <message>
        <source>Presenter view (1–9, arrows, C)</source>
        <translation>Vorführansicht (1–9, Pfeiltasten, C)</translation>
    </message>
    <message>
        <source>Ctrl+O  ·  Ctrl+S  ·  Ctrl+P</source>
        <translation>Strg+O  ·  Strg+S  ·  Strg+P</translation>
    </message>
    <message>
        <source>Open routine · save routine · handout PDF</source>
        <translation>Programm öffnen · speichern · Merkblatt als PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Strg+Umschalt+P</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>?  ·  Ctrl+Q</source>
        <translation>?  ·  Strg+Q</translation>
    </message>
    <message>
        <source>These keys · quit</source>
        <translation>Diese Tasten · beenden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>OverviewWords</name>
    <message>
        <source>Red flags: {flags}</source>
        <translation>Warnzeichen: {flags}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>K  Skip</source>
        <translation>K  Auslassen</translation>
    </message>
    <message>
        <source>Start  ·  Enter</source>
        <translation>Start  ·  Enter</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Sie brauchen</translation>
    </message>
    <message>
        <source>Rounds of the circuit</source>
        <translation>Runden des Durchgangs</translation>
    </message>
    <message>
        <source>Press {key}</source>
        <translation>Taste {key}</translation>
    </message>
    <message>
        <source>Skipped for you</source>
        <translation>Für Sie ausgelassen</translation>
    </message>
    <message>
        <source>Gold for you</source>
        <translation>Für Sie Gold wert</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>You rated {exercises} garbage twice in a row. Skip it from now on?</source>
        <translation>Sie haben {exercises} zweimal hintereinander als Mist bewertet. Ab jetzt auslassen?</translation>
    </message>
    <message>
        <source>K  Skip it</source>
        <translation>K  Auslassen</translation>
    </message>
    <message>
        <source>Skipping {exercises}, as you chose.</source>
        <translation>{exercises} wird ausgelassen, wie Sie es gewählt haben.</translation>
    </message>
    <message>
        <source>K  Bring it back</source>
        <translation>K  Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Start afresh  ·  Enter</source>
        <translation>Neu anfangen  ·  Enter</translation>
    </message>
</context>
<context>
    <name>PacerWords</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <source>{phase}, {seconds} s left</source>
        <translation>{phase}, noch {seconds} s</translation>
    </message>
    <message>
        <source>Paused · P resumes</source>
        <translation>Pausiert · P setzt fort</translation>
    </message>
</context>
<context>
    <name>PainWords</name>
    <message>
        <source>Pain means back off, not push through. What now?</source>
        <translation>Schmerz heißt zurücknehmen, nicht durchbeißen. Was jetzt?</translation>
    </message>
    <message>
        <source>How strong are your symptoms right now?</source>
        <translation>Wie stark sind Ihre Beschwerden gerade?</translation>
    </message>
    <message>
        <source>0 = none, 10 = worst.</source>
        <translation>0 = keine, 10 = am schlimmsten.</translation>
    </message>
    <message>
        <source>Press {key}</source>
        <translation>Taste {key}</translation>
    </message>
    <message>
        <source>Press T (ten)</source>
        <translation>Taste T (zehn)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no symptoms</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>worst</source>
        <comment>the worst symptoms</comment>
        <translation>am schlimmsten</translation>
    </message>
    <message>
        <source>Press 0–9, or T for 10.</source>
        <translation>Drücken Sie 0–9 oder T für 10.</translation>
    </message>
    <message>
        <source>Enter · Esc   Not now</source>
        <translation>Enter · Esc   Nicht jetzt</translation>
    </message>
    <message>
        <source>e.g. where you felt it, what changed</source>
        <translation>z. B. wo Sie es gespürt haben, was sich geändert hat</translation>
    </message>
    <message>
        <source>Symptoms {score} of 10</source>
        <translation>Beschwerden {score} von 10</translation>
    </message>
    <message>
        <source>Symptoms {when}? 0 none … 10 worst</source>
        <translation>Beschwerden {when}? 0 keine … 10 am schlimmsten</translation>
    </message>
    <message>
        <source>N   Note (optional)</source>
        <translation>N   Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>Esc   Skip</source>
        <translation>Esc   Überspringen</translation>
    </message>
    <message>
        <source>Your ratings decide what to suggest next time.</source>
        <translation>Ihre Bewertungen bestimmen, was nächstes Mal vorgeschlagen wird.</translation>
    </message>
    <message>
        <source>How was {exercise} for you?</source>
        <translation>Wie war {exercise} für Sie?</translation>
    </message>
    <message>
        <source>Gold, okay, or garbage: only you can tell.</source>
        <translation>Gold, okay oder Mist: Das können nur Sie sagen.</translation>
    </message>
</context>
<context>
    <name>PathWords</name>
    <message>
        <source>The system gives no folder for app data; set {variable} to a folder to keep the history in.</source>
        <translation>Das System nennt keinen Ordner für App-Daten; setzen Sie {variable} auf einen Ordner, in dem der Verlauf gespeichert werden soll.</translation>
    </message>
    <message>
        <source>History cannot be kept: the data folder {folder} cannot be made ({reason}). The warm-up works; nothing is saved until that folder can be made.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: Der Datenordner {folder} lässt sich nicht anlegen ({reason}). Das Aufwärmen funktioniert; gespeichert wird erst, wenn sich der Ordner anlegen lässt.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>About {minutes} min</source>
        <translation>Etwa {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>time run so far</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{rounds} · {minutes}</source>
        <comment>rounds and how long they take</comment>
        <translation>{rounds} · {minutes}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at {place}, %n rep(s) done ({elapsed} in).</source>
        <translation>
            <numerusform>Angehalten bei {place}, %n Wiederholung geschafft (nach {elapsed}).</numerusform>
            <numerusform>Angehalten bei {place}, %n Wiederholungen geschafft (nach {elapsed}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at {place} ({elapsed} in).</source>
        <translation>Angehalten bei {place} (nach {elapsed}).</translation>
    </message>
</context>
<context>
    <name>PresenterWords</name>
    <message>
        <source>Presenter view</source>
        <translation>Vorführansicht</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>{dosage} · breathe {breath} {where}</source>
        <translation>{dosage} · {breath} atmen, {where}</translation>
    </message>
    <message numerus="yes">
        <source>rep(s)</source>
        <comment>under the rep count</comment>
        <translation>
            <numerusform>Wdh.</numerusform>
            <numerusform>Wdh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt im Programm</translation>
    </message>
    <message>
        <source>{done} of {blocks} blocks done</source>
        <translation>{done} von {blocks} Blöcken geschafft</translation>
    </message>
</context>
<context>
    <name>RepCounterWords</name>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelassen</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} von %n Wiederholung</numerusform>
            <numerusform>{done} von %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n set(s)</source>
        <translation>
            <numerusform>{done} von %n Satz</numerusform>
            <numerusform>{done} von %n Sätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>{sets}, {partly} partly</source>
        <translation>{sets}, {partly} teilweise</translation>
    </message>
    <message>
        <source>This hurts in {exercise}</source>
        <translation>Das tut weh bei {exercise}</translation>
    </message>
    <message>
        <source>Symptoms too high before {exercise}</source>
        <translation>Beschwerden zu stark vor {exercise}</translation>
    </message>
    <message>
        <source>a wrong score, asked again</source>
        <translation>falscher Wert, neu gefragt</translation>
    </message>
    <message>
        <source>the exercise skipped</source>
        <translation>Übung ausgelassen</translation>
    </message>
    <message>
        <source>the easier version from then on</source>
        <translation>ab da die leichtere Variante</translation>
    </message>
    <message>
        <source>made smaller and slower from then on</source>
        <translation>ab da kleiner und langsamer</translation>
    </message>
    <message>
        <source>that block ended, the next ones shorter</source>
        <translation>dieser Block beendet, die nächsten kürzer</translation>
    </message>
    <message>
        <source>the rest of the exercise skipped</source>
        <translation>der Rest der Übung ausgelassen</translation>
    </message>
    <message>
        <source>pressed by mistake, nothing changed</source>
        <translation>aus Versehen gedrückt, nichts geändert</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>weitergemacht</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>{before} → {after} of 10</source>
        <translation>{before} → {after} von 10</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ohne Bewertung</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Stopped during {exercise}</source>
        <translation>Beendet während {exercise}</translation>
    </message>
    <message>
        <source>Stopped before {exercise}</source>
        <translation>Beendet vor {exercise}</translation>
    </message>
    <message>
        <source>Warm-up done</source>
        <translation>Aufwärmen geschafft</translation>
    </message>
    <message numerus="yes">
        <source>Ended early after {done} of %n rep(s)</source>
        <translation>
            <numerusform>Vorzeitig beendet nach {done} von %n Wiederholung</numerusform>
            <numerusform>Vorzeitig beendet nach {done} von %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended before the first rep</source>
        <translation>Vor der ersten Wiederholung beendet</translation>
    </message>
    <message>
        <source>{time} active</source>
        <translation>{time} aktiv</translation>
    </message>
    <message>
        <source>{time} paused</source>
        <translation>{time} pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinePhrases</name>
    <message>
        <source>{name} (optional)</source>
        <translation>{name} (optional)</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} oder {last}</translation>
    </message>
    <message>
        <source>Left {side}</source>
        <translation>{side} links</translation>
    </message>
    <message>
        <source>Right {side}</source>
        <translation>{side} rechts</translation>
    </message>
    <message>
        <source>left {side}</source>
        <comment>inside a sentence</comment>
        <translation>{side} links</translation>
    </message>
    <message>
        <source>right {side}</source>
        <comment>inside a sentence</comment>
        <translation>{side} rechts</translation>
    </message>
    <message>
        <source> each position</source>
        <translation> je Position</translation>
    </message>
    <message>
        <source> per {side}</source>
        <translation> pro {side}</translation>
    </message>
    <message>
        <source> per {side}, alternating sides</source>
        <translation> pro {side}, Seiten im Wechsel</translation>
    </message>
    <message>
        <source>, alternating sides</source>
        <translation>, Seiten im Wechsel</translation>
    </message>
    <message>
        <source>, alternating sides ({reps} each side)</source>
        <translation>, Seiten im Wechsel ({reps} je Seite)</translation>
    </message>
    <message numerus="yes">
        <source>{count} hold(s) of {seconds} s</source>
        <translation>
            <numerusform>{count}-mal {seconds} s halten</numerusform>
            <numerusform>{count}-mal {seconds} s halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rep(s)</source>
        <translation>
            <numerusform>{count} Wdh.</numerusform>
            <numerusform>{count} Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} set(s) × {what}{per_what}</source>
        <translation>
            <numerusform>{count} Satz × {what}{per_what}</numerusform>
            <numerusform>{count} Sätze × {what}{per_what}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Breathe at the end position</source>
        <translation>In der Endposition atmen</translation>
    </message>
    <message>
        <source>Breathe at the start position</source>
        <translation>In der Startposition atmen</translation>
    </message>
    <message>
        <source>Hold and breathe</source>
        <translation>Halten und atmen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>before each rep</source>
        <translation>vor jeder Wiederholung</translation>
    </message>
    <message>
        <source>during each hold</source>
        <translation>während jedes Haltens</translation>
    </message>
    <message>
        <source>in the end position of each rep</source>
        <translation>in der Endposition jeder Wiederholung</translation>
    </message>
</context>
<context>
    <name>SavingWords</name>
    <message>
        <source>This session is not saved yet: {reason}. Your reps are kept and are saved as soon as the history folder can be written again.</source>
        <translation>Diese Einheit ist noch nicht gespeichert: {reason}. Ihre Wiederholungen bleiben erhalten und werden gespeichert, sobald der Verlaufsordner wieder beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>SessionCueWords</name>
    <message>
        <source>A warm-up is running</source>
        <translation>Ein Aufwärmprogramm läuft</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Before each run</source>
        <translation>Vor jedem Lauf</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message>
        <source>Cannot play {file}: {reason}</source>
        <translation>{file} lässt sich nicht abspielen: {reason}</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>The camera failed: {reason}</source>
        <translation>Die Kamera ist ausgefallen: {reason}</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Symptoms 0–10</source>
        <translation>Beschwerden 0–10</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>L  ·  History</source>
        <translation>L  ·  Verlauf</translation>
    </message>
    <message>
        <source>Enter  ·  Back to the overview</source>
        <translation>Eingabe  ·  Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+Q  ·  Quit</source>
        <translation>Strg+Q  ·  Beenden</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Saved now: this session is in the history.</source>
        <translation>Jetzt gespeichert: Diese Einheit steht im Verlauf.</translation>
    </message>
</context>
<context>
    <name>WorkoutWords</name>
    <message>
        <source>{rest} · → skips · + 10 s</source>
        <translation>{rest} · → überspringt · + 10 s</translation>
    </message>
    <message>
        <source>of {goal} · done</source>
        <translation>von {goal} · geschafft</translation>
    </message>
    <message numerus="yes">
        <source>of %n rep(s) · ↑ for up to {top}</source>
        <translation>
            <numerusform>von %n Wdh. · ↑ für bis zu {top}</numerusform>
            <numerusform>von %n Wdh. · ↑ für bis zu {top}</numerusform>
        </translation>
    </message>
    <message>
        <source>{low} done · on to {goal}, or →</source>
        <translation>{low} geschafft · weiter bis {goal} oder →</translation>
    </message>
    <message>
        <source>of {low}–{goal} reps</source>
        <translation>von {low}–{goal} Wdh.</translation>
    </message>
    <message numerus="yes">
        <source>of %n rep(s)</source>
        <translation>
            <numerusform>von %n Wdh.</numerusform>
            <numerusform>von %n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>{step}: seconds left</source>
        <translation>{step}: verbleibende Sekunden</translation>
    </message>
    <message>
        <source>left in the hold</source>
        <translation>noch im Halten</translation>
    </message>
    <message>
        <source>hold {hold} of {holds}</source>
        <translation>Halten {hold} von {holds}</translation>
    </message>
    <message numerus="yes">
        <source>of %n rep(s) per {side}</source>
        <translation>
            <numerusform>von %n Wdh. pro {side}</numerusform>
            <numerusform>von %n Wdh. pro {side}</numerusform>
        </translation>
    </message>
    <message>
        <source>{caption} · done</source>
        <translation>{caption} · geschafft</translation>
    </message>
    <message>
        <source> · ↑ for up to {top}</source>
        <translation> · ↑ für bis zu {top}</translation>
    </message>
    <message>
        <source>Counts down by itself</source>
        <translation>Zählt selbst herunter</translation>
    </message>
    <message>
        <source>The camera counts (V)</source>
        <translation>Die Kamera zählt (V)</translation>
    </message>
    <message>
        <source>Counts by itself (A)</source>
        <translation>Zählt selbst (A)</translation>
    </message>
    <message>
        <source>You count: Space (A)</source>
        <translation>Sie zählen: Leertaste (A)</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Cue caption</source>
        <translation>Untertitel der Hinweise</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Verlauf nicht gespeichert</translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation>←  Zurück</translation>
    </message>
    <message>
        <source>P  Pause</source>
        <translation>P  Anhalten</translation>
    </message>
    <message>
        <source>Space  Count rep</source>
        <translation>Leertaste  Zählen</translation>
    </message>
    <message>
        <source>A  Auto-count</source>
        <translation>A  Selbst zählen</translation>
    </message>
    <message>
        <source>Next  →</source>
        <translation>Weiter  →</translation>
    </message>
    <message>
        <source>I  Steps</source>
        <translation>I  Schritte</translation>
    </message>
    <message>
        <source>H  This hurts</source>
        <translation>H  Das tut weh</translation>
    </message>
    <message>
        <source>{time} done</source>
        <translation>{time} geschafft</translation>
    </message>
    <message>
        <source>Paused · {clock}</source>
        <translation>Pausiert · {clock}</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>{done} of {goal} done, rep {rep} under way</source>
        <translation>{done} von {goal} geschafft, Wiederholung {rep} läuft</translation>
    </message>
    <message>
        <source>Red flags: {flags}</source>
        <translation>Warnzeichen: {flags}</translation>
    </message>
    <message>
        <source>P  Resume</source>
        <translation>P  Fortsetzen</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>large, over the picture</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>P resumes</source>
        <translation>P setzt fort</translation>
    </message>
    <message>
        <source>How to do {exercise}  ·  I hides the steps</source>
        <translation>So geht {exercise}  ·  I blendet die Schritte aus</translation>
    </message>
</context>
</TS>
