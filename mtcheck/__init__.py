"""mtcheck: find the marks machine translation leaves in text.

Library API::

    import mtcheck
    result = mtcheck.audit_text("He condemned “A Foolish Attempt” The U.S. ...")
    for finding in result.findings:
        print(finding.check, finding.excerpt, finding.message)
"""

__version__ = "0.1.0"

from .api import audit_documents, audit_paths, audit_text  # noqa: E402
from .model import Document, DocumentResult, Finding, RunResult, Segment, Severity, Span  # noqa: E402

__all__ = [
    "__version__",
    "audit_text",
    "audit_documents",
    "audit_paths",
    "Document",
    "DocumentResult",
    "Finding",
    "RunResult",
    "Segment",
    "Severity",
    "Span",
]
