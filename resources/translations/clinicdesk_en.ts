<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="+159"/>
        <source>Den første administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administratoren opretter resten af personalet og retter klinikkens indstillinger. Brug en personlig bruger, ikke en fælles.</source>
        <translation>The administrator creates the rest of the staff and edits the clinic&apos;s settings. Use a personal user, not a shared one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fx mette.k</source>
        <translation>e.g. mette.k</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fulde navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Gentag adgangskode</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mindst 12 tegn, og ikke et almindeligt ord eller dit navn. En sætning af flere ord er let at huske, fx »Kaffe med mælk kl 7«.</source>
        <translation>At least 12 characters, and not a common word or your name. A sentence of several words is easy to remember, e.g. &quot;Coffee with milk at 7&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>De to adgangskoder er ikke ens. Skriv den igen.</source>
        <translation>The two passwords differ. Type it again.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../clinicdesk/app.py" line="+161"/>
        <source>Databasen kunne ikke åbnes. Kontrollér forbindelsen og indstillingerne, og prøv igen.</source>
        <extracomment>set (to 1) by scripts/run.sh: an empty database gets the demo clinic without asking</extracomment>
        <translation>The database could not be opened. Check the connection and the settings, and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinicdesk kan ikke starte</source>
        <translation>clinicdesk cannot start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontakt klinikkens IT-ansvarlige, hvis problemet fortsætter.</source>
        <translation>Contact the clinic&apos;s IT support if the problem persists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Opretter demoklinikken, så du kan prøve programmet. Det tager et øjeblik første gang …</source>
        <translation>Creating the demo clinic so you can try the program. This takes a moment the first time …</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="+232"/>
        <source>Filen kan ikke vises. Gem den og åbn den i et andet program.</source>
        <translation>The file cannot be shown. Save it and open it in another program.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Gem …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../clinicdesk/views/audit_log_dialog.py" line="+48"/>
        <source>Logget ind</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mislykket login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logget ud</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konto spærret</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skærm låst</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgang nægtet</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skiftet klinik</source>
        <translation>Switched clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbnet patientkort</source>
        <translation>Opened patient card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søgt efter patient</source>
        <translation>Searched for patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbnet henvendelse</source>
        <translation>Opened request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besvaret henvendelse</source>
        <translation>Answered request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændret henvendelse</source>
        <translation>Changed request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgjort receptfornyelse</source>
        <translation>Decided prescription renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgjort tidsbestilling</source>
        <translation>Decided booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgjort tilmelding</source>
        <translation>Decided sign-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændret rettigheder</source>
        <translation>Changed rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oprettet patient</source>
        <translation>Created patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oprettet portalbruger</source>
        <translation>Created portal user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændret indstillinger</source>
        <translation>Changed settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udskrevet</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemt fil</source>
        <translation>Saved file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Læst loggen</source>
        <translation>Read the log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henvendelse fra portalen</source>
        <translation>Request from the portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbnet patientens historik</source>
        <translation>Opened the patient&apos;s history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spærret portalbruger</source>
        <translation>Blocked portal user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genåbnet portalbruger</source>
        <translation>Reopened portal user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Givet videre</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oprettet klinik</source>
        <translation>Created clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oprettet medarbejder</source>
        <translation>Created staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændret medarbejder</source>
        <translation>Changed staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaktiveret medarbejder</source>
        <translation>Deactivated staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genaktiveret medarbejder</source>
        <translation>Reactivated staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nulstillet adgangskode</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Låst konto op</source>
        <translation>Unlocked account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skiftet adgangskode</source>
        <translation>Changed password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændret behandlerprofil</source>
        <translation>Changed provider profile</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location line="+11"/>
        <source>Der opstod en uventet fejl. Prøv igen.</source>
        <translation>An unexpected error occurred. Please try again.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Logning af opslag – %1</source>
        <translation>Access log – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+139"/>
        <source>Alle patienter</source>
        <translation>All patients</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Vælg patient…</source>
        <translation>Choose patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis alle patienter</source>
        <translation>Show all patients</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medarbejder:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle medarbejdere</source>
        <translation>All staff members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kun perioden fra</source>
        <translation>Only the period from</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>til og med</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Udskriv patientens log…</source>
        <translation>Print the patient&apos;s log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gem som tekst…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Vælg patient</source>
        <translation>Choose patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen registreringer passer på filteret.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 registreringer.</source>
        <translation>%1 entries.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De nyeste %1 registreringer vises – rul ned for flere.</source>
        <translation>The newest %1 entries are shown – scroll down for more.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vælg en patient eller en linje med en patient først.</source>
        <translation>Choose a patient or a row with a patient first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem patientens log</source>
        <translation>Save the patient&apos;s log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekstfiler (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>logning-af-opslag.txt</source>
        <translation>access-log.txt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filen kunne ikke gemmes. Vælg en anden mappe og prøv igen.</source>
        <translation>The file could not be saved. Choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patientens log er gemt i %1.</source>
        <translation>The patient&apos;s log was saved in %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Patientens log er sendt til printeren.</source>
        <translation>The patient&apos;s log was sent to the printer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logning af opslag…</source>
        <translation>Access log…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-306"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Søgt efter</source>
        <translation>Searched for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BookingPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/booking.py" line="+44"/>
        <source>Godkend den ønskede tid</source>
        <translation>Approve the requested time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opretter aftalen i kalenderen (Ctrl+Shift+G)</source>
        <translation>Creates the appointment in the calendar (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilbyd valgt ledig tid</source>
        <translation>Offer the selected free time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vælg en ledig tid i dagsoversigten (Ctrl+Shift+T)</source>
        <translation>Pick a free time in the day view (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afvis …</source>
        <translation>Reject …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Behandlerens dag:</source>
        <translation>Provider&apos;s day:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anmodningen kan ikke læses.</source>
        <translation>The request cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Ønsket tid:&lt;/b&gt; %1 kl. %2–%3</source>
        <translation>&lt;b&gt;Requested time:&lt;/b&gt; %1 at %2–%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Behandler:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Provider:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Årsag:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reason:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Kommentar:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Comment:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overlapper den ønskede tid</source>
        <translation>Overlaps the requested time</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n konflikt(er) med den ønskede tid.</source>
        <translation>
            <numerusform>%n clash with the requested time.</numerusform>
            <numerusform>%n clashes with the requested time.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Afvis tidsbestilling</source>
        <translation>Reject booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor afvises tiden? Patienten ser begrundelsen på portalen.</source>
        <translation>Why is the time rejected? The patient sees the reason on the portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afvis</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="+18"/>
        <source>Skriv for at søge …</source>
        <translation>Type to search …</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="-148"/>
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sådan hedder og findes klinikken. Patienterne ser navnet på portalen øverst til venstre.</source>
        <translation>What the clinic is called and how it is found. Patients see the name at the top left of the portal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Klinikkens navn</source>
        <translation>&amp;Clinic&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fx Lægerne i Ribe I/S</source>
        <translation>e.g. Lægerne i Ribe I/S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>som klinikkens navn</source>
        <translation>as the clinic&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ydernummer</source>
        <translation>&amp;Provider number (ydernummer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 cifre</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gade og nr., postnr. og by</source>
        <translation>street and number, postcode and town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fx 75 42 00 00</source>
        <translation>e.g. 75 42 00 00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail (valgfri)</source>
        <translation>&amp;E-mail (optional)</translation>
    </message>
</context>
<context>
    <name>ClinicSetting</name>
    <message>
        <location filename="../../clinicdesk/domain/settings.py" line="+90"/>
        <location line="+77"/>
        <source>Navn på portalen</source>
        <translation>Name on the portal</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Klinikkens navn øverst på patientportalen.</source>
        <translation>The clinic&apos;s name at the top of the patient portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portallink</source>
        <translation>Portal link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adressen, patienterne bruger for at finde klinikken på portalen. Ingen mellemrum; hver klinik har sit eget link.</source>
        <translation>The address patients use to find the clinic on the portal. No spaces; each clinic has its own link.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilmelding via portalen</source>
        <translation>Sign-up via the portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Om nye patienter kan tilmelde sig via portalen, og om klinikken skal godkende dem først.</source>
        <translation>Whether new patients can sign up via the portal, and whether the clinic approves them first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fra</source>
        <comment>signup mode: off</comment>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Med godkendelse</source>
        <translation>With approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Patienterne kan skrive til klinikken via portalen.</source>
        <translation>Patients can write to the clinic via the portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Patienterne kan bede om fornyelse af deres faste recepter.</source>
        <translation>Patients can ask for renewal of their regular prescriptions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Tidsbestilling</source>
        <translation>Appointment booking</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Patienterne kan bestille tid hos de behandlere, der har tidsbestilling slået til.</source>
        <translation>Patients can book appointments with the providers who have booking switched on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opret aftaler automatisk ved tidsbestilling</source>
        <translation>Create appointments automatically on online booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En bestilt tid bliver straks en aftale i kalenderen, uden at klinikken skal acceptere den.</source>
        <translation>A booked time becomes an appointment in the calendar at once, without the clinic accepting it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienter må vedhæfte filer</source>
        <translation>Patients may attach files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienterne kan vedhæfte billeder og PDF-filer til en e-konsultation.</source>
        <translation>Patients can attach pictures and PDF files to an e-consultation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maks. længde af e-konsultation</source>
        <translation>Max. length of an e-consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> tegn</source>
        <translation> characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det højeste antal tegn i en e-konsultation (50–4000).</source>
        <translation>The largest number of characters in an e-consultation (50–4000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Varsel for tidsbestilling</source>
        <translation>Booking notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor mange dage før en tid patienterne senest kan bestille den (0–60).</source>
        <translation>How many days before an appointment patients can book it at the latest (0–60).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kan bookes op til</source>
        <translation>Can be booked up to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dage frem</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor langt frem patienterne kan bestille tid (1–365 dage).</source>
        <translation>How far ahead patients can book (1–365 days).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afbud senest</source>
        <translation>Cancel at the latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> timer før</source>
        <translation> hours before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor mange timer før tiden patienterne senest kan aflyse via portalen (0–168).</source>
        <translation>How many hours before the appointment patients can cancel via the portal at the latest (0–168).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Svarfrist</source>
        <translation>Answer within</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> arbejdsdage</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inden for hvor mange arbejdsdage klinikken svarer en e-konsultation (1–10).</source>
        <translation>Within how many working days the clinic answers an e-consultation (1–10).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klinikken kan bruges i Min Læge-appen</source>
        <translation>The clinic can be used in the Min Læge app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-konsultation i appen</source>
        <translation>E-consultation in the app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptfornyelse i appen</source>
        <translation>Prescription renewal in the app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidsbestilling i appen</source>
        <translation>Appointment booking in the app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis aftaler i appen</source>
        <translation>Show appointments in the app</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Et eget navn på portalen, fx »Sygeplejersken«. Det skjuler titlen.</source>
        <translation>A name of its own on the portal, e.g. &quot;The nurse&quot;. It hides the title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vises efter navnet, når behandleren ikke har et eget navn på portalen.</source>
        <translation>Shown after the name when the provider has no name of their own on the portal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patienterne kan skrive til behandleren.</source>
        <translation>Patients can write to the provider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recept-
fornyelse</source>
        <translation>Prescription
renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienterne kan bede behandleren om receptfornyelse.</source>
        <translation>Patients can ask the provider for prescription renewal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tids-
bestilling</source>
        <translation>Appointment
booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienterne kan bestille tid hos behandleren.</source>
        <translation>Patients can book appointments with the provider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommentar påkrævet</source>
        <translation>Comment required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentar
påkrævet</source>
        <translation>Comment
required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patienten skal skrive, hvad tiden skal bruges til.</source>
        <translation>The patient must write what the appointment is for.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fra</source>
        <comment>first day of a holiday</comment>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferieperiodens første dag.</source>
        <translation>The first day of the holiday.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Til og med</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferieperiodens sidste dag (med).</source>
        <translation>The last day of the holiday (inclusive).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besked til patienterne</source>
        <translation>Message to the patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vises på portalen under ferien. Nævn vikarklinikken.</source>
        <translation>Shown on the portal during the holiday. Name the stand-in clinic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vikarklinik</source>
        <translation>Stand-in clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Luk e-konsultation</source>
        <translation>Close e-consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk e-
konsultation</source>
        <translation>Close e-
consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Luk receptfornyelse</source>
        <translation>Close prescription renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk recept-
fornyelse</source>
        <translation>Close prescription
renewal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Luk tidsbestilling</source>
        <translation>Close appointment booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk tids-
bestilling</source>
        <translation>Close appointment
booking</translation>
    </message>
</context>
<context>
    <name>CreatePortalUserDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/create_user.py" line="+19"/>
        <source>Opret portalbruger</source>
        <translation>Create portal user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienten får en e-mail med et link til at aktivere sin bruger på patientportalen.</source>
        <translation>The patient gets an e-mail with a link to activate their user on the patient portal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen e-mailadresse</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link sendes til:</source>
        <translation>Link is sent to:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangskode og sikkerhedskode på e-mail (uden MitID)</source>
        <translation>Password and security code by e-mail (without MitID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patienten har ikke MitID og får derfor login med sikkerhedskode.</source>
        <translation>The patient has no MitID and therefore gets the security-code login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opret og send link</source>
        <translation>Create and send link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linket kan ikke sendes uden en e-mailadresse. Få patientens e-mailadresse først.</source>
        <translation>The link cannot be sent without an e-mail address. Get the patient&apos;s e-mail address first.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/detail.py" line="+49"/>
        <source>Der opstod en uventet fejl. Prøv igen, eller genindlæs med F5.</source>
        <translation>An unexpected error occurred. Try again, or reload with F5.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Genindlæs</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tildel …</source>
        <translation>Assign …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tildel til en kollega eller en faggruppe (Ctrl+Shift+A)</source>
        <translation>Assign to a colleague or a staff group (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frigiv</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giv elementet tilbage til de andre (Ctrl+Shift+R)</source>
        <translation>Give the item back to the others (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genåbn</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markér som behandlet</source>
        <translation>Mark as handled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Når der ikke er noget at beslutte eller svare på (Ctrl+Shift+M)</source>
        <translation>When there is nothing to decide or answer (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patientkort</source>
        <translation>Patient card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åbn patientkortet: stamdata, rettigheder og portalbruger (Ctrl+Shift+K)</source>
        <translation>Open the patient card: basic data, rights and portal user (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vælg et element i listen, og tryk Enter for at åbne det.</source>
        <translation>Select an item in the list and press Enter to open it.</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+178"/>
        <source>Fjern tildeling</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Der er ingen ledige elementer i denne mappe.</source>
        <translation>There are no free items in this folder.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Elementet er frigivet.</source>
        <translation>The item has been released.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(via Min Læge-appen)</source>
        <translation>(via the Min Læge app)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modtaget %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frist %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overskredet</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Til %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tildelt %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>afsluttet af %1 %2</source>
        <translation>closed by %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begrundelse: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Tildel til</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Elementet er afsluttet.</source>
        <translation>The item is closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afventer patientens svar.</source>
        <translation>Awaiting the patient&apos;s reply.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elementet er givet videre. Åbn det igen for at arbejde videre.</source>
        <translation>The item has been passed on. Open it again to continue working on it.</translation>
    </message>
</context>
<context>
    <name>EconsultPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/attachments.py" line="+47"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gem …</source>
        <translation>Save …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vedhæftet:</source>
        <translation>Attached:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Vedhæft fil …</source>
        <translation>Attach file …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fjern filer</source>
        <translation>Remove files</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/econsult.py" line="+50"/>
        <source>Afvent patientens svar</source>
        <translation>Await the patient&apos;s reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elementet afsluttes ikke, men venter på patientens svar.</source>
        <translation>The item is not closed but waits for the patient&apos;s reply.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send svar</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Skriv svaret her. En forkortelse + Tab (eller Shift+F2) giver en standardtekst, Alt+1 … Alt+9 dine favoritter. Ctrl+Enter sender og åbner det næste element.</source>
        <translation>Write the answer here. An abbreviation + Tab (or Shift+F2) gives a stock phrase, Alt+1 … Alt+9 your favourites. Ctrl+Enter sends and opens the next item.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send svaret til patienten og bliv på elementet (Ctrl+Alt+Enter)</source>
        <translation>Send the answer to the patient and stay on the item (Ctrl+Alt+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send og næste</source>
        <translation>Send and next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send svaret og åbn det næste element i mappen (Ctrl+Enter)</source>
        <translation>Send the answer and open the next item in the folder (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../clinicdesk/views/inbox/panes/thread.py" line="+30"/>
        <source>Intern note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienten ser ikke noten (Ctrl+Shift+Enter)</source>
        <translation>The patient does not see the note (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afslut uden svar …</source>
        <translation>Close without answer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kræver en begrundelse (Ctrl+Shift+L)</source>
        <translation>Requires a reason (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opret E-svar …</source>
        <translation>New e-answer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny besked til en patient (Ctrl+Shift+E)</source>
        <translation>New message to a patient (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/thread.py" line="-2"/>
        <source>Patienten</source>
        <translation>The patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>patienten ser den ikke</source>
        <translation>the patient does not see it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>til patienten</source>
        <translation>to the patient</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ikke læst af patienten endnu</source>
        <translation>Not read by the patient yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retter en tidligere besked</source>
        <translation>Corrects an earlier message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen beskeder.</source>
        <translation>No messages.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/attachments.py" line="-33"/>
        <source>Gem vedhæftet fil</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filen er gemt: %1</source>
        <translation>File saved: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Vedhæft filer</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billeder og PDF (%1)</source>
        <translation>Images and PDF (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 kan ikke læses.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 er hverken et billede eller en PDF.</source>
        <translation>%1 is neither an image nor a PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 er større end %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der kan højst vedhæftes %1 filer.</source>
        <translation>At most %1 files can be attached.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/econsult.py" line="+134"/>
        <source>Svaret er tomt. Skriv en tekst, og send igen.</source>
        <translation>The answer is empty. Write a text and send again.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Noten er tom. Skriv en tekst først.</source>
        <translation>The note is empty. Write a text first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Afslut uden svar</source>
        <translation>Close without answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor afsluttes e-konsultationen uden svar? Begrundelsen gemmes i tråden som intern note.</source>
        <translation>Why is the e-consultation closed without an answer? The reason is kept in the thread as an internal note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afslut</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="+189"/>
        <source>Redigér medarbejder</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fulde navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initialer</source>
        <translation>&amp;Initials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rolle her</source>
        <translation>&amp;Role here</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../clinicdesk/views/setup/first_start.py" line="+18"/>
        <location line="+1"/>
        <source>Velkommen til clinicdesk</source>
        <translation>Welcome to clinicdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er tom. Opret jeres egen klinik – med navn, portallink, ydernummer, åbningstider og den første administrator – eller prøv programmet på en opdigtet demoklinik med personale, patienter og en fyldt indbakke.</source>
        <translation>The database is empty. Create your own clinic – with name, portal link, provider number, opening hours and the first administrator – or try the program on an invented demo clinic with staff, patients and a full inbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Opret jeres klinik</source>
        <translation>&amp;Create your clinic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Prøv med en demoklinik</source>
        <translation>&amp;Try a demo clinic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demoklinikken kan ikke senere gøres til en rigtig klinik: brug en ny database til jeres egen.</source>
        <translation>The demo clinic cannot later become a real clinic: use a new database for your own.</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/folders.py" line="+32"/>
        <source>Mapper</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Efter type</source>
        <translation>By type</translation>
    </message>
</context>
<context>
    <name>GuideViewerDialog</name>
    <message>
        <location filename="../../clinicdesk/views/guide_viewer.py" line="+118"/>
        <source>Patientvejledninger</source>
        <translation>Patient guides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log ind</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funktioner</source>
        <translation>&amp;Functions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sprog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vejledning:</source>
        <translation>Guide:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Udskriv…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vis udskrift…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gem som…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Laver vejledningen…</source>
        <translation>Making the guide…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vejledningen kunne ikke vises. Prøv igen.</source>
        <translation>The guide could not be shown. Try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sider</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vejledningen kunne ikke laves. Prøv igen, eller kontakt support.</source>
        <translation>The guide could not be made. Try again, or contact support.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Patientvejledning - %1.pdf</source>
        <translation>Patient guide - %1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funktioner</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gemmer…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det lykkedes ikke. Kontrollér stedet/printeren og prøv igen.</source>
        <translation>That did not work. Check the location/printer and try again.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sendt til printeren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history.py" line="+100"/>
        <source>Patientens e-konsultationer, receptfornyelser, tidsbestillinger og aftaler hos klinikken, nyeste først. Enter åbner en linje til læsning; intet bliver taget eller ændret.</source>
        <translation>The patient&apos;s e-consultations, prescription renewals, booking requests and appointments at the clinic, newest first. Enter opens a row to read; nothing is taken or changed.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Henter historikken …</source>
        <translation>Loading the history …</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>%1 linjer.</source>
        <translation>%1 rows.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Patienten har ingen historik hos klinikken endnu.</source>
        <translation>The patient has no history at the clinic yet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Åbner til læsning …</source>
        <translation>Opening to read …</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="+25"/>
        <source>Åbningstider</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvornår klinikken har åbent. Et flueben for hver dag, I har åbent; behandlernes bookbare tider sættes op senere.</source>
        <translation>When the clinic is open. A tick for each day you are open; the providers&apos; bookable times are set up later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åbner</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lukker</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>åbner</source>
        <translation>opens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lukker</source>
        <translation>closes</translation>
    </message>
</context>
<context>
    <name>InboxArchive</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/archive.py" line="+35"/>
        <source>Svararkivet er tomt: du har ikke skrevet svar endnu.</source>
        <translation>The answer archive is empty: you have not written any answers yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svararkiv (dine tidligere svar)</source>
        <translation>Answer archive (your earlier answers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv for at søge i dine svar …</source>
        <translation>Type to search your answers …</translation>
    </message>
</context>
<context>
    <name>InboxLabels</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/labels.py" line="+18"/>
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidsbestilling</source>
        <translation>Appointment booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Tilmelding</source>
        <translation>Sign-up</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>E-kons.</source>
        <translation>E-cons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recept</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Afventer patient</source>
        <translation>Awaiting patient</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Afsluttet</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haster</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle åbne</source>
        <translation>All open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overskredne</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afsluttede</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-konsultationer</source>
        <translation>E-consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptfornyelser</source>
        <translation>Prescription renewals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidsbestillinger</source>
        <translation>Booking requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilmeldinger</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle læger</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle sygeplejersker</source>
        <translation>All nurses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle sekretærer</source>
        <translation>All receptionists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle administratorer</source>
        <translation>All administrators</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afventer</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Afventer svar</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anden tid tilbudt</source>
        <translation>Other time offered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oprettet automatisk</source>
        <translation>Created automatically</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledig</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optaget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ønsket tid</source>
        <translation>Requested time</translation>
    </message>
</context>
<context>
    <name>InboxShortcuts</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/shortcuts.py" line="+41"/>
        <source>Indbakken</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det åbne element</source>
        <translation>The open item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgørelser (fornyelse, tid, tilmelding)</source>
        <translation>Decisions (renewal, booking, sign-up)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mappe: Nye</source>
        <translation>Folder: New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Mine</source>
        <translation>Folder: Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Alle åbne</source>
        <translation>Folder: All open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Afventer patient</source>
        <translation>Folder: Awaiting patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Overskredne</source>
        <translation>Folder: Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Afsluttede</source>
        <translation>Folder: Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: E-konsultationer</source>
        <translation>Folder: E-consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Receptfornyelser</source>
        <translation>Folder: Renewals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Tidsbestillinger</source>
        <translation>Folder: Bookings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappe: Tilmeldinger</source>
        <translation>Folder: Sign-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Næste element i listen</source>
        <translation>Next item in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forrige element i listen</source>
        <translation>Previous item in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbn elementet og gå til svarfeltet</source>
        <translation>Open the item and go to the answer field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag det næste ledige element i mappen (det ældste først)</source>
        <translation>Take the next free item in the folder (oldest first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søg (CPR-nummer, navn eller tekst)</source>
        <translation>Search (CPR number, name or text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå til filtrene (behandler, type, status, tildelt)</source>
        <translation>Go to the filters (provider, kind, status, assigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genindlæs (din tekst bevares)</source>
        <translation>Reload (your text is kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilbage til listen</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis indbakkens tastaturgenveje</source>
        <translation>Show the inbox keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tildel til kollega eller faggruppe</source>
        <translation>Assign to a colleague or a staff group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frigiv elementet til de andre</source>
        <translation>Release the item to the others</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markér som behandlet (en meddelelse uden noget at beslutte)</source>
        <translation>Mark as handled (a notice with nothing to decide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genåbn et afsluttet element</source>
        <translation>Reopen a done item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åbn patientkortet for elementets patient</source>
        <translation>Open the patient card of the item&apos;s patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send og næste: send svaret og åbn det næste element i mappen</source>
        <translation>Send and next: send the answer and open the next item in the folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send svaret og bliv på elementet (det vises afsluttet)</source>
        <translation>Send the answer and stay on the item (it shows as done)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standardtekst: udfyld forkortelsen foran markøren, ellers vælg fra listen ({fornavn}, {behandler}, {klinik} og {frist} udfyldes)</source>
        <translation>Stock phrase: expand the abbreviation before the cursor, else choose from the list ({fornavn}, {behandler}, {klinik} and {frist} are filled in)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I svarfeltet og begrundelsesfelter: indsæt din favorit-standardtekst 1-9</source>
        <translation>In the answer box and reason boxes: insert your favourite stock phrase 1-9</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Efter en forkortelse i svarfeltet og begrundelsesfelter: indsæt standardteksten (ellers næste felt)</source>
        <translation>After an abbreviation in the answer box and reason boxes: insert the stock phrase (else the next field)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I standardtekstlisten (Shift+F2): gem den valgte tekst som favorit 1-9</source>
        <translation>In the stock phrase list (Shift+F2): save the chosen phrase as favourite 1-9</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Gem teksten som intern note (patienten ser den ikke)</source>
        <translation>Save the text as an internal note (the patient does not see it)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Svararkiv: indsæt et af dine tidligere svar</source>
        <translation>Answer archive: insert one of your earlier answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vedhæft fil til svaret</source>
        <translation>Attach a file to the answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afslut uden svar (med begrundelse)</source>
        <translation>Close without an answer (with a reason)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opret E-svar til en patient</source>
        <translation>Start a new message to a patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Godkend (valgt linje / tiden / tilmeldingen)</source>
        <translation>Approve (selected line / the booking / the sign-up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afvis med begrundelse (valgt linje / tiden / tilmeldingen)</source>
        <translation>Reject with a reason (selected line / the booking / the sign-up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptfornyelse: send til læge</source>
        <translation>Renewal: send to a doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidsbestilling: tilbyd en anden tid</source>
        <translation>Booking: offer another time</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/filter_bar.py" line="+34"/>
        <source>Søg: CPR-nummer, navn eller tekst (Ctrl+F)</source>
        <translation>Search: CPR number, name or text (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/list_pane.py" line="+66"/>
        <source>Indbakkens liste</source>
        <translation>Inbox list</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/filter_bar.py" line="+4"/>
        <source>Behandler: alle</source>
        <translation>Provider: all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: alle</source>
        <translation>Kind: all</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: alle</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tildelt: alle</source>
        <translation>Assigned: all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tildelt: ingen</source>
        <translation>Assigned: nobody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tildelt: mig</source>
        <translation>Assigned: me</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/list_pane.py" line="+19"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Intet fundet for “%1”. Søg på CPR-nummer (fx 010190-1234), navn eller tekst.</source>
        <translation>Nothing found for “%1”. Search by CPR number (e.g. 010190-1234), name or text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du har ingen elementer lige nu. Åbn et element fra “Alle åbne” for at tage det.</source>
        <translation>You have no items right now. Open an item from “All open” to take it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen overskredne frister. Godt gået!</source>
        <translation>No overdue items. Well done!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Her er tomt. Nye henvendelser fra portalen vises automatisk.</source>
        <translation>Nothing here. New requests from the portal appear automatically.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 vist – rul for flere</source>
        <translation>%1 shown – scroll for more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 element(er)</source>
        <translation>%1 item(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>søgning i alle mapper</source>
        <translation>search in all folders</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/live.py" line="+102"/>
        <source>Ny hastende henvendelse: %1</source>
        <extracomment>at most this many unseen items are read to look for urgent ones</extracomment>
        <translation>New urgent request: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 nye hastende henvendelser</source>
        <translation>%1 new urgent requests</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/inbox/view.py" line="+337"/>
        <source>Indbakke</source>
        <translation>Inbox</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/table_model.py" line="+92"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandler</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Første linje</source>
        <translation>First line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandles af</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>(sendt fra Min Læge-appen)</source>
        <translation>(sent from the Min Læge app)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Tildelt: </source>
        <translation>Assigned: </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Svarfristen er overskredet</source>
        <translation>The answer is overdue</translation>
    </message>
</context>
<context>
    <name>JoinClinicDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="-22"/>
        <source>Tilknyt fra anden klinik</source>
        <translation>Join from another clinic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbejder personen allerede for en anden klinik i systemet, får de adgang hertil med deres egen bruger: skriv brugernavnet og vælg rollen her.</source>
        <translation>If the person already works for another clinic in the system, they get access here with their own user: type the username and choose the role here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../clinicdesk/views/lock_screen.py" line="+97"/>
        <source>Skærmen er låst</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log ud</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Låst for at beskytte patientoplysningerne. %1 (%2) skal skrive sin adgangskode for at fortsætte. Arbejde, der ikke er gemt, er bevaret.</source>
        <translation>Locked to protect patient information. %1 (%2) must enter their password to continue. Unsaved work is kept.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kun den bruger, der låste skærmen, kan låse op. Vælg Log ud for at skifte bruger.</source>
        <translation>Only the user who locked the screen can unlock it. Choose Log out to change user.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skærmen kunne ikke låses op på grund af en fejl. Prøv igen.</source>
        <translation>The screen could not be unlocked because of an error. Try again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../clinicdesk/views/login_dialog.py" line="+50"/>
        <source>Log ind – %1</source>
        <translation>Log in – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log ind – clinicdesk</source>
        <translation>Log in – clinicdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log ind med dit personlige brugernavn og din adgangskode.</source>
        <translation>Log in with your personal user name and password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Brugernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brugernavn</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Din adgangskode er midlertidig. Vælg din egen adgangskode: mindst 12 tegn – en sætning af flere ord er let at huske og svær at gætte.</source>
        <translation>Your password is temporary. Choose your own password: at least 12 characters – a sentence of several words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gentag ny adgangskode</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ny adgangskode</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gentag</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift og log ind</source>
        <translation>Change and sign in</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Skriv dit brugernavn.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logger ind …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Velkommen, %1. Du arbejder for flere klinikker. Vælg den klinik, du handler for nu:</source>
        <translation>Welcome, %1. You work for several clinics. Choose the clinic you are acting for now:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Login mislykkedes på grund af en fejl. Prøv igen, eller kontakt support.</source>
        <translation>Login failed because of an error. Try again, or contact support.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriv din nye adgangskode.</source>
        <translation>Type your new password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De to adgangskoder er ikke ens. Skriv dem igen.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skifter adgangskode …</source>
        <translation>Changing the password …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Adgangskoden kunne ikke skiftes på grund af en fejl. Prøv igen.</source>
        <translation>The password could not be changed because of an error. Try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skifter klinik …</source>
        <translation>Switching clinic …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clinicdesk/views/main_window.py" line="+183"/>
        <source>Velkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift &amp;klinik</source>
        <translation>Switch &amp;clinic</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Lås skærmen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;ud</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Om clinicdesk</source>
        <translation>&amp;About clinicdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Patientvejledninger…</source>
        <translation>&amp;Patient guides…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>clinicdesk – låst</source>
        <translation>clinicdesk – locked</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Du handler nu for %1.</source>
        <translation>You are now acting for %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handlingen mislykkedes på grund af en fejl. Prøv igen.</source>
        <translation>The action failed because of an error. Try again.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Din rolle er ændret til %1.</source>
        <translation>Your role has changed to %1.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Lås skærmen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis tastaturgenveje</source>
        <translation>Show keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;clinicdesk %1&lt;/h3&gt;&lt;p&gt;Klinikkens skrivebordsprogram til patientportalen: e-konsultationer, receptfornyelser, tidsbestillinger og brugeroprettelser samlet i én indbakke.&lt;/p&gt;&lt;p&gt;Alle opslag i patientdata logges.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;clinicdesk %1&lt;/h3&gt;&lt;p&gt;The clinic&apos;s desktop program for the patient portal: e-consultations, prescription renewals, bookings and user sign-ups in one inbox.&lt;/p&gt;&lt;p&gt;Every lookup of patient data is logged.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Om clinicdesk</source>
        <translation>About clinicdesk</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="-54"/>
        <source>Ny medarbejder</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fulde navn</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brugernavn</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx anne.k (små bogstaver)</source>
        <translation>e.g. anne.k (lower case)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initialer</source>
        <translation>&amp;Initials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>udfyldes ud fra navnet</source>
        <translation>filled in from the name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandler, som patienterne kan vælge på portalen</source>
        <translation>&amp;Provider patients can choose on the portal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medarbejderen får en midlertidig adgangskode, som vises bagefter, og vælger sin egen ved første login.</source>
        <translation>The staff member gets a temporary password, shown afterwards, and chooses their own at the first login.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Praktiserende læge</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Sygeplejerske</source>
        <translation>Nurse</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/new_thread.py" line="+68"/>
        <source>Opret E-svar</source>
        <translation>New e-answer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(ingen bestemt behandler)</source>
        <translation>(no particular provider)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Besked fra klinikken</source>
        <translation>Message from the clinic</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Afvent patientens svar</source>
        <translation>Await the patient&apos;s reply</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>CPR-nummer eller navn, Enter søger</source>
        <translation>CPR number or name, Enter searches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter eller dobbeltklik vælger patienten</source>
        <translation>Enter or double-click chooses the patient</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vælg en anden patient</source>
        <translation>Choose another patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen patient valgt. Søg, og vælg en patient med Enter.</source>
        <translation>No patient chosen. Search, and choose a patient with Enter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beskeden til patienten (forkortelse + Tab eller Shift+F2: standardtekst, Alt+1 … Alt+9: favoritter)</source>
        <translation>The message to the patient (abbreviation + Tab or Shift+F2: stock phrase, Alt+1 … Alt+9: favourites)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Til:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandler:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Ingen patienter fundet.</source>
        <translation>No patients found.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Send til %1 (Ctrl+Enter)</source>
        <translation>Send to %1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send (vælg først en patient)</source>
        <translation>Send (choose a patient first)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Vælg en patient først: søg, og tryk Enter på patienten.</source>
        <translation>Choose a patient first: search, and press Enter on the patient.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 Til %2 (%3).</source>
        <translation>%1 To %2 (%3).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Beskeden er tom.</source>
        <translation>The message is empty.</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/common.py" line="+20"/>
        <source>Der opstod en uventet fejl. Prøv igen.</source>
        <translation>An unexpected error occurred. Please try again.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/card.py" line="+43"/>
        <source>Patientkort</source>
        <translation>Patient card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Henter patienten …</source>
        <translation>Loading the patient …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stamdata</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunikation</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Historik</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Genindlæs</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ingen e-mailadresse</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>intet mobilnummer</source>
        <translation>no mobile number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR-nummer:</source>
        <translation>CPR number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alder:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail (klinikkens):</source>
        <translation>E-mail (clinic record):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobil (klinikkens):</source>
        <translation>Mobile (clinic record):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forældre (værger):</source>
        <translation>Parents (guardians):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Børn:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gem &amp;kontaktoplysninger</source>
        <translation>Save &amp;contact details</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+31"/>
        <source>Tilladt</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kun modtage</source>
        <translation>Receive only</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <location filename="../../clinicdesk/views/patient_card/portal_status.py" line="+110"/>
        <source>Spærret</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;E-konsultation:</source>
        <translation>&amp;E-consultation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receptfornyelse:</source>
        <translation>&amp;Prescription renewal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tidsbestilling:</source>
        <translation>&amp;Booking:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kun modtage: patienten kan læse og modtage beskeder fra klinikken, men ikke selv skrive. Spærret: patienten kan stadig læse sin historik, men ikke svare eller sende nye henvendelser.</source>
        <translation>Receive only: the patient can read and receive messages from the clinic but cannot write. Blocked: the patient can still read their history but cannot reply or send new requests.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portalbruger</source>
        <translation>Portal user</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail på portalen:</source>
        <translation>E-mail on the portal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobil på portalen:</source>
        <translation>Mobile on the portal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilmeldt klinikken siden:</source>
        <translation>Registered with the clinic since:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <source>&amp;Opret portalbruger…</source>
        <translation>&amp;Create portal user…</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/card.py" line="+27"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="-12"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+5"/>
        <source>ikke tilmeldt portalen</source>
        <translation>not registered on the portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail eller mobil på portalen er ikke de samme som i klinikkens oplysninger (klinikkens: %1, %2). Patienten bliver bedt om at bekræfte dem ved næste login.</source>
        <translation>The e-mail or mobile on the portal differ from the clinic&apos;s record (clinic: %1, %2). The patient is asked to confirm them at next login.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send aktiveringslink igen…</source>
        <translation>&amp;Send activation link again…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingen portalbruger</source>
        <translation>No portal user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oprettet, venter på at patienten aktiverer den</source>
        <translation>Created, waiting for the patient to activate it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangskode og sikkerhedskode på e-mail</source>
        <translation>Password and security code by e-mail</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/card.py" line="+29"/>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+8"/>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kontaktoplysningerne er gemt.</source>
        <translation>The contact details have been saved.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/communication.py" line="+5"/>
        <source>Rettighederne er gemt.</source>
        <translation>The rights have been saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opretter portalbruger …</source>
        <translation>Creating portal user …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portalbrugeren er oprettet. Aktiveringslinket er sendt til %1.</source>
        <translation>The portal user has been created. The activation link was sent to %1.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/plugin.py" line="+46"/>
        <source>Find patient…</source>
        <translation>Find patient…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find patient (patientkort)</source>
        <translation>Find patient (patient card)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patientkort: fanen Historik (Enter åbner en linje til læsning)</source>
        <translation>Patient card: the History tab (Enter opens a row to read)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patientkort: spær portalbrugeren (med begrundelse)</source>
        <translation>Patient card: block the portal user (with a reason)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patientkort: åbn portalbrugeren igen (med begrundelse)</source>
        <translation>Patient card: reopen the portal user (with a reason)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begrundelse for spærring/genåbning: bekræft</source>
        <translation>Reason for blocking/reopening: confirm</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/portal_status.py" line="-19"/>
        <source>S&amp;pær portalbruger…</source>
        <translation>Bl&amp;ock portal user…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åbn portalbruger &amp;igen…</source>
        <translation>Reopen portal user &amp;again…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spærringer og genåbninger</source>
        <translation>Blocks and reopenings</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Åbnet igen</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>af %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begrundelsen ligger hos den klinik.</source>
        <translation>The reason is kept by that clinic.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spærret, men hvornår, af hvem og hvorfor er ikke registreret.</source>
        <translation>Blocked, but when, by whom and why is not recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portalbrugeren har ikke været spærret.</source>
        <translation>The portal user has not been blocked.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Spærrer portalbrugeren …</source>
        <translation>Blocking the portal user …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbner portalbrugeren igen …</source>
        <translation>Reopening the portal user …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Portalbrugeren er spærret.</source>
        <translation>The portal user is blocked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portalbrugeren er åbnet igen. Den er aldrig aktiveret, så den venter på patientens aktivering; send aktiveringslinket igen, hvis det er for gammelt.</source>
        <translation>The portal user is open again. It was never activated, so it waits for the patient&apos;s activation; send the activation link again if it is too old.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portalbrugeren er åbnet igen og er aktiv.</source>
        <translation>The portal user is open again and active.</translation>
    </message>
</context>
<context>
    <name>PatientHistory</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history.py" line="-138"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandler</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history_detail.py" line="+39"/>
        <location line="+24"/>
        <source>Begrundelse:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Apotek:</source>
        <translation>Pharmacy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Patientens kommentar:</source>
        <translation>Patient&apos;s comment:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ønsket tid:</source>
        <translation>Requested time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+72"/>
        <source>Behandler:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Årsag:</source>
        <translation>Reason for the visit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilbudt tid:</source>
        <translation>Offered time:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modtaget:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Afsluttet:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afsluttet med:</source>
        <translation>Closed with:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kun læsning: intet bliver taget, markeret som læst eller ændret.</source>
        <translation>Read only: nothing is taken, marked as read or changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Historik: %1 (kun læsning)</source>
        <translation>History: %1 (read only)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Historik: aftale (kun læsning)</source>
        <translation>History: appointment (read only)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../clinicdesk/views/patient_card/history_labels.py" line="+18"/>
        <source>Aftale</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bestilt:</source>
        <translation>Booked:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>på portalen</source>
        <translation>on the portal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>af klinikken</source>
        <translation>by the clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aflyst:</source>
        <translation>Cancelled:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aftaler ændres i kalenderen, ikke her.</source>
        <translation>Appointments are changed in the calendar, not here.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/patient_card/history_labels.py" line="-3"/>
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidsbestilling</source>
        <translation>Booking request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booket</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mødt</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aflyst af klinikken</source>
        <translation>Cancelled by the clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aflyst af patienten</source>
        <translation>Cancelled by the patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udeblevet</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 besked</source>
        <translation>1 message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 beskeder</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ønsket tid %1</source>
        <translation>Requested time %1</translation>
    </message>
</context>
<context>
    <name>PatientSearchDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/search.py" line="+27"/>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPR-nummer eller navn:</source>
        <translation>CPR number or name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fx 010180-1234 eller Hansen</source>
        <translation>e.g. 010180-1234 or Hansen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Åbn patientkort</source>
        <translation>Open patient card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skriv mindst to tegn: et CPR-nummer eller en del af navnet.</source>
        <translation>Type at least two characters: a CPR number or part of the name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Søger …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ingen patienter hos klinikken passer på søgningen.</source>
        <translation>No patients of the clinic match the search.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 patienter. Vælg en og tryk Enter.</source>
        <translation>%1 patients. Choose one and press Enter.</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="-165"/>
        <source>Standardtekster</source>
        <translation>Stock phrases</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skriv forkortelse eller titel …</source>
        <translation>Type abbreviation or title …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>↑/↓ vælg · Enter indsæt · Esc fortryd</source>
        <translation>↑/↓ choose · Enter insert · Esc cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↑/↓ vælg · Enter indsæt · Ctrl+1 … Ctrl+9 gem som favorit 1-9 (Alt+tal indsætter) · Esc fortryd</source>
        <translation>↑/↓ choose · Enter insert · Ctrl+1 … Ctrl+9 save as favourite 1-9 (Alt+number inserts) · Esc cancel</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ingen standardtekst passer.</source>
        <translation>No stock phrase matches.</translation>
    </message>
</context>
<context>
    <name>PortalReasonDialog</name>
    <message>
        <location filename="../../clinicdesk/views/patient_card/portal_status.py" line="-141"/>
        <source>Spær portalbruger</source>
        <translation>Block portal user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åbn portalbruger igen</source>
        <translation>Reopen portal user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patienten kan ikke logge ind på portalen, før portalbrugeren åbnes igen. Skriv hvorfor den spærres.</source>
        <translation>The patient cannot log in to the portal until the portal user is reopened. Write why it is blocked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patienten kan logge ind på portalen igen. Skriv hvorfor den åbnes.</source>
        <translation>The patient can log in to the portal again. Write why it is reopened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Begrundelse (vises på patientkortet og gemmes i historikken):</source>
        <translation>&amp;Reason (shown on the patient card and kept in the history):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spær</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åbn igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Enter bekræfter.</source>
        <translation>Ctrl+Enter confirms.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="+54"/>
        <source>Behandlerprofil</source>
        <translation>Provider profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eget navn på portalen</source>
        <translation>&amp;Own name on the portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fx Sygeplejersken (skjuler titlen)</source>
        <translation>e.g. The nurse (hides the title)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;konsultation</source>
        <translation>E-&amp;consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receptfornyelse</source>
        <translation>Prescription &amp;renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tids&amp;bestilling</source>
        <translation>Appointment &amp;booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ko&amp;mmentar påkrævet ved tidsbestilling</source>
        <translation>Co&amp;mment required when booking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vises for patienterne</source>
        <translation>&amp;Shown to patients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidsbestilling er slået fra for hele klinikken.</source>
        <translation>Booking is switched off for the whole clinic.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/dialogs.py" line="-118"/>
        <source>Skriv en forkortelse og tryk Tab, Shift+F2 for listen, Alt+1 … Alt+9 for dine favoritter.</source>
        <translation>Type an abbreviation and press Tab, Shift+F2 for the list, Alt+1 … Alt+9 for your favourites.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Skriv en begrundelse. Den gemmes og kan ses senere.</source>
        <translation>Write a reason. It is stored and can be seen later.</translation>
    </message>
</context>
<context>
    <name>RenewalPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/renewal.py" line="+42"/>
        <source>Godkend linje</source>
        <translation>Approve line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afvis linje …</source>
        <translation>Reject line …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send afgørelsen</source>
        <translation>Send the decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+150"/>
        <source>Send til læge</source>
        <translation>Send to doctor</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Ønsket fornyet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requested for renewal&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Patientens medicinliste&lt;/b&gt; (ønskede linjer er fremhævet)</source>
        <translation>&lt;b&gt;The patient&apos;s medication list&lt;/b&gt; (requested lines are highlighted)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Anmodningen kan ikke læses.</source>
        <translation>The request cannot be read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apotek: %1</source>
        <translation>Pharmacy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patientens kommentar: %1</source>
        <translation>Patient&apos;s comment: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forberedt af %1</source>
        <translation>Prepared by %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Lægemiddel</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Dosering</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Udleveringer tilbage</source>
        <translation>Dispensings left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ønsket</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ønsket fornyet</source>
        <translation>Requested for renewal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>afhængighedsskabende</source>
        <translation>addictive</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+67"/>
        <source>Alle læger</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Kun en læge kan godkende eller afvise receptfornyelser. Forbered anmodningen, og send den til en læge.</source>
        <translation>Only a doctor can approve or reject prescription renewals. Prepare the request and send it to a doctor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag stilling til hver linje; send derefter afgørelsen til patienten.</source>
        <translation>Decide on each line; then send the decision to the patient.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Afvis %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor afvises linjen? Patienten ser begrundelsen.</source>
        <translation>Why is the line rejected? The patient sees the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afvis</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../clinicdesk/views/labels.py" line="+16"/>
        <source>Sekretær</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sygeplejerske</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Læge</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+41"/>
        <source>Indstillinger for patientportalen – %1</source>
        <translation>Patient portal settings – %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Klinik</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../clinicdesk/views/settings/preview.py" line="+41"/>
        <source>Behandlere</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferie</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min Læge-app</source>
        <translation>Min Læge app</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/preview.py" line="-12"/>
        <source>&lt;b&gt;Forhåndsvisning&lt;/b&gt; – sådan ser portalens forside ud, når du gemmer</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt; – the portal&apos;s front page as it will look when you save</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+10"/>
        <source>Genindlæs</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/preview.py" line="+11"/>
        <source>Portallink</source>
        <translation>Portal link</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidsbestilling</source>
        <translation>Appointment booking</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/app_tab.py" line="+15"/>
        <source>»Min Læge« er den nationale app. Den viser den samme indbakke, de samme aftaler og receptfornyelser som portalen.</source>
        <translation>“Min Læge” is the national GP app. It shows the same inbox, appointments and prescription renewals as the portal.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/provider_tab.py" line="+50"/>
        <source>Titlen vises kun, når behandleren ikke har et eget navn på portalen.</source>
        <translation>The title is shown only when the provider has no custom name on the portal.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Behandler</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/holiday_tab.py" line="+50"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet ferieperioden (når du gemmer). En ferie, der er begyndt, kan ikke slettes.</source>
        <translation>Delete the holiday period (when you save). A holiday that has begun cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+76"/>
        <source>Kassér ændringerne?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har ændringer, der ikke er gemt. Vil du kassere dem?</source>
        <translation>You have changes that are not saved. Do you want to discard them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kassér ændringerne</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsæt redigeringen</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/provider_tab.py" line="+19"/>
        <source>Slå tidsbestilling til for klinikken først (fanen Klinik).</source>
        <translation>Turn on appointment booking for the clinic first (the Clinic tab).</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/menu.py" line="+20"/>
        <source>Indstillinger for patientportalen…</source>
        <translation>Patient portal settings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indstillinger for patientportalen</source>
        <translation>Patient portal settings</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/holiday_tab.py" line="-8"/>
        <source>I ferien vises beskeden på portalen, og de valgte funktioner lukkes. Nævn vikarklinikken i beskeden. Datoerne er første og sidste feriedag.</source>
        <translation>During the holiday the message is shown on the portal and the chosen functions are closed. Name the stand-in clinic in the message. The dates are the first and the last day of the holiday.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ny ferieperiode</source>
        <translation>New holiday period</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="-51"/>
        <source>Henter indstillingerne …</source>
        <translation>Loading the settings …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indstillingerne kunne ikke hentes.</source>
        <translation>The settings could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/preview.py" line="+7"/>
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tilmelding via portalen er åben.</source>
        <translation>Sign-up via the portal is open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilmelding via portalen er lukket.</source>
        <translation>Sign-up via the portal is closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen funktioner</source>
        <translation>no functions</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/settings/dialog.py" line="+71"/>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indstillingerne kunne ikke gemmes. Prøv igen.</source>
        <translation>The settings could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../clinicdesk/views/setup/wizard.py" line="+31"/>
        <source>Opret jeres klinik – clinicdesk</source>
        <translation>Create your clinic – clinicdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Tilbage</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Næste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opret klinikken</source>
        <translation>&amp;Create the clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Klinik: %1</source>
        <translation>Clinic: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn på portalen: %1</source>
        <translation>Name on the portal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portallink: %1</source>
        <translation>Portal link: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ydernummer: %1</source>
        <translation>Provider number: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åbningstider:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator: %1 (%2)</source>
        <translation>Administrator: %1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Klinikken kunne ikke oprettes på grund af en fejl. Intet er gemt. Prøv igen.</source>
        <translation>The clinic could not be created because of an error. Nothing was saved. Try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gå tilbage (Alt+T) og ret det.</source>
        <translation>Go back (Alt+B) and correct it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opretter klinikken …</source>
        <translation>Creating the clinic …</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/keys.py" line="+39"/>
        <source>Tastaturgenveje i indbakken</source>
        <translation>Keyboard shortcuts in the inbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignupPane</name>
    <message>
        <location filename="../../clinicdesk/views/inbox/panes/signup.py" line="+36"/>
        <source>E-konsultation</source>
        <translation>E-consultation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptfornyelse</source>
        <translation>Prescription renewal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidsbestilling</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funktioner:</source>
        <translation>Functions:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Godkend og send aktiveringslink</source>
        <translation>Approve and send activation link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afvis …</source>
        <translation>Reject …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anmodningen kan ikke læses.</source>
        <translation>The request cannot be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sikkerhedskode på e-mail</source>
        <translation>Security code by e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afventer</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forælder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patient i kartoteket: %1</source>
        <translation>Patient in the register: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen patient med dette CPR-nummer i kartoteket; en godkendelse opretter patienten.</source>
        <translation>No patient with this CPR number in the register; approving creates the patient.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Afvis tilmelding</source>
        <translation>Reject sign-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor afvises tilmeldingen? Begrundelsen sendes til patienten.</source>
        <translation>Why is the sign-up rejected? The reason is sent to the patient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afvis</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/dialog.py" line="+36"/>
        <source>Personale – %1</source>
        <translation>Staff – %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Ny medarbejder…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tilknyt fra anden klinik…</source>
        <translation>&amp;Join from another clinic…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redigér…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandlerprofil…</source>
        <translation>&amp;Provider profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nulstil &amp;adgangskode…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås &amp;op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>&amp;Deaktivér…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Fjern fra klinikken…</source>
        <translation>Re&amp;move from the clinic…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Gen&amp;aktivér</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Der opstod en uventet fejl. Prøv igen.</source>
        <translation>An unexpected error occurred. Try again.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 er oprettet.</source>
        <translation>%1 has been created.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 arbejder nu også for klinikken.</source>
        <translation>%1 now also works for the clinic.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ændringen er gemt.</source>
        <translation>The change is saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Behandlerprofilen er gemt.</source>
        <translation>The provider profile is saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nulstil adgangskode</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give %1 en ny midlertidig adgangskode? Den gamle virker ikke længere, og en ny skal vælges ved næste login.</source>
        <translation>Give %1 a new temporary password? The old one stops working, and a new one must be chosen at the next login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nulstil</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 er låst op.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 er aktiv igen.</source>
        <translation>%1 is active again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deaktivér medarbejder</source>
        <translation>Deactivate staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaktivere %1? Kontoen lukkes straks: ingen kan logge ind med den, og et åbent vindue afvises ved næste handling.</source>
        <translation>Deactivate %1? The account closes at once: nobody can log in with it, and an open window is refused at its next action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deaktivér</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 er deaktiveret.</source>
        <translation>%1 is deactivated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fjern fra klinikken</source>
        <translation>Remove from the clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerne %1 fra %2? Deres arbejde for andre klinikker fortsætter.</source>
        <translation>Remove %1 from %2? Their work for other clinics continues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 er fjernet fra klinikken.</source>
        <translation>%1 has been removed from the clinic.</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/staff/menu.py" line="+16"/>
        <source>Personale…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <location filename="../../clinicdesk/views/staff/table_model.py" line="+14"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandler på portalen</source>
        <translation>Provider on the portal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arbejder også i</source>
        <translation>Also works at</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deaktiveret</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>låst</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal skifte adgangskode</source>
        <translation>must change password</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../clinicdesk/views/setup/pages.py" line="+103"/>
        <source>Opret klinikken</source>
        <translation>Create the clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se oplysningerne igennem. Når du vælger »Opret klinikken«, gemmes det hele på én gang, og du kan logge ind som administrator.</source>
        <translation>Look through the details. When you choose &quot;Create the clinic&quot;, everything is saved at once, and you can log in as administrator.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="+15"/>
        <source>Midlertidig adgangskode</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giv brugernavn og adgangskode til medarbejderen. Adgangskoden vises kun nu; medarbejderen vælger sin egen ved første login.</source>
        <translation>Give the username and password to the staff member. The password is shown only now; the staff member chooses their own at the first login.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../clinicdesk/views/main_window.py" line="-448"/>
        <source>Velkommen, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du er logget ind hos %1 som %2. Her samles henvendelserne fra patientportalen: e-konsultationer, receptfornyelser, tidsbestillinger og nye brugere.</source>
        <translation>You are logged in at %1 as %2. Requests from the patient portal gather here: e-consultations, prescription renewals, bookings and new users.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Ctrl+L&lt;/b&gt; låser skærmen, når du går fra computeren. Det, du har skrevet, bliver stående.</source>
        <translation>&lt;b&gt;Ctrl+L&lt;/b&gt; locks the screen when you leave the computer. What you have typed stays.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;F1&lt;/b&gt; viser alle tastaturgenveje.</source>
        <translation>&lt;b&gt;F1&lt;/b&gt; shows all keyboard shortcuts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du arbejder for flere klinikker: skift under &lt;b&gt;Filer → Skift klinik&lt;/b&gt;.</source>
        <translation>You work for several clinics: switch under &lt;b&gt;File → Switch clinic&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../clinicdesk/views/staff/forms.py" line="-195"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Der opstod en uventet fejl. Intet er gemt. Prøv igen.</source>
        <translation>An unexpected error occurred. Nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../clinicdesk/views/guide_viewer.py" line="-240"/>
        <source>Gem vejledning som</source>
        <translation>Save guide as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
</TS>
