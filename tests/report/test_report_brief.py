import re

import pytest
from viewbuilder import entity, event, figure, mention, source, thread, view

from histdesk.check.registry import run_checks
from histdesk.model import BibEntry
from histdesk.report.brief import assemble, build_brief

ARTICLE = (
    "A short article. It may be partisan. "
    "The congress opened on March 4, 1924. The congress closed in 1926. "
    "Some 12,000 delegates came and this attested to the enormous prestige of the council."
)


def _view():
    doc, posts = thread(
        ("Research on the congress.", {"kind": "research", "author": "mira"}),
        ("Mira Kovalska <b>chaired</b> it | in May 1924. Later, in 1925, she retired.", {"kind": "research"}),
        ("What the post is missing is the vote count.", {"kind": "feedback"}),
    )
    src_doc, src = source(ARTICLE, "Almanac", "It may be partisan.",
                          bibliography=(BibEntry("Smith, J. Congresses. London, 1950."),))
    kov = entity(1, "Mira Kovalska", "PERSON", [mention(doc, "Mira Kovalska")], ("Kovalska",))
    events = [
        event(doc, "Later, in 1925, she retired.", "1925", mentions=(mention(doc, "Mira Kovalska"),)),
        event(doc, "Mira Kovalska <b>chaired</b> it | in May 1924.", "1924-05"),
        event(src_doc, "The congress opened on March 4, 1924.", "1924-03-04"),
        event(src_doc, "The congress closed in 1926.", "1926"),
    ]
    return view(doc, src_doc, posts=posts, sources=[src], events=events, entities=[kov],
                figures=[figure(src_doc, "12,000", 12000, "delegates")])


def test_timeline_is_oldest_first_cited_and_marked():
    built = _view()
    brief = assemble(built, run_checks(built))
    assert [line.date for line in brief.timeline] == ["1924-03-04", "1924-05", "1925", "1926"]
    first, _, third, fourth = brief.timeline
    assert first.cite == "Almanac" and "caveated source only" in first.marks
    assert third.cite.startswith("post 2") and third.marks == ("outside window",)
    assert set(fourth.marks) == {"outside window", "caveated source only"}
    assert brief.questions[0].text == "the vote count"


def test_window_mark_names_its_own_date_not_every_event_of_the_sentence():
    doc, posts = thread("Ill since 1923, the envoy died on May 2, 1924.")
    sentence = "Ill since 1923, the envoy died on May 2, 1924."
    built = view(doc, posts=posts, events=[event(doc, sentence, "1923"), event(doc, sentence, "1924-05-02")])
    rows = assemble(built, run_checks(built)).timeline
    assert [(r.date, r.marks) for r in rows] == [("1923", ("outside window",)), ("1924-05-02", ())]


def test_markdown_has_every_section_and_escapes_user_text():
    text = build_brief(_view(), run_checks(_view()), "md")
    for heading in ("## Summary", "## Timeline", "## People, organisations and places", "## Figures",
                    "## Findings", "## Open questions", "## Credits", "## Bibliography"):
        assert heading in text
    assert "&lt;b&gt;chaired&lt;/b&gt; it \\| in May" in text and "<b>" not in text
    assert "Smith, J. Congresses. London, 1950. (Almanac)" in text
    assert "| 1925 | Later, in 1925, she retired. | post 2 | outside window |" in text


def test_html_is_self_contained_with_one_mark_per_event():
    built = _view()
    html = build_brief(built, run_checks(built), "html")
    svg = re.search(r"<svg .*?</svg>", html, re.S).group()
    assert len(re.findall(r'class="event( outside)?"', svg)) == len(built.events)
    assert len(re.findall(r'class="event outside"', svg)) == 2
    assert "http" not in html and "<script" not in html and "<link" not in html
    assert "&lt;b&gt;chaired&lt;/b&gt;" in html and "<b>" not in html
    assert html.count("<tr>") == 1 + len(built.events)


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        build_brief(_view(), [], "pdf")


def test_timeline_shows_the_mod_beside_the_date():
    sentence = "The talks collapsed at the end of 1923."
    doc, posts = thread(sentence)
    built = view(doc, posts=posts, events=[event(doc, sentence, "1923", mod="END")])
    assert "| 1923 (END) |" in build_brief(built, run_checks(built), "md")
    assert "1923 <small>END</small>" in build_brief(built, run_checks(built), "html")
    plain = view(doc, posts=posts, events=[event(doc, sentence, "1923")])
    assert "| 1923 |" in build_brief(plain, run_checks(plain), "md")


def test_implied_values_list_only_implied_figures_and_conflicts_are_findings():
    from histdesk.model import Finding

    built = _view()
    implied = Finding("figures.implied", "1924 01", "share of delegates elected: 0.64")
    conflict = Finding("figures.conflict", "1924 01", "delegates: 12,000 vs 9,000")
    brief = assemble(built, [implied, conflict])
    assert [line.code for line in brief.implied] == ["figures.implied"]
    assert [line.code for line in brief.findings] == ["figures.conflict"]


def test_people_are_listed_under_the_entity_name_the_desk_uses():
    from histdesk.model import Finding

    doc, posts = thread("John Pemberton held the town; Pemberten gave it up.")
    ent = entity(1, "John Pemberton", "PERSON",
                 [mention(doc, "John Pemberton"), mention(doc, "Pemberten")], ("Pemberten",))
    built = view(doc, posts=posts, entities=[ent])
    spelled = Finding("variant.spelling", built.episode.code, "Pemberton is also written Pemberten",
                      data={"entity": 1, "preferred": "Pemberton", "variants": ["Pemberten"]})
    people = dict(assemble(built, [spelled]).entities)["People"]
    assert people[0].text.startswith("John Pemberton (also: Pemberten")


def test_every_entity_type_has_a_group_in_the_brief():
    from histdesk.model import ENTITY_TYPES
    from histdesk.report.brief import ENTITY_GROUPS

    grouped = {t for _title, types in ENTITY_GROUPS for t in types}
    assert set(ENTITY_TYPES) == grouped
