"""The pure scores behind headline-mismatch and off-topic-sentence: shared title words, cut-offs by shape."""

from __future__ import annotations

import numpy as np
import pytest

from mtcheck.checks.off_topic_openings import line_opening, new_owner_opening, new_place_opening
from mtcheck.checks.off_topic_scoring import (
    dated_report, kicker_headline, names, off_topic_pieces, plain_statement, section_heading,
)
from mtcheck.checks.off_topic_verdicts import PLACE_LINE_CUT, REPORT_CUT, Piece, Verdict, kicker_cut
from mtcheck.checks.semantic_scoring import (
    CALIBRATION, LONG_ARTICLE, Unit, judge_headline, light_stem, make_unit, shared_title_words, topic_words,
)


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


def test_a_three_letter_noun_that_names_a_subject_is_a_topic_word():
    # the chairman's line on what the cup run earned shares the cup with a cup match report
    assert "cup" in topic_words("The chairman said the cup run had brought extra income")
    assert "cup" in topic_words("Two clubs from the region are still in both cups")
    # other three-letter words stay out: a verb, a function word
    assert not {"run", "ran", "the", "and"} & topic_words("They ran and the run ended")


def test_inflected_title_words_are_shared_and_function_words_are_not():
    title = Unit(0, 0, "Skydiver jumps over Bogota after months of training", 8)
    body = [Unit(0, 0, "He jumped from a helicopter above Bogota on Thursday", 9)]
    # jump, and bogota, a name, for two thirds; not "after", "months"
    assert shared_title_words(title, body) == pytest.approx(1.5)


def test_a_shared_name_counts_less_than_a_shared_word():
    # every story of a region names its towns: a title from another story of the town shares its name
    title = Unit(0, 0, "Ravello club appoints new coach", 5)
    body = [Unit(0, 0, "Work on the hospital above Ravello will resume. Ravello needs it.", 11)]
    assert shared_title_words(title, body) == pytest.approx(0.5)
    body = [Unit(0, 0, "The club held a meeting. Coach training resumes.", 8)]
    assert shared_title_words(title, body) == 2  # club, coach: capitalised only where a sentence opens


def test_everyday_news_words_are_no_shared_topic():
    # "record" and "residents" come in any local story: a headline from another one that shares only them
    # gets no bonus, one that shares a place or a subject does
    title = Unit(0, 0, "Airport passenger numbers hit record high as residents complain", 9)
    body = [Unit(0, 0, "Torrential rain set a record on Wednesday, and residents were evacuated", 11)]
    assert shared_title_words(title, body) == 0
    title = Unit(0, 0, "Torrential rain floods the airport road", 6)
    assert shared_title_words(title, body) == 2  # torrential, rain
    # nor do a city, a season or an opening: a hospital wing that opens above a bridge that will open late
    title = Unit(0, 0, "City hospital opens new wing after record season", 8)
    body = [Unit(0, 0, "The bridge in the city will open a year late after a busy season", 13)]
    assert shared_title_words(title, body) == 0
    # nor hours, days or a time of year: a museum's summer hours above patients who waited hours for a bed
    title = Unit(0, 0, "Museum extends summer opening hours", 5)
    body = [Unit(0, 0, "Patients waited up to 30 hours for a bed on a busy summer day", 13)]
    assert shared_title_words(title, body) == 0
    # nor "former", whose stem is that of "formed"
    title = Unit(0, 0, "Court sentences former manager for fraud", 6)
    body = [Unit(0, 0, "Volunteers formed teams to clear the riverside on Saturday", 9)]
    assert shared_title_words(title, body) == 0


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


def test_a_kicker_the_body_never_names_takes_back_what_a_shared_word_adds():
    cal = CALIBRATION["use"]
    raw = cal.unrelated + 0.4 * (cal.related - cal.unrelated)  # 0.4 on the calibrated scale: kept alone
    title, body = _vectors(raw)
    units = [Unit(0, 0, "a body sentence.", 3)] * 3
    named = judge_headline(title, body, units, cal, 0.35, 0.6, (0, 0), 0.15)
    unnamed = judge_headline(title, body, units, cal, 0.35, 0.6, (0, 0), 0.15, unnamed_kicker=True)
    assert not named["flagged"]
    assert unnamed["flagged"] and unnamed["score"] == pytest.approx(0.25, abs=1e-3)


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


