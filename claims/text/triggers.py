"""Trigger positions: where whole-text patterns can start, found in one scan.

Most positions in a document start no claim, yet each whole-text pattern
(event words, reporting verbs, numbers, time atoms, entity names …) used to
try every word start. Here each pattern is reduced, once per pack, to the
literal prefixes its matches must start with (read off the compiled regex
itself, so pack data needs no extra annotation). One combined trie regex
finds every position where any prefix occurs; each pattern then runs only
at its own candidates, and :func:`finditer_at` yields exactly what
``regex.finditer`` would.

>>> ts = TriggerSet({"w": re.compile(r"(?<!\\w)(?:kill(?:ed)?|wounded)(?!\\w)")})
>>> [m.group() for m in ts.finditer("w", "3 killed, 4 wounded")]
['killed', 'wounded']
"""

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

from claims.text.numbers import trie_regex

# A pattern whose prefixes explode or cannot be read runs as a full scan.
_MAX_PREFIXES = 60000
_DIGIT = "\x00"
_MAX_MEMO = 200_000  # distinct words remembered per pack  # marks "a digit starts the match"
_WORD_CHAR_RE = re.compile(r"\w")

Prefixes = set[tuple[str, bool]]  # (literal so far, can still grow)


def _charset(items: list[tuple[Any, Any]]) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.append(chr(av))
        elif op is C.RANGE:
            lo, hi = int(av[0]), int(av[1])
            if lo >= 48 and hi <= 57:
                chars.append(_DIGIT)
            elif hi - lo <= 8:
                chars.extend(chr(c) for c in range(lo, hi + 1))
            else:
                return None
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.append(_DIGIT)
        else:
            return None
    return chars


def _seq(items: Iterable[tuple[Any, Any]]) -> Prefixes:
    cur: Prefixes = {("", True)}
    for op, av in items:
        if not any(grow for _, grow in cur):
            break
        nxt: Prefixes | None
        if op is C.ASSERT_NOT and not list(av[1]):
            return set()  # "(?!)": this branch never matches
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: a prefix stays necessary without it
        if op is C.LITERAL:
            nxt = {(chr(av), True)}
        elif op is C.IN:
            chars = _charset(av)
            nxt = None if chars is None else {(c, c != _DIGIT) for c in chars}
        elif op is C.SUBPATTERN:
            nxt = _seq(av[3])
        elif op is C.BRANCH:
            nxt = set()
            for branch in av[1]:
                nxt |= _seq(branch)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = int(av[0]), int(av[1]), av[2]
            inner = _seq(sub)
            if lo == 0 and hi == 1:
                nxt = inner | {("", True)}
            elif lo >= 1:
                nxt = {(s, False) for s, _ in inner}
            else:
                nxt = None
        else:
            nxt = None
        if nxt is None:
            cur = {(s, False) for s, _ in cur}
            break
        cur = {(s + t, g2) if g else (s, g) for s, g in cur for t, g2 in (nxt if g else {("", g)})}
        if len(cur) > _MAX_PREFIXES:
            return {("", False)}
    return cur


def prefixes(pattern: re.Pattern[str]) -> set[str] | None:
    """Literal prefixes every match of ``pattern`` starts with, or None.

    None means the prefixes cannot be read (scan everywhere); an empty set
    means the pattern can never match.

    A prefix that holds a non-word character is cut there (a match starts
    inside one word); one that starts with a digit is the digit marker.
    """
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    seqs = _seq(list(parsed))
    if not seqs:
        # "(?!)", the regex of an empty lexicon (English has no dual forms):
        # it matches nowhere, so it has no candidates. Not None, which would
        # run it over every position of every document.
        return set()
    out: set[str] = set()
    for s, _ in seqs:
        if s.startswith(_DIGIT):
            out.add(_DIGIT)
            continue
        s = s.split(_DIGIT)[0]
        cut = 0
        while cut < len(s) and _WORD_CHAR_RE.match(s[cut]):
            cut += 1
        if cut == 0 and s:
            out.add(s[0])  # a symbol ("%", "$", "(") starts the match
            continue
        if cut == 0:
            return None
        out.add(s[:cut].lower())
    return out or None


