"""One module per document of held-out set j, each defining ``DOCUMENT``."""

from __future__ import annotations

from tests.spec_corpus.model import CorpusDocument, documents_in


def all_documents() -> list[CorpusDocument]:
    return documents_in(__name__, __path__)
