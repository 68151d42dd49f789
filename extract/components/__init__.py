"""The extraction components. Importing this package registers their factories (and the Doc
extensions they write), so spawned worker processes that import it have them too."""
from extract.components import (
    abbreviations,
    actions,
    dates,
    metadata,
    names_model,
    organisations,
    paragraphs,
    people,
    roles,
)

__all__ = ["abbreviations", "actions", "dates", "metadata", "names_model", "organisations", "paragraphs", "people", "roles"]
