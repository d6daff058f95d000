"""Word lists and Danish texts for the demo clinic (``clinicdesk.demo``).

Everything here is invented: names are common Danish first and last names
combined at random, addresses are plausible but made up, e-mail addresses use
the reserved example.com/.net/.org domains so no demo mail can reach anyone.
"""

from __future__ import annotations

# -- names, weighted roughly by how common they are --------------------------------------

# (name, weight); many people carry one of the top ten.
LAST_NAMES: tuple[tuple[str, int], ...] = (
    ("Nielsen", 40), ("Jensen", 40), ("Hansen", 32), ("Pedersen", 24), ("Andersen", 24),
    ("Christensen", 18), ("Larsen", 18), ("Sørensen", 17), ("Rasmussen", 14), ("Jørgensen", 13),
    ("Petersen", 12), ("Madsen", 10), ("Kristensen", 10), ("Olsen", 9), ("Thomsen", 8),
    ("Christiansen", 7), ("Poulsen", 7), ("Johansen", 7), ("Møller", 7), ("Mortensen", 7),
    ("Knudsen", 5), ("Jakobsen", 5), ("Jacobsen", 4), ("Mikkelsen", 5), ("Olesen", 5),
    ("Frederiksen", 5), ("Laursen", 5), ("Henriksen", 4), ("Lund", 4), ("Schmidt", 3),
    ("Eriksen", 3), ("Holm", 3), ("Kristiansen", 3), ("Clausen", 3), ("Simonsen", 3),
    ("Svendsen", 3), ("Andreasen", 3), ("Iversen", 3), ("Østergaard", 3), ("Jeppesen", 2),
    ("Vestergaard", 3), ("Nissen", 2), ("Lauridsen", 2), ("Kjær", 2), ("Jespersen", 2),
    ("Mogensen", 2), ("Nørgaard", 2), ("Jepsen", 2), ("Frandsen", 2), ("Søndergaard", 2),
    ("Bertelsen", 2), ("Kjærgaard", 2), ("Dam", 2), ("Bach", 2), ("Bøgh", 1), ("Skov", 2),
    ("Bak", 1), ("Dahl", 1), ("Kjeldsen", 1), ("Højgaard", 1), ("Brøndum", 1), ("Thygesen", 1),
    ("Aagaard", 1), ("Bækgaard", 1), ("Sønderby", 1), ("Ravn", 1), ("Krogh", 1), ("Mølgaard", 1),
    ("Damgaard", 1), ("Hedegaard", 1), ("Juul", 1), ("Winther", 1), ("Lindberg", 1),
    ("Ahmed", 1), ("Hassan", 1), ("Ali", 1), ("Yilmaz", 1), ("Nguyen", 1), ("Kowalski", 1),
    ("Hussein", 1), ("Mohamed", 1), ("Novak", 1), ("Petrović", 1),
)

# Sometimes a middle surname ("Skov Nielsen").
MIDDLE_SURNAMES = ("Skov", "Lund", "Holm", "Dam", "Bach", "Kjær", "Krogh", "Juul", "Bøgh", "Brix", "Riis", "Høj")

