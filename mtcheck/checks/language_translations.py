"""A kept span's translation or its language, named right beside it, for untranslated-span's glosses.

:func:`~.language.translated_beside` asks these: the writer translates the
span after it (``which translates as``, ``Spanish for``, ``(The Water
Years)``, ``, or "Vienna is different"``), names its language before it
(``said in French:``, ``known locally as the``), gives the English noun for
what it is before it (``the competition watchdog (Autorité…)``), or its
acronym after it (``the École polytechnique fédérale de Lausanne (EPFL)``).
"""

from __future__ import annotations

import re

from .language_lexicon import fold as unaccented_lower
from .language_lexicon import load_lexicon
from .language_quotations import ENGLISH_WORD, quotation_around, reads_as_translation
from .language_tokens import ENGLISH_GRAMMAR_WORDS

#: languages a writer names to gloss a phrase (``Spanish for``): the source languages, their neighbours and the
#: languages of mottos and sayings (``Semper et ubique, Latin for “always and everywhere”``)
_GLOSSED_LANGUAGES = ("French|German|Spanish|Italian|Portuguese|Dutch|Catalan|Galician|Basque|Flemish|Latin|Occitan|"
                      "Breton|Frisian|Walloon|Corsican|Sardinian|Friulian|Romansh|Luxembourgish|Alsatian|Provençal")
#: the name of any language, as English writes it: one or two capitalised words (``Danish``, ``Scottish Gaelic``,
#: ``Old Norse``, ``Swiss-German``); matched in case
_ANY_LANGUAGE = (r"(?-i:(?:[A-Z][a-z\N{LATIN SMALL LETTER C WITH CEDILLA}\N{LATIN SMALL LETTER E WITH ACUTE}]+[ -])?"
                 r"[A-Z][a-z\N{LATIN SMALL LETTER C WITH CEDILLA}\N{LATIN SMALL LETTER E WITH ACUTE}]+)")
#: the start of a gloss after ``<language> for``: a quotation mark, or a word that is no English idiom of "for"
#: (``Danish for “it is not a gift”``, ``Latin for always``; not ``Paris for example``, ``Macron for his part``)
_GLOSS_START = (r"\s+(?:[\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"'"
                r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}]"
                r"|(?!(?:example|instance|now|ever|good|sure|once|short|long|real|certain|years?|months?|weeks?|"
                r"days?|hours?|decades?|life|more|less|free|sale|rent|hire|his|her|its|their|our|my|your|him|them|"
                r"us|me|it|this|that|these|those|which|whom|what|all|both|each)\b)[a-z])")
