"""Units of measure that convert into one another.

The language packs key a measured amount by its unit ("mile", "km",
"hectare"). Two reports of one bridge may give its length in miles and in
kilometres, and an Arabic report of a fire its area in dunams where an
English one says hectares: they measure one thing, so compare() reads
both in one unit.

A converted figure is never more exact than the figure it came from: "1.6
miles" is 2.5749... km, and a report that rounds that to "2.6 km" says the
same. So a converted exact value is read as an approximation
(:func:`convert`), and only a clear difference contradicts.

>>> dimension("mile") == dimension("km")
True
>>> dimension("drone") is None
True
>>> round(convert(1.6, "mile", "km"), 3)
2.575
"""

# unit key -> (dimension, size of one unit in the dimension's base unit)
_UNITS: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "mile": ("length", 1609.344),
    "ft": ("length", 0.3048),
    "nautical mile": ("length", 1852.0),
    "m2": ("area", 1.0),
    "km2": ("area", 1e6),
    "hectare": ("area", 1e4),
    "acre": ("area", 4046.8564224),
    "dunam": ("area", 1000.0),
    "gram": ("mass", 0.001),
    "kg": ("mass", 1.0),
    "tonne": ("mass", 1000.0),
    "litre": ("volume", 0.001),
    "gallon": ("volume", 0.003785411784),
    "m3": ("volume", 1.0),
    "kmh": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "knot": ("speed", 1.852),
    "MW": ("power", 1.0),
    "GW": ("power", 1000.0),
}


def dimension(unit: str | None) -> str | None:
    """What a unit measures (``"length"``), or None for counted nouns and
    units that convert into nothing else."""
    got = _UNITS.get(unit or "")
    return got[0] if got else None


def convert(value: float, unit: str, into: str) -> float:
    """``value`` in ``unit`` expressed in ``into`` (same dimension)."""
    (dim_a, size_a), (dim_b, size_b) = _UNITS[unit], _UNITS[into]
    if dim_a != dim_b:
        raise ValueError(f"cannot convert {unit} ({dim_a}) into {into} ({dim_b})")
    return value * size_a / size_b


def convertible(a: str | None, b: str | None) -> bool:
    """Two different units of one dimension."""
    return a != b and dimension(a) is not None and dimension(a) == dimension(b)


def siblings(unit: str | None) -> list[str]:
    """The other units of ``unit``'s dimension, in a fixed order.

    >>> siblings("mile")
    ['m', 'km', 'ft', 'nautical mile']
    """
    dim = dimension(unit)
    return [u for u, (d, _) in _UNITS.items() if d == dim and u != unit] if dim else []


# Not metric: converted into a metric unit when one side is metric, which
# is what most readers of the explanation measure in.
_IMPERIAL = frozenset({"mile", "ft", "nautical mile", "acre", "gallon", "dunam", "mph", "knot"})


def common_unit(a: str, b: str) -> str:
    """The unit two convertible units are compared in: the metric one, or
    the larger, so that the comparison does not depend on the pair's order.

    >>> common_unit("m", "km"), common_unit("km", "m")
    ('km', 'km')
    >>> common_unit("mile", "km"), common_unit("km", "mile")
    ('km', 'km')
    """
    rank_a = (a not in _IMPERIAL, _UNITS[a][1], a)
    rank_b = (b not in _IMPERIAL, _UNITS[b][1], b)
    return a if rank_a >= rank_b else b


def half_step(value: float) -> float:
    """Half the step ``value`` looks rounded to: the margin of a figure
    given to its last digit ("1.6" may be 1.55 to 1.65), capped at 5 % so
    that a round "10 miles" is not read as anything from 5 to 15.

    >>> half_step(1.6)
    0.05
    >>> half_step(10)
    0.5
    """
    text = f"{abs(value):.10g}"
    if "." in text and "e" not in text:
        step = 10.0 ** -len(text.split(".")[1])
    else:
        whole = int(abs(value))
        step = 1.0
        while whole and whole % 10 == 0:
            whole //= 10
            step *= 10
    return round(min(step / 2, abs(value) * 0.05), 12)
