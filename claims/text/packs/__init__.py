"""Language packs: each language's lexicons and patterns, kept as data.

A pack is one YAML file, ``<code>.yaml``, in this folder (or in a folder
given to :func:`load_pack`). Adding a language means adding a pack; the
pipeline reads only the compiled :class:`LanguagePack`. Compilation folds
every entry like the text it will meet and factors word lists into trie
regexes, once per pack (cached).
"""

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from claims.text.frames import Qualifier
from claims.text.normalize import fold
from claims.text.numbers import NumberGrammar, trie_regex
from claims.text.segment import Segmenter

PACK_DIR = Path(__file__).resolve().parent
_WS_RE = re.compile(r"\s+")


class PackError(ValueError):
    """A language pack is missing or malformed."""


def _key_text(s: str, ignore_case: bool) -> str:
    s = _WS_RE.sub(" ", s.strip())
    return s.casefold() if ignore_case else s


class Lexicon:
    """Words (or raw regex fragments) mapped to language-free keys.

    Literal entries share one trie regex; the key of a match is looked up
    from the matched words, so the longest entry wins whatever its key.

    >>> lex = Lexicon({"killed": ["killed", "dead"], "wounded": ["wounded"]})
    >>> [(m.group(), lex.key(m)) for m in lex.finditer("3 dead, 4 wounded")]
    [('dead', 'killed'), ('wounded', 'wounded')]
    """

    def __init__(
        self,
        entries: Mapping[str, Iterable[str]] | Iterable[str],
        *,
        prefix: str = "",
        ignore_case: bool = True,
    ) -> None:
        self.ignore_case = ignore_case
        if not isinstance(entries, Mapping):
            entries = {"": list(entries)}
        self._keys: dict[str, str] = {}
        raw: list[tuple[str, str]] = []
        words: list[str] = []
        symbols: list[str] = []
        for key, terms in entries.items():
            for term in terms:
                term = str(term)
                if term.startswith("re:"):
                    raw.append((key, fold(term[3:])))
                    continue
                t = _key_text(fold(term), ignore_case)
                if not t:
                    continue
                self._keys.setdefault(t, key)
                (words if t[0].isalnum() or t[0] == "_" else symbols).append(t)
        # One boundary check shared by every word entry and raw fragment,
        # then a trie: the engine fails fast at positions no entry starts.
        self._raw_keys: dict[str, str] = {}
        branches = []
        if words:
            branches.append(f"(?P<t>{trie_regex(words)})")
        for i, (key, frag) in enumerate(raw):
            name = f"r{i}"
            self._raw_keys[name] = key
            branches.append(f"(?P<{name}>{frag})")
        alts = []
        if branches:
            alts.append(rf"(?<!\w){prefix}(?:{'|'.join(branches)})(?!\w)")
        if symbols:
            alts.append(rf"(?P<s>{trie_regex(symbols)})")
        self.pattern = "|".join(alts) if alts else "(?!)"
        # The same alternation without named groups, to embed in bigger regexes.
        self.bare = re.sub(r"\(\?P<\w+>", "(?:", self.pattern)
        self.regex = re.compile(self.pattern, re.IGNORECASE if ignore_case else 0)
        self._literal_groups = tuple(g for g in ("t", "s") if g in self.regex.groupindex)
        # The characters a match can end with (an entry's last), for
        # :meth:`ends_at`; unknown when raw fragments take part.
        last_chars = "".join(sorted({t[-1] for t in self._keys}))
        self._last_char: re.Pattern[str] | None = None
        if not raw:
            self._last_char = re.compile(
                f"[{re.escape(last_chars)}]" if last_chars else "(?!)", self.regex.flags
            )
        self._seen: dict[str, str] = {}

    def key(self, m: re.Match[str]) -> str:
        """The key of an entry that matched."""
        for g in self._literal_groups:
            t = m.group(g)
            if t is not None:
                # Matched text -> key, memoised: the same words recur.
                k = self._seen.get(t)
                if k is None:
                    if len(self._seen) >= 100_000:
                        self._seen.clear()  # bounded over a long ingest
                    k = self._seen[t] = self._keys.get(_key_text(t, self.ignore_case), "")
                return k
        name = m.lastgroup
        if name and name in self._raw_keys:
            return self._raw_keys[name]
        for name, key in self._raw_keys.items():
            if m.group(name) is not None:
                return key
        return ""

    def literal(self, m: re.Match[str]) -> bool:
        """Whether a word entry matched, not a raw regex fragment."""
        return any(m.group(g) is not None for g in self._literal_groups)

    def key_for(self, text: str) -> str:
        """The key of a whole string that is one entry ("" if it is none)."""
        m = self.regex.fullmatch(text.strip())
        return self.key(m) if m else ""

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.search(text, pos, len(text) if endpos is None else endpos)

    def last(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The last match inside ``text[pos:endpos]``."""
        found = None
        for found in self.regex.finditer(text, pos, endpos):  # noqa: B007
            pass
        return found

    def ends_at(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """A match that ends at ``endpos``, allowing whitespace after it."""
        if self._last_char is not None:
            # Most windows (the words before a number …) do not end with a
            # character any entry ends with: no need to run the lexicon.
            e = pos + len(text[pos:endpos].rstrip())
            if e == pos or self._last_char.match(text, e - 1) is None:
                return None
        m = self.last(text, pos, endpos)
        if m and not text[m.end() : endpos].strip():
            return m
        return None


_CASED_SCRIPTS = frozenset({"latin", "cyrillic", "greek"})


@dataclass(slots=True)
class LanguagePack:
    """A compiled language pack; see the YAML files for what each part means."""

    code: str
    name: str
    script: str
    data: dict[str, Any]
    ignore_case: bool
    prefix: str
    numbers: NumberGrammar
    segmenter: Segmenter
    qualifiers: Lexicon
    negators: Lexicon
    predicates: Lexicon
    victim_nouns: Lexicon
    people: Lexicon
    dual_people: Lexicon
    modifiers: Lexicon
    cumulative: Lexicon
    toll_rise: Lexicon
    toll_nouns: Lexicon
    incident: Lexicon
    quantity_units: Lexicon
    prefix_units: Lexicon
    not_after: Lexicon
    not_before: Lexicon
    open_nouns: str
    not_nouns: Lexicon
    plural_nouns: Lexicon
    duration_units: Lexicon
    duration_duals: Lexicon
    duration_seconds: dict[str, float]
    weak_units: frozenset[str]
    weak_cues: Lexicon
    cues_after: Lexicon
    onset: Lexicon
    onset_verbs: Lexicon
    relatives: Lexicon
    irrealis: Lexicon
    nominal_events: frozenset[str]
    halves: Lexicon
    half_before: Lexicon
    duration_subjects: Lexicon
    part_of: Lexicon
    vso_cues: bool
    duration_not_after: Lexicon
    duration_not_before: Lexicon
    events: Lexicon
    event_not_before: Lexicon
    weekdays: Lexicon
    months: Lexicon
    relative_days: Lexicon
    parts_of_day: Lexicon
    part_of_day_info: dict[str, tuple[int, str]]
    future: Lexicon
    past: Lexicon
    clock: re.Pattern[str]
    verbs: Lexicon
    object_verbs: Lexicon
    complementizers: Lexicon
    according_to: Lexicon
    pronouns: Lexicon
    adjuncts: Lexicon
    audiences: Lexicon
    clause_splitters: Lexicon
    titles: Lexicon
    counterpart: Lexicon
    descriptions: Lexicon
    contrast: Lexicon
    not_names: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    flags: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cased_names(self) -> bool:
        """Whether the script writes names with a capital (Latin, Cyrillic, Greek)."""
        return self.script in _CASED_SCRIPTS

    def lexicon(self, entries: Mapping[str, Iterable[str]] | Iterable[str]) -> Lexicon:
        """A lexicon compiled with this pack's proclitics and case rule."""
        return Lexicon(entries, prefix=self.prefix, ignore_case=self.ignore_case)


def _get(data: Mapping[str, Any], path: str, default: Any = None) -> Any:
    cur: Any = data
    for part in path.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return default
        cur = cur[part]
    return cur


def _term(x: Any) -> str:
    # YAML 1.1 reads bare on/no/yes as booleans: a pack must quote them.
    if isinstance(x, bool) or x is None:
        raise PackError(f"pack entry {x!r} is not a string (quote on/no/yes/off in YAML)")
    return str(x)


def _as_terms(value: Any) -> dict[str, list[str]]:
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return {str(k): [_term(x) for x in v] for k, v in value.items()}
    return {"": [_term(x) for x in value]}


def compile_pack(data: Mapping[str, Any]) -> LanguagePack:
    """Compile pack data (as read from YAML) into a :class:`LanguagePack`."""
    try:
        code = str(data["language"])
    except KeyError:
        raise PackError("language pack has no 'language' code") from None
    ic = bool(data.get("ignore_case", True))
    prefix = str(data.get("prefix") or "")

    def lex(path: str) -> Lexicon:
        return Lexicon(_as_terms(_get(data, path)), prefix=prefix, ignore_case=ic)

    def keyed(path: str) -> Lexicon:
        # Mappings of word -> value (weekdays, months ...): the value is the key.
        raw = _get(data, path) or {}
        inv: dict[str, list[str]] = {}
        for word, val in raw.items():
            inv.setdefault(str(val if not isinstance(val, list) else word), []).append(str(word))
        return Lexicon(inv, prefix=prefix, ignore_case=ic)

    words: dict[str, tuple[float, str]] = {}
    for w, spec in (_get(data, "numbers.words") or {}).items():
        try:
            value, role = spec
        except (TypeError, ValueError):
            raise PackError(f"{code}: number word {w!r} needs [value, role]") from None
        words[str(w)] = (float(value), str(role))
    numbers = NumberGrammar(
        words,
        joiners=_get(data, "numbers.joiners") or [" "],
        articles=_get(data, "numbers.articles") or [],
        clitics=str(data.get("clitics") or ""),
        ignore_case=ic,
    )
    dur_units = _get(data, "duration.units") or {}
    seconds: dict[str, float] = {}
    dur_terms: dict[str, list[str]] = {}
    for key, spec in dur_units.items():
        mult, forms = spec
        seconds[str(key)] = float(mult)
        dur_terms[str(key)] = [str(f) for f in forms]
    pod = _get(data, "timex.parts_of_day") or {}
    pod_info = {_key_text(fold(str(k)), ic): (int(v[0]), str(v[1])) for k, v in pod.items()}
    clock_src = str(_get(data, "timex.clock") or r"re:([01]?\d|2[0-3]):([0-5]\d)")
    clock_src = clock_src[3:] if clock_src.startswith("re:") else clock_src
    titles = _as_terms(_get(data, "statements.titles"))
    return LanguagePack(
        code=code,
        name=str(data.get("name") or code),
        script=str(data.get("script") or "latin"),
        data=dict(data),
        ignore_case=ic,
        prefix=prefix,
        numbers=numbers,
        segmenter=Segmenter(abbreviations=[_term(a) for a in data.get("abbreviations") or []]),
        qualifiers=lex("qualifiers"),
        negators=lex("negators"),
        predicates=lex("casualty.predicates"),
        victim_nouns=lex("casualty.victim_nouns"),
        people=lex("casualty.units"),
        # Dual nouns that carry their count: people ("جنديين") and things
        # ("شاحنتين"), one lexicon since both are found the same way.
        dual_people=Lexicon(
            {
                **_as_terms(_get(data, "quantity.dual_units")),
                **_as_terms(_get(data, "casualty.dual_units")),
            },
            prefix=prefix,
            ignore_case=ic,
        ),
        modifiers=lex("casualty.modifiers"),
        cumulative=lex("casualty.cumulative"),
        toll_rise=lex("casualty.toll_rise"),
        toll_nouns=lex("casualty.toll_nouns"),
        incident=lex("casualty.incident"),
        quantity_units=lex("quantity.units"),
        prefix_units=Lexicon(_as_terms(_get(data, "quantity.prefix_units")), ignore_case=ic),
        not_after=lex("quantity.not_after"),
        not_before=lex("quantity.not_before"),
        open_nouns=str(_get(data, "quantity.open_nouns") or ""),
        not_nouns=lex("quantity.not_nouns"),
        plural_nouns=lex("quantity.plural_nouns"),
        duration_units=Lexicon(dur_terms, prefix=prefix, ignore_case=ic),
        duration_duals=lex("duration.dual_units"),
        duration_seconds=seconds,
        weak_units=frozenset(str(u) for u in _get(data, "duration.weak_units") or []),
        weak_cues=lex("duration.weak_cues"),
        cues_after=lex("duration.cues_after"),
        onset=lex("events.onset"),
        onset_verbs=lex("events.onset_verbs"),
        relatives=lex("events.relatives"),
        irrealis=lex("events.irrealis"),
        nominal_events=frozenset(str(k) for k in _get(data, "events.nominal") or []),
        halves=lex("duration.halves"),
        half_before=lex("duration.half_before"),
        duration_subjects=lex("duration.subjects"),
        part_of=lex("duration.part_of"),
        vso_cues=bool(_get(data, "duration.vso_cues")),
        duration_not_after=lex("duration.not_after"),
        duration_not_before=lex("duration.not_before"),
        events=lex("events.triggers"),
        event_not_before=lex("events.not_before"),
        weekdays=keyed("timex.weekdays"),
        months=keyed("timex.months"),
        relative_days=keyed("timex.relative_days"),
        parts_of_day=Lexicon(
            {_key_text(fold(str(k)), ic): [str(k)] for k in pod}, prefix=prefix, ignore_case=ic
        ),
        part_of_day_info=pod_info,
        future=lex("timex.future"),
        past=lex("timex.past"),
        clock=re.compile(fold(clock_src), re.IGNORECASE if ic else 0),
        verbs=lex("statements.verbs"),
        object_verbs=lex("statements.object_verbs"),
        complementizers=lex("statements.complementizers"),
        according_to=lex("statements.according_to"),
        pronouns=lex("statements.pronouns"),
        adjuncts=lex("statements.adjuncts"),
        audiences=lex("statements.audiences"),
        clause_splitters=Lexicon(
            _as_terms(_get(data, "statements.clause_splitters")), prefix="", ignore_case=ic
        ),
        titles=Lexicon(titles, prefix=prefix, ignore_case=ic),
        counterpart=lex("statements.counterpart"),
        descriptions=lex("statements.descriptions"),
        contrast=lex("statements.contrast"),
        not_names=frozenset(_term(x) for x in _get(data, "statements.not_names") or []),
        adjective_suffixes=tuple(str(s) for s in data.get("adjective_suffixes") or [""]),
        flags=re.IGNORECASE if ic else 0,
    )


def available_languages(directory: Path | None = None) -> list[str]:
    """Codes of the packs found in ``directory`` (default: the built-in ones).

    >>> available_languages()
    ['ar', 'en']
    """
    return sorted(p.stem for p in (directory or PACK_DIR).glob("*.yaml"))


@lru_cache(maxsize=32)
def load_pack(code: str, directory: Path | None = None) -> LanguagePack:
    """Load and compile the pack for a language code (cached).

    ``code`` may be a BCP 47 tag; only its primary subtag is used.

    >>> load_pack("ar-SY").code
    'ar'
    """
    primary = code.split("-")[0].split("_")[0].lower()
    path = (directory or PACK_DIR) / f"{primary}.yaml"
    if not path.is_file():
        raise PackError(f"no language pack for {code!r} (looked for {path})")
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, Mapping):
        raise PackError(f"{path}: a language pack must be a mapping")
    return compile_pack(data)


QUALIFIER_KEYS = {q.value: q for q in Qualifier}
