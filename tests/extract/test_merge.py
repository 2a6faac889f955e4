"""Rule judgements, clustering with user overrides, canonical names; the seeds end to end."""

from __future__ import annotations

from dataclasses import replace

from conftest import seed_path
from histdesk.extract.entities import fix_types, mentions_from_doc
from histdesk.extract.merge import cluster, propose_judgements
from histdesk.extract.names import corrections_in_text
from histdesk.model import Judgement, Mention


def mentions_in(text: str, spec: list[tuple[str, str]], document: int = 1) -> list[Mention]:
    """Mentions for (name, type) pairs, each searched for after the previous one."""
    out, start = [], 0
    for name, typ in spec:
        start = text.index(name, start)
        out.append(Mention(start, start + len(name), name, typ, document=document))
        start += len(name)
    return out


TEXT = (
    "Jan Pietrow (Ivan Petrov) ran the Northern Grain Board (Zernbor). Petrov met Orlovska "
    "of the Workers Party (Maximalists), the WP(M). Later the WP (Maximalist) broke up and "
    "Orlovskaya left; Petrov and Orlovska stayed friends. Pietrowa wrote too."
)
SPEC = [
    ("Jan Pietrow", "PERSON"), ("Ivan Petrov", "PERSON"), ("Northern Grain Board", "ORG"),
    ("Zernbor", "ORG"), ("Petrov", "PERSON"), ("Orlovska", "PERSON"),
    ("Workers Party (Maximalists)", "ORG"), ("WP(M)", "ORG"), ("WP (Maximalist)", "ORG"),
    ("Orlovskaya", "PERSON"), ("Petrov", "PERSON"), ("Orlovska", "PERSON"), ("Pietrowa", "PERSON"),
]


def by_pair(judgements: list[Judgement]) -> dict[frozenset, Judgement]:
    return {frozenset((j.left, j.right)): j for j in judgements}


def test_rules_propose_alias_acronym_translit_and_surname_judgements():
    judgements = by_pair(propose_judgements(mentions_in(TEXT, SPEC), {1: TEXT}))
    assert judgements[frozenset(("Jan Pietrow", "Ivan Petrov"))].decided_by == "rule:alias"
    assert judgements[frozenset(("Northern Grain Board", "Zernbor"))].decided_by == "rule:alias"
    acronym = judgements[frozenset(("WP(M)", "Workers Party (Maximalists)"))]
    assert (acronym.verdict, acronym.decided_by) == ("same", "rule:acronym")
    assert judgements[frozenset(("WP(M)", "WP (Maximalist)"))].decided_by == "rule:acronym"
    assert judgements[frozenset(("Orlovska", "Orlovskaya"))].decided_by == "rule:translit"
    assert judgements[frozenset(("Petrov", "Ivan Petrov"))].decided_by == "rule:surname"


def test_fuzzy_similarity_is_only_undecided():
    text = "Nadezhda Orlova met Nadezhda Orlovna."
    mentions = mentions_in(text, [("Nadezhda Orlova", "PERSON"), ("Nadezhda Orlovna", "PERSON")])
    (judgement,) = propose_judgements(mentions, {1: text})
    assert (judgement.verdict, judgement.decided_by) == ("undecided", "rule:fuzzy")
    assert len(cluster(mentions, [judgement])) == 2


def test_surname_rule_abstains_when_two_full_names_share_the_surname():
    text = "Ivan Orlov and Pavel Orlov argued; Orlov left."
    spec = [("Ivan Orlov", "PERSON"), ("Pavel Orlov", "PERSON"), ("Orlov", "PERSON")]
    judgements = propose_judgements(mentions_in(text, spec), {1: text})
    assert not [j for j in judgements if j.decided_by == "rule:surname"]


