"""``python -m mtcheck`` runs the command line."""

from .cli import app

app()
