"""Opaque list cursors: clients pass back what ``next`` said, never build their own."""

from __future__ import annotations

import base64
import binascii

from newsgraph.errors import InputError

__all__ = ["decode_cursor", "encode_cursor"]

_PREFIX = "o:"


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for; ``InputError`` (code ``bad_cursor``) if it is not ours."""
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as e:
        raise InputError("the cursor is not one this server gave", code="bad_cursor") from e
    if not raw.startswith(_PREFIX) or not raw[len(_PREFIX) :].isdigit():
        raise InputError("the cursor is not one this server gave", code="bad_cursor")
    offset = int(raw[len(_PREFIX) :])
    if offset > 10_000_000:
        raise InputError("the cursor is out of range", code="bad_cursor")
    return offset
