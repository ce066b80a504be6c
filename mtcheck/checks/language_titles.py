"""Titles of institutions inside capitalised names: source text English translates, not a name it keeps.

:mod:`.language_names` groups capitalised words into names; a group that holds
an institution's head with its qualifiers (``Audiencia Provincial``), a German
body or job title (``Landgericht Augsburg``, ``Ärztlicher Direktor``), or a
source spelling (``Pékin``) is a translatable title, and its head is made a
source word when only the title shows it is one (``Camera di Commercio``).
"""

from __future__ import annotations

from typing import Sequence

from .language_german import german_body, german_field_body, german_title
from .language_lexicon import Lexicon
from .language_shapes import venue_name
from .language_tokens import CAP, EXO, SRC, WEAK, Token


def mark_title_head(group: Sequence[Token], lexicon: Lexicon) -> None:
    """Make the head of a translatable title a source word when only the title shows it is one: a German
    body's name in no list (``Landratsamt`` Augsburg), or an institution's head English spells too
    (``Camera`` di Commercio), which would otherwise be left out of the span."""
    head = group[0]
    if qualified_institution(group, lexicon):
        one_title(group)
    elif len(group) > 1 and german_title(head.text, group[1].text, lexicon):
        # the adjective and the office make one German item, as a qualified institution does
        head.cls, head.languages, head.kinds = SRC, frozenset({"de"}), frozenset({"common"})
        one_title(group[:2])
    elif len(group) > 1 and german_field_body(head.text, group[1].text, lexicon):
        # "Kassenärztliche Vereinigung": the adjective and the body make one German name
        head.cls, head.languages, head.kinds = SRC, frozenset({"de"}), frozenset({"institutions"})
        one_title(group[:2])
    elif head.cls == CAP and len(group) > 1 and german_body(head.text, lexicon):
        head.cls, head.languages, head.kinds = SRC, frozenset({"de"}), frozenset({"institutions"})
    elif head.cls == WEAK and head.capitalised and _english_spelled_head(group, lexicon):
        head.cls = SRC


#: qualifiers of an institution's title that the Romance source languages spell as English does
#: (``Audiencia Provincial``, ``Defesa Civil``, ``Collège provincial``, ``Musée national``), or with the final
#: ``-e`` of Italian and French (``Protezione Civile``), in lower case
INSTITUTION_QUALIFIERS = frozenset(
    "provincial civil federal regional municipal central general superior territorial local penal criminal electoral "
    "fiscal judicial national civile federale regionale municipale centrale generale territoriale locale penale "
    # the flying squad of the Italian police (``Squadra Mobile``); Portuguese "general" (``Inspeção Geral``)
    "elettorale nationale nazionale nacional mobile geral".split()
)


def one_title(title: Sequence[Token]) -> None:
    """Make an institution's head and its qualifiers one item of the head's language: "Defesa Civil" is one
    title, which a language identifier, shown two words that Italian or English could write, is no judge of;
    and a gloss after it (``the Collège provincial, the province's executive body``) follows the whole title."""
    head = title[0]
    text = " ".join(t.text for t in title)
    head.phrase = text
    for qualifier in title[1:]:
        qualifier.cls, qualifier.languages, qualifier.kinds, qualifier.phrase = SRC, head.languages, head.kinds, text


def qualified_institution(group: Sequence[Token], lexicon: Lexicon) -> bool:
    """Is the name an institution's head of a source language that English lacks, followed only by qualifiers
    English spells alike (``Audiencia Provincial``, ``Defesa Civil``)? The head alone shows it is no name."""
    head = group[0]
    return (len(group) > 1 and head.cls == SRC and "institutions" in head.kinds and not lexicon.is_english(head.text)
            and all(t.text.lower() in INSTITUTION_QUALIFIERS for t in group[1:]))


def _english_spelled_head(group: Sequence[Token], lexicon: Lexicon) -> bool:
    """Does the name start with an institution's head that is an English word too (``Camera``, ``Union``) and
    hold a source noun English lacks (``Camera di Commercio``)? Then the head is the source word."""
    head = group[0]
    return ("institutions" in head.kinds and lexicon.is_english(head.text)
            and any(t.cls == SRC and t.capitalised and t.kinds & {"common", "institutions"} for t in group[1:]))


#: source heads of the names of mountain ranges, valleys and coasts (``Sierra de Francia``, ``Serra da Estrela``,
#: ``Picos de Europa``, ``Costa da Morte``): English keeps such names whole, with the country's or the saint's
#: spelling they hold
_NATURAL_FEATURE_HEADS = frozenset("Sierra Serra Cordillera Montes Monti Picos Pico Valle Val Vale Costa Massif Montagne "
                                   "Montagnes".split())