# First names by birth period, women and men.
FIRST_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "old": (  # born before 1950
        ("Karen", "Inge", "Grethe", "Kirsten", "Ruth", "Else", "Birthe", "Aase", "Åse", "Edith", "Ellen",
         "Gerda", "Ingrid", "Lis", "Bodil", "Ebba", "Dagmar", "Erna", "Gudrun", "Jenny"),
        ("Jens", "Poul", "Hans", "Niels", "Jørgen", "Knud", "Svend", "Børge", "Erik", "Aage", "Åge", "Arne",
         "Kaj", "Holger", "Verner", "Henning", "Vagn", "Preben", "Egon", "Bent"),
    ),
    "boomer": (  # 1950-1969
        ("Hanne", "Susanne", "Lene", "Bente", "Jytte", "Ulla", "Birgit", "Annette", "Anne", "Lone", "Gitte",
         "Marianne", "Vibeke", "Kirsten", "Dorthe", "Pia", "Tove", "Helle", "Merete", "Lisbeth"),
        ("Peter", "Jørgen", "Søren", "Lars", "Ole", "Per", "Henrik", "Jens", "Torben", "Flemming", "Finn",
         "Kurt", "Jørn", "Steen", "Bjarne", "John", "Leif", "Allan", "Carsten", "Bo"),
    ),
    "genx": (  # 1970-1989
        ("Mette", "Camilla", "Louise", "Maria", "Tina", "Charlotte", "Rikke", "Heidi", "Trine", "Stine",
         "Sanne", "Line", "Maja", "Signe", "Lærke", "Katrine", "Christina", "Malene", "Pernille", "Anja"),
        ("Thomas", "Michael", "Martin", "Jesper", "Rasmus", "Morten", "Anders", "Christian", "Jacob",
         "Kasper", "Brian", "Søren", "Mads", "Jonas", "Kenneth", "Mikkel", "Nikolaj", "René", "Claus", "Jan"),
    ),
    "young": (  # 1990-2009
        ("Julie", "Sofie", "Emma", "Ida", "Cecilie", "Mathilde", "Amalie", "Laura", "Caroline", "Sara",
         "Freja", "Nanna", "Anna", "Josefine", "Frederikke", "Emilie", "Mille", "Astrid", "Sørine", "Karoline"),
        ("Mathias", "Frederik", "Emil", "Mads", "Jonas", "Magnus", "Oliver", "Christoffer", "Nicolai",
         "Tobias", "Alexander", "Sebastian", "Lucas", "William", "Mikkel", "Rasmus", "Simon", "Jeppe",
         "Søren", "Bjørn"),
    ),
    "kids": (  # 2010 and later
        ("Emma", "Ida", "Clara", "Alma", "Ella", "Freja", "Karla", "Agnes", "Olivia", "Frida", "Nora",
         "Asta", "Ellen", "Liva", "Lærke", "Sofia", "Josefine", "Vilma", "Aya", "Esther"),
        ("William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Alfred", "Elias", "Magnus",
         "Frederik", "Emil", "Aksel", "Valdemar", "Oliver", "Arthur", "August", "Anton", "Storm", "Bjørn"),
    ),
}

# Second first names now and then ("Anne Marie", "Jens Peter").
SECOND_FIRST = {
    "F": ("Marie", "Sofie", "Louise", "Kathrine", "Margrethe", "Elisabeth"),
    "M": ("Peter", "Christian", "Emil", "Kristian", "Erik", "Johan"),
}

# -- places ------------------------------------------------------------------------------

STREETS_AARHUS = (
    "Søndergade", "Frederiks Allé", "Jægergårdsgade", "Ny Munkegade", "Tordenskjoldsgade", "Randersvej",
    "Silkeborgvej", "Grenåvej", "Viborgvej", "Langelandsgade", "Ryesgade", "Bøgevej", "Egevej",
    "Kirkevej", "Møllevej", "Skovvangsvej", "Tyttebærvej", "Åbyhøjvej", "Fenrisvej", "Marselis Boulevard",
    "Trøjborgvej", "Læssøesgade", "Hasle Ringvej", "Ørneredevej",
)
POSTCODES_AARHUS = (
    ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
    ("8230", "Åbyhøj"), ("8240", "Risskov"), ("8260", "Viby J"), ("8270", "Højbjerg"),
)
STREETS_RANDERS = (
    "Vestergade", "Østervold", "Jernbanegade", "Tørvebryggen", "Mariagervej", "Viborgvej", "Vorupvej",
    "Hobrovej", "Århusvej", "Bøgevej", "Skovvej", "Engvej", "Ringvej", "Nørrebrogade", "Grenåvej",
    "Kristrup Engvej", "Søndergade", "Lindevej",
)
POSTCODES_RANDERS = (
    ("8900", "Randers C"), ("8920", "Randers NV"), ("8930", "Randers NØ"), ("8940", "Randers SV"),
    ("8960", "Randers SØ"),
)
FLOORS = ("", "", "", "", ", st. tv.", ", 1. th.", ", 2. tv.", ", 3. mf.", ", 1. sal")

MAIL_DOMAINS = ("mail.example.com", "post.example.net", "example.org", "privat.example.com")
MOBILE_PREFIXES = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
    "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)

PHARMACIES = (
    ("Søndergade Apotek", "Søndergade 41, 8000 Aarhus C"),
    ("Frederiksbjerg Apotek", "Jægergårdsgade 60, 8000 Aarhus C"),
    ("Trøjborg Apotek", "Trøjborgvej 12, 8200 Aarhus N"),
    ("Viby Apotek", "Viby Centret 8, 8260 Viby J"),
    ("Risskov Apotek", "Vestre Strandallé 3, 8240 Risskov"),
    ("Randers Vestergade Apotek", "Vestergade 18, 8900 Randers C"),
    ("Randers Nørrebro Apotek", "Nørrebrogade 40, 8900 Randers C"),
    ("Apoteket i Kristrup", "Kristrup Engvej 2, 8960 Randers SØ"),
)

