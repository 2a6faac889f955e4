"""Events: which sentences become dated events (rules, no model)."""

from histdesk.extract.events import events_from, is_calendar_value
from histdesk.model import Mention, Timex


def tx(text: str, phrase: str, value: str, type_: str = "DATE") -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, type_, value)


def test_calendar_values_make_events_and_others_do_not():
    assert all(is_calendar_value(v) for v in ("1921", "1921-03", "1921-03-18", "192X", "1921-SU",
                                               "1921-03-01/1921-03-18", "1921-Q2", "1921-W10"))
    assert not any(is_calendar_value(v) for v in ("P4D", "PRESENT_REF", "XXXX-03-18", ""))


def test_one_event_per_sentence_and_date_with_its_mentions():
    text = "The fortress fell on March 18, 1921. Kalinin spoke for four days."
    timexes = (tx(text, "March 18, 1921", "1921-03-18"), tx(text, "four days", "P4D", "DURATION"))
    kalinin = Mention(text.index("Kalinin"), text.index("Kalinin") + 7, "Kalinin", "PERSON")
    sentences = [(0, 36), (36, len(text))]
    events = events_from(text, sentences, timexes, (kalinin,))
    assert [(e.date, e.text) for e in events] == [("1921-03-18", "The fortress fell on March 18, 1921.")]
    assert events[0].mentions == ()


def test_two_timexes_of_one_value_in_a_sentence_make_one_event():
    text = "Two days later, on February 28, the crew met."
    timexes = (tx(text, "Two days later", "1921-02-28"), tx(text, "February 28", "1921-02-28"))
    events = events_from(text, [(0, len(text))], timexes, ())
    assert [e.date for e in events] == ["1921-02-28"]


def test_forum_time_makes_no_event():
    text = "The episode was published today. The fortress fell on March 18, 1921."
    today = Timex(text.index("today"), text.index("today") + 5, "today", "DATE", "2023-03-20",
                  anchor="2023-03-20")
    fell = tx(text, "March 18, 1921", "1921-03-18")
    sentences = [(0, 33), (33, len(text))]
    events = events_from(text, sentences, (today, fell), (), dct="2023-03-20")
    assert [e.date for e in events] == ["1921-03-18"]
    assert [e.date for e in events_from(text, sentences, (today, fell), ())] == ["2023-03-20", "1921-03-18"]


def test_a_time_of_a_day_makes_an_event_and_a_question_does_not():
    text = "On the morning of 15 May Reynaud telephoned London. Who was lost in May 1940?"
    morning = tx(text, "the morning of 15 May", "1940-05-15TMO", "TIME")
    asked = tx(text, "May 1940", "1940-05")
    events = events_from(text, [(0, 52), (52, len(text))], (morning, asked), ())
    assert [e.date for e in events] == ["1940-05-15TMO"]


def test_bc_dates_make_events_and_negated_dates_do_not():
    assert is_calendar_value("BC0049-01-10") and is_calendar_value("BC0044")
    text = "Meade took command on June 28, not on June 27."
    timexes = (tx(text, "June 28", "1863-06-28"), tx(text, "June 27", "1863-06-27"))
    assert [e.date for e in events_from(text, [(0, len(text))], timexes, ())] == ["1863-06-28"]


def test_a_date_refined_by_a_time_in_the_sentence_is_one_event():
    text = "Four days later, at 20:17 UTC on July 20, the module landed."
    day = tx(text, "Four days later", "1969-07-20")
    minute = tx(text, "20:17 UTC on July 20", "1969-07-20T20:17", "TIME")
    assert [e.date for e in events_from(text, [(0, len(text))], (day, minute), ())] == ["1969-07-20T20:17"]
    other = tx(text, "July 20", "1969-07")
    assert len(events_from(text, [(0, len(text))], (day, other), ())) == 1


def test_he_with_no_person_named_involves_the_last_person_not_in_the_possessive():
    text = "The post went to Orlov. Petrov's health failed. In 1922, he was made secretary."
    orlov = Mention(text.index("Orlov"), text.index("Orlov") + 5, "Orlov", "PERSON")
    petrov = Mention(text.index("Petrov"), text.index("Petrov") + 6, "Petrov", "PERSON")
    year = tx(text, "1922", "1922")
    sentence = (text.index("In 1922"), len(text))
    (event,) = events_from(text, [sentence], (year,), (orlov, petrov))
    assert [m.text for m in event.mentions] == ["Orlov"]
    named = "In 1922, Ivanov said he was tired."
    ivanov = Mention(9, 15, "Ivanov", "PERSON")
    (plain,) = events_from(named, [(0, len(named))], (tx(named, "1922", "1922"),), (ivanov,))
    assert [m.text for m in plain.mentions] == ["Ivanov"]
