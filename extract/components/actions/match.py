"""One trigger match on its way to becoming an action: what the vetoes and resolvers look at."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

# Patterns whose trigger is an auxiliary on the action's verb ("will pay", "must pay"): the
# verb's own subject acts, and the vetoes of a predicted future apply.
AUXILIARY_PATTERNS = ("will", "would", "must")

if TYPE_CHECKING:
    from extract.components.actions.context import Context


@dataclass
class Match:
    """The tokens a trigger pattern matched (`tokens`, by the pattern's node names), the verb
    of the action and its subject as the chain has settled them so far."""

    pattern: str
    tokens: dict[str, Token]
    ctx: Context
    verb: Token
    trigger: Token
    subject: Token | None = None