# -- medicines (name, strength, dosage, ATC, addictive) ----------------------------------

DRUGS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("Metformin", "500 mg", "1 tablet 2 gange dagligt", "A10BA02", False),
    ("Amlodipin", "5 mg", "1 tablet dagligt", "C08CA01", False),
    ("Losartan", "50 mg", "1 tablet dagligt", "C09CA01", False),
    ("Simvastatin", "40 mg", "1 tablet til natten", "C10AA01", False),
    ("Atorvastatin", "20 mg", "1 tablet dagligt", "C10AA05", False),
    ("Levothyroxin (Eltroxin)", "50 mikrogram", "1 tablet fastende om morgenen", "H03AA01", False),
    ("Omeprazol", "20 mg", "1 kapsel dagligt", "A02BC01", False),
    ("Pantoprazol", "40 mg", "1 tablet dagligt før morgenmad", "A02BC02", False),
    ("Sertralin", "50 mg", "1 tablet dagligt", "N06AB06", False),
    ("Escitalopram", "10 mg", "1 tablet dagligt", "N06AB10", False),
    ("Salbutamol (Ventoline Diskus)", "0,2 mg/dosis", "1-2 inhalationer ved behov", "R03AC02", False),
    ("Budesonid/formoterol (Symbicort)", "160/4,5 mikrogram", "1 inhalation 2 gange dagligt", "R03AK07", False),
    ("Paracetamol", "500 mg", "2 tabletter op til 4 gange dagligt", "N02BE01", False),
    ("Ibuprofen", "400 mg", "1 tablet op til 3 gange dagligt", "M01AE01", False),
    ("Furosemid", "40 mg", "1 tablet om morgenen", "C03CA01", False),
    ("Ramipril", "5 mg", "1 kapsel dagligt", "C09AA05", False),
    ("Bisoprolol", "5 mg", "1 tablet dagligt", "C07AB07", False),
    ("Apixaban (Eliquis)", "5 mg", "1 tablet 2 gange dagligt", "B01AF02", False),
    ("Acetylsalicylsyre (Hjertemagnyl)", "75 mg", "1 tablet dagligt", "B01AC06", False),
    ("Cetirizin", "10 mg", "1 tablet dagligt i pollensæsonen", "R06AE07", False),
    ("Mometason næsespray", "50 mikrogram/dosis", "2 pust i hvert næsebor dagligt", "R01AD09", False),
    ("Desogestrel (Cerazette)", "75 mikrogram", "1 tablet dagligt", "G03AC09", False),
    ("Alendronat", "70 mg", "1 tablet en gang om ugen", "M05BA04", False),
    ("Insulin glargin (Lantus)", "100 E/ml", "20 E subkutant til natten", "A10AE04", False),
    ("Methotrexat", "2,5 mg", "6 tabletter en gang om ugen", "L04AX03", False),
    ("Zopiclon", "7,5 mg", "1 tablet til natten ved behov", "N05CF01", True),
    ("Oxazepam", "15 mg", "1 tablet op til 2 gange dagligt", "N05BA04", True),
    ("Tramadol", "50 mg", "1-2 kapsler op til 3 gange dagligt", "N02AX02", True),
    ("Metylphenidat depot", "18 mg", "1 tablet om morgenen", "N06BA04", True),
    ("Diazepam", "5 mg", "1 tablet ved behov", "N05BA01", True),
    ("Zolpidem", "10 mg", "1 tablet til natten", "N05CF02", True),
    ("Oxycodon", "5 mg", "1 tablet op til 4 gange dagligt", "N02AA05", True),
    ("Lisdexamfetamin (Elvanse)", "30 mg", "1 kapsel om morgenen", "N06BA12", True),
)

# -- inbox texts ---------------------------------------------------------------------------
#
# An e-consultation scenario: who writes (adult / child via parent / woman), subject, the
# patient's message, then alternating clinic answer / patient reply (may be fewer), an
# attachment kind ("png", "pdf" or None) and whether it is usually urgent.
# {n} small number, {uger} weeks, {medicin} a drug, {by} a town, {maaned} a month.

