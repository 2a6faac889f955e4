from viewbuilder import thread, view

from histdesk.check.gaps import check_gaps, gap_clause


def test_fires_with_the_clause_and_merges_follow_up_sentences():
    doc, posts = thread(
        "Here is my draft on the treaty.",
        ("What the draft is missing is an account of the grain trade in the south. "
         "I only have a vague understanding of it. Also, nice maps!", {"kind": "feedback"}),
    )
    [found] = check_gaps(view(doc, posts=posts))
    assert found.code == "gap.open_question"
    assert found.message == "an account of the grain trade in the south"
    assert [e.label for e in found.evidence] == ["post 2", "post 2"]
    assert found.evidence[1].quote == "I only have a vague understanding of it."


def test_other_cues_and_questions():
    assert gap_clause("We still need the casualty numbers.") == "the casualty numbers"
    assert gap_clause("We need more sources on the mutiny.") == "the mutiny"
    assert gap_clause("We decided we need to explain the treaty first.") is None
    assert gap_clause("I couldn't find anything on the second envoy.") == "anything on the second envoy"
    assert gap_clause("Who signed the order in the end?") == "Who signed the order in the end?"
    assert gap_clause("Whether the vote was secret is an open question.").startswith("Whether")


def test_quiet_on_plain_statements_and_short_questions():
    doc, posts = thread("The treaty was signed in spring. It ended the war.", "Really?", "Thanks for that!")
    assert check_gaps(view(doc, posts=posts)) == []


def test_still_missing_and_a_copula_after_the_cue():
    assert gap_clause("The part that is still missing is how the truce ended.") == "how the truce ended"
    assert gap_clause("What we still need is a map of the front.") == "a map of the front"
    assert gap_clause("Two things are still missing.") == "Two things are still missing"
    assert gap_clause("We still need island names.") == "island names"
