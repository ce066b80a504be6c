"""mtcheck: find the marks machine translation leaves in text.

Library API::

    import mtcheck
    result = mtcheck.audit_text("He condemned “A Foolish Attempt” The U.S. ...")
    for finding in result.findings:
        print(finding.check, finding.excerpt, finding.message)

    aligned = mtcheck.align_text("Le maire a démissionné. Il part lundi.", "The mayor resigned.")
    print(aligned.pairs)  # groups of source and target segments, with their similarity
"""

__version__ = "0.1.0"

from .api import (  # noqa: E402
    align_documents, align_paths, align_text, audit_documents, audit_paths, audit_stream, audit_text,
)
from .model import Document, DocumentResult, Finding, RunResult, Segment, Severity, Span  # noqa: E402

__all__ = [
    "__version__",
    "audit_text",
    "audit_documents",
    "audit_paths",
    "audit_stream",
    "align_text",
    "align_documents",
    "align_paths",
    "Document",
    "DocumentResult",
    "Finding",
    "RunResult",
    "Segment",
    "Severity",
    "Span",
]