ECONSULT_SCENARIOS: tuple[dict, ...] = (
    dict(who="adult", subject="Udslæt på armen", attach="png", urgent=False, msgs=(
        "Hej. Jeg har i {n} dage haft et rødt, kløende udslæt på venstre underarm, og det breder sig lidt. "
        "Jeg har vedhæftet et billede. Skal jeg komme ind, eller kan jeg smøre med noget?",
        "Hej {fornavn}. Tak for billedet. Det ligner et kontakteksem. Prøv hydrocortisoncreme 1 % (håndkøb) "
        "morgen og aften i højst en uge. Er det ikke bedre om en uge, så bestil en tid.",
        "Tak for svaret. Skal jeg undgå noget bestemt imens?",
        "Undgå parfumeret sæbe og creme på området, og brug gerne bomuld tæt på huden.",
    )),
    dict(who="adult", subject="Svar på blodprøver", attach=None, urgent=False, msgs=(
        "Hej. Jeg fik taget blodprøver i sidste uge. Er svarene kommet, og er de i orden?",
        "Hej {fornavn}. Dine blodprøver er normale, også blodprocent, nyretal og langtidsblodsukker. "
        "Der er ikke behov for yderligere.",
    )),
    dict(who="adult", subject="Hoste i flere uger", attach=None, urgent=False, msgs=(
        "Jeg har hostet i ca. {uger} uger efter en forkølelse. Ingen feber, men hosten holder mig vågen om "
        "natten. Er det noget, I skal se på?",
        "Hej {fornavn}. Hoste kan vare 3-8 uger efter en virusinfektion. Da den forstyrrer din søvn, vil vi "
        "gerne lytte på lungerne. Bestil en tid på portalen eller ring i telefontiden kl. 8-9.",
        "Tak, jeg har bestilt en tid på torsdag.",
    )),
    dict(who="adult", subject="Bivirkninger af ny medicin", attach=None, urgent=False, msgs=(
        "Jeg startede på {medicin} for {n} dage siden og har fået hovedpine og lidt kvalme. Skal jeg "
        "fortsætte med at tage den?",
        "Hej {fornavn}. Hovedpine og kvalme er almindelige de første uger og går som regel over. Fortsæt, "
        "og skriv igen, hvis det ikke er bedre om 14 dage.",
        "Det er blevet lidt bedre nu. Tak.",
    )),
    dict(who="child", subject="Barn med feber", attach=None, urgent=True, msgs=(
        "Vores barn har haft feber omkring 39 grader siden i går. Drikker fint og leger lidt, når "
        "febernedsættende virker. Hvornår skal vi komme ind?",
        "Det lyder som en almindelig virusinfektion. Giv rigeligt at drikke. Ring til os (eller 1813 uden for "
        "åbningstid), hvis barnet bliver slapt, ikke vil drikke, får besværet vejrtrækning, eller feberen "
        "varer mere end 3 døgn.",
    )),
    dict(who="adult", subject="Blodtryksmålinger hjemme", attach="pdf", urgent=False, msgs=(
        "Hej. Som aftalt har jeg målt mit blodtryk hjemme morgen og aften i en uge. Målingerne står i den "
        "vedhæftede fil.",
        "Tak for målingerne, {fornavn}. Gennemsnittet er 138/86, hvilket er lidt højt. Vi vil gerne se dig "
        "til en blodtrykskontrol om ca. 4 uger.",
    )),
    dict(who="adult", subject="Friattest til arbejdsgiver", attach=None, urgent=False, msgs=(
        "Min arbejdsgiver beder om en friattest, fordi jeg har været syg i {n} dage. Kan I lave den, og hvad "
        "koster den?",
        "Ja. En friattest kræver en kort samtale og betales af arbejdsgiveren. Bestil en telefontid på "
        "portalen, så klarer vi det.",
    )),
    dict(who="adult", subject="Vaccination før rejse", attach=None, urgent=False, msgs=(
        "Vi skal til Thailand i {maaned}. Hvilke vaccinationer har vi brug for, og kan vi få dem hos jer?",
        "Til Thailand anbefales hepatitis A og evt. en opfriskning af difteri/stivkrampe. Bestil en "
        "vaccinationstid mindst 2 uger før afrejse. Vaccinerne betaler man selv.",
        "Skal vi have vaccinationskortene med?",
        "Ja, tag gerne vaccinationskort eller en udskrift fra sundhed.dk med.",
    )),
    dict(who="adult", subject="Ondt i lænden", attach=None, urgent=False, msgs=(
        "Jeg har haft ondt i lænden i {n} dage efter at have løftet noget tungt. Smerterne stråler ikke ned i "
        "benet. Hvad kan jeg gøre?",
        "Hold dig i gang, og tag evt. paracetamol 1 g op til 4 gange dagligt. De fleste bliver bedre i løbet af "
        "2-4 uger. Kontakt os, hvis du får føleforstyrrelser, nedsat kraft eller problemer med vandladningen.",
    )),
    dict(who="woman", subject="Mulig blærebetændelse", attach=None, urgent=True, msgs=(
        "Det svier, når jeg tisser, og jeg skal tisse hele tiden. Det startede i går. Kan jeg aflevere en "
        "urinprøve?",
        "Ja, aflever en urinprøve i dag mellem kl. 8 og 11 (morgenurin i et glas fra skranken). Vi ringer til "
        "dig med svaret.",
    )),
    dict(who="adult", subject="Henvisning til fysioterapeut", attach=None, urgent=False, msgs=(
        "Kan jeg få en henvisning til fysioterapi for mine knæsmerter? Jeg har tidligere været hos jer med det.",
        "Hej {fornavn}. Lægen har set dit forløb igennem og sendt en henvisning. Den ligger hos "
        "fysioterapeuten, som du selv kontakter for en tid.",
    )),
    dict(who="woman", subject="Glemt p-pille", attach=None, urgent=False, msgs=(
        "Jeg glemte min p-pille i går aftes (Cerazette). Hvad skal jeg gøre?",
        "Tag den glemte pille nu, og fortsæt som normalt. Brug kondom de næste 7 dage. Har du haft samleje "
        "de seneste 5 dage, kan du købe en fortrydelsespille på apoteket.",
    )),
    dict(who="adult", subject="Modermærke på ryggen", attach="png", urgent=False, msgs=(
        "Jeg har et modermærke på ryggen, som min kæreste synes er blevet større. Kan I se på billedet?",
        "Det er svært at vurdere sikkert på et billede, så vi vil gerne se det. Bestil en tid til "
        "\"Undersøgelse af modermærke\" på portalen.",
    )),
    dict(who="adult", subject="Søvnproblemer", attach=None, urgent=False, msgs=(
        "Jeg sover dårligt og vågner kl. 3-4 hver nat. Kan jeg få noget sovemedicin?",
        "Sovemedicin er afhængighedsskabende og udskrives ikke via e-konsultation. Bestil en samtaletid, så "
        "ser vi på årsagerne sammen. Indtil da: faste sengetider, ingen skærm den sidste time og ingen kaffe "
        "efter kl. 15.",
    )),
    dict(who="adult", subject="Svar på røntgen af skulder", attach=None, urgent=False, msgs=(
        "Er der kommet svar på røntgenbilledet af min højre skulder? Det blev taget for {n} dage siden.",
        "Svaret er kommet: ingen tegn på brud eller slidgigt. Fortsæt øvelserne fra fysioterapeuten.",
    )),
    dict(who="adult", subject="Astma værre i pollensæsonen", attach=None, urgent=False, msgs=(
        "Min astma er blevet værre med pollen, og jeg bruger Ventoline flere gange dagligt. Skal jeg have "
        "noget andet?",
        "Når du bruger Ventoline dagligt, skal den forebyggende behandling justeres. Bestil en tid hos "
        "sygeplejersken til astmakontrol inden for en uge.",
    )),
    dict(who="woman", subject="Positiv graviditetstest", attach=None, urgent=False, msgs=(
        "Jeg har taget en positiv graviditetstest. Hvornår skal jeg komme til den første undersøgelse?",
        "Tillykke! Den første graviditetsundersøgelse er omkring uge 6-10. Bestil en tid til "
        "\"Graviditetsundersøgelse\" på portalen.",
    )),
    dict(who="adult", subject="Næste diabeteskontrol", attach=None, urgent=False, msgs=(
        "Hvornår skal jeg til næste diabeteskontrol? Jeg kan ikke huske, om jeg allerede har en tid.",
        "Du har ikke en tid endnu. Kontrollen er om ca. {uger} uger; husk blodprøve en uge før. Bestil begge "
        "dele på portalen.",
    )),
    dict(who="child", subject="Ørepine", attach=None, urgent=False, msgs=(
        "Vores barn har ondt i venstre øre og har sovet dårligt i nat. Ingen feber. Skal vi komme ind?",
        "De fleste mellemørebetændelser går over af sig selv på 2-3 dage. Giv smertestillende efter vægt. "
        "Ring, hvis der kommer feber over 39, flåd fra øret, eller det ikke er bedre om 2 dage.",
        "Tak, han har det bedre i dag.",
    )),
    dict(who="adult", subject="Ny adresse", attach=None, urgent=False, msgs=(
        "Jeg er flyttet til {by}. Skal jeg selv melde det til jer?",
        "Adresseændringer kommer automatisk fra folkeregistret, så du skal ikke gøre noget. Vil du skifte "
        "læge på grund af flytningen, gør du det på borger.dk.",
    )),
    dict(who="adult", subject="Influenzavaccination", attach=None, urgent=False, msgs=(
        "Kan jeg blive vaccineret mod influenza hos jer i år? Jeg er over 65.",
        "Ja, vaccinationen er gratis for dig. Bestil en tid til \"Vaccination\" på portalen; vi vaccinerer "
        "tirsdag og torsdag formiddag.",
    )),
    dict(who="adult", subject="Tak for hjælpen", attach=None, urgent=False, msgs=(
        "Tak for en god behandling i sidste uge. Jeg har det meget bedre nu.",
    )),
    dict(who="adult", subject="Forhøjet kolesterol", attach=None, urgent=False, msgs=(
        "Min kolesterol var forhøjet sidst. Skal jeg have taget en ny blodprøve, og skal jeg være fastende?",
        "Ja, få taget en ny kolesterolprøve om ca. 3 måneder. Du behøver ikke være fastende. Bestil "
        "\"Blodprøve\" på portalen.",
    )),
    dict(who="adult", subject="Hjertebanken", attach=None, urgent=True, msgs=(
        "Jeg har haft hjertebanken nogle gange den sidste uge, især om aftenen. Ingen smerter i brystet.",
        "Vi vil gerne se dig og tage et hjertediagram (EKG). Ring i morgen kl. 8, så finder vi en tid samme "
        "dag. Får du brystsmerter, åndenød eller besvimer du, så ring 112.",
    )),
    dict(who="adult", subject="Aflysning af tid", attach=None, urgent=False, msgs=(
        "Jeg kan desværre ikke komme til min tid på torsdag. Kan I aflyse den?",
        "Tiden er aflyst. Du kan bestille en ny tid på portalen, når det passer dig.",
    )),
    dict(who="adult", subject="Sår der ikke vil hele", attach="png", urgent=False, msgs=(
        "Jeg har et lille sår på skinnebenet, som ikke vil hele. Det har været der i {uger} uger. Billede "
        "vedhæftet.",
        "Tak for billedet, {fornavn}. Sygeplejersken vil gerne se såret og skifte forbinding. Bestil en tid "
        "hos sygeplejersken i denne uge.",
        "Jeg har bestilt en tid. Skal jeg have noget med?",
        "Nej, bare kom. Tag gerne en liste over din medicin med.",
    )),
    dict(who="adult", subject="Spørgsmål til medicindosis", attach=None, urgent=False, msgs=(
        "Må jeg tage {medicin} om aftenen i stedet for om morgenen? Jeg bliver træt af den.",
        "Ja, det er fint at tage den om aftenen. Tag den bare på samme tidspunkt hver dag.",
    )),
    dict(who="child", subject="Vaccination efter børnevaccinationsprogrammet", attach=None, urgent=False, msgs=(
        "Vi har fået brev om, at vores barn mangler en vaccination. Kan vi bestille den sammen med "
        "børneundersøgelsen?",
        "Ja, vi giver vaccinationen ved samme besøg. Bestil \"Børneundersøgelse og vaccination\" på portalen.",
    )),
)

