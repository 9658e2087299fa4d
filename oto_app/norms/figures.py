"""How figures are shown, alike on screen, on paper and in the text output: a whole
percentage rounded half up, and chart ticks a reader counts with."""

from __future__ import annotations

from oto_app.norms.results import Compliance, PersonStatus


def per_unit(result: Compliance) -> dict[str, dict[PersonStatus, int]]:
    """People by N1 status for each unit (someone in two units counts in both): the bars
    of the Overzicht's chart and the Jaaroverzicht's."""
    counts = {u.code: dict.fromkeys(PersonStatus, 0) for u in result.units}
    for person in result.persons:
        for code in person.units:
            if code in counts:
                counts[code][person.status] += 1
    return counts


def most_per_unit(counts: dict[str, dict[PersonStatus, int]]) -> int:
    """The longest bar: the most people of one unit."""
    return max((sum(c.values()) for c in counts.values()), default=0)


def whole_percent(part: int, total: int) -> int | None:
    """``part`` of ``total`` as a whole percentage, half up (7 of 8 is 88); None for 0."""
    if not total:
        return None
    return (200 * part + total) // (2 * total)


def percent(part: int, total: int) -> str:
    """ "81%", or "—" when there is nothing to count."""
    whole = whole_percent(part, total)
    return "—" if whole is None else f"{whole}%"


def nice_step(most: int) -> int:
    """Ticks a reader counts with: 1, 2, 5, 10, 20, 50, ... with at most about 8 of them."""
    step = 1
    while most / step > 8:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return step


def axis_top(most: int) -> int:
    """The axis's end: ``most`` rounded up to a whole step (at least one step)."""
    step = nice_step(most)
    return max(step, -(-most // step) * step)
