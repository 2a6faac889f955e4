"""The words of figures as data: number words, scales, qualifiers, currencies, stop words.

The scanner (`scan.py`) and the readers (`numbers.py`, `reading.py`) share these, so a new
spelling is a one-line change. Keys are lower case.
"""

from __future__ import annotations

UNITS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    word: 10 * value
    for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
}
NUMBER_WORDS = {**UNITS, **TENS}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip

# Nouns an ordinal numbers as a series of assemblies or periods ("14th Party Congress").
ORDINAL_HEADS = ("congress", "conference", "plenum", "session", "convention", "century")

# Bounds and approximations before a number, longest first so "no more than" wins.
QUALIFIERS = (
    "no more than", "no fewer than", "no less than", "not more than", "not less than",
    "more than", "fewer than", "less than", "greater than", "upwards of", "in excess of",
    "as many as", "as few as", "close to", "just over", "just under", "well over",
    "at least", "at most", "up to", "an estimated", "approximately", "roughly", "around",
    "about", "nearly", "almost", "over", "under", "some", "circa", "c.", "ca.", "estimated",
)  # fmt: skip
# Bounds written after the number ("20,000 or more").
POST_QUALIFIERS = {"or more": "at least", "or so": "about", "or less": "at most",
                   "or fewer": "at most", "and more": "at least"}  # fmt: skip

CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "pounds sterling": "GBP", "sterling": "GBP",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "gold rubles": "RUB", "francs": "FRF", "franc": "FRF", "reichsmark": "DEM",
    "reichsmarks": "DEM", "euro": "EUR", "euros": "EUR", "yen": "JPY", "lire": "ITL",
    "lira": "ITL", "marks": "DEM", "crowns": "CZK", "zloty": "PLN", "zlotys": "PLN",
}  # fmt: skip

PERCENT_WORDS = ("percent", "per cent", "per-cent", "pct", "percentage points", "%")

# A number followed by one of these is a duration, which the timex tagger owns.
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries night nights".split()
)

# Words before a number that make it a reference, not a figure ("pp. 534", "vol. 2").
REFERENCE_MARKERS = frozenset(
    "p pp page pages vol vols volume volumes no nos number book chapter ch chap art "
    "article fig figure table section sec part issue line lines note notes footnote "
    "item items ed edition episode ep tome".split()
)

# Capitalised words before a number that make it a name or reference ("Decree 17").
NAMED_REFERENCE_MARKERS = frozenset(
    "decree order resolution directive act law protocol amendment flight route highway "
    "operation plan division corps army regiment battalion brigade unit phase stage".split()
)

# Words before a bare year-like number that make it a year ("in 1924", "since 1917").
YEAR_PREPOSITIONS = frozenset(
    "in of since by until till from to through after before during around about circa "
    "early late mid year spring summer autumn fall winter between and c ca the its their his "
    "her our this that".split()
)

# Words that end a counted noun phrase: prepositions (but "of"), verbs, relatives, conjunctions.
STOP_WORDS = frozenset(
    """in into on onto at by for from with to during after before between under over among
    amongst per since until till within without against across through toward towards via
    as than upon about around behind beyond near like out up down off away ago later earlier
    more less fewer apiece altogether hundreds thousands millions dozens scores tens
    were was is are be been being had has have did do does will would could should may
    might must can shall who which that whom whose when where while but or nor so yet
    if because although though whereas then thus also only each every all both either
    neither this these those it its they them their there here not no""".split()
)
# Verbs that start a predicate after a counted noun: they cannot be passive participles
# (intransitives: "died", "fled") or are simple pasts, not participles ("came", "rose").
PREDICATE_VERBS = frozenset(
    """died arrived fled perished starved emigrated marched voted participated attended
    gathered remained survived struck rallied deserted returned existed lived worked joined
    abstained resigned mutinied revolted rebelled protested disappeared escaped served
    came went rose fell took gave saw became began ran won wrote spoke knew broke grew drew
    chose stood fought met left said told thought sat lay cast put set hit lost led held sent
    made got""".split()
)
# Plurals without -s: a year-like number before them can still be a count ("1924 men").
IRREGULAR_PLURALS = frozenset("people men women children police cattle troops personnel".split())
DETERMINERS = frozenset("the a an".split())

# Relatives that point a percentage at the count just before it ("of whom 92.4 percent").
RELATIVE_BASES = ("of whom", "of which", "of these", "of them", "of those", "among them",
                  "among whom", "among these", "among those")  # fmt: skip

# Units of measure written after a number ("21.5 kilograms", "a 24-mile march"), each to
# its short code. "pounds" is weight only before "of" or after a weighing word (`scan.py`);
# bare "m", "t" and "g" are left out: they are too often a million, a ton or a letter.
MEASURES = {
    **dict.fromkeys("kilogram kilograms kilogramme kilogrammes kilo kilos kg kgs".split(), "kg"),
    **dict.fromkeys("gram grams gramme grammes".split(), "g"),
    **dict.fromkeys("tonne|tonnes|metric tons|metric tonnes".split("|"), "t"),
    **dict.fromkeys("ton tons".split(), "ton"),
    **dict.fromkeys("pound lb lbs".split(), "lb"),
    **dict.fromkeys("ounce ounces oz".split(), "oz"),
    **dict.fromkeys("kilometre kilometres kilometer kilometers km kms".split(), "km"),
    **dict.fromkeys("nautical miles".split("|"), "nmi"),
    **dict.fromkeys("mile miles".split(), "mi"),
    **dict.fromkeys("metre metres meter meters".split(), "m"),
    **dict.fromkeys("centimetre centimetres centimeter centimeters cm".split(), "cm"),
    **dict.fromkeys("millimetre millimetres millimeter millimeters mm".split(), "mm"),
    **dict.fromkeys("foot feet ft".split(), "ft"),
    **dict.fromkeys("inch inches".split(), "in"),
    **dict.fromkeys("yard yards yd yds".split(), "yd"),
    **dict.fromkeys("litre litres liter liters".split(), "l"),
    **dict.fromkeys("gallon gallons".split(), "gal"),
    **dict.fromkeys("barrel barrels".split(), "bbl"),
    **dict.fromkeys("knot knots".split(), "kn"),
    **dict.fromkeys("hectare hectares ha".split(), "ha"),
    **dict.fromkeys("acre acres".split(), "acre"),
    **dict.fromkeys("square miles|square mile|sq mi".split("|"), "sq mi"),
    **dict.fromkeys("square kilometres|square kilometers|square kilometre|sq km|km²".split("|"), "km2"),
    **dict.fromkeys("miles per hour|mph".split("|"), "mph"),
    **dict.fromkeys("kilometres per hour|kilometers per hour|km/h|kph".split("|"), "km/h"),
    **dict.fromkeys("degrees celsius|°C".split("|"), "°C"),
    **dict.fromkeys("degrees fahrenheit|°F".split("|"), "°F"),
}  # fmt: skip
