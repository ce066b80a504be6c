"""The check registry: every built-in check, in a fixed order, plus plug-ins.

Registration is this explicit tuple. Third-party packages add checks through the
``mtcheck.checks`` entry-point group; each entry point names a Check subclass.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from .base import Check
from .bilingual import Addition, Mistranslation, Omission
from .bilingual_surface import LengthRatio, NumberMismatch, UntranslatedCopy
from .boilerplate import Boilerplate
from .capital_after_quote import CapitalAfterQuote
from .consistency import NameVariant
from .encoding import EncodingError, Mojibake
from .false_friends import FalseFriend
from .language import UntranslatedSpan
from .quote_punctuation import QuotePunctuation
from .semantic import HeadlineMismatch, OffTopicSentence
from .source_typography import SourceTypography
from .titlecase import TitleCaseQuote
from .typography import GluedQuote
from .unbalanced_quotes import UnbalancedQuotes
from .wrong_language import WrongLanguage

BUILTIN_CHECKS: tuple[type[Check], ...] = (
    # LG: language
    UntranslatedSpan,
    WrongLanguage,
    FalseFriend,
    # QT: quotes and typography
    GluedQuote,
    CapitalAfterQuote,
    UnbalancedQuotes,
    TitleCaseQuote,
    QuotePunctuation,
    SourceTypography,
    # BP: boilerplate and scraping
    Boilerplate,
    HeadlineMismatch,
    OffTopicSentence,
    # CO: consistency
    NameVariant,
    # EN: encoding
    Mojibake,
    EncodingError,
    # AL: alignment with the source
    Omission,
    Addition,
    Mistranslation,
    UntranslatedCopy,
    NumberMismatch,
    LengthRatio,
)


def _plugin_checks() -> tuple[type[Check], ...]:
    found = []
    for entry in entry_points(group="mtcheck.checks"):
        check = entry.load()
        if isinstance(check, type) and issubclass(check, Check):
            found.append(check)
    return tuple(found)


ALL_CHECKS: tuple[type[Check], ...] = BUILTIN_CHECKS + _plugin_checks()

__all__ = ["ALL_CHECKS", "BUILTIN_CHECKS", "Check"]
