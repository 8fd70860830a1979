"""Numbers and days written by hand in a scan's header.

A document is typed with its number and day left blank (``Số:    /TB-UBND``, ``ngày    tháng 11 năm 2025``)
and the clerk writes them in by hand, often in blue ink, when it is registered and sent.  Tesseract, trained
on print, reads nothing there, or a letter or two (``Số:Ä93/TB-UBND``).  The gap it leaves between ``Số`` and
the code, and between ``ngày`` and ``tháng``, is found from tesseract's own word boxes; only that crop is read
again, by a text-line recogniser trained on varied scripts and handwriting (PP-OCRv4's, shipped in the
``rapidocr_onnxruntime`` package and run by ONNX Runtime on the CPU, some 30 ms a crop).  What it reads is
written in only when it is a plausible number or day it is sure of, and is marked unsure on the review page
so that the archivist checks it against the image.
"""

from __future__ import annotations

import math
import re
import string
import sys
import threading
import unicodedata
from dataclasses import dataclass

MIN_SCORE = 0.5  # the recogniser's mean probability (0-1) for a figure's digits from which it is believed
MIN_DIGIT = 0.2  # and the least for any one of its digits
SURE_PRINT = 80  # tesseract's confidence (0-100) from which digits it read in the gap are kept as they are
HEADER_SHARE = 0.45  # the number and the date stand in the top of a page
MAX_WORDS_BETWEEN = 3
# The gap read again with its neighbours: this much of the crop's height added on the left (the label) and
# on the right (the code, or "tháng"); a digit is the gap's if it stands within this much of it.
WIDE_LEFT, WIDE_RIGHT, INSIDE = 1.0, 2.0, 0.15
MODEL = "PP-OCRv4 rec (rapidocr_onnxruntime 1.4.4): number, day, month; the gap alone and with its neighbours; 19"
# A digit the recogniser is unsure of is believed as if read this surely when tesseract read the same digit in
# the same place, counted from the code, and the recogniser read the others surely: two readers, one stroke.
CONFIRMED = 0.9

# What a slot's code begins with: "/TB-UBND", "-KH/TU", or the same after what tesseract made of the figures;
# a legal act's code begins with its year ("Số: 01 /2013/CT-UBND": the hand's "01", then the printed code).
YEAR_OF_CODE = r"(?:(?:19|20)\d\d/)?"
CODE = re.compile(rf"[/-]{YEAR_OF_CODE}[A-ZĐ]")
DIGITS = re.compile(r"^\d+$")
BARE_CODE = re.compile(r"^[A-ZĐ]{2,}[/-][A-ZĐ0-9]")
# A code after what tesseract made of the figures, in one word ("/Z4.2UBND-" for "4532/UBND-"): the code is
# the capitals before a dash or slash, run into a digit before them (not "332/QĐ-TTg": its slash says where).
GLUED_CODE = re.compile(r"(?<![\sA-ZĐ/-])[A-ZĐ]{2,}(?=[/-])")
LABEL_WIDTH = 0.7  # a printed letter of the label is at most this many line heights wide
LETTER_WIDTH = 0.55  # and about this many
LABEL_LETTERS = {"day": 4, "month": 5}  # "ngày", "tháng"
# The month's label read with the hand's figures after it as one word: "thángØƒ".
GLUED_MONTH = re.compile(r"thang\S{1,4}$")
# The label of the number as tesseract reads it, with a capital (the body's "số" is no label): "Số:", "Só:J¿92".
NUMBER_LABEL = re.compile(r"S[ốôoóồổ6][:.;]?")
# Where the figures go in the page's text: after "Số:" and before the code; after "ngày" and before "tháng".
NUMBER_LABEL_IN_TEXT = re.compile(r"S[ốôoóồổ6][ \t]*[:.;]?[ \t]*")
MAX_READ_CHARS = 14  # what tesseract wrote for the figures, between the label and the code
CODE_IN_TEXT = re.compile(rf"[/-]{YEAR_OF_CODE}[A-ZĐ]|[A-ZĐ]{{2,}}[/-][A-ZĐ0-9]")
# "tháng" ends where a letter does not go on ("thángØƒ": the month's figures glued to it, read as letters)
DAY_IN_TEXT = re.compile(r"(ng[àa]y[ \t]*)(\S{0,6}?)([ \t]*th[áa]ng(?![a-zđ]))", re.IGNORECASE)
MONTH_IN_TEXT = re.compile(
    r"(ng[àa]y[ \t]*\S{0,6}?[ \t]*th[áa]ng(?![a-zđ])[ \t]*)(\S{0,6}?)([ \t]*n[ăa]m\b)", re.IGNORECASE
)
# The last figure a slot may hold, by kind: a number has at most five digits.
LARGEST = {"number": 99999, "day": 31, "month": 12}

