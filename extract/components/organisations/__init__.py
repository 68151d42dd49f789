"""Organisations: whole names, acronym definitions, and every form of one body merged.

Modules by stage, each importing only those above it:
`base` (shapes: capitals, the comparison form, acronym fit), `titles` (title knowledge:
"<title> at X", "X, <title>"), `filters` (what a phrase must not be), `phrases` (the head-noun
candidate source), `candidates` (the other sources), `acronyms`, `merging`, and `component`
(the `news_organisations` factory). Results: `doc.spans["organisations"]` (label =
organisation id) and `doc._.organisations`.
"""
from extract.components.organisations.base import acronym_fits, norm
from extract.components.organisations.component import (
    OrganisationsComponent,
    make_organisations,
)

__all__ = ["OrganisationsComponent", "acronym_fits", "make_organisations", "norm"]
