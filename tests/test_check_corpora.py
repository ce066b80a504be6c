"""The data behind boilerplate, name-variant and the advert lines: corpus integrity and the semantic widget test.

corpora/boilerplate.yaml, corpora/advert_lines.yaml, corpora/news_briefs.yaml, corpora/name_variants.tsv and
corpora/name_glossary.tsv
are edited by hand; these tests make a broken or dead entry fail loudly, check
the severity each kind of name variant gets, and check that the boilerplate
check's encoder test ranks an off-topic widget above an on-topic one.
"""

from __future__ import annotations

import numpy as np
import pytest
import yaml
from check_harness import run_check

from mtcheck.checks.adverts import advert_pattern, load_advert_patterns
from mtcheck.checks.news_briefs import brief_subjects, cue_counts, load_subjects
from mtcheck.checks.base import CheckContext
from mtcheck.checks.boilerplate import Boilerplate
from mtcheck.checks.furniture import CorpusError, _compile, load_patterns, scan
from mtcheck.checks.consistency import NameVariant
from mtcheck.checks.name_table import load_groups
from mtcheck.checks.name_calques import load_glossary
from mtcheck.config import Settings
from mtcheck.model import Severity
from mtcheck.readers.base import plain_text_document
from mtcheck.resources import Resources
from mtcheck.segment import segment

PATTERNS = load_patterns()


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.id for p in PATTERNS])
def test_every_boilerplate_example_is_found_by_its_own_entry(pattern):
    # context-only entries (form fields) count only beside other furniture
    text = f"Leave a Reply\n{pattern.example}" if pattern.context else pattern.example
    found = [h.pattern.id for h in scan(text, PATTERNS)]
    assert pattern.id in found, f"{pattern.id}: example {pattern.example!r} gives {found}"


@pytest.mark.parametrize("entry", load_advert_patterns(), ids=[p.id for p in load_advert_patterns()])
def test_every_advert_example_is_found_by_its_own_entry_and_its_clean_twin_by_none(entry):
    assert advert_pattern(entry.example) == entry.id
    assert advert_pattern(entry.clean) is None


@pytest.mark.parametrize("subject", load_subjects(), ids=[s.id for s in load_subjects()])
def test_every_news_brief_example_has_two_cues_of_its_own_subject_only(subject):
    counts = dict(zip([s.id for s in load_subjects()], cue_counts(subject.example)))
    assert counts[subject.id] >= 2, counts
    assert brief_subjects(["The council approved the budget on Monday.", subject.example]) == [None, subject.id]


def test_words_that_make_a_sentence_health_news_count_only_in_that_sentence():
    hospital = "The merged hospital will treat about 300 patients a day."
    accident = "A 19-year-old motorcyclist was seriously injured on the ring road last night."
    patient = "A 43-year-old patient infected abroad died on Tuesday."
    assert brief_subjects([hospital, accident], judged=[1]) == [None, "accidents"]
    assert brief_subjects([hospital, patient], judged=[1]) == [None, None]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The municipal swimming pool will remain closed on Monday for extraordinary maintenance.", "public facilities"),
    ("The new indoor swimming pool will open to the public on the first weekend of March.", "public facilities"),
    ("The town choir will celebrate its 60th anniversary with a concert in the parish church.", "arts and entertainment"),
    ("The beekeepers of the valley expect a honey harvest down by a third.", "farming"),
    ("The swimming pool will be closed for two weeks in June for the emptying of its basins.", "public facilities"),
    ("A 58-year-old man was arrested on Sunday night after crashing his car into a lamppost while drunk.", "accidents"),
    ("In Milan, the underground line M4 will be closed on Sunday for works, and buses replace the trains.", "air and rail"),
    ("A 35-year-old man was detained in Abrantes on Thursday for driving without a licence.", "crime"),
])
def test_a_local_notice_is_a_brief_on_its_subject(sentence, subject):
    # the short notices a regional page runs beside every story: a pool's upkeep, a choir's concert, a honey harvest
    assert brief_subjects(["A lorry driver was hurt in a crash on the ring road on Tuesday.", sentence], judged=[1]) == [None, subject]


def test_the_policing_of_an_event_belongs_to_its_story():
    # officers managing access to an event's grounds are no crime brief; officers arresting a thief are
    festival = "The tomato festival drew a record crowd, and the concerts on the main square sold out."
    access = "The carabinieri and the municipal police managed access to the area, which was closed to the public."
    theft = "The carabinieri arrested two thieves who had stolen copper cable from the station."
    assert brief_subjects([festival, access], judged=[1]) == [None, None]
    assert brief_subjects([festival, theft], judged=[1]) == [None, "crime"]


