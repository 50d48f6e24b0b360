"""The command line: a thin layer over the library.

Commands from other layers (store, web, scale) live in their own ``commands`` modules
and are registered here, so this file stays small and the arrows point one way.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from newsgraph import __version__
from newsgraph.article import Article, iter_articles
from newsgraph.errors import NewsgraphError

# Modules that expose ``COMMANDS: list[click.Command]`` for the top-level group.
COMMAND_MODULES = (
    "newsgraph.store.commands",
    "newsgraph.web.commands",
    "newsgraph.scale.commands",
)

EXIT_OK, EXIT_PARTIAL, EXIT_USER_ERROR = 0, 1, 2


def fail(message: str) -> None:
    """One line on stderr, exit status 2, no traceback."""
    click.echo(f"newsgraph: {message}", err=True)
    sys.exit(EXIT_USER_ERROR)


class NewsgraphGroup(click.Group):
    """Turns library errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsgraphError as e:
            fail(e.one_line())


@click.group(cls=NewsgraphGroup)
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """Who said what, and who did what to whom, where and when — cited to the character.

    Example: newsgraph extract article.txt --published 2021-08-25
    """


def article_options(func: Any) -> Any:
    """Metadata options shared by every command that reads articles."""
    for option in reversed(
        (
            click.option(
                "--published", help="Publication date (YYYY-MM-DD): the anchor for relative dates."
            ),
            click.option("--outlet", help="The outlet that published the article."),
            click.option("--url", help="The article's URL."),
            click.option("--title", help="The article's title."),
        )
    ):
        func = option(func)
    return func


def read_inputs(paths: tuple[str, ...], meta: dict[str, Any]) -> Iterator[Article | NewsgraphError]:
    """Articles (or per-document errors) from files, directories and ``-``."""
    try:
        yield from iter_articles(paths, defaults=meta)
    except NewsgraphError as e:
        yield e


@main.command()
@click.argument("paths", nargs=-1, required=True)
@article_options
@click.option("--json", "as_json", is_flag=True, help="Print the Record(s) as JSON.")
@click.option(
    "--jsonl", "as_jsonl", is_flag=True, help="One Record per line (errors as error lines)."
)
def extract(
    paths: tuple[str, ...],
    published: str | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
    as_json: bool,
    as_jsonl: bool,
) -> None:
    """Extract entities, dates, places, quotes and events from articles.

    PATHS are .txt, .html or .jsonl files, directories (every such file below them),
    or - for standard input. Exit status: 0 all fine, 1 some documents failed, 2 none
    could be read (or the single input could not).

    Example: newsgraph extract article.txt --published 2021-08-25 --outlet "Example Wire"
    """
    from rich.console import Console

    from newsgraph.pipeline import Pipeline
    from newsgraph.report import render

    meta = {"published": published, "outlet": outlet, "url": url, "title": title}
    pipeline = Pipeline()
    console = Console()
    ok = failed = 0
    records = []
    for item in read_inputs(paths, meta):
        if isinstance(item, NewsgraphError):
            failed += 1
            click.echo(f"newsgraph: {item.one_line()}", err=True)
            if as_jsonl:
                click.echo(
                    json.dumps(
                        {
                            "source": item.source,
                            "error": {"code": item.code, "message": item.message},
                        }
                    )
                )
            continue
        record = pipeline.extract(item)
        ok += 1
        if as_jsonl:
            click.echo(record.to_json())
        elif as_json:
            records.append(record.as_dict())
        else:
            render(record, console)
    if as_json and records:
        click.echo(
            json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=2)
        )
    if failed:
        sys.exit(EXIT_USER_ERROR if ok == 0 else EXIT_PARTIAL)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the Record.

    Example: newsgraph schema > record.schema.json
    """
    click.echo(
        resources.files("newsgraph").joinpath("schema/record.schema.json").read_text("utf-8")
    )


class EvalGroup(click.Group):
    """``newsgraph eval NAME``: each evaluator lives in ``newsgraph.eval.NAME``."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        from newsgraph.eval import EVAL_NAMES

        return [n for n in EVAL_NAMES if self._load(n) is not None]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        try:
            module = importlib.import_module(f"newsgraph.eval.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"newsgraph.eval.{name}":
                return None
            raise
        return getattr(module, "command", None)


@main.group(cls=EvalGroup, name="eval")
def eval_group() -> None:
    """Score newsgraph against gold-standard data (JSON with --json).

    Example: newsgraph eval entities --gold ../shared/data/ner/conll2003/eng.testa --json
    """


def sample_dir() -> Path:
    return Path(str(resources.files("newsgraph").joinpath("samples")))


def _register_layer_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            # The layer (or its package) is not there yet; a missing dependency still raises.
            if e.name is not None and (name == e.name or name.startswith(e.name + ".")):
                continue
            raise
        for command in getattr(module, "COMMANDS", []):
            main.add_command(command)


_register_layer_commands()

if "demo" not in main.commands:

    @main.command()
    def demo() -> None:
        """Run the extraction on the bundled sample articles and print the report.

        Example: newsgraph demo
        """
        ctx = click.get_current_context()
        paths = tuple(str(p) for p in sorted(sample_dir().glob("*.jsonl")))
        ctx.invoke(
            extract,
            paths=paths,
            published=None,
            outlet=None,
            url=None,
            title=None,
            as_json=False,
            as_jsonl=False,
        )
