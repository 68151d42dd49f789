"""From a processed spaCy Doc to the `models.Document` record."""
from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from models import FACT_KINDS, Document


def content_id(text: str) -> str:
    """A stable id derived from the content: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_document(doc: Doc) -> Document:
    """The record of one processed release. Validation here is the schema's contract: a
    component that writes a malformed item fails loudly rather than emitting bad rows."""
    return Document(
        id=doc._.doc_id or content_id(doc.text),
        source=doc._.source,
        title=doc._.title,
        published=doc._.published,
        published_from=doc._.published_from,
        encoding=doc._.encoding or "utf-8",
        warnings=list(doc._.warnings or []),
        text=doc.text,
        **{kind.name: getattr(doc._, kind.attribute) or [] for kind in FACT_KINDS},
    )