# Letters tesseract writes for printed digits ("I1" for 11), as OCR's cleaning reads them in a number.
LOOK_ALIKE_DIGITS = str.maketrans("IlOo", "1100")
# What the recogniser reads for a hand's 1: a stroke, or the 1 written with its long lead-in stroke, which to a
# reader of print is a Λ or an A ("Số: 1129/UBND-MT" read "Λ129", 5601; "141" read "Λ41", 2706).
ONE_LOOK_ALIKES = "Il|Λ∧ʌ^A"
# and for two of them side by side: "ΛΛ" is an M ("Số: 1146/KH-ĐHTĐ" read "M46", web52 5207)
ONES_LOOK_ALIKE = "M"

_engine = None
_engine_error: str | None = None
_lock = threading.Lock()


@dataclass
class Slot:
    """A gap in the header where a figure is written by hand."""

    kind: str  # "number", "day" or "month"
    box: tuple[int, int, int, int]  # left, top, right, bottom in the page image's pixels
    printed: str = ""  # what tesseract read there
    code: str = ""  # what closes a number's gap, as tesseract read it ("/2010/QĐ-UBND")
    start_guessed: bool = False  # the gap's start estimated inside a word of tesseract's ("Số:09/2010/…")


def recogniser():
    """The line recogniser, loaded once per process; None when it cannot be (why is printed once)."""
    global _engine, _engine_error
    if _engine is not None or _engine_error is not None:
        return _engine
    with _lock:
        if _engine is None and _engine_error is None:
            try:
                from rapidocr_onnxruntime import RapidOCR

                _engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
            except (ImportError, OSError, RuntimeError) as error:
                _engine_error = str(error)
                print(f"warning: hand-written numbers are not read: {error}", file=sys.stderr)
    return _engine


def _plain(word: str) -> str:
    """A word without its marks, lower case: how a label is recognised whatever tesseract made of its tones."""
    letters = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in letters if not unicodedata.combining(c)).lower()


def slots(words: list[tuple[float, str, list[int]]], height: int) -> list[Slot]:
    """The gaps of a page's header where a number or a day is written by hand and tesseract read no sure
    digits: from tesseract's words (confidence, text, [left, top, width, height]), in reading order."""
    found: list[Slot] = []
    for i, (_, word, box) in enumerate(words):
        if box[1] > height * HEADER_SHARE:
            continue
        kind = "number" if NUMBER_LABEL.match(word) else {"ngay": "day", "thang": "month"}.get(_plain(word))
        if (
            kind is None
            and _plain(word).startswith("ngay")
            and any(_plain(w) == "thang" for _, w, _ in words[i + 1 : i + 3])
        ):
            kind = "day"  # "ngàyc2O tháng 10": the day written against the label, read with it as one word
        if kind is None and GLUED_MONTH.match(_plain(word)):
            kind = "month"  # "thángØƒ năm 2021": the month written against its label
        if kind == "month" and not any(_plain(w).startswith("ngay") for _, w, _ in words[max(0, i - 3) : i]):
            continue  # the month of the date line, "ngày 28 tháng …" ("ngày©)Š tháng"), not of a sentence
        if kind is None:
            continue
        slot = _gap(words, i, kind)
        if slot is not None and all(s.kind != kind for s in found):
            found.append(slot)
    return found


