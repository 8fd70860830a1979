"""The directive archive library: reading, analysing, indexing and searching Vietnamese directives.

This module is its front door: the names the web portal (``app/``), the command line (``indexer.cli``) and
the benchmarks (``bench/``) use, and the only module they import.  The packages behind it are named by the
data flow (``ARCHITECTURE.md``)::

    reading -> text -> document -> store (engine) -> query -> search -> citations

Everything here raises :class:`ArchiveError` (with a status and a message in Vietnamese and English) for
anything a person gave that cannot be used, and nothing else for it.
"""

from indexer.citations.chains import chain_sentence, chain_stats, implementation_tree, missing_documents, upward
from indexer.citations.relations import Relations, is_central_number
from indexer.document.corrections import FIELDS as CORRECTABLE_FIELDS
from indexer.document.corrections import (
    BadCorrection,
    clean_field,
    clean_page_texts,
    clean_roles,
    corrections_between,
)
from indexer.document.intake import check_address, check_file_name, check_upload, read_upload
from indexer.document.pipeline import parse_bytes, parse_file
from indexer.document.prepared import load_models
from indexer.document.record import Document, Role, Source
from indexer.document.summary import Summary, headline
from indexer.errors import ArchiveError, StorageFailed, human_size
from indexer.lru import Lru
from indexer.query.dates import SORTS, DateRange, check_sort, date_range
from indexer.query.fields import SHOWN as QUERY_FIELDS
from indexer.query.fields import BadField, FieldedQuery, split_fields
from indexer.query.filters import FACETS, UNDATED, BadFilter
from indexer.query.parse import MAX_CHARS as MAX_QUERY_CHARS
from indexer.query.parse import ParsedQuery, parse_query
from indexer.query.tasks import DUE_CLASSES, TASK_FACETS
from indexer.reading import OcrPage, accepted_extensions, looks_like_markdown, ocr_session, read_bytes
from indexer.reading.encoding import decode as decode_text
from indexer.reading.ocr import MAX_PAGES as MAX_OCR_PAGES
from indexer.reading.ocr import cached_page as cached_ocr_page
from indexer.reading.ocr import ocr_image
from indexer.reading.page_images import NoSuchPage, page_image
from indexer.search.answer import BadQuery, SearchOptions, search, suggest, total_pages, warm
from indexer.search.evaluate import evaluate
from indexer.search.highlight import DocumentText, Highlighter, highlight, mark
from indexer.search.numbered import numbered
from indexer.search.related import related_documents
from indexer.search.task_list import task_list
from indexer.store.arrivals import entered_archive
from indexer.store.audit import entries as audit_entries
from indexer.store.build import VECTORS_CHOICES, BuildReport, build_from_records, build_index
from indexer.store.changes import (
    DocumentNotFound,
    add_files,
    archive_bytes,
    correct_document,
    remove_document,
    task_corrections,
)
from indexer.store.corpus import durable_write, fsync_dir, ocr_cache_dir
from indexer.store.duplicates import DuplicateDocument, DuplicateFile, DuplicateNumber, duplicates
from indexer.store.handle import ArchiveIndex, open_index
from indexer.store.late_vectors import FillReport, fill_vectors
from indexer.store.late_vectors import pending as pending_vectors
from indexer.store.matrices import matrix_of, prepare_matrices
from indexer.store.snapshot import Snapshot
from indexer.store.versions import SCHEMA_VERSION, IndexMissing, current_version, read_manifest
from indexer.store.writer import SyncReport, index_corpus_file, sync_index
from indexer.tasks.agreement import matrix_agreement
from indexer.tasks.align import implementation_matrix, implementers
from indexer.tasks.corrections import clean_tasks
from indexer.tasks.extract import TASK_ROLES, tasks_of
from indexer.text.agency_names import canonical_agency
from indexer.text.normalize import normalize
from indexer.text.numbers import find_numbers, number_key, parse_loose
from indexer.text.vietnamese import fold, respell
from indexer.vocabulary import CHAIN_LEVEL_TERMS, LEVELS, ROLE_TERMS, ROLES, label

__all__ = [
    "CHAIN_LEVEL_TERMS",
    "CORRECTABLE_FIELDS",
    "DUE_CLASSES",
    "FACETS",
    "LEVELS",
    "MAX_OCR_PAGES",
    "MAX_QUERY_CHARS",
    "ROLES",
    "ROLE_TERMS",
    "SCHEMA_VERSION",
    "SORTS",
    "TASK_FACETS",
    "TASK_ROLES",
    "VECTORS_CHOICES",
    "ArchiveError",
    "ArchiveIndex",
    "BadCorrection",
    "BadFilter",
    "BadField",
    "FieldedQuery",
    "QUERY_FIELDS",
    "BadQuery",
    "BuildReport",
    "DateRange",
    "Document",
    "DocumentNotFound",
    "DocumentText",
    "DuplicateDocument",
    "DuplicateFile",
    "DuplicateNumber",
    "FillReport",
    "Highlighter",
    "IndexMissing",
    "Lru",
    "NoSuchPage",
    "OcrPage",
    "ParsedQuery",
    "Relations",
    "Role",
    "SearchOptions",
    "UNDATED",
    "Snapshot",
    "Source",
    "StorageFailed",
    "Summary",
    "SyncReport",
    "accepted_extensions",
    "add_files",
    "archive_bytes",
    "audit_entries",
    "build_from_records",
    "build_index",
    "cached_ocr_page",
    "canonical_agency",
    "chain_sentence",
    "chain_stats",
    "check_address",
    "check_file_name",
    "check_sort",
    "check_upload",
    "clean_field",
    "clean_page_texts",
    "clean_roles",
    "clean_tasks",
    "correct_document",
    "corrections_between",
    "current_version",
    "date_range",
    "decode_text",
    "duplicates",
    "durable_write",
    "entered_archive",
    "evaluate",
    "fill_vectors",
    "find_numbers",
    "fold",
    "fsync_dir",
    "headline",
    "highlight",
    "human_size",
    "implementation_matrix",
    "matrix_of",
    "pending_vectors",
    "prepare_matrices",
    "implementation_tree",
    "implementers",
    "index_corpus_file",
    "is_central_number",
    "label",
    "load_models",
    "looks_like_markdown",
    "mark",
    "matrix_agreement",
    "missing_documents",
    "normalize",
    "number_key",
    "numbered",
    "ocr_cache_dir",
    "ocr_image",
    "ocr_session",
    "open_index",
    "page_image",
    "parse_bytes",
    "parse_file",
    "parse_loose",
    "parse_query",
    "split_fields",
    "read_bytes",
    "read_manifest",
    "read_upload",
    "related_documents",
    "remove_document",
    "respell",
    "search",
    "suggest",
    "tasks_of",
    "task_corrections",
    "task_list",
    "sync_index",
    "total_pages",
    "upward",
    "warm",
]
