"""The examples in the text layer's docstrings run as written."""

import doctest
import importlib

import pytest

MODULES = [
    "claims.text",
    "claims.text.normalize",
    "claims.text.segment",
    "claims.text.numbers",
    "claims.text.packs",
    "claims.text.entities",
    "claims.text.timex",
    "claims.text.lang",
    "claims.text.extract",
    "claims.text.documents",
    "claims.text.render",
    "claims.text.triggers",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
