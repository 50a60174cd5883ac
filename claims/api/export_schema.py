"""Write the served schema to ``graphql/schema.graphql``, or check it.

    python -m claims.api.export_schema           # write
    python -m claims.api.export_schema --check   # exit 1 if the file is stale

The committed file is what reviewers diff and client generators read; it is
generated from the code so the two cannot drift.
"""

import argparse
import sys
from pathlib import Path

from claims.api.schema import build_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "graphql" / "schema.graphql"
HEADER = (
    "# Generated from claims/api by `python -m claims.api.export_schema`; do not edit.\n"
    "# The public contract it must stay compatible with is graphql/contract.graphql.\n\n"
)


def served_sdl() -> str:
    return HEADER + build_schema().as_str().rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    parser.add_argument("--output", type=Path, default=SCHEMA_FILE)
    args = parser.parse_args(argv)
    sdl = served_sdl()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != sdl:
            print(
                f"{args.output} is out of date: run `python -m claims.api.export_schema`",
                file=sys.stderr,
            )
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_text(sdl, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
