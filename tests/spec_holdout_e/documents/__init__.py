"""One module per document of held-out set e, each defining ``DOCUMENT``."""

from __future__ import annotations

import importlib
import pkgutil

from tests.spec_corpus.model import CorpusDocument


def all_documents() -> list[CorpusDocument]:
    documents = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        documents.append(importlib.import_module(f"{__name__}.{module.name}").DOCUMENT)
    names = [d.name for d in documents]
    if len(set(names)) != len(names):
        raise ValueError("two held-out documents share a name")
    return documents
