"""Demo texts the clinic writes: internal notes, renewal, booking and sign-up reasons,
the stock phrases, and small word lists (months, towns, audit-log search terms)."""

from __future__ import annotations

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

TOWNS = ("Aarhus N", "Viby J", "Randers SV", "Hinnerup", "Skanderborg", "Hadsten", "Højbjerg", "Odder")

# Why a staff member marked an item urgent by hand, and why a flag was taken off again (demo.flags)
MANUAL_URGENT_REASONS = (
    "Patienten ringede og var meget bekymret",
    "Pårørende ringede: patienten har fået det værre",
    "Lægen vil se svaret i dag",
    "Medicinen slipper op i morgen",
    "Sygeplejersken vurderer, at det skal ses i dag",
)
CLEAR_URGENT_REASONS = (
    "Talt med patienten i telefonen, det er ikke akut længere",
    "Patienten er set på hospitalet",
)
