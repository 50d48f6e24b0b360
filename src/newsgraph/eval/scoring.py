"""Small shared scoring helpers and the one way eval commands print results."""

from __future__ import annotations

import json
from typing import Any

import click


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    """Precision, recall, F1 rounded to 4 places; 0 where undefined."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def emit(result: dict[str, Any], *, as_json: bool) -> None:
    """JSON (the contract outside checks read) or an indented plain summary."""
    if as_json:
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    for line in _lines(result):
        click.echo(line)


def _lines(obj: Any, depth: int = 0) -> list[str]:
    out: list[str] = []
    pad = "  " * depth
    for key, value in obj.items():
        if isinstance(value, dict):
            if value and all(not isinstance(v, dict) for v in value.values()):
                inner = "  ".join(f"{k}={_fmt(v)}" for k, v in value.items())
                out.append(f"{pad}{key}: {inner}")
            else:
                out.append(f"{pad}{key}:")
                out.extend(_lines(value, depth + 1))
        else:
            out.append(f"{pad}{key}: {_fmt(value)}")
    return out


def _fmt(value: Any) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)
