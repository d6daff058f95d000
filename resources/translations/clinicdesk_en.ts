<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name />
    <message>
        <location filename="../../clinicdesk/domain/errors.py" line="+11" />
        <source>Der opstod en fejl.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Du har ikke adgang til at gøre dette. Spørg en administrator.</source>
        <translation>You do not have permission to do this. Ask an administrator.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Det du leder efter, findes ikke (længere). Opdatér visningen og prøv igen.</source>
        <translation>What you are looking for does not exist (any more). Refresh the view and try again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>En anden har ændret dette, siden du åbnede det. Genindlæs for at se den nyeste udgave; din tekst er bevaret.</source>
        <translation>Someone else has changed this since you opened it. Reload to see the latest version; your text has been kept.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Oplysningerne er ikke gyldige.</source>
        <translation>The information is not valid.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Log ind mislykkedes. Tjek brugernavn og adgangskode, og prøv igen. Efter 5 forkerte forsøg spærres kontoen i 15 minutter; en administrator kan låse den op.</source>
        <translation>Log in failed. Check your user name and password, and try again. After 5 wrong attempts the account is locked for 15 minutes; an administrator can unlock it.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Din adgangskode er midlertidig (sat af en administrator). Vælg din egen adgangskode, før du fortsætter.</source>
        <translation>Your password is temporary (set by an administrator). Choose your own password before you continue.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Din adgang er blevet ændret eller lukket, siden du loggede ind. Log ind igen; spørg en administrator, hvis du mangler adgang.</source>
        <translation>Your access has been changed or closed since you logged in. Log in again; ask an administrator if you are missing access.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Der opstod en fejl i databasen. Intet er gemt. Prøv igen om lidt; kontakt IT, hvis det varer ved.</source>
        <translation>A database error occurred. Nothing has been saved. Try again in a moment; contact IT if it persists.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Det er sikkert at trykke på den samme knap igen: intet bliver gjort to gange.</source>
        <extracomment>said after the message where the action carried an action id</extracomment>
        <translation>It is safe to press the same button again: nothing will be done twice.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Disken er fuld, så ændringen kunne ikke gemmes. Intet er gået tabt: din tekst står der stadig. Frigør plads på disken (eller kontakt IT), og prøv så igen.</source>
        <extracomment>the whole text for an action with an id, where the default message's advice does not fit</extracomment>
        <translation>The disk is full, so the change could not be saved. Nothing has been lost: your text is still there. Free up space on the disk (or contact IT), then try again.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Databasen er optaget af en anden arbejdsstation lige nu, så intet er gemt endnu. Vent et øjeblik, og prøv igen; din tekst står der stadig.</source>
        <translation>The database is busy with another workstation right now, so nothing has been saved yet. Wait a moment and try again; your text is still there.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Forbindelsen til databasen blev afbrudt, så intet er gemt. Kontrollér netværket, og prøv igen; din tekst står der stadig.</source>
        <translation>The connection to the database was lost, so nothing has been saved. Check the network and try again; your text is still there.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Forbindelsen til databasen blev afbrudt, så handlingen kan være gennemført eller ej. Kontrollér netværket, og tryk så på den samme knap igen – det er sikkert: er handlingen allerede gennemført, får du besked om det, og intet bliver sendt eller gjort to gange. Din tekst står der stadig.</source>
        <translation>The connection to the database was lost, so the action may or may not have been completed. Check the network, then press the same button again – it is safe: if the action has already been completed, you will be told so, and nothing will be sent or done twice. Your text is still there.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Databasen kan ikke nås lige nu (serveren svarer ikke), så intet er gemt. Kontrollér netværket, eller bed IT se efter databaseserveren, og prøv så igen; din tekst står der stadig.</source>
        <translation>The database cannot be reached right now (the server does not answer), so nothing was saved. Check the network, or ask IT to look at the database server, then try again; your text is still there.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Forbindelsen blev afbrudt, lige da ændringen blev gemt, så det er uvist, om den nåede frem. Genindlæs (F5) og se efter, før du prøver igen; din tekst står der stadig.</source>
        <translation>The connection was lost just as the change was being saved, so it is unclear whether it got through. Reload (F5) and check before you try again; your text is still there.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Forbindelsen blev afbrudt, lige da handlingen blev gemt, så det er uvist, om den nåede frem: den kan være gennemført. Tryk på den samme knap igen – det er sikkert: er handlingen allerede gennemført, får du besked om det (»Allerede sendt«), og intet bliver sendt eller gjort to gange. Din tekst står der stadig.</source>
        <translation>The connection was lost just as the action was being saved, so it is unclear whether it got through: it may have been completed. Press the same button again – it is safe: if the action has already been completed, you will be told so (»Already sent«), and nothing will be sent or done twice. Your text is still there.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Databasen kan kun læses (filen eller disken er skrivebeskyttet), så intet er gemt. Kontakt IT.</source>
        <translation>The database is read-only (the file or the disk is write-protected), so nothing has been saved. Contact IT.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Programmet har ikke adgang til databasens fil eller mappe, så intet er gemt. Kontakt IT.</source>
        <translation>The program has no access to the database file or folder, so nothing has been saved. Contact IT.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/attachments.py" line="+176" />
        <source>Der kan højst vedhæftes {n} filer (klinikkens grænse). Fjern nogle, og prøv igen.</source>
        <extracomment>content type → the extension of the stored name what a file dialog offers Signatures of programs: Windows PE (DOS stub text, PE header for x86/x64/ARM64), ELF, Mach-O (32/64 bit, both byte orders, fat binaries).</extracomment>
        <translation>At most {n} files can be attached (the clinic's limit). Remove some and try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>fil {n}</source>
        <translation>file {n}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filen {name} er større end {max_mb} MB, som er klinikkens grænse for én fil. Gør den mindre, og prøv igen.</source>
        <translation>The file {name} is larger than {max_mb} MB, which is the clinic's limit for one file. Make it smaller and try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Filen {name} er hverken et billede eller en PDF. Vedhæft billeder eller PDF-filer.</source>
        <translation>The file {name} is neither an image nor a PDF. Attach images or PDF files.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Filen {name} indeholder et program og kan ikke vedhæftes. Vedhæft billeder eller PDF-filer.</source>
        <translation>The file {name} contains a program and cannot be attached. Attach images or PDF files.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PDF-filen {name} indeholder aktivt indhold (fx JavaScript eller indlejrede filer) eller kan ikke læses, så den kan ikke vedhæftes. Gem den som en almindelig PDF (Udskriv til PDF) og prøv igen.</source>
        <translation>The PDF file {name} contains active content (e.g. JavaScript or embedded files) or cannot be read, so it cannot be attached. Save it as an ordinary PDF (Print to PDF) and try again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/auth.py" line="+85" />
        <source>Du er ikke tilknyttet denne klinik.</source>
        <translation>You are not linked to this clinic.</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Din bruger er ikke tilknyttet nogen klinik. Kontakt en administrator.</source>
        <translation>Your user is not linked to any clinic. Contact an administrator.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Vælg en anden adgangskode end den, du har nu.</source>
        <translation>Choose a password different from the one you have now.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/calendar/admin.py" line="+71" />
        <location filename="../../clinicdesk/services/calendar/day.py" line="+112" />
        <source>Behandleren findes ikke (længere) i klinikken. Opdatér visningen.</source>
        <extracomment>who may edit types, schedules and closed days (report: a Perm.MANAGE_CALENDAR would let receptionists too)</extracomment>
        <translation>The provider no longer exists in the clinic. Refresh the view.</translation>
    </message>
    <message>
        <location line="+40" />
        <location filename="../../clinicdesk/services/staff.py" line="+65" />
        <location filename="../../clinicdesk/services/staff_profile.py" line="+99" />
        <source>Navnet</source>
        <translation>The name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Navnet for patienten</source>
        <translation>The name for the patient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Varigheden skal være mellem 5 og 240 minutter.</source>
        <translation>The duration must be between 5 and 240 minutes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Varslet skal være mellem 0 og {n} timer.</source>
        <translation>The notice must be between 0 and {n} hours.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Der kan bookes mellem 1 og {n} dage frem.</source>
        <translation>Bookings can be made between 1 and {n} days ahead.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>En af de valgte behandlere findes ikke (længere) i klinikken. Opdatér visningen.</source>
        <translation>One of the chosen providers no longer exists in the clinic. Refresh the view.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Der findes allerede en aftaletype, der hedder »{name}«. Vælg et andet navn.</source>
        <translation>An appointment type called »{name}« already exists. Choose another name.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Aftaletypen findes ikke (længere). Opdatér visningen.</source>
        <translation>The appointment type no longer exists. Refresh the view.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>En anden har ændret ugeskemaet, siden du åbnede det. Genindlæs det og ret igen.</source>
        <translation>Someone else has changed the weekly schedule since you opened it. Reload it and make your changes again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/audit_lookups.py" line="+59" />
        <source>Vælg en grund: Behandling, Administration, Patienten har bedt om det eller Andet.</source>
        <translation>Choose a reason: Treatment, Administration, The patient asked for it or Other.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../clinicdesk/services/calendar/admin.py" line="+19" />
        <location filename="../../clinicdesk/services/inbox/any_kind.py" line="+59" />
        <location filename="../../clinicdesk/services/inbox/booking.py" line="+268" />
        <location filename="../../clinicdesk/services/inbox/renewal.py" line="+68" />
        <location filename="../../clinicdesk/services/inbox/signup.py" line="+159" />
        <location filename="../../clinicdesk/services/patients.py" line="+386" />
        <location filename="../../clinicdesk/services/safety/flags.py" line="+92" />
        <source>Begrundelsen</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skriv ikke et CPR-nummer i begrundelsen. Skriv kort, hvorfor du åbner kortet.</source>
        <translation>Do not write a CPR number in the reason. Write briefly why you are opening the card.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/calendar/day.py" line="-63" />
        <source>Antal dage skal være mellem 1 og {n}.</source>
        <translation>The number of days must be between 1 and {n}.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/calendar/generate.py" line="+51" />
        <location filename="../../clinicdesk/services/inbox/booking.py" line="-187" />
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bestilling venter i indbakken</source>
        <translation>Booking waiting in the Inbox</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optaget tid</source>
        <translation>Taken slot</translation>
    </message>
    <message>
        <location line="+1" />
        <source> ({type})</source>
        <translation> ({type})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{date} kl. {time} hos {provider}: {what}{type_part} – {reason}. Tiden er bevaret; flyt eller aflys den, hvis den ikke kan holdes.</source>
        <translation>{date} at {time} with {provider}: {what}{type_part} – {reason}. The time has been kept; move or cancel it if it cannot go ahead.</translation>
    </message>
    <message>
        <location line="+138" />
        <source>dagen er lukket ({reason})</source>
        <translation>the day is closed ({reason})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>uden for behandlerens ugeskema</source>
        <translation>outside the provider's weekly schedule</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/domain/wording.py" line="+14" />
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/calendar/rules.py" line="+30" />
        <source>Grundlovsdag</source>
        <extracomment>days many clinics close although they are no public holidays: (month, day, name)</extracomment>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Juleaftensdag</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nytårsaftensdag</source>
        <translation>New Year's Eve</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Klinikken har lukket</source>
        <translation>The clinic is closed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fridag</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ferie</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+27" />
        <location filename="../../clinicdesk/services/opening_hours.py" line="+49" />
        <source>En ugedag skal være mandag til søndag.</source>
        <extracomment>What a new clinic starts with: weekdays 8-16.</extracomment>
        <translation>A weekday must be Monday to Sunday.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vælg en aftaletype, som behandleren tilbyder, for tiden om {day}en kl. {time}.</source>
        <translation>Choose an appointment type the provider offers for the time on {day}s at {time}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Om {day}en skal tiden begynde, før den slutter ({starts}–{ends}).</source>
        <translation>On {day}s the time must start before it ends ({starts}–{ends}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tiden om {day}en {starts}–{ends} er kortere end én aftale ({minutes} minutter). Gør den længere.</source>
        <translation>The time on {day}s {starts}–{ends} is shorter than one appointment ({minutes} minutes). Make it longer.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tiderne om {day}en overlapper hinanden ({a_starts}–{a_ends} og {b_starts}–{b_ends}). Ret den ene.</source>
        <translation>The times on {day}s overlap ({a_starts}–{a_ends} and {b_starts}–{b_ends}). Correct one of them.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/clinic_settings/save.py" line="+151" />
        <source>Portallinket bruges allerede af en anden klinik. Vælg et andet.</source>
        <translation>The portal link is already used by another clinic. Choose another one.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Ferien er allerede begyndt og kan ikke slettes. Ret i stedet den sidste dag.</source>
        <translation>The holiday has already begun and cannot be deleted. Change the last day instead.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/clinic_settings/validate.py" line="+34" />
        <location filename="../../clinicdesk/services/staff_profile.py" line="+5" />
        <source>Vælg til eller fra.</source>
        <translation>Choose on or off.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what} skal være et helt tal mellem {minimum} og {maximum}.</source>
        <translation>{what} must be a whole number between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{what} skal være tekst.</source>
        <translation>{what} must be text.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{what} må ikke indeholde linjeskift.</source>
        <translation>{what} must not contain line breaks.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Udfyld {what}.</source>
        <translation>Fill in {what}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} må højst være {n} tegn.</source>
        <translation>{what} must be at most {n} characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} må ikke indeholde mellemrum.</source>
        <translation>{what} must not contain spaces.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Angiv en dato.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Indstillingen »{name}« findes ikke.</source>
        <translation>The setting »{name}« does not exist.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Varslet for tidsbestilling skal være kortere end hvor langt frem der kan bookes.</source>
        <translation>The booking notice must be shorter than how far ahead bookings can be made.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tidsbestilling kan kun slås til for en behandler, når tidsbestilling er slået til for hele klinikken.</source>
        <translation>Booking can only be turned on for a provider when booking is turned on for the whole clinic.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Angiv ferieperiodens første og sidste dag.</source>
        <translation>Enter the first and last day of the holiday.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ferieperiodens sidste dag skal ligge på eller efter den første dag.</source>
        <translation>The last day of the holiday must be on or after the first day.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Skriv en feriebesked til patienterne, når ferien lukker funktioner (nævn gerne vikarklinikken).</source>
        <translation>Write a holiday message to the patients when the holiday closes functions (preferably name the stand-in clinic).</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/contact.py" line="+60" />
        <source>Mobilnummeret skal være 8 cifre (evt. med +45 foran). Ret det, og gem igen.</source>
        <extracomment>something@something.something, no spaces, exactly one @, no control, bidi or markup characters (an address goes in a mail header and is shown on screens)</extracomment>
        <translation>The mobile number must be 8 digits (optionally with +45 in front). Correct it and save again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/domain/wording.py" line="+2" />
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0" />
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+0" />
        <source>marts</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0" />
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+0" />
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0" />
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1" />
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0" />
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+0" />
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0" />
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+0" />
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0" />
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/cpr.py" line="+48" />
        <source>Skriv de 10 cifre som DDMMÅÅ-XXXX, fx 010190-1234.</source>
        <translation>Enter the 10 digits as DDMMYY-XXXX, e.g. 010190-1234.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CPR-nummeret er ikke gyldigt.</source>
        <translation>The CPR number is not valid.</translation>
    </message>
    <message>
        <location line="+66" />
        <location line="+3" />
        <source>Der er ikke skrevet noget CPR-nummer.</source>
        <translation>No CPR number has been entered.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bindestregen står forkert i CPR-nummeret: den skal stå efter de første 6 cifre (DDMMÅÅ-XXXX). Du kan også udelade den.</source>
        <translation>The hyphen is in the wrong place in the CPR number: it must come after the first 6 digits (DDMMYY-XXXX). You can also leave it out.</translation>
    </message>
    <message>
        <location line="+16" />
        <source> (er det bogstavet O i stedet for tallet 0?)</source>
        <translation> (is it the letter O instead of the number 0?)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CPR-nummeret har bogstavet «{ch}» på plads {place}, hvor der skal stå et ciffer{hint}. Kun et erstatningspersonnummer har bogstaver, og kun på plads 8 og 9.</source>
        <translation>The CPR number has the letter «{ch}» in position {place}, where there must be a digit{hint}. Only a substitute CPR number (eCPR) has letters, and only in positions 8 and 9.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CPR-nummeret indeholder tegnet «{ch}» på plads {place}; der må kun stå cifre (og evt. en bindestreg efter de første 6).</source>
        <translation>The CPR number contains the character «{ch}» in position {place}; only digits are allowed (and optionally a hyphen after the first 6).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CPR-nummeret har kun {n} cifre, men skal have 10. Tjek, om der mangler et ciffer.</source>
        <translation>The CPR number has only {n} digits, but it must have 10. Check whether a digit is missing.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CPR-nummeret har {n} cifre, men skal have 10. Tjek, om et ciffer er skrevet to gange.</source>
        <translation>The CPR number has {n} digits, but it must have 10. Check whether a digit has been typed twice.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Et erstatningspersonnummer skal have to bogstaver på plads 8 og 9 (fx 020329-1WQ3), og et CPR-nummer kun cifre. Ret nummeret og prøv igen.</source>
        <translation>A substitute CPR number (eCPR) must have two letters in positions 8 and 9 (e.g. 020329-1WQ3), and a CPR number only digits. Correct the number and try again.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Måneden i CPR-nummeret er {month}, men den skal være mellem 01 og 12 (cifrene 3-4, DDMMÅÅ). Ret nummeret og prøv igen.</source>
        <translation>The month in the CPR number is {month}, but it must be between 01 and 12 (digits 3-4, DDMMYY). Correct the number and try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Dagen i CPR-nummeret er {day}, men den skal være mellem 01 og 31 (cifrene 1-2, DDMMÅÅ). Ret nummeret og prøv igen.</source>
        <translation>The day in the CPR number is {day}, but it must be between 01 and 31 (digits 1-2, DDMMYY). Correct the number and try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Datoen {day}. {month} {year} findes ikke, så de første 6 cifre ({digits}) kan ikke være en fødselsdato. Ret nummeret og prøv igen.</source>
        <translation>The date {day} {month} {year} does not exist, so the first 6 digits ({digits}) cannot be a date of birth. Correct the number and try again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CPR-nummeret giver fødselsdatoen {day}. {month} {year}, som ligger i fremtiden (det 7. ciffer bestemmer århundredet). Tjek cifrene og prøv igen.</source>
        <translation>The CPR number gives the date of birth {day} {month} {year}, which is in the future (the 7th digit determines the century). Check the digits and try again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/guides/catalog.py" line="+20" />
        <source>Ukendt vejledning: {which}. Vælg 'login' eller 'functions'.</source>
        <translation>Unknown guide: {which}. Choose 'login' or 'functions'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ukendt sprog: {lang}. Vælg 'da' eller 'en'.</source>
        <translation>Unknown language: {lang}. Choose 'da' or 'en'.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/guides/data.py" line="+83" />
        <source>Databasen har ingen klinik endnu. Opret klinikken (eller demo-data) først.</source>
        <translation>The database has no clinic yet. Create the clinic (or demo data) first.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Klinik nr. {id} findes ikke i databasen.</source>
        <extracomment>The declared clinic settings (``domain.settings.CLINIC``) a guide quotes; each is read and typed as its declaration says, so a setting is spelled once.</extracomment>
        <translation>Clinic no. {id} does not exist in the database.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/guides/output.py" line="+31" />
        <source>Ukendt handling: {kind}.</source>
        <translation>Unknown action: {kind}.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/guides/render.py" line="+44" />
        <source>Angiv hvor vejledningen skal gemmes.</source>
        <translation>Specify where the guide should be saved.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/actions.py" line="+57" />
        <source>. Du kan ikke handle på elementet nu.</source>
        <translation>. You cannot act on the item now.</translation>
    </message>
    <message>
        <location line="+101" />
        <location filename="../../clinicdesk/services/phrase_admin/edit.py" line="+94" />
        <location filename="../../clinicdesk/services/text_gate.py" line="+56" />
        <source>Teksten</source>
        <extracomment>Staff answers and new threads (a patient's e-consultation has the clinic's own limit). Reasons, notes and other short staff texts.</extracomment>
        <translation>The text</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Der er ingen patient at give besked.</source>
        <translation>There is no patient to notify.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Patienten har ingen e-mailadresse, så der er ikke sendt besked om det. Overvej at ringe til patienten.</source>
        <translation>The patient has no email address, so no notification has been sent. Consider phoning the patient.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/any_kind.py" line="-19" />
        <source>Notatet</source>
        <translation>The note</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Notatet er gemt.</source>
        <translation>The note has been saved.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Skriv en begrundelse for at afslutte uden svar.</source>
        <translation>Write a reason for closing without a reply.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Afsluttet uden svar.</source>
        <translation>Closed without a reply.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Receptfornyelsen kan ikke afsluttes, før der er taget stilling til alle linjer. En læge godkender eller afviser hver linje og sender afgørelsen.</source>
        <translation>The prescription renewal cannot be closed until every line has been decided. A doctor approves or rejects each line and sends the decision.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Elementet venter stadig på en beslutning eller et svar. Tag stilling, eller afslut uden svar med en begrundelse.</source>
        <translation>The item is still waiting for a decision or a reply. Decide, or close without a reply giving a reason.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Markeret som behandlet.</source>
        <translation>Marked as handled.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Elementet er genåbnet.</source>
        <translation>The item has been reopened.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/assignment.py" line="+37" />
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Vælg enten en kollega eller en faggruppe, ikke begge.</source>
        <translation>Choose either a colleague or a staff group, not both.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Kollegaen arbejder ikke (længere) for denne klinik.</source>
        <translation>The colleague no longer works for this clinic.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Tildelt {who}.</source>
        <translation>Assigned to {who}.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tildelingen er fjernet.</source>
        <translation>The assignment has been removed.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/booking.py" line="-29" />
        <location filename="../../clinicdesk/services/inbox/econsult.py" line="+116" />
        <source>Behandleren findes ikke i klinikken.</source>
        <translation>The provider does not exist in the clinic.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Ledig</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../clinicdesk/services/patients.py" line="-332" />
        <location line="+7" />
        <source>Spærret</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Optaget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ønsket tid</source>
        <translation>Requested time</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Dette kan kun gøres ved en tidsbestilling.</source>
        <translation>This can only be done for a booking.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tidsbestillingen er allerede afgjort.</source>
        <translation>The booking has already been decided.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Tiden overlapper en anden aftale i kalenderen. Tilbyd en anden tid.</source>
        <translation>The time overlaps another appointment in the calendar. Offer another time.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Den ønskede tid er ikke længere ledig. Tilbyd en anden tid, eller afvis.</source>
        <translation>The requested time is no longer free. Offer another time, or decline.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Den ønskede tid er ikke længere ledig. Tilbyd en anden tid.</source>
        <translation>The requested time is no longer free. Offer another time.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Tiden {date} kl. {time} er booket.</source>
        <translation>The time {date} at {time} has been booked.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Tiden findes ikke.</source>
        <translation>The time does not exist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tiden er overstået. Vælg en senere tid.</source>
        <translation>The time has passed. Choose a later time.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Den valgte tid er ikke ledig længere. Vælg en anden.</source>
        <translation>The chosen time is no longer free. Choose another.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../clinicdesk/services/inbox/econsult.py" line="-12" />
        <source>Beskeden</source>
        <translation>The message</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Patienten har fået tiden {date} kl. {time} i stedet.</source>
        <translation>The patient has been given the time {date} at {time} instead.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Skriv en begrundelse for afslaget; patienten ser den.</source>
        <translation>Write a reason for declining; the patient will see it.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../clinicdesk/services/inbox/renewal.py" line="+4" />
        <location filename="../../clinicdesk/services/inbox/signup.py" line="+5" />
        <source>Begrundelsen må ikke indeholde et CPR-nummer.</source>
        <translation>The reason must not contain a CPR number.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Tidsbestillingen er afvist.</source>
        <translation>The booking has been declined.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/detail.py" line="+79" />
        <source>Elementet findes ikke (længere) i denne klinik. Opdatér listen.</source>
        <translation>The item does not exist (any longer) in this clinic. Refresh the list.</translation>
    </message>
    <message>
        <location line="+206" />
        <source>Dette CPR-nummer har før haft en portalbruger, som blev slettet én gang. Undersøg hvorfor, før du godkender.</source>
        <translation>This CPR number has previously had a portal user that was deleted once. Find out why before you approve.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dette CPR-nummer har før haft en portalbruger, som blev slettet {n} gange. Undersøg hvorfor, før du godkender.</source>
        <translation>This CPR number has previously had a portal user that was deleted {n} times. Find out why before you approve.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Patienten har allerede en aktiv portalbruger; en godkendelse registrerer patienten hos klinikken.</source>
        <translation>The patient already has an active portal user; approving registers the patient with the clinic.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Patienten findes ikke i kartoteket; en godkendelse opretter patienten.</source>
        <translation>The patient is not in the register; approving creates the patient.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Navnet i kartoteket ({name}) er ikke det samme som i tilmeldingen. Kontrollér identiteten.</source>
        <translation>The name in the register ({name}) is not the same as in the sign-up. Check the identity.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Barn under 15 år tilmeldt af forælder ({name}).</source>
        <translation>Child under 15 signed up by a parent ({name}).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Vedhæftningen findes ikke.</source>
        <translation>The attachment does not exist.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/econsult.py" line="-53" />
        <source>Dette kan kun gøres ved en e-konsultation.</source>
        <extracomment>a file the clinic attaches to an answer (the name callers use)</extracomment>
        <translation>This can only be done for an e-consultation.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Versionen mangler. Genindlæs elementet.</source>
        <translation>The version is missing. Reload the item.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Svaret</source>
        <translation>The reply</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Svaret er sendt.</source>
        <translation>The reply has been sent.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Svaret er gemt på portalen.</source>
        <translation>The reply has been saved on the portal.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Patienten er ikke tilknyttet klinikken.</source>
        <translation>The patient is not linked to the clinic.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Beskeden er sendt.</source>
        <translation>The message has been sent.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Beskeden er gemt på portalen.</source>
        <translation>The message has been saved on the portal.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/favourites.py" line="+53" />
        <source>En favorit har et nummer fra 1 til 9.</source>
        <translation>A favourite has a number from 1 to 9.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Standardteksten findes ikke i denne klinik.</source>
        <translation>The stock phrase does not exist in this clinic.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/placeholders.py" line="+102" />
        <location filename="../../clinicdesk/services/safety/presend.py" line="+80" />
        <source>Patienten findes ikke i denne klinik.</source>
        <extracomment>the placeholders a stock phrase may hold (Danish words, typed in braces) a word in braces that looks like a placeholder (lower-case letters): known or a typo</extracomment>
        <translation>The patient does not exist in this clinic.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/receipts.py" line="+39" />
        <source>Allerede sendt – handlingen blev gennemført i første forsøg, så intet er gjort to gange.</source>
        <extracomment>receipts older than this are pruned (a retry comes within minutes; the view keeps ids in memory only)</extracomment>
        <translation>Already sent – the action was completed on the first attempt, so nothing has been done twice.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Handlingens id er ugyldigt. Genindlæs (F5), og prøv igen.</source>
        <translation>The action's id is invalid. Reload (F5) and try again.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Handlingens id er allerede brugt til en anden handling, så intet er gjort. Genindlæs (F5), og prøv igen.</source>
        <translation>The action's id has already been used for another action, so nothing has been done. Reload (F5) and try again.</translation>
    </message>
    <message>
        <location line="+37" />
        <source> ({message})</source>
        <translation> ({message})</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/signup.py" line="-128" />
        <source>Dette kan kun gøres ved en tilmelding.</source>
        <translation>This can only be done for a sign-up.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tilmeldingen er allerede afgjort.</source>
        <translation>The sign-up has already been decided.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Funktionerne er opdateret.</source>
        <translation>The functions have been updated.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Patienten er registreret hos klinikken (portalbrugeren fandtes i forvejen).</source>
        <translation>The patient is registered with the clinic (the portal user already existed).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patientens portalbruger er spærret; patienten kan ikke logge ind, før den åbnes.</source>
        <translation>The patient's portal user is blocked; the patient cannot log in until it is unblocked.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CPR-nummeret har før haft en portalbruger, som blev slettet én gang.</source>
        <translation>The CPR number has previously had a portal user that was deleted once.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPR-nummeret har før haft en portalbruger, som blev slettet {n} gange.</source>
        <translation>The CPR number has previously had a portal user that was deleted {n} times.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Der er ingen e-mailadresse; giv patienten aktiveringslinket på anden vis.</source>
        <translation>There is no email address; give the patient the activation link another way.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilmeldingen er godkendt; aktiveringslinket er sendt.</source>
        <translation>The sign-up has been approved; the activation link has been sent.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tilmeldingen er godkendt.</source>
        <translation>The sign-up has been approved.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Skriv en begrundelse; patienten ser den på patientportalen.</source>
        <translation>Write a reason; the patient will see it on the patient portal.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Der er ingen e-mailadresse; giv patienten besked på anden vis.</source>
        <translation>There is no email address; notify the patient another way.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilmeldingen er afvist.</source>
        <translation>The sign-up has been declined.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/types.py" line="+35" />
        <source>Behandles af {name} siden {time}</source>
        <extracomment>statuses of an item that still needs something from the clinic</extracomment>
        <translation>Being handled by {name} since {time}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alle læger</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle sygeplejersker</source>
        <translation>All nurses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle sekretærer</source>
        <translation>All receptionists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle administratorer</source>
        <translation>All administrators</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/mail.py" line="+67" />
        <source>E-mailen kunne ikke sendes.</source>
        <translation>The email could not be sent.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>SMTP er ikke sat op; e-mails venter i udbakken.</source>
        <translation>SMTP is not set up; emails are waiting in the outbox.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sendt: {sent}. Prøves igen senere: {retry_later}. Opgivet: {failed}.</source>
        <translation>Sent: {sent}. To be retried later: {retry_later}. Given up: {failed}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source> Fejl: {error}</source>
        <translation> Error: {error}</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Der er ingen SMTP-adgangskode i nøgleringen. Gem den under Indstillinger → E-mail, og prøv igen.</source>
        <translation>There is no SMTP password in the keyring. Save it under Settings → Email, and try again.</translation>
    </message>
    <message>
        <location line="+25" />
        <location filename="../../clinicdesk/services/setup.py" line="+40" />
        <source>Klinikkens navn</source>
        <extracomment>The clinic's identity, declared like the portal settings (kind, length, required, the noun a message names it by). Not in the settings dialog: set up once, shown on guides and the portal.</extracomment>
        <translation>The clinic's name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Modtagerens adresse</source>
        <translation>The recipient's address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emnet</source>
        <translation>The subject</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Afsenderadressen</source>
        <translation>The sender address</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} indeholder linjeskift eller kontroltegn; ret det og send igen.</source>
        <translation>{what} contains line breaks or control characters; correct it and send again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mailen indeholder noget, der ligner et CPR-nummer, og sendes derfor ikke.</source>
        <translation>The email contains something that looks like a CPR number and is therefore not sent.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Serveren {server} tilbyder ikke STARTTLS (kryptering), så intet er sendt. Slå STARTTLS til på serveren, eller angiv en lokal relay-server på denne maskine.</source>
        <translation>The server {server} does not offer STARTTLS (encryption), so nothing has been sent. Turn on STARTTLS on the server, or specify a local relay server on this machine.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Serverens certifikat ({server}) kunne ikke godkendes: {error}. Intet er sendt.</source>
        <translation>The server's certificate ({server}) could not be verified: {error}. Nothing has been sent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TLS-forbindelsen til {server} mislykkedes ({error}). Intet er sendt.</source>
        <translation>The TLS connection to {server} failed ({error}). Nothing has been sent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Serveren {server} afviste brugernavn eller adgangskode ({code}). Ret dem under Indstillinger → E-mail.</source>
        <translation>The server {server} rejected the user name or password ({code}). Correct them under Settings → Email.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Serveren {server} understøtter ikke login (AUTH). Tjek indstillingerne.</source>
        <translation>The server {server} does not support login (AUTH). Check the settings.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingen forbindelse til mailserveren {server} ({error}). Prøves igen senere.</source>
        <translation>No connection to the mail server {server} ({error}). Will be retried later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mailserveren {server} afbrød forbindelsen. Prøves igen senere.</source>
        <translation>The mail server {server} closed the connection. Will be retried later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mailserveren svarede {code}: {text}</source>
        <translation>The mail server replied {code}: {text}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mailserveren afviste modtageradressen ({codes}).</source>
        <translation>The mail server rejected the recipient address ({codes}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Netværksfejl mod mailserveren {server}: {error}. Prøves igen senere.</source>
        <translation>Network error with the mail server {server}: {error}. Will be retried later.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Uventet fejl ved afsendelse ({error}).</source>
        <translation>Unexpected error while sending ({error}).</translation>
    </message>
    <message>
        <location line="+126" />
        <source>Mailen kunne ikke dannes ({error}).</source>
        <translation>The email could not be created ({error}).</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/notifications.py" line="+171" />
        <source>Aktiveringslinket mangler.</source>
        <translation>The activation link is missing.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Der er ingen e-mailadresse at sende til.</source>
        <translation>There is no email address to send to.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/opening_hours.py" line="+3" />
        <source>Om {day}en skal klinikken åbne, før den lukker ({opens}–{closes}).</source>
        <translation>On {day}s the clinic must open before it closes ({opens}–{closes}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Højst {n} åbningsperioder om {day}en.</source>
        <translation>At most {n} opening periods on {day}s.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Åbningstiderne om {day}en overlapper hinanden.</source>
        <translation>The opening hours on {day}s overlap.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>»{text}« er ikke et klokkeslæt. Skriv fx 08:00.</source>
        <translation>»{text}« is not a time. Write e.g. 08:00.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>»{text}« er ikke en ugedag. Skriv fx »man«, »mandag« eller »man-fre«.</source>
        <translation>»{text}« is not a weekday. Write e.g. »Mon«, »Monday« or »Mon-Fri«.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>»{text}«: den sidste dag skal komme efter den første.</source>
        <translation>»{text}«: the last day must come after the first.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>»{text}« er ikke en åbningstid. Skriv fx 08:00-16:00.</source>
        <translation>»{text}« is not an opening time. Write e.g. 08:00-16:00.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Åbningstiden for »{key}« skal være tekst, fx "08:00-16:00" eller "lukket".</source>
        <translation>The opening hours for »{key}« must be text, e.g. "08:00-16:00" or "closed".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{day} {hours}</source>
        <translation>{day} {hours}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{day} lukket</source>
        <translation>{day} closed</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/password_policy.py" line="+53" />
        <source>Adgangskoden skal have mindst {n} tegn. Brug gerne en sætning af flere ord, fx »Kaffe med mælk kl 7«.</source>
        <extracomment>Common passwords and the words they are built from (Danish and international).</extracomment>
        <translation>The password must have at least {n} characters. A sentence of several words works well, e.g. »Coffee with milk at 7«.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Adgangskoden gentager de samme få tegn. Vælg en længere sætning med forskellige ord.</source>
        <translation>The password repeats the same few characters. Choose a longer sentence with different words.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Adgangskoden er for almindelig eller bygger på dit navn. Vælg en sætning, som andre ikke kan gætte.</source>
        <translation>The password is too common or is based on your name. Choose a sentence that others cannot guess.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patient_history.py" line="+176" />
        <source>Elementet hører ikke til denne patients historik. Genindlæs historikken.</source>
        <translation>The item does not belong to this patient's history. Reload the history.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patient_import/__init__.py" line="+38" />
        <source>{n} linje</source>
        <extracomment>Importing patients is setting the clinic up: administrators. Until a ``Perm.IMPORT_PATIENTS`` exists this is the administrators' permission for the clinic's set-up.</extracomment>
        <translation>{n} line</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} linjer</source>
        <translation>{n} lines</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{n} patient oprettet</source>
        <translation>{n} patient created</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} patienter oprettet</source>
        <translation>{n} patients created</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} patient oprettes</source>
        <translation>{n} patient to be created</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} patienter oprettes</source>
        <translation>{n} patients to be created</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{n} tilknyttet klinikken</source>
        <translation>{n} linked to the clinic</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} tilknyttes klinikken</source>
        <translation>{n} to be linked to the clinic</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} fandtes allerede</source>
        <translation>{n} already existed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} findes allerede</source>
        <translation>{n} already on file</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Filen har ingen patientlinjer (kun overskriftslinjen). Intet er importeret.</source>
        <translation>The file has no patient lines (only the header line). Nothing has been imported.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ingen patienter importeres</source>
        <translation>no patients to be imported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; {lines} afvist</source>
        <translation>; {lines} rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prøvekørsel: {counts}{tail}. Intet er gemt.</source>
        <translation>Trial run: {counts}{tail}. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{lines} er afvist, så intet er importeret. Ret de afviste linjer og importér igen, eller vælg at importere kun de gode linjer.</source>
        <translation>{lines} rejected, so nothing has been imported. Correct the rejected lines and import again, or choose to import only the good lines.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alle {lines} er afvist; intet er importeret.</source>
        <translation>All {lines} rejected; nothing has been imported.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alle {n} patienter findes allerede i klinikken; intet er ændret.</source>
        <translation>All {n} patients are already in the clinic; nothing has changed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source> {lines} er afvist.</source>
        <translation> {lines} rejected.</translation>
    </message>
    <message>
        <location line="+1" />
        <source> {lines} er afvist og ikke importeret.</source>
        <translation> {lines} rejected and not imported.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importeret: {counts}.{tail}</source>
        <translation>Imported: {counts}.{tail}</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patient_import/planning.py" line="+36" />
        <source>Oprettes</source>
        <translation>To be created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilknyttes klinikken</source>
        <translation>To be linked to the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Findes allerede</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Mobilnummeret skal være 8 cifre (evt. med +45 foran).</source>
        <translation>The mobile number must be 8 digits (optionally with +45 in front).</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Samme CPR-nummer står allerede i linje {line}. Fjern den ene linje.</source>
        <translation>The same CPR number is already on line {line}. Remove one of the lines.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>CPR-nummeret tilhører allerede en patient i klinikken med et andet navn. Tjek CPR-nummer og navn.</source>
        <translation>The CPR number already belongs to a patient in the clinic with a different name. Check the CPR number and name.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Blev importeret fra denne fil tidligere; ændres ikke.</source>
        <translation>Was imported from this file before; not changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Er allerede patient i klinikken; ændres ikke.</source>
        <translation>Is already a patient in the clinic; not changed.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Forælderen (værgen) {cpr} er hverken patient i klinikken eller med i filen. Tilføj forælderen i filen, eller opret ham eller hende først.</source>
        <translation>The parent (guardian) {cpr} is neither a patient in the clinic nor in the file. Add the parent to the file, or create him or her first.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Forælderen (værgen) i linje {line} er afvist, så barnet kan ikke importeres uden. Ret linje {line} først.</source>
        <translation>The parent (guardian) on line {line} is rejected, so the child cannot be imported without them. Correct line {line} first.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patient_import/reading.py" line="+36" />
        <source>semikolon</source>
        <extracomment>canonical column → the names accepted for it (compared by :func:`_key`)</extracomment>
        <translation>semicolon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tabulator</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+35" />
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Filen er gemt som UTF-16 (»Unicode-tekst«). Gem den i Excel som »CSV UTF-8« eller »CSV (semikolonsepareret)«, og prøv igen.</source>
        <translation>The file is saved as UTF-16 ("Unicode text"). Save it in Excel as "CSV UTF-8" or "CSV (semicolon-separated)", and try again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>UTF-8 med BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filen begynder som UTF-8, men indeholder tegn, der ikke er UTF-8. Gem den igen som »CSV UTF-8«, og prøv igen.</source>
        <translation>The file starts as UTF-8 but contains characters that are not UTF-8. Save it again as "CSV UTF-8", and try again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Filen kan hverken læses som UTF-8 eller Windows-1252. Gem den i Excel som »CSV UTF-8«, og prøv igen.</source>
        <translation>The file can be read neither as UTF-8 nor as Windows-1252. Save it in Excel as "CSV UTF-8", and try again.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+33" />
        <source>Filen er tom. Vælg en CSV-fil med en overskriftslinje og én linje pr. patient.</source>
        <translation>The file is empty. Choose a CSV file with a header line and one line per patient.</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Filen er over {mb} MB. Del den op i mindre filer, og importér dem en ad gangen.</source>
        <translation>The file is over {mb} MB. Split it into smaller files, and import them one at a time.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Filen har over {n} patienter. Del den op i mindre filer.</source>
        <translation>The file has over {n} patients. Split it into smaller files.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Linje {line} kan ikke læses som CSV (et anførselstegn, der ikke lukkes?). Ret linjen, og prøv igen.</source>
        <translation>Line {line} cannot be read as CSV (a quotation mark that is not closed?). Correct the line, and try again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Overskriftslinjen mangler kolonnen {columns}. Første linje skal være overskrifterne, fx cpr;fornavn;efternavn;adresse;email;mobil;værge1_cpr;værge2_cpr.</source>
        <translation>The header line is missing the column {columns}. The first line must be the headers, e.g. cpr;fornavn;efternavn;adresse;email;mobil;værge1_cpr;værge2_cpr.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kolonnen »{column}« står mere end én gang i overskriftslinjen. Fjern den ene.</source>
        <translation>The column "{column}" appears more than once in the header line. Remove one of them.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patient_records.py" line="+114" />
        <source>Fornavnet</source>
        <extracomment>Creating and editing patients. Until a ``Perm.EDIT_PATIENT`` exists this is the permission that already governs the card's contact correction (everyone who handles patients).</extracomment>
        <translation>The first name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Efternavnet</source>
        <translation>The last name</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../clinicdesk/services/setup.py" line="+3" />
        <source>Adressen</source>
        <translation>The address</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mailadressen »{email}« ser ikke rigtig ud (fx navn@eksempel.dk). Ret den.</source>
        <translation>The e-mail address "{email}" does not look right (e.g. name@example.dk). Correct it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mobilnummeret</source>
        <translation>The mobile number</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Der kan højst angives {n} forældre (værger).</source>
        <translation>At most {n} parents (guardians) can be given.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Forælderens (værgens) CPR-nummer: {problem}</source>
        <translation>The parent's (guardian's) CPR number: {problem}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>En patient kan ikke være sin egen forælder (værge). Ret værgens CPR-nummer.</source>
        <translation>A patient cannot be their own parent (guardian). Correct the guardian's CPR number.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Den samme forælder (værge) står to gange. Fjern den ene.</source>
        <translation>The same parent (guardian) appears twice. Remove one of them.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forældre (værger) kan kun angives for børn under {age} år. Fjern værgen, eller ret CPR-nummeret.</source>
        <translation>Parents (guardians) can only be given for children under {age}. Remove the guardian, or correct the CPR number.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Barnet er under {age} år og skal have mindst én forælder (værge), som er patient i klinikken. Skriv forælderens CPR-nummer (opret forælderen først, hvis han eller hun ikke er patient).</source>
        <translation>The child is under {age} and must have at least one parent (guardian) who is a patient in the clinic. Enter the parent's CPR number (create the parent first if he or she is not a patient).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Forælderen (værgen) {cpr} er under {age} år og kan ikke være værge. Ret værgens CPR-nummer.</source>
        <translation>The parent (guardian) {cpr} is under {age} and cannot be a guardian. Correct the guardian's CPR number.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Der er ingen patient med CPR-nummeret {cpr} i klinikken, så han eller hun kan ikke være værge. Opret forælderen som patient først.</source>
        <translation>There is no patient with the CPR number {cpr} in the clinic, so he or she cannot be a guardian. Create the parent as a patient first.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Der er allerede en patient med dette CPR-nummer i klinikken. Søg patienten frem med Filer → Find patient (Ctrl+Shift+P).</source>
        <translation>There is already a patient with this CPR number in the clinic. Look the patient up with File → Find patient (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CPR-nummeret findes allerede i systemet under et andet navn. Tjek CPR-nummer og navn; er begge rigtige, rettes navnet på patientkortet.</source>
        <translation>The CPR number already exists in the system under a different name. Check the CPR number and name; if both are right, correct the name on the patient card.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Patienten er oprettet.</source>
        <translation>The patient has been created.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patienten fandtes i systemet og er nu tilknyttet klinikken.</source>
        <translation>The patient was already in the system and is now linked to the clinic.</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../clinicdesk/services/patients.py" line="+14" />
        <source>Patienten er ikke tilknyttet klinikken (længere). Søg patienten frem igen.</source>
        <translation>The patient is not linked to the clinic (any longer). Look the patient up again.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Der er allerede en anden patient med dette CPR-nummer. Tjek nummeret.</source>
        <translation>There is already another patient with this CPR number. Check the number.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stamdata er gemt.</source>
        <translation>The basic data has been saved.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Der var ingen ændringer at gemme.</source>
        <translation>There were no changes to save.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patients.py" line="-23" />
        <source>Tilladt</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kun modtage</source>
        <translation>Receive only</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ingen portalbruger</source>
        <translation>No portal user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oprettet, venter på aktivering</source>
        <translation>Created, awaiting activation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Adgangskode og sikkerhedskode på e-mail</source>
        <translation>Password and security code by e-mail</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Når en funktion er spærret eller kun må modtage, kan patienten stadig læse sin historik på portalen, men ikke svare eller sende nye henvendelser.</source>
        <translation>When a function is blocked or receive only, the patient can still read their history on the portal but cannot reply or send new requests.</translation>
    </message>
    <message>
        <location line="+148" />
        <source>Ukendt valg for {what}. Vælg Tilladt, Kun modtage eller Spærret.</source>
        <translation>Unknown choice for {what}. Choose Allowed, Receive only or Blocked.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/domain/portal_texts.py" line="+19" />
        <source>{date} kl. {hour}.{minute} hos {provider}</source>
        <extracomment>a booking's (or a cancelled appointment's) first line: when, and with whom</extracomment>
        <translation>{date} at {hour}:{minute} with {provider}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{date} kl. {hour}.{minute}</source>
        <translation>{date} at {hour}:{minute}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tid booket: {type}</source>
        <translation>Appointment booked: {type}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidsbestilling: {type}</source>
        <translation>Appointment request: {type}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tid aflyst af patienten</source>
        <translation>Appointment cancelled by the patient</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../clinicdesk/services/audit_words.py" line="+19" />
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Besked fra klinikken</source>
        <translation>Message from the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ny bruger til patientportalen</source>
        <translation>New user of the patient portal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ny bruger til patientportalen (barn)</source>
        <translation>New user of the patient portal (child)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilmelding til klinikken</source>
        <translation>Joining the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilmelding til klinikken (barn)</source>
        <translation>Joining the clinic (child)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Godkendt automatisk</source>
        <translation>Approved automatically</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Venter på godkendelse</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/audit_words.py" line="+1" />
        <source>Tilmelding</source>
        <translation>Sign-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behandling</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienten har bedt om det</source>
        <translation>The patient asked for it</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+195" />
        <source>Søgning</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-195" />
        <source>Søgning (Find patient)</source>
        <translation>Search (Find patient)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Søgning (Opret E-svar)</source>
        <translation>Search (New e-answer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Søgning i indbakken</source>
        <translation>Search in the Inbox</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Søgning (Logning af opslag)</source>
        <translation>Search (Access log)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Søgning i svararkivet</source>
        <translation>Search in the answer archive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indbakkens liste</source>
        <translation>The Inbox list</translation>
    </message>
    <message>
        <location line="+2" />
        <source>læse indbakken</source>
        <translation>read the Inbox</translation>
    </message>
    <message>
        <location line="+0" />
        <source>behandle henvendelser</source>
        <translation>handle requests</translation>
    </message>
    <message>
        <location line="+1" />
        <source>forberede receptfornyelser</source>
        <translation>prepare prescription renewals</translation>
    </message>
    <message>
        <location line="+0" />
        <source>afgøre receptfornyelser</source>
        <translation>decide prescription renewals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>afgøre tidsbestillinger</source>
        <translation>decide bookings</translation>
    </message>
    <message>
        <location line="+0" />
        <source>afgøre tilmeldinger</source>
        <translation>decide sign-ups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>se patienter</source>
        <translation>view patients</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ændre patientens rettigheder</source>
        <translation>change the patient's rights</translation>
    </message>
    <message>
        <location line="+1" />
        <source>oprette portalbrugere</source>
        <translation>create portal users</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ændre indstillinger</source>
        <translation>change settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>læse loggen</source>
        <translation>read the log</translation>
    </message>
    <message>
        <location line="+0" />
        <source>administrere personale</source>
        <translation>manage staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>udskrive vejledninger</source>
        <translation>print guides</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ændre standardtekster</source>
        <translation>change stock phrases</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../clinicdesk/services/inbox/renewal.py" line="+32" />
        <source>godkendt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../clinicdesk/services/inbox/renewal.py" line="+0" />
        <source>afvist</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+0" />
        <source>accepteret</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>genåbnet</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location line="+0" />
        <source>afsluttet</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>venter på patienten</source>
        <translation>awaiting the patient</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+109" />
        <source>oprettet</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="-108" />
        <source>ændret</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+109" />
        <source>ryddet</source>
        <translation>cleared</translation>
    </message>
    <message>
        <location line="-109" />
        <source>intet</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+110" />
        <source>ingen ændring</source>
        <translation>no change</translation>
    </message>
    <message>
        <location line="-109" />
        <source>tilladt</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>kun modtage</source>
        <translation>receive only</translation>
    </message>
    <message>
        <location line="+0" />
        <source>spærret</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location line="+0" />
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>venter på aktivering</source>
        <translation>awaiting activation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>slettet</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../clinicdesk/services/patients.py" line="+10" />
        <source>e-konsultation</source>
        <translation>e-consultation</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../clinicdesk/services/patients.py" line="+1" />
        <source>receptfornyelse</source>
        <translation>prescription renewal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sikkerhedskode</source>
        <translation>security code</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../clinicdesk/services/patients.py" line="+1" />
        <source>tidsbestilling</source>
        <translation>booking</translation>
    </message>
    <message>
        <location line="+0" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+0" />
        <source>mobil</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ingen aktivitet</source>
        <translation>no activity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>låst af brugeren</source>
        <translation>locked by the user</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Listen</source>
        <translation>The list</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patientens log</source>
        <translation>The patient's log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patientkort</source>
        <translation>Patient card</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Portalvejledning</source>
        <translation>Portal guide</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indbakken</source>
        <translation>The Inbox</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Svararkivet</source>
        <translation>The answer archive</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Opret E-svar</source>
        <translation>New e-answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forkert adgangskode</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ukendt eller deaktiveret bruger</source>
        <translation>Unknown or deactivated user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kontoen er spærret</source>
        <translation>The account is blocked</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ikke tilknyttet en klinik</source>
        <translation>Not linked to a clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Midlertidig adgangskode skal skiftes først</source>
        <translation>Temporary password must be changed first</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ferieperiode tilføjet</source>
        <translation>Holiday period added</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Klinik valgt ved login</source>
        <translation>Clinic chosen at login</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flere klinikker; klinikken vælges bagefter</source>
        <translation>Several clinics; the clinic is chosen afterwards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tid før hastevarsel</source>
        <translation>time before an urgent alert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>kvitteringsmail</source>
        <translation>receipt mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arbejdsdage før »Ring til patienten«</source>
        <translation>working days before "Call the patient"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hasteord</source>
        <translation>urgent words</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nægtelser</source>
        <translation>negations</translation>
    </message>
    <message>
        <location line="+0" />
        <source>andre personer</source>
        <translation>other persons</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fortid</source>
        <translation>past</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Henvendelse #{item}</source>
        <translation>Request #{item}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item}, læst fra patientens historik</source>
        <translation>Request #{item}, read from the patient's history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Henvendelse #{item} givet videre</source>
        <translation>Request #{item} handed over</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item}, linje {line} {status}</source>
        <translation>Request #{item}, line {line} {status}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item} afgjort: {approved} af {lines} godkendt</source>
        <translation>Request #{item} decided: {approved} of {lines} approved</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Henvendelse #{item} accepteret, aftale #{appointment}</source>
        <translation>Request #{item} accepted, appointment #{appointment}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item}: en anden tid, aftale #{appointment}</source>
        <translation>Request #{item}: another time, appointment #{appointment}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item} {status}</source>
        <translation>Request #{item} {status}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Henvendelse #{item}: intern note</source>
        <translation>Request #{item}: internal note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Henvendelse #{item} lukket uden svar</source>
        <translation>Request #{item} closed without an answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Henvendelse #{item} markeret som færdig</source>
        <translation>Request #{item} marked as done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item}: tilmeldingens funktioner valgt</source>
        <translation>Request #{item}: the sign-up's functions chosen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item} besvaret, {n} vedhæftede filer, {status}</source>
        <translation>Request #{item} answered, {n} attachments, {status}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ny tråd fra klinikken (henvendelse #{item})</source>
        <translation>New thread from the clinic (request #{item})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fra tilmelding #{item}</source>
        <translation>From sign-up #{item}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vedhæftet fil #{attachment}</source>
        <translation>Attachment #{attachment}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patientkort, login med {how}</source>
        <translation>Patient card, login with {how}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Historikken, {n} linjer</source>
        <translation>The history, {n} rows</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Portalbruger: {before} → {after}</source>
        <translation>Portal user: {before} → {after}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kontaktoplysninger ændret: {fields}</source>
        <translation>Contact details changed: {fields}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vejledning til patienten: {guide}</source>
        <translation>Guide for the patient: {guide}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Henvendelse #{item}, markeret af ordene i beskeden</source>
        <translation>Request #{item}, marked by the words in the message</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Svar #{message}: skal læses</source>
        <translation>Answer #{message}: must be read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Svar #{message}: skal ikke længere læses</source>
        <translation>Answer #{message}: no longer must be read</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mail #{mail} afvist af mailserveren ({code})</source>
        <translation>Mail #{mail} refused by the mail server ({code})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adresseproblem #{problem} ryddet</source>
        <translation>Address problem #{problem} cleared</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opgave #{task} oprettet: {kind}</source>
        <translation>Task #{task} filed: {kind}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Opgave #{task} udført: {kind}</source>
        <translation>Task #{task} done: {kind}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ring til patienten</source>
        <translation>call the patient</translation>
    </message>
    <message>
        <location line="+0" />
        <source>kontakt patienten</source>
        <translation>contact the patient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ord tilføjet til listen {list} (#{term})</source>
        <translation>Word added to the list {list} (#{term})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ord fjernet fra listen {list} (#{term})</source>
        <translation>Word removed from the list {list} (#{term})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sikkerhedsnettets indstillinger ændret: {fields}</source>
        <translation>The safety net's settings changed: {fields}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Adgangen er frataget (ville {right})</source>
        <translation>Access revoked (tried to {right})</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{function}: {before} → {after}</source>
        <translation>{function}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>medarbejder</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location line="+0" />
        <source>rolle</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>behandler</source>
        <translation>provider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>klinik</source>
        <translation>clinic</translation>
    </message>
    <message>
        <location line="+0" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+0" />
        <source>åbningstider</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(første administrator)</source>
        <translation>(first administrator)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>har forladt klinikken</source>
        <translation>has left the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tilknyttet</source>
        <translation>linked</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ændret:</source>
        <translation>changed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>favorit</source>
        <translation>favourite</translation>
    </message>
    <message>
        <location line="+0" />
        <source>standardtekst</source>
        <translation>stock phrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kommandolinjen</source>
        <translation>the command line</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{n} dage med åbningstider</source>
        <translation>{n} days with opening hours</translation>
    </message>
    <message>
        <location line="+15" />
        <source>henvendelse #{item}</source>
        <translation>request #{item}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>1 patient på siden</source>
        <translation>1 patient on the page</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} patienter på siden</source>
        <translation>{n} patients on the page</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Manglede retten til at {right}</source>
        <translation>Lacked the right to {right}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>henvendelse</source>
        <translation>request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indbakke: {kind} #{item}</source>
        <translation>Inbox: {kind} #{item}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Anden grund</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{reason}: {text}</source>
        <translation>{reason}: {text}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/domain/portal_texts.py" line="-8" />
        <location filename="../../clinicdesk/services/audit_words.py" line="-207" />
        <location filename="../../clinicdesk/services/patients.py" line="+1" />
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/audit_words.py" line="+0" />
        <location filename="../../clinicdesk/services/patients.py" line="+0" />
        <source>Tidsbestilling</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patients.py" line="+3" />
        <source>{what} kan ikke sættes til "Kun modtage"; det findes kun for e-konsultation. Vælg Tilladt eller Spærret.</source>
        <translation>{what} cannot be set to "Receive only"; that exists only for e-consultation. Choose Allowed or Blocked.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Patienten har et erstatningspersonnummer (eCPR), og patientportalen kan kun bruges med et CPR-nummer. Der oprettes derfor ingen portalbruger. Kommunikér med patienten på anden vis (telefon, brev, fremmøde); når patienten får et CPR-nummer, rettes det på patientkortet, og så kan portalbrugeren oprettes.</source>
        <translation>The patient has a substitute CPR number (eCPR), and the patient portal can only be used with a CPR number. So no portal user is created. Communicate with the patient in another way (phone, letter, in person); when the patient gets a CPR number, correct it on the patient card, and the portal user can then be created.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Patienten har ikke MitID. Vælg login med adgangskode og sikkerhedskode.</source>
        <translation>The patient does not have MitID. Choose login with password and security code.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Patienten har allerede en aktiv portalbruger. Der oprettes ikke en ny.</source>
        <translation>The patient already has an active portal user. A new one is not created.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Patientens portalbruger er spærret. Den skal åbnes igen i stedet for at oprette en ny.</source>
        <translation>The patient's portal user is blocked. Reopen it instead of creating a new one.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Patienten har ingen e-mailadresse hos klinikken, så aktiveringslinket kan ikke sendes. Få patientens e-mailadresse, og prøv igen.</source>
        <translation>The patient has no e-mail address with the clinic, so the activation link cannot be sent. Get the patient's e-mail address, and try again.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Portalbrugeren er oprettet. Aktiveringslinket er sendt til {email}.</source>
        <translation>The portal user has been created. The activation link has been sent to {email}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>E-mailadressen ser ikke rigtig ud (fx navn@eksempel.dk). Ret den, og gem igen.</source>
        <translation>The e-mail address does not look right (e.g. name@example.dk). Correct it, and save again.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Patienten har ingen portalbruger, der kan spærres eller åbnes.</source>
        <translation>The patient has no portal user that can be blocked or reopened.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Portalbrugeren er allerede spærret.</source>
        <translation>The portal user is already blocked.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Portalbrugeren er ikke spærret, så der er intet at åbne.</source>
        <translation>The portal user is not blocked, so there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/permissions.py" line="+56" />
        <source>Sekretær</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sygeplejerske</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Læge</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/phrase_admin/csv_io.py" line="+47" />
        <source>{added} nye, {changed} ændrede og {unchanged} uændrede standardtekster.</source>
        <translation>{added} new, {changed} changed and {unchanged} unchanged stock phrases.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Filen er ikke indlæst (intet er gemt). Ret linjen og prøv igen:</source>
        <translation>The file has not been loaded (nothing is saved). Correct the line and try again:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filen er ikke indlæst (intet er gemt). Ret linjerne og prøv igen:</source>
        <translation>The file has not been loaded (nothing is saved). Correct the lines and try again:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Linje {n}: {problem}</source>
        <translation>Line {n}: {problem}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>… og {n} linjer mere.</source>
        <translation>… and {n} more lines.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Filen er for stor til at være en liste af standardtekster (højst 2 MB).</source>
        <translation>The file is too big to be a list of stock phrases (at most 2 MB).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filen er tom. Den første linje skal være »forkortelse;titel;tekst«.</source>
        <translation>The file is empty. The first line must be "forkortelse;titel;tekst".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Den første linje skal være overskrifterne »forkortelse;titel;tekst«.</source>
        <translation>The first line must be the headers "forkortelse;titel;tekst".</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Linjen kan ikke læses (et citationstegn er ikke lukket).</source>
        <translation>The line cannot be read (a quotation mark is not closed).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Linjen har {n} felter, men skal have {wanted} (forkortelse, titel og tekst adskilt af semikolon).</source>
        <translation>The line has {n} fields but must have {wanted} (abbreviation, title and text separated by semicolons).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Forkortelsen »{abbreviation}« står også i linje {line}.</source>
        <translation>The abbreviation "{abbreviation}" is also on line {line}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Filen har mere end {n} standardtekster.</source>
        <translation>The file has more than {n} stock phrases.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/phrase_admin/edit.py" line="-7" />
        <source>Forkortelsen</source>
        <extracomment>what an abbreviation may hold: what the answer box reads as one word before the cursor</extracomment>
        <translation>The abbreviation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Forkortelsen må kun bestå af bogstaver, tal, bindestreg, understreg og punktum (uden mellemrum), fordi den skrives i svaret og udvides med Tab.</source>
        <translation>The abbreviation may only consist of letters, digits, hyphens, underscores and full stops (no spaces), because it is typed in the answer and expanded with Tab.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/domain/settings.py" line="+94" />
        <location line="+89" />
        <source>Navnet på portalen</source>
        <translation>The portal name</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Portallinket</source>
        <translation>The portal link</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Vælg en tilmeldingsform: fra, med godkendelse eller automatisk.</source>
        <translation>Choose a sign-up mode: off, with approval or automatic.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Maksimal længde af e-konsultationer</source>
        <translation>Maximum length of e-consultations</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Varsel for tidsbestilling (dage)</source>
        <translation>Booking notice (days)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hvor langt frem der kan bookes (dage)</source>
        <translation>How far ahead bookings can be made (days)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Afbudsfrist (timer)</source>
        <translation>Cancellation deadline (hours)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Svarfrist (arbejdsdage)</source>
        <translation>Answer deadline (working days)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Antal filer pr. e-konsultation fra en patient</source>
        <translation>Number of files per e-consultation from a patient</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Antal filer pr. svar fra klinikken</source>
        <translation>Number of files per answer from the clinic</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Største fil (MB)</source>
        <translation>Largest file (MB)</translation>
    </message>
    <message>
        <location line="+14" />
        <location filename="../../clinicdesk/services/phrase_admin/edit.py" line="+3" />
        <source>Titlen</source>
        <translation>The title</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Feriebeskeden</source>
        <translation>The holiday message</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vikarklinikken</source>
        <translation>The stand-in clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vikarklinikkens telefon</source>
        <translation>The stand-in clinic's phone</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Tid før en hastesag varsles (minutter)</source>
        <translation>Time before an urgent item is alerted (minutes)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dage før et ulæst svar giver en opgave (arbejdsdage)</source>
        <translation>Days before an unread answer creates a task (working days)</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/phrase_admin/edit.py" line="+5" />
        <source>Teksten har en ukendt pladsholder: {unknown}. Brug {known}, eller skriv ordet uden krøllede parenteser.</source>
        <translation>The text has an unknown placeholder: {unknown}. Use {known}, or write the word without curly brackets.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Forkortelsen »{abbreviation}« bruges allerede af standardteksten »{title}«. Vælg en anden.</source>
        <translation>The abbreviation "{abbreviation}" is already used by the stock phrase "{title}". Choose another.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Standardteksten findes ikke (længere). Opdatér listen.</source>
        <translation>The stock phrase does not exist (any longer). Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/renewal_rules.py" line="+72" />
        <source>Lægemidlet findes ikke længere på medicinlisten.</source>
        <extracomment>ATC prefixes of medicines that cannot be renewed online (vejledning 9523/2019).</extracomment>
        <translation>The medicine is no longer on the medication list.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Afhængighedsskabende lægemiddel: kan ikke fornyes online. Patienten skal have en tid til konsultation.</source>
        <translation>Addictive medicine: cannot be renewed online. The patient needs an appointment for a consultation.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Der er stadig {n} udlevering tilbage på apoteket; en fornyelse er unødvendig nu.</source>
        <translation>There is still {n} dispensing left at the pharmacy; a renewal is not needed now.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Der er stadig {n} udleveringer tilbage på apoteket; en fornyelse er unødvendig nu.</source>
        <translation>There are still {n} dispensings left at the pharmacy; a renewal is not needed now.</translation>
    </message>
    <message>
        <location line="+13" />
        <source> Afvis linjen med en begrundelse, fx at patienten skal bestille tid.</source>
        <extracomment>What a doctor is told when approving a line the rules block.</extracomment>
        <translation> Reject the line with a reason, e.g. that the patient must book an appointment.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/contact.py" line="+42" />
        <source>E-mailadressen virker ikke: mailserveren afviste den ({code}). Ring til patienten, og ret adressen.</source>
        <translation>The e-mail address does not work: the mail server rejected it ({code}). Call the patient, and correct the address.</translation>
    </message>
    <message>
        <location line="+129" />
        <source>Problemet findes ikke (længere). Opdatér visningen.</source>
        <translation>The problem does not exist (any longer). Refresh the view.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/emergency.py" line="+45" />
        <source>Ved livsfare: ring 112.</source>
        <translation>If life is in danger: call 112.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akut sygdom uden for klinikkens åbningstid: ring til lægevagten (Akuttelefonen 1813 i Region Hovedstaden).</source>
        <translation>Acute illness outside the clinic's opening hours: call the out-of-hours doctor (Akuttelefonen 1813 in Region Hovedstaden).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Haster det i klinikkens åbningstid: ring til klinikken.</source>
        <translation>Urgent during the clinic's opening hours: call the clinic.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Haster det? Skriv ikke – ring.</source>
        <translation>Urgent? Don't write – call.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-konsultation er til spørgsmål, der kan vente et par dage.</source>
        <translation>E-consultation is for questions that can wait a few days.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/reach.py" line="+51" />
        <source>Beskeden findes ikke (længere) i denne klinik. Opdatér visningen.</source>
        <translation>The message does not exist (any longer) in this clinic. Refresh the view.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Kun et svar til patienten kan markeres »skal læses«.</source>
        <translation>Only an answer to the patient can be marked "must be read".</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/tasks.py" line="+32" />
        <source>Ring til patienten</source>
        <translation>Call the patient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Et svar markeret »skal læses« er ikke læst.</source>
        <translation>An answer marked "must be read" has not been read.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patientens e-mailadresse virker ikke: beskeder fra klinikken når ikke frem.</source>
        <translation>The patient's e-mail address does not work: messages from the clinic do not get through.</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Opgaven findes ikke (længere) i denne klinik. Opdatér listen.</source>
        <translation>The task does not exist (any longer) in this clinic. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/setup.py" line="-1" />
        <source>Ydernummer</source>
        <translation>Provider number (ydernummer)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ydernummeret</source>
        <translation>The provider number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Telefonnummeret</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/patient_records.py" line="-209" />
        <location filename="../../clinicdesk/services/setup.py" line="+0" />
        <source>E-mailadressen</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/setup.py" line="+41" />
        <source>Feltet »{field}« findes ikke.</source>
        <extracomment>Every clinic field setup asks for, in the order a message reports them.</extracomment>
        <translation>The field "{field}" does not exist.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Portallinket skal begynde med https:// (det står i mails til patienterne).</source>
        <translation>The portal link must start with https:// (it appears in e-mails to the patients).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ydernummeret skal være 6 cifre (fx 012345).</source>
        <translation>The provider number must be 6 digits (e.g. 012345).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Telefonnummeret skal have mindst 8 cifre (fx 75 42 00 00).</source>
        <translation>The phone number must have at least 8 digits (e.g. 75 42 00 00).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mailadressen ser ikke rigtig ud. Skriv den som navn@klinik.dk, eller lad feltet stå tomt.</source>
        <translation>The e-mail address does not look right. Write it as name@clinic.dk, or leave the field empty.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Der er allerede en klinik i databasen, så opsætningen er ikke kørt. Log ind som administrator, og opret personalet under Filer → Personale.</source>
        <translation>There is already a clinic in the database, so the setup has not been run. Log in as administrator, and create the staff under File → Staff.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Brugernavnet »{username}« er allerede i brug. Vælg et andet.</source>
        <translation>The username "{username}" is already in use. Choose another.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/staff.py" line="-10" />
        <source>Skriv et brugernavn.</source>
        <translation>Enter a username.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Brugernavnet skal være 2–64 tegn og må kun indeholde bogstaverne a–z, tal, punktum, bindestreg og understreg (fx »mette.k«).</source>
        <translation>The username must be 2–64 characters and may only contain the letters a–z, digits, full stops, hyphens and underscores (e.g. "mette.k").</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Initialerne</source>
        <translation>The initials</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Initialerne må ikke indeholde mellemrum.</source>
        <translation>The initials must not contain spaces.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Der er ingen medarbejder med brugernavnet »{username}« i {clinic}.</source>
        <translation>There is no staff member with the username "{username}" in {clinic}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>klinikken</source>
        <translation>the clinic</translation>
    </message>
    <message>
        <location line="+17" />
        <location filename="../../clinicdesk/services/staff_profile.py" line="-48" />
        <source>Medarbejderen arbejder ikke (længere) for klinikken. Opdatér listen.</source>
        <extracomment>what the profile edits: the name, the declared provider settings, and whether patients see it</extracomment>
        <translation>The staff member does not work for the clinic (any longer). Refresh the list.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+149" />
        <source>Klinikken skal have mindst én aktiv administrator. Giv en anden rollen som administrator først.</source>
        <translation>The clinic must have at least one active administrator. Give someone else the administrator role first.</translation>
    </message>
    <message>
        <location line="-143" />
        <source>Du kan ikke {what} dig selv. Bed en anden administrator om det.</source>
        <translation>You cannot {what} yourself. Ask another administrator to do it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Vælg en rolle: sekretær, sygeplejerske, læge eller administrator.</source>
        <translation>Choose a role: receptionist, nurse, doctor or administrator.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Brugernavnet »{username}« er allerede i brug. Vælg et andet, eller – arbejder personen allerede for en anden klinik i systemet – brug »Tilknyt fra anden klinik«.</source>
        <translation>The username "{username}" is already in use. Choose another, or – if the person already works for another clinic in the system – use "Join from another clinic".</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Der er ingen bruger med brugernavnet »{username}«. Opret en ny medarbejder i stedet.</source>
        <translation>There is no user with the username "{username}". Create a new staff member instead.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Medarbejderen arbejder allerede for klinikken.</source>
        <translation>The staff member already works for the clinic.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>fjerne</source>
        <translation>remove</translation>
    </message>
    <message>
        <location line="+17" />
        <source>deaktivere</source>
        <translation>deactivate</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Medarbejderen er allerede deaktiveret.</source>
        <translation>The staff member is already deactivated.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Medarbejderen arbejder også for {clinic}, hvor du ikke er administrator. Fjern medarbejderen fra denne klinik i stedet, eller bed en administrator dér om at deaktivere kontoen.</source>
        <translation>The staff member also works for {clinic}, where you are not an administrator. Remove the staff member from this clinic instead, or ask an administrator there to deactivate the account.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Medarbejderen er allerede aktiv.</source>
        <translation>The staff member is already active.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Kontoen er ikke låst.</source>
        <translation>The account is not locked.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/staff_profile.py" line="+39" />
        <source>Feltet »{field}« findes ikke i en behandlerprofil.</source>
        <translation>The field "{field}" does not exist in a provider profile.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/text_gate.py" line="+11" />
        <source>{what} er tom. Skriv en tekst og prøv igen.</source>
        <translation>{what} is empty. Write a text and try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what} indeholder usynlige kontroltegn, som ikke kan gemmes. Skriv teksten igen (eller indsæt den som ren tekst) og prøv igen.</source>
        <translation>{what} contains invisible control characters that cannot be saved. Type the text again (or paste it as plain text) and try again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{what} indeholder usynlige tegn, der vender skriveretningen, så teksten kan blive vist anderledes, end den er skrevet. Skriv teksten igen uden dem.</source>
        <translation>{what} contains invisible characters that reverse the writing direction, so the text may be shown differently from how it was written. Type the text again without them.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{what} må ikke indeholde emoji. Fjern dem og prøv igen.</source>
        <translation>{what} must not contain emoji. Remove them and try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what} er på {n} tegn, men der kan højst være {max_length}. Gør den kortere.</source>
        <translation>{what} is {n} characters long, but it can be at most {max_length}. Make it shorter.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Søgningen</source>
        <translation>The search</translation>
    </message>
    <message>
        <location line="+9" />
        <source>linjeskift eller kontroltegn</source>
        <translation>line breaks or control characters</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{what} må ikke indeholde linjeskift eller kontroltegn.</source>
        <translation>{what} must not contain line breaks or control characters.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/db.py" line="+39" />
        <source>Databasen kunne ikke åbnes. Kontrollér forbindelsen og prøv igen.</source>
        <translation>The database could not be opened. Check the connection and try again.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Databasen skal opgraderes til den nye version af programmet, men programmets databaserolle må ikke ændre databasens opbygning. Bed administratoren køre: clinicdesk db upgrade --owner-db postgresql://EJER@SERVER/DATABASE (eller sætte CLINICDESK_DB_OWNER_URL), og start så programmet igen.</source>
        <translation>The database must be upgraded to the new version of the program, but the program's database role may not change the database's structure. Ask the administrator to run: clinicdesk db upgrade --owner-db postgresql://OWNER@SERVER/DATABASE (or to set CLINICDESK_DB_OWNER_URL), and then start the program again.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>PostgreSQL-serveren vil have en adgangskode, men nøgleringen har ingen (eller en forkert) til denne database. Gem adgangskoden i systemets nøglering under tjenesten »{service}«, posten »{name}«, fx med: clinicdesk db set-password --db {where}</source>
        <translation>The PostgreSQL server wants a password, but the keyring has none (or a wrong one) for this database. Save the password in the system keyring under the service "{service}", entry "{name}", e.g. with: clinicdesk db set-password --db {where}</translation>
    </message>
    <message>
        <location line="+251" />
        <source>Databasen har flere skemaversioner: {versions}</source>
        <translation>The database has several schema versions: {versions}</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Programmet pg_dump blev ikke fundet. Installér PostgreSQL-klienten og prøv igen.</source>
        <translation>The program pg_dump was not found. Install the PostgreSQL client and try again.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sikkerhedskopien mislykkedes: {error}</source>
        <translation>The backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/secrets.py" line="+27" />
        <source>Der er ingen nøglering (keyring) på denne computer, så adgangskoden kan ikke gemmes sikkert. Installér og lås en nøglering op (fx GNOME Keyring), og prøv igen.</source>
        <translation>There is no keyring on this computer, so the password cannot be stored securely. Install and unlock a keyring (e.g. GNOME Keyring), and try again.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nøgleringen på denne computer gemmer adgangskoder i en almindelig fil (keyrings.alt), så clinicdesk bruger den ikke. Installér en rigtig nøglering – på Linux GNOME Keyring (pakken gnome-keyring) eller KWallet; Windows og macOS har deres egen – og fjern pakken keyrings.alt (pip uninstall keyrings.alt).</source>
        <translation>The keyring on this computer stores passwords in a plain file (keyrings.alt), so clinicdesk does not use it. Install a real keyring – on Linux GNOME Keyring (the package gnome-keyring) or KWallet; Windows and macOS have their own – and remove the package keyrings.alt (pip uninstall keyrings.alt).</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/audit_key.py" line="+44" />
        <source>Denne arbejdsstation mangler installationens nøgle til loggen over opslag, så den kan ikke skrive i loggen, og programmet kan ikke bruges her endnu. Bed administratoren eksportere nøglen på en arbejdsstation, der allerede bruger programmet (clinicdesk audit key export FIL), og importere den her (clinicdesk audit key import FIL).</source>
        <translation>This workstation lacks the installation's key to the log of lookups, so it cannot write to the log, and the program cannot be used here yet. Ask the administrator to export the key on a workstation that already uses the program (clinicdesk audit key export FILE) and import it here (clinicdesk audit key import FILE).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nøglen til loggen over opslag på denne arbejdsstation er ikke den, installationens log er skrevet med. Bed administratoren eksportere installationens nøgle på en arbejdsstation, der bruger programmet (clinicdesk audit key export FIL), og importere den her (clinicdesk audit key import FIL).</source>
        <translation>The key to the log of lookups on this workstation is not the one the installation's log is written with. Ask the administrator to export the installation's key on a workstation that uses the program (clinicdesk audit key export FILE) and import it here (clinicdesk audit key import FILE).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Der er ingen brugbar nøglering (keyring) på denne computer, så nøglen til loggen over opslag kan ikke gemmes eller læses, og intet skrives i loggen. Installér og lås en nøglering op (fx GNOME Keyring), og prøv igen.</source>
        <translation>There is no usable keyring on this computer, so the key to the log of lookups cannot be saved or read, and nothing is written to the log. Install and unlock a keyring (e.g. GNOME Keyring), and try again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Filen er ikke en nøglefil fra clinicdesk (eller den er ændret). Eksportér nøglen igen med clinicdesk audit key export FIL, og importér den nye fil.</source>
        <translation>The file is not a key file from clinicdesk (or it has been changed). Export the key again with clinicdesk audit key export FILE, and import the new file.</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Denne arbejdsstation har ingen nøgle til loggen over opslag at eksportere. Eksportér den fra en arbejdsstation, der allerede bruger programmet (nøglen laves, første gang programmet skriver i loggen).</source>
        <translation>This workstation has no key to the log of lookups to export. Export it from a workstation that already uses the program (the key is created the first time the program writes to the log).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nøglefilen {path} kunne ikke læses. Kontrollér stien, og prøv igen.</source>
        <translation>The key file {path} could not be read. Check the path, and try again.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Nøglen i filen (id {key_id}) er ikke den, databasens log over opslag er skrevet med (id {chain_id}). Eksportér nøglen fra en arbejdsstation, der bruger denne database.</source>
        <translation>The key in the file (id {key_id}) is not the one the database's log of lookups is written with (id {chain_id}). Export the key from a workstation that uses this database.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/audit.py" line="+234" />
        <source>revisionsspor, post #{entry}: {reason}</source>
        <translation>audit log, entry #{entry}: {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>importér installationens nøgle på denne arbejdsstation: clinicdesk audit key import FIL (eksportér den på en arbejdsstation, der har den: clinicdesk audit key export FIL)</source>
        <translation>import the installation's key on this workstation: clinicdesk audit key import FILE (export it on a workstation that has it: clinicdesk audit key export FILE)</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+6" />
        <source>indholdet er ændret, efter posten blev skrevet</source>
        <translation>the content was changed after the entry was written</translation>
    </message>
    <message>
        <location line="-3" />
        <source>kæden er genberegnet uden installationens nøgle (posten har en almindelig SHA-256-værdi, hvor den skulle være skrevet med nøglen)</source>
        <translation>the chain has been recalculated without the installation's key (the entry has a plain SHA-256 value where it should have been written with the key)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{n} poster fra denne er skrevet med en anden nøgle (id {key_id}) end denne arbejdsstations (id {own_key_id}): kæden er genberegnet med en fremmed nøgle, eller arbejdsstationen har en forkert nøgle; {hint}</source>
        <translation>{n} entries from this one on are written with a different key (id {key_id}) than this workstation's (id {own_key_id}): the chain has been recalculated with a foreign key, or the workstation has the wrong key; {hint}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} poster fra denne er skrevet med installationens nøgle, som denne arbejdsstation ikke har, så de kan ikke kontrolleres; {hint}</source>
        <translation>{n} entries from this one on are written with the installation's key, which this workstation does not have, so they cannot be checked; {hint}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>posterne fra denne og frem (de første skrevet med installationens nøgle) er væk: loggen er afkortet</source>
        <translation>the entries from this one on (the first ones written with the installation's key) are gone: the log has been truncated</translation>
    </message>
    <message>
        <location line="+36" />
        <source>følger ikke efter posten før den (en tidligere post er slettet eller ændret)</source>
        <translation>does not follow on from the entry before it (an earlier entry has been deleted or changed)</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/audit_anchor.py" line="+125" />
        <source>kontrolpunkt: signaturen kan ikke kontrolleres, for denne arbejdsstation har ikke installationens nøgle (importér den: clinicdesk audit key import FIL)</source>
        <translation>checkpoint: the signature cannot be checked, because this workstation does not have the installation's key (import it: clinicdesk audit key import FILE)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>kontrolpunkt: signeret med en anden nøgle (id {key_id}) end installationens (id {own_key_id}): kontrolpunktet er ændret eller hører til en anden installation</source>
        <translation>checkpoint: signed with a different key (id {key_id}) than the installation's (id {own_key_id}): the checkpoint has been changed or belongs to another installation</translation>
    </message>
    <message>
        <location line="+7" />
        <source>kontrolpunkt: signaturen kan ikke kontrolleres (nøglen, det blev signeret med, er her ikke)</source>
        <translation>checkpoint: the signature cannot be checked (the key it was signed with is not here)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>kontrolpunkt: usigneret, eller signaturen passer ikke (selve kontrolpunktet er ændret)</source>
        <translation>checkpoint: unsigned, or the signature does not match (the checkpoint itself has been changed)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>revisionsspor: alle poster er slettet (kontrolpunktet fra {at} talte {count})</source>
        <translation>audit log: all entries have been deleted (the checkpoint from {at} counted {count})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>revisionsspor: afkortet: de nyeste poster er slettet (kontrolpunktet fra {at} slutter ved post #{last_id}, loggen nu ved #{max_id})</source>
        <translation>audit log: truncated: the newest entries have been deleted (the checkpoint from {at} ends at entry #{last_id}, the log now at #{max_id})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>revisionsspor: poster slettet: {missing} af de {count} poster til og med #{last_id} i kontrolpunktet fra {at} mangler</source>
        <translation>audit log: entries deleted: {missing} of the {count} entries up to and including #{last_id} in the checkpoint from {at} are missing</translation>
    </message>
    <message>
        <location line="+6" />
        <source>revisionsspor: forgrening: post #{last_id} har ikke længere den værdi, kontrolpunktet fra {at} noterede (kæden er skrevet om)</source>
        <translation>audit log: fork: entry #{last_id} no longer has the value the checkpoint from {at} recorded (the chain has been rewritten)</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/audit_log.py" line="+163" />
        <source>Patienten findes ikke hos klinikken. Søg patienten frem igen.</source>
        <translation>The patient is not registered with the clinic. Search for the patient again.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Ukendt medarbejder</source>
        <translation>Unknown staff member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienten selv (portalen)</source>
        <translation>The patient (via the portal)</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Søgt på patientens CPR-nummer</source>
        <translation>Searched by the patient's CPR number</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/corrections.py" line="+38" />
        <source>Rettelsen</source>
        <translation>The correction</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Beskeden findes ikke i denne tråd. Opdatér elementet.</source>
        <translation>The message is not in this thread. Reload the item.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kun et svar til patienten kan rettes. En intern note kan du supplere med en ny note.</source>
        <translation>Only a reply to the patient can be corrected. You can add to an internal note with a new note.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Svaret er allerede rettet. Ret den nyeste udgave i stedet.</source>
        <translation>The reply has already been corrected. Correct the latest version instead.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rettelsen er den samme som svaret. Ret teksten, eller fortryd.</source>
        <translation>The correction is the same as the reply. Change the text, or cancel.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Rettelsen er sendt.</source>
        <translation>The correction has been sent.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rettelsen er gemt på portalen.</source>
        <translation>The correction has been saved on the portal.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/renewal.py" line="-52" />
        <source>Dette kan kun gøres ved en receptfornyelse.</source>
        <translation>This can only be done on a prescription renewal.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Skriv en begrundelse for afvisningen; patienten ser den.</source>
        <translation>Write a reason for the rejection; the patient will see it.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Linjen findes ikke i denne anmodning.</source>
        <translation>The line is not in this request.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Linjen</source>
        <translation>The line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{line}: {decision}.</source>
        <translation>{line}: {decision}.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Tag stilling til alle linjer, før afgørelsen sendes.</source>
        <translation>Decide on all lines before the decision is sent.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Afgørelsen er sendt ({approved} af {n} godkendt).</source>
        <translation>The decision has been sent ({approved} of {n} approved).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>alle læger</source>
        <translation>all doctors</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Vælg en læge fra klinikken.</source>
        <translation>Choose a doctor from the clinic.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sendt til {recipient}.</source>
        <translation>Sent to {recipient}.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/flags.py" line="+2" />
        <source>Skriv kort hvorfor, så kollegerne kan se det.</source>
        <translation>Briefly write why, so your colleagues can see it.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/lists.py" line="+61" />
        <source>Skriv et ord eller en sætning.</source>
        <translation>Write a word or a phrase.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tegnene [ og # bruges til overskrifter og kommentarer i listerne; skriv ordet uden dem.</source>
        <translation>The characters [ and # are used for headings and comments in the lists; write the word without them.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Et udtryk skal have mindst ét rigtigt ord (ikke kun * eller ?).</source>
        <translation>A phrase must have at least one real word (not just * or ?).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ord med * skal have mindst to bogstaver før stjernen.</source>
        <translation>Words with * must have at least two letters before the asterisk.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Et ord er tomt (fx to | efter hinanden). Ret udtrykket.</source>
        <translation>A word is empty (e.g. two | in a row). Correct the phrase.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/presend.py" line="-13" />
        <source>Pladsholderen {placeholders} er ikke udfyldt. Skriv det, den står for, eller slet den.</source>
        <translation>The placeholder {placeholders} has not been filled in. Write what it stands for, or delete it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Svaret nævner ”{word}”, men der er ingen fil vedhæftet. Vedhæft filen, eller ret teksten.</source>
        <translation>The reply mentions “{word}”, but no file is attached. Attach the file, or change the text.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Svaret indeholder et CPR-nummer, der ikke er patientens ({cprs}). Fjern det, hvis det hører til en anden.</source>
        <translation>The reply contains a CPR number that is not the patient's ({cprs}). Remove it if it belongs to someone else.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Svaret nævner en anden patient ved fuldt navn ({names}). Tjek, at svaret er til den rigtige patient.</source>
        <translation>The reply mentions another patient by full name ({names}). Check that the reply is for the right patient.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/safety/terms.py" line="+29" />
        <source>Akutte ord og udtryk</source>
        <translation>Urgent words and phrases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nægtelser (ingen, ikke …)</source>
        <translation>Negations (no, not …)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Andre mennesker (min far, min mor …)</source>
        <translation>Other people (my father, my mother …)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidligere hændelser (for 3 år siden …)</source>
        <translation>Past events (3 years ago …)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Vælg en af listerne.</source>
        <translation>Choose one of the lists.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Udtrykket</source>
        <translation>The phrase</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Udtrykket står allerede på listen.</source>
        <translation>The phrase is already on the list.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Udtrykket findes ikke (længere). Luk og åbn indstillingerne igen.</source>
        <translation>The phrase does not exist (any more). Close and reopen the settings.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/services/inbox/claims.py" line="+48" />
        <source>Elementet behandles af en anden lige nu. Vent, eller bed dem om at frigive det.</source>
        <translation>Someone else is handling the item right now. Wait, or ask them to release it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Elementet er allerede afsluttet. Genåbn det, hvis der skal gøres mere.</source>
        <translation>The item is already done. Reopen it if more needs doing.</translation>
    </message>
    <message>
        <location line="+143" />
        <source>Du har kun adgang til at læse indbakken.</source>
        <extracomment>the time of a claim in the cached statements below: a parameter of every execution, never built in, so that a statement built for one press serves the next (``lease_end``: SQLite's end of the lease, computed here; PostgreSQL reads the clinic's setting in the statement)</extracomment>
        <translation>You only have access to read the inbox.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>. Du kan læse, men ikke handle på elementet.</source>
        <translation>. You can read it, but not act on it.</translation>
    </message>
</context>
<context>
    <name>AddressProblemRow</name>
    <message>
        <location filename="../../clinicdesk/views/safety/notes.py" line="+48" />
        <source>Adressen virker</source>
        <translation>The address works</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patienten har bekræftet adressen: fjern markeringen</source>
        <translation>The patient has confirmed the address: remove the flag</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Markeringen kunne ikke fjernes. Prøv igen.</source>
        <translation>The flag could not be removed. Try again.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="+161" />
        <source>Den første administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administratoren opretter resten af personalet og retter klinikkens indstillinger. Brug en personlig bruger, ikke en fælles.</source>
        <translation>The administrator creates the rest of the staff and edits the clinic's settings. Use a personal user, not a shared one.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>fx mette.k</source>
        <translation>e.g. mette.k</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Fulde navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Gentag adgangskode</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mindst %1 tegn, og ikke et almindeligt ord eller dit navn. En sætning af flere ord er let at huske, fx »Kaffe med mælk kl 7«.</source>
        <translation>At least %1 characters, and not a common word or your name. A sentence of several words is easy to remember, e.g. "Coffee with milk at 7".</translation>
    </message>
    <message>
        <location line="+23" />
        <source>De to adgangskoder er ikke ens. Skriv den igen.</source>
        <translation>The two passwords differ. Type it again.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../clinicdesk/app.py" line="+246" />
        <source>Databasen kunne ikke åbnes. Kontrollér forbindelsen og indstillingerne, og prøv igen.</source>
        <extracomment>set (to 1) by scripts/run.sh: an empty database gets the demo clinic without asking</extracomment>
        <translation>The database could not be opened. Check the connection and the settings, and try again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clinicdesk kan ikke starte</source>
        <translation>clinicdesk cannot start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kontakt klinikkens IT-ansvarlige, hvis problemet fortsætter.</source>
        <translation>Contact the clinic's IT support if the problem persists.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+142" />
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Opretter demoklinikken, så du kan prøve programmet. Det tager et øjeblik første gang …</source>
        <translation>Creating the demo clinic so you can try the program. This takes a moment the first time …</translation>
    </message>
    <message>
        <location line="+29" />
        <source>disken er fuld</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mappen kan ikke skrives i</source>
        <translation>the folder cannot be written to</translation>
    </message>
    <message>
        <location line="+2" />
        <source>databasen eller nøgleringen svarede ikke</source>
        <translation>the database or the keyring did not answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revisionssporets kontrolpunkt kunne ikke gemmes på denne computer (%1). Opslag logges stadig; bed jeres it-ansvarlige om at se på det.</source>
        <translation>The audit log's checkpoint could not be saved on this computer (%1). Lookups are still logged; ask your IT person to look into it.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="+246" />
        <source>Filen kan ikke vises. Gem den og åbn den i et andet program.</source>
        <translation>The file cannot be shown. Save it and open it in another program.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Gem …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../clinicdesk/views/audit_log_dialog.py" line="+51" />
        <source>Logget ind</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mislykket login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logget ud</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Konto spærret</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skærm låst</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adgang nægtet</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skiftet klinik</source>
        <translation>Switched clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Åbnet patientkort</source>
        <translation>Opened patient card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Søgt efter patient</source>
        <translation>Searched for patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Åbnet henvendelse</source>
        <translation>Opened request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Besvaret henvendelse</source>
        <translation>Answered request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret henvendelse</source>
        <translation>Changed request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afgjort receptfornyelse</source>
        <translation>Decided prescription renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afgjort tidsbestilling</source>
        <translation>Decided booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afgjort tilmelding</source>
        <translation>Decided sign-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret rettigheder</source>
        <translation>Changed rights</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oprettet patient</source>
        <translation>Created patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oprettet portalbruger</source>
        <translation>Created portal user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret indstillinger</source>
        <translation>Changed settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Udskrevet</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gemt fil</source>
        <translation>Saved file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Læst loggen</source>
        <translation>Read the log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Henvendelse fra portalen</source>
        <translation>Request from the portal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Åbnet patientens historik</source>
        <translation>Opened the patient's history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spærret portalbruger</source>
        <translation>Blocked portal user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Genåbnet portalbruger</source>
        <translation>Reopened portal user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Givet videre</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oprettet klinik</source>
        <translation>Created clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oprettet medarbejder</source>
        <translation>Created staff member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret medarbejder</source>
        <translation>Changed staff member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deaktiveret medarbejder</source>
        <translation>Deactivated staff member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Genaktiveret medarbejder</source>
        <translation>Reactivated staff member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nulstillet adgangskode</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Låst konto op</source>
        <translation>Unlocked account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skiftet adgangskode</source>
        <translation>Changed password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret behandlerprofil</source>
        <translation>Changed provider profile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rettet svar</source>
        <translation>Corrected answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret standardtekster</source>
        <translation>Changed stock phrases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vist liste med patienter</source>
        <translation>Viewed list of patients</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vist vedhæftet fil</source>
        <translation>Viewed attachment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret patientens stamdata</source>
        <translation>Changed the patient's basic data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importeret patienter</source>
        <translation>Imported patients</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret kalender</source>
        <translation>Changed calendar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dannet ledige tider</source>
        <translation>Generated free slots</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vist kalenderdag</source>
        <translation>Viewed calendar day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markeret som haster</source>
        <translation>Marked as urgent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fjernet markering som haster</source>
        <translation>Removed urgent mark</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ændret ordlister for haster</source>
        <translation>Changed word lists for urgent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markeret svar som skal læses</source>
        <translation>Marked answer as must be read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opgave fra sikkerhedsnettet</source>
        <translation>Task from the safety net</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mailadresse virker ikke</source>
        <translation>E-mail address not working</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hastesag varslet</source>
        <translation>Urgent item alerted</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location line="+11" />
        <source>Der opstod en uventet fejl. Prøv igen.</source>
        <translation>An unexpected error occurred. Please try again.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Logning af opslag – %1</source>
        <translation>Access log – %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+146" />
        <source>Alle patienter</source>
        <translation>All patients</translation>
    </message>
    <message>
        <location line="-143" />
        <source>Vælg patient…</source>
        <translation>Choose patient…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vis alle patienter</source>
        <translation>Show all patients</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Medarbejder:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alle medarbejdere</source>
        <translation>All staff members</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Handling:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kun perioden fra</source>
        <translation>Only the period from</translation>
    </message>
    <message>
        <location line="+13" />
        <source>til og med</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Logposter</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Udskriv patientens log…</source>
        <translation>Print the patient's log…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gem som tekst…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gem som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Vælg patient</source>
        <translation>Choose patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vælg</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Ingen registreringer passer på filteret.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n registreringer.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>De nyeste %n registreringer vises – rul ned for flere.</source>
        <translation>
            <numerusform>The newest %n entry is shown – scroll down for more.</numerusform>
            <numerusform>The newest %n entries are shown – scroll down for more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Vælg en patient eller en linje med en patient først.</source>
        <translation>Choose a patient or a row with a patient first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gem patientens log</source>
        <translation>Save the patient's log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tekstfiler (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>logning-af-opslag.txt</source>
        <translation>access-log.txt</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Filen kunne ikke gemmes. Vælg en anden mappe og prøv igen.</source>
        <translation>The file could not be saved. Choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+25" />
        <source>Patientens log er gemt i %1.</source>
        <translation>The patient's log was saved in %1.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>logning-af-opslag.pdf</source>
        <translation>access-log.pdf</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Patientens log er sendt til printeren.</source>
        <translation>The patient's log was sent to the printer.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Logning af opslag…</source>
        <translation>Access log…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-341" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Søgt efter</source>
        <translation>Searched for</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>BookingPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/booking.py" line="+43" />
        <source>Dag i kalenderen</source>
        <translation>Day in the calendar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Behandlerens dag</source>
        <translation>The provider's day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Godkend den ønskede tid</source>
        <translation>Approve the requested time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opretter aftalen i kalenderen (Ctrl+Shift+G)</source>
        <translation>Creates the appointment in the calendar (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tilbyd valgt ledig tid</source>
        <translation>Offer the selected free time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vælg en ledig tid i dagsoversigten (Ctrl+Shift+T)</source>
        <translation>Pick a free time in the day view (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afvis …</source>
        <translation>Reject …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Behandlerens dag:</source>
        <translation>Provider's day:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Anmodningen kan ikke læses.</source>
        <translation>The request cannot be read.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Ønsket tid:&lt;/b&gt; %1 kl. %2–%3</source>
        <translation>&lt;b&gt;Requested time:&lt;/b&gt; %1 at %2–%3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Behandler:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Provider:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Årsag:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reason:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Kommentar:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Comment:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Overlapper den ønskede tid</source>
        <translation>Overlaps the requested time</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n konflikt(er) med den ønskede tid.</source>
        <translation>
            <numerusform>%n clash with the requested time.</numerusform>
            <numerusform>%n clashes with the requested time.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>Afvis tidsbestilling</source>
        <translation>Reject booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvorfor afvises tiden? Patienten ser begrundelsen på portalen.</source>
        <translation>Why is the time rejected? The patient sees the reason on the portal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afvis</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../clinicdesk/views/calendar/dialog.py" line="+43" />
        <source>Kalender – %1</source>
        <translation>Calendar – %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ugeskema</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aftaletyper</source>
        <translation>Appointment types</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lukkedage og fridage</source>
        <translation>Closed days and days off</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Konflikter: bookede tider uden for ugeskemaet (bevaret)</source>
        <translation>Conflicts: booked slots outside the weekly schedule (kept)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Dan ledige tider</source>
        <translation>&amp;Generate free slots</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Gemt: %1, %2.</source>
        <translation>Saved: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n bookede tider ligger nu uden for ugeskemaet; de er bevaret og står nedenfor.</source>
        <translation>
            <numerusform>%n booked slot is now outside the weekly schedule; it has been kept and is listed below.</numerusform>
            <numerusform>%n booked slots are now outside the weekly schedule; they have been kept and are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gemt.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Ledige tider til og med %1: %2 nye, %3 fjernet.</source>
        <translation>Free slots up to and including %1: %2 new, %3 removed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Uden ugeskema: %1.</source>
        <translation>No weekly schedule: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Det lykkedes ikke. Prøv igen om lidt.</source>
        <translation>That did not work. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/calendar/menu.py" line="+17" />
        <source>Kalender…</source>
        <translation>Calendar…</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/calendar/texts.py" line="+11" />
        <source>%n nye ledige tider</source>
        <translation><numerusform>%n new free slot</numerusform><numerusform>%n new free slots</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n fjernet</source>
        <translation><numerusform>%n removed</numerusform><numerusform>%n removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n timer før</source>
        <translation><numerusform>%n hour before</numerusform><numerusform>%n hours before</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n dage frem</source>
        <translation><numerusform>%n day ahead</numerusform><numerusform>%n days ahead</numerusform></translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="+18" />
        <source>Skriv for at søge …</source>
        <translation>Type to search …</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="-149" />
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sådan hedder og findes klinikken. Patienterne ser navnet på portalen øverst til venstre.</source>
        <translation>What the clinic is called and how it is found. Patients see the name at the top left of the portal.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Klinikkens navn</source>
        <translation>&amp;Clinic's name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>fx Lægerne i Ribe I/S</source>
        <translation>e.g. Lægerne i Ribe I/S</translation>
    </message>
    <message>
        <location line="+2" />
        <source>som klinikkens navn</source>
        <translation>as the clinic's name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Ydernummer</source>
        <translation>&amp;Provider number (ydernummer)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>6 cifre</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+0" />
        <source>gade og nr., postnr. og by</source>
        <translation>street and number, postcode and town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>fx 75 42 00 00</source>
        <translation>e.g. 75 42 00 00</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;E-mail (valgfri)</source>
        <translation>&amp;E-mail (optional)</translation>
    </message>
</context>
<context>
    <name>ClinicSetting</name>
    <message>
        <location filename="../../clinicdesk/domain/settings.py" line="-145" />
        <location line="+89" />
        <source>Navn på portalen</source>
        <translation>Name on the portal</translation>
    </message>
    <message>
        <location line="-88" />
        <source>Klinikkens navn øverst på patientportalen.</source>
        <translation>The clinic's name at the top of the patient portal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Portallink</source>
        <translation>Portal link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adressen, patienterne bruger for at finde klinikken på portalen. Ingen mellemrum; hver klinik har sit eget link.</source>
        <translation>The address patients use to find the clinic on the portal. No spaces; each clinic has its own link.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tilmelding via portalen</source>
        <translation>Sign-up via the portal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Om nye patienter kan tilmelde sig via portalen, og om klinikken skal godkende dem først.</source>
        <translation>Whether new patients can sign up via the portal, and whether the clinic approves them first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fra</source>
        <comment>signup mode: off</comment>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Med godkendelse</source>
        <translation>With approval</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+81" />
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="-80" />
        <source>Patienterne kan skrive til klinikken via portalen.</source>
        <translation>Patients can write to the clinic via the portal.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+81" />
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="-80" />
        <source>Patienterne kan bede om fornyelse af deres faste recepter.</source>
        <translation>Patients can ask for renewal of their regular prescriptions.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+82" />
        <source>Tidsbestilling</source>
        <translation>Appointment booking</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Patienterne kan bestille tid hos de behandlere, der har tidsbestilling slået til.</source>
        <translation>Patients can book appointments with the providers who have booking switched on.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opret aftaler automatisk ved tidsbestilling</source>
        <translation>Create appointments automatically on online booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En bestilt tid bliver straks en aftale i kalenderen, uden at klinikken skal acceptere den.</source>
        <translation>A booked time becomes an appointment in the calendar at once, without the clinic accepting it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Patienter må vedhæfte filer</source>
        <translation>Patients may attach files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienterne kan vedhæfte billeder og PDF-filer til en e-konsultation.</source>
        <translation>Patients can attach pictures and PDF files to an e-consultation.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Maks. længde af e-konsultation</source>
        <translation>Max. length of an e-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source> tegn</source>
        <translation> characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det højeste antal tegn i en e-konsultation (50–4000).</source>
        <translation>The largest number of characters in an e-consultation (50–4000).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Varsel for tidsbestilling</source>
        <translation>Booking notice</translation>
    </message>
    <message>
        <location line="+1" />
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvor mange dage før en tid patienterne senest kan bestille den (0–60).</source>
        <translation>How many days before an appointment patients can book it at the latest (0–60).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kan bookes op til</source>
        <translation>Can be booked up to</translation>
    </message>
    <message>
        <location line="+1" />
        <source> dage frem</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvor langt frem patienterne kan bestille tid (1–365 dage).</source>
        <translation>How far ahead patients can book (1–365 days).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afbud senest</source>
        <translation>Cancel at the latest</translation>
    </message>
    <message>
        <location line="+1" />
        <source> timer før</source>
        <translation> hours before</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvor mange timer før tiden patienterne senest kan aflyse via portalen (0–168).</source>
        <translation>How many hours before the appointment patients can cancel via the portal at the latest (0–168).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Svarfrist</source>
        <translation>Answer within</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+95" />
        <source> arbejdsdage</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="-94" />
        <source>Inden for hvor mange arbejdsdage klinikken svarer en e-konsultation (1–10).</source>
        <translation>Within how many working days the clinic answers an e-consultation (1–10).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Klinikken kan bruges i Min Læge-appen</source>
        <translation>The clinic can be used in the Min Læge app</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-konsultation i appen</source>
        <translation>E-consultation in the app</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receptfornyelse i appen</source>
        <translation>Prescription renewal in the app</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tidsbestilling i appen</source>
        <translation>Appointment booking in the app</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vis aftaler i appen</source>
        <translation>Show appointments in the app</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Filer pr. e-konsultation fra en patient</source>
        <translation>Files per e-consultation from a patient</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+5" />
        <source> filer</source>
        <translation> files</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Hvor mange billeder eller PDF-filer en patient højst kan vedhæfte en e-konsultation (1–3), når patienter må vedhæfte filer.</source>
        <translation>The most pictures or PDF files a patient can attach to an e-consultation (1–3), when patients may attach files.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filer pr. svar fra klinikken</source>
        <translation>Files per answer from the clinic</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hvor mange filer klinikken højst kan vedhæfte et svar (1–9).</source>
        <translation>The most files the clinic can attach to an answer (1–9).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Største fil</source>
        <translation>Largest file</translation>
    </message>
    <message>
        <location line="+1" />
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Den største fil, patienter og klinikken kan vedhæfte (1–10 MB).</source>
        <translation>The largest file patients and the clinic can attach (1–10 MB).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Et eget navn på portalen, fx »Sygeplejersken«. Det skjuler titlen.</source>
        <translation>A name of its own on the portal, e.g. "The nurse". It hides the title.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vises efter navnet, når behandleren ikke har et eget navn på portalen.</source>
        <translation>Shown after the name when the provider has no name of their own on the portal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Patienterne kan skrive til behandleren.</source>
        <translation>Patients can write to the provider.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recept-
fornyelse</source>
        <translation>Prescription
renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienterne kan bede behandleren om receptfornyelse.</source>
        <translation>Patients can ask the provider for prescription renewal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tids-
bestilling</source>
        <translation>Appointment
booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienterne kan bestille tid hos behandleren.</source>
        <translation>Patients can book appointments with the provider.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kommentar påkrævet</source>
        <translation>Comment required</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kommentar
påkrævet</source>
        <translation>Comment
required</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienten skal skrive, hvad tiden skal bruges til.</source>
        <translation>The patient must write what the appointment is for.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fra</source>
        <comment>first day of a holiday</comment>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ferieperiodens første dag.</source>
        <translation>The first day of the holiday.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Til og med</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ferieperiodens sidste dag (med).</source>
        <translation>The last day of the holiday (inclusive).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Besked til patienterne</source>
        <translation>Message to the patients</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vises på portalen under ferien. Nævn vikarklinikken.</source>
        <translation>Shown on the portal during the holiday. Name the stand-in clinic.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vikarklinik</source>
        <translation>Stand-in clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Luk e-konsultation</source>
        <translation>Close e-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Luk e-
konsultation</source>
        <translation>Close e-
consultation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Luk receptfornyelse</source>
        <translation>Close prescription renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Luk recept-
fornyelse</source>
        <translation>Close prescription
renewal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Luk tidsbestilling</source>
        <translation>Close appointment booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Luk tids-
bestilling</source>
        <translation>Close appointment
booking</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Varsl uåbnede hastesager efter</source>
        <translation>Alert about unopened urgent items after</translation>
    </message>
    <message>
        <location line="+1" />
        <source> minutter</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En henvendelse markeret »Haster«, som ingen har åbnet så længe i klinikkens åbningstid, varsles på alle arbejdspladser (5–240).</source>
        <translation>A request marked "Urgent" that nobody has opened for this long during the clinic's opening hours is alerted on all workstations (5–240).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ring til patienten, når et »skal læses«-svar er ulæst i</source>
        <translation>Call the patient when a "must be read" answer is unread for</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Er et svar markeret »skal læses« stadig ikke læst efter så mange arbejdsdage, får svarets afsender opgaven »Ring til patienten« (1–20).</source>
        <translation>If an answer marked "must be read" is still not read after this many working days, the answer's sender gets the task "Call the patient" (1–20).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send kvittering for modtaget e-konsultation</source>
        <translation>Send a receipt for a received e-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienten får en e-mail med den dag, klinikken svarer senest, og akutnumrene. Mailen indeholder aldrig beskedens tekst.</source>
        <translation>The patient gets an e-mail with the day by which the clinic will answer at the latest, and the emergency numbers. The e-mail never contains the message's text.</translation>
    </message>
</context>
<context>
    <name>ClosedDaysTab</name>
    <message>
        <location filename="../../clinicdesk/views/calendar/closed_tab.py" line="+32" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lukkedage og fridage</source>
        <translation>Closed days and days off</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Luk klinikken denne dag</source>
        <translation>&amp;Close the clinic on this day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Åbn dagen igen</source>
        <translation>&amp;Open the day again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gi&amp;v fridag</source>
        <translation>Gi&amp;ve day off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tag fridag tilbag&amp;e</source>
        <translation>Tak&amp;e back day off</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Al&amp;mindelige lukkedage:</source>
        <translation>Co&amp;mmon closed days:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Da&amp;to:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Be&amp;grundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fridag for &amp;behandler:</source>
        <translation>Day off for &amp;provider:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Klinikkens egne lukkedage (helligdage lukker altid):</source>
        <translation>The clinic's own closed days (public holidays are always closed):</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/thread.py" line="+119" />
        <source>Ret svar</source>
        <translation>Correct the answer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ret svaret fra %1. Patienten får besked om en ny besked; det gamle svar bliver stående i tråden som ”Rettet”.</source>
        <translation>Correct the answer from %1. The patient is told about a new message; the old answer stays in the thread as "Corrected".</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Send rettelsen</source>
        <translation>Send the correction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Rettelsen er tom. Skriv det rettede svar, eller fortryd.</source>
        <translation>The correction is empty. Write the corrected answer, or cancel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Teksten er ikke ændret. Ret svaret, eller fortryd.</source>
        <translation>The text has not changed. Correct the answer, or cancel.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Elementet er optaget af en anden handling. Vent et øjeblik, og send igen.</source>
        <translation>The item is busy with another action. Wait a moment, and send again.</translation>
    </message>
</context>
<context>
    <name>CreatePortalUserDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/create_user.py" line="+19" />
        <source>Opret portalbruger</source>
        <translation>Create portal user</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patienten får en e-mail med et link til at aktivere sin bruger på patientportalen.</source>
        <translation>The patient gets an e-mail with a link to activate their user on the patient portal.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ingen e-mailadresse</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Link sendes til:</source>
        <translation>Link is sent to:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adgangskode og sikkerhedskode på e-mail (uden MitID)</source>
        <translation>Password and security code by e-mail (without MitID)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Patienten har ikke MitID og får derfor login med sikkerhedskode.</source>
        <translation>The patient has no MitID and therefore gets the security-code login.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opret og send link</source>
        <translation>Create and send link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Linket kan ikke sendes uden en e-mailadresse. Få patientens e-mailadresse først.</source>
        <translation>The link cannot be sent without an e-mail address. Get the patient's e-mail address first.</translation>
    </message>
</context>
<context>
    <name>DayTab</name>
    <message>
        <location filename="../../clinicdesk/views/calendar/day_tab.py" line="+32" />
        <source>Ledig</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trukket tilbage</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bestilling venter</source>
        <translation>Booking pending</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optaget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Forrige dag</source>
        <translation>&amp;Previous day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Næste dag</source>
        <translation>&amp;Next day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;I dag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Behandler:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Aftaletype</source>
        <translation>Appointment type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dagens aftaler</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Booket</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mødt</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Udeblevet</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aflyst af patienten</source>
        <translation>Cancelled by the patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aflyst af klinikken</source>
        <translation>Cancelled by the clinic</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (inaktiv)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n ledige</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n bestillinger venter</source>
        <translation>
            <numerusform>%n booking waiting</numerusform>
            <numerusform>%n bookings waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n aftaler</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ingen tider denne dag: %1. </source>
        <translation>No times on this day: %1. </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Dagen kunne ikke hentes. Prøv igen om lidt.</source>
        <translation>The day could not be loaded. Try again shortly.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/error_text.py" line="+18" />
        <source>Der opstod en uventet fejl. Prøv igen, eller genindlæs med F5.</source>
        <translation>An unexpected error occurred. Try again, or reload with F5.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/detail.py" line="+130" />
        <source>&amp;Genindlæs</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Tildel …</source>
        <translation>Assign …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tildel til en kollega eller en faggruppe (Ctrl+Shift+A)</source>
        <translation>Assign to a colleague or a staff group (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Frigiv</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Giv elementet tilbage til de andre (Ctrl+Shift+R)</source>
        <translation>Give the item back to the others (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Genåbn</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Markér som behandlet</source>
        <translation>Mark as handled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Når der ikke er noget at beslutte eller svare på (Ctrl+Shift+M)</source>
        <translation>When there is nothing to decide or answer (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patientkort</source>
        <translation>Patient card</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Åbn patientkortet: stamdata, rettigheder og portalbruger (Ctrl+Shift+K)</source>
        <translation>Open the patient card: basic data, rights and portal user (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Vælg et element i listen, og tryk Enter for at åbne det.</source>
        <translation>Select an item in the list and press Enter to open it.</translation>
    </message>
    <message>
        <location line="+95" />
        <location line="+190" />
        <source>Fjern tildeling</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <location line="-154" />
        <source>Der er ingen ledige elementer i denne mappe.</source>
        <translation>There are no free items in this folder.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Elementet er frigivet.</source>
        <translation>The item has been released.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Haster</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(via Min Læge-appen)</source>
        <translation>(via the Min Læge app)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modtaget %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Frist %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overskredet</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Til %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tildelt %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>afsluttet af %1 %2</source>
        <translation>closed by %1 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Begrundelse: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Tildel til</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Elementet er afsluttet.</source>
        <translation>The item is closed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afventer patientens svar.</source>
        <translation>Awaiting the patient's reply.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elementet er givet videre. Åbn det igen for at arbejde videre.</source>
        <translation>The item has been passed on. Open it again to continue working on it.</translation>
    </message>
</context>
<context>
    <name>EconsultPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/attachments.py" line="+51" />
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gem …</source>
        <translation>Save …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Vedhæftet:</source>
        <translation>Attached:</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Vedhæft fil …</source>
        <translation>Attach file …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fjern filer</source>
        <translation>Remove files</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/econsult.py" line="+81" />
        <source>Afvent patientens svar</source>
        <translation>Await the patient's reply</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Elementet afsluttes ikke, men venter på patientens svar.</source>
        <translation>The item is not closed but waits for the patient's reply.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send svar</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Skriv svaret her. En forkortelse + Tab (eller Shift+F2) giver en standardtekst, Alt+1 … Alt+9 dine favoritter. Ctrl+Enter sender og åbner det næste element.</source>
        <translation>Write the answer here. An abbreviation + Tab (or Shift+F2) gives a stock phrase, Alt+1 … Alt+9 your favourites. Ctrl+Enter sends and opens the next item.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Tråden med patienten</source>
        <translation>The thread with the patient</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Skal læses</source>
        <translation>Must be read</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Svaret skal læses: er det stadig ulæst efter klinikkens antal arbejdsdage, får du opgaven »Ring til patienten«.</source>
        <translation>The reply must be read: if it is still unread after the clinic's number of working days, you get the task “Call the patient”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send svaret til patienten og bliv på elementet (Ctrl+Alt+Enter)</source>
        <translation>Send the answer to the patient and stay on the item (Ctrl+Alt+Enter)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send og næste</source>
        <translation>Send and next</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send svaret og åbn det næste element i mappen (Ctrl+Enter)</source>
        <translation>Send the answer and open the next item in the folder (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../clinicdesk/views/inbox/panes/thread.py" line="-115" />
        <source>Intern note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patienten ser ikke noten (Ctrl+Shift+Enter)</source>
        <translation>The patient does not see the note (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afslut uden svar …</source>
        <translation>Close without answer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kræver en begrundelse (Ctrl+Shift+L)</source>
        <translation>Requires a reason (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opret E-svar …</source>
        <translation>New e-answer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ny besked til en patient (Ctrl+Shift+E)</source>
        <translation>New message to a patient (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/thread.py" line="-2" />
        <source>Patienten</source>
        <translation>The patient</translation>
    </message>
    <message>
        <location line="+3" />
        <source>patienten ser den ikke</source>
        <translation>the patient does not see it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location line="+0" />
        <source>til patienten</source>
        <translation>to the patient</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rettelse af svar fra %1</source>
        <translation>Correction of reply from %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rettet</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(se rettelsen nedenfor; patienten kan stadig læse dette svar)</source>
        <translation>(see the correction below; the patient can still read this reply)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ret svar …</source>
        <translation>Correct reply …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Skal læses – læst</source>
        <translation>Must be read – read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skal læses – ulæst</source>
        <translation>Must be read – unread</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ikke læst af patienten endnu</source>
        <translation>Not read by the patient yet</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Ret svar fra %1 …</source>
        <translation>Correct reply from %1 …</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Svaret kan ikke rettes her. Ret den nyeste udgave, og kun når ingen anden har elementet.</source>
        <translation>The reply cannot be corrected here. Correct the latest version, and only when no one else has the item.</translation>
    </message>
    <message>
        <location line="-116" />
        <source>Ingen beskeder.</source>
        <translation>No messages.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/attachments.py" line="-92" />
        <source>Vedhæftede filer</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Gem vedhæftet fil</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Filen er gemt: %1</source>
        <translation>File saved: %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Vedhæft filer</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Billeder og PDF (%1)</source>
        <translation>Images and PDF (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 kan ikke læses.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 er hverken et billede eller en PDF.</source>
        <translation>%1 is neither an image nor a PDF.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 er større end %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Der kan højst vedhæftes %1 filer.</source>
        <translation>At most %1 files can be attached.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/econsult.py" line="+151" />
        <source>Svaret er tomt. Skriv en tekst, og send igen.</source>
        <translation>The answer is empty. Write a text and send again.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Tjek svaret, før det sendes:</source>
        <translation>Check the reply before it is sent:</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Noten er tom. Skriv en tekst først.</source>
        <translation>The note is empty. Write a text first.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Afslut uden svar</source>
        <translation>Close without answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvorfor afsluttes e-konsultationen uden svar? Begrundelsen gemmes i tråden som intern note.</source>
        <translation>Why is the e-consultation closed without an answer? The reason is kept in the thread as an internal note.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afslut</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/icons.py" line="+41" />
        <location filename="../../clinicdesk/views/inbox/panes/attachments.py" line="-110" />
        <location line="+129" />
        <source>vedhæftet fil</source>
        <translation>attachment</translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="+187" />
        <source>Redigér medarbejder</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Fulde navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Initialer</source>
        <translation>&amp;Initials</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rolle her</source>
        <translation>&amp;Role here</translation>
    </message>
</context>
<context>
    <name>EscalationBanner</name>
    <message>
        <location filename="../../clinicdesk/views/safety/watch.py" line="+99" />
        <source>Hastevarsler</source>
        <translation>Urgent alerts</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Enter eller klik åbner henvendelsen i indbakken (Ctrl+Shift+B: den ældste)</source>
        <translation>Enter or click opens the request in the Inbox (Ctrl+Shift+B: the oldest)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>Skjul varslet</source>
        <translation>Hide the alert</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../clinicdesk/views/setup/first_start.py" line="+18" />
        <location line="+1" />
        <source>Velkommen til clinicdesk</source>
        <translation>Welcome to clinicdesk</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Databasen er tom. Opret jeres egen klinik – med navn, portallink, ydernummer, åbningstider og den første administrator – eller prøv programmet på en opdigtet demoklinik med personale, patienter og en fyldt indbakke.</source>
        <translation>The database is empty. Create your own clinic – with name, portal link, provider number, opening hours and the first administrator – or try the program on an invented demo clinic with staff, patients and a full inbox.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Opret jeres klinik</source>
        <translation>&amp;Create your clinic</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Prøv med en demoklinik</source>
        <translation>&amp;Try a demo clinic</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Demoklinikken kan ikke senere gøres til en rigtig klinik: brug en ny database til jeres egen.</source>
        <translation>The demo clinic cannot later become a real clinic: use a new database for your own.</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/folders.py" line="+36" />
        <source>Mapper</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Efter type</source>
        <translation>By type</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Åbne elementer fra patienter, hvis e-mailadresse mailserveren har afvist: ring til dem, og ret adressen</source>
        <translation>Open items from patients whose e-mail address the mail server refused: call them and correct the address</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Åbne elementer med ord, der kan tyde på noget akut, eller markeret som haster (fremhævning til personalet, ikke en vurdering)</source>
        <translation>Open items with words that may suggest something acute, or marked as urgent (a highlight for staff, not an assessment)</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../clinicdesk/views/guide_viewer.py" line="+57" />
        <source>Printeren kunne ikke startes. Kontrollér printeren og prøv igen.</source>
        <translation>The printer could not be started. Check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>GuideViewerDialog</name>
    <message>
        <location line="+63" />
        <source>Patientvejledninger</source>
        <translation>Patient guides</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Log ind</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Funktioner</source>
        <translation>&amp;Functions</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sprog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Vejledning:</source>
        <translation>Guide:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Vejledningen</source>
        <translation>The guide</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Udskriv…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Vis udskrift…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Gem som…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Laver vejledningen…</source>
        <translation>Making the guide…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Vejledningen kunne ikke vises. Prøv igen.</source>
        <translation>The guide could not be shown. Try again.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n sider</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Vejledningen kunne ikke laves. Prøv igen, eller kontakt support.</source>
        <translation>The guide could not be made. Try again, or contact support.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Patientvejledning - %1.pdf</source>
        <translation>Patient guide - %1.pdf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Funktioner</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Gemmer…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Det lykkedes ikke. Kontrollér stedet/printeren og prøv igen.</source>
        <translation>That did not work. Check the location/printer and try again.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Sendt til printeren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history.py" line="+107" />
        <source>Patientens e-konsultationer, receptfornyelser, tidsbestillinger og aftaler hos klinikken, nyeste først. Enter åbner en linje til læsning; intet bliver taget eller ændret.</source>
        <translation>The patient's e-consultations, prescription renewals, booking requests and appointments at the clinic, newest first. Enter opens a row to read; nothing is taken or changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Patientens historik</source>
        <translation>The patient's history</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Log over opslag…</source>
        <translation>&amp;Log of lookups…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hvem har set eller ændret patientens oplysninger, hvornår og hvorfor (til patienten, som PDF)</source>
        <translation>Who has viewed or changed the patient's details, when and why (for the patient, as PDF)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Henter historikken …</source>
        <translation>Loading the history …</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <location line="+31" />
        <source>%n linjer.</source>
        <translation>
            <numerusform>%n line.</numerusform>
            <numerusform>%n lines.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23" />
        <source>Patienten har ingen historik hos klinikken endnu.</source>
        <translation>The patient has no history at the clinic yet.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Åbner til læsning …</source>
        <translation>Opening to read …</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="+25" />
        <source>Åbningstider</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvornår klinikken har åbent. Et flueben for hver dag, I har åbent; behandlernes bookbare tider sættes op senere.</source>
        <translation>When the clinic is open. A tick for each day you are open; the providers' bookable times are set up later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Åbner</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lukker</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+6" />
        <source>åbner</source>
        <translation>opens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lukker</source>
        <translation>closes</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../clinicdesk/views/settings/hours_tab.py" line="+42" />
        <source>Klinikkens åbningstider (dansk tid). Skriv fx 08:00-16:00, flere perioder med komma (08:00-12:00, 13:00-16:00), eller »lukket«.</source>
        <translation>The clinic's opening hours (Danish time). Enter e.g. 08:00-16:00, several periods separated by commas (08:00-12:00, 13:00-16:00), or “lukket” (closed).</translation>
    </message>
</context>
<context>
    <name>InboxArchive</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/archive.py" line="+35" />
        <source>Svararkivet er tomt: du har ikke skrevet svar endnu.</source>
        <translation>The answer archive is empty: you have not written any answers yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Svararkiv (dine tidligere svar)</source>
        <translation>Answer archive (your earlier answers)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skriv for at søge i dine svar …</source>
        <translation>Type to search your answers …</translation>
    </message>
</context>
<context>
    <name>InboxFormatting</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/formatting.py" line="+13" />
        <source>man</source>
        <extracomment>the short weekday names (Danish; English through the InboxFormatting context)</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0" />
        <source>lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Læst af patienten %1 kl. %2</source>
        <translation>Read by the patient %1 at %2</translation>
    </message>
</context>
<context>
    <name>InboxLabels</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/labels.py" line="+18" />
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidsbestilling</source>
        <translation>Appointment booking</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Tilmelding</source>
        <translation>Sign-up</translation>
    </message>
    <message>
        <location line="-3" />
        <source>E-kons.</source>
        <translation>E-cons.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recept</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tid</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Afventer patient</source>
        <translation>Awaiting patient</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Afsluttet</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Haster</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kan ikke kontaktes</source>
        <translation>Cannot be contacted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle åbne</source>
        <translation>All open</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overskredne</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afsluttede</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-konsultationer</source>
        <translation>E-consultations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receptfornyelser</source>
        <translation>Prescription renewals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidsbestillinger</source>
        <translation>Booking requests</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilmeldinger</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alle læger</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle sygeplejersker</source>
        <translation>All nurses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle sekretærer</source>
        <translation>All receptionists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alle administratorer</source>
        <translation>All administrators</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Afventer</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+5" />
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+6" />
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Afventer svar</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Anden tid tilbudt</source>
        <translation>Other time offered</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Oprettet automatisk</source>
        <translation>Created automatically</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ledig</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optaget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ønsket tid</source>
        <translation>Requested time</translation>
    </message>
</context>
<context>
    <name>InboxShortcuts</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/shortcuts.py" line="+41" />
        <source>Indbakken</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det åbne element</source>
        <translation>The open item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afgørelser (fornyelse, tid, tilmelding)</source>
        <translation>Decisions (renewal, booking, sign-up)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mappe: Nye</source>
        <translation>Folder: New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Mine</source>
        <translation>Folder: Mine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Alle åbne</source>
        <translation>Folder: All open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Afventer patient</source>
        <translation>Folder: Awaiting patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Overskredne</source>
        <translation>Folder: Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Afsluttede</source>
        <translation>Folder: Done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: E-konsultationer</source>
        <translation>Folder: E-consultations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Receptfornyelser</source>
        <translation>Folder: Renewals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Tidsbestillinger</source>
        <translation>Folder: Bookings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Tilmeldinger</source>
        <translation>Folder: Sign-ups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mappe: Haster</source>
        <translation>Folder: Urgent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Næste element i listen</source>
        <translation>Next item in the list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forrige element i listen</source>
        <translation>Previous item in the list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Åbn elementet og gå til svarfeltet</source>
        <translation>Open the item and go to the answer field</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tag det næste ledige element i mappen (det ældste først)</source>
        <translation>Take the next free item in the folder (oldest first)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Søg (CPR-nummer, navn eller tekst)</source>
        <translation>Search (CPR number, name or text)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gå til filtrene (behandler, type, status, tildelt)</source>
        <translation>Go to the filters (provider, kind, status, assigned)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Genindlæs (din tekst bevares)</source>
        <translation>Reload (your text is kept)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilbage til listen</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vis indbakkens tastaturgenveje</source>
        <translation>Show the inbox keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tildel til kollega eller faggruppe</source>
        <translation>Assign to a colleague or a staff group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Frigiv elementet til de andre</source>
        <translation>Release the item to the others</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markér som haster / fjern markeringen (med begrundelse)</source>
        <translation>Mark as urgent / remove the mark (with a reason)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markér som behandlet (en meddelelse uden noget at beslutte)</source>
        <translation>Mark as handled (a notice with nothing to decide)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Genåbn et afsluttet element</source>
        <translation>Reopen a done item</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Åbn patientkortet for elementets patient</source>
        <translation>Open the patient card of the item's patient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send og næste: send svaret og åbn det næste element i mappen</source>
        <translation>Send and next: send the answer and open the next item in the folder</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send svaret og bliv på elementet (det vises afsluttet)</source>
        <translation>Send the answer and stay on the item (it shows as done)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Standardtekst: udfyld forkortelsen foran markøren, ellers vælg fra listen ({fornavn}, {behandler}, {klinik} og {frist} udfyldes)</source>
        <translation>Stock phrase: expand the abbreviation before the cursor, else choose from the list ({fornavn}, {behandler}, {klinik} and {frist} are filled in)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>I svarfeltet og begrundelsesfelter: indsæt din favorit-standardtekst 1-9</source>
        <translation>In the answer box and reason boxes: insert your favourite stock phrase 1-9</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Efter en forkortelse i svarfeltet og begrundelsesfelter: indsæt standardteksten (ellers næste felt)</source>
        <translation>After an abbreviation in the answer box and reason boxes: insert the stock phrase (else the next field)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>I standardtekstlisten (Shift+F2): gem den valgte tekst som favorit 1-9</source>
        <translation>In the stock phrase list (Shift+F2): save the chosen phrase as favourite 1-9</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Gem teksten som intern note (patienten ser den ikke)</source>
        <translation>Save the text as an internal note (the patient does not see it)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Svararkiv: indsæt et af dine tidligere svar</source>
        <translation>Answer archive: insert one of your earlier answers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vedhæft fil til svaret</source>
        <translation>Attach a file to the answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afslut uden svar (med begrundelse)</source>
        <translation>Close without an answer (with a reason)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opret E-svar til en patient</source>
        <translation>Start a new message to a patient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Godkend (valgt linje / tiden / tilmeldingen)</source>
        <translation>Approve (selected line / the booking / the sign-up)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afvis med begrundelse (valgt linje / tiden / tilmeldingen)</source>
        <translation>Reject with a reason (selected line / the booking / the sign-up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receptfornyelse: send til læge</source>
        <translation>Renewal: send to a doctor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidsbestilling: tilbyd en anden tid</source>
        <translation>Booking: offer another time</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/filter_bar.py" line="+36" />
        <source>Søg: CPR-nummer, navn eller tekst (Ctrl+F)</source>
        <translation>Search: CPR number, name or text (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/list_pane.py" line="+108" />
        <source>Indbakkens liste</source>
        <extracomment>at narrow widths these columns hide first, in this order (the rest always show) where the user's choice of columns is kept (QSettings, per workstation): the keys below the order on screen: urgency first (what the eye looks for), CPR right after the name</extracomment>
        <translation>Inbox list</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/filter_bar.py" line="-1" />
        <source>Søg i indbakken</source>
        <translation>Search the Inbox</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Behandler: alle</source>
        <translation>Provider: all</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type: alle</source>
        <translation>Kind: all</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Status: alle</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Tildelt: alle</source>
        <translation>Assigned: all</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tildelt: ingen</source>
        <translation>Assigned: nobody</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tildelt: mig</source>
        <translation>Assigned: me</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/list_pane.py" line="+87" />
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n element(er)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Intet fundet for “%1”. Søg på CPR-nummer (fx 010190-1234), navn eller tekst.</source>
        <translation>Nothing found for “%1”. Search by CPR number (e.g. 010190-1234), name or text.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Du har ingen elementer lige nu. Åbn et element fra “Alle åbne” for at tage det.</source>
        <translation>You have no items right now. Open an item from “All open” to take it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingen overskredne frister. Godt gået!</source>
        <translation>No overdue items. Well done!</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Her er tomt. Nye henvendelser fra portalen vises automatisk.</source>
        <translation>Nothing here. New requests from the portal appear automatically.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>%1 vist – rul for flere</source>
        <translation>%1 shown – scroll for more</translation>
    </message>
    <message>
        <location line="+3" />
        <source>søgning i alle mapper</source>
        <translation>search in all folders</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/live.py" line="+112" />
        <source>Ny hastende henvendelse: %1</source>
        <extracomment>at most this many unseen items are read to look for urgent ones</extracomment>
        <translation>New urgent request: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 nye hastende henvendelser</source>
        <translation>%1 new urgent requests</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/view.py" line="+395" />
        <source>Indbakke</source>
        <extracomment>the folder counts are asked this long after the last change of a burst (one count per burst) a change this view made itself is not counted again when the change log reports it this long after the narrowest the open item gets: every kind's pane fits (its button rows wrap), so opening another kind never pushes the list narrower (the splitter keeps its place) how often the change log is read on SQLite (PostgreSQL also NOTIFYs at once): one indexed read of a few rows; half a second keeps a change elsewhere under the issue's 1.2 s end to end</extracomment>
        <translation>Inbox</translation>
    </message>
</context>
<context>
    <name>ItemSafetyNotes</name>
    <message>
        <location filename="../../clinicdesk/views/safety/notes.py" line="+59" />
        <source>Opgave: %1 – %2 (frist %3)</source>
        <translation>Task: %1 – %2 (due %3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patienten er ringet op: opgaven er løst</source>
        <translation>The patient has been called: the task is resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Udført: %1</source>
        <translation>Done: %1</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/table_model.py" line="+101" />
        <source>Modtaget</source>
        <extracomment>more changed items than this at once (an import): the loaded range is re-read instead</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behandler</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Første linje</source>
        <translation>First line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Behandles af</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/row_looks.py" line="+114" />
        <source>e-konsultation</source>
        <translation>e-consultation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>receptfornyelse</source>
        <translation>prescription renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tidsbestilling</source>
        <translation>booking</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ønsker ingen funktioner</source>
        <translation>Wants no functions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ønsker: %1</source>
        <translation>Wants: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>(sendt fra Min Læge-appen)</source>
        <translation>(sent from the Min Læge app)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+7" />
        <location line="+8" />
        <source>Tildelt: </source>
        <translation>Assigned: </translation>
    </message>
    <message>
        <location line="-5" />
        <source>Svarfristen er overskredet</source>
        <translation>The answer is overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Haster: ord i beskeden, der kan tyde på noget akut, eller markeret som haster (fremhævning til personalet, ikke en vurdering)</source>
        <translation>Urgent: words in the message that may suggest something acute, or marked as urgent (a highlight for staff, not an assessment)</translation>
    </message>
</context>
<context>
    <name>JoinClinicDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="-22" />
        <source>Tilknyt fra anden klinik</source>
        <translation>Join from another clinic</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Arbejder personen allerede for en anden klinik i systemet, får de adgang hertil med deres egen bruger: skriv brugernavnet og vælg rollen her.</source>
        <translation>If the person already works for another clinic in the system, they get access here with their own user: type the username and choose the role here.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../clinicdesk/views/lock_screen.py" line="+98" />
        <source>Skærmen er låst</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Log ud</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Låst for at beskytte patientoplysningerne. %1 (%2) skal skrive sin adgangskode for at fortsætte. Arbejde, der ikke er gemt, er bevaret.</source>
        <translation>Locked to protect patient information. %1 (%2) must enter their password to continue. Unsaved work is kept.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Kun den bruger, der låste skærmen, kan låse op. Vælg Log ud for at skifte bruger.</source>
        <translation>Only the user who locked the screen can unlock it. Choose Log out to change user.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Skærmen kunne ikke låses op på grund af en fejl. Prøv igen.</source>
        <translation>The screen could not be unlocked because of an error. Try again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../clinicdesk/views/login_dialog.py" line="+157" />
        <source>Log ind – %1</source>
        <translation>Log in – %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log ind – clinicdesk</source>
        <translation>Log in – clinicdesk</translation>
    </message>
    <message>
        <location line="-103" />
        <source>Log ind med dit personlige brugernavn og din adgangskode.</source>
        <translation>Log in with your personal user name and password.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Brugernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Din adgangskode er midlertidig. Vælg din egen adgangskode: mindst %1 tegn – en sætning af flere ord er let at huske og svær at gætte.</source>
        <translation>Your password is temporary. Choose your own password: at least %1 characters – a sentence of several words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gentag ny adgangskode</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ny adgangskode</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Gentag</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skift og log ind</source>
        <translation>Change and sign in</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Skriv dit brugernavn.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Logger ind …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Velkommen, %1. Du arbejder for flere klinikker. Vælg den klinik, du handler for nu:</source>
        <translation>Welcome, %1. You work for several clinics. Choose the clinic you are acting for now:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Login mislykkedes på grund af en fejl. Prøv igen, eller kontakt support.</source>
        <translation>Login failed because of an error. Try again, or contact support.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Skriv din nye adgangskode.</source>
        <translation>Type your new password.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>De to adgangskoder er ikke ens. Skriv dem igen.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Skifter adgangskode …</source>
        <translation>Changing the password …</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Adgangskoden kunne ikke skiftes på grund af en fejl. Prøv igen.</source>
        <translation>The password could not be changed because of an error. Try again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Skifter klinik …</source>
        <translation>Switching clinic …</translation>
    </message>
</context>
<context>
    <name>LookupReason</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/lookup_reason.py" line="+24" />
        <source>&amp;1  Behandling</source>
        <translation>&amp;1  Treatment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;2  Administration</source>
        <translation>&amp;2  Administration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;3  Patienten har bedt om det</source>
        <translation>&amp;3  The patient asked for it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;4  Andet:</source>
        <translation>&amp;4  Other:</translation>
    </message>
</context>
<context>
    <name>LookupReasonDialog</name>
    <message>
        <location line="+12" />
        <source>Hvorfor åbner du patientkortet?</source>
        <translation>Why are you opening the patient card?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Et opslag må kun ske, når det er nødvendigt for patientens behandling. Vælg grunden (tast 1-4); den står i loggen over opslag.</source>
        <translation>A lookup may only be made when it is necessary for the patient's treatment. Choose the reason (press 1-4); it is recorded in the log of lookups.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>kort begrundelse, fx telefon fra hjemmeplejen</source>
        <translation>short reason, e.g. phone call from home care</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Åbn patientkort</source>
        <translation>Open patient card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clinicdesk/views/main_window.py" line="+199" />
        <source>Velkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+93" />
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skift &amp;klinik</source>
        <translation>Switch &amp;clinic</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Lås skærmen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log &amp;ud</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Om clinicdesk</source>
        <translation>&amp;About clinicdesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Patientvejledninger…</source>
        <translation>&amp;Patient guides…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>clinicdesk – låst</source>
        <translation>clinicdesk – locked</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Du handler nu for %1.</source>
        <translation>You are now acting for %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Handlingen mislykkedes på grund af en fejl. Prøv igen.</source>
        <translation>The action failed because of an error. Try again.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Din rolle er ændret til %1.</source>
        <translation>Your role has changed to %1.</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Lås skærmen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vis tastaturgenveje</source>
        <translation>Show keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+7" />
        <location line="+4" />
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;h3&gt;clinicdesk %1&lt;/h3&gt;&lt;p&gt;Klinikkens skrivebordsprogram til patientportalen: e-konsultationer, receptfornyelser, tidsbestillinger og brugeroprettelser samlet i én indbakke.&lt;/p&gt;&lt;p&gt;Alle opslag i patientdata logges.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;clinicdesk %1&lt;/h3&gt;&lt;p&gt;The clinic's desktop program for the patient portal: e-consultations, prescription renewals, bookings and user sign-ups in one inbox.&lt;/p&gt;&lt;p&gt;Every lookup of patient data is logged.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Om clinicdesk</source>
        <translation>About clinicdesk</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="-52" />
        <source>Ny medarbejder</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fulde navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fx anne.k (små bogstaver)</source>
        <translation>e.g. anne.k (lower case)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Initialer</source>
        <translation>&amp;Initials</translation>
    </message>
    <message>
        <location line="+1" />
        <source>udfyldes ud fra navnet</source>
        <translation>filled in from the name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Behandler, som patienterne kan vælge på portalen</source>
        <translation>&amp;Provider patients can choose on the portal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Medarbejderen får en midlertidig adgangskode, som vises bagefter, og vælger sin egen ved første login.</source>
        <translation>The staff member gets a temporary password, shown afterwards, and chooses their own at the first login.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+2" />
        <source>Praktiserende læge</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>Sygeplejerske</source>
        <translation>Nurse</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/new_thread.py" line="+76" />
        <source>Opret E-svar</source>
        <translation>New e-answer</translation>
    </message>
    <message>
        <location line="+35" />
        <source>(ingen bestemt behandler)</source>
        <translation>(no particular provider)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Besked fra klinikken</source>
        <translation>Message from the clinic</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Afvent patientens svar</source>
        <translation>Await the patient's reply</translation>
    </message>
    <message>
        <location line="-37" />
        <source>CPR-nummer eller navn, Enter søger</source>
        <translation>CPR number or name, Enter searches</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fundne patienter</source>
        <translation>Patients found</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter eller dobbeltklik vælger patienten</source>
        <translation>Enter or double-click chooses the patient</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vælg en anden patient</source>
        <translation>Choose another patient</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ingen patient valgt. Søg, og vælg en patient med Enter.</source>
        <translation>No patient chosen. Search, and choose a patient with Enter.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Beskeden til patienten (forkortelse + Tab eller Shift+F2: standardtekst, Alt+1 … Alt+9: favoritter)</source>
        <translation>The message to the patient (abbreviation + Tab or Shift+F2: stock phrase, Alt+1 … Alt+9: favourites)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Til:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Behandler:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Ingen patienter fundet.</source>
        <translation>No patients found.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Send til %1 (Ctrl+Enter)</source>
        <translation>Send to %1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send (vælg først en patient)</source>
        <translation>Send (choose a patient first)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Vælg en patient først: søg, og tryk Enter på patienten.</source>
        <translation>Choose a patient first: search, and press Enter on the patient.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Tjek beskeden, før den sendes:</source>
        <translation>Check the message before it is sent:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 Til %2 (%3).</source>
        <translation>%1 To %2 (%3).</translation>
    </message>
    <message>
        <location line="-47" />
        <source>Beskeden er tom.</source>
        <translation>The message is empty.</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/common.py" line="+17" />
        <source>Der opstod en uventet fejl. Prøv igen.</source>
        <translation>An unexpected error occurred. Please try again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/card.py" line="+50" />
        <source>Patientkort</source>
        <translation>Patient card</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Henter patienten …</source>
        <translation>Loading the patient …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Stamdata</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kommunikation</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Historik</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Genindlæs</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ingen e-mailadresse</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <location line="+3" />
        <source>intet mobilnummer</source>
        <translation>no mobile number</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPR-nummer:</source>
        <translation>CPR number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alder:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail (klinikkens):</source>
        <translation>E-mail (clinic record):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobil (klinikkens):</source>
        <translation>Mobile (clinic record):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forældre (værger):</source>
        <translation>Parents (guardians):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Børn:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rediger…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CPR-nummer, navn, adresse, kontakt og forældre (værger)</source>
        <translation>CPR number, name, address, contact and parents (guardians)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Gem &amp;kontaktoplysninger</source>
        <translation>Save &amp;contact details</translation>
    </message>
    <message numerus="yes">
        <location line="+52" />
        <source>%n år</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+32" />
        <source>Tilladt</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kun modtage</source>
        <translation>Receive only</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+108" />
        <location filename="../../clinicdesk/views/patient_card/portal_status.py" line="+111" />
        <source>Spærret</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="-97" />
        <source>&amp;E-konsultation:</source>
        <translation>&amp;E-consultation:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Receptfornyelse:</source>
        <translation>&amp;Prescription renewal:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tidsbestilling:</source>
        <translation>&amp;Booking:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kun modtage: patienten kan læse og modtage beskeder fra klinikken, men ikke selv skrive. Spærret: patienten kan stadig læse sin historik, men ikke svare eller sende nye henvendelser.</source>
        <translation>Receive only: the patient can read and receive messages from the clinic but cannot write. Blocked: the patient can still read their history but cannot reply or send new requests.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Portalbruger</source>
        <translation>Portal user</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail på portalen:</source>
        <translation>E-mail on the portal:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobil på portalen:</source>
        <translation>Mobile on the portal:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tilmeldt klinikken siden:</source>
        <translation>Registered with the clinic since:</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+41" />
        <source>&amp;Opret portalbruger…</source>
        <translation>&amp;Create portal user…</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/card.py" line="-13" />
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+10" />
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="-12" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+5" />
        <source>ikke tilmeldt portalen</source>
        <translation>not registered on the portal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail eller mobil på portalen er ikke de samme som i klinikkens oplysninger (klinikkens: %1, %2). Patienten bliver bedt om at bekræfte dem ved næste login.</source>
        <translation>The e-mail or mobile on the portal differ from the clinic's record (clinic: %1, %2). The patient is asked to confirm them at next login.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Send aktiveringslink igen…</source>
        <translation>&amp;Send activation link again…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ingen portalbruger</source>
        <translation>No portal user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oprettet, venter på at patienten aktiverer den</source>
        <translation>Created, waiting for the patient to activate it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+7" />
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adgangskode og sikkerhedskode på e-mail</source>
        <translation>Password and security code by e-mail</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/card.py" line="+30" />
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+8" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kontaktoplysningerne er gemt.</source>
        <translation>The contact details have been saved.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+5" />
        <source>Rettighederne er gemt.</source>
        <translation>The rights have been saved.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opretter portalbruger …</source>
        <translation>Creating portal user …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Portalbrugeren er oprettet. Aktiveringslinket er sendt til %1.</source>
        <translation>The portal user has been created. The activation link was sent to %1.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/plugin.py" line="+67" />
        <source>Find patient…</source>
        <translation>Find patient…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Find patient (patientkort)</source>
        <translation>Find patient (patient card)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patientkort: fanen Historik (Enter åbner en linje til læsning)</source>
        <translation>Patient card: the History tab (Enter opens a row to read)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patientkort: spær portalbrugeren (med begrundelse)</source>
        <translation>Patient card: block the portal user (with a reason)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patientkort: åbn portalbrugeren igen (med begrundelse)</source>
        <translation>Patient card: reopen the portal user (with a reason)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Begrundelse for spærring/genåbning: bekræft</source>
        <translation>Reason for blocking/reopening: confirm</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/portal_status.py" line="-19" />
        <source>S&amp;pær portalbruger…</source>
        <translation>Bl&amp;ock portal user…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Åbn portalbruger &amp;igen…</source>
        <translation>Reopen portal user &amp;again…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Spærringer og genåbninger</source>
        <translation>Blocks and reopenings</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Åbnet igen</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1" />
        <source>af %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Begrundelsen ligger hos den klinik.</source>
        <translation>The reason is kept by that clinic.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Spærret, men hvornår, af hvem og hvorfor er ikke registreret.</source>
        <translation>Blocked, but when, by whom and why is not recorded.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Portalbrugeren har ikke været spærret.</source>
        <translation>The portal user has not been blocked.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Spærrer portalbrugeren …</source>
        <translation>Blocking the portal user …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Åbner portalbrugeren igen …</source>
        <translation>Reopening the portal user …</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Portalbrugeren er spærret.</source>
        <translation>The portal user is blocked.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Portalbrugeren er åbnet igen. Den er aldrig aktiveret, så den venter på patientens aktivering; send aktiveringslinket igen, hvis det er for gammelt.</source>
        <translation>The portal user is open again. It was never activated, so it waits for the patient's activation; send the activation link again if it is too old.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Portalbrugeren er åbnet igen og er aktiv.</source>
        <translation>The portal user is open again and active.</translation>
    </message>
</context>
<context>
    <name>PatientEditDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patients/edit_dialog.py" line="+30" />
        <source>Der opstod en uventet fejl. Intet er gemt. Prøv igen.</source>
        <translation>An unexpected error occurred. Nothing has been saved. Try again.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Ny patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rediger patient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <location line="+3" />
        <source>DDMMÅÅ-XXXX (CPR eller erstatningsnummer)</source>
        <translation>DDMMYY-XXXX (CPR or substitute number)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vej og nr., postnr. og by</source>
        <translation>Street and no., postcode and town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>navn@eksempel.dk</source>
        <translation>name@example.dk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>8 cifre</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Har &amp;MitID</source>
        <translation>Has &amp;MitID</translation>
    </message>
    <message>
        <location line="+4" />
        <source>forælderens CPR-nummer</source>
        <translation>the parent's CPR number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>evt. den anden forælders CPR-nummer</source>
        <translation>the other parent's CPR number, if any</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;CPR-nummer:</source>
        <translation>&amp;CPR number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fornavn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Efternavn:</source>
        <translation>Surnam&amp;e:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M&amp;obil:</source>
        <translation>M&amp;obile:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forælder (værge) &amp;1:</source>
        <translation>Parent (guardian) &amp;1:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forælder (værge) &amp;2:</source>
        <translation>Parent (guardian) &amp;2:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gen&amp;indlæs</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Barn under 15 år: mindst én forælder (værge), som er patient i klinikken, skal angives.</source>
        <translation>Child under 15: at least one parent (guardian) who is a patient at the clinic must be given.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patients/menu.py" line="+22" />
        <source>Ny patient…</source>
        <translation>New patient…</translation>
    </message>
</context>
<context>
    <name>PatientHistory</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history.py" line="-161" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Behandler</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history_detail.py" line="+41" />
        <location line="+7" />
        <location line="+24" />
        <source>Begrundelse:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Erstattet: %1 – %2, %3</source>
        <translation>Replaced: %1 – %2, %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Apotek:</source>
        <translation>Pharmacy:</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+20" />
        <source>Patientens kommentar:</source>
        <translation>Patient's comment:</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Ønsket tid:</source>
        <translation>Requested time:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+18" />
        <location line="+74" />
        <source>Behandler:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location line="-91" />
        <source>Årsag:</source>
        <translation>Reason for the visit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tilbudt tid:</source>
        <translation>Offered time:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Modtaget:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+76" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Afsluttet:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afsluttet med:</source>
        <translation>Closed with:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Kun læsning: intet bliver taget, markeret som læst eller ændret.</source>
        <translation>Read only: nothing is taken, marked as read or changed.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Historik: %1 (kun læsning)</source>
        <translation>History: %1 (read only)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Historik: aftale (kun læsning)</source>
        <translation>History: appointment (read only)</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../clinicdesk/views/patient_card/history_labels.py" line="+18" />
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bestilt:</source>
        <translation>Booked:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>på portalen</source>
        <translation>on the portal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>af klinikken</source>
        <translation>by the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aflyst:</source>
        <translation>Cancelled:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Aftaler ændres i kalenderen, ikke her.</source>
        <translation>Appointments are changed in the calendar, not here.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history_labels.py" line="-3" />
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidsbestilling</source>
        <translation>Booking request</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booket</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mødt</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aflyst af klinikken</source>
        <translation>Cancelled by the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aflyst af patienten</source>
        <translation>Cancelled by the patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Udeblevet</source>
        <translation>No-show</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n beskeder</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ønsket tid %1</source>
        <translation>Requested time %1</translation>
    </message>
</context>
<context>
    <name>PatientImport</name>
    <message>
        <location filename="../../clinicdesk/views/patients/import_dialog.py" line="+36" />
        <source>Filen findes ikke. Tjek stien, eller vælg filen med »Vælg fil…«.</source>
        <translation>The file does not exist. Check the path, or choose the file with “Choose file…”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filen kan ikke læses. Er den åben i Excel? Luk den, og prøv igen.</source>
        <translation>The file cannot be read. Is it open in Excel? Close it, and try again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patients/import_model.py" line="+16" />
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patients/menu.py" line="+14" />
        <source>Importér patienter…</source>
        <translation>Import patients…</translation>
    </message>
</context>
<context>
    <name>PatientImportDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patients/import_dialog.py" line="+15" />
        <source>Importér patienter</source>
        <translation>Import patients</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vælg en CSV-fil med én patient pr. linje (kolonnerne cpr, fornavn, efternavn og evt. adresse, email, mobil, værge1_cpr, værge2_cpr); den første linje er overskrifterne. Et barn under 15 år skal have en forælder (værge), der er patient i klinikken eller står i filen.</source>
        <translation>Choose a CSV file with one patient per line (the columns cpr, fornavn, efternavn and optionally adresse, email, mobil, værge1_cpr, værge2_cpr); the first line holds the headings. A child under 15 must have a parent (guardian) who is a patient at the clinic or is in the file.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sti til CSV-filen</source>
        <translation>Path to the CSV file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Vælg fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vis &amp;linjerne</source>
        <translation>Show the &amp;lines</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Linjer i filen</source>
        <translation>Lines in the file</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Importér kun de &amp;gode linjer (de afviste springes over)</source>
        <translation>Import only the &amp;good lines (rejected lines are skipped)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Importér</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Linje %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Vælg CSV-fil</source>
        <translation>Choose CSV file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV-filer (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Læser filen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n linjer læst (%2, adskilt med %3).</source>
        <translation>
            <numerusform>%n line read (%2, separated by %3).</numerusform>
            <numerusform>%n lines read (%2, separated by %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kolonnen »%1« kendes ikke og springes over.</source>
        <translation>The column “%1” is not recognised and will be skipped.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Der opstod en uventet fejl. Intet er importeret. Prøv igen.</source>
        <translation>An unexpected error occurred. Nothing has been imported. Try again.</translation>
    </message>
</context>
<context>
    <name>PatientLog</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/patient_log.py" line="+31" />
        <source>Gem patientens log som PDF</source>
        <translation>Save the patient's log as PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Filen kunne ikke gemmes (fuld disk eller ingen adgang til mappen). Vælg en anden mappe og prøv igen.</source>
        <translation>The file could not be saved (disk full or no access to the folder). Choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PatientLogDialog</name>
    <message>
        <location line="+42" />
        <source>Log over opslag</source>
        <translation>Log of lookups</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Henter loggen …</source>
        <translation>Loading the log …</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;Gem som PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, CPR %2 – alle opslag og ændringer hos %3, ældste først.</source>
        <translation>%1, CPR %2 – all lookups and changes at %3, oldest first.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n registreringer.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>logning-af-opslag.pdf</source>
        <translation>log-of-lookups.pdf</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Patientens log er gemt i %1.</source>
        <translation>The patient's log has been saved in %1.</translation>
    </message>
</context>
<context>
    <name>PatientSearchDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/search.py" line="+29" />
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CPR-nummer eller navn:</source>
        <translation>CPR number or name:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>fx 010180-1234 eller Hansen</source>
        <translation>e.g. 010180-1234 or Hansen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fundne patienter</source>
        <translation>Patients found</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Åbn patientkort</source>
        <translation>Open patient card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Skriv mindst to tegn: et CPR-nummer eller en del af navnet.</source>
        <translation>Type at least two characters: a CPR number or part of the name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Søger …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ingen patienter hos klinikken passer på søgningen.</source>
        <translation>No patients of the clinic match the search.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n patienter. Vælg en og tryk Enter.</source>
        <translation>
            <numerusform>%n patient. Select it and press Enter.</numerusform>
            <numerusform>%n patients. Select one and press Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <location filename="../../clinicdesk/views/phrases/dialog.py" line="+26" />
        <source>Standardtekster – %1</source>
        <translation>Stock phrases – %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Klinikkens standardtekster</source>
        <translation>&amp;Clinic stock phrases</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mine standardtekster</source>
        <translation>&amp;My stock phrases</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/phrases/menu.py" line="+21" />
        <source>Standardtekster…</source>
        <translation>Stock phrases…</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/phrases/table_model.py" line="+10" />
        <source>Forkortelse</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="-165" />
        <source>Standardtekster</source>
        <translation>Stock phrases</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Skriv forkortelse eller titel …</source>
        <translation>Type abbreviation or title …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>↑/↓ vælg · Enter indsæt · Esc fortryd</source>
        <translation>↑/↓ choose · Enter insert · Esc cancel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>↑/↓ vælg · Enter indsæt · Ctrl+1 … Ctrl+9 gem som favorit 1-9 (Alt+tal indsætter) · Esc fortryd</source>
        <translation>↑/↓ choose · Enter insert · Ctrl+1 … Ctrl+9 save as favourite 1-9 (Alt+number inserts) · Esc cancel</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Ingen standardtekst passer.</source>
        <translation>No stock phrase matches.</translation>
    </message>
</context>
<context>
    <name>PhraseTab</name>
    <message>
        <location filename="../../clinicdesk/views/phrases/tab.py" line="+74" />
        <source>Standardtekster</source>
        <translation>Stock phrases</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ny (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+170" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-169" />
        <source>Importér…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eksportér…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gem (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pladsholdere: %1. De udfyldes, når teksten sættes ind i et svar.</source>
        <translation>Placeholders: %1. They are filled in when the text is inserted into a reply.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Forkortelse</source>
        <translation>&amp;Abbreviation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Te&amp;kst</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kun administratorer, læger og sygeplejersker kan ændre klinikkens standardtekster. Du kan bruge dem og lave dine egne under »Mine standardtekster«.</source>
        <translation>Only administrators, doctors and nurses can change the clinic's stock phrases. You can use them and create your own under “My stock phrases”.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Standardteksterne kunne ikke hentes eller gemmes. Prøv igen.</source>
        <translation>The stock phrases could not be loaded or saved. Try again.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ny standardtekst: skriv forkortelse, titel og tekst, og tryk Ctrl+S.</source>
        <translation>New stock phrase: enter abbreviation, title and text, and press Ctrl+S.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>»%1« er gemt.</source>
        <translation>“%1” has been saved.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Slet standardtekst?</source>
        <translation>Delete stock phrase?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slet »%1«? Den forsvinder også fra favoritterne.</source>
        <translation>Delete “%1”? It will also be removed from the favourites.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Behold</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+12" />
        <source>»%1« er slettet.</source>
        <translation>“%1” has been deleted.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Importér standardtekster</source>
        <translation>Import stock phrases</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Eksportér standardtekster</source>
        <translation>Export stock phrases</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Indlæser …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indlæst: %1, %2, %3.</source>
        <translation>Loaded: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n nye</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n ændrede</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n uændrede</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n standardtekster er gemt i %2.</source>
        <translation>
            <numerusform>%n stock phrase saved in %2.</numerusform>
            <numerusform>%n stock phrases saved in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalReasonDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/portal_status.py" line="-141" />
        <source>Spær portalbruger</source>
        <translation>Block portal user</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Åbn portalbruger igen</source>
        <translation>Reopen portal user</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Patienten kan ikke logge ind på portalen, før portalbrugeren åbnes igen. Skriv hvorfor den spærres.</source>
        <translation>The patient cannot log in to the portal until the portal user is reopened. Write why it is blocked.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patienten kan logge ind på portalen igen. Skriv hvorfor den åbnes.</source>
        <translation>The patient can log in to the portal again. Write why it is reopened.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Begrundelse (vises på patientkortet og gemmes i historikken):</source>
        <translation>&amp;Reason (shown on the patient card and kept in the history):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Spær</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Åbn igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+Enter bekræfter.</source>
        <translation>Ctrl+Enter confirms.</translation>
    </message>
</context>
<context>
    <name>PresendBox</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/presend_box.py" line="+33" />
        <source>Tryk Send igen for at sende alligevel.</source>
        <translation>Press Send again to send it anyway.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tjekket før afsendelse kunne ikke gennemføres, så teksten er ikke sendt:</source>
        <translation>The check before sending could not be carried out, so the text has not been sent:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tryk Send igen for at sende uden tjekket.</source>
        <translation>Press Send again to send it without the check.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="+52" />
        <source>Behandlerprofil</source>
        <translation>Provider profile</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Eget navn på portalen</source>
        <translation>&amp;Own name on the portal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>fx Sygeplejersken (skjuler titlen)</source>
        <translation>e.g. The nurse (hides the title)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-&amp;konsultation</source>
        <translation>E-&amp;consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Receptfornyelse</source>
        <translation>Prescription &amp;renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tids&amp;bestilling</source>
        <translation>Appointment &amp;booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ko&amp;mmentar påkrævet ved tidsbestilling</source>
        <translation>Co&amp;mment required when booking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Vises for patienterne</source>
        <translation>&amp;Shown to patients</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tidsbestilling er slået fra for hele klinikken.</source>
        <translation>Booking is switched off for the whole clinic.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="-125" />
        <source>Skriv en forkortelse og tryk Tab, Shift+F2 for listen, Alt+1 … Alt+9 for dine favoritter.</source>
        <translation>Type an abbreviation and press Tab, Shift+F2 for the list, Alt+1 … Alt+9 for your favourites.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Skriv en begrundelse. Den gemmes og kan ses senere.</source>
        <translation>Write a reason. It is stored and can be seen later.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Elementet er optaget af en anden handling lige nu. Vent et øjeblik, og tryk igen.</source>
        <translation>The item is busy with another action right now. Wait a moment, and press again.</translation>
    </message>
</context>
<context>
    <name>RenewalPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/renewal.py" line="+39" />
        <source>Ønskede lægemidler</source>
        <translation>Requested medicines</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Godkend linje</source>
        <translation>Approve line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afvis linje …</source>
        <translation>Reject line …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send afgørelsen</source>
        <translation>Send the decision</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+201" />
        <source>Send til læge</source>
        <translation>Send to doctor</translation>
    </message>
    <message>
        <location line="-199" />
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Ønsket fornyet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requested for renewal&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;Patientens medicinliste&lt;/b&gt; (ønskede linjer er fremhævet)</source>
        <translation>&lt;b&gt;The patient's medication list&lt;/b&gt; (requested lines are highlighted)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Anmodningen kan ikke læses.</source>
        <translation>The request cannot be read.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Apotek: %1</source>
        <translation>Pharmacy: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patientens kommentar: %1</source>
        <translation>Patient's comment: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forberedt af %1</source>
        <translation>Prepared by %1</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>Lægemiddel</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+12" />
        <source>Dosering</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Udleveringer tilbage</source>
        <translation>Dispensings left</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ønsket</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ønsket fornyet</source>
        <translation>Requested for renewal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>afhængighedsskabende</source>
        <translation>addictive</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Afgørelser for %1 (ingen endnu)</source>
        <translation>Decisions for %1 (none yet)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afgørelser for %1</source>
        <translation>Decisions for %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Erstattet</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gældende</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gældende, ikke sendt endnu</source>
        <translation>Current, not sent yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sendt til patienten</source>
        <translation>sent to the patient</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Begrundelse: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+76" />
        <source>Alle læger</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <location line="-47" />
        <source>Kun en læge kan godkende eller afvise receptfornyelser. Forbered anmodningen, og send den til en læge.</source>
        <translation>Only a doctor can approve or reject prescription renewals. Prepare the request and send it to a doctor.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tag stilling til hver linje; send derefter afgørelsen til patienten.</source>
        <translation>Decide on each line; then send the decision to the patient.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Elementet blev opdateret i samme øjeblik, så afgørelsen er ikke gemt. Prøv igen.</source>
        <translation>The item was updated at the same moment, so the decision has not been saved. Try again.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afvis %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvorfor afvises linjen? Patienten ser begrundelsen.</source>
        <translation>Why is the line rejected? The patient sees the reason.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afvis</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../clinicdesk/views/labels.py" line="+17" />
        <source>Sekretær</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sygeplejerske</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Læge</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SafetyLists</name>
    <message>
        <location filename="../../clinicdesk/views/safety/dialogs.py" line="+81" />
        <source>Listen kunne ikke hentes. Prøv igen, og kontakt IT, hvis det varer ved.</source>
        <translation>The list could not be fetched. Try again, and contact IT if the problem persists.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Åbnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nej, ikke åbnet</source>
        <translation>no, not opened</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Varsles</source>
        <translation>Alerted</translation>
    </message>
    <message>
        <location line="+0" />
        <source>varslet %1</source>
        <translation>alerted %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>kl. %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hastesager ved lukketid</source>
        <translation>Urgent items at closing time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hastesager fra den lukkede tid</source>
        <translation>Urgent items from while the clinic was closed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hastesager</source>
        <translation>Urgent items</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+50" />
        <source>Åbn i indbakken</source>
        <translation>Open in the Inbox</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+52" />
        <location line="+52" />
        <source>Henter …</source>
        <translation>Fetching …</translation>
    </message>
    <message numerus="yes">
        <location line="-96" />
        <source>%n hastesager er ikke afsluttet ved lukketid %1. Sørg for, at de bliver set, eller giv dem videre.</source>
        <translation><numerusform>%n urgent item is not done at closing time %1. Make sure it is seen, or pass it on.</numerusform><numerusform>%n urgent items are not done at closing time %1. Make sure they are seen, or pass them on.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingen hastesager er åbne ved lukketid %1.</source>
        <translation>No urgent items are open at closing time %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n hastesager kom, mens klinikken var lukket. Se dem først ved åbningen %1.</source>
        <translation><numerusform>%n urgent item came in while the clinic was closed. See it first when the clinic opens %1.</numerusform><numerusform>%n urgent items came in while the clinic was closed. See them first when the clinic opens %1.</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+55" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Frist</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0" />
        <source>alle</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opgaver fra sikkerhedsnettet: ring til patienten, og markér opgaven som udført.</source>
        <translation>Tasks from the safety net: call the patient, and mark the task as done.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kun &amp;mine</source>
        <translation>Only &amp;mine</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Udført</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patienten er ringet op: opgaven er løst (Alt+U)</source>
        <translation>The patient has been called: the task is resolved (Alt+D)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Ingen åbne opgaver.</source>
        <translation>No open tasks.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Opgaven er markeret som udført.</source>
        <translation>The task has been marked as done.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kan ikke kontaktes</source>
        <translation>Cannot be contacted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patienter, der ikke kan kontaktes</source>
        <translation>Patients who cannot be contacted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mailserveren afviste disse adresser: beskeder fra klinikken når ikke frem. Ring til patienten, og ret adressen på patientkortet.</source>
        <translation>The mail server rejected these addresses: messages from the clinic do not get through. Call the patient, and correct the address on the patient card.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Adressen virker</source>
        <translation>The &amp;address works</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patienten har bekræftet adressen: fjern markeringen</source>
        <translation>The patient has confirmed the address: remove the flag</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Patientkort</source>
        <translation>&amp;Patient card</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Alle adresser virker.</source>
        <translation>All addresses work.</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../clinicdesk/views/settings/safety_tab.py" line="+62" />
        <source>Beskeder fra patienter med ord fra listerne markeres ”Haster”, og ordene fremhæves. Det er en fremhævning til personalet, ikke en vurdering: personalet læser og afgør. Ord med * dækker alle ord, der begynder sådan. Klinikkens egne linjer gemmes med det samme.</source>
        <translation>Messages from patients with words from the lists are marked “Urgent”, and the words are highlighted. It is a highlight for staff, not an assessment: staff read and decide. Words with * cover all words that begin that way. The clinic's own lines are saved immediately.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Standardlisten</source>
        <translation>Standard list</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Klinikkens egne linjer</source>
        <translation>The clinic's own lines</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nyt ord eller udtryk</source>
        <translation>New word or phrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nyt ord eller udtryk, fx hvepsestik i halsen</source>
        <translation>New word or phrase, e.g. hvepsestik i halsen (wasp sting in the throat)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fjern valgte</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Prøv en tekst</source>
        <translation>Try a text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prøv en tekst, fx: jeg har ondt i brystet</source>
        <translation>Try a text, e.g.: jeg har ondt i brystet (I have chest pain)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kun administratorer kan tilføje linjer</source>
        <translation>Only administrators can add lines</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Standardlisten (følger med programmet):</source>
        <translation>Standard list (comes with the program):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Klinikkens egne linjer:</source>
        <translation>The clinic's own lines:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Liste:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Sikkerhedsnet</source>
        <translation>Safety net</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gem sikkerhedsnettet</source>
        <translation>Save the safety net</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gemmer de tre indstillinger ovenfor med det samme (ikke med dialogens Gem)</source>
        <translation>Saves the three settings above immediately (not with the dialog's Save)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sikkerhedsnettet er gemt.</source>
        <translation>The safety net has been saved.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Indstillingerne kunne ikke gemmes. Prøv igen.</source>
        <translation>The settings could not be saved. Try again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Indstillingerne er hentet igen; ret dem, og gem igen.</source>
        <translation>The settings have been reloaded; correct them, and save again.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Markeres ”Haster”. Ord: %1</source>
        <translation>Marked “Urgent”. Words: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markeres ikke.</source>
        <translation>Not marked.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Listen kunne ikke gemmes. Prøv igen, og kontakt IT, hvis det varer ved.</source>
        <translation>The list could not be saved. Try again, and contact IT if it persists.</translation>
    </message>
</context>
<context>
    <name>SafetyWatch</name>
    <message>
        <location filename="../../clinicdesk/views/fault_cause.py" line="+22" />
        <source>Databasen svarer ikke.</source>
        <translation>The database does not answer.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/safety/watch.py" line="-102" />
        <source>Varsler og "Ring til patienten"-opgaver kunne ikke gemmes.</source>
        <translation>Alerts and "Call the patient" tasks could not be saved.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/fault_cause.py" line="+1" />
        <source>Forbindelsen til databasen er afbrudt.</source>
        <translation>The connection to the database is lost.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Databasen er optaget af en anden arbejdsstation.</source>
        <translation>The database is busy with another workstation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disken er fuld.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Databasen er skrivebeskyttet.</source>
        <translation>The database is read-only.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programmet har ikke adgang til databasens fil eller mappe.</source>
        <translation>The program has no access to the database's file or folder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clinicdesk/views/safety/watch.py" line="+161" />
        <source>+ %n hastevarsler mere – vis mappen Haster</source>
        <translation><numerusform>+ %n more urgent alert – show the Urgent folder</numerusform><numerusform>+ %n more urgent alerts – show the Urgent folder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+119" />
        <source>Haster-henvendelse ikke åbnet i %n minutter</source>
        <translation><numerusform>Urgent request not opened for %n minute</numerusform><numerusform>Urgent request not opened for %n minutes</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>modtaget %1, varslet %2</source>
        <translation>received %1, alerted %2</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/fault_cause.py" line="+15" />
        <source>Der opstod en uventet fejl.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/safety/watch.py" line="+6" />
        <source>Overvågningen af hastende henvendelser virker ikke (siden %1): %2 Den prøver igen hvert minut. Hold imens selv øje med mappen Haster, og kontakt IT, hvis det varer ved.</source>
        <translation>The watch on urgent messages is not working (since %1): %2 It tries again every minute. Meanwhile keep an eye on the Urgent folder yourself, and contact IT if it goes on.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Hastevarsler</source>
        <translation>Urgent alerts</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Åbn det ældste hastevarsel</source>
        <translation>Open the oldest urgent alert</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hastesager ved lukketid…</source>
        <translation>Urgent items at closing time…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+38" />
        <source>Opgaver…</source>
        <translation>Tasks…</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Kan ikke kontaktes…</source>
        <translation>Cannot be contacted…</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>Opgaver (%n)…</source>
        <translation><numerusform>Tasks (%n)…</numerusform><numerusform>Tasks (%n)…</numerusform></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../clinicdesk/views/calendar/schedule_tab.py" line="+38" />
        <source>&amp;Behandler:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ugedag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Aftaletype</source>
        <translation>Appointment type</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ugeskema</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Tilføj tid</source>
        <translation>&amp;Add time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fjern valgte</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Gem ugeskema</source>
        <translation>&amp;Save weekly schedule</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Ugedag</source>
        <translation>&amp;Weekday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fr&amp;a</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;il</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Aftalet&amp;ype</source>
        <translation>Appointment t&amp;ype</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+19" />
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Opret først en aftaletype, som behandleren tilbyder.</source>
        <translation>First create an appointment type that the provider offers.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tiden er tilføjet. Gem ugeskemaet for at danne de ledige tider.</source>
        <translation>The time has been added. Save the weekly schedule to create the free slots.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Ugeskemaet er gemt: %1, %2.</source>
        <translation>The weekly schedule has been saved: %1, %2.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <location filename="../../clinicdesk/views/service_text.py" line="+54" />
        <source>Der opstod en uventet fejl. Prøv igen; kontakt IT, hvis det varer ved.</source>
        <translation>An unexpected error occurred. Try again; contact IT if it persists.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+46" />
        <source>Indstillinger for patientportalen – %1</source>
        <translation>Patient portal settings – %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../clinicdesk/views/settings/portal_picture.py" line="+63" />
        <source>Behandlere</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ferie</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Min Læge-app</source>
        <translation>Min Læge app</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Åbningstider</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vedhæftede filer</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Haster</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/preview.py" line="+81" />
        <source>&lt;b&gt;Forhåndsvisning&lt;/b&gt; – sådan ser portalens forside ud, når du gemmer</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt; – the portal's front page as it will look when you save</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+10" />
        <source>Genindlæs</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/app_tab.py" line="+15" />
        <source>»Min Læge« er den nationale app. Den viser den samme indbakke, de samme aftaler og receptfornyelser som portalen.</source>
        <translation>“Min Læge” is the national GP app. It shows the same inbox, appointments and prescription renewals as the portal.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/provider_tab.py" line="+51" />
        <source>Titlen vises kun, når behandleren ikke har et eget navn på portalen.</source>
        <translation>The title is shown only when the provider has no custom name on the portal.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Behandlere på portalen</source>
        <translation>Providers on the portal</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Behandler</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/holiday_tab.py" line="+51" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slet ferieperioden (når du gemmer). En ferie, der er begyndt, kan ikke slettes.</source>
        <translation>Delete the holiday period (when you save). A holiday that has begun cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+91" />
        <source>Kassér ændringerne?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Du har ændringer, der ikke er gemt. Vil du kassere dem?</source>
        <translation>You have changes that are not saved. Do you want to discard them?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kassér ændringerne</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fortsæt redigeringen</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/provider_tab.py" line="+19" />
        <source>Slå tidsbestilling til for klinikken først (fanen Klinik).</source>
        <translation>Turn on appointment booking for the clinic first (the Clinic tab).</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/menu.py" line="+19" />
        <source>Indstillinger for patientportalen…</source>
        <translation>Patient portal settings…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Indstillinger for patientportalen</source>
        <translation>Patient portal settings</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/holiday_tab.py" line="-8" />
        <source>I ferien vises beskeden på portalen, og de valgte funktioner lukkes. Nævn vikarklinikken i beskeden. Datoerne er første og sidste feriedag.</source>
        <translation>During the holiday the message is shown on the portal and the chosen functions are closed. Name the stand-in clinic in the message. The dates are the first and the last day of the holiday.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ferieperioder</source>
        <translation>Holiday periods</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ny ferieperiode</source>
        <translation>New holiday period</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="-58" />
        <source>Henter indstillingerne …</source>
        <translation>Loading the settings …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indstillingerne kunne ikke hentes.</source>
        <translation>The settings could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/hours_tab.py" line="-23" />
        <source>Mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+41" />
        <location filename="../../clinicdesk/views/settings/portal_picture.py" line="-4" />
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/preview.py" line="-48" />
        <source>Forhåndsvisning af portalens forside</source>
        <translation>Preview of the portal's front page</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/portal_picture.py" line="-12" />
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidsbestilling</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Portallink</source>
        <translation>Portal link</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feriebesked</source>
        <translation>Holiday message</translation>
    </message>
    <message>
        <location line="+2" />
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../clinicdesk/views/settings/preview.py" line="+66" />
        <source>Tilmelding via portalen er åben.</source>
        <translation>Sign-up via the portal is open.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../clinicdesk/views/settings/preview.py" line="+1" />
        <source>Tilmelding via portalen er lukket.</source>
        <translation>Sign-up via the portal is closed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ingen funktioner</source>
        <translation>no functions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ingen behandlere</source>
        <translation>no providers</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/preview.py" line="+25" />
        <source>Forhåndsvisningen kunne ikke tegnes. Teksten herunder viser indholdet.</source>
        <translation>The preview could not be drawn. The text below shows the content.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+83" />
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Indstillingerne kunne ikke gemmes. Prøv igen.</source>
        <translation>The settings could not be saved. Try again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/files_tab.py" line="+15" />
        <source>Billeder og PDF-filer. Portalen tillader højst 3 filer fra en patient, 9 i et svar fra klinikken og 10 MB pr. fil; klinikken kan sætte grænserne lavere.</source>
        <translation>Images and PDF files. The portal allows at most 3 files from a patient, 9 in a reply from the clinic and 10 MB per file; the clinic can set lower limits.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../clinicdesk/views/setup/wizard.py" line="+32" />
        <source>Opret jeres klinik – clinicdesk</source>
        <translation>Create your clinic – clinicdesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt; &amp;Tilbage</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Næste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Opret klinikken</source>
        <translation>&amp;Create the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Klinik: %1</source>
        <translation>Clinic: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Navn på portalen: %1</source>
        <translation>Name on the portal: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portallink: %1</source>
        <translation>Portal link: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ydernummer: %1</source>
        <translation>Provider number: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adresse: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Telefon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Åbningstider:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administrator: %1 (%2)</source>
        <translation>Administrator: %1 (%2)</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Klinikken kunne ikke oprettes på grund af en fejl. Intet er gemt. Prøv igen.</source>
        <translation>The clinic could not be created because of an error. Nothing was saved. Try again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Gå tilbage (Alt+T) og ret det.</source>
        <translation>Go back (Alt+B) and correct it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opretter klinikken …</source>
        <translation>Creating the clinic …</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/keys.py" line="+39" />
        <source>Tastaturgenveje i indbakken</source>
        <translation>Keyboard shortcuts in the inbox</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignupPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/signup.py" line="+39" />
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tidsbestilling</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Funktioner:</source>
        <translation>Functions:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Godkend og send aktiveringslink</source>
        <translation>Approve and send activation link</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afvis …</source>
        <translation>Reject …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Anmodningen kan ikke læses.</source>
        <translation>The request cannot be read.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sikkerhedskode på e-mail</source>
        <translation>Security code by e-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afventer</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Forælder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Patient i kartoteket: %1</source>
        <translation>Patient in the register: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingen patient med dette CPR-nummer i kartoteket; en godkendelse opretter patienten.</source>
        <translation>No patient with this CPR number in the register; approving creates the patient.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Afvis tilmelding</source>
        <translation>Reject sign-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvorfor afvises tilmeldingen? Begrundelsen sendes til patienten.</source>
        <translation>Why is the sign-up rejected? The reason is sent to the patient.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Afvis</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/dialog.py" line="+37" />
        <source>Personale – %1</source>
        <translation>Staff – %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Ny medarbejder…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tilknyt fra anden klinik…</source>
        <translation>&amp;Join from another clinic…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redigér…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Behandlerprofil…</source>
        <translation>&amp;Provider profile…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nulstil &amp;adgangskode…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lås &amp;op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+49" />
        <source>&amp;Deaktivér…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location line="-48" />
        <source>&amp;Fjern fra klinikken…</source>
        <translation>Re&amp;move from the clinic…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Gen&amp;aktivér</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Der opstod en uventet fejl. Prøv igen.</source>
        <translation>An unexpected error occurred. Try again.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>%1 er oprettet.</source>
        <translation>%1 has been created.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 arbejder nu også for klinikken.</source>
        <translation>%1 now also works for the clinic.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ændringen er gemt.</source>
        <translation>The change is saved.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Behandlerprofilen er gemt.</source>
        <translation>The provider profile is saved.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nulstil adgangskode</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give %1 en ny midlertidig adgangskode? Den gamle virker ikke længere, og en ny skal vælges ved næste login.</source>
        <translation>Give %1 a new temporary password? The old one stops working, and a new one must be chosen at the next login.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nulstil</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 er låst op.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 er aktiv igen.</source>
        <translation>%1 is active again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deaktivér medarbejder</source>
        <translation>Deactivate staff member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deaktivere %1? Kontoen lukkes straks: ingen kan logge ind med den, og et åbent vindue afvises ved næste handling.</source>
        <translation>Deactivate %1? The account closes at once: nobody can log in with it, and an open window is refused at its next action.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deaktivér</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 er deaktiveret.</source>
        <translation>%1 is deactivated.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fjern fra klinikken</source>
        <translation>Remove from the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fjerne %1 fra %2? Deres arbejde for andre klinikker fortsætter.</source>
        <translation>Remove %1 from %2? Their work for other clinics continues.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 er fjernet fra klinikken.</source>
        <translation>%1 has been removed from the clinic.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/staff/menu.py" line="+15" />
        <source>Personale…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/staff/table_model.py" line="+14" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behandler på portalen</source>
        <translation>Provider on the portal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arbejder også i</source>
        <translation>Also works at</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deaktiveret</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>låst</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skal skifte adgangskode</source>
        <translation>must change password</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="+104" />
        <source>Opret klinikken</source>
        <translation>Create the clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se oplysningerne igennem. Når du vælger »Opret klinikken«, gemmes det hele på én gang, og du kan logge ind som administrator.</source>
        <translation>Look through the details. When you choose "Create the clinic", everything is saved at once, and you can log in as administrator.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="+15" />
        <source>Midlertidig adgangskode</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Giv brugernavn og adgangskode til medarbejderen. Adgangskoden vises kun nu; medarbejderen vælger sin egen ved første login.</source>
        <translation>Give the username and password to the staff member. The password is shown only now; the staff member chooses their own at the first login.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>TypesTab</name>
    <message>
        <location filename="../../clinicdesk/views/calendar/types_tab.py" line="+32" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patienten ser</source>
        <translation>Patient sees</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Varighed</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aftaletyper</source>
        <translation>Appointment types</translation>
    </message>
    <message>
        <location line="+14" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kan bestilles &amp;online</source>
        <translation>Can be booked &amp;online</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Kommentar påkrævet</source>
        <translation>&amp;Comment required</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I br&amp;ug</source>
        <translation>In &amp;use</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+6" />
        <source>Som klinikken</source>
        <translation>Same as the clinic</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Patienten ser:</source>
        <translation>&amp;Patient sees:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Varighed:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Vars&amp;el:</source>
        <translation>Notic&amp;e:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kan &amp;bookes:</source>
        <translation>Can be &amp;booked:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Be&amp;handlere (ingen valgt: alle):</source>
        <translation>Provide&amp;rs (none selected: all):</translation>
    </message>
    <message>
        <location line="+8" />
        <source>N&amp;y type</source>
        <translation>New t&amp;ype</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Gem aftaletype</source>
        <translation>&amp;Save appointment type</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 (ikke i brug)</source>
        <translation>%1 (not in use)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Påkrævet</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Aftaletypen »%1« er gemt.</source>
        <translation>The appointment type “%1” has been saved.</translation>
    </message>
</context>
<context>
    <name>UrgentBar</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/urgent_bar.py" line="+112" />
        <source>Haster</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ord i beskeden: %1</source>
        <translation>words in the message: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(fremhævning til personalet, ikke en vurdering)</source>
        <translation>(a highlight for staff, not an assessment)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fjern markering …</source>
        <translation>Remove mark …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fjern markeringen som haster (kræver en begrundelse)</source>
        <translation>Remove the urgent mark (requires a reason)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Markér som haster …</source>
        <translation>Mark as urgent …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markér elementet som haster (kræver en begrundelse)</source>
        <translation>Mark the item as urgent (requires a reason)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Fjern markering som haster</source>
        <translation>Remove urgent mark</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvorfor haster elementet ikke? Begrundelsen gemmes og kan ses af kollegerne.</source>
        <translation>Why is the item not urgent? The reason is saved and can be seen by colleagues.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fjern markering</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Markér som haster</source>
        <translation>Mark as urgent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvorfor haster elementet? Begrundelsen gemmes og kan ses af kollegerne.</source>
        <translation>Why is the item urgent? The reason is saved and can be seen by colleagues.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markér</source>
        <translation>Mark</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../clinicdesk/views/main_window.py" line="-456" />
        <source>Velkommen, %1</source>
        <extracomment>on a screen narrower than this the window takes all of it at first start (a 1366 laptop)</extracomment>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Du er logget ind hos %1 som %2. Her samles henvendelserne fra patientportalen: e-konsultationer, receptfornyelser, tidsbestillinger og nye brugere.</source>
        <translation>You are logged in at %1 as %2. Requests from the patient portal gather here: e-consultations, prescription renewals, bookings and new users.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;Ctrl+L&lt;/b&gt; låser skærmen, når du går fra computeren. Det, du har skrevet, bliver stående.</source>
        <translation>&lt;b&gt;Ctrl+L&lt;/b&gt; locks the screen when you leave the computer. What you have typed stays.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;F1&lt;/b&gt; viser alle tastaturgenveje.</source>
        <translation>&lt;b&gt;F1&lt;/b&gt; shows all keyboard shortcuts.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Du arbejder for flere klinikker: skift under &lt;b&gt;Filer → Skift klinik&lt;/b&gt;.</source>
        <translation>You work for several clinics: switch under &lt;b&gt;File → Switch clinic&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="-192" />
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Der opstod en uventet fejl. Intet er gemt. Prøv igen.</source>
        <translation>An unexpected error occurred. Nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>_ListDialog</name>
    <message>
        <location filename="../../clinicdesk/views/safety/dialogs.py" line="-163" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../clinicdesk/views/guide_viewer.py" line="-239" />
        <source>Gem vejledning som</source>
        <translation>Save guide as</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
</TS>