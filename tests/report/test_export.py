"""The export's shape, and docs/export-schema.md kept in step with it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from histdesk.model import (
    BibEntry, Document, Entity, Episode, EpisodeView, Event, Evidence, Figure, Finding,
    Judgement, Mention, Post, Source, Timex,
)
from histdesk.report.export import EXPORT_SCHEMA, export_workspace

DOC = Path(__file__).resolve().parents[2] / "docs" / "export-schema.md"
TEXT = "On May 2, 1926 over 1,500 crew joined Tom Reed in Hull."


def _view(code: str = "1926 05") -> EpisodeView:
    tom = Mention(38, 46, "Tom Reed", "PERSON", document=1, entity=4)
    hull = Mention(50, 54, "Hull", "GPE", document=1, entity=5)
    date = Timex(3, 14, "May 2, 1926", "DATE", "1926-05-02", document=1)
    return EpisodeView(
        episode=Episode(code, "The Crews", ("ann",), "Writing", ("1926-01-01", "1926-12-31")),
        documents=(Document(1, "crews.txt", "thread", "ab12", TEXT, code),
                   Document(2, "dict.txt", "source", "cd34", "Crews. Text.", code)),
        posts=((1, Post(1, TEXT, 0, len(TEXT), author="ann", kind="research", likes=2,
                        handles=("bo",), id=11)),),
        sources=((2, Source("Crews", work="A Dictionary", year=1961, caveat="Dated.",
                            bibliography=(BibEntry("Roe, P. Ships. 1950.", author="Roe, P.",
                                                   year=1950),), id=21)),),
        timexes=(date,),
        figures=(Figure(20, 25, "1,500", 1500.0, qualifier="over", of="crew", document=1),),
        events=(Event(0, len(TEXT), TEXT, "1926-05-02", timex=date, mentions=(tom, hull),
                      document=1),),
        entities=(Entity(5, "Hull", "GPE", (hull,)), Entity(4, "Tom Reed", "PERSON", (tom,),
                                                          aliases=("Reed",))),
        judgements=(Judgement("Reed", "Tom Reed", "same", "user:ann"),),
        mentions=(tom, hull),
    )


def _findings() -> list[Finding]:
    return [Finding("timeline.out_of_window", "1926 05", "1925 is outside the window",
                    (Evidence(1, 3, 14, "May 2, 1926", "post 1"),), data={"dates": ("1925",)})]


def test_export_shape():
    out = export_workspace([_view()], _findings())
    assert out["schema"] == EXPORT_SCHEMA == "histdesk-export/1"
    assert out["episodes"] == [{"code": "1926 05", "title": "The Crews", "authors": ["ann"],
                                "status": "Writing", "window": ["1926-01-01", "1926-12-31"]}]
    assert [d["id"] for d in out["documents"]] == [1, 2]
    post = out["posts"][0]
    assert (post["id"], post["document"], post["episode"], post["likes"]) == (11, 1, "1926 05", 2)
    assert out["sources"][0]["bibliography"][0]["author"] == "Roe, P."
    assert out["timexes"][0]["value"] == "1926-05-02"
    assert out["figures"][0] == {"document": 1, "start": 20, "end": 25, "text": "1,500",
                                 "value": 1500.0, "unit": None, "qualifier": "over", "of": "crew"}
    assert [e["id"] for e in out["entities"]] == [4, 5]
    assert out["events"][0]["entities"] == [4, 5]
    assert out["findings"][0]["evidence"][0]["quote"] == "May 2, 1926"
    assert out["findings"][0]["data"] == {"dates": ["1925"]}
    assert json.loads(json.dumps(out)) == out


def test_offsets_quote_the_document():
    out = export_workspace([_view()])
    texts = {1: TEXT}
    for section in ("timexes", "figures", "events"):
        for item in out[section]:
            assert texts[item["document"]][item["start"]:item["end"]] == item["text"]
    for entity in out["entities"]:
        for m in entity["mentions"]:
            assert texts[m["document"]][m["start"]:m["end"]] == m["text"]


def test_entities_are_merged_across_episodes():
    out = export_workspace([_view("1926 05"), _view("1926 06")])
    assert [(e["id"], len(e["mentions"])) for e in out["entities"]] == [(4, 1), (5, 1)]
    assert [e["code"] for e in out["episodes"]] == ["1926 05", "1926 06"]
    assert len(out["judgements"]) == 1


def test_empty_export_has_every_section():
    out = export_workspace([])
    assert out["schema"] == EXPORT_SCHEMA
    assert all(out[k] == [] for k in out if k != "schema")


def _paths(value, prefix: str = "") -> set[str]:
    """Every field path of a JSON value, lists written `[]`; finding data is free form."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            found.add(path)
            if path != "findings[].data":
                found |= _paths(item, path)
    elif isinstance(value, list):
        for item in value:
            found |= _paths(item, prefix + "[]")
    return found


def test_schema_doc_and_export_list_the_same_fields():
    documented = set(re.findall(r"^\| `([^`]+)` \|", DOC.read_text(encoding="utf-8"), re.M))
    exported = _paths(export_workspace([_view()], _findings()))
    assert documented - exported == set(), "documented but not exported"
    assert exported - documented == set(), "exported but not documented"
    assert EXPORT_SCHEMA in DOC.read_text(encoding="utf-8")


def test_views_may_come_paired_with_their_findings():
    paired = export_workspace([(_view(), _findings())])
    assert paired == export_workspace([_view()], _findings())
    assert paired["findings"][0]["code"] == "timeline.out_of_window"
