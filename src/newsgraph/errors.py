"""Every error newsgraph raises on purpose, with a code and a one-line message.

    NewsgraphError
    ├── InputError          bad input: unreadable, binary, empty, oversized, malformed, not English
    └── ConfigError         a setting or option that cannot work (unknown model, bad store URL)

User errors print as one line (``newsgraph: <source>: <message>``) with exit status 2;
in a batch they become an error entry for that document and the batch goes on.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    code = "error"

    def __init__(self, message: str, *, source: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        if code is not None:
            self.code = code

    def one_line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message}".replace("\n", " ")


class InputError(NewsgraphError):
    code = "bad_input"


class ConfigError(NewsgraphError):
    code = "bad_config"
