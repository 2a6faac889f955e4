"""Run a temporal tagger over a gold folder and score it: `evaluate_timex` and `format_report`.

This is the library side of `histdesk eval timex GOLD_DIR`: it reads the gold files, tags each
document's text (with the file's creation date, or `dct` when given), scores with the
TempEval-3 definitions of `score.py`, and optionally writes the predictions as JSON lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from histdesk.errors import InputError
from histdesk.evaluate.score import Counts, score, total
from histdesk.evaluate.timeml import GoldDoc, read_gold_dir
from histdesk.model import Timex

Tagger = Callable[[str, "str | None"], Sequence[Timex]]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class EvalReport:
    """Micro-averaged counts over `documents` gold files, and per-document counts on request."""

    gold_dir: str
    documents: int
    counts: Counts
    dct: str | None = None  # the override, when one was given
    per_doc: tuple[tuple[str, Counts], ...] = ()

    def to_dict(self) -> dict:
        """Plain JSON-ready data: counts and metrics, overall and per document."""
        return {
            "gold_dir": self.gold_dir,
            "documents": self.documents,
            "dct": self.dct,
            "counts": asdict(self.counts),
            "metrics": self.counts.metrics(),
            "per_doc": [
                {"doc": name, "counts": asdict(c), "metrics": c.metrics()}
                for name, c in self.per_doc
            ],
        }


def evaluate_timex(
    gold_dir: Path,
    dct: str | None = None,
    per_doc: bool = False,
    predictions: Path | None = None,
    tagger: Tagger | None = None,
) -> EvalReport:
    """Tag every gold document under `gold_dir` and score the result.

    `dct` ("YYYY-MM-DD") overrides each file's creation date (TIMEX2 keys have none).
    `predictions`, when given, receives one JSON line per predicted timex. `tagger(text, dct)`
    defaults to histdesk's own tagger. Raises InputError for a bad folder, file or date.
    """
    if dct is not None and not _DATE.fullmatch(dct.strip()):
        raise InputError(f"--dct {dct!r} is not a date; give it as YYYY-MM-DD, e.g. 2009-12-19")
    docs = read_gold_dir(Path(gold_dir))
    run = tagger or _histdesk_tagger()
    results = [(doc, list(run(doc.text, dct.strip() if dct else doc.dct))) for doc in docs]
    if predictions is not None:
        write_predictions(predictions, results)
    rows = tuple((doc.name, score(doc.timexes, _scored(doc, pred))) for doc, pred in results)
    return EvalReport(
        gold_dir=str(gold_dir),
        documents=len(docs),
        counts=total(c for _, c in rows),
        dct=dct,
        per_doc=rows if per_doc else (),
    )


def write_predictions(path: Path, results: Sequence[tuple[GoldDoc, Sequence[Timex]]]) -> None:
    """One JSON line per predicted timex: doc, start, end, type, value, mod, text."""
    try:
        with Path(path).open("w", encoding="utf-8") as out:
            for doc, timexes in results:
                for t in timexes:
                    row = {"doc": doc.name, "start": t.start, "end": t.end, "type": t.type,
                           "value": t.value, "mod": t.mod, "text": t.text}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as err:
        raise InputError(
            f"cannot write predictions to {path} ({err.strerror}); give a writable file path"
        ) from None


def format_report(report: EvalReport) -> str:
    """A compact plain-text table: strict and relaxed P/R/F1, type F1, value F1 (percent)."""
    head = f"{'':<24}{'gold':>6}{'pred':>6}  {'strict P/R/F1':>17}  {'relaxed P/R/F1':>17}"
    head += f"{'type F1':>9}{'value F1':>9}"
    lines = [
        f"timex evaluation of {report.gold_dir}: {report.documents} documents"
        + (f", DCT {report.dct}" if report.dct else ""),
        head,
    ]
    lines += [_row(name[:23], c) for name, c in report.per_doc]
    lines.append(_row("ALL (micro)", report.counts))
    m = report.counts.metrics()
    lines.append(
        f"accuracy over {report.counts.relaxed} relaxed matches: type {m['type_accuracy']:.1%}, "
        f"value {m['value_accuracy']:.1%}, mod {m['mod_accuracy']:.1%}"
    )
    return "\n".join(lines)


def _row(label: str, c: Counts) -> str:
    m = c.metrics()

    def prf(kind: str) -> str:
        return "/".join(f"{100 * m[f'{kind}_{k}']:5.1f}" for k in ("precision", "recall", "f1"))

    return (f"{label:<24}{c.gold:>6}{c.predicted:>6}  {prf('strict'):>17}  {prf('relaxed'):>17}"
            f"{100 * m['type_f1']:>9.1f}{100 * m['value_f1']:>9.1f}")


def _scored(doc: GoldDoc, predicted: Sequence[Timex]) -> list[Timex]:
    """Predictions minus those on metadata spans the gold excludes from scoring."""
    return [t for t in predicted
            if not any(t.start < end and start < t.end for start, end in doc.ignored)]


def _histdesk_tagger() -> Tagger:
    """histdesk's tagger, imported only when needed so the scorer works without it."""
    from histdesk.extract.timex import tag

    def run(text: str, dct: str | None) -> list[Timex]:
        return tag(text, dct=dct, ranges=False, timeml=True)

    return run