class TriggerSet:
    """Candidate start positions of several patterns, from one scan.

    The scan walks the words (and the symbols some patterns start with) of
    the lower-cased text once; which patterns a word may start is looked up
    in a memo, so each distinct word is examined once per pack.
    """

    def __init__(self, patterns: Mapping[str, re.Pattern[str]], *, clitics: str = "") -> None:
        self.patterns = dict(patterns)
        self.names = list(self.patterns)
        self._pref: list[re.Pattern[str] | None] = []
        symbols: set[str] = set()
        for rx in self.patterns.values():
            pre = prefixes(rx)
            if pre is None:
                self._pref.append(None)
                continue
            syms = {p for p in pre if p != _DIGIT and not _WORD_CHAR_RE.match(p)}
            wrds = pre - syms - {_DIGIT}
            symbols |= {p[0] for p in syms}
            alts = [trie_regex(x) for x in (wrds, syms) if x]
            if _DIGIT in pre:
                alts.append(r"\d")
            self._pref.append(re.compile("|".join(alts) if alts else "(?!)"))
        self._full = [i for i, p in enumerate(self._pref) if p is None]
        self._clitics = frozenset(clitics)
        sym = f"|[{re.escape(''.join(sorted(symbols)))}]" if symbols else ""
        # Words (and the symbols some patterns start with), as a capturing
        # group: re.split then returns them between the gaps.
        self._split_re = re.compile(rf"(\w+{sym})")
        self._memo: dict[str, tuple[tuple[int, tuple[int, ...]], ...]] = {}

    def _lookup(self, tok: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
        out = []
        # A one-letter proclitic may carry the match on the next letter ("و10").
        offsets = (0, 1) if len(tok) > 1 and tok[0] in self._clitics else (0,)
        for off in offsets:
            which = tuple(
                i for i, p in enumerate(self._pref) if p is not None and p.match(tok, off)
            )
            if which:
                out.append((off, which))
        if len(self._memo) >= _MAX_MEMO:
            # A long ingest meets an open vocabulary: start afresh rather
            # than grow without bound.
            self._memo.clear()
        got = self._memo[tok] = tuple(out)
        return got

    def positions(self, lowered: str) -> list[list[int] | None]:
        """Per pattern, its candidate starts in the lower-cased text (None: scan whole)."""
        found: list[list[int] | None] = [[] for _ in self._pref]
        for i in self._full:
            found[i] = None
        # The tokens and their starts come from one split in C (tokens sit
        # at the odd places; a token starts where the text before it ends),
        # and their memo entries from one map: the Python loop below only
        # distributes the starts of tokens that start something.
        parts = self._split_re.split(lowered)
        tokens = parts[1::2]
        ends = list(accumulate(map(len, parts)))
        memo = self._memo
        entries = list(map(memo.get, tokens))
        for k, entry in enumerate(entries):
            if entry is None:
                entry = self._lookup(tokens[k])
            if entry:
                start = ends[2 * k]
                for off, which in entry:
                    pos = start + off
                    for i in which:
                        found[i].append(pos)  # type: ignore[union-attr]
        return found

    def scan(self, text: str) -> "Scan":
        """Candidates of every pattern in ``text``, ready for :meth:`Scan.finditer`."""
        low = text.lower()
        if len(low) != len(text):
            return Scan(self, text, [None] * len(self._pref))
        return Scan(self, text, self.positions(low))

    def finditer(self, name: str, text: str) -> Iterator[re.Match[str]]:
        """The matches of pattern ``name`` in ``text`` (scans ``text`` first)."""
        return self.scan(text).finditer(name)


class Scan:
    """One document's candidate positions for a :class:`TriggerSet`.

    :meth:`search`, :meth:`last` and :meth:`ends_at` run many times per
    document over small ranges: they walk the candidate list in place
    (no generator, no copy of its tail) with the same rules as
    :func:`finditer_at`.
    """

    def __init__(self, ts: TriggerSet, text: str, found: list[list[int] | None]) -> None:
        self.ts, self.text, self.found = ts, text, found
        self._by_name = {name: (ts.patterns[name], found[i]) for i, name in enumerate(ts.names)}

    def finditer(
        self, name: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """What ``regex.finditer(text, pos, endpos)`` yields for pattern ``name``."""
        rx, starts = self._by_name[name]
        if starts is None:
            return rx.finditer(self.text, pos, len(self.text) if endpos is None else endpos)
        if pos:
            starts = starts[bisect_left(starts, pos) :]
        return finditer_at(rx, self.text, starts, pos, endpos)

    def search(self, name: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """What ``regex.search(text, pos, endpos)`` finds for pattern ``name``."""
        rx, starts = self._by_name[name]
        text = self.text
        end = len(text) if endpos is None else endpos
        if starts is None:
            return rx.search(text, pos, end)
        match = rx.match
        for k in range(bisect_left(starts, pos), len(starts)):
            p = starts[k]
            if p >= end:
                break
            m = match(text, p, end)
            if m is not None and m.end() > p:
                return m
        return None

    def last(self, name: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The last match inside ``text[pos:endpos]``, as :meth:`Lexicon.last` finds it."""
        rx, starts = self._by_name[name]
        text = self.text
        found = None
        if starts is None:
            for found in rx.finditer(text, pos, endpos):  # noqa: B007
                pass
            return found
        match = rx.match
        after = pos  # matches do not overlap: the next starts after this
        for k in range(bisect_left(starts, pos), len(starts)):
            p = starts[k]
            if p < after:
                continue
            if p >= endpos:
                break
            m = match(text, p, endpos)
            if m is not None and m.end() > p:
                found, after = m, m.end()
        return found

    def ends_at(self, name: str, pos: int, endpos: int) -> re.Match[str] | None:
        """A match that ends at ``endpos`` but for whitespace, as :meth:`Lexicon.ends_at`."""
        m = self.last(name, pos, endpos)
        if m and not self.text[m.end() : endpos].strip():
            return m
        return None


def finditer_at(
    rx: re.Pattern[str], text: str, starts: Iterable[int], pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos, endpos)`` when every match starts at one of ``starts``."""
    end = len(text) if endpos is None else endpos
    last = pos
    match = rx.match
    for p in starts:
        if p < last:
            continue
        if p >= end:
            break
        m = match(text, p, end)
        if m is not None and m.end() > m.start():
            last = m.end()
            yield m