def test_cluster_unions_rules_and_picks_canonical_names():
    mentions = mentions_in(TEXT, SPEC)
    entities = cluster(mentions, propose_judgements(mentions, {1: TEXT}))
    names = {e.name: e for e in entities}
    assert set(names) == {
        "Ivan Petrov", "Zernbor", "Orlovska", "Workers Party (Maximalists)", "Pietrowa"
    }
    assert set(names["Ivan Petrov"].aliases) == {"Jan Pietrow", "Petrov"}
    assert names["Workers Party (Maximalists)"].type == "ORG"
    assert [e.id for e in entities] == [1, 2, 3, 4, 5]
    assert entities[0].name == "Ivan Petrov"
    assert all(m.entity == e.id for e in entities for m in e.mentions)


def test_preferred_spelling_overrides_the_canonical_name():
    mentions = mentions_in(TEXT, SPEC)
    judgements = propose_judgements(mentions, {1: TEXT})
    entities = cluster(mentions, judgements, {"Orlovska": "Orlovskaya"})
    entity = next(e for e in entities if "Orlovska" in e.aliases)
    assert entity.name == "Orlovskaya" and entity.type == "PERSON"


def test_user_judgements_override_rules_in_either_order():
    mentions = mentions_in(TEXT, SPEC)
    rules = propose_judgements(mentions, {1: TEXT})
    split = Judgement("Orlovskaya", "Orlovska", "different", "user:ed")
    join = Judgement("Pietrowa", "Jan Pietrow", "same", "user:ed")
    names = {e.name for e in cluster(mentions, rules + [split, join])}
    assert {"Orlovska", "Orlovskaya", "Ivan Petrov"} <= names and "Pietrowa" not in names


def test_user_different_blocks_a_chain_of_rules():
    text = "Jan Pietrow (Ivan Petrov) came. Petrov spoke."
    spec = [("Jan Pietrow", "PERSON"), ("Ivan Petrov", "PERSON"), ("Petrov", "PERSON")]
    mentions = mentions_in(text, spec)
    user = Judgement("Petrov", "Jan Pietrow", "different", "user:ed")
    entities = cluster(mentions, propose_judgements(mentions, {1: text}) + [user])
    together = [e for e in entities if len(e.mentions) > 1]
    assert len(entities) == 2 and len(together) == 1


def test_ids_follow_first_mention_across_documents():
    a = Mention(5, 10, "Orlov", "PERSON", document=2)
    b = Mention(0, 4, "Kiev", "GPE", document=1)
    assert [e.name for e in cluster([a, b], [])] == ["Kiev", "Orlov"]


def seed_entities(nlp):
    """The seeds through mentions_from_doc -> fix_types -> propose_judgements -> cluster."""
    texts, mentions = {}, []
    own = [n for n in nlp.pipe_names if not n.startswith("histdesk")]
    for number, prefix in enumerate(("000", "004"), 1):
        texts[number] = seed_path(prefix).read_text(encoding="utf-8")
        with nlp.select_pipes(enable=own):
            doc = nlp(texts[number])
        mentions += [replace(m, document=number) for m in mentions_from_doc(doc)]
    mentions = fix_types(mentions, texts)
    names = {m.text for m in mentions}
    preferred = dict(c for text in texts.values() for c in corrections_in_text(text, names))
    return cluster(mentions, propose_judgements(mentions, texts), preferred)


def test_seed_entities_match_expected(nlp, expected):
    entities = seed_entities(nlp)
    for spec in expected["entities"]:
        if spec.get("required") is False:
            continue
        holders = [e for e in entities if any(m.text in spec["mentions"] for m in e.mentions)]
        assert len(holders) == 1, (spec, [(e.name, e.aliases) for e in holders])
        (entity,) = holders
        assert {m.text for m in entity.mentions} >= set(spec["mentions"]), spec
        assert (entity.name, entity.type) == (spec["canonical"], spec["type"]), spec


