"""Compile the text layer's hot modules with mypyc: an optional speed-up.

    python tools/compile_text.py           # build (needs a C compiler and mypy)
    python tools/compile_text.py --clean   # remove what a build left

The ``.py`` files stay the source of truth: this writes C extensions
(``*.so``, git-ignored) beside them, which Python imports in their place,
plus ``claims/text/_native.json``, the hashes of the sources they were
built from. ``claims/text/__init__.py`` compares those hashes on import and
falls back to the ``.py`` files when a source changed since the build (or
when ``CLAIMS_PURE_PYTHON=1``), so an edit never runs stale compiled code.
Without a build nothing changes: everything runs as plain Python.
"""

import argparse
import hashlib
import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "claims" / "text"
MANIFEST = TEXT / "_native.json"
# The modules extraction runs through. documents.py and render.py are off
# the hot path; __init__.py stays interpreted (it decides whether the
# compiled modules may be used).
MODULES = [
    "claims/text/extract.py",
    "claims/text/triggers.py",
    "claims/text/segment.py",
    "claims/text/numbers.py",
    "claims/text/timex.py",
    "claims/text/normalize.py",
    "claims/text/entities.py",
    "claims/text/frames.py",
    "claims/text/lang.py",
    "claims/text/packs/__init__.py",
]
BUILD_DIR = ROOT / "build" / "mypyc"


def module_name(path: str) -> str:
    name = path.removesuffix(".py").replace("/", ".")
    return name.removesuffix(".__init__")


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def built_files() -> list[Path]:
    """Extension modules a build leaves under claims/ (any Python version)."""
    return sorted((ROOT / "claims").rglob("*.so")) + sorted((ROOT / "claims").rglob("*.pyd"))


def clean() -> None:
    for p in [*built_files(), MANIFEST]:
        if p.exists():
            p.unlink()
            print(f"removed {p.relative_to(ROOT)}")
    shutil.rmtree(BUILD_DIR, ignore_errors=True)


def build() -> None:
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as exc:  # pragma: no cover - depends on the machine
        sys.exit(f"compile_text: {exc}; install the test extras (pip install -e '.[test]')")
    clean()
    os.chdir(ROOT)
    # separate=True: one library per module, beside it. A single shared
    # library must sit above the package tree (the repository root, which an
    # editable install does not put on sys.path), and inside the package
    # mypyc derives wrong __file__ values (packs/ and entities.py read data
    # files next to themselves).
    setup(
        name="claims-text-native",
        ext_modules=mypycify(
            MODULES, separate=True, opt_level="3", target_dir=str(BUILD_DIR / "c")
        ),
        script_args=[
            "--quiet",
            "build_ext",
            "--inplace",
            "--build-temp",
            str(BUILD_DIR / "temp"),
            "--build-lib",
            str(BUILD_DIR / "lib"),
        ],
    )
    manifest = {
        "extension_suffix": sysconfig.get_config_var("EXT_SUFFIX"),
        "modules": {module_name(m): source_hash(ROOT / m) for m in MODULES},
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"compiled {len(MODULES)} modules; sources recorded in {MANIFEST.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="remove compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
    else:
        build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
