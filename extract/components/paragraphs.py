"""Line breaks end sentences: a headline, a dateline, a header line or a paragraph is never
parsed as one sentence with the next. Runs before the parser, which keeps preset
boundaries; without it en_core_web_sm joins a headline to the lead paragraph."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("news_line_breaks", default_config={})
def make_line_breaks(nlp: Language, name: str):
    return line_breaks


def line_breaks(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            if not tok.is_space:
                tok.is_sent_start = True
    return doc
