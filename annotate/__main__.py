"""The ``annotate`` console script (and ``python -m annotate``): a Flask CLI group over the app
factory, whose commands are those the factory registers (annotate/cli.py)."""

import click
from flask import Flask
from flask.cli import FlaskGroup

from annotate import create_app


def _configured_app() -> Flask:
    """The app; a refused configuration (a missing or short secret key in production, say) is
    one line on stderr and exit status 1, not a traceback."""
    try:
        return create_app()
    except RuntimeError as refused:
        raise click.ClickException(str(refused)) from None


def main() -> None:
    """Entry point of the console script."""
    cli = FlaskGroup(create_app=_configured_app, help="annotate: fact-claim annotation and verification.")
    cli.main(prog_name="annotate")


if __name__ == "__main__":
    main()
