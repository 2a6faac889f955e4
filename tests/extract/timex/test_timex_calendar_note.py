"""Old Style / New Style notes: the value is the date as written, the note is reported."""

from __future__ import annotations

from histdesk.extract.timex import calendar_notes, tag


def test_a_trailing_note_is_outside_the_extent_but_reported():
    text = "The tsar abdicated on 2 March 1917 (O.S.) at Pskov."
    found = tag(text)
    assert [(t.text, t.value) for t in found] == [("2 March 1917", "1917-03-02")]
    assert calendar_notes(text, found) == {found[0].start: "O.S."}


def test_a_note_inside_a_date_is_read_through():
    text = "Riots began on 23 February (Old Style) 1917 and, by the New Style, on 8 March (N.S.)."
    found = tag(text)
    assert [(t.text, t.value) for t in found][0] == ("23 February (Old Style) 1917", "1917-02-23")
    notes = calendar_notes(text, found)
    assert notes[found[0].start] == "O.S." and notes[found[1].start] == "N.S."


def test_a_leading_note_marks_the_alternative_date():
    text = "She was born 11 June (O.S. 31 May) 1702."
    found = tag(text)
    assert calendar_notes(text, found) == {found[1].start: "O.S."}


def test_texts_without_notes_report_nothing():
    text = "The fair opened on 1 May 1851."
    assert calendar_notes(text, tag(text)) == {}
