"""Injectors for language, meaning and scraping artifacts.

Each injector takes a ``Draft`` and a ``Context``, plants one artifact with its
label (``corpus.mark``) and returns True, or returns False when the article
offers no place for it (no quotation, no city to misspell...), so that the
generator tries another article.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .corpus import CLOSE, mark
from .draft import Context, Draft, Injector, excuse, insert_in_sentence, span_lines, substitute

UNTRANSLATED = "untranslated-span"
WRONG_LANGUAGE = "wrong-language"
#: checks that rightly fire on source-language text inside an English article, besides the one injected
SOURCE_TEXT = (UNTRANSLATED, "source-typography", "off-topic-sentence")


def _multiword(text: str) -> bool:
    return len(text.split()) >= 2


def _one_word(text: str) -> bool:
    return len(text.split()) == 1


def untranslated_bracketed(draft: Draft, ctx: Context) -> bool:
    """A source noun phrase left in square brackets inside a sentence."""
    language = ctx.languages()[0]
    phrase = ctx.rng.choice(ctx.lexicon["untranslated"][language]["phrases"])
    piece = mark(UNTRANSLATED, f"[{phrase}]", variant="bracketed", language=language)
    return insert_in_sentence(draft, ctx, piece)


def untranslated_quoted(draft: Draft, ctx: Context) -> bool:
    """A source noun phrase left in quotation marks inside a sentence."""
    language = ctx.languages()[0]
    phrase = ctx.rng.choice(ctx.lexicon["untranslated"][language]["phrases"])
    left, right = draft.quotes
    piece = mark(UNTRANSLATED, f"{left}{phrase}{right}", variant="quoted", language=language)
    return insert_in_sentence(draft, ctx, piece)


#: a French ordinal day (``1er``, ``2e``), which source-typography reports as well
_SOURCE_ORDINAL = re.compile(r"\b\d{1,2}(?:er|re|e)\b")


def untranslated_run(draft: Draft, ctx: Context) -> bool:
    """A run of source words: a multi-word phrase kept as it was, or a leftover clause."""
    for language in ctx.languages():
        table = ctx.lexicon["untranslated"][language]
        if ctx.rng.random() < 0.5 and substitute(draft, ctx, table["words"], UNTRANSLATED, "run",
                                                 language=language, keep=_multiword):
            return True
        candidates = [(li, si, s) for li, si, s in draft.free()
                      if s.endswith(".") and not s.endswith("..") and len(s.split()) >= 6]
        if candidates:
            li, si, sentence = ctx.rng.choice(candidates)
            run = ctx.rng.choice(table["runs"])
            # a run that holds a source date (``le 1er avril``) is source typography too
            piece = excuse(run, ["source-typography"]) if _SOURCE_ORDINAL.search(run) else run
            draft.set(li, si, sentence[:-1] + " " + mark(UNTRANSLATED, piece, variant="run", language=language) + ".")
            return True
    return False


def _table(kind: str, variant: str, keep: Callable[[str], bool] | None = None,
           also: tuple[str, ...] = ()) -> Injector:
    """An injector substituting one entry of the lexicon's ``kind`` table, in the first language that fits."""

    def inject(draft: Draft, ctx: Context) -> bool:
        for language in ctx.languages():
            table = ctx.lexicon["untranslated"][language].get(kind, [])
            if substitute(draft, ctx, table, UNTRANSLATED, variant, language=language, keep=keep, also=also):
                return True
        return False

    inject.__doc__ = f"A source-language {variant.replace('-', ' ')} where English has its own word."
    return inject


untranslated_word = _table("words", "single-word", keep=_one_word)
# a source spelling of a name the article also spells the English way is a name variant too
untranslated_abbreviation = _table("abbreviations", "abbreviation", also=("name-variant",))
untranslated_exonym = _table("exonyms", "exonym", also=("name-variant",))
untranslated_institution = _table("institutions", "institution")


def untranslated_script(draft: Draft, ctx: Context) -> bool:
    """A name in another script left in parentheses after an English word."""
    text = ctx.rng.choice(ctx.lexicon["other_script"])
    return insert_in_sentence(draft, ctx, "(" + mark(UNTRANSLATED, text, variant="other-script") + ")",
                              lowercase_next=False, after_name=True)


def _source_paragraphs(ctx: Context, language: str) -> list[list[str]]:
    """Source-language passages: the real ones read with ``--parallel`` when given, else the project's own."""
    if ctx.material.extra_sources.get(language):
        return ctx.material.extra_sources[language]
    return [list(p) for a in ctx.material.sources if a.language == language for p in a.paragraphs]


