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
    assert ">1925-12&lt; ▶</text>" in svg  # beyond the zoomed axis: an arrow at the right edge
    assert "&lt;day&gt;" in svg and "late &amp; outside" in svg
    assert 'class="window"' in svg and "http" not in svg


def test_empty_chart_still_draws_an_axis():
    svg = timeline_svg([])
    assert "<line" in svg and 'class="event' not in svg


def _xs(svg: str, kind: str) -> list[float]:
    return [float(v) for v in re.findall(rf'<{kind} class="event[^"]*" c?x="([\d.]+)"', svg)]


def test_axis_zooms_to_the_window_and_clamps_far_events_at_the_edge():
    inside = [Mark(1940.36 + i / 100, 1940.36 + i / 100 + 0.003, f"day {i}") for i in range(5)]
    far = [Mark(1856.3, 1856.303, "born", outside=True, tag="1856-04-24"),
           Mark(1918.0, 1919.0, "old armistice", outside=True, tag="1918")]
    svg = timeline_svg(inside + far, window=(1940.0, 1941.0))
    xs = _xs(svg, "circle")
    assert len(xs) == 5 and xs[-1] - xs[0] > 20  # a year spans the chart, days stay apart
    assert svg.count('data-clamped="before"') == 2
    assert "◀ 1918</text>" in svg and "◀ 1856-04-24</text>" in svg
    assert re.search(r'<rect class="event outside" data-clamped[^>]*fill="#c62828"', svg)
    assert ">Jun</text>" in svg and ">1856<" not in svg


def test_events_inside_the_axis_are_never_clamped():
    svg = timeline_svg([Mark(1940.5, 1940.503, "inside"), Mark(1939.99, 1939.995, "margin", outside=True)],
                       window=(1940.0, 1941.0))
    assert "data-clamped" not in svg and svg.count("<circle") == 2
