"""Suggestions when little or nothing matches: accents restored, misspellings corrected.

Both come from the archive's own vocabulary (:class:`~indexer.engine.protocol.Vocabulary`): a syllable typed
without diacritics is restored to the accented word the archive uses most for it, trying pyvi words first
(``doi ngoai`` -> ``đối ngoại``, not ``đối ngoài``); a syllable the archive never uses is corrected to its
nearest neighbour.  A question typed without diacritics is embedded with them restored alike (:func:`restored`).
"""

from __future__ import annotations

from indexer.engine.protocol import Vocabulary
from indexer.query.parse import QUESTION_WORDING, ParsedQuery
from indexer.text.tokens import syllable_spans
from indexer.text.vietnamese import fold, has_diacritics

_WORDING = {fold(p): p for p in QUESTION_WORDING}


def suggestion(vocabulary: Vocabulary, parsed: ParsedQuery) -> str | None:
    """A better query to try, or ``None`` when there is none."""
    if not parsed.terms:
        return None
    tokens = [t.text for t in parsed.terms]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = _restored_word(vocabulary, tokens[i : i + 4])
        if word is not None:
            out.append(word[0])
            i += word[1]
            continue
        out.append(_spelled(vocabulary, tokens[i]))
        i += 1
    numbers = " ".join(n.canonical or f"{n.code} {n.num}" for n in parsed.numbers)
    phrases = " ".join(f'"{" ".join(p)}"' for p in parsed.phrases)
    suggested = " ".join(filter(None, [" ".join(out), phrases, numbers]))
    original = " ".join(filter(None, [" ".join(tokens), phrases, numbers]))
    return suggested if suggested.lower() != original.lower() else None


def _restored_word(vocabulary: Vocabulary, tokens: list[str]) -> tuple[str, int] | None:
    """The longest archive word a run of unaccented syllables spells (of 4, 3 or 2), and its length."""
    for n in (4, 3, 2):
        window = tokens[:n]
        if len(window) == n and not any(has_diacritics(t) for t in window):
            hit = vocabulary.words.get(" ".join(fold(t) for t in window))
            if hit:
                return hit[0], n
    return None


def _spelled(vocabulary: Vocabulary, token: str) -> str:
    """A syllable as the archive spells it: corrected when the archive never uses it, accents restored."""
    folded = fold(token)
    syllables = vocabulary.syllables
    if folded not in syllables:
        corrected = vocabulary.correct(folded)
        return syllables.get(corrected, (corrected, 0))[0] if corrected else token
    return token if has_diacritics(token) else syllables.get(folded, (token, 0))[0]


def restored(vocabulary: Vocabulary, text: str) -> str:
    """``text`` with diacritics put back on the syllables typed without, for the sentence embedding of a
    question (the model reads unaccented text poorly): the wording of questions (``dung hay sai`` ->
    ``đúng hay sai``), else the longest archive word a run spells, else each syllable's commonest spelling in
    the archive.  A syllable the archive never uses, a number, and punctuation stay as typed.

    A run never crosses punctuation: ``co, quan`` is two words.
    """
    spans = syllable_spans(text)
    tokens = [text[a:b].lower() for a, b in spans]
    # run[i]: how many tokens from i stand apart by spaces only, so that a word may span them
    run = [1] * len(spans)
    for i in range(len(spans) - 2, -1, -1):
        if not text[spans[i][1] : spans[i + 1][0]].strip():
            run[i] = run[i + 1] + 1
    spelled: list[str] = []
    i = 0
    while i < len(tokens):
        word = _restored_run(vocabulary, tokens[i : i + min(4, run[i])])
        if word is None:
            folded = fold(tokens[i])
            known = vocabulary.syllables.get(folded) if tokens[i] == folded else None
            word = ((known[0] if known else tokens[i]),)
        spelled += word
        i += len(word)
    out, end = [], 0
    for (a, b), token, spelling in zip(spans, tokens, spelled, strict=True):
        out += [text[end:a], _cased(text[a:b], spelling) if spelling != token else text[a:b]]
        end = b
    return "".join(out) + text[end:]


def _cased(typed: str, spelling: str) -> str:
    """``spelling`` in the case ``typed`` was in: all capitals, a capital first, or none."""
    if len(typed) > 1 and typed.isupper():
        return spelling.upper()
    return spelling[0].upper() + spelling[1:] if typed[:1].isupper() else spelling


def _restored_run(vocabulary: Vocabulary, tokens: list[str]) -> tuple[str, ...] | None:
    """The spellings of the longest run of unaccented syllables that is a question's wording or an archive
    word (of 4, 3 or 2), or None."""
    for n in range(len(tokens), 1, -1):
        window = tokens[:n]
        if any(has_diacritics(t) for t in window):
            continue
        folded = " ".join(window)
        hit = _WORDING.get(folded) or (vocabulary.words.get(folded) or (None,))[0]
        if hit and len(hit.split()) == n:
            return tuple(hit.split())
    return None