def _source_language(ctx: Context, *, whole_articles: bool = False) -> str:
    """The first source language with material (with own articles, for a whole document)."""
    available = {a.language for a in ctx.material.sources}
    if not whole_articles:
        available |= set(ctx.material.extra_sources)
    return next(lang for lang in ctx.languages() if lang in available)


def wrong_language_sentence(draft: Draft, ctx: Context) -> bool:
    """One English sentence replaced by a sentence in a source language."""
    free = [(li, si) for li, si, s in draft.free() if len(s.split()) >= 5]
    if not free:
        return False
    language = _source_language(ctx)
    sentence = ctx.rng.choice([s for p in _source_paragraphs(ctx, language) for s in p])
    li, si = ctx.rng.choice(free)
    draft.set(li, si, mark(WRONG_LANGUAGE, excuse(sentence, SOURCE_TEXT), variant="sentence", language=language))
    return True


def wrong_language_paragraph(draft: Draft, ctx: Context) -> bool:
    """A whole paragraph in a source language between English paragraphs."""
    if len(draft.body_lines()) < 2:
        return False
    language = _source_language(ctx)
    paragraph = ctx.rng.choice([p for p in _source_paragraphs(ctx, language) if len(p) >= 2])[:3]
    lines = list(paragraph)
    for check in SOURCE_TEXT:
        lines = span_lines(lines, check, optional=True)
    lines = span_lines(lines, WRONG_LANGUAGE, variant="paragraph", language=language)
    draft.insert_line(ctx.rng.choice(list(draft.body_lines())[1:]), lines)
    return True


def wrong_language_document(draft: Draft, ctx: Context) -> bool:
    """The whole text, title included, in a source language (served as English)."""
    language = _source_language(ctx, whole_articles=True)
    source = ctx.rng.choice([a for a in ctx.material.sources if a.language == language])
    lines = [[source.title]] + [list(p) for p in source.paragraphs]
    lines[0][0] = mark(WRONG_LANGUAGE, "", variant="document", language=language)[: -len(CLOSE)] + lines[0][0]
    lines[-1][-1] = lines[-1][-1] + CLOSE
    draft.lines = lines
    draft.title_lines = 1
    draft.footer = 0
    draft.used = {(li, si) for li, line in enumerate(lines) for si in range(len(line))}
    return True


def _widget(ctx: Context, kind: str) -> tuple[str, Any]:
    """A widget template of ``kind`` and its language: English three times in four."""
    templates = ctx.lexicon["boilerplate"][kind]
    others = sorted(k for k in templates if k != "en")
    language = "en" if ctx.rng.random() < 0.75 else ctx.rng.choice(others)
    return language, ctx.rng.choice(templates[language])


def _widget_mark(text: str, variant: str, language: str) -> str:
    """A boilerplate label; widget lines are off-topic too, and in a source language also untranslated."""
    excused = ["off-topic-sentence"]
    if language != "en":
        excused += [UNTRANSLATED, WRONG_LANGUAGE, "source-typography"]
    return mark("boilerplate", excuse(text, excused), variant=variant, language="" if language == "en" else language)


def boilerplate_related(draft: Draft, ctx: Context) -> bool:
    """A related-article widget (``See also`` + another story's headline) between paragraphs."""
    language, template = _widget(ctx, "related")
    line = template.format(h=ctx.other_article().title)
    at = ctx.rng.choice(list(draft.body_lines())[1:] + [draft.body_end])
    draft.insert_line(at, [_widget_mark(line, "related", language)])
    return True


def boilerplate_comments(draft: Draft, ctx: Context) -> bool:
    """A comment form's lines at the end of the article."""
    language, lines = _widget(ctx, "comments")
    for line in lines:
        draft.append_footer(_widget_mark(line, "comments", language))
    return True


def boilerplate_share(draft: Draft, ctx: Context) -> bool:
    """A share, subscribe or cookie line under the title or at the end."""
    language, line = _widget(ctx, "share")
    at = ctx.rng.choice([draft.title_lines, draft.body_end])
    draft.insert_line(at, [_widget_mark(line, "share", language)])
    return True


def _credit(ctx: Context) -> tuple[str, str]:
    data = ctx.lexicon["boilerplate"]
    language, template = _widget(ctx, "credits")
    return language, template.format(agency=ctx.rng.choice(data["agencies"]), person=ctx.rng.choice(data["persons"]))


def boilerplate_credit_line(draft: Draft, ctx: Context) -> bool:
    """A photo credit on its own line after the first paragraph."""
    language, credit = _credit(ctx)
    draft.insert_line(draft.title_lines + 1, [_widget_mark(credit, "credit-line", language)])
    return True


