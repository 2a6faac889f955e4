from dataclasses import replace

import pytest
from viewbuilder import thread, view

from histdesk.check.workflow import check_status, reported_stage


def _run(*posts, status="In Research"):
    doc, placed = thread(*posts)
    built = view(doc, posts=placed)
    return check_status(replace(built, episode=replace(built.episode, status=status)))


def test_fires_for_a_recorded_episode():
    [found] = _run("Draft is below.", ("@Kit the episode was recorded yesterday, thank you!", {"kind": "credit"}))
    assert found.code == "workflow.status"
    assert found.data == {"from": "In Research", "to": "Recorded"}
    assert found.evidence[0].label == "post 2"


@pytest.mark.parametrize("sentence, stage", [
    ("The episode is out now, enjoy.", "Published"),
    ("We published it on Friday.", "Published"),
    ("The script is done.", "Writing"),
    ("Once the episode is out we will post the sources.", None),
    ("The episode will be recorded next week.", None),
    ("The episode was not recorded yet.", None),
])
def test_stage_cues(sentence, stage):
    found = reported_stage(sentence)
    assert (found[0] if found else None) == stage


def test_quiet_when_not_forward_or_not_staff():
    assert _run("The episode was recorded this week.", status="Published") == []
    assert _run(("The episode was recorded this week.", {"author": "someone_else", "kind": "reply"})) == []
