"""The traffic-light colours every page uses, so a red means the same everywhere."""

from __future__ import annotations

from oto_app.models import Validity

GREEN, ORANGE, RED, INK = "#2e7d32", "#c77800", "#c62828", "#1b2733"

VALIDITY_COLOUR = {
    Validity.VALID: GREEN,
    Validity.EXPIRING: ORANGE,
    Validity.EXPIRED: RED,
    Validity.MISSING: RED,
}
