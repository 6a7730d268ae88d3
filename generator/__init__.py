"""Regenerates the `binance_pay` client in `generated_client/` from the OpenAPI spec in `openapi/`.

`python -m generator` runs openapi-python-client (pinned) with our templates layered over its own,
renders our runtime modules from the same spec, stamps every file with a header naming the spec,
and formats the result with the pinned ruff. `python -m generator --check` compares a fresh
generation with the committed tree.
"""

from generator._build import GenerationError, generate
from generator._compare import compare_trees

__all__ = ["GenerationError", "compare_trees", "generate"]