#: points of the compass as the source languages write them: after the head of a site alone (a hospital, a
#: station, a school) they name one site of it (``Hôpital Nord``, ``Hospital Norte``), as a city names its hospitals
#: and stations; a body's head before one (``Conseil Nord``) stays a title
_COMPASS_POINTS = frozenset("Nord Sud Est Ouest Norte Sur Sul Este Oeste Süd Ost West Noord Zuid Oost".split())
_SITE_HEADS = frozenset("Hôpital Hospital Ospedale Klinikum Ziekenhuis Gare Estación Estação Stazione Bahnhof Lycée "
                        "Collège Liceo Instituto Colegio Escola".split())
#: titles of the person a site is named after (``Hospital Obispo Polanco``, ``Hospital Arzobispo Loayza``,
#: ``Hospital Doctor Peset``, ``Colegio Reina Sofía``): the title and the name after it are the namesake's, not
#: a title that says what the body does
_NAMESAKE_TITLES = frozenset("Obispo Arzobispo Bispo Arcebispo Vescovo Arcivescovo Bischof Erzbischof Cardenal Cardeal "
                             "Cardinale Papa Padre Doctor Doctora Doutor Dottor Reina Rey Rainha Rei Infanta Príncipe "
                             "Princesa Marqués Conde Duque Presidente Profesor Professor".split())
#: English words of a sports club's name (``Pays d'Aix Université Club (PAUC)``, ``Stade Rennais Football Club``):
#: the club's own name, which English keeps whatever institution it was named after
_CLUB_WORDS = frozenset({"Club", "FC"})
#: the heads of museums' names (``Musée des Papeteries Canson et Montgolfier``, ``Museo del Prado``): English keeps a
#: museum's name as it keeps a venue's, and glosses it if it likes (``the Musée Carnavalet, the museum devoted to…``)
MUSEUM_HEADS = frozenset("Musée Museo Museu Museum Musea".split())


def translatable_title(group: Sequence[Token], lexicon: Lexicon, after_article: bool) -> bool:
    """A name that holds an institution head or a source spelling, or a source noun right after
    a source article (``die Mitarbeiter des Unternehmens``), is source text, not a name."""
    if venue_name([t.text for t in group], lexicon):
        return False  # "Palais des Sports": a venue's name, which English keeps
    if group[0].text in MUSEUM_HEADS:
        return False  # "the Musée des Arts Décoratifs": a museum's name, which English keeps
    if len(group) == 2 and group[0].text in _SITE_HEADS and group[1].text in _COMPASS_POINTS:
        return False  # "the Hôpital Nord": a hospital's name by its site, not a title that says what the body does
    if _named_after_person(group, lexicon):
        return False  # "Hospital Obispo Polanco": a hospital named after a bishop, as English keeps it
    if any(t.text in _CLUB_WORDS for t in group[1:]):
        return False  # "the Pays d'Aix Université Club": a sports club's name
    if len(group) > 1 and group[0].text in _NATURAL_FEATURE_HEADS and not any("institutions" in t.kinds for t in group):
        return False  # "the Sierra de Francia": a mountain range's name, whatever country's spelling it holds
    if any(t.cls == EXO for t in group) and not any(
        t.cls != EXO and t.capitalised and not t.kinds and not lexicon.is_english(t.text) for t in group
    ):
        return True  # "Pékin"; but "Piazza di Spagna", "Albert Londres" are names
    if len(group) > 1 and german_body(group[0].text, lexicon):
        return True  # "Landgericht Augsburg": a German court's name, which English translates
    if len(group) > 1 and german_title(group[0].text, group[1].text, lexicon):
        return True  # "Ärztlicher Direktor": a German job title, whatever name follows it
    if len(group) > 1 and german_field_body(group[0].text, group[1].text, lexicon):
        return True  # "Kassenärztliche Vereinigung": a German body's name, whatever place follows it
    if qualified_institution(group, lexicon):
        return True  # "Audiencia Provincial": the qualifier is English, the head is not
    # a particle or a second source word, capitalised in the name (``Ministério Público``): not "Banco IXE"
    linked = len([t for t in group if t.kinds or lexicon.kinds(t.text.lower())]) > 1
    if linked and _english_spelled_head(group, lexicon):
        return True  # "Camera di Commercio": "camera" is English, "Commercio" is not
    return any(
        ("institutions" in t.kinds and not lexicon.is_english(t.text) and linked)
        or (after_article and t.cls == SRC and t.kinds & {"common", "dates"})
        for t in group
    )


def _named_after_person(group: Sequence[Token], lexicon: Lexicon) -> bool:
    """Is the name a site's head, a person's title and a name of no list after it (``Hospital Obispo Polanco``)?
    The site is named after that person, whose title is part of the name English keeps."""
    return (len(group) > 2 and group[0].text in _SITE_HEADS and group[1].text in _NAMESAKE_TITLES
            and group[2].capitalised and not group[2].kinds and not lexicon.is_english(group[2].text))
