"""``python -m mtcheck`` runs the command line."""

from .cli import app

# guarded: worker processes (--jobs) import the main module again and must not run the command
if __name__ == "__main__":
    app()
