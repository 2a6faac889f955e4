"""The words of time as data: months, weekdays, seasons, units, number words, modifiers.

Everything the grammar (`patterns.py`) and the normaliser (`normalize.py`) share lives here,
so adding a spelling is a one-line change and both stay in step.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS = {
    name: index
    for index, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# part-of-day words -> TimeML suffix (TMO morning, TAF afternoon, TEV evening, TNI night)
PARTS_OF_DAY = {
    "morning": "TMO",
    "afternoon": "TAF",
    "evening": "TEV",
    "night": "TNI",
    "tonight": "TNI",
    "overnight": "TNI",
    "midday": "T12:00",
    "noon": "T12:00",
    "midnight": "T24:00",
    "dawn": "TMO",
    "daybreak": "TMO",
    "dusk": "TEV",
}

# unit word (singular) -> (ISO duration letter, is-time-unit, calendar granularity)
UNITS = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("2W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "season": ("X", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "millennium": ("ML", False),
}

UNIT_PLURALS = {
    "seconds": "second",
    "minutes": "minute",
    "hours": "hour",
    "days": "day",
    "nights": "night",
    "weeks": "week",
    "weekends": "weekend",
    "fortnights": "fortnight",
    "months": "month",
    "quarters": "quarter",
    "seasons": "season",
    "years": "year",
    "decades": "decade",
    "centuries": "century",
    "millennia": "millennium",
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "half": 0.5, "a half": 0.5, "single": 1, "couple": 2, "dozen": 12,
}

# vague quantities: the count is unknown ("X" in the ISO duration)
VAGUE_COUNTS = ("several", "few", "a few", "many", "some", "a couple of", "numerous", "countless")

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30, "last": -1,
    "final": -1,
}

# modifier phrase -> TimeML mod; position words for points inside a period
POSITION_MODS = {
    "early": "START", "beginning": "START", "start": "START", "dawn": "START",
    "late": "END", "end": "END", "close": "END", "latter part": "END",
    "mid": "MID", "middle": "MID", "midst": "MID", "height": "MID",
}

QUANT_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "c.": "APPROX", "almost": "LESS_THAN",
    "nearly": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN", "only": None, "just": None,
    "the first": None, "the last": None, "the past": None, "the next": None,
}

HOLIDAYS = {
    "christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
    "new year's day": "01-01", "new year's eve": "12-31", "halloween": "10-31",
    "independence day": "07-04", "bastille day": "07-14", "valentine's day": "02-14",
    "armistice day": "11-11", "may day": "05-01",
}

# holidays that move: name -> (month, weekday 0=Monday, nth (-1 = last), earliest day of month)
FLOATING_HOLIDAYS = {
    "thanksgiving": (11, 3, 4, 1), "thanksgiving day": (11, 3, 4, 1), "labor day": (9, 0, 1, 1),
    "memorial day": (5, 0, -1, 1), "election day": (11, 1, 1, 2),
}
