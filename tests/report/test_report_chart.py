import re

from histdesk.report.chart import Mark, timeline_svg


def test_one_mark_per_event_outside_ones_marked_and_text_escaped():
    svg = timeline_svg(
        [Mark(1924.1, 1924.1027, "a <day>"), Mark(1924.0, 1925.0, "a year"),
         Mark(1925.9, 1926.0, "late & outside", outside=True, tag="1925-12<")],
        window=(1924.0, 1925.0),
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert len(re.findall(r'class="event', svg)) == 3
    assert svg.count('class="event outside"') == 1
    assert "<circle" in svg and "<rect class=\"event" in svg
    assert ">1925-12&lt;</text>" in svg
    assert "&lt;day&gt;" in svg and "late &amp; outside" in svg
    assert 'class="window"' in svg and "http" not in svg


def test_empty_chart_still_draws_an_axis():
    svg = timeline_svg([])
    assert "<line" in svg and 'class="event' not in svg
