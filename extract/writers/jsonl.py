"""documents.jsonl: the full record of every document, one JSON object a line."""
from __future__ import annotations

from extract.writers.base import register
from extract.writers.lines import LinesWriter
from models import Document


@register
class JsonLinesWriter(LinesWriter):
    name = "jsonl"
    order = 0
    file_name = "documents.jsonl"

    def line(self, doc: Document) -> str:
        return doc.model_dump_json()
