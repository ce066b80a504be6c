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
        #: with batched runs: read the embedding cache only up to this row (``embed_cache.cache_snapshot``)
        self.cache_cutoff: int | None = None

    def isolate_batch(self, cutoff: int | None) -> None:
        """Start a batch of documents: the encoder, if built, forgets vectors of earlier batches."""
        self.cache_cutoff = cutoff
        encoder = self.__dict__.get("encoder")  # never build an encoder just to reset it
        if encoder is not None and hasattr(encoder, "isolate"):
            encoder.isolate(cutoff)

    @cached_property
    def langid(self):
        """The language identifier chosen by ``--langid``."""
        from .langid import build_identifier

        return build_identifier(self.settings.langid)

    @cached_property
    def encoder(self):
        """The sentence encoder chosen by ``--encoder`` (on ``--device``), with its embedding cache."""
        from .embed import build_encoder

        encoder = build_encoder(self.settings.encoder, cache_dir=self.settings.cache_dir, device=self.settings.device)
        if self.cache_cutoff is not None and hasattr(encoder, "isolate"):
            encoder.isolate(self.cache_cutoff)  # built in the middle of a batch: same rules as if built before
        return encoder