def test_the_cold_a_title_names_is_the_story_s_weather():
    # a fair that drew crowds despite the cold tells of its weather; a cold-water geyser or the cold war do not
    fair = "Smoked meat fair attracts thousands despite the cold"
    braved = "Thousands of visitors braved temperatures close to zero on Saturday at the Feira do Fumeiro."
    assert brief_subjects([braved], title=fair, min_cues=1) == [None]
    assert brief_subjects([braved], title="Geyser reopens: the cold-water fountain draws crowds", min_cues=1) == ["weather"]


def test_a_closure_elsewhere_is_no_sign_of_traffic():
    # hospitals and schools close in any story; a road closure with a motorway's number is traffic news
    clinic = "The council will debate the closure of the clinic next week."
    lorry = "A lorry lost its load on the A2 on Tuesday, causing long delays."
    roadworks = "The closure of the A2 for roadworks starts on Monday."
    assert brief_subjects([clinic, lorry], judged=[1]) == [None, "traffic"]
    assert brief_subjects([roadworks, lorry], judged=[1]) == [None, None]


def test_a_subject_near_the_article_makes_no_brief():
    # trains cancelled in a storm story belong to the story; in a story about a school, they do not
    cancelled = "Several trains were cancelled and passengers waited for hours at the station."
    storm = "The storm brought down trees across the region overnight, and heavy rain flooded cellars."
    school = "The new school will open in September with twelve classes."
    assert brief_subjects([storm, cancelled], judged=[1]) == [None, None]
    assert brief_subjects([school, cancelled], judged=[1]) == [None, "air and rail"]


@pytest.mark.parametrize("context, sentence, subject", [
    # one weather word in a story on a bank does not make trains part of the story
    ("The bank said the weather had little effect on its results.",
     "Several trains were cancelled and passengers waited for hours at the station.", "air and rail"),
    # drug seizures are crime news; an overturned lorry is an accident whatever words come between
    ("The beach will get new showers and a lifeguard tower before the summer.",
     "In Maldonado, police seized more than 300 kilos of cocaine hidden in a shipment of rice.", "crime"),
    ("The beach will get new showers and a lifeguard tower before the summer.",
     "A lorry carrying blocks of marble overturned on the road, injuring the driver.", "accidents"),
    # any story gives the age of the people it quotes; in the brief itself, an age still counts
    ("Nunzio Consoli, a 67-year-old fisherman, said the catch had halved.",
     "A 34-year-old motorcyclist died on Sunday evening after crashing into a guardrail.", "accidents"),
])
def test_a_brief_on_a_subject_the_rest_does_not_tell(context, sentence, subject):
    assert brief_subjects([context, sentence], judged=[1]) == [None, subject]


@pytest.mark.parametrize("context, sentence", [
    # the officers deployed around a festival police its crowd; panels on a roof equip the building told of
    ("The festival expects more than 100,000 people in the square on Saturday night.",
     "Security measures have been reinforced, with 400 police officers and carabinieri deployed around the town."),
    ("The new school centre has 24 classrooms, a library and a sports hall.",
     "Solar panels on the roof supply a large part of the electricity."),
])
def test_what_a_subject_word_says_of_the_article_own_event_is_no_brief(context, sentence):
    assert brief_subjects([context, sentence], judged=[1]) == [None, None]


def test_a_sentence_that_speaks_of_the_article_subject_too_is_no_brief():
    # nurses' unions on night shifts belong to a story on a hospital; a jobs item on a factory does not
    unions = "Doctors' and nurses' unions say night shifts are covered by too few employees."
    hospital = "The hospital said its doctors had followed the protocol."
    museum = "The museum will reopen in May with a new wing for its paintings."
    jobs = "The unions say that the employees were told of the job cuts by e-mail."
    assert brief_subjects([hospital, unions], judged=[1]) == [None, None]
    assert brief_subjects([museum, jobs], judged=[1]) == [None, "business and jobs"]


@pytest.fixture
def briefs_corpus(monkeypatch):
    """Serve ``news_briefs.yaml`` from a test's text, and forget it afterwards."""
    from mtcheck.checks import news_briefs

    def serve(text):
        monkeypatch.setattr(news_briefs, "read_yaml_data", lambda name: yaml.safe_load(text))
        load_subjects.cache_clear()
        news_briefs._all_cues.cache_clear()

    yield serve
    load_subjects.cache_clear()
    news_briefs._all_cues.cache_clear()


