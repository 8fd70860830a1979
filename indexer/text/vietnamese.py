"""Vietnamese orthography: one tone placement, folding, case helpers, and the spaces a copy lost between syllables.

Vietnamese text in the wild mixes two tone-placement conventions for the
open syllables ``oa``, ``oe`` and ``uy``: the "old" one (``hòa``, ``khỏe``,
``thủy``) and the "new" one (``hoà``, ``khoẻ``, ``thuỷ``).  They are the same
words, so the archive keeps exactly one.  We keep the **new** convention
because it is the one pyvi's dictionary is written in: all 697 affected
entries of ``pyvi/models/words.txt`` use it and none the old one, so the
segmenter joins ``văn hoá`` and ``Tỉnh uỷ`` as words more reliably.

>>> normalize_tones("Tỉnh ủy Thanh Hóa, khỏe, thủy lợi")
'Tỉnh uỷ Thanh Hoá, khoẻ, thuỷ lợi'
>>> fold("Đối ngoại Tỉnh uỷ")
'doi ngoai tinh uy'
"""

from __future__ import annotations

import functools
import re
import unicodedata

from unidecode import unidecode

from indexer.vocabulary import PROVINCES

# The five tone marks, as combining characters.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = set("aăâeêioôơuưy")
_MODIFIED_VOWELS = set("ăâêôơư")
_VOWEL_LETTERS = {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in ("", *TONE_MARKS)}
_ONSETS = {
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gh",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "ngh",
    "nh",
    "p",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
}
_FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
# Two-vowel nuclei without a final where the tone goes on the second vowel
# in the convention we keep (hoà, khoẻ, thuỷ).
_SECOND_VOWEL_NUCLEI = {"oa", "oe", "uy"}

_PLAIN_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_TONED_VOWELS = "".join(unicodedata.normalize("NFC", v + t) for v in _PLAIN_VOWELS for t in TONE_MARKS)
# Vietnamese capital letters, for a regex's class: "À-Ỹ" spans small letters too ("đã", "ở").
CAPITAL_LETTERS = "A-ZĐĂÂÊÔƠƯ" + "".join(
    unicodedata.normalize("NFC", v + t) for v in "AĂÂEÊIOÔƠUƯY" for t in TONE_MARKS
)
# Only a word with a toned vowel next to another vowel can have its tone misplaced
# (hòa / hoà, thủy / thuỷ, qúy / quý); other words are skipped without a call.
_WORD = re.compile(rf"[^\W\d_]*(?:[{_TONED_VOWELS}][{_PLAIN_VOWELS}]|[{_PLAIN_VOWELS}][{_TONED_VOWELS}])[^\W\d_]*")


def _split_syllable(low: str) -> tuple[str, str, str] | None:
    """Split a lowercase, toneless syllable into onset, nucleus and final.

    :return: ``None`` when the letters do not form a Vietnamese syllable
        (foreign words, acronyms), which are then left untouched.
    """
    i = 0
    while i < len(low) and low[i] not in _VOWELS:
        i += 1
    # "qu" and "gi" + vowel: the u / i belongs to the onset.
    if (
        low[:i] == "q"
        and low[i : i + 1] == "u"
        or low[:i] == "g"
        and low[i : i + 1] == "i"
        and low[i + 1 : i + 2] in _VOWELS
        and low[i + 1 : i + 2]
    ):
        i += 1
    j = i
    while j < len(low) and low[j] in _VOWELS:
        j += 1
    onset, nucleus, final = low[:i], low[i:j], low[j:]
    if not nucleus or onset not in _ONSETS or final not in _FINALS:
        return None
    return onset, nucleus, final