def test_initials_and_full_names_merge_and_the_surname_rule_follows_the_chain():
    text = (
        "P. A. Orlovskii chaired the board. Pavel Orlovsky resigned in May; Orlovsky then "
        "left. Ivan Gorin and I. Gorina met V. Gorin."
    )
    spec = [("P. A. Orlovskii", "PERSON"), ("Pavel Orlovsky", "PERSON"), ("Orlovsky", "PERSON"),
            ("Ivan Gorin", "PERSON"), ("I. Gorina", "PERSON"), ("V. Gorin", "PERSON")]
    mentions = mentions_in(text, spec)
    judgements = by_pair(propose_judgements(mentions, {1: text}))
    rule = judgements[frozenset(("P. A. Orlovskii", "Pavel Orlovsky"))]
    assert (rule.verdict, rule.decided_by) == ("same", "rule:initials")
    assert judgements[frozenset(("Orlovsky", "Pavel Orlovsky"))].decided_by == "rule:surname"
    entities = {e.name: e for e in cluster(mentions, list(judgements.values()))}
    assert set(entities) == {"Pavel Orlovsky", "Ivan Gorin", "I. Gorina", "V. Gorin"}
    assert set(entities["Pavel Orlovsky"].aliases) == {"P. A. Orlovskii", "Orlovsky"}


def test_short_form_after_the_long_one_in_a_text_is_the_same_body():
    text = (
        "The Second Assembly of the Grain Board (Zernbor) met in May. The Second Assembly "
        "voted. Later the Grain Board Council and the Grain Board Bank opened; the Grain Board "
        "spoke."
    )
    spec = [("Second Assembly of the Grain Board (Zernbor)", "ORG"), ("Second Assembly", "ORG"),
            ("Grain Board Council", "ORG"), ("Grain Board Bank", "ORG"), ("Grain Board", "ORG")]
    mentions = mentions_in(text, spec)
    judgements = propose_judgements(mentions, {1: text})
    short = [j for j in judgements if j.decided_by == "rule:shortform"]
    assert [(j.left, j.right) for j in short] == [
        ("Second Assembly", "Second Assembly of the Grain Board (Zernbor)")
    ]
    entity = cluster(mentions, judgements)[0]
    assert entity.name == "Second Assembly of the Grain Board (Zernbor)"
    assert entity.aliases == ("Second Assembly",)


def test_short_form_before_the_long_one_or_in_another_text_is_not_merged():
    first = "The Second Assembly met. Then the Second Assembly of the Grain Board met."
    other = "The Grain Board Council met."
    mentions = mentions_in(first, [("Second Assembly", "ORG"),
                                   ("Second Assembly of the Grain Board", "ORG")])
    mentions += mentions_in(other, [("Grain Board Council", "ORG")], document=2)
    mentions += [Mention(0, 11, "Grain Board", "ORG", document=3)]
    texts = {1: first, 2: other, 3: "Grain Board"}
    assert not [j for j in propose_judgements(mentions, texts) if j.decided_by == "rule:shortform"]


def test_a_corrected_surname_renames_the_full_names_holding_it():
    text = "Pavel Orlowski came. Orlowski spoke. P. Orlovskii wrote. It's Orlovsky, not Orlowski."
    spec = [("Pavel Orlowski", "PERSON"), ("Orlowski", "PERSON"), ("P. Orlovskii", "PERSON"),
            ("Orlovsky", "PERSON"), ("Orlowski", "PERSON")]
    mentions = mentions_in(text, spec)
    preferred = dict(corrections_in_text(text))
    assert preferred == {"Orlowski": "Orlovsky"}
    (entity,) = cluster(mentions, propose_judgements(mentions, {1: text}), preferred)
    assert entity.name == "Pavel Orlovsky"
    assert "Pavel Orlowski" in entity.aliases


def test_canonical_name_prefers_full_given_names_over_initials():
    text = "V. I. Gorin spoke; Vasily Gorin left; Vasily Ivanovich Gorin returned."
    spec = [("V. I. Gorin", "PERSON"), ("Vasily Gorin", "PERSON")]
    mentions = mentions_in(text, spec)
    (entity,) = cluster(mentions, propose_judgements(mentions, {1: text}))
    assert entity.name == "Vasily Gorin"
    mentions += mentions_in(text, [("Vasily Ivanovich Gorin", "PERSON")])
    (entity,) = cluster(mentions, propose_judgements(mentions, {1: text}))
    assert entity.name == "Vasily Ivanovich Gorin"


