"""Use the compiled text modules only while they match their sources.

``tools/compile_text.py`` (``make compile``) compiles the hot modules of this
package with mypyc into ``*.so`` files beside the ``.py`` files; Python
imports an extension module in preference to a source file of the same
name. The build records each source's SHA-256 in ``_native.json``. This
module, imported first by ``claims/text/__init__.py``, makes the package
import its ``.py`` files instead when

* a source changed since the build (an edit must never run stale code),
* ``_native.json`` is missing though ``.so`` files are there, or
* ``CLAIMS_PURE_PYTHON=1`` is set (to compare or debug).

Without a build it does nothing: the ``.py`` files are all there is.
"""

import hashlib
import json
import os
import sys
import warnings
from importlib.machinery import (
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    FileFinder,
    SourceFileLoader,
)
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "_native.json"
# The ABI-tagged suffix this interpreter imports first (".cpython-311-…so").
EXT_SUFFIX = EXTENSION_SUFFIXES[0]


def _compiled_files() -> list[Path]:
    return sorted(HERE.rglob(f"*{EXT_SUFFIX}"))


def _stale(manifest: dict[str, object]) -> list[str]:
    """Modules whose source no longer matches the one compiled."""
    out = []
    modules = manifest.get("modules")
    if not isinstance(modules, dict):
        return ["(unreadable manifest)"]
    for name, digest in modules.items():
        rel = name.removeprefix("claims.text").lstrip(".").replace(".", "/")
        path = HERE / rel / "__init__.py" if (HERE / rel).is_dir() else HERE / f"{rel}.py"
        try:
            now = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            now = ""
        if now != digest:
            out.append(name)
    return out


def _use_sources(package_path: list[str]) -> None:
    # The package's submodules are found through these directories' finders:
    # one that knows only source files makes every ``.so`` here invisible.
    for entry in package_path:
        sys.path_importer_cache[entry] = FileFinder(entry, (SourceFileLoader, SOURCE_SUFFIXES))


def select(package_path: list[str]) -> str:
    """Choose compiled or source modules for the package; say which ("native"/"source")."""
    if os.environ.get("CLAIMS_PURE_PYTHON", "") not in ("", "0"):
        _use_sources(package_path)
        return "source"
    if not MANIFEST.exists():
        if not _compiled_files():
            return "source"
        reason = "compiled modules without claims/text/_native.json (not built by make compile)"
    else:
        try:
            manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        if manifest.get("extension_suffix") != EXT_SUFFIX:
            return "source"  # built for another interpreter: Python ignores those files
        stale = _stale(manifest)
        if not stale:
            return "native"
        reason = f"sources changed since the build: {', '.join(stale)}"
    warnings.warn(
        f"claims.text: {reason}; using the .py files. "
        "Run `make compile` to rebuild or `make uncompile` to remove the build.",
        RuntimeWarning,
        stacklevel=2,
    )
    _use_sources(package_path)
    return "source"


# "native" when the package's hot modules run compiled, else "source".
MODE = select(list(sys.modules[__name__.rpartition(".")[0]].__path__))
