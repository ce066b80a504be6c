"""Off-topic-sentence's dated reports: the lead of another story dates what it tells and names people or places.

A sentence that dates what it tells (``on Sunday night``, ``this week``) and
names a person or a place nothing else in the article names is how another
story's lead reads (``A magnitude 4.1 earthquake struck near Potenza on Sunday
night``); :mod:`.off_topic_scoring` asks these questions of the pieces it may judge.
"""

from __future__ import annotations

import re

from .language_lexicon import load_lexicon
from .off_topic_openings import CALENDAR, FEASTS, MONTHS, WEEKDAYS

#: verbs before "overnight" that make it "at once" rather than a night's report
_AT_ONCE_VERBS = ("solved", "fixed", "resolved", "happen", "happened", "change", "changed", "done", "built", "cured",
                  "overcome", "disappear", "vanish", "transformed", "achieved", "solve", "fix", "resolve", "rebuilt")
#: a report's time anchor: a weekday, yesterday, this week, a date (``on 14 July``, ``on July 14``, ``died Saturday``)
_WHEN = re.compile(rf"\b(?:(?:on|for|last|this|next|since|until|from|by) (?:{WEEKDAYS})|yesterday"
                   # the French and Italian way: ``the strong wind of Tuesday night``
                   rf"|of (?:{WEEKDAYS}) (?:night|morning|evening|afternoon)|until (?:{MONTHS})|over the weekend"
                   # overnight, but not the idiom (``cannot be solved overnight``, ``will not happen overnight``)
                   # (nor the hotels' count: ``4.9 million overnight stays``)
                   rf"|{''.join(f'(?<!{verb} )' for verb in _AT_ONCE_VERBS)}overnight(?!\s+(?:stays?|guests?|accommodation)\b)"
                   rf"|(?:this|last) (?:week|weekend|morning|night)|on \d{{1,2}} (?:{MONTHS})|on (?:{MONTHS}) \d{{1,2}}"
                   # the American way, a weekday straight after the verb: ``died Saturday``, ``said Tuesday``
                   # (not ``the events of Tuesday``, ``every Tuesday``)
                   rf"|(?<=[a-z] )(?<!\bof )(?<!\bthe )(?<!\band )(?<!\bor )(?<!\bevery )(?<!\beach )(?:{WEEKDAYS}))\b")
#: a capitalised word that does not open its sentence (after a word, a comma or a closing bracket)
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:)] )[A-Z][\w-]*")
#: a capitalised name right before a verb of the press: the paper or agency a sentence cites (``Le Monde reported``),
#: or at the end of an apposition before it (``Local newspapers, including Sud Ouest, reported``)
_CITED = re.compile(r"((?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*\s+){0,3}[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*),?\s+"
                    r"(?:reported|wrote|revealed|quoted|cited)\b")
_SPELLED = re.compile(r"[^\W\d_][\w-]*")
_NAME = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
#: a person the article meets or quotes, whom another story's lead does not name so: before their age and town
#: (``Riet Klaassen, 78, from Laren, waited…``) or as a speaker with a title (``Mayor Jörg Reichle said on Sunday…``)
_PERSON_MET = re.compile(rf"({_NAME}(?:\s+{_NAME}){{1,2}}),\s+\d{{1,3}},(?:\s+from\s+({_NAME}(?:\s+{_NAME})?),)?"
                         rf"|(?:Mayor|Councillor|Alderman|Minister|President|Director|Professor|Dr)\s+({_NAME}(?:\s+{_NAME}){{1,2}})"
                         r"\s+(?:said|says|told|added|explained|stressed)\b")


def names(text: str) -> frozenset[str]:
    """The names ``text`` gives: capitalised words of three letters or more inside a sentence that are no
    month, weekday, feast (``Christmas``: a date, which any local story gives) or ordinary English word
    (``Potenza``, ``Erdogan``, ``European``; not ``President``), nor
    the name of a paper it cites (``El País reported this week that…``: the story's source, not its subject), nor
    a person the article meets (:data:`_PERSON_MET`)."""
    english = load_lexicon().english
    cited = {word for match in _CITED.finditer(text) for word in match.group(1).split()}
    met = {word for match in _PERSON_MET.finditer(text) for group in match.groups() if group for word in group.split()}
    return frozenset(word for word in _INNER_CAPITAL.findall(text)
                     if len(word) >= 3 and word not in CALENDAR and word not in FEASTS
                     and word.lower() not in english and word not in cited and word not in met)


def spellings(text: str) -> frozenset[str]:
    """Every word of ``text`` as written (``Erdogan's`` gives ``Erdogan``)."""
    return frozenset(_SPELLED.findall(text))


def dated_report(text: str) -> bool:
    """``text`` dates what it tells (``on Sunday night``, ``this week``, ``on 14 July``): the lead of a news report."""
    return bool(_WHEN.search(text))
