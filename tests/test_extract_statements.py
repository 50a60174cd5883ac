"""Statements and their speakers: phrasing families, in words of their own."""

from datetime import datetime

from claims.text import ClaimKind, extract
from claims.text.entities import EntityIndex

PUB = datetime.fromisoformat("2021-06-10T12:00:00+03:00")


def statements(text, language="en", **kw):
    out = extract(text, language=language, published_at=PUB, **kw)
    for f in out.frames:
        assert text[f.start : f.end] == f.text
    return [f for f in out.frames if f.kind == ClaimKind.STATEMENT]


def test_a_call_table_does_not_leak_aliases_into_the_shipped_index():
    # One call's table gives Putin a titled alias; the shipped index, which
    # every later call extends, must not keep it.
    base = EntityIndex.default()
    before = list(base.get("Vladimir Putin").aliases)
    extra = [{"name": "Vladimir Putin", "kind": "person", "aliases": ["the Russian leader Putin"]}]
    grown = base.extended(extra)
    assert "the Russian leader Putin" in grown.get("Vladimir Putin").aliases
    assert base.get("Vladimir Putin").aliases == before