def test_example_episode_entities_end_to_end(nlp):
    """The bundled example thread and source: initials, corrections, short forms, types."""
    from importlib import resources

    examples = resources.files("histdesk").joinpath("examples")
    texts, mentions = {}, []
    own = [n for n in nlp.pipe_names if not n.startswith("histdesk")]
    for number, name in enumerate(("thread_1921_03.txt", "source_kronstadt.txt"), 1):
        texts[number] = examples.joinpath(name).read_text(encoding="utf-8")
        with nlp.select_pipes(enable=own):
            doc = nlp(texts[number])
        mentions += [replace(m, document=number) for m in mentions_from_doc(doc)]
    mentions = fix_types(mentions, texts)
    names = {m.text for m in mentions}
    preferred = dict(c for text in texts.values() for c in corrections_in_text(text, names))
    entities = cluster(mentions, propose_judgements(mentions, texts), preferred)
    table = {e.name: (e.type, set(e.aliases)) for e in entities}
    assert table["Mikhail Kalinin"] == ("PERSON", {"M. I. Kalinin"})
    assert table["Stepan Petrichenko"] == ("PERSON", {"S. M. Petrichenko", "Petrichenko"})
    assert table["Mikhail Tukhachevsky"] == ("PERSON", {"M. N. Tukhachevskii"})
    assert {"Alexander Kozlovski", "A. N. Kozlovskii"} <= table["Alexander Kozlovsky"][1]
    long_form = "Tenth Congress of the Russian Communist Party (Bolsheviks)"
    assert table[long_form] == ("ORG", {"Tenth Congress"})
    assert table["Tambov"][0] == "GPE" and table["Izvestiia"][0] == "ORG"
    assert table["Workers' Opposition"][0] == "ORG"
    assert table["Alexander Shliapnikov"][0] == "PERSON"
    assert not {"soviets", "Red", "Kronstadt half", "a Provisional Revolutionary Committee"} & {
        m.text for e in entities for m in e.mentions
    }


def test_an_explicit_correction_between_two_mentioned_names_is_the_same_entity():
    text = "Keszlar held the bridge at Mont des Arts. No: it is Keszler, not Keszlar, and "
    text += "it is Mont des Arcs, not Mont des Arts. Keszler was wounded."
    mentions = mentions_in(text, [
        ("Keszlar", "PERSON"), ("Mont des Arts", "GPE"), ("Keszler", "PERSON"),
        ("Keszlar", "PERSON"), ("Mont des Arcs", "PERSON"), ("Mont des Arts", "PERSON"),
        ("Keszler", "PERSON"),
    ])
    judgements = by_pair(propose_judgements(mentions, {1: text}))
    assert judgements[frozenset(("Keszlar", "Keszler"))].decided_by == "rule:correction"
    assert judgements[frozenset(("Mont des Arts", "Mont des Arcs"))].verdict == "same"
    preferred = dict(corrections_in_text(text))
    entities = cluster(mentions, list(judgements.values()), preferred)
    assert sorted(e.name for e in entities) == ["Keszler", "Mont des Arcs"]


def test_a_surname_typed_wrongly_by_the_model_merges_with_its_full_name():
    text = "Paul Vernet spoke first. Vernet resigned. Henri de Brissac came; De Brissac stayed."
    mentions = mentions_in(text, [("Paul Vernet", "PERSON"), ("Vernet", "ORG"),
                                  ("Henri de Brissac", "PERSON"), ("De Brissac", "GPE")])
    mentions = fix_types(mentions, {1: text}, gazetteer={})
    entities = cluster(mentions, propose_judgements(mentions, {1: text}))
    assert [(e.name, e.type, e.aliases) for e in entities] == [
        ("Paul Vernet", "PERSON", ("Vernet",)), ("Henri de Brissac", "PERSON", ("De Brissac",))]


