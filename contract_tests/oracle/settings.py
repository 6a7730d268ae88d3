"""The Hypothesis settings every contract property runs with: reproducible, no deadline, no example database."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, settings


def hsettings(max_examples: int, *, shrink: bool = True) -> settings:
    phases = [Phase.explicit, Phase.generate] + ([Phase.shrink] if shrink else [])
    return settings(
        max_examples=max_examples,
        derandomize=True,
        deadline=None,
        database=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
    )
