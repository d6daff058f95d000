"""Danish sample texts and word lists for the demo practice, one module per subject:

- ``people``: first and last names, streets, postcodes, mail domains, mobile prefixes
- ``medicine``: pharmacies and medicines (the addictive flag comes from the renewal rules)
- ``econsult``: the e-consultation scenarios and the short messages of the bulk part
- ``replies``: what the clinic writes (notes, reasons, stock phrases) and small word lists

Everything is invented; nothing here is a real person or a real address.
"""
