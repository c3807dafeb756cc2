<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CameraWords</name>
    <message numerus="yes">
        <source>{angle} {span} · mean {mean}° · %n rep(s)</source>
        <translation>
            <numerusform>{angle} {span} · mean {mean}° · %n rep</numerusform>
            <numerusform>{angle} {span} · mean {mean}° · %n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistScreenWords</name>
    <message numerus="yes">
        <source>S  ·  Skip %n exercise(s)</source>
        <translation>
            <numerusform>S  ·  Skip %n exercise</numerusform>
            <numerusform>S  ·  Skip %n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueWords</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutWords</name>
    <message numerus="yes">
        <source>{where}, %n slow breath(s): {steps}.</source>
        <translation>
            <numerusform>{where}, one slow breath: {steps}.</numerusform>
            <numerusform>{where}, %n slow breaths: {steps}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the whole circuit once, or up to %n times for a longer session, one exercise after the other.</source>
        <translation>
            <numerusform>Do the whole circuit once, or up to %n times for a longer session, one exercise after the other.</numerusform>
            <numerusform>Do the whole circuit once, or up to %n times for a longer session, one exercise after the other.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryScreenWords</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>exercises</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up(s) since {day}</source>
        <translation>
            <numerusform>%n warm-up since {day}</numerusform>
            <numerusform>%n warm-ups since {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week</source>
        <comment>warm-ups</comment>
        <translation>
            <numerusform>%n this week</numerusform>
            <numerusform>%n this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n history files could not be read and were kept aside: {names}.</source>
        <translation>
            <numerusform>%n history files could not be read and were kept aside: {names}.</numerusform>
            <numerusform>%n history files could not be read and were kept aside: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message numerus="yes">
        <source>Stopped at {place}, %n rep(s) done ({elapsed} in).</source>
        <translation>
            <numerusform>Stopped at {place}, %n rep done ({elapsed} in).</numerusform>
            <numerusform>Stopped at {place}, %n reps done ({elapsed} in).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWords</name>
    <message numerus="yes">
        <source>rep(s)</source>
        <comment>under the rep count</comment>
        <translation>
            <numerusform>rep</numerusform>
            <numerusform>reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} of %n rep</numerusform>
            <numerusform>{done} of %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n set(s)</source>
        <translation>
            <numerusform>{done} of %n set</numerusform>
            <numerusform>{done} of %n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended early after {done} of %n rep(s)</source>
        <translation>
            <numerusform>Ended early after {done} of %n rep</numerusform>
            <numerusform>Ended early after {done} of %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinePhrases</name>
    <message numerus="yes">
        <source>{count} hold(s) of {seconds} s</source>
        <translation>
            <numerusform>{count} hold of {seconds} s</numerusform>
            <numerusform>{count} holds of {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rep(s)</source>
        <translation>
            <numerusform>{count} rep</numerusform>
            <numerusform>{count} reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} set(s) × {what}{per_what}</source>
        <translation>
            <numerusform>{count} set × {what}{per_what}</numerusform>
            <numerusform>{count} sets × {what}{per_what}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkoutWords</name>
    <message numerus="yes">
        <source>of %n rep(s) · ↑ for up to {top}</source>
        <translation>
            <numerusform>of %n rep · ↑ for up to {top}</numerusform>
            <numerusform>of %n reps · ↑ for up to {top}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n rep(s)</source>
        <translation>
            <numerusform>of %n rep</numerusform>
            <numerusform>of %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n rep(s) per {side}</source>
        <translation>
            <numerusform>of %n rep per {side}</numerusform>
            <numerusform>of %n reps per {side}</numerusform>
        </translation>
    </message>
</context>
</TS>
