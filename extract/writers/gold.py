"""gold.jsonl: the records in the gold annotation format that evaluation and score.py read."""
from __future__ import annotations

import json

from extract.writers.base import register
from extract.writers.lines import LinesWriter
from models import Document


@register
class GoldWriter(LinesWriter):
    name = "gold"
    order = 4
    file_name = "gold.jsonl"
    default = False

    def line(self, doc: Document) -> str:
        return json.dumps(doc.to_gold(), ensure_ascii=False)
