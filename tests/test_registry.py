"""Every declared construction (extract.constructions) runs its examples: the facts each
example names are found, the ones it rules out are not. A construction without an example
fails here. Examples are short sentences in the shape of the press releases the rule serves."""
import pytest

from extract.constructions import REGISTRY, check, switched_off
from extract.pipeline import build_pipeline  # noqa: F401  (imports the components: registers)

CONSTRUCTIONS = sorted(REGISTRY.values(), key=lambda c: (c.kind, c.name))
CASES = [pytest.param(c, n, id=f"{c.kind}:{c.name}:{n}")
         for c in CONSTRUCTIONS for n in range(max(1, len(c.examples)))]


@pytest.mark.parametrize("construction, n", CASES)
def test_construction_example(rules_extract, construction, n):
    # The rule wing is checked alone: the actions' modality classifier, a trained layer on top
    # of it, is tested by tests/test_modality.py.
    assert construction.examples, f"{construction.name} declares no example"
    example = construction.examples[n]
    document = rules_extract(example.text, published=example.published)
    assert not check(example, document), "\n".join(check(example, document))


def test_every_construction_says_what_it_recognises():
    for c in CONSTRUCTIONS:
        assert c.doc.strip(), c.name


def test_switching_off_an_unknown_construction_is_an_error():
    with pytest.raises(ValueError, match="unknown construction"):
        with switched_off(["no-such-construction"]):
            pass
