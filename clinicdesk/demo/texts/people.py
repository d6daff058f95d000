"""Demo people: first and last names (weighted by how common they are), streets and
postcodes around the two clinics, mail domains and mobile prefixes.

Everything is invented: names are common Danish names combined at random, addresses are
plausible but made up, and mail addresses use the reserved example.com/.net/.org domains
so no demo mail can reach anyone."""

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
