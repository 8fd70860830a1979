"""Structure: a document's paragraphs -> zones, numbering and stable anchors.

Each document of a file (:mod:`indexer.document.compound` cuts a compound file into them) is laid out by
:func:`lay_out` into :class:`Paragraph` s with

* a **zone** (:mod:`.zones`): ``header`` (issuer, number, place and date), ``title`` (the type line, which
  :mod:`.type_lines` knows, and the subject), ``body``, ``recipients`` (Nơi nhận) or ``signature``;
* an **anchor** (:mod:`.anchors`) taken from the document's own numbering (:mod:`.marks`), so that a link reads
  like a citation: ``II-3`` is item 3 of section II, ``II-3-p2`` the second paragraph of that item, ``dieu-5-2-a``
  point a of clause 2 of Article 5; unnumbered paragraphs fall back to ``p<N>``.  The same text always gives the
  same anchors.

Each document of a compound file is its own record with its own URL, so its anchors are not prefixed with
the part: a Kết luận keeps the anchors it would have if it had been filed alone.
"""

from indexer.document.structure.anchors import lay_out
from indexer.document.structure.marks import LETTER_SUBJECT, PLACE_DATE
from indexer.document.structure.paragraph import Paragraph, item_anchor

__all__ = ["LETTER_SUBJECT", "PLACE_DATE", "Paragraph", "item_anchor", "lay_out"]