def _gap(words: list, i: int, kind: str) -> Slot | None:
    """The gap after word ``i`` up to the code (a number) or to "tháng" (a day), on the same line; None when
    there is none, no room for a figure, or digits tesseract read surely."""
    sure, label, (left, top, width, height) = words[i]
    right_of_label = left + width
    following = words[i + 1 : i + 2 + MAX_WORDS_BETWEEN]
    glued = NUMBER_LABEL.match(label) if kind == "number" else None
    if glued and glued.end() == len(label) and width > height * (LABEL_WIDTH * len(label) + 1):
        # "Số" read with the figures touching it in its box (and little confidence): the label is its start
        right_of_label = left + int(height * LABEL_WIDTH * len(label))
    spelled = LABEL_LETTERS.get(kind, len(label))
    swallowed = bool(following) and following[0][2][0] < left + width  # the next word stands inside its box
    if kind != "number" and (width > height * (LABEL_WIDTH * spelled + 1) or len(label) > spelled or swallowed):
        # "ngày" read with the day written over its end in its box (web7 710: 294 px wide at a 50 px line; web9
        # 901: the hand's "28" read as a word of its own inside it), or as one word with it ("ngàyc2O")
        right_of_label = left + int(height * LETTER_WIDTH * spelled)
        if swallowed:  # the figures begin where the word read inside the box does ("ngày" over "3⁄|", 714)
            right_of_label = min(right_of_label, following[0][2][0])
    # a day or month read with its label as one word: the label's end is a guess, and a gap half the line's
    # height is room enough for the hand's figures ("ngày©)Š" for 28, 5207; "thángØƒ" for 01, 709)
    room = height / 2 if kind != "number" and len(label) > spelled else height
    guessed = right_of_label != left + width
    if glued and glued.end() < len(label):  # "Só:J¿92/TB-UBND": label, figures and code read as one word
        right_of_label = left + width * glued.end() // len(label)
        following = [(sure, label[glued.end() :], [right_of_label, top, left + width - right_of_label, height])]
        following += words[i + 1 : i + 2 + MAX_WORDS_BETWEEN]
    read: list[tuple[float, str]] = []  # what tesseract read in the gap
    for conf, word, box in following:
        if abs((box[1] + box[3] / 2) - (top + height / 2)) > height:
            return None  # another line: no slot on this one
        end, before = _slot_end(kind, word, box, height if conf < SURE_PRINT else 0)
        read.append((conf, word if end is None else before))
        if end is None:
            continue
        printed = [(c, w) for c, w in read if w.strip("-/.")]  # a dash between number and code is no figure
        figures = "".join(w.strip("-/.") for _, w in printed)
        # digits printed and read surely are kept, unless no day or month can be so ("ngày 80 tháng 3": a hand's 20)
        plausible = DIGITS.match(figures) and 1 <= int(figures) <= LARGEST[kind]
        if plausible and all(c >= SURE_PRINT for c, _ in printed) or end - right_of_label < room:
            return None
        guessed = guessed or bool(glued and glued.end() < len(label))
        return Slot(kind, _box(right_of_label, end, top, height), figures, word[len(before) :], guessed)
    return None


def _box(start: int, end: int, top: int, height: int) -> tuple[int, int, int, int]:
    """The crop of a gap: the line's height and more above and below, where a hand writes larger."""
    pad = height * 6 // 10
    return start + 2, max(0, top - pad), end - 2, top + height + pad


def _slot_end(kind: str, word: str, box: list[int], unsure_height: int) -> tuple[int | None, str]:
    """Where the gap ends if ``word`` closes it (the start of the code, or of "tháng"), and what of the word
    stands before that end (a figure glued to its code: "49/C04-P6").

    :param unsure_height: the line's height when tesseract was unsure of the word (0 when sure): a word it read
        with a figure inside its box.
    """
    if kind in ("day", "month"):
        if _plain(word) != {"day": "thang", "month": "nam"}[kind] and not (
            kind == "day" and GLUED_MONTH.match(_plain(word))
        ):
            return None, ""  # "tháng" or the month's figures glued to it ("thángØƒ") end a day's gap
        # "tháng" read with the figures before it in its box (036: 213 px wide at a 50 px line, confidence 0)
        glued = unsure_height and box[2] > unsure_height * LABEL_WIDTH * len(word)
        return (box[0] + box[2] - int(unsure_height * LETTER_WIDTH * len(word)) if glued else box[0]), ""
    if BARE_CODE.match(word):  # the slash before the code lost ("4H09 BCA-C04")
        return box[0], ""
    code = GLUED_CODE.search(word)
    if code is None or not re.search(r"\d", word[: code.start()]):
        code = CODE.search(word)
    if code is None:
        return None, ""
    return box[0] + box[2] * code.start() // max(1, len(word)), word[: code.start()]


