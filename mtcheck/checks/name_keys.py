"""Spelling keys of name-variant: capitalised words that share a key are candidate spellings of one name.

Machine translation transliterates and respells a name sentence by sentence, so one person or place comes out as
``Zelensky`` and ``Zelenskyy``, ``Vasseur`` and ``Vasseure``, ``Caub`` and ``Kaub``. Rather than compare every
pair of a document's capitalised words, the check gives each word a few keys, each folding one kind of variation
(transliteration pairs, one letter off, another long vowel doubled, a hard C written K, one part of a hyphenated
place one letter off, a short first word with the rest of its place's name), and judges only the words that
share one. A key's prefix (``TYPO``, ``DOUBLED_VOWEL``, ``HARD_C``, ``TAIL``, ``COMPOUND``) says which fold made
it, and so which evidence ``name_transliterations.py`` asks for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .name_forms import UMLAUTS, unaccented


#: spelling pairs that transliteration systems swap, applied in order to a lowercased, unaccented word
_TRANSLITERATION_RULES = (
    (re.compile(r"['\-]"), ""),
    # Giménez, Jiménez; inside a word too: Portuguese Lages, Lajes
    (re.compile(r"g+(?=[ei])"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),  # Stephanie, Stefanie; Philipp, Filipp
    # an N or an M before a labial, as old and new spellings write it: Lanfranco, Lamfranco
    (re.compile(r"n(?=[bpf])"), "m"),
    (re.compile(r"(?<=.)sch"), "s"),  # Dutch and German: Boschman, Bosman
    # Spanish and Basque: Echeberria, Echeverría; a doubled B too, which the fold of doubled letters below would
    # otherwise leave a B where the single one became a V (Rubbiano, Rubiano)
    (re.compile(r"(?<=[aeiou])b+(?=[aeiou])"), "v"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"tx"), "ch"),  # Basque and Catalan: Etxeberria, Echeberria
    (re.compile(r"x"), "ks"),
    # the Basque K of a Spanish QU, not in a word's first letter nor after a C (Becker): Urkieta, Urquieta
    (re.compile(r"(?<=[a-bd-z])k(?=[ei])"), "qu"),
    # the Basque K of a Spanish hard C, before A, O or U inside a word, not after a C (the CK folded below):
    # Goikoetxea, Goicoechea; Urkola, Urcola
    (re.compile(r"(?<=[a-bd-z])k(?=[aou])"), "c"),
    (re.compile(r"(?<=.)qu(?=[ei])"), "ch"),  # French and Spanish for Italian: Marquetti, Marchetti
    (re.compile(r"qu"), "kw"),  # German: Marquardt, Markwardt
    (re.compile(r"dt\Z"), "t"),  # Dutch and German: De Smedt, De Smet; Schmidt, Schmit
    (re.compile(r"tte\Z"), "t"),  # French: Lambotte, Lambot
    # German says a final -ig as -ich, and a slip writes the one for the other: Wittig, Wittich; König, Könich
    (re.compile(r"ich\Z"), "ig"),
    (re.compile(r"ij"), "i"),  # Dutch: Dijkstra, Dykstra
    # Dutch says a G and a CH alike before a T, and a spelling by ear writes the one for the other inside a name:
    # Nigtevecht, Nichtevecht; Utrecht, Utregt
    (re.compile(r"(?<=.)cht"), "gt"),
    # Dutch names a heath with its short form too, hei for heide, and a compound place's name ends either way:
    # Westerheide, Westerhei; Bussumerheide, Bussumerhei
    (re.compile(r"(?<=.)heide\Z"), "hei"),
    # the French ILL after a vowel, said as the Y that a spelling by ear writes: Lafaille, Lafaye; Maillard, Mayard
    (re.compile(r"(?<=[aeou])ill"), "y"),
    (re.compile(r"y"), "i"),
    # the CK that German and Dutch write for a doubled K, which older Dutch and Flemish names keep beside a single
    # K (Hendrickx, Hendriks; Verbeeck, Verbeek), folded only now: a K after a C is no Spanish QU above
    (re.compile(r"ck"), "k"),
    (re.compile(r"(.)\1+"), r"\1"),
    # after doubled letters are folded: Portuguese Sousa, Souza; Italian Bertolazzi, Bertolassi
    (re.compile(r"(?<=[aeiou])z(?=[aeiou])"), "s"),
    (re.compile(r"(?<=[^aeiou])ie"), "e"),
    (re.compile(r"\Aie"), "e"),
)


@lru_cache(maxsize=8192)
def variant_keys(word: str) -> frozenset[str]:
    """Spelling keys of ``word``: two names with a key in common are transliteration variants.

    Accents are stripped (``Erdoğan``) and German umlauts are also tried as
    ``ae oe ue`` (``Müller``, ``Mueller``); ``ß`` is ``ss`` either way (``Weißenböck``,
    ``Weissenbock``, ``Weissenboeck``); ``ç`` is also tried as ``ss`` (``Iguaçu``, ``Iguassu``), and ``x`` as ``sh``
    and as the ``j`` of modern Spanish (``Xerez``, ``Jerez``);
    then the rules above fold ``g/j`` before ``e`` or ``i``, ``kh/h``, ``n/m`` before ``b``, ``p`` or ``f``
    (``Lanfranco``, ``Lamfranco``), ``b/v`` between vowels (``Rubbiano``, ``Rubiano``, ``Ruviano``),
    ``ou/u``, ``x/ks``, ``ill/y`` after a vowel (``Lafaille``, ``Lafaye``), ``y/i``, a final ``ich/ig``
    (``Wittich``, ``Wittig``), the Dutch ``cht/gt`` (``Nichtevecht``, ``Nigtevecht``) and a final ``heide/hei``
    (``Westerheide``, ``Westerhei``), ``k/qu/ch`` inside a word before
    ``e`` or ``i`` (``Urkieta``, ``Urquieta``), ``k/c`` inside a word before ``a``, ``o`` or ``u`` (``Goikoetxea``,
    ``Goicoechea``), ``ck/k`` (``Hendrickx``, ``Hendriks``), doubled letters, and ``ie/e``
    after a consonant
    (``Zelensky``, ``Zelenskyy``, ``Zelenskiy`` share one key).
    """
    lowered = word.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    keys = set()
    spellings = {lowered.replace("\N{LATIN SMALL LETTER SHARP S}", "ss"), lowered.translate(UMLAUTS)}
    if "x" in lowered:
        spellings.add(lowered.replace("x", "sh"))  # Portuguese, Catalan and Basque X: Namaxulua, Namashulua
        # the X of old Spanish and of Galician where Spanish now writes J: Xerez, Jerez; Arteixo, Arteijo
        spellings.add(lowered.replace("x", "j"))
    if "\N{LATIN SMALL LETTER C WITH CEDILLA}" in lowered:
        # a cedilla written as the double S of the older English spelling: Iguaçu, Iguassu
        spellings.add(lowered.replace("\N{LATIN SMALL LETTER C WITH CEDILLA}", "ss"))
    for spelling in spellings:
        key = unaccented(spelling)
        for rule, replacement in _TRANSLITERATION_RULES:
            key = rule.sub(replacement, key)
        keys.add(key)
    return frozenset(keys)


#: the prefix of the keys of :func:`typo_keys`
TYPO = "~"
#: shortest surname whose one-letter misspellings are looked for
SURNAME_LETTERS = 6


@lru_cache(maxsize=8192)
def typo_keys(word: str) -> frozenset[str]:
    """Keys that two spellings one letter apart share (a letter added, dropped or changed, never the
    first but a silent H, an old Y, a soft C, a Spanish B or V before a vowel or the Q of a QU):
    ``Vasseur``/``Vasseure``, ``Bellanti``/``Bellandi``, ``Matheus``/``Mateus``, ``Henríquez``/``Enríquez``,
    ``Ybarra``/``Ibarra``, ``Cervantes``/``Servantes``, ``Bermejo``/``Vermejo``, ``Cuesta``/``Questa``."""
    lowered = unaccented(word.lower())
    keys = {TYPO + lowered} | {TYPO + lowered[:i] + lowered[i + 1:] for i in range(1, len(lowered))}
    if lowered.startswith("h"):
        keys.add(TYPO + lowered[1:])  # a silent H dropped: Henríquez, Enríquez
    if lowered.startswith("y"):
        keys.add(TYPO + "i" + lowered[1:])  # the old Y of Spanish and Basque names: Ybarra, Ibarra
    if lowered[:1] == "c" and lowered[1:2] in ("e", "i"):
        keys.add(TYPO + "s" + lowered[1:])  # a soft C written as the S it sounds like: Cervantes, Servantes
    if lowered[:1] == "b" and lowered[1:2] in ("a", "e", "i", "o", "u"):
        keys.add(TYPO + "v" + lowered[1:])  # the B and V that Spanish says alike: Bermejo, Vermejo
    if lowered[:2] == "qu" and lowered[2:3] in ("a", "e", "i", "o"):
        # the Italian and Portuguese QU of a Spanish CU before a vowel: Cuesta, Questa; Cuadrado, Quadrado
        keys.add(TYPO + "c" + lowered[1:])
    return frozenset(keys)


#: the prefix of the keys of :func:`doubled_vowel_keys`
DOUBLED_VOWEL = "%"
#: a vowel written twice, as Dutch, Frisian, German and Finnish spell a long one
_DOUBLED_VOWELS = re.compile(r"aa|ee|oo|uu")


@lru_cache(maxsize=8192)
def doubled_vowel_keys(word: str) -> frozenset[str]:
    """Keys that a name of six letters or more shares with its spelling with another long vowel written twice in
    the same place (``Verschoor``, ``Verschuur``; ``Boerhaave``, ``Boerhoove``), two letters off, which the keys of
    one letter apart miss; none for a name without a doubled vowel."""
    lowered = unaccented(word.lower())
    if len(lowered) < SURNAME_LETTERS or not lowered.isalpha() or not _DOUBLED_VOWELS.search(lowered):
        return frozenset()
    # one key per doubled vowel, the rest of the name as written: a key that blanked every doubled vowel would
    # join names parting in two places (``Vaanschoor``, ``Voonschuur``)
    return frozenset({DOUBLED_VOWEL + lowered[:m.start()] + "=" + lowered[m.end():]
                      for m in _DOUBLED_VOWELS.finditer(lowered)})


#: the prefix of the keys of :func:`hard_c_keys`
HARD_C = "^"


@lru_cache(maxsize=8192)
def hard_c_keys(word: str) -> frozenset[str]:
    """Keys that a name starting with a hard C shares with its spelling with a K, as Dutch and German
    spelling reforms rewrote them and old sources still write them (``Caub``, ``Kaub``; ``Cauberg``,
    ``Kauberg``; ``Coblenz``, ``Koblenz``); none for a name that starts otherwise."""
    if word[:1] not in ("C", "K") or unaccented(word[1:2]).lower() not in ("a", "o", "u"):
        return frozenset()
    return frozenset(HARD_C + key for key in variant_keys(_hard_c(word)))


def _hard_c(name: str) -> str:
    """``name`` with a leading C written K, as German and Scandinavian names alternate them."""
    return "K" + name[1:] if name[:1] == "C" else name


#: an IE between two consonants, which Dutch, Frisian and Scandinavian given names also write Y (``Hielke``, ``Hylke``;
#: ``Sietse``, ``Sytse``)
_IE_BETWEEN_CONSONANTS = re.compile(r"(?<=[^aeiouy\W])ie(?=[^aeiouy\W])", re.IGNORECASE)


#: a final IE after a doubled consonant, the Dutch spelling of the pet name's ending that English writes Y
#: (``Harrie``, ``Harry``; ``Jannie``, ``Janny``); after a single one it may end another name (``Marie``, ``Mary``)
_FINAL_IE = re.compile(r"([^aeiouy\W])\1ie\Z", re.IGNORECASE)


#: the PH of Greek given names, which Dutch, German, Scandinavian and Slavic spellings write F (``Philip``, ``Filip``;
#: ``Stephan``, ``Stefan``; ``Sophie``, ``Sofie``)
_GREEK_PH = re.compile(r"(?<=\w)ph|\APh")


def given_key(name: str) -> str:
    """``name`` as given names are compared: a leading C written K, a leading X written J (``Xosé``, ``José``),
    an IE between consonants or after a doubled one at the end written Y (``Hielke``, ``Hylke``; ``Harrie``,
    ``Harry``), a PH written F (``Philip``, ``Filip``)."""
    name = _FINAL_IE.sub(r"\1\1y", _IE_BETWEEN_CONSONANTS.sub("y", name))
    name = _GREEK_PH.sub(lambda ph: "F" if ph.group()[0] == "P" else "f", name)
    return "J" + name[1:] if name[:1] == "X" else _hard_c(name)


#: the prefix of the keys of a short word with the rest of its place's name (``Ajea de los Molinos``)
TAIL = "+"
#: the particles and the capitalised words after a place's first word: `` de los Molinos`` of ``Ajea de los
#: Molinos``, `` do Castelo`` of ``Viana do Castelo``
PLACE_TAIL = re.compile(r"(?:[ \N{NO-BREAK SPACE}](?:de|del|di|da|do|dos|das|du|des|la|las|los|le|les|sur|en))+"
                        r"(?:[ \N{NO-BREAK SPACE}][A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]{3,})+")

#: the prefix of the keys of :func:`compound_keys`
COMPOUND = "="
#: fewest parts of a hyphenated place name whose one misspelt part is looked for without more evidence of a
#: place (``Lons-le-Saunier``)
COMPOUND_PARTS = 3
#: shortest capitalised part of a hyphenated name of three parts or more whose one-letter misspellings are looked
#: for: the particles that join the parts fix it as one place, short as the part is (``Lit-et-Mixe``, ``Lit-et-Mix``,
#: a French silent E dropped); a lower-case particle (``sur``) is no part of the place's own name
COMPOUND_SHORT_PART = 3
#: shortest part of a hyphenated name of two parts whose one-letter misspellings are looked for, the other part
#: being a surname's length at least (``Brives-Charensac``, ``Brive-Charensac``)
PAIRED_PART_LETTERS = 5
#: shortest part of a hyphenated name of two parts whose one-letter misspellings are looked for beside a shorter
#: part that stays (``Rodez-Marcillac``, ``Rodez-Marcilhac``: an airport named after its town and its village)
LONG_PAIRED_PART_LETTERS = 8


def compound_keys(word: str) -> frozenset[str]:
    """Keys that two spellings of a hyphenated name share when one long part is one letter off and the others are
    the same (``Lons-le-Saunier``, ``Lons-le-Saulnier``; ``Châlons-en-Champagne``, ``Chalons-en-Champaigne``; a
    short capitalised part of three such parts too: ``Lit-et-Mixe``, ``Lit-et-Mix``): the
    parts a French, Italian or Spanish place name joins with its particles (``le``, ``en``, ``sur``) fix it as one
    place. A name of two parts (``Brives-Charensac``, ``Brive-Charensac``) has keys only where the part that stays
    is long, as two given names seldom are (``Jean-Marc``), or the part respelt is (``Rodez-Marcillac``,
    ``Rodez-Marcilhac``); :func:`two_part_place_slip` asks more of it."""
    parts = word.split("-")
    if len(parts) < 2 or not all(part.isalpha() for part in parts):
        return frozenset()
    keys = set()
    for i, part in enumerate(parts):
        if (len(parts) >= COMPOUND_PARTS and (len(part) >= SURNAME_LETTERS or (
                len(part) >= COMPOUND_SHORT_PART and part[:1].isupper()))) or (
                len(parts) == 2 and len(part) >= PAIRED_PART_LETTERS and len(parts[1 - i]) >= SURNAME_LETTERS) or (
                len(parts) == 2 and len(part) >= LONG_PAIRED_PART_LETTERS and len(parts[1 - i]) >= PAIRED_PART_LETTERS):
            before, after = "-".join(parts[:i]).lower(), "-".join(parts[i + 1:]).lower()
            keys.update(f"{COMPOUND}{before}|{key}|{after}" for key in typo_keys(part))
    return frozenset(keys)


def compound_hard_c_keys(word: str) -> frozenset[str]:
    """Keys that two spellings of a hyphenated name share when one part of four letters or more starts with a hard
    C that the other writes K, as German spelling reforms rewrote old names (``Bernkastel-Cues``,
    ``Bernkastel-Kues``; ``Castrop-Rauxel``, ``Kastrop-Rauxel``), and the other parts are the same, one of them a
    surname's length at least: two given names joined (``Marie-Claude``) are seldom so long."""
    parts = word.split("-")
    if len(parts) < 2 or not all(part.isalpha() for part in parts):
        return frozenset()
    keys = set()
    for i, part in enumerate(parts):
        if len(part) >= SURNAME_LETTERS - 2 and part[:1] in ("C", "K") \
                and unaccented(part[1:2]).lower() in ("a", "o", "u") \
                and any(len(other) >= SURNAME_LETTERS for j, other in enumerate(parts) if j != i):
            before, after = "-".join(parts[:i]).lower(), "-".join(parts[i + 1:]).lower()
            keys.add(f"{HARD_C}{COMPOUND}{before}|{unaccented(_hard_c(part)).lower()}|{after}")
    return frozenset(keys)
