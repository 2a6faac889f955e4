"""Post kinds from cue phrases and position; authors only where the thread implies them."""

import pytest

from histdesk.ingest.authors import infer_authors
from histdesk.ingest.kinds import annotate, classify
from histdesk.model import Post

DATED = (
    "The strike began on 3 March 1917 at the Putilov works and spread within a week; "
    "by 8 March 1917 tens of thousands were on the streets of Petrograd. "
) * 5


@pytest.mark.parametrize(
    "text, position, kind",
    [
        ("Author: @A\nStatus: Planned\n\nShare your sources here.", 0, "call"),
        ("Please post any ideas or research for this episode.", 0, "call"),
        ("1917 03 The February Revolution\n\nNotes follow.", 1, "research"),
        (DATED, 2, "research"),
        ("I couldn't find anything on the railway strikes.", 3, "feedback"),
        ("Nitpick: the correct way to spell it is Rodzianko.", 3, "feedback"),
        ("It was Guchkov, not Miliukov, who went to Pskov.", 3, "feedback"),
        ("I'd like to write this episode if it is still free.", 4, "intent"),
        ("I can write this episode next month.", 4, "intent"),
        ("@Ana the episode was recorded on Friday, thank you for your research!", 5, "credit"),
        ("Yes, you're right, thanks.", 5, "reply"),
        ("Please post any ideas or research for this episode.", 3, "reply"),
    ],
)
def test_classify(text, position, kind):
    assert classify(text, position) == kind


def _post(n: int, text: str, author: str | None = None) -> Post:
    return Post(n, text, 0, len(text), author=author)


def test_credit_thanks_one_handle_and_authors_follow():
    posts = annotate(
        [
            _post(1, "Author: @Staff\nStatus: In Research\n\nPlease post any research."),
            _post(2, "1917 03 February\n\n" + DATED),
            _post(3, "Nothing yet on the Duma's Provisional Committee."),
            _post(4, "Good point, my post skips it."),
            _post(5, "@Ana the episode was published and the research you provided helped."),
            _post(6, "Happy that I could help!"),
        ]
    )
    posts = infer_authors(posts)
    assert [p.kind for p in posts] == ["call", "research", "feedback", "reply", "credit", "reply"]
    assert posts[4].credits == ("Ana",)
    assert [p.author for p in posts] == [None, "Ana", None, "Ana", None, "Ana"]


def test_stated_authors_and_ambiguous_credits_are_left_alone():
    posts = annotate(
        [
            _post(1, "Please post any research."),
            _post(2, DATED, author="Bo"),
            _post(3, DATED),
            _post(4, "@Ana @Cy the episode was recorded, thank you for your research!"),
        ]
    )
    posts = infer_authors(posts)
    assert posts[3].credits == ("Ana", "Cy")
    assert [p.author for p in posts] == [None, "Bo", None, None]


def test_title_repeated_without_its_code_opens_research():
    text = "The February Revolution\n\nOn 8 March 1917 the strikes began."
    assert classify(text, 2, "1917 03 The February Revolution") == "research"
    assert classify("The February Revolution was a surprise to me.", 2, "1917 03 The February Revolution") == "reply"


def test_a_reply_that_fixed_the_post_belongs_to_the_research_author():
    posts = annotate(
        [
            _post(1, "Please post any research."),
            _post(2, "1917 03 February\n\n" + DATED),
            _post(3, "Small correction: it's Rodzianko, not Rodzyanko."),
            _post(4, "Thanks, fixed it."),
            _post(5, "@Ana the episode was published and the research you provided helped."),
        ]
    )
    assert [p.author for p in infer_authors(posts)] == [None, "Ana", None, "Ana", None]
    assert infer_authors(annotate([_post(1, "Thanks, nice find.")]))[0].author is None


@pytest.mark.parametrize(
    "text, credits",
    [
        (
            "The episode was published on Monday. Many thanks to @Ana for the research "
            "and to @Cy for the maps!",
            ("Ana", "Cy"),
        ),
        ("We recorded the episode last night. Shout-out to @Dee for the sources.", ("Dee",)),
        ("The episode is out now. Credit to @Eli for the research. @Fay, see you next time.", ("Eli",)),
        ("It was released today. Thank you @Gil and @Hal for all the digging.", ("Gil", "Hal")),
        ("The episode went live. @Ivo, can you check the notes? Big thanks to @Jo for them.", ("Jo",)),
    ],
)
def test_credit_is_a_release_plus_thanks_to_handles(text, credits):
    [post] = annotate([_post(4, text, author="Staff")])
    assert (post.kind, post.credits) == ("credit", credits)


def test_thanks_without_a_release_is_a_reply():
    assert classify("Thanks to @Ana for the correction, fixed now.", 3) == "reply"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Crossing the river\n\nThe column reached the Berezina on 26 November 1812 and built "
         "two bridges under fire.", "research"),
        ("Notes: the ships sailed on 4 May 1805 and anchored at the cape on 9 June 1805, after "
         "losing 120 sailors to fever on the way south, which slowed the whole convoy down "
         "for weeks and cost them the season.", "research"),
        ("Hi all\n\nI read that it began on 3 May 1805, but I am not sure.", "reply"),
        ("Good point, the fleet sailed on 4 May 1805 and anchored on 9 June 1805, so my dates "
         "were wrong and I will fix them in the post above later today when I am home.", "reply"),
        ("It sailed on 4 May 1805 and anchored on 9 June 1805.", "reply"),
        ("Crossing the river\n\nI would like to write this one.", "intent"),
    ],
)  # fmt: skip
def test_short_dated_posts_and_headed_posts_are_research(text, kind):
    assert classify(text, 3) == kind