def boilerplate_credit_glued(draft: Draft, ctx: Context) -> bool:
    """A photo credit glued to the end of a paragraph."""
    line = ctx.rng.choice(list(draft.body_lines()))
    si = len(draft.lines[line]) - 1
    if (line, si) in draft.used:
        return False
    language, credit = _credit(ctx)
    joiner = "" if ctx.rng.random() < 0.3 else " "
    draft.set(line, si, draft.lines[line][si] + joiner + _widget_mark(credit, "credit-glued", language))
    return True


def boilerplate_original(draft: Draft, ctx: Context) -> bool:
    """An ``Original article published on`` line at the end."""
    language, template = _widget(ctx, "original")
    line = template.format(site=ctx.rng.choice(ctx.lexicon["boilerplate"]["sites"]))
    draft.append_footer(_widget_mark(line, "original", language))
    return True


def headline_swap(draft: Draft, ctx: Context) -> bool:
    """The title replaced by the headline of an article on another topic."""
    if (0, 0) in draft.used or draft.title_lines != 1:
        return False
    draft.set(0, 0, mark("headline-mismatch", ctx.other_article().title, variant="swap"))
    return True


def headline_prepend(draft: Draft, ctx: Context) -> bool:
    """Another article's headline put above the real title (a scraper's first line)."""
    if draft.title_lines != 1:
        return False
    draft.insert_line(0, [mark("headline-mismatch", ctx.other_article().title, variant="prepend")])
    return True


def off_topic_sentence(draft: Draft, ctx: Context) -> bool:
    """A sentence of an article on another topic inside a paragraph."""
    sentence = ctx.rng.choice(ctx.other_article().sentences)
    # a paragraph of the article itself, not a line another injector added
    li = ctx.rng.choice(sorted({li for li, _, _ in draft.free()} or {draft.title_lines}))
    si = ctx.rng.randint(1 if li == draft.title_lines else 0, len(draft.lines[li]))
    draft.insert_sentence(li, si, mark("off-topic-sentence", sentence, variant="sentence"))
    return True


def off_topic_paragraph(draft: Draft, ctx: Context) -> bool:
    """A short paragraph (one or two sentences) of an article on another topic."""
    paragraph = list(ctx.rng.choice(ctx.other_article().paragraphs))[:2]
    at = ctx.rng.choice(list(draft.body_lines())[1:] + [draft.body_end])
    draft.insert_line(at, span_lines(paragraph, "off-topic-sentence", variant="paragraph"))
    return True


def off_topic_headline(draft: Draft, ctx: Context) -> bool:
    """Another story's headline on a line of its own between paragraphs: a scraped link with no label."""
    at = ctx.rng.choice(list(draft.body_lines())[1:] + [draft.body_end])
    draft.insert_line(at, [mark("off-topic-sentence", ctx.other_article().title, variant="headline")])
    return True


def off_topic_spam(draft: Draft, ctx: Context) -> bool:
    """An advertising or spam line between paragraphs."""
    line = ctx.rng.choice(ctx.lexicon["spam_lines"])
    at = ctx.rng.choice(list(draft.body_lines())[1:] + [draft.body_end])
    draft.insert_line(at, [mark("off-topic-sentence", line, variant="spam")])
    return True


def name_variant(draft: Draft, ctx: Context) -> bool:
    """One of two or more mentions of a name spelled the other way (``Kyiv`` → ``Kiev``)."""
    table = list(ctx.lexicon["name_variants"])
    ctx.rng.shuffle(table)
    for usual, other in table:
        pattern = re.compile(rf"(?<![\w-]){re.escape(usual)}(?![\w-])")
        hits = [(li, si, m) for li, si, s in draft.free(heading=True) for m in pattern.finditer(s)]
        if len(hits) < 2:
            continue
        group = draft.group()
        chosen = ctx.rng.randrange(len(hits))
        # edit from the end so that earlier match offsets in a sentence stay valid
        for number in sorted(range(len(hits)), key=lambda n: (hits[n][0], hits[n][1], -hits[n][2].start())):
            li, si, match = hits[number]
            spelled = other if number == chosen else usual
            sentence = draft.lines[li][si]
            marked = mark("name-variant", spelled, variant="spelling", group=group)
            draft.set(li, si, sentence[: match.start()] + marked + sentence[match.end():])
        return True
    return False


def false_friend(draft: Draft, ctx: Context) -> bool:
    """A French false friend or calque in place of the English word (``attended`` → ``assisted to``)."""
    return substitute(draft, ctx, ctx.lexicon["false_friends"], "false-friend", "calque")
