"""Heavy shared resources, built lazily once per run and handed to checks.

Checks never build a language identifier or an encoder themselves: they ask
``ctx.resources`` and the first check that needs one pays for it once.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any


class Resources:
    """Lazily built language identifier and sentence encoder for one run."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings

    @cached_property
    def langid(self):
        """The language identifier chosen by ``--langid``."""
        from .langid import build_identifier

        return build_identifier(self.settings.langid)

    @cached_property
    def encoder(self):
        """The sentence encoder chosen by ``--encoder``, with its embedding cache."""
        from .embed import build_encoder

        return build_encoder(self.settings.encoder, cache_dir=self.settings.cache_dir)