# Vowel pairs Vietnamese writes only with their marks ("liên", "muốn", "yêu"): bare, they are a text that lost them.
_BARE_PAIRS = re.compile(r"ie|uo|ye")


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether a word's letters make a Vietnamese syllable (its tone aside; a highland name's final k too).

    >>> is_syllable("Thường"), is_syllable("Đắk"), is_syllable("Qun"), is_syllable("Lien"), is_syllable("s")
    (True, True, False, False, False)
    """
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if ch not in TONE_MARKS)
    low = unicodedata.normalize("NFC", bare)
    return _split_syllable(low[:-1] if low.endswith("k") else low) is not None and not _BARE_PAIRS.search(low)


def _tone_position(nucleus: str, final: str) -> int | None:
    """Index in ``nucleus`` of the vowel that carries the tone."""
    modified = [k for k, ch in enumerate(nucleus) if ch in _MODIFIED_VOWELS]
    if modified:
        return modified[-1]
    if len(nucleus) == 1:
        return 0
    if final:
        return len(nucleus) - 1
    if len(nucleus) == 2:
        return 1 if nucleus in _SECOND_VOWEL_NUCLEI else 0
    if len(nucleus) == 3:
        return 1
    return None


@functools.lru_cache(maxsize=65536)
def place_tone(word: str) -> str:
    """Return ``word`` (NFC) with its tone mark on the vowel our convention wants.

    >>> place_tone("hòa"), place_tone("Ủy"), place_tone("qúy"), place_tone("hoàng")
    ('hoà', 'Uỷ', 'quý', 'hoàng')
    >>> place_tone("café")
    'café'
    """
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:
        return word
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    parts = _split_syllable(base.lower())
    if parts is None:
        return word
    onset, nucleus, final = parts
    pos = _tone_position(nucleus, final)
    if pos is None:
        return word
    k = len(onset) + pos
    rebuilt = base[: k + 1] + tones[0] + base[k + 1 :]
    return unicodedata.normalize("NFC", rebuilt)


def _fix_word(match: re.Match) -> str:
    return place_tone(match.group(0))


def normalize_tones(text: str) -> str:
    """Apply :func:`place_tone` to every word of an NFC ``text``.

    Only words carrying a tone mark can change, and the length of the text
    never changes (a tone moves between two letters of the same word).
    """
    return _WORD.sub(_fix_word, text)


def source_spellings(text: str) -> dict[str, str]:
    """The words our tone placement respells, mapped back to the spelling ``text`` (NFC) uses most for each.

    The archive matches and stores text in one convention (``uỷ``); the page shows and cites the source's
    own (``ủy``) by respelling with this map, which moves tone marks only: lengths, and so highlight
    offsets, stay the same.

    >>> source_spellings("Tỉnh ủy Thanh Hóa, Thành ủy, Tỉnh uỷ; khóa XIII")
    {'uỷ': 'ủy', 'Hoá': 'Hóa', 'khoá': 'khóa'}
    """
    counts: dict[str, dict[str, int]] = {}
    for match in _WORD.finditer(text):
        word = match.group(0)
        ours = place_tone(word)
        counts.setdefault(ours, {}).setdefault(word, 0)
        counts[ours][word] += 1
    spellings = {}
    for ours, seen in counts.items():
        written = max(seen, key=lambda w: (seen[w], w != ours))
        if written != ours and len(written) == len(ours):
            spellings[ours] = written
    return spellings


def respell(text: str | None, spellings: dict[str, str]) -> str | None:
    """``text`` in the source's spelling (:func:`source_spellings`); same length.

    >>> respell("Ban Thường vụ Tỉnh uỷ, khoá XIII", {"uỷ": "ủy", "khoá": "khóa"})
    'Ban Thường vụ Tỉnh ủy, khóa XIII'
    """
    if not text or not spellings:
        return text
    return _respelling(tuple(sorted(spellings))).sub(lambda m: _respelt(m, spellings), text)


@functools.lru_cache(maxsize=256)
def _respelling(words: tuple[str, ...]) -> re.Pattern:
    """``words`` where a word ends: a page's 30,000 words are not each looked up (a code of law's page spent
    25 ms there), only the few a document spells its own way.  Where the word starts is checked by
    :func:`_respelt`: a look-behind first in the pattern made it three times slower."""
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])")


def _respelt(match: re.Match, spellings: dict[str, str]) -> str:
    start, found = match.start(), match.group(0)
    return found if start and match.string[start - 1].isalpha() else spellings[found]


def nfc(text: str) -> str:
    """Unicode NFC with our tone placement.

    >>> nfc("Tỉnh u\u0309y") == nfc("Tỉnh ủy") == "Tỉnh uỷ"
    True
    """
    return normalize_tones(unicodedata.normalize("NFC", text))


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch.lower()
    if "\ud800" <= ch <= "\udfff":  # a lone surrogate (bad input) is no letter: unidecode would warn
        return ch
    out = unidecode(ch).lower()
    # One character in, one character out, so offsets stay valid; characters
    # unidecode spells with several letters (or none) keep their own lowercase.
    return out if len(out) == 1 else ch.lower()


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character: folding runs in C after that."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


_FOLD_ARRAY_FROM = 2000  # characters: a whole document's text is folded through an array


def fold(text: str) -> str:
    """Lowercase and strip diacritics, one character for one (``đ`` -> ``d``).

    >>> fold("Quyết định 1191/QĐ-TTg")
    'quyet dinh 1191/qd-ttg'
    """
    if len(text) >= _FOLD_ARRAY_FROM:
        folded = fold_array(text)
        if folded is not None:
            return folded
    return text.translate(_FOLD_TABLE)


_fold_codes = None  # code point -> folded code point, for the Basic Multilingual Plane; 0 = not seen yet


def fold_array(text: str) -> str | None:
    """What :func:`fold` gives, computed with numpy: ``str.translate`` makes an int object for each
    character (90 ns a character, 30 ms for a code of law); this takes 10-15 ns.

    :return: ``None`` for text beyond the Basic Multilingual Plane (then ``str.translate`` does it).
    """
    import numpy as np

    global _fold_codes
    if _fold_codes is None:
        _fold_codes = np.zeros(0x10000, dtype=np.uint32)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size and int(codes.max()) > 0xFFFF:
        return None
    folded = _fold_codes[codes]
    unseen = np.unique(codes[folded == 0])
    if unseen.size:
        for code in unseen.tolist():
            _fold_codes[code] = ord(_FOLD_TABLE[code])  # one character for one, always
        folded = _fold_codes[codes]
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


def has_diacritics(text: str) -> bool:
    """True when ``text`` holds a letter that folding would change (besides case)."""
    return any(not ch.isascii() and ch.isalpha() for ch in text)


def key(text: str) -> str:
    """Comparison key: NFC, our tone placement, case folded, dashes alike, spaces collapsed.

    >>> key("Công chức Văn Hóa – Xã hội") == key("công chức văn hoá - xã hội")
    True
    """
    text = nfc(text).casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def is_all_caps(text: str) -> bool:
    """Whether every letter of ``text`` (at least two) is a capital.

    >>> is_all_caps("T/M BAN THƯỜNG VỤ"), is_all_caps("Ban Thường vụ"), is_all_caps("I")
    (True, False, False)
    """
    return text.isupper() and sum(1 for ch in text if ch.isalpha()) >= 2


# A word of several syllables a copy wrote without their spaces ("thựchiện", "Quyết địnhsố", "QUYẾT ĐỊNHVề"): a
# web page that dropped the space beside its markup, a text layer that lost it.  Vietnamese writes one syllable a
# word, so a word that is no syllable but is two or more (each of two letters at least, one a syllable the
# dictionary writes, in one case) had its spaces.  Only where each syllable shows it stood apart from one next to
# it: a capital that opens the next ("việcChấm"), a word of two syllables the dictionary knows ("thực hiện"), or a
# word of the grammar on either side ("địnhsố"): "magiê", "nitơ", "kilôgam" and "xirô" are one word each.  A word
# that touches a figure, a slash or a dash is a code ("SoXD-QLN"); one without a mark is a foreign word or a name.
_GLUED = re.compile(r"(?<![\w/@.-])[^\W\d_]{4,}(?![\w/@-])")
_LONGEST_SYLLABLE = 7  # letters: "nghiêng", "khuỷu"
_LABELS = ("nơi nhận", "kính gửi")  # the labels of a document's recipients: no dictionary lists them
_GRAMMAR = frozenset(
    ("và", "các", "của", "là", "về", "để", "cho", "với", "theo", "tại", "đến", "từ", "trong", "những", "được", "có",
     "không", "số", "ngày", "tháng", "năm", "này", "đó", "khi", "đã", "sẽ", "thì", "mà", "hoặc", "như", "bị", "do",
     "vào", "ra", "trên", "sau", "trước", "việc", "xã", "huyện", "tỉnh", "phường", "quận")
)  # fmt: skip


@functools.cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """The syllables of pyvi's dictionary, and its words of two syllables, in our tone placement."""
    import importlib.util

    spec = importlib.util.find_spec("pyvi")
    folder = (spec.submodule_search_locations or [""])[0] if spec else ""
    syllables, pairs = set(), set()
    try:
        with open(f"{folder}/models/words.txt", encoding="utf-8") as fh:
            for line in fh:
                word = nfc(line.strip().lower())
                syllables.update(s for s in word.split() if is_syllable(s))
                if word.count(" ") == 1:
                    pairs.add(word)
    except OSError:  # pyvi is a requirement; without its dictionary nothing is split
        pass
    pairs.update(_LABELS)
    # and the provinces' names, which the dictionary lacks and an OCR'd header runs together ("THÀNH PHỐ CẦNTHƠ")
    for name in PROVINCES:
        spelt = [place_tone(s) for s in nfc(name.lower()).split() if is_syllable(s)]
        syllables.update(spelt)
        pairs.update(f"{a} {b}" for a, b in zip(spelt, spelt[1:], strict=False))
    return frozenset(syllables), frozenset(pairs)


