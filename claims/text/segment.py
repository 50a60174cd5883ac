"""Sentence segmentation over normalised text.

Rules, in the order they matter for news copy:

* a line break ends a sentence (headlines carry no full stop), unless the
  next line goes on in lower case (hard-wrapped text);
* ``.``, ``!``, ``?``, ``؟`` and ``…`` end a sentence when whitespace follows,
  except after an abbreviation ("Mr.", "U.N.") or a single initial;
* commas, Arabic commas (``،``) and semicolons (``؛``) never do;
* nothing inside a quotation on one line ends a sentence, so a quoted
  remark of several sentences stays with its attribution.
"""

import re
from collections.abc import Iterable

# A line break ends a sentence (headlines have no stop) unless the next line
# goes on in lower case, as hard-wrapped text does. The same as
# r"""[.!?\u061f\u2026]+['")\]]*(?=\s)|\n(?![ \t]*[a-z])""", written to start
# with one character set, which lets the regex engine skip ahead to it.
_BOUNDARY_RE = re.compile(
    r"""[.!?\u061f\u2026\n](?:(?<=\n)(?![ \t]*[a-z])|(?<!\n)[.!?\u061f\u2026]*['")\]]*(?=\s))"""
)
_QUOTE_RE = re.compile(r'"[^"\n]{1,1200}"')


class Segmenter:
    """Split normalised text into sentence spans.

    >>> seg = Segmenter(abbreviations=["Mr", "U.N"])
    >>> text = 'Mr. Putin spoke. "We agreed. It holds," he said.\\nHeadline here'
    >>> [text[s:e] for s, e in seg.spans(text)]
    ['Mr. Putin spoke.', '"We agreed. It holds," he said.', 'Headline here']
    """

    def __init__(self, *, abbreviations: Iterable[str] = ()) -> None:
        self.abbreviations = frozenset(a.rstrip(".").casefold() for a in abbreviations)

    def _is_abbreviation(self, text: str, dot: int) -> bool:
        # The run of word characters and dots that ends at ``dot``, at most
        # 25 characters long (what searching r"([\w.]+)\.*\Z" finds, without
        # a regex retrying the rest of the run from every start).
        start = dot + 1
        lo = max(0, dot - 24)
        while start > lo and (text[start - 1].isalnum() or text[start - 1] in "._"):
            start -= 1
        if start > dot:
            return False
        token = text[start : dot + 1].rstrip(".")
        if len(token) == 1 and token.isalpha() and token.isupper():
            return True
        return token.casefold() in self.abbreviations

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans ``(start, end)`` with surrounding whitespace trimmed."""
        quoted: list[tuple[int, int]] = [
            (m.start() + 1, m.end() - 1) for m in _QUOTE_RE.finditer(text)
        ]
        qi = 0
        cuts: list[int] = []
        for m in _BOUNDARY_RE.finditer(text):
            pos = m.start()
            if m.group()[0] != "\n":
                while qi < len(quoted) and quoted[qi][1] <= pos:
                    qi += 1
                # Inside a quotation, unless the stop closes it ('…peak." He').
                if qi < len(quoted) and quoted[qi][0] <= pos and m.end() <= quoted[qi][1]:
                    continue
                if (
                    m.group()[0] == "."
                    and m.end() - m.start() == 1
                    and self._is_abbreviation(text, pos)
                ):
                    continue
            cuts.append(m.end())
        out: list[tuple[int, int]] = []
        prev = 0
        for c in [*cuts, len(text)]:
            s, e = prev, c
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
            prev = c
        return out
