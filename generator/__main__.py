"""`python -m generator [--check] [--spec FILE] [--output DIR]`."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from generator import _reference
from generator._build import DEFAULT_OUTPUT, DEFAULT_SPEC, REPO, GenerationError, generate
from generator._compare import compare_trees
from generator._spec import load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (default: %(default)s)")
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="package directory to write (default: %(default)s)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 with a diff summary if --output differs from a fresh generation",
    )
    args = parser.parse_args(argv)
    try:
        # The API reference (docs/reference/, mkdocs.yml's nav) follows the project's own spec and package only.
        project = args.spec.resolve() == DEFAULT_SPEC and args.output.resolve() == DEFAULT_OUTPUT
        if not args.check:
            context = generate(args.spec, args.output)
            print(f"generated {args.output} from {args.spec}")
            if project:
                for changed in _reference.update(REPO, load_spec(args.spec), context):
                    print(f"updated the API reference: {changed}")
            return 0
        with tempfile.TemporaryDirectory(prefix="binance-pay-check-") as tmp:
            fresh = Path(tmp) / args.output.name
            context = generate(args.spec, fresh)
            summary = compare_trees(fresh, args.output)
            if project:
                summary += _reference.differences(REPO, load_spec(args.spec), context)
    except GenerationError as exc:
        print(f"generation failed: {exc}", file=sys.stderr)
        return 2
    if summary:
        print(f"{args.output} differs from a fresh generation from {args.spec}:", file=sys.stderr)
        print("\n".join(summary), file=sys.stderr)
        print("run `python -m generator` and commit the result", file=sys.stderr)
        return 1
    print(f"{args.output} is up to date with {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