def _one_case(piece: str) -> bool:
    return piece.islower() or piece.isupper() or (piece[0].isupper() and piece[1:].islower())


def _borrowed(syllable: str) -> bool:
    """Open and without a tone, as the syllables of a borrowed word are ("xi rô", "mô tô"): the dictionary spells
    them apart, a text as often as one word."""
    return syllable[-1] in _VOWEL_LETTERS and not any(ch in TONE_MARKS for ch in unicodedata.normalize("NFD", syllable))


def _apart(pieces: list[str], low: list[str], pairs: frozenset[str]) -> bool:
    """Whether every syllable shows it stood apart (see above)."""

    def linked(k: int) -> bool:  # pieces k and k + 1
        left, right = pieces[k], pieces[k + 1]
        capital = right[0].isupper() and (left[-1].islower() or (left.isupper() and right[1:].islower()))
        word = f"{low[k]} {low[k + 1]}" in pairs and not (_borrowed(low[k]) and _borrowed(low[k + 1]))
        return capital or word or low[k] in _GRAMMAR or low[k + 1] in _GRAMMAR

    ends = [linked(k) for k in range(len(pieces) - 1)]
    return all((k and ends[k - 1]) or (k < len(ends) and ends[k]) for k in range(len(pieces)))


@functools.lru_cache(maxsize=65536)
def syllables_of(word: str) -> tuple[str, ...] | None:
    """The syllables a word wrote without their spaces, or ``None`` when it is one word.

    >>> syllables_of("thựchiện"), syllables_of("ĐỊNHVề"), syllables_of("Ủyban"), syllables_of("Kếhoạchsố")
    (('thực', 'hiện'), ('ĐỊNH', 'Về'), ('Ủy', 'ban'), ('Kế', 'hoạch', 'số'))
    >>> syllables_of("CẦNTHƠ"), syllables_of("ĐÀNẴNG")
    (('CẦN', 'THƠ'), ('ĐÀ', 'NẴNG'))
    >>> [syllables_of(word) for word in ("Lênin", "Thường", "tƯrêN", "magiê", "xirô")]
    [None, None, None, None, None]
    """
    if word.isascii() or is_syllable(word):
        return None
    known, pairs = _dictionary()
    low = word.lower()
    best: list = [None] * (len(low) + 1)  # fewest syllables to each letter, then most dictionary pairs
    best[0] = (0, 0, ())
    for i in range(len(low)):
        if best[i] is None:
            continue
        for j in range(i + 2, min(len(low), i + _LONGEST_SYLLABLE) + 1):
            piece = place_tone(low[i:j])
            if piece not in known or not _one_case(word[i:j]):
                continue
            if i and piece[0] in _VOWEL_LETTERS and (low[i - 1] in _VOWEL_LETTERS or piece.isascii()):
                continue  # "Lê|nin" or "Lên|in", "chu|yén": where a syllable without onset begins is a guess
            count, linked, cut = best[i]
            linked += bool(cut) and f"{place_tone(low[cut[-1][0] : i])} {piece}" in pairs
            found = (count + 1, linked, (*cut, (i, j)))
            if best[j] is None or (found[0], -found[1]) < (best[j][0], -best[j][1]):
                best[j] = found
    done = best[len(low)]
    if not done or done[0] < 2:
        return None
    pieces = [word[i:j] for i, j in done[2]]
    return tuple(pieces) if _apart(pieces, [place_tone(p.lower()) for p in pieces], pairs) else None


def unglued(text: str) -> str:
    """``text`` with the spaces put back between syllables a copy wrote as one word (:func:`syllables_of`).

    >>> unglued("Căn cứ Quyết địnhsố 2216/QĐ-BTP; triển khai thựchiện; QUYẾT ĐỊNHVề việc; 1030/SoXD-QLN; Facebook")
    'Căn cứ Quyết định số 2216/QĐ-BTP; triển khai thực hiện; QUYẾT ĐỊNH Về việc; 1030/SoXD-QLN; Facebook'
    """
    if text.isascii():
        return text
    return _GLUED.sub(lambda m: " ".join(syllables_of(m.group()) or (m.group(),)), text)
