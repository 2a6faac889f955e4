"""Evaluation of histdesk's temporal tagger against TimeML / TIMEX2 gold files (TempEval-3 rules).

`evaluate_timex(gold_dir)` reads, tags, scores; `format_report` prints the table.
"""

from histdesk.evaluate.run import EvalReport, evaluate_timex, format_report
from histdesk.evaluate.score import Counts
from histdesk.evaluate.timeml import GoldDoc, read_gold_dir

__all__ = ["Counts", "EvalReport", "GoldDoc", "evaluate_timex", "format_report", "read_gold_dir"]
