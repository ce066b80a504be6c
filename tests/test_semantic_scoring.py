"""The pure scores behind headline-mismatch: shared title words and how they lift a title."""

from __future__ import annotations

import numpy as np
import pytest

from mtcheck.checks.off_topic_scoring import kicker_cut, kicker_headline
from mtcheck.checks.semantic_scoring import CALIBRATION, Unit, judge_headline, light_stem, shared_title_words


@pytest.mark.parametrize(("word", "stem"), [
    ("jumped", "jump"), ("Jump", "jump"), ("beekeepers", "beekeep"), ("beekeeping", "beekeep"),
    ("studies", "study"), ("prices", "pric"), ("price", "pric"), ("Bogota", "bogota"),
    # a short stem keeps its ending: "cities" is not "cit"
    ("cities", "cities"),
])
def test_light_stem_strips_regular_endings(word, stem):
    assert light_stem(word) == stem


def test_words_that_only_start_alike_are_not_shared():
    title = Unit(0, 0, "Police question suspects", 3)
    body = [Unit(0, 0, "Train services were suspended after the flood", 7)]
    assert shared_title_words(title, body) == 0


def test_inflected_title_words_are_shared_and_function_words_are_not():
    title = Unit(0, 0, "Skydiver jumps over Bogota after months of training", 8)
    body = [Unit(0, 0, "He jumped from a helicopter above Bogota on Thursday", 9)]
    assert shared_title_words(title, body) == 2  # jump, bogota; not "after", "months"


def _vectors(similarity: float) -> tuple[np.ndarray, np.ndarray]:
    """A title and three body rows whose cosine with it is ``similarity``."""
    title = np.array([1.0, 0.0, 0.0])
    row = np.array([similarity, np.sqrt(1 - similarity ** 2), 0.0])
    return title, np.stack([row, row, row])


def test_shared_words_lift_a_title_the_encoder_scores_just_under_the_threshold():
    cal = CALIBRATION["use"]
    raw = cal.unrelated + 0.3 * (cal.related - cal.unrelated)  # 0.3 on the calibrated scale
    title, body = _vectors(raw)
    units = [Unit(0, 0, "a body sentence.", 3)] * 3
    alone = judge_headline(title, body, units, cal, 0.35, 0.6, (0, 0), 0.15)
    supported = judge_headline(title, body, units, cal, 0.35, 0.6, (1, 1), 0.15)
    assert alone["flagged"] and alone["shared_words"] == 0
    assert not supported["flagged"] and supported["score"] == pytest.approx(0.45, abs=1e-3)


@pytest.mark.parametrize(("line", "kicker"), [
    ("Ostend: the new ferry terminal will open next spring", True),
    ("Lake Como: new limits on tourist boat traffic in summer", True),
    ("Storm Ciara: thousands of homes still without power", True),
    # labels of the page, not stories
    ("Photo: the new ferry terminal at dawn", False),
    ("Read more: the ferry terminal opens", False),
    ("Editor's note: this story was updated on Monday", False),
    # no kicker: a colon deeper in the line, or a lower-case opening
    ("The mayor said one thing: the terminal will open in spring", False),
    ("the terminal: open in spring", False),
])
def test_a_kicker_is_a_short_capitalised_label_before_a_colon_that_names_no_page_part(line, kicker):
    assert kicker_headline(line) is kicker


def test_a_kicker_headline_is_judged_with_looser_cut_offs_than_a_headline():
    headline = CALIBRATION["use"].headline
    loose = kicker_cut(headline)
    assert loose.here > headline.here and loose.gap < headline.gap and loose.shared > headline.shared
