"""Reading TimeML (.tml) files: the text, its creation time (DCT) and its TIMEX3 spans.

Used to measure date and time extraction on TempEval-3 (`bench/tempeval.py`). Offsets are
into the TEXT element's character content, tags removed.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Timex3:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDocument:
    doc_id: str
    dct: str | None  # the creation time's value (an ISO date)
    text: str
    timexes: list[Timex3] = field(default_factory=list)


def read_tml(path: str | Path) -> TimeMLDocument:
    root = ET.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    dct_el = root.find("DCT/TIMEX3")
    dct = dct_el.get("value")[:10] if dct_el is not None and dct_el.get("value") else None
    text_el = root.find("TEXT")
    parts: list[str] = []
    timexes: list[Timex3] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, parts))
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if el.tag == "TIMEX3":
            end = sum(map(len, parts))
            timexes.append(Timex3(start, end, "".join(parts)[start:end], el.get("type", ""),
                                  el.get("value", "")))

    if text_el is not None:
        walk(text_el)
    return TimeMLDocument(doc_id, dct, "".join(parts), sorted(timexes, key=lambda t: t.start))
