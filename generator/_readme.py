"""The table of every operation (resource method, HTTP route, command line), rendered from the spec.

It is part of the generated API reference (`docs/reference/index.md`, see `generator._reference`), so
`python -m generator` rewrites it and `--check` fails when it differs.
"""

from __future__ import annotations

from generator._spec import SpecContext


def operations_table(context: SpecContext) -> str:
    rows = [
        "| operation | method | command line |",
        "|---|---|---|",
    ]
    for resource in context.resources:
        for operation in resource.operations:
            command = f"`binance-pay {resource.attribute.replace('_', '-')} {operation.method_name.replace('_', '-')}`"
            if operation.cli_command:
                command += f", `binance-pay {operation.cli_command}`"
            rows.append(
                f"| {operation.summary} (`{operation.http_method} {operation.path}`) "
                f"| [`client.{resource.attribute}.{operation.method_name}(...)`]"
                f"({resource.attribute}.md#{operation.method_name}) | {command} |"
            )
    return "\n".join(rows)
