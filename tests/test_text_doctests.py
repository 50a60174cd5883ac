"""The examples in the text layer's docstrings run as written."""

import ast
import doctest
import importlib
from pathlib import Path

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
    "claims.text.skeleton",
]


def _source_docstrings(path: Path) -> list[tuple[str, str, int]]:
    """(name, docstring, line) of the module and every class and function in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=False)
            if doc and ">>>" in doc:
                name = getattr(node, "name", path.stem)
                out.append((name, doc, getattr(node, "lineno", 0)))
    return out


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    file = Path(str(module.__file__))
    if file.suffix == ".py":
        result = doctest.testmod(module)
        assert result.failed == 0
        return
    # A compiled module (make compile) keeps no docstrings: run the
    # examples of its source against it.
    source = file.with_name(file.name.split(".")[0] + ".py")
    found = _source_docstrings(source)
    assert found, f"no examples found in {source}"
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner()
    for obj, doc, line in found:
        test = parser.get_doctest(doc, dict(vars(module)), f"{name}.{obj}", str(source), line)
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
