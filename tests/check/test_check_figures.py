"""figures.implied and figures.conflict over hand-built views."""

from __future__ import annotations

from dataclasses import replace

import pytest

from histdesk.check.figure_conflicts import FIGURES_CONFLICT, check_conflict
from histdesk.check.figures import FIGURES_IMPLIED, check_implied
from histdesk.check.registry import codes
from histdesk.extract.figures import find_figures
from histdesk.model import Document, Episode, EpisodeView, Post
from tests.conftest import seed_path

ENROLMENT = (
    "Between March and June 1931, more than 12,000 petitions were filed and 8,400 persons "
    "accepted, of whom 75 percent were peasants. So the make-up changed: in March 1931 "
    "30 percent of members were peasants and in June 1931, 50 percent."
)


def _view(*texts: str, posts: tuple[tuple[int, Post], ...] = (), kind: str = "text") -> EpisodeView:
    documents = tuple(Document(i, f"doc{i}", kind, f"sha{i}", t) for i, t in enumerate(texts, 1))
    figures = tuple(
        replace(f, document=doc.id) for doc in documents for f in find_figures(doc.text)
    )
    return EpisodeView(Episode("1931 02", "Test"), documents, posts, figures=figures)


def _implied(view: EpisodeView) -> dict[str, dict]:
    return {f.data["what"]: f.data for f in check_implied(view)}


def test_codes_are_registered_with_a_line_each():
    registered = codes()
    assert registered[FIGURES_IMPLIED] and registered[FIGURES_CONFLICT]


def test_implied_share_count_and_group_size():
    found = _implied(_view(ENROLMENT))
    share = found["share of petitions accepted"]
    assert share["value"] == pytest.approx(0.7) and share["bound"] == "upper"
    assert share["inputs"] == [8400, 12000]
    assert found["peasants among persons accepted"]["value"] == 6300
    size = next(d for w, d in found.items() if w.startswith("size of members"))
    assert size["value"] == pytest.approx(8400 * (0.75 - 0.5) / (0.5 - 0.3), abs=1)
    assert size["inputs"] == [30, 50, 8400, 75]


def test_implied_cites_the_figure_spans():
    view = _view(ENROLMENT)
    finding = next(f for f in check_implied(view) if f.data["what"].startswith("share"))
    assert [e.quote for e in finding.evidence] == ["8,400", "12,000"]
    assert all(ENROLMENT[e.start : e.end] == e.quote for e in finding.evidence)


def test_implied_stays_quiet_for_unrelated_or_distant_figures():
    text = (
        "The town kept 12,000 sheep. Its mill had 40 looms.\n\nMuch later, 8,400 persons "
        "were accepted into the guild. Wool prices then fell."
    )
    assert check_implied(_view(text)) == []


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ("Of the 1,966 delegates, 1,108 were later arrested.", "share of delegates arrested",
         0.5636),
        ("Some 320 out of 500 delegates were elected.", "share of delegates elected", 0.64),
        ("There were 5,000 delegates. Then 30 percent of delegates were women.",
         "women among delegates", 1500),
    ],
)  # fmt: skip
def test_implied_from_partitive_frames_and_shares_of_a_count(text, what, value):
    assert _implied(_view(text))[what]["value"] == pytest.approx(value)


def test_two_outcome_counts_imply_no_share():
    assert check_implied(_view("In all 1,000 were killed and 3,000 were wounded.")) == []


def test_seed_article_implies_the_expected_values(expected):
    text = seed_path("000").read_text(encoding="utf-8")
    found = list(_implied(_view(text)).values())
    wanted = next(c for c in expected["checks"] if c["kind"] == "figures")["derived"]
    for item in wanted:
        assert any(abs(d["value"] - item["value"]) <= item["tolerance"] for d in found), item


def test_conflict_between_two_documents():
    view = _view("The strike at Gdynia drew 20,000 dockers.", "At Gdynia 12,000 dockers struck.")
    (finding,) = check_conflict(view)
    assert finding.data["values"] == [20000, 12000]
    assert [e.quote for e in finding.evidence] == ["20,000", "12,000"]


def test_conflict_between_posts_of_one_thread():
    text = "Stalin was aged 44 then.\n\nNo, Stalin was aged 45 then."
    posts = ((1, Post(1, text[:24], 0, 24)), (1, Post(2, text[26:], 26, len(text))))
    (finding,) = check_conflict(_view(text, posts=posts, kind="thread"))
    assert finding.data["unit"] == "years"
    assert [e.label for e in finding.evidence] == ["post 1", "post 2"]


