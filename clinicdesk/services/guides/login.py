"""The login guide: how a patient finds this clinic's portal (link in full and as a QR code),
creates a user (self or a child under 15) as the clinic's sign-up mode allows, logs in with
MitID or a security code, registers at a second clinic, resets a password, confirms e-mail
and mobile, and what to do without MitID."""

from __future__ import annotations

from reportlab.lib import colors

from clinicdesk.domain.enums import SignupMode
from clinicdesk.services.guides.text import e, ui
from clinicdesk.services.guides.theme import BRAND, BRAND_LIGHT
from clinicdesk.services.guides.writer import Writer


def login_story(w: Writer) -> None:
    d, t = w.d, w.t
    clinic = e(d.name)
    w.title(
        t("Sådan kommer du på Patientportalen", "Getting onto the patient portal"),
        t(f"Opret dig som bruger og log ind hos {clinic}", f"Create your user and log in at {clinic}")
        if d.signup_mode != SignupMode.OFF else t(f"Log ind hos {clinic}", f"Log in at {clinic}"),
    )
    w.p(t(
        "På Patientportalen kan du kontakte klinikken, når det passer dig – også uden for åbningstiden. "
        "Denne vejledning viser trin for trin, hvordan du finder portalen, opretter dig og logger ind. "
        "Tallene i tegningerne passer til tallene i teksten.",
        "On the patient portal you can contact the clinic whenever it suits you, also outside opening hours. "
        "This guide shows step by step how to find the portal, create your user and log in. "
        "The numbers in the drawings match the numbers in the text. The portal's screens are in Danish; "
        "we quote the Danish words in bold with an English translation.",
    ))
    w.link_box()

    # 1. finding the portal
    site = d.website
    w.section(
        t("Find Patientportalen", "Find the portal"),
        [],
        [
            t(f"Åbn klinikkens hjemmeside: <b>{e(site)}</b>.", f"Open the clinic's website: <b>{e(site)}</b>.")
            if d.website else t("Åbn klinikkens hjemmeside.", "Open the clinic's website."),
            t("Klik på linket til Patientportalen. Det kan hedde " + ui("Selvbetjening") + ", eller der kan være et link "
              "til hver funktion, fx " + ui("Tidsbestilling") + ".",
              "Click the link to the portal. It may be called " + ui("Selvbetjening") + " (self-service), or there may "
              "be one link per function, e.g. " + ui("Tidsbestilling") + " (booking)."),
            t(f"Se efter, at der står <b>{clinic}</b> øverst til venstre. Så er du hos den rigtige klinik.",
              f"Check that <b>{clinic}</b> is shown in the top left corner. Then you are at the right clinic."),
        ],
        w.screen([
            ("title", d.name),
            ("text", "Velkommen til klinikken. Her finder du åbningstider, telefontider og vores selvbetjening."),
            ("link", "Selvbetjening – Patientportalen", 2),
            ("link", "Åbningstider og kontakt", None),
            ("gap", 4),
            ("text", "Du kommer til Patientportalen:"),
            ("portalbar", d.name, 3),
        ], address=d.website or d.portal_link, header=d.name, header_callout=1, show_help=False,
            header_color=colors.HexColor("#3D6B4F")),
        extra_left=[w.note(t("Tip:", "Tip:"), t(
            "Du kan også skrive adressen fra side 1 direkte i browseren eller scanne QR-koden.",
            "You can also type the address from page 1 straight into your browser or scan the QR code."))],
    )

    # 2. the front page
    front = [
        ("button", "Log ind med MitID", 2),
        ("button", "Log ind med sikkerhedskode", 3, False),
        ("link", "Glemt adgangskode?", 4),
    ]
    if d.signup_mode != SignupMode.OFF:
        front += [("gap", 2), ("button", "Opret bruger", 5, False), ("button", "Opret bruger under 15 år", 5, False)]
    front_steps = [
        t(f"Øverst til venstre står klinikkens navn: <b>{clinic}</b>. Øverst til højre finder du "
          + ui("Hjælp") + " med vejledninger.",
          f"The clinic's name is in the top left corner: <b>{clinic}</b>. In the top right corner, "
          + ui("Hjælp") + " (help) opens guides."),
        t(ui("Log ind med MitID") + " – for dig, der er fyldt 15 år.",
          ui("Log ind med MitID") + " (log in with MitID) – for anyone aged 15 or over."),
        t(ui("Log ind med sikkerhedskode") + " – med CPR-nummer, adgangskode og en kode, du får på e-mail.",
          ui("Log ind med sikkerhedskode") + " (log in with a security code) – CPR number, password and a code sent "
          "to your e-mail."),
        t(ui("Glemt adgangskode?") + " – vælg en ny adgangskode.",
          ui("Glemt adgangskode?") + " (forgot your password?) – choose a new password."),
    ]
    if d.signup_mode != SignupMode.OFF:
        front_steps.append(t(
            ui("Opret bruger") + " – første gang. " + ui("Opret bruger under 15 år") + " – for dit barn.",
            ui("Opret bruger") + " (create user) – the first time. " + ui("Opret bruger under 15 år") + " – for your child.",
        ))
    w.section(
        t("Forsiden af Patientportalen", "The portal's front page"),
        [],
        front_steps,
        w.screen([("title", "Velkommen til Patientportalen")] + front, header_callout=1),
    )

    # 3. creating a user
    ch = t("Du har ét login, som hører til dit CPR-nummer. Det gælder hos alle klinikker, der bruger Patientportalen, "
           "så du skal kun oprette dig én gang.",
           "You have one login that belongs to your CPR number. It works at every clinic that uses the portal, so you "
           "only create it once.")
    if d.signup_mode == SignupMode.OFF:
        w.section(
            t("Bliv oprettet som bruger", "Getting a user"),
            [ch, t(f"Hos {clinic} kan du ikke oprette dig selv på portalen. Kontakt klinikken – {w.contact_text()} – så "
                   "opretter vi dig. Du får en e-mail med et link, som du bruger til at aktivere din bruger. Første "
                   "gang du logger ind, bekræfter du, hvem du er, med MitID.",
                   f"At {clinic} you cannot create a user yourself. Contact the clinic – {w.contact_text()} – and we "
                   "will create one for you. You will get an e-mail with a link that activates your user. The first "
                   "time you log in, you confirm who you are with MitID.")],
            [],
        )
    else:
        if d.signup_mode == SignupMode.WITH_APPROVAL:
            after_text = t(
                f"{clinic} godkender nye brugere. Din oprettelse sendes til klinikken, og du får en e-mail, når vi har "
                "behandlet den. Er den godkendt, er der et link til Patientportalen i e-mailen.",
                f"{clinic} approves new users. Your request goes to the clinic, and you get an e-mail when we have dealt "
                "with it. If it is approved, the e-mail holds a link to the portal.")
        else:
            after_text = t("Din bruger er klar med det samme, og du kan logge ind.",
                           "Your user is ready at once, and you can log in.")
        w.section(
            t("Opret dig som bruger", "Create your user"),
            [ch],
            [
                t("Vælg " + ui("Opret bruger") + " på forsiden. Vil du oprette dit barn under 15 år, vælger du "
                  + ui("Opret bruger under 15 år") + ".",
                  "Choose " + ui("Opret bruger") + " (create user) on the front page. For your child under 15, choose "
                  + ui("Opret bruger under 15 år") + "."),
                t("Udfyld felterne. Alle felter skal udfyldes undtagen " + ui("Mobil") + ". Skriv kun tal i "
                  + ui("CPR-nummer") + " – bindestregen kommer af sig selv.",
                  "Fill in the fields. All fields except " + ui("Mobil") + " (mobile) are required. Type only digits in "
                  + ui("CPR-nummer") + " – the hyphen is added for you."),
                t("Vælg en adgangskode på mindst 8 tegn med både små og store bogstaver og mindst ét tal.",
                  "Choose a password of at least 8 characters with both small and capital letters and at least one digit."),
                t("Læs vilkårene, og sæt flueben for at acceptere dem.", "Read the terms and tick the box to accept them."),
                t("Vælg " + ui("Opret bruger") + ". Du sendes videre til MitID, hvor du bekræfter, hvem du er.",
                  "Choose " + ui("Opret bruger") + ". You are taken to MitID to confirm who you are."),
            ],
            w.screen([
                ("title", "Opret bruger", 1),
                ("field", "Fornavn og efternavn", "Anna Jensen", 2),
                ("field", "CPR-nummer", "010190-1234", 2),
                ("field", "E-mail", "anna@eksempel.dk", None),
                ("field", "Mobil (frivilligt)", "", None),
                ("field", "Adgangskode", "••••••••", 3),
                ("check", "Jeg har læst vilkårene", True, 4),
                ("button", "Opret bruger", 5),
            ]),
            after=[w.note(t("Hvad sker der så?", "What happens next?"), after_text, bg=BRAND_LIGHT, line=BRAND),
                   w.note(t("Barn under 15 år:", "Child under 15:"), t(
                       "En forælder opretter barnets bruger. Barnet logger altid ind med sikkerhedskode – aldrig med MitID.",
                       "A parent creates the child's user. The child always logs in with a security code – never with MitID."))],
        )

    # 4. MitID
    w.section(
        t("Log ind med MitID", "Log in with MitID"),
        [t("MitID er den sikreste måde at logge ind på. Det kan bruges af alle, der er fyldt 15 år.",
           "MitID is the safest way to log in. Anyone aged 15 or over can use it.")],
        [
            t("Vælg " + ui("Log ind med MitID") + " på forsiden. Du sendes videre til Sundhedsdatastyrelsens log ind-side.",
              "Choose " + ui("Log ind med MitID") + " on the front page. You are taken to the Danish Health Data "
              "Authority's login page."),
            t("Skriv dit MitID bruger-ID, og vælg " + ui("FORTSÆT") + ".",
              "Type your MitID user ID and choose " + ui("FORTSÆT") + " (continue)."),
            t("Godkend i MitID-appen eller med din kodeviser.", "Approve in the MitID app or with your code display."),
            t("Du kommer tilbage til Patientportalen og er logget ind.", "You return to the portal, logged in."),
        ],
        w.screen([
            ("title", "Log ind med MitID", 1),
            ("field", "Bruger-ID", "", 2),
            ("button", "FORTSÆT", 2),
            ("gap", 4),
            ("banner", "Åbn MitID-appen, og godkend. Eller brug din kodeviser.", 3),
            ("text", "Du sendes tilbage til Patientportalen, når du har godkendt."),
        ], address="Sundhedsdatastyrelsen – log ind med MitID", header="MitID", header_color=colors.HexColor("#0F3B5F"),
            show_help=False),
    )

    # 5. security code
    w.section(
        t("Log ind med sikkerhedskode", "Log in with a security code"),
        [t("Har du ikke MitID, eller er du under 15 år, logger du ind med CPR-nummer, adgangskode og en sikkerhedskode, "
           "som du får på e-mail, hver gang du logger ind. Børn under 15 år kan kun bruge denne måde.",
           "Without MitID, or if you are under 15, you log in with your CPR number, your password and a security code "
           "that is e-mailed to you every time you log in. Children under 15 can only use this way.")],
        [
            t("Skriv dit CPR-nummer (kun tal). Sæt flueben i " + ui("Skjul CPR-nummer") + ", hvis andre kan se skærmen.",
              "Type your CPR number (digits only). Tick " + ui("Skjul CPR-nummer") + " (hide CPR number) if others can "
              "see your screen."),
            t("Skriv din adgangskode.", "Type your password."),
            t("Vælg " + ui("Log ind") + ".", "Choose " + ui("Log ind") + " (log in)."),
            t("Åbn din e-mail. Skriv den sikkerhedskode, du har fået, i feltet " + ui("Sikkerhedskode") + ".",
              "Open your e-mail. Type the security code you received into the field " + ui("Sikkerhedskode") + "."),
            t("Vælg " + ui("Log ind") + " igen. Nu er du logget ind.",
              "Choose " + ui("Log ind") + " again. You are now logged in."),
        ],
        w.screen([
            ("title", "Log ind med sikkerhedskode"),
            ("field", "CPR-nummer", "010190-••••", 1),
            ("check", "Skjul CPR-nummer", True, None),
            ("field", "Adgangskode", "••••••••", 2),
            ("button", "Log ind", 3),
            ("text", "Vi har sendt en sikkerhedskode til din e-mail."),
            ("field", "Sikkerhedskode", "", 4),
            ("button", "Log ind", 5),
        ]),
    )

    # 6. a second clinic
    w.section(
        t("Er du allerede bruger hos en anden klinik?", "Already a user at another clinic?"),
        [t(f"Brug dit login, du har i forvejen. Log ind via linket til {clinic}, og vælg " + ui("Registrer") + ". Så får "
           "du adgang til klinikkens funktioner. Du skal kun gøre det første gang.",
           f"Use the login you already have. Log in through {clinic}'s link and choose " + ui("Registrer") +
           " (register). Then you can use this clinic's functions. You only do this the first time.")],
        [],
    )

    # 7. forgotten password
    w.section(
        t("Har du glemt din adgangskode?", "Forgot your password?"),
        [],
        [
            t("Vælg " + ui("Glemt adgangskode?") + " under knappen " + ui("Log ind") + ".",
              "Choose " + ui("Glemt adgangskode?") + " below the " + ui("Log ind") + " button."),
            t("Skriv dit CPR-nummer og den e-mailadresse, din bruger er oprettet med.",
              "Type your CPR number and the e-mail address your user was created with."),
            t("Vælg " + ui("Nulstil adgangskode") + ".", "Choose " + ui("Nulstil adgangskode") + " (reset password)."),
            t("Du får en e-mail med et link. Brug linket til at vælge en ny adgangskode.",
              "You get an e-mail with a link. Use the link to choose a new password."),
        ],
        w.screen([
            ("title", "Glemt adgangskode", 1),
            ("field", "CPR-nummer", "010190-••••", 2),
            ("field", "E-mail", "anna@eksempel.dk", 2),
            ("button", "Nulstil adgangskode", 3),
            ("text", "Tjek din e-mail – også uønsket post (spam)."),
        ]),
    )

    # 8. confirm e-mail and mobile
    w.section(
        t("Hvorfor skal jeg bekræfte e-mail og mobil?", "Why am I asked to confirm my e-mail and mobile?"),
        [t("Står der en anden e-mail eller et andet mobilnummer på portalen end hos klinikken, beder portalen dig "
           "bekræfte dem, når du logger ind. Så er vi sikre på, at beskeder fra klinikken når frem til dig.",
           "When the e-mail or mobile number on the portal differs from the one the clinic has, the portal asks you to "
           "confirm them at login. That way messages from the clinic reach you.")],
        [
            t("Ret e-mail og mobilnummer, hvis de ikke er rigtige.", "Correct the e-mail and mobile number if they are wrong."),
            t("Vælg " + ui("Bekræft") + ".", "Choose " + ui("Bekræft") + " (confirm)."),
        ],
        w.screen([
            ("title", "Bekræft dine oplysninger"),
            ("field", "E-mail", "anna@eksempel.dk", 1),
            ("field", "Mobil", "12 34 56 78", 1),
            ("button", "Bekræft", 2),
        ]),
    )

    # 9. without MitID / help
    w.section(
        t("Uden MitID – og hvis du har brug for hjælp", "Without MitID – and if you need help"),
        [
            t(f"Har du ikke MitID, så kontakt klinikken: {w.contact_text()}. Vi kan oprette dig som bruger. Du får en "
              "e-mail med et aktiveringslink, og bagefter logger du ind med sikkerhedskode.",
              f"If you do not have MitID, contact the clinic: {w.contact_text()}. We can create your user. You get an "
              "e-mail with an activation link, and then you log in with a security code."),
            t("Patienter uden dansk CPR-nummer (erstatningsnummer) kan desværre ikke bruge Patientportalen endnu. "
              "Kontakt klinikken i stedet.",
              "Patients without a Danish CPR number (substitute number) cannot use the portal yet. Please contact the "
              "clinic instead."),
        ],
        [],
        after=[w.note(t("Haster det?", "Is it urgent?"), t(
            "Portalen er ikke til akutte henvendelser. Ring til klinikken – uden for åbningstid til lægevagten. "
            "Ved livsfare: ring 112.",
            "The portal is not for urgent matters. Call the clinic – outside opening hours, the out-of-hours doctor "
            "(lægevagten). In an emergency: call 112."))],
    )