#: what follows a source-language quotation that the writer translates: ``which translates as``,
#: ``meaning``, ``(literally …)``, ``or, in English,``; and ``which mean`` after words a title or a song sings
TRANSLATION_AFTER = re.compile(
    r"[\s\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"'\]),;:!?.\N{EM DASH}\N{EN DASH}-]{0,6}"
    r"(?:\(\s*|which\s+|that\s+|or,?\s+"
    # the translator named: ``…”, which prosecutors translated for the court as “…”``
    r"|(?:which|that)\s+(?:[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\s+){1,3}?(?=(?:roughly\s+|loosely\s+)?translated\s)"
    # the next sentence names what it translates: ``“El teatro es de todos.” The phrase translates as…``
    r"|(?:the|this|these)\s+(?:phrase|words?|sentence|slogan|motto|line|name|title|expression|sign)\s+"
    # ``"Samen maken wij de stad." Translated, it means…``, ``… Roughly translated, it means…``
    r"|(?:(?:roughly|loosely|literally|freely)\s+)?translated,?\s+(?:it|this|that|they)\s+"
    # an apposition that says what the title means: ``“Genova per noi”, the Paolo Conte song whose title means…``
    r"|(?:the\s+(?:[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\s+){0,6}?)?whose\s+(?:title|name|motto|slogan)\s+)?"
    # ``translated for the court as``, ``translates into English as``
    r"(?:(?:roughly\s+|loosely\s+)?translat(?:es|ed|ing)\s+(?:[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\s+){0,4}?(?:as|to)|means|(?<=which )mean|meaning|literally|in\s+English|i\.\s?e\."
    # ``“sí se puede”, Spanish for “yes, we can”``, ``(Portuguese for “…”)``
    # and the languages of mottos and sayings English quotes too: ``Semper et ubique, Latin for “…”``
    rf"|(?:(?:is|was)\s+)?(?:{_GLOSSED_LANGUAGES})\s+for"
    # any other language the writer names, by the capitalised name English gives it (``Danish for``, ``Welsh
    # for``, ``Scottish Gaelic for``, ``Old Norse for``), before the gloss itself; in the same sentence (the
    # next one's first word is capitalised by its position: ``…and Venezia. Tickets for the game``)
    rf"|(?<![.!?])(?<![.!?]\s)(?:(?:is|was)\s+)?{_ANY_LANGUAGE}\s+for(?={_GLOSS_START}))\b",
    re.IGNORECASE,
)
#: what announces a quotation in its own language: ``said in French:``, ``in German,``; or a term or
#: title by the name it has elsewhere: ``known in France as contrôleurs``, ``released there as “…”``
LANGUAGE_BEFORE = re.compile(
    # (``in Latin``, not ``in Latin America``)
    r"\bin\s+(?:French|German|Spanish|Italian|Portuguese|Dutch|Catalan|Latin(?!\s+Americ))\b[^.!?]{0,30}\Z"
    # ``known by its Dutch initials KMI``
    r"|\b(?:French|German|Spanish|Italian|Portuguese|Dutch|Flemish|Catalan)\s+(?:initials|acronym|abbreviation|name)\s+\Z"
    # ``the seven-member executive is called the Gemeinderat``
    r"|\b(?:is|are|was|were)\s+called\s+(?:the\s+)?[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}']?\Z"
    # (``known officially as the``: the writer gives the body's formal name on purpose)
    r"|\b(?:known|released|published|sold|marketed|distributed|titled|called)\s+(?:in\s+[A-Z]\w+\s+|there\s+|locally\s+"
    r"|officially\s+|formally\s+|also\s+|commonly\s+|simply\s+|properly\s+)?"
    r"as\s+(?:the\s+)?[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}']?\Z"
    # a work's own title right after its kind: ``the Argentine thriller “La última frontera”``
    r"|\b(?:film|movie|thriller|drama|comedy|documentary|novel|book|album|song|single|play|opera|series|sitcom|"
    r"poem|painting|exhibition|musical)\s+[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}'"
    r"\N{LEFT SINGLE QUOTATION MARK}]\Z"
)
#: an English gloss in brackets right after the span: ``Los años del agua (The Water Years)``, ``“Aidez-moi!”
#: (“Help me!”)``
_BRACKET_GLOSS = re.compile(
    r"[!?.]?[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\"']?\s*\(\s*"
    r"[\N{LEFT DOUBLE QUOTATION MARK}\"']?(?P<gloss>[^()\n]{2,120}?)[\N{RIGHT DOUBLE QUOTATION MARK}\"']?\s*\)")


#: an original name given beside its English one: ``“The Night of the Tanks” (“La noche…”)``,
#: ``the competition watchdog (Autorité…)``, ``France's competition watchdog, the Autorité…`` or ``a
#: consortium, the Consorzio per la tutela…``
_GLOSS_BEFORE = re.compile(
    r"(?:[\w\N{RIGHT DOUBLE QUOTATION MARK}\"']\s*\(\s*[\N{LEFT DOUBLE QUOTATION MARK}\"']?"
    r"|\b(?:authority|agency|watchdog|regulator|court|ministry|police|council|office|body|union|party|"
    r"newspaper|daily|weekly|magazine|broadcaster|channel|network|institute|service|prosecutors?|bank|"
    r"company|group|association|federation|film|book|novel|series|song|play|album|show|programme|program|"
    r"parliament|assembly|senate|cabinet|chamber|government|municipality|museum|theatre|stadium|university|"
    r"hospital|festival|tax|levy|scheme|plan|alert|law|bill|"
    r"consortium|foundation|commission|committee|tribunal|co-?operative|organi[sz]ation|confederation|"
    r"directorate|inspectorate),"
    r"\s+(?:the\s+)?[\N{LEFT DOUBLE QUOTATION MARK}\"']?)\Z",
    re.IGNORECASE,
)

#: the capitalised rest of a title the span opens: ``Das stille`` of ``Das stille Dorf``
_NAME_REST = re.compile(r"(?:[ \t]+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){1,3}")


def translated_after_name(text: str, end: int) -> bool:
    """Does the writer translate the title the span opens, after its capitalised last words (``Das stille
    Dorf, which translates as The Quiet Village``)? The run stops before them, as they read as a name."""
    rest = _NAME_REST.match(text, end)
    return rest is not None and TRANSLATION_AFTER.match(text, rest.end()) is not None