@pytest.mark.parametrize(("subjects", "message"), [
    ("- {id: a, cues: [x, y], example: x y}\n- {id: a, cues: [z], example: z}", "the subject id 'a' is used twice"),
    ("- {id: a, cues: [x, y], near: [b], example: x y}", r"near \['b'\], which are no subject ids"),
    ("- {id: a, cues: ['\\S+ly', y], example: x y}", "upper-case escape"),
])
def test_news_briefs_corpus_errors_name_the_subject_and_the_fix(briefs_corpus, subjects, message):
    briefs_corpus("subjects:\n" + "\n".join("  " + line for line in subjects.split("\n")))
    with pytest.raises(CorpusError, match=message):
        load_subjects()


def test_a_subject_the_article_mentions_elsewhere_makes_no_brief():
    sentences = ["The match was played in heavy rain.", "Heavy rain and gusts are expected on the coast tomorrow."]
    assert brief_subjects(sentences) == [None, None]


def test_boilerplate_corpus_covers_the_source_languages():
    languages = {lang for p in PATTERNS for lang in p.languages}
    assert {"en", "fr", "es", "de", "it", "pt", "nl"} <= languages
    related = {lang for p in PATTERNS if p.kind == "related" for lang in p.languages}
    assert {"en", "fr", "es", "de", "it", "pt", "nl"} <= related


def test_a_bad_boilerplate_entry_says_what_to_fix():
    entry = {"id": "x", "kind": "related", "languages": ["en"], "pattern": "see", "anchor": "middle", "example": "x"}
    with pytest.raises(CorpusError, match="unknown anchor 'middle'; use one of: line, start, anywhere"):
        _compile(entry, {})
    with pytest.raises(CorpusError, match="not in the vocabulary"):
        _compile({**entry, "anchor": "start", "pattern": "{agencies}"}, {})


def test_name_variant_forms_match_themselves_and_belong_to_one_group():
    owner: dict[str, str] = {}
    for group in load_groups():
        for form, pattern in zip(group.forms, group.patterns):
            assert pattern.fullmatch(form), f"{group.preferred}: the pattern of {form!r} does not match it"
            # a translation may render several titles ("The World"); any other form names one thing
            if group.kind != "translated-name" or form == group.preferred:
                assert owner.setdefault(form, group.preferred) == group.preferred, f"{form!r} is in two groups"


def test_name_glossary_covers_the_source_languages_and_roles():
    glossary = load_glossary()
    for language in ("fr", "de", "es", "it"):
        words = [w for w, e in glossary.items() if language in e.languages and e.role == "word"]
        assert len(words) >= 25, f"name_glossary.tsv: only {len(words)} {language} words"
        assert any(e.role == "article" and language in e.languages for e in glossary.values()), language
    assert {e.english for e in glossary.values() if e.role == "article"} == {("the",)}


@pytest.mark.parametrize(("text", "excerpt", "severity", "kind"), [
    # the document writes the name with its accents: the bare spelling is a slip
    ("Citroën said on Monday that sales rose. Analysts said Citroen had cut prices, and Citroën agreed.",
     "Citroen", Severity.WARNING, "accents"),
    # the document writes the English spelling: one accented form is only noted
    ("Montreal hosts the summit. Police in Montreal closed roads, and Montréal residents stayed home.",
     "Montréal", Severity.INFO, "accents"),
    ("Jean-Luc Mélenchon spoke on Monday. Later, Jean Luc Mélenchon said the vote was rigged.",
     "Jean Luc Mélenchon", Severity.WARNING, "hyphenation"),
    # a compound of proper adjectives is hyphenated or not by house style
    ("Polls show African-American voters are undecided, and African American leaders are worried.",
     "African American", Severity.INFO, "style"),
    ("Deutsche Bahn cancelled trains on Tuesday. A spokesman for German Rail said the strike would end.",
     "German Rail", Severity.WARNING, "translated-name"),
])
def test_name_variant_severity_follows_the_kind_of_variant(text, excerpt, severity, kind):
    findings = run_check(NameVariant, text)
    assert [(f.excerpt, f.severity, f.evidence["kind"]) for f in findings] == [(excerpt, severity, kind)]


@pytest.mark.parametrize(("text", "flagged"), [
    ("The meteorite was studied at the Università di Padova. Researchers of the University of Padua dated it.",
     ["University of Padua"]),
    # two universities of one field: e5's cosines of names are all high, at USE's cut-off this pair passed
    ("The Università di Padova and the University of Milan signed a research agreement on Monday.", []),
])
def test_translated_names_use_the_cut_off_of_the_encoder_chosen(text, flagged):
    assert [f.excerpt for f in run_check(NameVariant, text, settings={"encoder": "e5"})] == flagged


class _EnglishOnlyEncoder:
    """An uncalibrated English model that would call every two names the same."""

    name = "st:some-english-model"
    dim = 2

    def encode(self, texts):
        return np.tile(np.array([[1.0, 0.0]], dtype=np.float32), (len(texts), 1))

    def for_language(self, language):
        return self


