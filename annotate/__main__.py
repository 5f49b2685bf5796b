"""The ``annotate`` console script (and ``python -m annotate``): a Flask CLI group over the app
factory, whose commands are those the factory registers (annotate/cli.py)."""

from flask.cli import FlaskGroup

from annotate import create_app


def main() -> None:
    """Entry point of the console script."""
    cli = FlaskGroup(create_app=create_app, help="annotate: fact-claim annotation and verification.")
    cli.main(prog_name="annotate")


if __name__ == "__main__":
    main()
