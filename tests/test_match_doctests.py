"""The examples in claims.match docstrings run as tests, so they stay true."""

import doctest
import importlib
import pkgutil

import pytest

import claims.match

MODULES = sorted(m.name for m in pkgutil.iter_modules(claims.match.__path__, "claims.match."))


@pytest.mark.parametrize("name", ["claims.match", *MODULES])
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
