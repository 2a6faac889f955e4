from viewbuilder import entity, mention, thread, view

from histdesk.check.variants import check_variants, forms_of, normal_form

POSTS = (
    "The widow, Nadezhda Kovalska, met the envoy. Kovalska’s letter was later lost.",
    "Great post. By the way, Kovalskaya is the proper way to spell it in English.",
    ("Oops, thanks.", {"kind": "reply"}),
)


def test_possessives_and_articles_are_not_variants():
    assert normal_form("the Cheka’s") == "Cheka"
    assert normal_form("Workers' ") == "Workers"
    doc, posts = thread("Lenin spoke. Lenin’s speech ended.")
    ent = entity(1, "Lenin", "PERSON", [mention(doc, "Lenin"), mention(doc, "Lenin’s")])
    assert forms_of(ent) == ["Lenin"]
    assert check_variants(view(doc, posts=posts, entities=[ent])) == []


def test_correction_post_sets_preferred_form_and_is_cited():
    doc, posts = thread(*POSTS)
    ent = entity(7, "Kovalska", "PERSON",
                 [mention(doc, "Kovalska"), mention(doc, "Kovalska’s"), mention(doc, "Kovalskaya")])
    [found] = check_variants(view(doc, posts=posts, entities=[ent]))
    assert found.code == "variant.spelling"
    assert found.data["preferred"] == "Kovalskaya"
    assert found.data["variants"] == ["Kovalska"]
    assert found.evidence[-1].label == "post 2"
    assert "proper way to spell" in found.evidence[-1].quote


def test_negated_pair_is_a_correction_without_spelling_words():
    doc, posts = thread("We met Orlova there.", "It is Orlov, not Orlova.")
    ent = entity(1, "Orlova", "PERSON", [mention(doc, "Orlova"), mention(doc, "Orlov")], ("Orlov",))
    [found] = check_variants(view(doc, posts=posts, entities=[ent]))
    assert found.data["preferred"] == "Orlov"


def test_uncorrected_transliteration_prefers_canonical_name():
    doc, posts = thread("Jozef Pilsudski (Józef Piłsudski) led the army.")
    ent = entity(2, "Józef Piłsudski", "PERSON",
                 [mention(doc, "Jozef Pilsudski"), mention(doc, "Józef Piłsudski")])
    [found] = check_variants(view(doc, posts=posts, entities=[ent]))
    assert found.data == {"entity": 2, "preferred": "Józef Piłsudski", "variants": ["Jozef Pilsudski"],
                          "corrected": False}
    assert [e.quote for e in found.evidence] == ["Józef Piłsudski", "Jozef Pilsudski"]


def test_quiet_when_a_mere_mention_of_another_form_has_no_cue():
    doc, posts = thread("Kovalska arrived.", "Kovalskaya left early.")
    ent = entity(1, "Kovalska", "PERSON", [mention(doc, "Kovalska"), mention(doc, "Kovalskaya")])
    [found] = check_variants(view(doc, posts=posts, entities=[ent]))
    assert found.data["preferred"] == "Kovalska" and not found.data["corrected"]


def test_correction_may_name_a_spelling_no_mention_uses():
    doc, posts = thread("Kovalska arrived late.", "It should be spelled Kovalskaya, by the way.")
    ent = entity(1, "Kovalska", "PERSON", [mention(doc, "Kovalska")])
    [found] = check_variants(view(doc, posts=posts, entities=[ent]))
    assert found.data["preferred"] == "Kovalskaya" and found.data["variants"] == ["Kovalska"]
    assert found.evidence[-1].label == "post 2"


def test_single_form_without_correction_is_quiet():
    doc, posts = thread("Kovalska arrived late.", "It should be spelled out in full, Ann.")
    ent = entity(1, "Kovalska", "PERSON", [mention(doc, "Kovalska")])
    assert check_variants(view(doc, posts=posts, entities=[ent])) == []


def test_short_forms_of_a_full_name_are_one_spelling():
    doc, posts = thread("Winston Churchill spoke. Churchill and W. Churchill again. The Prime Minister, "
                        "the Minister.")
    churchill = entity(1, "Winston Churchill", "PERSON",
                       [mention(doc, "Winston Churchill"), mention(doc, "Churchill", occurrence=1),
                        mention(doc, "W. Churchill")])
    minister = entity(2, "Prime Minister", "PERSON",
                      [mention(doc, "Prime Minister"), mention(doc, "Minister", occurrence=1)])
    assert check_variants(view(doc, posts=posts, entities=[churchill, minister])) == []


def test_a_respelt_surname_beside_a_full_name_is_a_variant():
    doc, posts = thread("Gerd von Rundberg led. Later Runberg halted.")
    ent = entity(1, "Gerd von Rundberg", "PERSON", [mention(doc, "Gerd von Rundberg"), mention(doc, "Runberg")])
    [found] = check_variants(view(doc, posts=posts, entities=[ent]))
    assert found.data["variants"] == ["Runberg"] and not found.data["corrected"]


def test_acronyms_and_transliterations_are_still_variants():
    doc, posts = thread("The Polish Home Army (PHA) met Lech Walesa, or Lech Wałęsa.")
    army = entity(1, "Polish Home Army", "ORG", [mention(doc, "Polish Home Army"), mention(doc, "PHA")])
    walesa = entity(2, "Lech Wałęsa", "PERSON", [mention(doc, "Lech Walesa"), mention(doc, "Lech Wałęsa")])
    found = check_variants(view(doc, posts=posts, entities=[army, walesa]))
    assert [f.data["variants"] for f in found] == [["PHA"], ["Lech Walesa"]]


AMERICANS = (
    "The Americans landed at Cap du Lorin at dawn.",
    (
        "It is Cap du Lorrin, not Cap du Lorin. The old maps misspelled the name, which is why "
        "it turns up in so many American memoirs."
    ),
)


def test_a_cue_sentence_corrects_only_the_names_it_sets_against_each_other():
    doc, posts = thread(*AMERICANS)
    plural = entity(1, "Americans", "NORP", [mention(doc, "Americans")])
    adjective = entity(2, "American", "NORP", [mention(doc, "American memoirs")])
    assert check_variants(view(doc, posts=posts, entities=[plural, adjective])) == []


def test_a_negated_respelling_of_a_name_with_particles_is_a_correction_reported_once():
    doc, posts = thread(*AMERICANS)
    wrong = entity(1, "Cap du Lorin", "GPE", [mention(doc, "Cap du Lorin"), mention(doc, "Cap du Lorin", occurrence=1)])
    right = entity(2, "Cap du Lorrin", "GPE", [mention(doc, "Cap du Lorrin")])
    [found] = check_variants(view(doc, posts=posts, entities=[wrong, right]))
    assert (found.data["preferred"], found.data["variants"]) == ("Cap du Lorrin", ["Cap du Lorin"])
    assert found.evidence[-1].label == "post 2" and found.data["corrected"]


def test_a_negated_correction_picks_the_right_one_word_spelling_whatever_its_letter():
    from histdesk.check.variants import correction_in

    forms = ["Wilhelm Kaiser", "Kaiser", "Caiser"]
    assert correction_in("Small point: it is Kaiser, not Caiser, here.", forms) == (
        "Kaiser", ("Caiser",)
    )
