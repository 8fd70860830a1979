"""Suggestions when little or nothing matches: accents restored, misspellings corrected.

Both come from the archive's own vocabulary (:class:`~indexer.engine.protocol.Vocabulary`): a syllable typed
without diacritics is restored to the accented word the archive uses most for it, trying pyvi words first
(``doi ngoai`` -> ``đối ngoại``, not ``đối ngoài``); a syllable the archive never uses is corrected to its
nearest neighbour.
"""

from __future__ import annotations

from indexer.engine.protocol import Vocabulary
from indexer.query.parse import ParsedQuery
from indexer.text.vietnamese import fold, has_diacritics


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
