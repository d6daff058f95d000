"""The functions guide: what a patient can do once logged in, limited to the functions this
clinic has switched on (e-consultation, prescription renewal, booking) and quoting its own
limits; the holiday notice when a holiday is current or coming; reading answers and messages."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Spacer

from clinicdesk.domain.enums import Function
from clinicdesk.services.guides.flowables import Para
from clinicdesk.services.guides.holiday import first_sentence, holiday_text
from clinicdesk.services.guides.screens.front import APPOINTMENTS_TILE, MESSAGES_TILE, TILE_LABELS, front_tiles, \
    emergency_widgets, front_widgets
from clinicdesk.services.guides.text import e, nb, ui
from clinicdesk.services.guides.theme import BRAND, BRAND_LIGHT
from clinicdesk.services.guides.writer import Writer
from clinicdesk.services.safety.emergency import emergency_notice


def functions_story(w: Writer) -> None:
    d, t = w.d, w.t
    clinic = e(d.name)
    w.title(
        t("Det kan du på Patientportalen", "What you can do on the patient portal"),
        t(f"Vejledning til funktionerne hos {clinic}", f"A guide to the functions at {clinic}"),
    )
    fn_labels = {
        Function.ECONSULT: t("skrive til klinikken (e-konsultation)", "write to the clinic (e-consultation)"),
        Function.RENEWAL: t("forny dine recepter", "renew your prescriptions"),
        Function.BOOKING: t("bestille, se og aflyse tider", "book, see and cancel appointments"),
    }
    fns = d.functions
    w.p(t("Log ind på Patientportalen via klinikkens link (se vejledningen <i>Log ind</i>). "
          f"Hos {clinic} kan du:",
          "Log in to the portal through the clinic's link (see the guide <i>Log in</i>). "
          f"At {clinic} you can:"))
    items = [fn_labels[f] for f in fns] + [t("læse svar og beskeder fra klinikken", "read answers and messages from the clinic")]
    for it in items:
        w.story.append(Para(it, w.st["bullet"], bulletText="•"))
    w.story.append(Spacer(1, 6))
    if not fns:
        w.story.append(w.note(t("Bemærk:", "Please note:"), t(
            f"Lige nu kan du ikke sende henvendelser til {clinic} via portalen. Kontakt klinikken: {w.contact_text()}.",
            f"Right now you cannot send requests to {clinic} through the portal. Contact the clinic: {w.contact_text()}.")))
        w.story.append(Spacer(1, 6))
    for h in d.holidays:
        w.story.append(w.note(t("Ferie:", "Holiday:"), holiday_text(w, h)))
        w.story.append(Spacer(1, 6))
    w.link_box()

    # overview of the logged-in front page: the tiles (``screens.front``) and their legend, in the same order
    what = {
        Function.ECONSULT: t("skriv til klinikken.", "(e-consultation) write to the clinic."),
        Function.RENEWAL: t("forny en recept.", "(prescription renewal) renew a prescription."),
        Function.BOOKING: t("bestil en tid.", "(booking) book an appointment."),
    }
    legend: list[str] = []
    for f in fns:
        label = TILE_LABELS[f]
        legend.append(ui(label) + " – " + what[f] if w.lang == "da" else ui(label) + " " + what[f])
    legend.append(ui(MESSAGES_TILE) + t(" – svar og beskeder fra klinikken.", " (your messages) – answers and messages "
                                                                              "from the clinic."))
    if Function.BOOKING in fns:
        legend.append(ui(APPOINTMENTS_TILE) + t(" – dine kommende tider.",
                                                " (your appointments) – your coming appointments."))
    banner = next(("Ferie: " + first_sentence(h.message or "Klinikken holder ferie.") for h in d.holidays[:1]), None)
    emergency = emergency_notice(d.phone)  # above the e-consultation, as on the portal
    widgets = front_widgets("Velkommen, Anna", banner, front_tiles(fns, numbered=True), emergency=emergency)
    w.section(t("Når du er logget ind", "After you log in"),
              [t("Forsiden viser de funktioner, klinikken tilbyder dig. Klinikken kan have slået en funktion fra for "
                 "dig personligt – så kan du stadig læse dine gamle beskeder.",
                 "The front page shows the functions the clinic offers you. The clinic may have switched a function off "
                 "for you personally – you can still read your earlier messages.")],
              legend, w.screen(widgets))

    if Function.ECONSULT in fns:
        if d.attachments_allowed and d.max_patient_attachments > 0:
            attach = t(
                f"Du kan vedhæfte op til <b>{d.max_patient_attachments}</b> filer – billeder eller PDF – på højst "
                f"<b>{d.max_attachment_mb} MB</b> hver. Vælg " + ui("Vedhæft fil") + ".",
                f"You can attach up to <b>{d.max_patient_attachments}</b> files – pictures or PDF – of at most "
                f"<b>{d.max_attachment_mb} MB</b> each. Choose " + ui("Vedhæft fil") + " (attach file).")
        else:
            attach = t("Klinikken modtager ikke vedhæftede filer på portalen. Beskriv det i teksten, eller ring til os.",
                       "The clinic does not accept attached files on the portal. Describe it in your text, or call us.")
        to_whom = t("Vælg, hvem du vil skrive til.", "Choose who you want to write to.")
        if d.econsult_providers:
            to_whom += t(" Du kan skrive til: ", " You can write to: ") + e(" · ".join(d.econsult_providers[:6])) + "."
        steps = [
            t("Vælg " + ui("E-konsultation") + " på forsiden.", "Choose " + ui("E-konsultation") + " on the front page."),
            to_whom,
            t(f"Skriv dit spørgsmål. Du kan skrive højst <b>{d.max_econsult_length}</b> tegn – tælleren under feltet "
              "viser, hvor mange du har brugt. Smileys (emojis) kan ikke sendes.",
              f"Write your question. You can write at most <b>{d.max_econsult_length}</b> characters – the counter below "
              "the field shows how many you have used. Smileys (emojis) cannot be sent."),
            attach,
            t("Vælg " + ui("Send") + ".", "Choose " + ui("Send") + "."),
        ]
        widgets = [
            ("title", "Ny e-konsultation", 1),
            *emergency_widgets(emergency),  # before the text box: urgent matters are not written
            ("select", "Hvem vil du skrive til?", (d.econsult_providers or ("Lægen",))[0], 2),
            ("textarea", "Din besked", "Hej. Mit udslæt på armen er ikke blevet bedre efter en uge med cremen. "
                                       "Skal jeg fortsætte?", f"87 / {d.max_econsult_length} tegn", 3),
        ]
        if d.attachments_allowed and d.max_patient_attachments > 0:
            widgets.append(("button", f"Vedhæft fil (højst {d.max_patient_attachments})", 4, False))
        widgets.append(("button", "Send", 5))
        w.section(
            t("E-konsultation: skriv til klinikken", "E-consultation: write to the clinic"),
            [t(f"Brug e-konsultation til spørgsmål, der ikke haster. Klinikken svarer normalt inden for "
               f"<b>{d.answer_due_working_days}</b> hverdage.",
               f"Use e-consultation for questions that are not urgent. The clinic usually answers within "
               f"<b>{d.answer_due_working_days}</b> working days.")],
            steps, w.screen(widgets),
            after=[w.note(t("Haster det?", "Is it urgent?"), t(
                "Skriv aldrig om noget akut. Ring til klinikken – uden for åbningstid til lægevagten. Ved livsfare: ring 112.",
                "Never write about something urgent. Call the clinic – outside opening hours, the out-of-hours doctor "
                "(lægevagten). In an emergency: call 112."))],
        )

    if Function.RENEWAL in fns:
        w.section(
            t("Forny en recept", "Renew a prescription"),
            [t("Du kan bede om at få fornyet medicin, du allerede får. En læge ser på din bestilling og svarer dig på "
               "portalen.",
               "You can ask to renew medicine you already take. A doctor looks at your request and answers you on the "
               "portal.")],
            [
                t("Vælg " + ui("Receptfornyelse") + " på forsiden.", "Choose " + ui("Receptfornyelse") + " on the front page."),
                t("Sæt flueben ved den medicin, du vil have fornyet. Listen viser din egen medicin.",
                  "Tick the medicine you want renewed. The list shows your own medicines."),
                t("Vælg det apotek, hvor du vil hente medicinen.", "Choose the pharmacy where you will collect it."),
                t("Skriv eventuelt en kommentar til lægen.", "Add a comment for the doctor if you like."),
                t("Vælg " + ui("Send") + ".", "Choose " + ui("Send") + "."),
            ],
            w.screen([
                ("title", "Receptfornyelse", 1),
                ("check", "Metformin 500 mg tabletter", True, 2),
                ("check", "Amlodipin 5 mg tabletter", False, None),
                ("select", "Apotek", "Apoteket på Torvet", 3),
                ("field", "Kommentar (frivilligt)", "", 4),
                ("button", "Send", 5),
            ]),
            after=[
                w.note(t("Vanedannende medicin:", "Addictive medicines:"), t(
                    "Sovemedicin, beroligende medicin (fx benzodiazepiner), morfinlignende smertestillende medicin og "
                    "ADHD-medicin kan ikke fornyes på portalen. Det kræver en tid hos lægen.",
                    "Sleeping pills, sedatives (e.g. benzodiazepines), opioid painkillers and ADHD medicine cannot be "
                    "renewed on the portal. They need an appointment with the doctor.")),
                w.note(t("Godt at vide:", "Good to know:"), t(
                    "Har du stadig en recept med gentagelser på apoteket, skal du ikke forny – hent medicinen på apoteket.",
                    "If the pharmacy still has a repeat prescription for you, you do not need to renew – collect it at the "
                    "pharmacy."), bg=BRAND_LIGHT, line=BRAND),
            ],
        )

    if Function.BOOKING in fns:
        confirm = (t("Tiden er bestilt, så snart du har valgt " + ui("Bestil tid") + ". Du kan se den under "
                     + ui("Dine aftaler") + ".",
                     "The appointment is booked as soon as you choose " + ui("Bestil tid") + ". You can see it under "
                     + ui("Dine aftaler") + ".")
                   if d.auto_create_appointments else
                   t("Klinikken ser din bestilling og bekræfter tiden. Du får besked på portalen.",
                     "The clinic looks at your booking and confirms the time. You get a message on the portal."))
        who = t("Vælg, hvem du vil have tid hos.", "Choose who you want to see.")
        if d.booking_providers:
            who += " " + t("Fx ", "E.g. ") + e(" · ".join(d.booking_providers[:4])) + "."
        w.section(
            t("Bestil en tid", "Book an appointment"),
            [t(f"Du kan bestille en tid fra <b>{d.booking_min_notice_days}</b> til <b>{d.booking_max_horizon_days}</b> "
               "dage frem.",
               f"You can book a time from <b>{d.booking_min_notice_days}</b> to <b>{d.booking_max_horizon_days}</b> days "
               "ahead.")],
            [
                t("Vælg " + ui("Tidsbestilling") + " på forsiden.", "Choose " + ui("Tidsbestilling") + " on the front page."),
                who,
                t("Vælg, hvad tiden drejer sig om.", "Choose what the appointment is about."),
                t("Vælg en ledig tid i kalenderen. Ledige tider har en grøn kant.",
                  "Pick a free time in the calendar. Free times have a green border."),
                t("Vælg " + ui("Bestil tid") + ". " + confirm, "Choose " + ui("Bestil tid") + " (book). " + confirm),
            ],
            w.screen([
                ("title", "Bestil tid", 1),
                ("select", "Hos", (d.booking_providers or ("Lægen",))[0], 2),
                ("select", "Hvad drejer det sig om?", "Samtale (15 min.)", 3),
                ("calendar", 4),
                ("button", "Bestil tid", 5),
            ]),
        )
        w.section(
            t("Se og aflys dine aftaler", "See and cancel your appointments"),
            [],
            [
                t("Vælg " + ui("Dine aftaler") + ". Her ser du dine kommende tider.",
                  "Choose " + ui("Dine aftaler") + " (your appointments). It lists your coming appointments."),
                t("Kan du ikke komme, så vælg " + ui("Aflys") + " ud for tiden.",
                  "If you cannot come, choose " + ui("Aflys") + " (cancel) next to the appointment."),
                t("Bekræft med " + ui("Ja, aflys tiden") + f". Du kan aflyse indtil <b>{d.cancellation_limit_hours}</b> "
                  "timer før tiden. Senere end det skal du ringe til klinikken"
                  + (f" på <b>{nb(d.phone)}</b>." if d.phone else "."),
                  "Confirm with " + ui("Ja, aflys tiden") + f" (yes, cancel). You can cancel until "
                  f"<b>{d.cancellation_limit_hours}</b> hours before the time. After that, please call the clinic"
                  + (f" on <b>{nb(d.phone)}</b>." if d.phone else ".")),
            ],
            w.screen([
                ("title", "Dine aftaler", 1),
                ("list", [("Tirsdag 10:00", "Samtale", "Aflys"), ("Torsdag 08:30", "Blodprøve", "Aflys")], 2),
                ("gap", 2),
                ("banner", "Vil du aflyse tiden tirsdag kl. 10:00?", None),
                ("button", "Ja, aflys tiden", 3),
                ("text", f"Du kan aflyse indtil {d.cancellation_limit_hours} timer før tiden."),
            ]),
        )

    # answers and the notification mail (always: the clinic can write to the patient)
    w.section(
        t("Læs svar og beskeder fra klinikken", "Read answers and messages from the clinic"),
        [t("Når klinikken har svaret dig eller skrevet til dig, får du en e-mail. Mailen fortæller kun, at der er en "
           "besked – aldrig hvad den handler om. Det er for at passe på dine oplysninger.",
           "When the clinic has answered or written to you, you get an e-mail. The e-mail only says that there is a "
           "message – never what it is about. That protects your information.")],
        [
            t("Du får en e-mail om, at der er en ny besked.", "You get an e-mail saying there is a new message."),
            t("Log ind på Patientportalen via klinikkens link.", "Log in to the portal through the clinic's link."),
            t("Vælg " + ui("Dine beskeder") + ". Nye beskeder står øverst med fed skrift.",
              "Choose " + ui("Dine beskeder") + " (your messages). New messages are at the top, in bold."),
            t("Åbn beskeden og læs svaret. Klinikken kan se, at du har læst det.",
              "Open the message and read the answer. The clinic can see that you have read it."),
        ],
        w.screen([
            ("title", "Ny besked fra klinikken"),
            ("text", f"Fra: {d.name}"),
            ("text", "Du har fået en ny besked. Log ind på Patientportalen for at læse den."),
            ("link", d.portal_link, 2),
            ("gap", 6),
            ("title", "Dine beskeder"),
            # sample messages only of the kinds this clinic offers
            ("list", [("Svar: Udslæt på armen", "i dag", "Læs")]
             + ([("Recept fornyet", "12. nov.", "Læs")] if d.renewal_enabled
                else [("Besked fra klinikken", "12. nov.", "Læs")]), 3),
        ], header="E-mail", address="Din indbakke", header_color=colors.HexColor("#4A5A66"), header_callout=1,
            show_help=False),
    )
    w.section(
        t("Har du brug for hjælp?", "Do you need help?"),
        [t(f"Vælg " + ui("Hjælp") + f" øverst til højre på portalen, eller kontakt klinikken: {w.contact_text()}.",
           "Choose " + ui("Hjælp") + f" (help) in the top right corner of the portal, or contact the clinic: "
           f"{w.contact_text()}.")],
        [],
    )
