"""The optional mypyc build of the text layer (``make compile``).

The suite runs on whichever modules import: the ``.py`` files, or the
compiled ones when a fresh build is there. These tests check that the
switch between them works and, when a build exists, that compiled and
interpreted extraction give byte-identical output.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import claims.text
from claims.text import _native

ROOT = Path(__file__).resolve().parent.parent

# Extraction of every seed and gold document, as JSON (run in a subprocess).
DUMP = """
import json, sys
from pathlib import Path
from claims.readers import iter_jsonl, read_text_file
from claims.text import _native, extract, frames_as_json

root = Path(sys.argv[1])
docs = [
    (str(p.relative_to(root)), read_text_file(p, max_chars=10**7))
    for p in sorted(root.glob("seeds/*.md")) + sorted(root.glob("tests/gold/**/*.md"))
    if p.name != "GUIDELINES.md"
]
for p in sorted(root.glob("seeds/*.jsonl")):
    docs += [(f"{p.name}:{i}", d) for i, d in enumerate(iter_jsonl(p, max_chars=10**7))]
out = {}
for name, d in docs:
    for lang in (d.language, None):
        ex = extract(d.text, language=lang, published_at=d.published_at)
        out[f"{name} language={lang}"] = {
            "language": ex.language,
            "frames": frames_as_json(ex),
            "entities": ex.entities,
        }
print(_native.MODE)
print(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=1))
"""


def _run(code: str, *args: str, pure: bool) -> str:
    env = dict(os.environ)
    env.pop("CLAIMS_PURE_PYTHON", None)
    if pure:
        env["CLAIMS_PURE_PYTHON"] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def _loaded_from() -> dict[str, str]:
    return {
        name: Path(str(mod.__file__)).name
        for name, mod in sys.modules.items()
        if name.startswith("claims.text.")
        and not name.endswith("__mypyc")  # a compiled module's runtime library
        and getattr(mod, "__file__", None)
    }


compiled_only = pytest.mark.skipif(
    _native.MODE != "native", reason="no fresh compiled build (make compile)"
)


def test_pure_python_switch_imports_the_sources():
    code = (
        "import sys, claims.text\n"
        "print(claims.text._native.MODE)\n"
        "print(sorted({m.__file__.rsplit('.', 1)[-1] for n, m in sys.modules.items()"
        " if n.startswith('claims.text')}))\n"
    )
    assert _run(code, pure=True).split("\n")[:2] == ["source", "['py']"]


def test_mode_matches_the_modules_loaded():
    files = _loaded_from()
    compiled = sorted(n for n, f in files.items() if not f.endswith(".py"))
    if _native.MODE == "native":
        manifest = json.loads(_native.MANIFEST.read_text(encoding="utf-8"))
        assert compiled == sorted(manifest["modules"])
    else:
        assert compiled == []
    assert claims.text.extract is not None


@compiled_only
def test_compiled_and_interpreted_extraction_are_identical():
    native_mode, native = _run(DUMP, str(ROOT), pure=False).split("\n", 1)
    source_mode, source = _run(DUMP, str(ROOT), pure=True).split("\n", 1)
    assert (native_mode, source_mode) == ("native", "source")
    assert len(json.loads(native)) > 90
    assert native == source  # byte for byte
