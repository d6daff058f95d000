"""The calendar the portal books into (issue 12): schedules, appointment types, closed days, slots.

* ``rules`` – the pure rules: closed days, cutting a block into slots, a valid week, notice and horizon.
* ``store`` – reading schedules, types, closed days, days off and holiday spans.
* ``generate`` – slots made from the schedules (idempotent) and the conflicts a change leaves.
* ``admin`` – editing types, a provider's week, closed days and days off (audited, one transaction).
* ``day`` – generating for the clinic, the conflicts list, a provider's day for the day view.
* ``offer`` – what the portal may offer and book: generated free slots within the type's notice and horizon.
"""