#: the rest of a name up to its acronym in brackets: ``fédérale de Lausanne (EPFL)``
_ACRONYM_AFTER = re.compile(r"[^()\n.,;:]{0,60}?(?=\s\(([A-Z]{2,6})\))")
#: small words an acronym skips (``École polytechnique fédérale de Lausanne``: EPFL)
_ACRONYM_SKIPS = frozenset("de du des d la le les l di del della dei degli van von der den het y e et und für of and "
                           # contracted and bare prepositions (``Instituto de Socorros a Náufragos (ISN)``,
                           # ``Conservatoire national des arts et métiers``, ``Stichting voor Natuur``)
                           "do dos da das a à al au aux ao aos às em na no nas nos zu zum zur voor op".split())


def named_by_acronym(text: str, start: int, end: int) -> bool:
    """Is the span part of a name given with its acronym right after it (``the École polytechnique
    fédérale de Lausanne (EPFL)``): a proper name the writer keeps on purpose?"""
    rest = _ACRONYM_AFTER.match(text, end)
    if rest is None:
        return False
    acronym = rest.group(1)
    words = re.findall(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*", text[max(0, start - 80):rest.end()])
    content = [w for w in words if w.lower() not in _ACRONYM_SKIPS]
    initials = "".join(unaccented_lower(w[0]).upper() for w in content[-len(acronym):])  # É of École is an E
    return len(content) >= len(acronym) and initials == acronym


#: a gloss after "or": ``the dijkgraaf, or chair, of the water board``, ``bolinhos de bacalhau, or salt-cod cakes``,
#: ``"Wien ist anders", or "Vienna is different",``
_OR_GLOSS = re.compile("[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']?,\\s+or\\s+"
                       "(?P<quote>[\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"'])?"
                       "(?P<gloss>[^,.;:()\\n\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\"]{2,60}?)"
                       "(?(quote)[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"'])"
                       "(?=\\s*[,.;:)]|\\s*$)")


#: the rest of a title or name after the span, up to a bracket (``Die kleine`` Raupe Nimmersatt (…),
#: Histoire ``d'un`` crime (…))
_UP_TO_BRACKET = re.compile(r"[^()\n.;:!?]{1,40}?(?=[\"\N{RIGHT DOUBLE QUOTATION MARK}']?\s*\()")
#: a whole word right before a position (a quotation mark may open it, an elision may not: ``'Histoires``,
#: not ``Italia`` of ``d'Italia``), and the spaces after it
_WORD_BEFORE = re.compile(r"(?<![\w-])(?<!\w['\N{RIGHT SINGLE QUOTATION MARK}])([^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)[ \t]+\Z")
#: the most words of a title or name that may come before the span
_LEAD_WORDS = 4
_NAME_JOINING_KINDS = frozenset({"articles", "prepositions"})


def _name_start(text: str, start: int) -> int:
    """Where the title or name starts whose later words the span is: at the first of the capitalised words right
    before it, source articles and prepositions between them included (``Les Heures`` creuses, ``Consorzio per``
    la tutela del Formaggio…: the span starts where the words stop reading as a name); ``start`` without one."""
    lexicon = load_lexicon()
    first = cursor = start
    for _ in range(_LEAD_WORDS):
        before = _WORD_BEFORE.search(text, max(0, cursor - 40), cursor)
        if before is None:
            break
        word = before.group(1)
        if word[:1].isupper():
            first = before.start(1)
        elif _NAME_JOINING_KINDS.isdisjoint(lexicon.kinds(word)) and unaccented_lower(word) not in lexicon.name_particles:
            break
        cursor = before.start(1)
    return first


def named_before(text: str, start: int) -> bool:
    """Does an announcement (``known locally as the``) come right before the name whose later words the span is?"""
    lead = _name_start(text, start)
    return lead < start and LANGUAGE_BEFORE.search(text, max(0, lead - 60), lead) is not None


#: "according to" and up to two words before the noun :data:`_GLOSS_BEFORE` found: the noun is the source a
#: sentence cites, and the span after its comma the sentence's own subject (``According to the association, the
#: Teichwirte of the region lost…``), no apposition
_CITED_SOURCE_BEFORE = re.compile(r"\baccording[ \t]+to[ \t]+(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+[ \t]+){0,2}\Z",
                                  re.IGNORECASE)


def glossed_before(text: str, start: int) -> bool:
    """Does the English noun for what it is come right before the span, or before the name whose later words the
    span is (``a consortium, the Consorzio per la tutela del…``)? Not a source cited before the sentence's subject
    (``According to the association, the Teichwirte…``)."""
    for at in {start, _name_start(text, start)}:
        gloss = _GLOSS_BEFORE.search(text, max(0, at - 40), at)
        if gloss is not None and _CITED_SOURCE_BEFORE.search(text, max(0, gloss.start() - 60), gloss.start()) is None:
            return True
    return False


#: the most words of an English phrase that explains one source word in brackets or after ", or"
TERM_GLOSS_WORDS = 6
#: the most words of an English noun phrase in brackets that says what a short term is (``Oberbürgermeister (the
#: title given to the lord mayors of larger German cities)``), and the most words of the term it explains
EXPLANATION_GLOSS_WORDS = 14
EXPLAINED_TERM_WORDS = 3
#: an English determiner that opens a bracketed explanation
_EXPLANATION_OPENERS = frozenset({"the", "a", "an"})


def glossed_in_brackets(text: str, start: int, end: int) -> bool:
    """Is the span, or the name or title it starts, or the quotation it is part of, followed by its English
    translation in brackets, or after ", or" (``Die kleine Raupe Nimmersatt (The Very Hungry Caterpillar)``,
    ``“Wer rastet, der rostet”, or “who rests, rusts”``)?"""
    rest = _UP_TO_BRACKET.match(text, end)
    # the capitalised start of the title before the span (``Les Heures`` creuses (The Quiet Hours))
    first = _name_start(text, start)
    stops = [(end, {start, first})] + ([] if rest is None else [(rest.end(), {start, first})])
    quotation = quotation_around(text, start, end)
    if quotation is not None:
        # a run inside a quoted saying (``“Le pain, c'est la patience qu'on ⟦lui accorde⟧”, or “…”``): the gloss
        # translates the whole quotation
        stops.append((quotation.end(), {quotation.start() + 1}))
    for stop, begins in stops:
        gloss = _BRACKET_GLOSS.match(text, stop) or _OR_GLOSS.match(text, stop)
        if gloss is None:
            continue
        words = ENGLISH_WORD.findall(gloss.group("gloss"))
        for begin in begins:
            original = text[begin:stop].split()
            # one word is explained rather than translated: ``the gedeputeerde, or member of the provincial executive,``
            longest = TERM_GLOSS_WORDS if len(original) == 1 else 2
            if _explains_in_brackets(gloss, original, words):
                # a noun phrase says what the term is rather than translating it word for word
                longest = max(longest, EXPLANATION_GLOSS_WORDS / len(original))
            if reads_as_translation(original, words, 0.75, lower=True, longest=longest):
                return True
    return False


def _explains_in_brackets(gloss: re.Match[str], original: list[str], words: list[str]) -> bool:
    """Is the gloss a bracketed English noun phrase, opened by a determiner, after a short term (``(the title
    given to…)``, ``(a council of…)``)?"""
    return (gloss.re is _BRACKET_GLOSS and len(original) <= EXPLAINED_TERM_WORDS and bool(words)
            and words[0].lower() in _EXPLANATION_OPENERS)


#: an English noun phrase and ", or" right before the span: ``the great oak tree, or`` carbayón
_ENGLISH_THEN_OR = re.compile(
    r"(?<![\w'\N{RIGHT SINGLE QUOTATION MARK}-])(?P<words>(?:[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \t]+){0,3}"
    r"[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*),[ \t]+or[ \t]+"
    "[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}']?\\Z")
#: what closes a term given after ", or": a comma, a bracket, a dash, a stop
_TERM_CLOSE = re.compile(
    "[\"\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}']?"
    r"(?:[ \t]*[,;:)]|[ \t]+[\N{EN DASH}\N{EM DASH}]|[.!?](?:\s|\Z)|\Z)")
#: the most words of a source term given after ", or" (a longer run is text left untranslated, not a term)
TERM_AFTER_OR_WORDS = 3


def glossed_before_or(text: str, start: int, end: int) -> bool:
    """Is the span a short term set off after the English noun phrase it names and ", or" (``the great oak tree,
    or carbayón, that once stood``)? The writer gives the local word for what the sentence has just said in
    English. The phrase must read as English and end on a word that is no grammar word (not ``…to, or``), and
    the term must end where the apposition does, at a comma, a bracket, a dash or a stop."""
    if len(text[start:end].split()) > TERM_AFTER_OR_WORDS or _TERM_CLOSE.match(text, end) is None:
        return False
    match = _ENGLISH_THEN_OR.search(text, max(0, start - 80), start)
    if match is None:
        return False
    words = match.group("words").split()
    lexicon = load_lexicon()
    if words[-1].lower() in ENGLISH_GRAMMAR_WORDS or not lexicon.is_english(words[-1]):
        return False
    return sum(lexicon.is_english(word) for word in words) >= 0.75 * len(words)
