"""Command line: ``python -m indexer <command>``.

The commands only parse arguments and call the library; library errors
become one clear line on stderr and exit status 2.
"""
from __future__ import annotations

import json
import os
import sys

import click

from .errors import ArchiveError
from .pipeline import parse_bytes


class CliError(click.ClickException):
    """An error for people: printed as one line, exit status 2."""

    exit_code = 2

    def show(self, file=None):
        click.echo(f"error: {self.format_message()}", err=True)


def _read_file(path: str) -> bytes:
    if not os.path.exists(path):
        raise CliError(f"{path}: không tìm thấy tệp (no such file)")
    if os.path.isdir(path):
        raise CliError(f"{path}: là một thư mục, không phải tệp (is a directory)")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise CliError(f"{path}: không đọc được tệp (cannot read: {exc.strerror})") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli():
    """Directive archive: read, index and search Vietnamese directives."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--paragraphs/--no-paragraphs", default=True, help="Include the paragraphs (default: yes).")
def inspect(files, paragraphs):
    """Print the Document record(s) of each FILE as JSON."""
    records = []
    for path in files:
        data = _read_file(path)
        try:
            documents = parse_bytes(data, os.path.basename(path), path)
        except ArchiveError as exc:
            raise CliError(str(exc.for_subject(path))) from None
        for doc in documents:
            record = doc.to_dict()
            if not paragraphs:
                record.pop("paragraphs")
            records.append(record)
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def main(argv=None):
    cli.main(args=argv, prog_name="python -m indexer")