def test_translated_names_are_skipped_with_a_reason_by_an_encoder_not_calibrated_across_languages():
    text = "The meteorite was studied at the Università di Padova. Researchers of the University of Milan dated it."
    settings = Settings()
    check = NameVariant(NameVariant.Options())
    resources = Resources(settings)
    resources.__dict__["encoder"] = _EnglishOnlyEncoder()
    ctx = CheckContext(plain_text_document(text, id="case", origin="<case>"), segment(text, "sentences", "en"),
                       settings, resources, check.options, "en")
    assert list(check.run(ctx)) == []
    assert ctx.notes == ["name-variant: skipped, no encoder for translated names (EncoderError: the encoder "
                         "st:some-english-model is not calibrated to compare names across languages)"]


def test_a_source_spelling_used_most_is_still_the_one_to_replace():
    text = ("Talks resumed in Pékin on Tuesday. Officials in Pékin said the envoys would meet again, "
            "and Beijing promised a statement.")
    findings = run_check(NameVariant, text)
    assert [(f.excerpt, f.suggestion) for f in findings] == [("Pékin", "Beijing"), ("Pékin", "Beijing")]
    assert "use 'Beijing' throughout" in findings[0].message


BODY = (
    "North Korea test-fired two ballistic missiles on Sunday, the South Korean military said.\n\n"
    "The missiles flew about 350 kilometres before falling into the sea off the east coast.\n\n"
    "Pyongyang has carried out a record number of launches this year despite international sanctions.\n\n"
    "Seoul and Washington condemned the launches and promised to strengthen their joint drills.\n\n"
    "Analysts say the regime is preparing for a seventh nuclear test at its Punggye-ri site.\n\n"
)


def _boilerplate(text: str, tmp_path) -> list:
    settings = Settings(cache_dir=str(tmp_path))
    document = plain_text_document(text, id="case", origin="<case>")
    check = Boilerplate()
    ctx = CheckContext(document, segment(text), settings, Resources(settings), check.options, "en")
    return [f for f in check.run(ctx) if f.evidence.get("kind") == "related"]


def test_an_off_topic_widget_scores_higher_than_an_on_topic_one(tmp_path):
    on_topic = _boilerplate(BODY + "See also: North Korea fires another missile toward Japan", tmp_path)
    off_topic = _boilerplate(BODY + "See also: Ten easy recipes for a summer barbecue with friends", tmp_path)
    assert len(on_topic) == len(off_topic) == 1
    assert off_topic[0].confidence > on_topic[0].confidence
    assert off_topic[0].evidence["off_topic"] > 0.5 > on_topic[0].evidence["off_topic"]
    assert "another subject" in off_topic[0].message


def test_a_prose_like_widget_line_is_reported_only_when_off_topic(tmp_path):
    # a full stop makes the headline look like a sentence: the shape alone is not enough
    on_topic = _boilerplate(BODY + "See also North Korea fires another missile toward Japan.", tmp_path)
    off_topic = _boilerplate(BODY + "See also Ten easy recipes for a summer barbecue with friends.", tmp_path)
    assert on_topic == []
    assert [f.excerpt for f in off_topic] == ["See also Ten easy recipes for a summer barbecue with friends."]


def test_a_widget_line_is_one_finding_not_also_its_language_spacing_and_topic():
    from mtcheck.api import audit_text

    widget = "Lire aussi : Guerre en Ukraine : ce que l'on sait de la contre-offensive"
    text = f"Army claims progress in the east\n\n{BODY}{widget}\n\nThe fighting is expected to continue."
    result = audit_text(text)
    start = text.index(widget)
    on_widget = [f.check for f in result.findings if f.start < start + len(widget) and start < f.end]
    assert on_widget == ["boilerplate"]


def test_a_sentence_that_names_the_subject_the_article_keeps_returning_to_is_no_brief():
    # the police at the match of a match report belong to it; the same sentence in a story on a school does not
    police = "Police arrested four men outside the stadium after Sunday's match, which otherwise passed without incident."
    report = ["Napoli beat Lazio 2-0 on Sunday to stay top of the league, their fifth home win in a row.",
              "The striker scored twice before half-time, and the goalkeeper saved a penalty after the break.",
              "The coach praised his players and said the title race would go on until the last match of the season.",
              "Supporters sang for the team in the stadium long after the final whistle of the derby."]
    school = ["The new school will open in September with twelve classes and a library for the pupils."]
    assert brief_subjects(report + [police], judged=[len(report)])[-1] is None
    assert brief_subjects(school + [police], judged=[1])[-1] == "crime"
