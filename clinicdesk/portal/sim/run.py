"""One simulator run: send the traffic at a steady rate and count what the intake said."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import Counter
from datetime import datetime, timezone
from typing import Callable

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.portal.sim.population import load_population
from clinicdesk.portal.sim.report import SimEvent, SimReport
from clinicdesk.portal.sim.traffic import Traffic

log = logging.getLogger(__name__)


def _pace(started: float, n: int, rate: float, duration: float, stop: threading.Event | None) -> bool:
    """Wait for request number ``n`` at ``rate`` per second; False when the run should end instead."""
    if rate <= 0:
        return True
    wait = started + n / rate - time.monotonic()
    if wait > 0:
        if stop is not None:
            if stop.wait(wait):
                return False
        else:
            time.sleep(wait)
        if time.monotonic() - started >= duration:
            return False
    return True


def run_sim(
    db,
    *,
    seed: int = 1,
    rate: float = 5.0,
    duration: float = 10.0,
    max_requests: int | None = None,
    clinic_ids: list[int] | None = None,
    clock: Callable[[], datetime] | None = None,
    stop: threading.Event | None = None,
    on_event: Callable[[SimEvent], None] | None = None,
    sample: int = 2000,
) -> SimReport:
    """Send patient traffic for ``duration`` seconds at ``rate`` requests per second (0 = as fast as possible)."""
    clock = clock or (lambda: datetime.now(timezone.utc))
    rng = random.Random(seed)
    pops = load_population(db, clock(), clinic_ids, sample, rng)
    if not pops:
        raise ClinicDeskError(
            "Databasen har ingen klinik med aktive portalbrugere og behandlere. En ny klinik får dem, når "
            "patienter er tilmeldt og har åbnet linket i aktiveringsmailen; ellers byg demoklinikken "
            "(clinicdesk demo), eller vælg en anden database.",
            code="sim_no_patients",
        )
    traffic = Traffic(db, pops, rng, clock)
    accepted: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    items: list[int] = []
    started = time.monotonic()
    n = 0
    while True:
        elapsed = time.monotonic() - started
        if elapsed >= duration or (max_requests is not None and n >= max_requests) or (stop and stop.is_set()):
            break
        if not _pace(started, n, rate, duration, stop):
            break
        cid, action, on_purpose, call, remember = traffic.one()
        n += 1
        try:
            result = call()
        except PortalRefusal as exc:
            refused[exc.code] += 1
            event = SimEvent(clock(), cid, action, exc.code, False, None, on_purpose)
        except Exception as exc:  # a bug or a database problem: count it, keep going
            what = getattr(exc, "code", None) or exc.__class__.__name__  # a fault's stable code, else the class
            errors[what] += 1
            log.warning("simulated %s request failed: %s", action, what)
            event = SimEvent(clock(), cid, action, what, False, None, on_purpose)
        else:
            accepted[result.kind] += 1
            if result.item_id is not None and result.kind != "read_receipt":
                items.append(result.item_id)
            remember(result)
            event = SimEvent(result.received_at, cid, action, result.kind, True, result.due_date, on_purpose)
        if on_event is not None:
            on_event(event)
    return SimReport(
        requests=n,
        seconds=time.monotonic() - started,
        accepted=dict(accepted.most_common()),
        refused=dict(refused.most_common()),
        errors=dict(errors.most_common()),
        item_ids=tuple(dict.fromkeys(items)),
    )


__all__ = ["run_sim"]
