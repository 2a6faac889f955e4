"""The clean install: a wheel built from the repository carries every data file the code
reads at run time (templates, the gazetteer, the bundled example episode)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "histdesk"
DATA_SUFFIXES = {".j2", ".tsv", ".txt", ".json", ".css", ".html"}


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
           "-q", "-w", str(out), str(ROOT)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    (wheel,) = out.glob("histdesk-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def test_wheel_carries_every_data_file(wheel_names):
    wanted = {
        "histdesk/" + str(p.relative_to(PKG))
        for p in PKG.rglob("*")
        if p.is_file() and p.suffix in DATA_SUFFIXES and "__pycache__" not in p.parts
    }
    assert wanted, "no data files found: is this the histdesk source tree?"
    assert wanted - wheel_names == set()


def test_wheel_carries_every_module(wheel_names):
    modules = {"histdesk/" + str(p.relative_to(PKG)) for p in PKG.rglob("*.py")}
    assert modules - wheel_names == set()
