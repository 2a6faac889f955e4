from viewbuilder import event, figure, source, thread, view

from histdesk.check.caveat import check_caveats

ARTICLE = (
    "From an old almanac. It may be partisan. "
    "The assembly opened on March 4, 1924. Some 12,000 delegates came. The hall burned in 1926."
)
CAVEAT = "It may be partisan."


def _view(caveat=CAVEAT, thread_posts=("The assembly opened in 1926, I think.",)):
    src_doc, src = source(ARTICLE, "Almanac", caveat)
    doc, posts = thread(*thread_posts)
    events = [
        event(src_doc, "The assembly opened on March 4, 1924.", "1924-03-04"),
        event(src_doc, "The hall burned in 1926.", "1926"),
        event(doc, thread_posts[0], "1926"),
    ]
    figures = [figure(src_doc, "12,000", 12000, "delegates")]
    return view(doc, src_doc, posts=posts, sources=[src], events=events, figures=figures)


def test_fires_once_per_caveated_source_listing_unbacked_claims():
    [found] = check_caveats(_view())
    assert found.code == "caveat.sole_source"
    assert found.data["claims"] == 2  # the 1926 event is backed by the thread
    quotes = [e.quote for e in found.evidence]
    assert quotes == [CAVEAT, "The assembly opened on March 4, 1924.", "12,000"]
    assert all(e.label == "Almanac" for e in found.evidence)
    assert CAVEAT in found.message


def test_quiet_without_caveat_or_when_everything_is_backed():
    assert check_caveats(_view(caveat=None)) == []
    src_doc, src = source("The hall burned in 1926.", "Almanac", CAVEAT)
    doc, posts = thread("It burned in 1926.")
    events = [event(src_doc, "The hall burned in 1926.", "1926"), event(doc, "It burned in 1926.", "1926")]
    assert check_caveats(view(doc, src_doc, posts=posts, sources=[src], events=events)) == []