ECONSULT_EXTRA_SUBJECTS = (
    "Spørgsmål", "Kontrol", "Medicin", "Svar på prøver", "Smerter", "Attest", "Henvisning", "Opfølgning",
)

INTERNAL_NOTES = (
    "Lægen bedes se billedet, inden vi svarer.",
    "Har talt med patienten i telefon; tid aftalt fredag.",
    "Afventer svar på blodprøver fra laboratoriet.",
    "Sendt videre til lægen til vurdering.",
    "Patienten har ringet og rykket for svar.",
    "Obs. tidligere allergi over for penicillin.",
    "Journal opdateret, svar sendt.",
)

RENEWAL_COMMENTS = (
    "", "", "", "Jeg er ved at løbe tør.", "Vil gerne have 3 pakninger, hvis det er muligt.",
    "Jeg skal på ferie i 3 uger.", "Henter på apoteket på lørdag.", "Den store pakning, tak.",
)
REASON_ADDICTIVE = (
    "Afhængighedsskabende medicin kan ikke fornyes via portalen. Bestil venligst en tid til samtale."
)
REASON_REPEATS = "Du har stadig {n} udleveringer tilbage på apoteket, så der er ikke brug for en ny recept endnu."
REASON_CONTROL = "Du skal til kontrol, før recepten kan fornyes. Bestil en tid hos lægen."

