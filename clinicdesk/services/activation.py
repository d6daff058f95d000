"""Activation of a portal user: the one code path for tokens and links.

Used by the portal's automatic sign-up, the inbox's sign-up approval and the
patient card's "Opret portalbruger"."""

from __future__ import annotations

import secrets as _secrets

from clinicdesk.domain.enums import PortalAccountStatus


def activation_link(clinic, token: str) -> str:
    """The link in the activation mail: the clinic's portal link + /aktiver/<token>."""
    return f"{clinic.portal_link.rstrip('/')}/aktiver/{token}"


def start_activation(account) -> str:
    """Put a portal account in "pending activation" with a fresh one-time token; returns the token."""
    token = _secrets.token_urlsafe(32)
    account.status = PortalAccountStatus.PENDING
    account.deleted_at = None
    account.activation_token = token
    return token
