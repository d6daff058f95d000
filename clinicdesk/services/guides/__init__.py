"""Patient guides: two printable PDFs made for one clinic (no Qt here).

* ``login``: how a patient finds this clinic's portal (link in full and as a QR
  code), creates a user (self or a child under 15), logs in with MitID or a
  security code, registers at a second clinic, resets a password, and what to
  do without MitID.
* ``functions``: what the patient can do once logged in, limited to the
  functions this clinic has switched on and with its own limits; the holiday
  message when a holiday period is current or coming.

Both in plain Danish (``da``) and English (``en``). A4, header with the clinic's
name/address/phone, "Side x af y" footer with the generation date, numbered
steps beside schematic drawings whose numbered callouts match the steps. The
drawings show the portal's Danish labels in both languages (the portal itself
is Danish); the English text quotes them with a translation.

Where things live:

* ``catalog``   which guides and languages exist, their titles
* ``data``      what a guide reads about the clinic (settings, providers, holidays)
* ``theme``     fonts, colours, page geometry, paragraph styles
* ``text``      measuring, fitting and wrapping text; dates; escaping
* ``flowables`` callout badges, step badges, note boxes
* ``qr``        the portal link as a QR code
* ``screens/``  the drawn portal screens with numbered callouts
* ``writer``    the building blocks the guides are written with
* ``login``     the login guide
* ``functions`` the functions guide (``holiday``: its holiday notice)
* ``page``      header, footer, "Side x af y"
* ``render``    building the PDF and its metadata
* ``output``    the audit of a printed or saved guide
"""

from __future__ import annotations

from clinicdesk.services.guides.catalog import LANGS, WHICH, guide_title
from clinicdesk.services.guides.data import ClinicGuideData, HolidayInfo, first_clinic_id, load_clinic
from clinicdesk.services.guides.output import GuideOutput, record_command_output, record_guide_output
from clinicdesk.services.guides.render import GuideInfo, build_guide, render_guide
from clinicdesk.services.guides.theme import register_fonts

__all__ = [
    "WHICH", "LANGS", "ClinicGuideData", "HolidayInfo", "GuideInfo", "GuideOutput", "build_guide", "render_guide",
    "load_clinic", "first_clinic_id", "record_guide_output", "record_command_output", "guide_title", "register_fonts",
]