def test_a_line_of_a_long_article_is_judged_with_cut_offs_that_include_the_short_articles():
    cal = CALIBRATION["use"]
    short, long = cal.line_cut(LONG_ARTICLE - 1), cal.line_cut(LONG_ARTICLE)
    assert short == cal.line
    # everything the short article's cut reports, the long article's reports too
    assert long.here >= short.here and long.nearest >= short.nearest
    assert long.gap <= short.gap and long.shared >= short.shared
    assert long != short


def test_an_encoder_without_a_long_line_cut_keeps_its_line_cut_in_long_articles():
    cal = CALIBRATION["e5"]
    assert cal.long_line is None and cal.line_cut(50) == cal.line


def test_off_topic_planning_gives_a_line_the_long_article_cut_from_eight_sentences():
    cal = CALIBRATION["use"]
    body = ["The council approved the new harbour budget on Monday evening after a long debate.",
            "The harbour works will start in spring and last two years in all.",
            "Fishermen asked for a second quay to unload their catch in winter."]

    def line_cut(sentences: int):
        units = [Unit(0, 0, body[i % 3], 14, paragraph=i // 2) for i in range(sentences - 1)]
        units.append(Unit(0, 0, "Win two tickets for the summer festival in the old town!", 11, paragraph=99))
        pieces = off_topic_pieces(units, None, cal, 6, 60)
        return next(p.cut for p in pieces if p.units == (len(units) - 1,))

    assert line_cut(LONG_ARTICLE - 1) == cal.line
    assert line_cut(LONG_ARTICLE) == cal.long_line


@pytest.mark.parametrize("text, expected", [
    ("President Recep Tayyip Erdogan hosted talks in Istanbul on Tuesday.", {"Recep", "Tayyip", "Erdogan", "Istanbul"}),
    # an opening capital, a title, a weekday, a month and an ordinary English word are no names
    ("Police said the European Central Bank met in May on Monday.", {"European"}),
    ("The U.S. ambassador and Erdogan's adviser met.", {"Erdogan"}),
    # a paper the sentence cites is its source, not what it is about
    ("Le Monde reported last week that the cost had risen in Lyon.", {"Lyon"}),
    # or at the end of an apposition before the verb
    ("Local newspapers, including Sud Ouest, reported few incidents in Agen.", {"Agen"}),
    # a person the article meets, with their age and town, or quotes with a title, is no story's subject
    ("Among them, Riet Klaassen, 78, from Laren, waited 55 minutes last Tuesday.", set()),
    ("On Sunday Mayor Jörg Reichle said that the decision in Ulm had been right.", {"Ulm"}),
])
def test_names_are_inner_capitalised_words_english_does_not_have(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("heading, following, own", [
    ("Dondo: a clinic on stilts", "In Dondo, the rebuilt health centre opened on Monday.", True),
    # the kicker in lower case in the paragraph it heads
    ("Rowing: a record in Ghent", "At the national rowing championships, a crew from Ghent set a record.", True),
    # the kicker in another form of the word
    ("Hospitals: more cases of heat stroke", "The hospital on the hill treated a third more patients.", True),
    # a link to another story names nothing of the next paragraph
    ("Rowing: a record in Ghent", "The council approved the budget for the new school.", False),
    ("Art: a new museum in Ghent", "The council approved the article on parking.", False),
])
def test_a_kicker_the_next_paragraph_names_is_a_section_heading(heading, following, own):
    assert section_heading(heading, following) is own


@pytest.mark.parametrize("text, dated", [
    ("A magnitude 4.1 earthquake struck near Potenza on Sunday night.", True),
    ("The diesel price fell by two cents this week.", True),
    ("The Tour will arrive in Montpellier on 14 July.", True),
    ("The Tour will arrive in Montpellier on July 14.", True),
    ("The Tour arrives in Montpellier every summer.", False),
    ("Sunday was a quiet day.", False),
    ("The strong wind of Tuesday night brought down several trees.", True),
    ("The events of Tuesday were discussed.", False),
    ("The pool will remain closed until March for repairs.", True),
    ("A fire destroyed a warehouse in the port overnight.", True),
    # "overnight" as "at once" dates nothing
    ("The director said the shortage could not be solved overnight.", False),
    # the American way: the weekday straight after the verb
    ("A 36-year-old cyclist died Saturday after being struck by a truck.", True),
    ("Saturday's match was called off.", False),
])
def test_a_dated_report_dates_what_it_tells(text, dated):
    assert dated_report(text) is dated


def _planned(texts: list[str], title: str, *, one_paragraph: bool = False) -> dict[tuple[int, ...], Piece]:
    """The off-topic pieces of an article of ``texts`` (each a paragraph of its own, or all one paragraph)
    under ``title``, by the sentences they hold."""
    units = [make_unit(text, 0, len(text), 60, paragraph=0 if one_paragraph else i) for i, text in enumerate(texts)]
    heading = make_unit(title, 0, len(title), 60)
    return {p.units: p for p in off_topic_pieces(units, heading, CALIBRATION["use"], 6, 60)}


def test_a_dated_report_counts_only_names_that_no_other_sentence_nor_the_title_gives():
    texts = ["The library in Leuven reopened to the public on Saturday after two years of works.",
             "Librarians said more than two thousand people visited on the first day of opening.",
             "The renovation cost fourteen million euros, shared between the city and the region.",
             "The DAX index closed higher on Tuesday in Frankfurt, led by gains in car makers.",
             "The mayor of Leuven opened the new reading room on Saturday with the architects."]
    reports = {units: p.report for units, p in _planned(texts, "Leuven library reopens", one_paragraph=True).items()}
    assert reports[(3,)] == ("DAX", "Frankfurt")
    assert reports[(4,)] == ()  # Leuven is in the title and the first sentence
    assert reports[(1,)] == ()  # no date


def test_a_dated_report_that_opens_on_what_the_title_names_goes_on_with_the_story():
    texts = ["A restaurant in Mirandela has won a national prize for its regional cooking.",
             "Its owners revived recipes that older residents of the villages remembered.",
             "The award ceremony took place in Lisbon on Monday evening.",
             "The ceremony for a theatre festival took place in Porto on Monday evening."]
    reports = {units: p.report for units, p in _planned(texts, "Mirandela restaurant wins award", one_paragraph=True).items()}
    assert reports[(2,)] == ()  # the award of the title
    assert reports[(3,)] == ("Porto",)  # a ceremony the title never mentions


def test_a_sentence_that_opens_on_what_the_lead_named_is_not_judged_alone():
    texts = ["Police detained eleven people in the port of Setubal on Monday in a raid on smugglers.",
             "Officers seized cocaine, cash and two boats during the searches in several districts.",
             "The detainees will be brought before a judge on Thursday to learn their charges.",
             "The national team coach named a squad of 26 players for next month's qualifiers."]
    eligible = {units: p.eligible for units, p in _planned(texts, "Police dismantle port smuggling ring").items()}
    assert not eligible[(2,)]  # the people the lead detained
    assert eligible[(3,)]  # "national" is a word any story uses: no pointer back


@pytest.mark.parametrize("sentence", [
    "The commemorations will continue on Sunday with a concert in the cathedral.",
    "The funeral will be held on Saturday at the parish church of Cristo Rey.",
    "The total costs amount to 9.6 million euros.",
    # one more of what the story named
    "Another memorial is devoted to the construction of the dam and the changes it brought to the villages.",
])
def test_what_goes_on_with_the_story_told_is_not_judged_alone(sentence):
    # the event told goes on, the death told has its funeral, the project told has its cost
    texts = ["The town remembered on Friday the victims of the flood that struck the valley forty years ago.",
             "Survivors laid flowers at the memorial, and the mayor read the names of the 31 people who died.",
             sentence,
             "Schools in the valley held a minute of silence in the morning."]
    assert not _planned(texts, "Valley remembers the victims of the flood")[(2,)].eligible


def test_a_dated_report_close_to_another_sentence_is_part_of_the_story():
    cal = CALIBRATION["use"]
    piece = Piece((3,), "sentence", 0, True, cal.sentence, report=("Colomiers",))
    far = Verdict(piece, here=0.1, nearest=0.2, gap=0.5)
    close = Verdict(piece, here=0.1, nearest=REPORT_CUT.nearest + 0.1, gap=0.5)
    assert far.as_report and far.flagged
    assert not close.as_report and not close.flagged


def test_a_brief_that_is_also_a_dated_report_needs_less_from_its_meaning():
    cal = CALIBRATION["use"]
    brief = Piece((3,), "sentence", 1, True, cal.sentence, brief="crime")
    dated = Piece((3,), "sentence", 1, True, cal.sentence, brief="crime", report=("Graz",))
    assert not Verdict(brief, here=0.35, nearest=0.3, gap=0.2).flagged
    assert Verdict(dated, here=0.35, nearest=0.3, gap=0.2).flagged
    assert not Verdict(dated, here=0.45, nearest=0.3, gap=0.2).flagged


def test_a_dated_brief_on_a_paragraph_of_its_own_only_has_to_stay_off_the_subject():
    cal = CALIBRATION["use"]
    inside = Piece((3,), "sentence", 1, True, cal.sentence, brief="crime", report=("Hagen",))
    line = Piece((3,), "line", 1, True, cal.line, brief="crime", report=("Hagen",))
    undated = Piece((3,), "line", 1, True, cal.line, brief="crime")
    assert not Verdict(inside, here=0.49, nearest=0.46, gap=0.1).flagged
    assert Verdict(line, here=0.49, nearest=0.46, gap=0.1).flagged
    assert not Verdict(undated, here=0.49, nearest=0.46, gap=0.1).flagged
    assert not Verdict(line, here=PLACE_LINE_CUT.here + 0.05, nearest=0.46, gap=0.1).flagged


@pytest.mark.parametrize("text, new, place", [
    ("In Aalst, police arrested a 34-year-old man on Friday night.", ("Aalst",), "Aalst"),
    ("At Saint-Nazaire, the shipyard launched a ferry on Monday.", ("Saint-Nazaire",), "Saint-Nazaire"),
    # a town whose name spells an English word is a place there too
    ("In Nice, a 34-year-old motorcyclist died on Monday evening.", ("Nice",), "Nice"),
    # a place the rest of the article names too, a month, and a place later in the sentence
    ("In Aalst, police arrested a 34-year-old man on Friday night.", (), ""),
    ("In June, police arrested a 34-year-old man in Aalst.", ("Aalst", "June"), ""),
    ("Police in Aalst arrested a 34-year-old man on Friday night.", ("Aalst",), ""),
])
def test_a_place_opening_counts_when_the_rest_never_names_the_place(text, new, place):
    assert new_place_opening(text, lambda word: word in new) == place


@pytest.mark.parametrize("text, shared, owner", [
    ("Sète's municipal swimming pool will remain closed until September.", (), "Sète"),
    # a name before the subject's nouns, or after them with "of", and after a turn to another story
    ("The Apeldoorn tennis club will open its new padel courts in March.", (), "Apeldoorn"),
    ("The local police of Estella will install new traffic cameras at the entrances to the town.", (), "Estella"),
    ("The University of Magdeburg will open a new research centre in the autumn.", (), "Magdeburg"),
    ("Meanwhile, the municipality of Aveiro has opened a public consultation on cycle paths.", (), "Aveiro"),
    # capitalised nouns after the name, and the town after "in"; an institution's own name is no town
    ("The Mainz Wine Market will take place over two weekends this year.", (), "Mainz Wine Market"),
    ("The municipal swimming pool in Bischwiller will remain closed until September.", (), "Bischwiller"),
    ("The Consejería de Educación said that most teaching posts had been filled.", (), ""),
    # a demonym, an English word, a feast, and an acronym before a verb are no town
    ("The Basque police arrested two men near the border.", (), ""),
    ("The French government will publish its plan in March.", (), ""),
    ("The Christmas market in Schwerin will open a week earlier.", (), ""),
    ("The ARS confirmed on Wednesday evening that it had approved the arrangement.", (), ""),
    # pointing back with "the" to a topic word of the rest, or sharing three: the article's own line
    ("The province of Overijssel has promised to contribute to the cost of the cameras.", ("camer",), ""),
    ("The regional council of Brittany is contributing to the fund.", ("regio", "counc", "contr"), ""),
    # the parts of any town are no pointing back (``the bars in the centre``)
    ("The municipality of Novara has approved new rules for the bars in the centre.", ("centr",), "Novara"),
    # a town of several words, whole, even when its first word spells an English one; English words alone are no town
    ("The municipal swimming pool of Vila Real will be closed for two weeks in April.", (), "Vila Real"),
    ("The municipality of Peso da Régua will organise its annual regatta in June.", (), "Peso da Régua"),
    ("The Court of Human Rights ruled on Tuesday.", (), ""),
    # a capital with an accent, and an owner after "at the"
    ("The municipal swimming pool of Équeurdreville will be closed in September.", (), "Équeurdreville"),
    ("Meanwhile, the outdoor pool at the Pulvermaar closed its season with a record.", (), "Pulvermaar"),
    # a town of several words joined by a particle before a possessive; not a person's name, nor an office
    ("Castelo de Vide's town council approved a new regulation for street markets.", (), "Castelo de Vide"),
    ("Massimo Zanata's lawyer said his client had acted in good faith.", (), ""),
])
def test_a_named_owner_opening_counts_when_the_line_does_not_point_back(text, shared, owner):
    assert new_owner_opening(text, lambda word: True, frozenset(shared)) == owner


@pytest.mark.parametrize("text, dated", [
    ("Meanwhile, the municipality of Aveiro has opened a consultation on cycle paths.", True),
    ("The municipality of Aveiro has opened a consultation on cycle paths.", False),
])
def test_a_line_that_turns_to_a_new_owner_carries_a_second_sign(text, dated):
    assert line_opening(text, True, False, lambda word: True) == {"place": "Aveiro", "place_dated": dated}


def test_a_town_named_later_counts_only_in_a_line_that_shares_no_topic_word():
    text = "A new recycling centre for garden waste has opened in Halden."
    assert line_opening(text, True, False, lambda word: True) == {
        "place": "Halden", "place_dated": False, "place_inside": True}
    assert line_opening(text, True, False, lambda word: True, frozenset({"garde"})) == {}
    road = "A roundabout is to be built at the junction of the B6 and the road to Harlingerode."
    assert line_opening(road, True, False, lambda word: True)["place"] == "Harlingerode"


def test_a_name_at_the_end_of_a_sentence_longer_than_a_unit_is_given_there():
    texts = ["A court on Monday sentenced a former port official to eight years in prison for taking bribes from "
             "importers in exchange for waiving the inspections of their containers at the port of Haina.",
             "Prosecutors said the official had received more than two million pesos over four years.",
             "Importers' associations said the scheme had distorted competition between the companies.",
             "The port of Haina, west of the capital, handles more than half of the container traffic."]
    document = "\n\n".join(texts)
    starts = [document.index(text) for text in texts]
    # the units encode 32 words at most: the lead's unit stops before "Haina"
    units = [make_unit(document, start, start + len(text), 32, paragraph=i) for i, (start, text) in enumerate(zip(starts, texts))]
    assert "Haina" not in units[0].text
    heading = make_unit("Former port official sentenced", 0, 30, 60)
    line = next(p for p in off_topic_pieces(units, heading, CALIBRATION["use"], 6, 60, document) if p.units == (3,))
    assert line.place == ""


def test_a_dated_line_that_opens_on_a_new_place_is_judged_by_its_shape():
    cal = CALIBRATION["use"]
    texts = ["The flood left three villages near Faenza without drinking water on Sunday.",
             "Volunteers filled sandbags along the river all through the night.",
             "The regional government promised help for the farmers of the plain.",
             "In Palermo, two men were arrested on Tuesday night after a robbery at a tobacconist's.",
             "The river fell back below the alert level on Monday, the civil protection said."]
    line = _planned(texts, "Floods return to Faenza")[(3,)]
    assert line.kind == "line" and line.place == "Palermo"
    # far from the article's meaning it is reported, whatever its gap; near the article's own subject it is not
    assert Verdict(line, here=PLACE_LINE_CUT.here - 0.1, nearest=0.6, gap=-0.1).flagged
    assert not Verdict(line, here=PLACE_LINE_CUT.here + 0.1, nearest=0.6, gap=-0.1).flagged
    # the same sentence inside a paragraph is an article's own move to another town
    inside = [make_unit(text, 0, len(text), 60, paragraph=min(i, 3)) for i, text in enumerate(texts)]
    title = make_unit("Floods return to Faenza", 0, 23, 60)
    assert next(p for p in off_topic_pieces(inside, title, cal, 6, 60) if p.units == (3,)).place == ""


def test_an_undated_news_brief_that_opens_on_a_new_place_is_judged_as_a_place_line():
    texts = ["The new museum in Tournai will open its doors to the public in October.",
             "Its collection of paintings was lent by the royal museums and private collectors.",
             "In Charleroi, the police arrested two men suspected of a series of burglaries in the Marcinelle district.",
             "Entry will be free on the first Sunday of each month, the curator said."]
    line = _planned(texts, "Tournai museum opens in October")[(2,)]
    assert line.brief == "crime" and line.place == "Charleroi"


@pytest.mark.parametrize("text, plain", [
    ("The council raised the price of residents' parking permits.", True),
    ("They called the decision 'chaos' on Monday.", False),
    ("The mayor said \"never\" twice.", False),
    # practical information that closes an article on a museum
    ("The museum is open from Tuesday to Sunday from 10 a.m. to 6 p.m.", False),
    ("Tickets cost 12 euros, and entry is free for children.", False),
    # and the prices of a service an article is about (a canoe hire firm's)
    ("Prices range from 14 euros for an hour to 32 euros for a full day, shuttle included.", False),
    # and how its crowd is policed
    ("Security was reinforced, with 250 police officers deployed and bag checks at every entrance.", False),
])
def test_a_plural_possessive_is_no_quotation(text, plain):
    assert plain_statement(text) is plain


def test_a_sentence_on_part_of_a_group_already_named_is_not_judged_alone():
    texts = ["The evacuated residents spent the night in the sports centre of Villafranca on Thursday.",
             "The Red Cross set up eighty camp beds and served hot meals until midnight.",
             "Most of them are elderly people who live alone in the villages of the valley.",
             "Firefighters said the wind had calmed and that they hoped to control the fire by Saturday."]
    pieces = _planned(texts, "Forest fire forces evacuation of three villages", one_paragraph=True)
    assert not pieces[(2,)].eligible
    texts[2] = "Elderly people who live alone were the first to leave, according to rescuers."
    assert _planned(texts, "Forest fire forces evacuation of three villages", one_paragraph=True)[(2,)].eligible


def test_a_paragraph_that_names_with_the_what_the_rest_is_about_is_not_judged():
    texts = ["SC Freiburg beat Mainz 3-1 on Sunday evening and moved up to sixth place in the league.",
             "The club has now won four of its last five home matches and has 35 points from 24 games.",
             "According to a local paper, the club is in talks to extend the contract of its captain.",
             "The sporting director declined to comment on the reports about the negotiations.",
             "Freiburg will travel to Bochum next Saturday for their next league match."]
    units = [make_unit(text, 0, len(text), 60, paragraph=p) for text, p in zip(texts, (0, 1, 2, 2, 3))]
    heading = make_unit("Freiburg beat Mainz", 0, 19, 60)
    paragraph = next(p for p in off_topic_pieces(units, heading, CALIBRATION["use"], 6, 60) if p.units == (2, 3))
    assert not paragraph.eligible