def read_slot(image, slot: Slot) -> str | None:
    """The figure written in ``slot`` of a page ``image`` (PIL), or None when none is read surely.

    The gap is read alone, and again with the printed words on either side: alone, a figure the gap's
    estimated end cut off is lost ("398" of "3980"); with its neighbours, a short figure squeezed into the
    recogniser's fixed height can lose a digit ("93" of "493"), and the neighbours' own digits must be left
    out by where they stand.  The two see the same ink: the reading holding more of it wins.
    """
    left, top, right, bottom = slot.box
    span = bottom - top
    readings = [_sure(read_digits_at(image.crop(slot.box)), slot.kind, slot.printed)]
    wide = max(0, left - int(span * WIDE_LEFT))
    within = (left - wide - span * INSIDE, right - wide + span * INSIDE)
    found = read_digits_at(image.crop((wide, top, right + int(span * WIDE_RIGHT), bottom)))
    # a letter unread counts inside the gap only: the code's first letter stands within reach of its end
    inside = [d for d in found if within[0] <= d[2] <= within[1] and (d[0] != "?" or left <= wide + d[2] <= right)]
    readings.append(_sure(inside, slot.kind, slot.printed))
    sure = [r for r in readings if r is not None]
    return max(sure, key=lambda r: (len(r[0]), r[1]))[0] if sure else None


def _sure(found: list[tuple[str, float, float]], kind: str, printed: str = "") -> tuple[str, float] | None:
    """A reading's figure and mean probability, when it is a plausible figure read surely; or, when not, when
    the digits tesseract read in the same place (``printed``) are believed (:func:`_agreed`) and the others are
    each read surely (at least :data:`MIN_SCORE`): two readers agreeing on a stroke do not make up for a guess."""
    believed = _read_surely(found, kind)
    agreed = _agreed(found, printed)
    own = [p for (_, p, _), both in zip(found, agreed, strict=True) if not both]
    if believed or not any(agreed) or not own or min(own) < MIN_SCORE:
        return believed
    return _read_surely(
        [(d, max(p, CONFIRMED) if both else p, x) for (d, p, x), both in zip(found, agreed, strict=True)], kind
    )


def _read_surely(found: list[tuple[str, float, float]], kind: str) -> tuple[str, float] | None:
    """The figure and its mean probability, when every digit is read at :data:`MIN_DIGIT` or more, the mean at
    :data:`MIN_SCORE`, and the figure is one a ``kind`` of slot may hold."""
    figures = "".join(d for d, _, _ in found)
    probabilities = [p for _, p, _ in found]
    if not figures or len(figures) > 5 or min(probabilities) < MIN_DIGIT:
        return None
    if sum(probabilities) / len(probabilities) < MIN_SCORE:
        return None
    if not 1 <= int(figures) <= LARGEST[kind]:
        return None
    return figures, sum(probabilities) / len(probabilities)


def _agreed(found: list[tuple[str, float, float]], printed: str) -> list[bool]:
    """For each digit of ``found``, whether tesseract's reading of the gap has it in the same place counted from
    the right (the code's side): a hand's cursive 2 in "932" that the recogniser barely sees (p=0.04) and
    tesseract reads, in "332"."""
    seen = re.sub(r"\D", "", printed.translate(LOOK_ALIKE_DIGITS))
    n = len(found)  # the place of the i-th digit counted from the right is n - i
    return [0 < n - i <= len(seen) and seen[i - n] == d for i, (d, _, _) in enumerate(found)]


