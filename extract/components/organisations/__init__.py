"""Organisations: whole names, acronym definitions, and every form of one body merged.

Modules by stage, each importing only those above it:
`base` (shapes: capitals, the comparison form, acronym fit), `titles` (title knowledge:
"<title> at X", "X, <title>"), `filters` (what a phrase must not be), `phrases` (the head-noun
candidate source), `candidates` (the other sources), `acronyms`, `merging`, and `component`
(the `news_organisations` factory), and `scorer` (the `news_organisation_scorer` factory,
run after roles and actions: a trained "not an organisation" decision). Results: `doc.spans["organisations"]` (label =
organisation id) and `doc._.organisations`.
"""
from extract.components.organisations.base import acronym_fits, norm
from extract.components.organisations.component import (
    OrganisationsComponent,
    make_organisations,
)
from extract.components.organisations.scorer import ScorerComponent, make_scorer

__all__ = ["OrganisationsComponent", "ScorerComponent", "acronym_fits", "make_organisations",
           "make_scorer", "norm"]
