<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
<context>
    <name>BookingPane</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/inbox/panes/booking.py" line="+145"/>
        <source>%n konflikt(er) med den ønskede tid.</source>
        <translation>
            <numerusform>%n konflikt med den ønskede tid.</numerusform>
            <numerusform>%n konflikter med den ønskede tid.</numerusform>
        </translation>
    </message>
</context>
</TS>
