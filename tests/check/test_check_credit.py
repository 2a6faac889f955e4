from viewbuilder import thread, view

from histdesk.check.credit import check_credits


def test_fires_per_contributor_merging_roles():
    doc, posts = thread(
        ("Please add research here.", {"kind": "call"}),
        ("The harvest failed in 1921. Famine followed.", {"kind": "research", "author": "mira"}),
        ("Thanks @Mira for the research. Also thanks @olek for maps.",
         {"kind": "credit", "credits": ("Mira", "olek")}),
    )
    found = check_credits(view(doc, posts=posts))
    assert [f.data for f in found] == [
        {"name": "mira", "roles": ["research", "thanked"]},
        {"name": "olek", "roles": ["thanked"]},
    ]
    assert [e.label for e in found[0].evidence] == ["post 2", "post 3"]
    assert found[0].evidence[0].quote == "The harvest failed in 1921."
    assert found[1].evidence[0].quote == "Also thanks @olek for maps."
    assert found[0].code == "credit.contributor"


def test_quiet_without_research_authors_or_credits():
    doc, posts = thread(("Nice work, thanks!", {"kind": "reply", "author": "zed"}),
                        ("Unsigned research.", {"kind": "research"}))
    assert check_credits(view(doc, posts=posts)) == []
