"""Demo pharmacies and medicines. Whether a medicine is addictive is not written here:
the renewal rules (services/renewal_rules.is_addictive) decide it from the ATC code."""

from __future__ import annotations

from clinicdesk.services.renewal_rules import is_addictive

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

# -- medicines (name, strength, dosage, ATC); DRUGS adds the addictive flag ---------------

_DRUGS: tuple[tuple[str, str, str, str], ...] = (
    ("Metformin", "500 mg", "1 tablet 2 gange dagligt", "A10BA02"),
    ("Amlodipin", "5 mg", "1 tablet dagligt", "C08CA01"),
    ("Losartan", "50 mg", "1 tablet dagligt", "C09CA01"),
    ("Simvastatin", "40 mg", "1 tablet til natten", "C10AA01"),
    ("Atorvastatin", "20 mg", "1 tablet dagligt", "C10AA05"),
    ("Levothyroxin (Eltroxin)", "50 mikrogram", "1 tablet fastende om morgenen", "H03AA01"),
    ("Omeprazol", "20 mg", "1 kapsel dagligt", "A02BC01"),
    ("Pantoprazol", "40 mg", "1 tablet dagligt før morgenmad", "A02BC02"),
    ("Sertralin", "50 mg", "1 tablet dagligt", "N06AB06"),
    ("Escitalopram", "10 mg", "1 tablet dagligt", "N06AB10"),
    ("Salbutamol (Ventoline Diskus)", "0,2 mg/dosis", "1-2 inhalationer ved behov", "R03AC02"),
    ("Budesonid/formoterol (Symbicort)", "160/4,5 mikrogram", "1 inhalation 2 gange dagligt", "R03AK07"),
    ("Paracetamol", "500 mg", "2 tabletter op til 4 gange dagligt", "N02BE01"),
    ("Ibuprofen", "400 mg", "1 tablet op til 3 gange dagligt", "M01AE01"),
    ("Furosemid", "40 mg", "1 tablet om morgenen", "C03CA01"),
    ("Ramipril", "5 mg", "1 kapsel dagligt", "C09AA05"),
    ("Bisoprolol", "5 mg", "1 tablet dagligt", "C07AB07"),
    ("Apixaban (Eliquis)", "5 mg", "1 tablet 2 gange dagligt", "B01AF02"),
    ("Acetylsalicylsyre (Hjertemagnyl)", "75 mg", "1 tablet dagligt", "B01AC06"),
    ("Cetirizin", "10 mg", "1 tablet dagligt i pollensæsonen", "R06AE07"),
    ("Mometason næsespray", "50 mikrogram/dosis", "2 pust i hvert næsebor dagligt", "R01AD09"),
    ("Desogestrel (Cerazette)", "75 mikrogram", "1 tablet dagligt", "G03AC09"),
    ("Alendronat", "70 mg", "1 tablet en gang om ugen", "M05BA04"),
    ("Insulin glargin (Lantus)", "100 E/ml", "20 E subkutant til natten", "A10AE04"),
    ("Methotrexat", "2,5 mg", "6 tabletter en gang om ugen", "L04AX03"),
    ("Zopiclon", "7,5 mg", "1 tablet til natten ved behov", "N05CF01"),
    ("Oxazepam", "15 mg", "1 tablet op til 2 gange dagligt", "N05BA04"),
    ("Tramadol", "50 mg", "1-2 kapsler op til 3 gange dagligt", "N02AX02"),
    ("Metylphenidat depot", "18 mg", "1 tablet om morgenen", "N06BA04"),
    ("Diazepam", "5 mg", "1 tablet ved behov", "N05BA01"),
    ("Zolpidem", "10 mg", "1 tablet til natten", "N05CF02"),
    ("Oxycodon", "5 mg", "1 tablet op til 4 gange dagligt", "N02AA05"),
    ("Lisdexamfetamin (Elvanse)", "30 mg", "1 kapsel om morgenen", "N06BA12"),
)

# (name, strength, dosage, ATC, addictive)
DRUGS: tuple[tuple[str, str, str, str, bool], ...] = tuple(
    (name, strength, dosage, atc, is_addictive(atc)) for name, strength, dosage, atc in _DRUGS
)
