"""Demo e-consultations: the rich scenarios (whole threads with answers) and the short
messages of the bulk part of a large demo."""

from __future__ import annotations

# An e-consultation scenario: who writes (adult / child via parent / woman), subject, the
# patient's message, then alternating clinic answer / patient reply (may be fewer) and an
# attachment kind ("png", "pdf" or None).
# {n} small number, {uger} weeks, {medicin} a drug, {by} a town, {maaned} a month.
#
# Whether an item is urgent is not written here: the build scans the patient's messages with the
# safety net's detector, as the portal's intake does (``demo.flags``). So the texts decide: a few
# are clearly urgent (chest pain with breathlessness; a feverish child with spots that do not fade;
# a reply that turns urgent), and a few only look it ("Ingen smerter i brystet", a father's blood
# clot) and must stay unflagged.

ECONSULT_SCENARIOS: tuple[dict, ...] = (
    dict(who="adult", subject="Udslæt på armen", attach="png", msgs=(
        "Hej. Jeg har i {n} dage haft et rødt, kløende udslæt på venstre underarm, og det breder sig lidt. "
        "Jeg har vedhæftet et billede. Skal jeg komme ind, eller kan jeg smøre med noget?",
        "Hej {fornavn}. Tak for billedet. Det ligner et kontakteksem. Prøv hydrocortisoncreme 1 % (håndkøb) "
        "morgen og aften i højst en uge. Er det ikke bedre om en uge, så bestil en tid.",
        "Tak for svaret. Skal jeg undgå noget bestemt imens?",
        "Undgå parfumeret sæbe og creme på området, og brug gerne bomuld tæt på huden.",
    )),
    dict(who="adult", subject="Svar på blodprøver", attach=None, msgs=(
        "Hej. Jeg fik taget blodprøver i sidste uge. Er svarene kommet, og er de i orden?",
        "Hej {fornavn}. Dine blodprøver er normale, også blodprocent, nyretal og langtidsblodsukker. "
        "Der er ikke behov for yderligere.",
    )),
    dict(who="adult", subject="Hoste i flere uger", attach=None, msgs=(
        "Jeg har hostet i ca. {uger} uger efter en forkølelse. Ingen feber, men hosten holder mig vågen om "
        "natten. Er det noget, I skal se på?",
        "Hej {fornavn}. Hoste kan vare 3-8 uger efter en virusinfektion. Da den forstyrrer din søvn, vil vi "
        "gerne lytte på lungerne. Bestil en tid på portalen eller ring i telefontiden kl. 8-9.",
        "Tak, jeg har bestilt en tid på torsdag.",
    )),
    dict(who="adult", subject="Bivirkninger af ny medicin", attach=None, msgs=(
        "Jeg startede på {medicin} for {n} dage siden og har fået hovedpine og lidt kvalme. Skal jeg "
        "fortsætte med at tage den?",
        "Hej {fornavn}. Hovedpine og kvalme er almindelige de første uger og går som regel over. Fortsæt, "
        "og skriv igen, hvis det ikke er bedre om 14 dage.",
        "Det er blevet lidt bedre nu. Tak.",
    )),
    dict(who="child", subject="Barn med feber", attach=None, msgs=(
        "Vores barn har haft feber omkring 39 grader siden i går. Drikker fint og leger lidt, når "
        "febernedsættende virker. Hvornår skal vi komme ind?",
        "Det lyder som en almindelig virusinfektion. Giv rigeligt at drikke. Ring til os (eller 1813 uden for "
        "åbningstid), hvis barnet bliver slapt, ikke vil drikke, får besværet vejrtrækning, eller feberen "
        "varer mere end 3 døgn.",
    )),
    dict(who="adult", subject="Blodtryksmålinger hjemme", attach="pdf", msgs=(
        "Hej. Som aftalt har jeg målt mit blodtryk hjemme morgen og aften i en uge. Målingerne står i den "
        "vedhæftede fil.",
        "Tak for målingerne, {fornavn}. Gennemsnittet er 138/86, hvilket er lidt højt. Vi vil gerne se dig "
        "til en blodtrykskontrol om ca. 4 uger.",
    )),
    dict(who="adult", subject="Friattest til arbejdsgiver", attach=None, msgs=(
        "Min arbejdsgiver beder om en friattest, fordi jeg har været syg i {n} dage. Kan I lave den, og hvad "
        "koster den?",
        "Ja. En friattest kræver en kort samtale og betales af arbejdsgiveren. Bestil en telefontid på "
        "portalen, så klarer vi det.",
    )),
    dict(who="adult", subject="Vaccination før rejse", attach=None, msgs=(
        "Vi skal til Thailand i {maaned}. Hvilke vaccinationer har vi brug for, og kan vi få dem hos jer?",
        "Til Thailand anbefales hepatitis A og evt. en opfriskning af difteri/stivkrampe. Bestil en "
        "vaccinationstid mindst 2 uger før afrejse. Vaccinerne betaler man selv.",
        "Skal vi have vaccinationskortene med?",
        "Ja, tag gerne vaccinationskort eller en udskrift fra sundhed.dk med.",
    )),
    dict(who="adult", subject="Ondt i lænden", attach=None, msgs=(
        "Jeg har haft ondt i lænden i {n} dage efter at have løftet noget tungt. Smerterne stråler ikke ned i "
        "benet. Hvad kan jeg gøre?",
        "Hold dig i gang, og tag evt. paracetamol 1 g op til 4 gange dagligt. De fleste bliver bedre i løbet af "
        "2-4 uger. Kontakt os, hvis du får føleforstyrrelser, nedsat kraft eller problemer med vandladningen.",
    )),
    dict(who="woman", subject="Mulig blærebetændelse", attach=None, msgs=(
        "Det svier, når jeg tisser, og jeg skal tisse hele tiden. Det startede i går. Kan jeg aflevere en "
        "urinprøve?",
        "Ja, aflever en urinprøve i dag mellem kl. 8 og 11 (morgenurin i et glas fra skranken). Vi ringer til "
        "dig med svaret.",
    )),
    dict(who="adult", subject="Henvisning til fysioterapeut", attach=None, msgs=(
        "Kan jeg få en henvisning til fysioterapi for mine knæsmerter? Jeg har tidligere været hos jer med det.",
        "Hej {fornavn}. Lægen har set dit forløb igennem og sendt en henvisning. Den ligger hos "
        "fysioterapeuten, som du selv kontakter for en tid.",
    )),
    dict(who="woman", subject="Glemt p-pille", attach=None, msgs=(
        "Jeg glemte min p-pille i går aftes (Cerazette). Hvad skal jeg gøre?",
        "Tag den glemte pille nu, og fortsæt som normalt. Brug kondom de næste 7 dage. Har du haft samleje "
        "de seneste 5 dage, kan du købe en fortrydelsespille på apoteket.",
    )),
    dict(who="adult", subject="Modermærke på ryggen", attach="png", msgs=(
        "Jeg har et modermærke på ryggen, som min kæreste synes er blevet større. Kan I se på billedet?",
        "Det er svært at vurdere sikkert på et billede, så vi vil gerne se det. Bestil en tid til "
        "\"Undersøgelse af modermærke\" på portalen.",
    )),
    dict(who="adult", subject="Søvnproblemer", attach=None, msgs=(
        "Jeg sover dårligt og vågner kl. 3-4 hver nat. Kan jeg få noget sovemedicin?",
        "Sovemedicin er afhængighedsskabende og udskrives ikke via e-konsultation. Bestil en samtaletid, så "
        "ser vi på årsagerne sammen. Indtil da: faste sengetider, ingen skærm den sidste time og ingen kaffe "
        "efter kl. 15.",
    )),
    dict(who="adult", subject="Svar på røntgen af skulder", attach=None, msgs=(
        "Er der kommet svar på røntgenbilledet af min højre skulder? Det blev taget for {n} dage siden.",
        "Svaret er kommet: ingen tegn på brud eller slidgigt. Fortsæt øvelserne fra fysioterapeuten.",
    )),
    dict(who="adult", subject="Astma værre i pollensæsonen", attach=None, msgs=(
        "Min astma er blevet værre med pollen, og jeg bruger Ventoline flere gange dagligt. Skal jeg have "
        "noget andet?",
        "Når du bruger Ventoline dagligt, skal den forebyggende behandling justeres. Bestil en tid hos "
        "sygeplejersken til astmakontrol inden for en uge.",
    )),
    dict(who="woman", subject="Positiv graviditetstest", attach=None, msgs=(
        "Jeg har taget en positiv graviditetstest. Hvornår skal jeg komme til den første undersøgelse?",
        "Tillykke! Den første graviditetsundersøgelse er omkring uge 6-10. Bestil en tid til "
        "\"Graviditetsundersøgelse\" på portalen.",
    )),
    dict(who="adult", subject="Næste diabeteskontrol", attach=None, msgs=(
        "Hvornår skal jeg til næste diabeteskontrol? Jeg kan ikke huske, om jeg allerede har en tid.",
        "Du har ikke en tid endnu. Kontrollen er om ca. {uger} uger; husk blodprøve en uge før. Bestil begge "
        "dele på portalen.",
    )),
    dict(who="child", subject="Ørepine", attach=None, msgs=(
        "Vores barn har ondt i venstre øre og har sovet dårligt i nat. Ingen feber. Skal vi komme ind?",
        "De fleste mellemørebetændelser går over af sig selv på 2-3 dage. Giv smertestillende efter vægt. "
        "Ring, hvis der kommer feber over 39, flåd fra øret, eller det ikke er bedre om 2 dage.",
        "Tak, han har det bedre i dag.",
    )),
    dict(who="adult", subject="Ny adresse", attach=None, msgs=(
        "Jeg er flyttet til {by}. Skal jeg selv melde det til jer?",
        "Adresseændringer kommer automatisk fra folkeregistret, så du skal ikke gøre noget. Vil du skifte "
        "læge på grund af flytningen, gør du det på borger.dk.",
    )),
    dict(who="adult", subject="Influenzavaccination", attach=None, msgs=(
        "Kan jeg blive vaccineret mod influenza hos jer i år? Jeg er over 65.",
        "Ja, vaccinationen er gratis for dig. Bestil en tid til \"Vaccination\" på portalen; vi vaccinerer "
        "tirsdag og torsdag formiddag.",
    )),
    dict(who="adult", subject="Tak for hjælpen", attach=None, msgs=(
        "Tak for en god behandling i sidste uge. Jeg har det meget bedre nu.",
    )),
    dict(who="adult", subject="Forhøjet kolesterol", attach=None, msgs=(
        "Min kolesterol var forhøjet sidst. Skal jeg have taget en ny blodprøve, og skal jeg være fastende?",
        "Ja, få taget en ny kolesterolprøve om ca. 3 måneder. Du behøver ikke være fastende. Bestil "
        "\"Blodprøve\" på portalen.",
    )),
    dict(who="adult", subject="Hjertebanken", attach=None, msgs=(
        "Jeg har haft hjertebanken nogle gange den sidste uge, især om aftenen. Ingen smerter i brystet.",
        "Vi vil gerne se dig og tage et hjertediagram (EKG). Ring i morgen kl. 8, så finder vi en tid samme "
        "dag. Får du brystsmerter, åndenød eller besvimer du, så ring 112.",
    )),
    dict(who="adult", subject="Aflysning af tid", attach=None, msgs=(
        "Jeg kan desværre ikke komme til min tid på torsdag. Kan I aflyse den?",
        "Tiden er aflyst. Du kan bestille en ny tid på portalen, når det passer dig.",
    )),
    dict(who="adult", subject="Sår der ikke vil hele", attach="png", msgs=(
        "Jeg har et lille sår på skinnebenet, som ikke vil hele. Det har været der i {uger} uger. Billede "
        "vedhæftet.",
        "Tak for billedet, {fornavn}. Sygeplejersken vil gerne se såret og skifte forbinding. Bestil en tid "
        "hos sygeplejersken i denne uge.",
        "Jeg har bestilt en tid. Skal jeg have noget med?",
        "Nej, bare kom. Tag gerne en liste over din medicin med.",
    )),
    dict(who="adult", subject="Spørgsmål til medicindosis", attach=None, msgs=(
        "Må jeg tage {medicin} om aftenen i stedet for om morgenen? Jeg bliver træt af den.",
        "Ja, det er fint at tage den om aftenen. Tag den bare på samme tidspunkt hver dag.",
    )),
    dict(who="child", subject="Vaccination efter børnevaccinationsprogrammet", attach=None, msgs=(
        "Vi har fået brev om, at vores barn mangler en vaccination. Kan vi bestille den sammen med "
        "børneundersøgelsen?",
        "Ja, vi giver vaccinationen ved samme besøg. Bestil \"Børneundersøgelse og vaccination\" på portalen.",
    )),
    dict(who="adult", subject="Trykken for brystet", attach=None, msgs=(
        "Jeg har siden i morges haft en trykkende fornemmelse i brystet, som stråler ud i venstre arm, og "
        "jeg har svært ved at få vejret, når jeg går. Skal jeg komme ind i dag?",
        "Hej {fornavn}. Det skal undersøges med det samme. Ring 112 nu. Vi har også prøvet at ringe til dig.",
        "Jeg blev kørt på hospitalet og undersøgt. De fandt heldigvis ikke noget alvorligt, og jeg er hjemme "
        "igen.",
        "Godt at høre. Vi har fået brevet fra hospitalet og ringer til dig i næste uge for at følge op.",
    )),
    dict(who="child", subject="Feber og prikker på benene", attach=None, msgs=(
        "Vores datter har haft høj feber siden i nat og er meget sløv. Nu har hun fået små røde prikker på "
        "benene, som ikke forsvinder, når jeg trykker et glas mod dem.",
        "Ring 112 nu, eller kør direkte til akutmodtagelsen. Prikker, der ikke forsvinder ved tryk, skal ses "
        "af en læge med det samme.",
        "Tak. Hun er indlagt på børneafdelingen og har det bedre i dag.",
    )),
    dict(who="adult", subject="Forkølelse der ikke går over", attach=None, msgs=(
        "Jeg har været forkølet i {n} dage med hoste og ondt i halsen. Skal jeg have penicillin?",
        "Hej {fornavn}. Det lyder som en virusinfektion, som penicillin ikke hjælper på. Drik rigeligt, og "
        "skriv igen, hvis det bliver værre.",
        "Nu har jeg fået høj feber og åndenød, og det gør ondt i siden, når jeg trækker vejret. Hvad skal jeg "
        "gøre?",
        "Vi ringer til dig nu og finder en tid i dag. Bliver vejrtrækningen værre, så ring 112.",
    )),
    dict(who="adult", subject="Arvelighed", attach=None, msgs=(
        "Min far havde en blodprop i hjertet, da han var 55. Skal jeg have tjekket mit kolesterol og blodtryk?",
        "Ja, det er en god idé. Bestil en tid til \"Blodprøve\" og en kort samtale bagefter på portalen.",
    )),
)

