from viewbuilder import source, thread, view

from histdesk.check.cite import evidence, label_at, post_at, sentences


def _split(text):
    return [text[s:e] for s, e in sentences(text)]


def test_sentences_keep_abbreviations_and_initials_together():
    text = "Held Jan. 29, 1924, by P. M. Gorlov. Then it ended!  Why?\n\nNew part"
    assert _split(text) == ["Held Jan. 29, 1924, by P. M. Gorlov.", "Then it ended!", "Why?", "New part"]


def test_sentences_respect_bounds_and_return_absolute_offsets():
    text = "Skip this. Keep one. Keep two."
    spans = list(sentences(text, 11))
    assert [text[s:e] for s, e in spans] == ["Keep one.", "Keep two."]
    assert spans[0][0] == 11


def test_labels_posts_then_sources_then_names():
    doc, posts = thread("First post.", "Second post.")
    src_doc, src = source("Body text.", "Almanac")
    built = view(doc, src_doc, posts=posts, sources=[src])
    second = doc.text.index("Second")
    assert post_at(built, doc.id, second).number == 2
    assert label_at(built, doc.id, second) == "post 2"
    assert label_at(built, src_doc.id, 0) == "Almanac"
    assert label_at(built, 99, 0) == "document 99"
    cited = evidence(built, doc.id, second, second + 6)
    assert (cited.quote, cited.label) == ("Second", "post 2")