def read_digits_at(crop) -> list[tuple[str, float, float]]:
    """The digits the recogniser reads in ``crop``, each with its probability and where it stands (its x in
    the crop's pixels).  Its network is asked for digits only (a greedy CTC decoding over the blank and the
    ten digits): a hand's 4 is an H to a reader of every script, and a 2 a 人, but here a figure is expected.
    Uses the recogniser's network, its input preparation and its alphabet as ``rapidocr_onnxruntime`` 1.4
    lays them out (the version is pinned)."""
    engine = recogniser()
    if engine is None:
        return []
    import numpy as np

    reader = engine.text_rec
    pixels = np.asarray(crop.convert("RGB"))
    _, height, width = reader.rec_image_shape
    ratio = max(width / height, pixels.shape[1] / max(1, pixels.shape[0]))
    prepared = reader.resize_norm_img(pixels, ratio)[np.newaxis].astype(np.float32)
    scores = reader.session(prepared)[0][0]
    # the crop is scaled to the network's height and padded on the right; each step reads a strip of it
    scaled_width = min(int(height * ratio), math.ceil(height * pixels.shape[1] / max(1, pixels.shape[0])))
    step = prepared.shape[3] / scores.shape[0] * pixels.shape[1] / max(1, scaled_width)
    return _decoded(scores, reader.postprocess_op.character, step)


def _decoded(scores, alphabet: list[str], step: float) -> list[tuple[str, float, float]]:
    """The digits of a greedy CTC decoding of ``scores`` (steps by signs of ``alphabet``, 0 the blank) over the
    blank and the ten digits, with a 1's look-alikes counted as a 1, and after one a letter as a ``?`` read at 0."""
    import numpy as np

    allowed = np.array([0] + [i for i, c in enumerate(alphabet) if c in string.digits])
    digits = scores[:, allowed]
    # where the recogniser's best reading is a look-alike of a 1, the 1 holds what the look-alikes hold
    looks = [i for i, c in enumerate(alphabet) if c in ONE_LOOK_ALIKES or c in ONES_LOOK_ALIKE]
    one = next(k for k, i in enumerate(allowed) if alphabet[i] == "1")
    top = scores.argmax(axis=1)
    looked = np.isin(top, looks)
    digits[:, one] += np.where(looked, scores[:, looks].sum(axis=1), 0)
    best = digits.argmax(axis=1)
    found: list[tuple[str, float, float]] = []
    last, guessed = (0, False), False
    for at, choice in enumerate(best):
        # a look-alike read next to a 1 is a 1 of its own ("Λ1" of "11"), as the recogniser wrote two signs
        this = (int(choice), bool(looked[at]) and choice == one)
        guessed = guessed or this[1]
        if guessed and not choice and top[at] and alphabet[top[at]].isalpha():
            # a letter where no digit is read at all, after a look-alike taken for a 1: the recogniser reads
            # letters here, and the figure's ink is left unread ("1185" read "A", then "S")
            this = (-1, False)
            if this != last:
                found.append(("?", 0.0, (at + 0.5) * step))
        elif choice and this != last:
            if this[1] and alphabet[top[at]] in ONES_LOOK_ALIKE and not _beside_another(looked, at):
                found.append(("1", float(digits[at, choice]), at * step))
            found.append((alphabet[allowed[choice]], float(digits[at, choice]), (at + 0.5) * step))
        elif choice and digits[at, choice] > found[-1][1]:
            # one digit over several steps is as sure as its surest: a step the label's colon held may have
            # begun it at a trace ("Số:154", the 1 read at p=0.0001 beside the colon, then at 0.73)
            found[-1] = (found[-1][0], float(digits[at, choice]), (at + 0.5) * step)
        last = this
    return found


def _beside_another(looked, at: int) -> bool:
    """Whether the run of look-alikes of a 1 from step ``at`` has another within two steps of it: an M beside
    an A is one 1 read twice ("2119" read "2MA9", web45 4505), not two."""
    end = at
    while end + 1 < len(looked) and looked[end + 1]:
        end += 1
    return bool(any(looked[max(0, at - 2) : at]) or any(looked[end + 1 : end + 3]))


def fill_in(text: str, image, found: list[Slot]) -> tuple[str, list[dict]]:
    """The page's text with the figures written by hand in its ``found`` slots (:func:`slots`) written in, and
    an unsure word for each (its figures and its box) for the review page."""
    unsure: list[dict] = []
    for slot in found:
        figures = read_slot(image, slot)
        if figures == slot.printed.translate(LOOK_ALIKE_DIGITS) or printed_after_all(slot, figures):
            continue  # both readers agree: a printed figure tesseract was unsure of, nothing written by hand
        written = write_in(text, slot.kind, figures) if figures else None
        if written is not None:
            text = written
            left, top, right, bottom = slot.box
            unsure.append({"text": figures, "box": [left, top, right - left, bottom - top], "handwritten": True})
    return text, unsure