BOOKING_COMMENTS = (
    "", "", "", "Ondt i knæet", "Kontrol af blodtryk", "Vil gerne tale om min søvn", "Kørekortsattest",
    "Hudforandring på ryggen", "Opfølgning efter sidste besøg", "Blodprøve før diabeteskontrol",
)
BOOKING_DECLINE_REASONS = (
    "Det du beskriver kræver en dobbelttid. Ring venligst til klinikken, så finder vi en tid.",
    "Tiden er desværre optaget. Vælg venligst en anden tid på portalen.",
)
BOOKING_OFFER_REASON = "Lægen er optaget på det tidspunkt; vi har tilbudt dig en anden tid."

SIGNUP_REJECT_REASONS = (
    "Du er ikke tilmeldt vores klinik. Kontakt den læge, du er tilmeldt, eller skift læge på borger.dk.",
    "Vi kunne ikke bekræfte oplysningerne. Ring venligst til klinikken.",
)

STOCK_PHRASES: tuple[tuple[str, str, str], ...] = (
    ("tak", "Tak for din besked",
     "Tak for din besked. Vi vender tilbage inden for 3 hverdage."),
    ("bpnorm", "Blodprøver normale",
     "Dine blodprøver er normale. Der er ikke behov for yderligere."),
    ("tid", "Bestil tid",
     "Vi vil gerne se dig i klinikken. Bestil venligst en tid på portalen eller ring i telefontiden kl. 8-9."),
    ("afh", "Afhængighedsskabende medicin",
     "Afhængighedsskabende medicin (fx sovemedicin, nerve- og smertestillende medicin og ADHD-medicin) kan "
     "ikke fornyes via portalen. Bestil venligst en tid til samtale."),
    ("rep", "Udleveringer tilbage",
     "Du har stadig udleveringer tilbage på apoteket, så der er ikke brug for en ny recept endnu."),
    ("akut", "Akut – ring",
     "Er det akut, så ring til klinikken i åbningstiden. Uden for åbningstid: ring 1813 (Region "
     "Hovedstaden) eller lægevagten 70 11 31 31 (Region Midtjylland). Ved livsfare: ring 112."),
    ("foto", "Send gerne et billede",
     "Send gerne et skarpt billede i dagslys, gerne med en lineal eller mønt ved siden af."),
    ("attest", "Attester",
     "Attester kræver en konsultation og betales efter lægeforeningens takster. Bestil en tid på portalen."),
    ("vacc", "Vaccination",
     "Du kan bestille en vaccinationstid på portalen. Tag gerne dit vaccinationskort med."),
    ("urin", "Urinprøve",
     "Aflever en urinprøve (morgenurin) mellem kl. 8 og 11. Glas kan hentes i skranken."),
    ("ferie", "Ferielukning",
     "Klinikken holder ferie i perioden. I ferien passes vi af vores vikarierende klinik (se portalen)."),
    ("kontrol", "Kontrol påkrævet",
     "Før recepten kan fornyes, skal du til kontrol. Bestil en tid hos lægen."),
    ("mvh", "Hilsen",
     "Med venlig hilsen\nLægerne"),
)

AUDIT_SEARCH_TERMS = ("Nielsen", "Jensen", "Sørensen", "Møller", "Hansen")

MONTHS_DA = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
    "november", "december",
)
TOWNS = ("Aarhus N", "Viby J", "Randers SV", "Hinnerup", "Skanderborg", "Hadsten", "Højbjerg", "Odder")

# Short e-consultations for the bulk part of a large demo (subject, text); {n} a small number.
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
)
