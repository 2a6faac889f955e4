"""Authors inferred from what replies imply: accepting thanks, admitting a slip."""

import pytest

from histdesk.ingest.authors import infer_authors
from histdesk.ingest.kinds import annotate
from histdesk.model import Post

RESEARCH = (
    "1905 01 Bloody Sunday\n\n"
    + "On 22 January 1905 troops fired on marchers at the Winter Palace in St Petersburg; "
    "by 23 January 1905 strikes had spread across the capital. " * 5
)


def _post(n: int, text: str) -> Post:
    return Post(n, text, 0, len(text))


def _thread(reply: str, after_credit: str) -> list[Post]:
    return annotate(
        [
            _post(1, "Please post any research for this episode."),
            _post(2, RESEARCH),
            _post(3, "Small correction: it was Gapon, not Gapone, who led the march."),
            _post(4, reply),
            _post(5, "@Vera the episode was recorded and the research you provided shaped it. Thank you!"),
            _post(6, after_credit),
        ]
    )


@pytest.mark.parametrize("accepting", ["Happy to help, more soon.", "Glad it helped.", "Pleased to help."])
@pytest.mark.parametrize("admitting", ["Thanks, my mistake. I typed it from memory.", "Right, I forgot him."])
def test_admitting_and_accepting_replies_are_by_the_research_author(admitting, accepting):
    authors = [p.author for p in infer_authors(_thread(admitting, accepting))]
    assert authors == [None, "Vera", None, "Vera", None, "Vera"]


def test_an_admission_not_after_feedback_stays_unowned():
    posts = _thread("Thanks, my mistake.", "Nice.")
    posts[2] = Post(3, "Looking forward to it.", 0, 22, kind="reply")
    assert infer_authors(posts)[3].author is None
