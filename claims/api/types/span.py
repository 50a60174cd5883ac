"""A span of a document (W3C Web Annotation selectors)."""

import strawberry

# Characters of context on each side, enough to find a quote again in a
# re-edited text (the W3C TextQuoteSelector's job).
QUOTE_CONTEXT = 32


@strawberry.type(
    description="Where words sit in Document.text: start/end are offsets in Unicode code points "
    "(TextPositionSelector); exact/prefix/suffix quote the text (TextQuoteSelector), so "
    "Document.text[start:end] == exact."
)
class Span:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - QUOTE_CONTEXT) : start],
            suffix=text[end : end + QUOTE_CONTEXT],
        )