@pytest.mark.parametrize(
    "other",
    [
        "At Gdynia 20,000 dockers struck.",  # same value
        "At Gdynia more than 15,000 dockers struck.",  # the bound allows 20,000
        "At Gdynia 19,500 dockers struck.",  # within tolerance
        "In 1931 at Gdynia 12,000 dockers struck.",  # another year
        "At Danzig 12,000 dockers struck.",  # another place
        "At Gdynia 12,000 sailors struck.",  # another noun
    ],
)
def test_conflict_stays_quiet(other):
    first = "In 1928 the strike at Gdynia drew 20,000 dockers."
    assert check_conflict(_view(first, other)) == []


def test_a_text_read_twice_does_not_conflict_with_itself():
    assert check_conflict(_view(ENROLMENT, ENROLMENT)) == []


def test_figures_in_one_text_never_conflict():
    assert check_conflict(_view("In May 30 percent were peasants; in June, 50 percent.")) == []


def _conflicts(first: str, second: str) -> list:
    return check_conflict(_view(first, second))


def test_a_daily_count_does_not_conflict_with_a_total():
    daily = "Only 4,100 men were taken off on 2 March, but on 5 March the figure reached 20,000."
    assert _conflicts(daily, "In all 96,000 men were taken off.") == []
    assert _conflicts("In all 96,000 men were taken off.", "Altogether some 60,000 men were taken off.")


def test_a_count_at_one_place_does_not_conflict_with_the_overall_count():
    overall = "Around 300,000 Danish sailors were taken prisoner."
    assert _conflicts("Some 12,000 Danish sailors were taken prisoner at Korsor.", overall) == []
    assert _conflicts("Some 12,000 Danish sailors were taken prisoner on June 4, 1940.", overall) == []
    assert _conflicts("Some 120,000 Danish sailors were taken prisoner.", overall)


def test_counts_with_different_outcome_verbs_do_not_conflict():
    killed = "About 9,000 Danish sailors were killed."
    assert _conflicts(killed, "Some 30,000 Danish sailors were taken prisoner.") == []
    [found] = _conflicts(killed, "About 30,000 Danish sailors were killed.")
    assert found.data["values"] == [9000, 30000]


def test_no_share_between_counts_of_different_kinds_or_sibling_outcomes():
    texts = (
        "The corps sent six of its nine brigades into the hills. The enemy had roughly 900 guns "
        "against about 700.",
        "Around 40,000 Danish sailors were taken prisoner and about 2,000 were killed.",
    )
    found = _implied(_view(*texts))
    assert list(found) == ["share of brigades counted"]
    assert found["share of brigades counted"]["inputs"] == [6, 9]


def test_a_share_of_counts_with_the_same_head_noun():
    found = _implied(_view("The regiment had 2,000 soldiers and 300 soldiers were wounded."))
    assert found["share of soldiers wounded"]["value"] == pytest.approx(0.15)


def test_conflict_on_losses_read_before_the_number():
    first = "At Tarnow the Saxon army lost 3,100 men in two days, and the Polish army about 4,000."
    second = "Saxon losses were 3,000 and Polish losses about 6,500, the old almanac says."
    (finding,) = check_conflict(_view(first, second))
    assert finding.data["what"] == "Polish losses"
    assert finding.data["values"] == [4000, 6500]


def test_quiet_when_losses_before_the_number_agree():
    first = "At Tarnow the Saxon army lost 3,100 men in two days, and the Polish army about 4,000."
    assert check_conflict(_view(first, "Polish losses were about 4,200 at Tarnow.")) == []


def test_partitive_parts_give_shares_of_the_whole_not_rivals():
    source = "Of the 240 sailors lost at sea, 150 were Danes and 60 were Norwegians."
    thread = "In all 240 sailors were lost at sea, among them 150 Danes and 60 Norwegians."
    view = _view(source, thread)
    assert check_conflict(view) == []
    found = check_implied(view)
    values = sorted({(f.data["value"], tuple(f.data["inputs"])) for f in found})
    assert values == [(0.25, (60, 240)), (0.625, (150, 240))]
    assert all("Danes" not in f.message or "Norwegians" not in f.message for f in found)


def test_competing_totals_still_conflict_beside_a_partitive():
    view = _view("Of the 240 sailors lost at sea, 150 were Danes.", "Some 400 sailors were lost at sea.")
    assert [f.data["values"] for f in check_conflict(view)] == [[240, 400]]
