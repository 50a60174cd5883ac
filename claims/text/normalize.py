"""Normalisation for matching, with an exact map back to the original text.

Patterns run over the normalised text; claims must quote the stored text, so
every normalised position maps back to a code point offset of the original.

The common case (text already NFKC, no presentation forms) is one
``str.translate`` call plus one regex pass to find deleted characters: no
per-character Python loop. Only text that is not NFKC-normalised takes the
slow path, cluster by cluster.
"""

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Marks that belong to the letter before them (Arabic harakat, tanween,
# shadda, sukun, Quranic annotation marks, tatweel): a span ending on the
# letter keeps them, so a quote never cuts a letter from its vowel.
_MARK_RANGES = (
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0640, 0x0640),
)
# Invisible format characters (zero-width, bidi controls): dropped, and owned
# by no letter.
_INVISIBLE_RANGES = (
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x2069),
    (0x061C, 0x061C),
    (0xFEFF, 0xFEFF),
    (0x00AD, 0x00AD),
)


def _chars(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


MARKS = _chars(_MARK_RANGES)
INVISIBLES = _chars(_INVISIBLE_RANGES)
_MARK_RE = re.compile("[" + re.escape(MARKS) + "]+")
_DELETE_RE = re.compile("[" + re.escape(MARKS + INVISIBLES) + "]")

_FOLD: dict[str, str] = {
    # Arabic: hamza carriers and alef variants, ta marbuta, alef maqsura,
    # Persian letter shapes.
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0624": "\u0648",
    "\u0626": "\u064a",
    "\u0649": "\u064a",
    "\u06cc": "\u064a",
    "\u0629": "\u0647",
    "\u06a9": "\u0643",
    # Arabic punctuation that has an ASCII twin with the same role.
    "\u066b": ".",
    "\u066c": ",",
    "\u066a": "%",
    # Quotes and dashes.
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\uff02": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2039": "'",
    "\u203a": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    "\uff0d": "-",
    # Spaces: a no-break space is still a word gap.
    "\u00a0": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\u0131": "i",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)
for _c in range(0x2000, 0x200B):
    _FOLD[chr(_c)] = " "
# Latin letters with diacritics fold to their base letter so that Erdoğan,
# Çavuşoğlu and Erdogan, Cavusoglu meet.
for _c in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
    _base = unicodedata.normalize("NFD", chr(_c))[0]
    if _base.isascii() and _base.isalpha() and _base != chr(_c):
        _FOLD[chr(_c)] = _base

_TABLE: dict[int, int | None] = {ord(k): ord(v) for k, v in _FOLD.items()}
for _ch in MARKS + INVISIBLES:
    _TABLE[ord(_ch)] = None
# Characters that stay as they are, listed too: str.translate looks every
# character up, and one missing from the table costs a KeyError inside it.
# This covers Latin, Arabic and general punctuation (a third fewer steps on
# Arabic text); other characters translate as before, just slower.
for _c in [*range(0x0800), *range(0x2000, 0x2070)]:
    _TABLE.setdefault(_c, _c)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the map from its positions to the original.

    ``starts[i]`` is where normalised character ``i`` begins in the original;
    ``ends[i]`` is where it ends there, including the diacritics that follow
    it. ``None`` maps mean the identity (nothing changed length).
    """

    original: str
    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def start(self, i: int) -> int:
        """Original offset where normalised position ``i`` starts."""
        if self.starts is None:
            return i
        if i >= len(self.starts):
            return len(self.original)
        return self.starts[i]

    def end(self, j: int) -> int:
        """Original offset that ends a span whose normalised end is ``j``."""
        if self.ends is None:
            return j
        if j <= 0:
            return self.start(0) if self.starts else 0
        return self.ends[min(j, len(self.ends)) - 1]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Map a normalised ``[i, j)`` span to the original text.

        >>> n = normalize("قُتِلَ ٣٣ جندياً")
        >>> n.text
        'قتل 33 جنديا'
        >>> s, e = n.span(4, 6)
        >>> n.original[s:e]
        '٣٣'
        """
        if j <= i:
            s = self.start(i)
            return s, s
        return self.start(i), self.end(j)

    def to_normalized(self, offset: int) -> int:
        """The normalised position of an original offset (first at or after)."""
        if self.starts is None:
            return offset
        return bisect_right(self.starts, offset - 1)


def fold(text: str) -> str:
    """Normalise ``text`` without keeping the offset map (for keys, lexicons).

    >>> fold("أَرْدُوغَان") == fold("اردوغان")
    True
    >>> fold("Erdoğan “said” – ٣٣")
    'Erdogan "said" - 33'
    """
    return normalize(text).text


@lru_cache(maxsize=4096)
def fold_key(text: str) -> str:
    """A case-insensitive, space-insensitive lookup key for names.

    >>> fold_key("ارد وغان") == fold_key("أردوغان")
    True
    """
    return "".join(fold(text).casefold().split()).replace("-", "").replace("'", "")


def normalize(text: str) -> Normalized:
    """Normalise for matching and keep an exact offset map.

    NFKC, Arabic diacritics and tatweel removed, alef/hamza forms, ta marbuta
    and alef maqsura folded, Arabic-Indic and Persian digits to ASCII, quote
    and dash variants unified, Latin diacritics folded.

    >>> normalize("القواتُ التركيّة").text
    'القوات التركيه'
    >>> n = normalize("a\u0651b")
    >>> n.text, n.span(0, 1), n.span(1, 2)
    ('ab', (0, 2), (2, 3))
    """
    translated = text.translate(_TABLE)
    if len(translated) == len(text):
        out = Normalized(text, translated)
    else:
        starts, ends = _deletion_maps(text)
        out = Normalized(text, translated, starts, ends)
    if translated.isascii() or unicodedata.is_normalized("NFKC", translated):
        return out
    return _nfkc_slow(out)


def _deletion_maps(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    kept_from = 0
    n = len(text)
    for m in _DELETE_RE.finditer(text):
        a = m.start()
        if a > kept_from:
            starts.extend(range(kept_from, a))
            ends.extend(range(kept_from + 1, a + 1))
        kept_from = a + 1
    if kept_from < n:
        starts.extend(range(kept_from, n))
        ends.extend(range(kept_from + 1, n + 1))
    # A letter's span swallows the marks right after it.
    for m in _MARK_RE.finditer(text):
        a = m.start()
        if a == 0:
            continue
        k = bisect_right(starts, a - 1) - 1
        if k >= 0 and ends[k] == a:
            ends[k] = m.end()
    return starts, ends


def _nfkc_slow(first: Normalized) -> Normalized:
    # Normalise cluster by cluster (a starter and the combining characters
    # after it) so that each output character maps to its source cluster.
    src = first.text
    starts: list[int] = []
    ends: list[int] = []
    out: list[str] = []
    i = 0
    n = len(src)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(src[j]):
            j += 1
        piece = src[i:j]
        norm = unicodedata.normalize("NFKC", piece).translate(_TABLE)
        s, e = first.start(i), first.end(j)
        for _ in norm:
            starts.append(s)
            ends.append(e)
        out.append(norm)
        i = j
    return Normalized(first.original, "".join(out), starts, ends)
