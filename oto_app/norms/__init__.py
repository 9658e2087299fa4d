"""The yearly norms N1-N7 (shared/domain.md), computed by a few aggregate queries.

``compute(session, year, on)`` returns a :class:`~oto_app.norms.results.Compliance`
with every result and the reason behind it; ``render`` turns it into the JSON of
the contract and the Dutch text summary.
"""

from oto_app.norms.compliance import compute, compute_units_first, reference_date

__all__ = ["compute", "compute_units_first", "reference_date"]