def test_a_judgement_keeps_the_ids_of_the_other_entities():
    text = "Lenz met Weiss in Tarvos. Otto Brandt and O. Brant and Kessa and Holm were there."
    spec = [("Lenz", "PERSON"), ("Weiss", "PERSON"), ("Tarvos", "GPE"), ("Otto Brandt", "PERSON"),
            ("O. Brant", "PERSON"), ("Kessa", "GPE"), ("Holm", "GPE")]
    mentions = mentions_in(text, spec)
    rules = propose_judgements(mentions, {1: text})
    before = cluster(mentions, rules)
    ids = {e.name: e.id for e in before}
    user = Judgement("Lenz", "Tarvos", "same", "user:test")
    after = cluster(mentions, [*rules, user], previous=before)
    merged = next(e for e in after if "Tarvos" in {m.text for m in e.mentions})
    assert merged.id == ids["Lenz"]
    assert {e.name: e.id for e in after if e is not merged} == {
        n: i for n, i in ids.items() if n not in ("Lenz", "Tarvos")}
    mentions.append(Mention(0, 4, "Varo", "GPE", document=2))
    newest = cluster(mentions, [*rules, user], previous=after)
    assert next(e.id for e in newest if e.name == "Varo") == max(ids.values()) + 1


def test_two_initials_a_tria_nomina_and_their_short_forms_merge():
    """'H. W. Tolland' = 'Henry W. Tolland' = 'Tolland'; 'Sextus Aelius Varro' = 'Varro' even
    when the model called both an ORG."""
    text = ("H. W. Tolland rode in. Henry W. Tolland wrote home. Tolland left. Sextus Aelius "
            "Varro ruled, and Varro crossed the river.")
    spec = [("H. W. Tolland", "PERSON"), ("Henry W. Tolland", "PERSON"), ("Tolland", "PERSON"),
            ("Sextus Aelius Varro", "ORG"), ("Varro", "ORG")]
    mentions = fix_types(mentions_in(text, spec), {1: text}, gazetteer={})
    entities = cluster(mentions, propose_judgements(mentions, {1: text}))
    table = {e.name: (e.type, set(e.aliases)) for e in entities}
    assert table == {"Henry W. Tolland": ("PERSON", {"H. W. Tolland", "Tolland"}),
                     "Sextus Aelius Varro": ("PERSON", {"Varro"})}


def test_a_user_split_keeps_the_corrected_form_off_the_other_entity():
    from histdesk.extract.merge import cluster
    from histdesk.model import Judgement, Mention

    # "Aldren walked. Aldrin walked. It is Aldrin, not Aldren."
    mentions = [Mention(0, 6, "Aldren", "PERSON", document=1), Mention(15, 21, "Aldrin", "PERSON", document=1)]
    joined = cluster(mentions, [Judgement("Aldren", "Aldrin", "same", "rule:correction")], {"Aldren": "Aldrin"})
    assert [e.name for e in joined] == ["Aldrin"]
    split = [Judgement("Aldren", "Aldrin", "same", "rule:correction"),
             Judgement("Aldren", "Aldrin", "different", "user:editor")]
    assert [e.name for e in cluster(mentions, split, {"Aldren": "Aldrin"})] == ["Aldren", "Aldrin"]


def test_a_one_word_short_form_of_a_long_index_name_is_the_same_body():
    text = "The Nikkei Stock Average Index fell. Next day the Nikkei fell again."
    mentions = mentions_in(text, [("Nikkei Stock Average Index", "ORG"), ("Nikkei", "ORG")])
    short = [j for j in propose_judgements(mentions, {1: text}) if j.decided_by == "rule:shortform"]
    assert [(j.left, j.right) for j in short] == [("Nikkei", "Nikkei Stock Average Index")]


def test_a_negated_correction_merges_two_one_word_names():
    text = "Kaiser met them. Later Caiser spoke. It is Kaiser, not Caiser."
    mentions = mentions_in(text, [("Kaiser", "PERSON"), ("Caiser", "PERSON")])
    judgements = propose_judgements(mentions, {1: text})
    assert any(j.decided_by == "rule:correction" and j.verdict == "same" for j in judgements)
    assert len(cluster(mentions, judgements)) == 1