def printed_after_all(slot: Slot, figures: str | None) -> bool:
    """Whether tesseract's plausible figure in ``slot`` stands although the recogniser read ``figures``: they
    differ only where the crop's edge or the recogniser's decoding decides, not the ink.

    A typed figure on a noisy scan is read by tesseract at a confidence under :data:`SURE_PRINT`, so its gap is
    read again; the recogniser then sees the same digits but
    - one of two equal digits side by side, which its decoding merges, or a third beside them, a stroke read
      twice ("11" read "1", and on a skewed page "111": dev 008's "Số: II /2026/QĐ-UBND", its copy's 11, printed
      and scanned);
    - and the digit the code begins with, its year, taken in when the gap's end is estimated inside one word of
      tesseract's ("15/2010/QĐ-UBND" read "152", dev 034);
    - or all but the first, when the gap's start is ("Số:09/2010/QĐ-UBND" read "9", dev 042).
    A hand's figure that tesseract read as digits differs from the recogniser's elsewhere: "332" for 932, "4129"
    for 1129, "349" for 3980.
    """
    printed = slot.printed.translate(LOOK_ALIKE_DIGITS)
    if not figures or not DIGITS.match(printed) or not 1 <= int(printed) <= LARGEST[slot.kind]:
        return False
    code_digit = re.match(r"[/-](\d)", slot.code)
    taken_in = bool(code_digit) and figures == printed + code_digit.group(1)
    return _one_stroke_apart(printed, figures) or taken_in or (slot.start_guessed and figures == printed[1:])


def _one_stroke_apart(one: str, other: str) -> bool:
    """Whether two figures differ by one digit beside the same digit: one stroke read once or twice.

    >>> [_one_stroke_apart("11", f) for f in ("1", "111", "12", "211")]
    [True, True, False, False]
    """
    shorter, longer = sorted((one, other), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[k] == longer[k - 1] and longer[:k] + longer[k + 1 :] == shorter for k in range(1, len(longer))
    )


def write_in(text: str, kind: str, figures: str) -> str | None:
    """``text`` with ``figures`` written in its first slot of that ``kind`` ("number", "day" or "month": the
    date line's) in place of what tesseract read there; None when the text has no such slot."""
    if kind in ("day", "month"):
        written, replaced = (DAY_IN_TEXT if kind == "day" else MONTH_IN_TEXT).subn(
            lambda m: m.group(1).rstrip() + " " + figures + " " + m.group(3).lstrip(), text, count=1
        )
        return written if replaced else None
    for label in NUMBER_LABEL_IN_TEXT.finditer(text):
        rest = text[label.end() :].split("\n", 1)[0]
        start = _code_start(rest)
        if start is not None:
            return text[: label.start()] + "Số: " + figures + _joint(rest, start) + text[label.end() + start :]
    return None


def _code_start(rest: str) -> int | None:
    """Where the code begins in what follows the label: after what tesseract made of the figures, glued to it
    ("J¿92 /TB-UBND", "/Z4.2UBND-"), or after a blank ("   /TB-UBND")."""
    glued = GLUED_CODE.search(rest, 0, MAX_READ_CHARS + 8)
    if glued and glued.start() <= MAX_READ_CHARS and re.search(r"\d", rest[: glued.start()]):
        return glued.start()
    code = CODE_IN_TEXT.search(rest)
    return code.start() if code and code.start() <= MAX_READ_CHARS else None


def _joint(rest: str, start: int) -> str:
    """What stands between the figures and the code: its own slash or dash; else the dash read apart from it
    ("06-KH/BCĐ" for "0b - KH/BCĐ"), or a slash ("4409/BCA-C04" for "4H09 BCA-C04", the slash lost)."""
    if rest[start] in "/-":
        return ""
    return "-" if rest[:start].rstrip().endswith("-") else "/"