ECONSULT_EXTRA_SUBJECTS = (
    "Spørgsmål", "Kontrol", "Medicin", "Svar på prøver", "Smerter", "Attest", "Henvisning", "Opfølgning",
)

# Short e-consultations for the bulk part of a large demo (subject, text); {n} a small number.
# Scanned like the rich ones (each distinct text once): the chest pain one is flagged.
SHORT_MESSAGES: tuple[tuple[str, str], ...] = (
    ("Svar på prøver", "Er svaret på mine blodprøver kommet?"),
    ("Ondt i halsen", "Jeg har haft ondt i halsen i {n} dage. Skal jeg komme ind?"),
    ("Hoste", "Hoster stadig efter forkølelsen. Hvad gør jeg?"),
    ("Attest", "Kan jeg få en friattest til min arbejdsgiver?"),
    ("Kontrol", "Hvornår skal jeg til næste kontrol?"),
    ("Medicin", "Må jeg tage min medicin om aftenen i stedet?"),
    ("Udslæt", "Rødt udslæt på ryggen i {n} dage, det klør."),
    ("Øjenbetændelse", "Mit barn har røde øjne med pus. Skal vi komme ind?"),
    ("Rygsmerter", "Ondt i lænden efter havearbejde. Gode råd?"),
    ("Vaccination", "Kan jeg blive vaccineret mod influenza hos jer?"),
    ("Blodtryk", "Mine blodtryksmålinger: {n}0/8{n}. Er det i orden?"),
    ("Henvisning", "Kan jeg få en henvisning til fysioterapeut?"),
    ("Aflysning", "Jeg kan ikke komme til min tid i morgen. Kan I aflyse?"),
    ("Bivirkninger", "Har fået kvalme af den nye medicin. Skal jeg stoppe?"),
    ("Feber", "Feber på 38,{n} siden i går. Hvornår skal jeg ringe?"),
    ("Tak", "Tak for hjælpen, jeg har det meget bedre nu."),
    ("Svimmelhed", "Jeg er svimmel, når jeg rejser mig. Er det farligt?"),
    ("Søvn", "Sover dårligt i {n} uger. Kan I hjælpe?"),
    ("Urinvejsinfektion", "Det svier, når jeg tisser. Kan jeg aflevere en urinprøve?"),
    ("Kolesterol", "Skal jeg være fastende til kolesterolprøven?"),
    ("Rejse", "Skal vi vaccineres før en rejse til Vietnam?"),
    ("Modermærke", "Et modermærke har ændret farve. Vil I se det?"),
    ("Ørepine", "Vores søn har ondt i øret og har sovet dårligt."),
    ("Allergi", "Høfeberen er slem i år. Kan jeg få noget stærkere?"),
    ("Sår", "Et sår på fingeren er rødt og hævet efter {n} dage."),
    ("Graviditet", "Positiv graviditetstest. Hvornår skal jeg komme?"),
    ("P-piller", "Glemte en p-pille i går. Hvad skal jeg gøre?"),
    ("Diabetes", "Mit langtidsblodsukker var højt. Hvad nu?"),
    ("Knæ", "Hævet knæ efter fodbold for {n} dage siden."),
    ("Adresse", "Jeg er flyttet. Skal jeg selv give jer besked?"),
    ("Brystsmerter", "Ondt i brystet og svært ved at få vejret siden i morges. Hvad gør jeg?"),
)
