<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/audit_log_dialog.py" line="+365" />
        <source>%n registreringer.</source>
        <translation>
            <numerusform>%n registrering.</numerusform>
            <numerusform>%n registreringer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>De nyeste %n registreringer vises – rul ned for flere.</source>
        <translation>
            <numerusform>Den nyeste registrering vises – rul ned for flere.</numerusform>
            <numerusform>De nyeste %n registreringer vises – rul ned for flere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingPane</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/inbox/panes/booking.py" line="+153" />
        <source>%n konflikt(er) med den ønskede tid.</source>
        <translation>
            <numerusform>%n konflikt med den ønskede tid.</numerusform>
            <numerusform>%n konflikter med den ønskede tid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/calendar/dialog.py" line="+118" />
        <source>%n bookede tider ligger nu uden for ugeskemaet; de er bevaret og står nedenfor.</source>
        <translation>
            <numerusform>%n booket tid ligger nu uden for ugeskemaet; den er bevaret og står nedenfor.</numerusform>
            <numerusform>%n bookede tider ligger nu uden for ugeskemaet; de er bevaret og står nedenfor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayTab</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/calendar/day_tab.py" line="+121" />
        <source>%n ledige</source>
        <translation>
            <numerusform>%n ledig</numerusform>
            <numerusform>%n ledige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n bestillinger venter</source>
        <translation>
            <numerusform>%n bestilling venter</numerusform>
            <numerusform>%n bestillinger venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n aftaler</source>
        <translation>
            <numerusform>%n aftale</numerusform>
            <numerusform>%n aftaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideViewerDialog</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/guide_viewer.py" line="+231" />
        <source>%n sider</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/patient_card/history.py" line="+172" />
        <location line="+31" />
        <source>%n linjer.</source>
        <translation>
            <numerusform>%n linje.</numerusform>
            <numerusform>%n linjer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/patient_card/card.py" line="+177" />
        <source>%n år</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientImportDialog</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/patients/import_dialog.py" line="+170" />
        <source>%n linjer læst (%2, adskilt med %3).</source>
        <translation>
            <numerusform>%n linje læst (%2, adskilt med %3).</numerusform>
            <numerusform>%n linjer læst (%2, adskilt med %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientLogDialog</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/patient_card/patient_log.py" line="+153" />
        <source>%n registreringer.</source>
        <translation>
            <numerusform>%n registrering.</numerusform>
            <numerusform>%n registreringer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientSearchDialog</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/patient_card/search.py" line="+94" />
        <source>%n patienter. Vælg en og tryk Enter.</source>
        <translation>
            <numerusform>%n patient. Vælg den og tryk Enter.</numerusform>
            <numerusform>%n patienter. Vælg en og tryk Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhraseTab</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/phrases/tab.py" line="+302" />
        <source>%n nye</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n ændrede</source>
        <translation>
            <numerusform>%n ændret</numerusform>
            <numerusform>%n ændrede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n uændrede</source>
        <translation>
            <numerusform>%n uændret</numerusform>
            <numerusform>%n uændrede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n standardtekster er gemt i %2.</source>
        <translation>
            <numerusform>%n standardtekst er gemt i %2.</numerusform>
            <numerusform>%n standardtekster er gemt i %2.</numerusform>
        </translation>
    </message>
</context>
<context><name>CalendarTexts</name><message numerus="yes"><source>%n dage frem</source><translation><numerusform>%n dag frem</numerusform><numerusform>%n dage frem</numerusform></translation></message><message numerus="yes"><source>%n fjernet</source><translation><numerusform>%n fjernet</numerusform><numerusform>%n fjernet</numerusform></translation></message><message numerus="yes"><source>%n nye ledige tider</source><translation><numerusform>%n ny ledig tid</numerusform><numerusform>%n nye ledige tider</numerusform></translation></message><message numerus="yes"><source>%n timer før</source><translation><numerusform>%n time før</numerusform><numerusform>%n timer før</numerusform></translation></message></context><context><name>InboxView</name><message numerus="yes"><source>%n element(er)</source><translation><numerusform>%n element</numerusform><numerusform>%n elementer</numerusform></translation></message></context><context><name>PatientHistory</name><message numerus="yes"><source>%n beskeder</source><translation><numerusform>%n besked</numerusform><numerusform>%n beskeder</numerusform></translation></message></context><context><name>SafetyLists</name><message numerus="yes"><source>%n hastesager er ikke afsluttet ved lukketid %1. Sørg for, at de bliver set, eller giv dem videre.</source><translation><numerusform>%n hastesag er ikke afsluttet ved lukketid %1. Sørg for, at den bliver set, eller giv den videre.</numerusform><numerusform>%n hastesager er ikke afsluttet ved lukketid %1. Sørg for, at de bliver set, eller giv dem videre.</numerusform></translation></message><message numerus="yes"><source>%n hastesager kom, mens klinikken var lukket. Se dem først ved åbningen %1.</source><translation><numerusform>%n hastesag kom, mens klinikken var lukket. Se den først ved åbningen %1.</numerusform><numerusform>%n hastesager kom, mens klinikken var lukket. Se dem først ved åbningen %1.</numerusform></translation></message></context><context><name>SafetyWatch</name><message numerus="yes"><source>+ %n hastevarsler mere – vis mappen Haster</source><translation><numerusform>+ %n hastevarsel mere – vis mappen Haster</numerusform><numerusform>+ %n hastevarsler mere – vis mappen Haster</numerusform></translation></message><message numerus="yes"><source>Haster-henvendelse ikke åbnet i %n minutter</source><translation><numerusform>Haster-henvendelse ikke åbnet i %n minut</numerusform><numerusform>Haster-henvendelse ikke åbnet i %n minutter</numerusform></translation></message><message numerus="yes"><source>Opgaver (%n)…</source><translation><numerusform>Opgaver (%n)…</numerusform><numerusform>Opgaver (%n)…</numerusform></translation></message></context></TS>