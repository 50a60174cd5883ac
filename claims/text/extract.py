"""Claim extraction: one function over configurable classes.

:func:`extract` is the facade the ingest path calls for every document. It
uses a shared :class:`Extractor`; build your own with
:class:`ExtractorSettings` to tune it. Everything language-specific comes
from the language pack; this module only knows the shapes of claims.

The pipeline, per document: detect the language, normalise (keeping the
offset map), split sentences, find entity mentions, numbers and time
expressions once over the whole text, then build frames kind by kind.
Patterns run over the normalised text; every span is mapped back, so
``text[frame.start:frame.end] == frame.text`` always.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from claims.text.entities import Entity, EntityIndex, Mention
from claims.text.frames import ClaimKind, Extraction, Frame, Qualifier
from claims.text.lang import detect_language
from claims.text.normalize import Normalized, fold, normalize
from claims.text.packs import LanguagePack, Lexicon, available_languages, load_pack
from claims.text.timex import WEAK_FUTURE, YEAR_RE, TimeExpr, TimeTagger, zone_info
from claims.text.triggers import Scan, TriggerSet

EXTRACTOR_NAME = "claims-rules"
EXTRACTOR_VERSION = "1.0"

_WORD_RE = re.compile(r"\w+(?:['.\-]\w+)*")
# Quotation marks after normalisation (straight and curly quotes fold to '"').
_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb')
# A full stop ends a clause, but not the one inside "2 a.m. on Friday".
_CLAUSE_STOP_RE = re.compile(r"[;!?\u061f\u061b]|:(?!\d)|(?<![ap]\.m)\.(?=\s)", re.I)
# A reporting verb starts a new clause after a comma or a conjunction, or
# when it carries the Arabic conjunction itself ("وأضاف"); not in "had not
# been told where".
_NEW_CLAUSE_RE = re.compile(
    r"(?:[,\u060c;]\s*|(?<!\w)(?:and|but|while|as|then)\s+(?:\w+\s+)?|(?<!\w)[\u0648\u0641])\w*\Z"
    r"|(?:[,\u060c;]\s*|(?<!\w)(?:and|but|while|as|then)\s+(?:\w+\s+)?)\w\Z",
    re.I,
)
_COMMA_RE = re.compile(r"[,\u060c]")
# Two names joined, a word of their own at most beside each: "Turkey and
# northern Syria", "تركيا وشمال سوريا".
_JOINED_RE = re.compile(r"\W*(?:\w+\s+)?(?:and|&|\u0648)\s*(?:\w+\s+)?", re.IGNORECASE)
_PUNCT_COMMA_RE = re.compile(r"[,\u060c](?!\d)")
_FULL_STOP_RE = re.compile(r"(?<=\w)[.!?](?=\s+[A-Z\u0600-\u06ff])")
_YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)\d\d(?!\d)")
_RELATIVE_PRED_RE = re.compile(
    r"\s*(?:who|that|which|\u0627\u0644\u0630\u064a\u0646|\u0627\u0644\u0630\u064a|\u0627\u0644\u062a\u064a)"
    r"(?:\s+(?:had|have|has|were|was|been|are|is|\u0642\u062f))*\s*",
    re.I,
)
_LIST_GAP_RE = re.compile(r"\s*(?:[,\u060c]\s*)?(?:(?:and|\u0648)\s*)?", re.I)
_AND_RE = re.compile(r"\s*(?:and|\u0648)?\s*", re.I)


def _match_after(
    rx: re.Pattern[str], text: str, pos: int, endpos: int, gap: str
) -> re.Match[str] | None:
    """What ``rx.search(text, pos, endpos)`` finds when only ``gap``
    characters precede it from ``pos``; None when its first match starts
    later (or there is none). Tries a few starts instead of the whole range."""
    q = pos
    while q < endpos:
        m = rx.match(text, q, endpos)
        if m is not None or text[q] not in gap:
            return m
        q += 1
    return None


def _clitic_and(text: str, m: re.Match[str]) -> int:
    # An Arabic "و" glued to the next word ("والمغلقة") is the conjunction.
    return 1 if text[m.start() : m.start() + 1] == "\u0648" else 0


_CONJ_END_RE = re.compile(r"(?:^|\s)(?:and|but|then)\s*$", re.I)
_DEFINITE_AR_RE = re.compile(r"[وفبلك]?(?:ال|لل)")
_LIST_SEP_RE = re.compile(r"[,\u060c]|(?<!\w)(?:and|و)(?!\w)|\sو", re.I)
_DURATION_JOINER_RE = re.compile(r"\s*(?:,|\band\b|\u0648)\s*|\s+", re.I)
# A new coordinated clause: after a comma and "and"/"و", or a verb phrase of its own
# after a bare "and" ("will cut its force ... and will pull out the rest"); or a
# reported clause after the complementizer أن ("... بعد إعلان ... أن العمليات
# العسكرية توقفت" asserts a halt of its own).
_NEXT_CLAUSE_RE = re.compile(
    # ", and", "، و", and a contrast ("…, while aircraft struck …", "فيما").
    r"[,\u060c;]\s*(?:and\s|while\s|whereas\s|\u0648|\u0641\u064a\u0645\u0627\s|\u0628\u064a\u0646\u0645\u0627\s)"
    r"|\sand\s+(?:will|would|shall|must|is\s+to|are\s+to)\s"
    r"|\s[وب]?[اأ]ن\s",
    re.I,
)
# A day of the month after "on"/"في" ("في 27 من الشهر نفسه", "on 27 February").
_DAY_NUMBER_RE = re.compile(r"(?<!\w)(?:on|في)\s+(?:[0-2]?\d|3[01])(?!\d)", re.I)
_TRAILING_CONJ_RE = re.compile(r"\s+(?:and|but|as|then|while)\Z", re.I)
_QUOTE_RE = re.compile(r'"([^"\n]{2,1200})"')
_SPACE_PUNCT = " \t\r\n,.;:!?\u060c\u061b\u061f-\"'()"
_SPACES_RE = re.compile(r"\s*")


def _skip_space(t: str, pos: int, end: int | None = None) -> int:
    """The first position at or after ``pos`` (before ``end``) that is not
    whitespace, without copying the rest of the text as slicing would.

    >>> _skip_space("52 were  killed", 8), _skip_space("52 were  killed", 7, 8)
    (9, 8)
    """
    m = _SPACES_RE.match(t, pos, len(t) if end is None else end)
    # No match when ``end`` lies before ``pos``; past the text's end the
    # regex would start at its end: ``pos`` itself, as an empty slice gives.
    return pos if m is None else max(pos, m.end())


# The packs' keys for lengths: only a length has a dimension (a width, a
# distance); "gusts of 80 mph across the island" measure no width.
_LENGTHS = frozenset({"km", "m", "mile", "ft", "nautical mile"})

# Shares ("47 percent") say nothing of what they measure unless their
# sentence does.
_SHARE_UNITS = frozenset({"%"})


def _share_contexts(frames: list[Frame], text: str) -> None:
    """Give a share that names no subject its sentence (``extra["context"]``).

    The matcher compares two such shares only when their sentences are on
    one topic (the tariff on Chinese imports, the uranium stockpile); a
    sentence with two shares cannot say which is which, so it gives none.
    """

    def share(f: Frame) -> bool:
        return f.kind is ClaimKind.QUANTITY and f.unit in _SHARE_UNITS

    per_sentence: dict[tuple[int, int], int] = {}
    for f in frames:
        if share(f):
            key = (f.sentence_start, f.sentence_end)
            per_sentence[key] = per_sentence.get(key, 0) + 1
    for f in frames:
        if share(f) and not (f.predicate or f.subject):
            key = (f.sentence_start, f.sentence_end)
            if per_sentence[key] == 1:
                f.extra["context"] = text[f.sentence_start : f.sentence_end]


_CAP_NAME_RE = re.compile(
    r"(?:[A-Z][\w'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'\-]+|[A-Z]\.|al-[A-Z][\w'\-]+|bin|de|van|von))*"
)
_RELATIVE_RE = re.compile(
    r"(?<!\w)(?:who|which|whom|whose|with|to|after|met|meeting|and|الذي|التي|مع)(?!\w)", re.I
)
# "a swap that officials said": the verb's subject follows the pronoun.
_OBJECT_REL_RE = re.compile(r"(?<!\w)(?:that|which|whom)(?!\w)", re.I)
# "the committee, which said": the pronoun is the verb's subject.
_SUBJECT_REL_RE = re.compile(r"(?<!\w)(?:which|who|الذي|التي|الذين)\s*$", re.I)
_WORD_BEFORE_RE = re.compile(r"(\w+) $")
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the a an of in on at to by for from with and or were was had have has been be is are "
        "that this those these his her their its who which as than also after before during "
        "since until when while because if but into near between across against among within "
        "through amid despite following including",
    )
)


@dataclass(frozen=True, slots=True)
class ExtractorSettings:
    """Tuning knobs (all keyword-only where they are passed).

    ``after_window``/``before_window``: how many words a casualty predicate
    may sit after or before its count. ``min_statement_words``: shorter
    attributed clauses are dropped. ``fuzzy_cutoff``: rapidfuzz score (0-100)
    for spelling variants of names. ``kinds``: which claim kinds to emit.
    """

    after_window: int = 8
    before_window: int = 5
    min_statement_words: int = 1
    fuzzy_cutoff: float = 85.0
    kinds: frozenset[ClaimKind] = frozenset(ClaimKind)
    default_language: str = "en"


# The range joiner and the joiner after "between" ("15 to 20", "بين 3 و5"):
# whitespace-tolerant regexes, unlike a lexicon's whole-word match.
_RangeRules = tuple[re.Pattern[str], re.Pattern[str]]


@dataclass(slots=True)
class _Num:
    start: int
    end: int
    value: float
    qualifier: Qualifier
    qual_start: int
    used: bool = False
    # The casualty predicate the count was given, for the next in a list.
    pred: str | None = None
    # The top of a range ("between 3 and 5 billion"): the count is AT_LEAST
    # its first value and no more than this.
    upper: float | None = None
    # What the count was extracted as (its kind and unit), for a share of
    # it right after ("337 drones, 91 of them").
    counted: tuple[ClaimKind, str] | None = None


def _mark_range(frame: Frame, n: _Num) -> None:
    if n.upper is not None:
        frame.extra["upper"] = n.upper


@dataclass(slots=True)
class _Statement:
    start: int
    end: int
    speaker: Entity
    sent: tuple[int, int]
    negated: bool
    confidence: float
    # False for a report with no clause ("أعلنت الوزارة مقتل ١٢"): the
    # numbers in it are the speaker's, but no words are quoted.
    quoted: bool = True


@dataclass(slots=True)
class _Doc:
    scan: Scan
    pack: LanguagePack
    norm: Normalized
    t: str
    pub: datetime | None
    index: EntityIndex
    sentences: list[tuple[int, int]]
    sent_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    tagger: TimeTagger
    time_groups: list[list[re.Match[str]]]
    time_starts: list[int]
    # Resolutions per (group index, tense direction), made when first needed.
    resolved: dict[tuple[int, int], TimeExpr] = field(default_factory=dict)
    nums: list[_Num] = field(default_factory=list)
    frames: list[tuple[int, int, Frame]] = field(default_factory=list)
    statements: list[_Statement] = field(default_factory=list)
    new_entities: dict[str, Entity] = field(default_factory=dict)
    titled: dict[str, Entity] | None = None

    def num_index(self, pos: int) -> int:
        """How many of the document's numbers start before ``pos``."""
        return bisect_left(self.nums, pos, key=lambda m: m.start)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return (0, len(self.t))
        return self.sentences[i]

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        i = bisect_left(self.mention_starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            if self.mentions[i].end <= b:
                out.append(self.mentions[i])
            i += 1
        return out

    def in_mention(self, pos: int) -> bool:
        """Whether ``pos`` falls inside a name ("the United States" holds "States")."""
        i = bisect_right(self.mention_starts, pos) - 1
        return i >= 0 and pos < self.mentions[i].end

    def in_time(self, pos: int) -> bool:
        """Whether ``pos`` falls inside a time expression, past its start
        ("وعشر دقائق" in "الساعة الثانية وعشر دقائق")."""
        i = bisect_left(self.time_starts, pos) - 1
        return i >= 0 and pos < self.time_groups[i][-1].end()

    def in_hour_words(self, pos: int) -> bool:
        """Whether ``pos`` falls inside a clock hour said in words ("عشرة"
        in "الحادية عشرة صباحاً" is the eleventh hour, not ten of anything)."""
        i = bisect_right(self.time_starts, pos) - 1
        return i >= 0 and any(
            m.lastgroup == "hw" and m.start() <= pos < m.end() for m in self.time_groups[i]
        )

    def times_in(self, a: int, b: int, direction: int = -1) -> list[TimeExpr]:
        """Time expressions inside ``[a, b)``, resolved for a tense direction."""
        i = bisect_left(self.time_starts, a)
        out = []
        while i < len(self.time_groups) and self.time_starts[i] < b:
            if self.time_groups[i][-1].end() <= b:
                out.append(self.resolve(i, direction))
            i += 1
        return out

    def resolve(self, i: int, direction: int) -> TimeExpr:
        x = self.resolved.get((i, direction))
        if x is None:
            group = self.time_groups[i]
            local = self._local_zone(i)
            anaphoric = any(
                m.lastgroup == "rel" and self.tagger.is_anaphoric(m.group()) for m in group
            )
            x = self.tagger.resolve(
                group,
                self.t,
                self.pub,
                direction,
                local_zone=local,
                anchor=self._anchor(i) if anaphoric else None,
            )
            if x.time is not None and not x.dated and x.precision == "minute":
                anchor = self._anchor(i)
                if anchor is not None:
                    x = self.tagger.resolve(
                        group, self.t, self.pub, direction, anchor=anchor, local_zone=local
                    )
            self.resolved[(i, direction)] = x
        return x

    def _local_zone(self, i: int) -> tzinfo | None:
        # "at 1 a.m. local time" in a sentence (or else a text) that names a
        # place whose zone the entity data knows: that place's clock.
        group = self.time_groups[i]
        a, b = group[0].start(), group[-1].end()
        for m in self.mentions_in(b, min(len(self.t), b + 40)):
            # "السادسة من مساء الثلاثاء بتوقيت حلب", "6 p.m. Aleppo time".
            tz = self.index.zone_of(m.entity) if m.entity.kind == "place" else None
            if tz is not None and (
                self.tagger.place_clock_lead.fullmatch(self.t, b, m.start)
                or (
                    not self.t[b : m.start].strip()
                    and self.tagger.place_clock_tail.match(self.t, m.end)
                )
            ):
                return zone_info(tz)
        # The words may trail the expression ("الواحدة فجرا بالتوقيت المحلي").
        if not self.tagger.local_re.search(self.t, a, min(len(self.t), b + 24)):
            return None
        sent = self.sentence(a)
        for lo, hi in (sent, (0, len(self.t))):
            best: tuple[int, str] | None = None
            for m in self.mentions_in(lo, hi):
                if m.entity.kind != "place":
                    continue
                tz = self.index.zone_of(m.entity)
                if tz is not None:
                    dist = abs(m.start - a)
                    if best is None or dist < best[0]:
                        best = (dist, tz)
            if best is not None:
                return zone_info(best[1])
        return None

    def _anchor(self, i: int) -> date | None:
        # The day named last, at most ANCHOR_SENTENCES sentences back: a
        # clock time with no day of its own is on the day being told.
        here = bisect_right(self.sent_starts, self.time_starts[i])
        for j in range(i - 1, -1, -1):
            if here - bisect_right(self.sent_starts, self.time_starts[j]) > _ANCHOR_SENTENCES:
                return None
            x = self.resolved.get((j, -1)) or self.tagger.resolve(
                self.time_groups[j], self.t, self.pub, -1
            )
            if x.dated and x.day is not None:
                return x.day
        return None


class Extractor:
    """Rule-based claim extractor over language packs.

    >>> ex = Extractor(settings=ExtractorSettings(kinds=frozenset({ClaimKind.CASUALTY})))
    >>> out = ex.extract("At least 33 Turkish soldiers were killed.", language="en")
    >>> [(f.text, f.value, f.unit, f.subject, str(f.value_qualifier)) for f in out.frames]
    [('At least 33 Turkish soldiers were killed', 33.0, 'soldier', 'TR', 'AT_LEAST')]
    """

    def __init__(
        self,
        *,
        settings: ExtractorSettings | None = None,
        entity_index: EntityIndex | None = None,
        pack_dir: Path | None = None,
    ) -> None:
        self.settings = settings or ExtractorSettings()
        self.index = entity_index or EntityIndex.default()
        self.pack_dir = pack_dir
        self._taggers: dict[str, TimeTagger] = {}
        self._dur_extras: dict[str, tuple[Lexicon, re.Pattern[str] | None]] = {}
        self._trigger_sets: dict[str, TriggerSet] = {}
        self._languages: list[str] | None = None
        self._ordinals: dict[str, Lexicon] = {}
        self._ranges: dict[str, _RangeRules | None] = {}
        self._extra_lexicons: dict[tuple[str, str], Lexicon] = {}
        self._currency_families: dict[str, dict[str, tuple[re.Pattern[str], frozenset[str]]]] = {}
        self._role_patterns: dict[str, re.Pattern[str]] = {}
        self.name = f"{EXTRACTOR_NAME}/{EXTRACTOR_VERSION}"

    def languages(self) -> list[str]:
        # The pack folder is read once: listing it per document cost more
        # than some extraction passes.
        if self._languages is None:
            self._languages = available_languages(self.pack_dir)
        return self._languages

    def _triggers(self, pack: LanguagePack, index: EntityIndex) -> TriggerSet:
        ts = self._trigger_sets.get(pack.code)
        if ts is None:
            patterns = {
                "numbers": pack.numbers.regex,
                "duration_units": pack.duration_units.regex,
                "duration_duals": pack.duration_duals.regex,
                "dual_people": pack.dual_people.regex,
                "events": pack.events.regex,
                # Searched in many small ranges per document (doc.scan.search,
                # .last, .ends_at): the regex then runs only where a word of
                # its lexicon starts, not at every position of the range.
                "negators": pack.negators.regex,
                "qualifiers": pack.qualifiers.regex,
                "future": pack.future.regex,
                "past": pack.past.regex,
                "clause_stops": _CLAUSE_STOP_RE,
                "verbs": pack.verbs.regex,
                "according_to": pack.according_to.regex,
                "atoms": self._tagger(pack).atom_re,
                # Range lookups run per count, event or verb, over windows
                # of up to 200 characters: at the candidates only, they
                # cost a few bisects instead of a regex try per character.
                "predicates": pack.predicates.regex,
                "toll_nouns": pack.toll_nouns.regex,
                "complementizers": pack.complementizers.regex,
                "nationalities": self.index.nationalities(pack).regex,
                "pluperfect": self._lexicon(pack, "timex.pluperfect").regex,
                "future_weak": self._lexicon(pack, "timex.future_weak").regex,
                "possible": self._lexicon(pack, "events.possible").regex,
                "titles": pack.titles.regex,
                "counterpart": pack.counterpart.regex,
                "contrast": pack.contrast.regex,
                "irrealis": pack.irrealis.regex,
                "onset": pack.onset.regex,
                "relatives": pack.relatives.regex,
                "people": pack.people.regex,
                "duration_subjects": pack.duration_subjects.regex,
                "lasting_verbs": self._lexicon(pack, "duration.lasting_verbs").regex,
                "rates": self._lexicon(pack, "quantity.rates").regex,
                "dimensions_before": self._lexicon(pack, "quantity.dimensions.before").regex,
                "share_of": self._lexicon(pack, "casualty.share_of").regex,
                "shooters": self._lexicon(pack, "events.shooters").regex,
                "denials": self._lexicon(pack, "statements.denials").regex,
                # Run over the whole text once per document.
                "one_after": self._lexicon(pack, "casualty.one_after").regex,
                **self.index.mention_patterns(pack),
            }
            clitics = str(pack.data.get("clitics") or "")
            ts = self._trigger_sets[pack.code] = TriggerSet(patterns, clitics=clitics)
        return ts

    def _tagger(self, pack: LanguagePack) -> TimeTagger:
        tagger = self._taggers.get(pack.code)
        if tagger is None:
            tagger = self._taggers[pack.code] = TimeTagger(pack)
        return tagger

    def extract(
        self,
        text: str,
        *,
        language: str | None = None,
        published_at: datetime | None = None,
        entities: Iterable[Mapping[str, Any]] | None = None,
    ) -> Extraction:
        """Extract the claims of one document; see :func:`extract`."""
        langs = self.languages()
        code = (language or "").split("-")[0].split("_")[0].lower()
        if code not in langs:
            code = detect_language(text, langs, default=self.settings.default_language)
        pack = load_pack(code, self.pack_dir)
        index = self.index.extended(entities) if entities else self.index
        norm = normalize(text)
        t = norm.text
        sentences = pack.segmenter.spans(t)
        tagger = self._tagger(pack)
        # One scan finds where every whole-text pattern may start; each
        # pattern then runs only there (entity names too, unless this call
        # brings entities of its own).
        scan = self._triggers(pack, index).scan(t)
        mentions = index.mentions(t, pack, scan=scan if index is self.index else None)
        groups = tagger.groups(t, atoms=scan.finditer("atoms"))
        doc = _Doc(
            scan=scan,
            pack=pack,
            norm=norm,
            t=t,
            pub=published_at,
            index=index,
            sentences=sentences,
            sent_starts=[s for s, _ in sentences],
            mentions=mentions,
            mention_starts=[m.start for m in mentions],
            tagger=tagger,
            time_groups=groups,
            time_starts=[g[0].start() for g in groups],
        )
        kinds = self.settings.kinds
        self._numbers(doc)
        self._statements(doc)
        if ClaimKind.DURATION in kinds:
            self._durations(doc)
        if kinds & {ClaimKind.CASUALTY, ClaimKind.QUANTITY}:
            self._counts(doc)
        if ClaimKind.EVENT in kinds:
            self._events(doc)
        if ClaimKind.STATEMENT in kinds:
            for st in doc.statements:
                if st.quoted:
                    self._emit_statement(doc, st)
        frames = [f for _, _, f in sorted(doc.frames, key=lambda x: (x[0], x[1]))]
        frames = [f for f in frames if f.kind in kinds]
        _share_contexts(frames, text)
        self._bare_currencies(doc, frames)
        ents: dict[str, dict[str, Any]] = {}
        for m in mentions:
            ents.setdefault(m.entity.name, m.entity.as_dict())
        for name, ent in doc.new_entities.items():
            d = ent.as_dict()
            d["new"] = True
            ents[name] = d
        return Extraction(language=pack.code, frames=frames, entities=ents)

    def _bare_currencies(self, doc: _Doc, frames: list[Frame]) -> None:
        """Read a bare currency word ("ريال", "rials") as the one its document
        means ("١١ مليار ريال" in a report on Brazil is in reais).

        A bare word maps to its most common currency in the pack. When the
        document names in full exactly one other currency of the word's
        family ("ريال برازيلي", "Qatari riyals"), its bare amounts are in
        that one; else when the countries the document names hold exactly
        one currency of the family (ISO 4217 codes open with the country's
        code: BRL, BR), in that one.
        """
        pack = doc.pack
        families = self._currency_families.get(pack.code)
        if families is None:
            families = self._currency_families[pack.code] = _currency_families(pack)
        units = {f.unit for f in frames if f.kind is ClaimKind.QUANTITY}
        countries: set[str] | None = None
        for key, (bare, others) in families.items():
            if key not in units:
                continue
            named: set[str] = set(others & units)
            if not named:
                if countries is None:
                    lex = doc.index.nationalities(pack)
                    countries = {lex.key(m) for m in lex.finditer(doc.t)}
                named = {k for k in others | {key} if k[:2] in countries}
            if len(named) != 1 or key in named:
                continue
            (into,) = named
            for f in frames:
                if f.kind is ClaimKind.QUANTITY and f.unit == key and bare.search(fold(f.text)):
                    f.unit = f.object = into
                    f.normalized = _normalized(f)

    # -- shared pieces ------------------------------------------------------

    def _frame(self, doc: _Doc, kind: ClaimKind, a: int, b: int, **kw: Any) -> Frame:
        while a < b and doc.t[a] in _SPACE_PUNCT:
            a += 1
        while b > a and doc.t[b - 1] in " \t\r\n,;:\u060c\u061b":
            b -= 1
        s, e = doc.norm.span(a, b)
        ss, se = doc.sentence(a)
        sent_s, _ = doc.norm.span(ss, se)
        last = doc.sentence(max(a, b - 1))
        _, sent_e = doc.norm.span(last[0], last[1])
        if kw.get("speaker") is None:
            st = self._statement_at(doc, a, b)
            if st is not None:
                kw["speaker"] = st.speaker.name
        frame = Frame(
            kind=kind,
            start=s,
            end=e,
            sentence_start=min(sent_s, s),
            sentence_end=max(sent_e, e),
            language=doc.pack.code,
            text=doc.norm.original[s:e],
            extractor=self.name,
            entities=tuple(dict.fromkeys(m.entity.name for m in doc.mentions_in(ss, last[1]))),
            **kw,
        )
        if (
            frame.value_qualifier is Qualifier.APPROXIMATE
            and self._lexicon(doc.pack, "qualifiers_below").search(doc.t, a, b) is not None
        ):
            # "nearly six hours": an estimate from under, never above.
            frame.extra["below"] = True
        frame.normalized = _normalized(frame, folded=doc.t[a:b])
        doc.frames.append((s, e, frame))
        return frame

    def _statement_at(self, doc: _Doc, a: int, b: int) -> _Statement | None:
        # Statements never overlap and stay sorted: the one starting last
        # at or before ``a`` is the only candidate.
        i = bisect_right(doc.statements, a, key=lambda st: st.start) - 1
        if i >= 0 and b <= doc.statements[i].end:
            return doc.statements[i]
        return None

    def _negated(self, doc: _Doc, a: int, b: int, skip: tuple[int, int] | None = None) -> bool:
        not_neg: Lexicon | None = None
        for m in doc.scan.finditer("negators", a, b):
            if skip and skip[0] <= m.start() < skip[1]:
                continue
            if skip and m.end() <= skip[0] and _COMMA_RE.search(doc.t, m.end(), skip[0]):
                # "لم يعد ممكناً، وبأن أكثر من 115 ألف شخص أُجلوا": the
                # negator ends a clause before the count's.
                continue
            # "بلا مأوى" (homeless), "لا يزال" (still): a negator inside a
            # fixed phrase that negates nothing.
            not_neg = not_neg or self._lexicon(doc.pack, "not_negations")
            lo = max(0, m.start() - 12)
            if any(
                x.start() <= m.start() < x.end() for x in not_neg.finditer(doc.t, lo, m.end() + 16)
            ):
                continue
            reach = max(b, min(doc.sentence(m.start())[1], m.end() + 60))
            if self._lexicon(doc.pack, "exceptives").search(doc.t, m.end(), reach):
                # "لا يمكن وصفه إلا بأنه هجوم إرهابي": "can only be
                # described as", a restriction, not a denial.
                continue
            return True
        # "على الطرفين ألا يضيعا الفرصة": "ألا" (that … not) folds to the
        # same letters as "إلا" (except); only the stored spelling tells.
        for form in doc.pack.data.get("negators_as_spelled") or ():
            folded = fold(str(form))
            pos = doc.t.find(folded, a, b)
            while pos >= 0:
                end = pos + len(folded)
                if (pos == 0 or not doc.t[pos - 1].isalnum()) and (
                    end >= len(doc.t) or not doc.t[end].isalnum()
                ):
                    s, e = doc.norm.span(pos, end)
                    if doc.norm.original[s:e].startswith(str(form)):
                        return True
                pos = doc.t.find(folded, end, b)
        return False

    def _lexicon(self, pack: LanguagePack, key: str) -> Lexicon:
        """A pack lexicon the compiled pack does not carry, built once."""
        lex = self._extra_lexicons.get((pack.code, key))
        if lex is None:
            words: Any = pack.data
            for part in key.split("."):
                words = words.get(part) if isinstance(words, Mapping) else None
            entries: dict[str, list[str]] | list[str] = (
                {str(k): [str(w) for w in v] for k, v in words.items()}
                if isinstance(words, Mapping)
                else [str(w) for w in words or []]
            )
            lex = self._extra_lexicons[pack.code, key] = pack.lexicon(entries)
        return lex

    def _words(self, text: str, a: int, b: int) -> int:
        return len(_WORD_RE.findall(text, a, b))

    def _side(self, doc: _Doc, a: int, b: int) -> str | None:
        lex = doc.index.nationalities(doc.pack)
        # The scan knows the shared index's forms, not those a call adds.
        m = (
            doc.scan.search("nationalities", a, b)
            if doc.index is self.index
            else lex.search(doc.t, a, b)
        )
        if m is None:
            return None
        nxt = (
            doc.scan.search("nationalities", m.end(), b)
            if doc.index is self.index
            else lex.search(doc.t, m.end(), b)
        )
        if (
            nxt is not None
            and lex.key(nxt) != lex.key(m)
            and _JOINED_RE.fullmatch(doc.t, m.end(), nxt.start())
        ):
            # "in southern Turkey and northern Syria", "جنوب تركيا وشمال
            # سوريا": a count over two sides is neither side's alone.
            return None
        return lex.key(m) or None

    def _count_side(self, doc: _Doc, a: int, b: int, sent: tuple[int, int]) -> str | None:
        # The count's own words and the word after them first ("15 أسيرا
        # سعوديا", "٦٦٠ ألف لاجئ سوري"): a country or a name before the count
        # ("ويستضيف الأردن نحو ...", "تركي المالكي") is the setting, not
        # whose people are counted. Else the few words before ("Turkish
        # forces destroyed 5 tanks").
        w = _WORD_RE.match(doc.t, b + 1, sent[1]) if doc.t[b : b + 1] == " " else None
        own = self._side(doc, a, w.end() if w is not None else b)
        if own:
            return own
        lo = max(sent[0], a - 20)
        place = self._lexicon(doc.pack, "casualty.locatives").last(doc.t, lo, a)
        if place is not None:
            # "عدد الجنود الروانديين في شرق الكونغو بنحو ٧٠٠٠": the country
            # before the count is where they are.
            named = _WORD_RE.search(doc.t, place.end(), a)
            lo = named.end() if named is not None else a
        return self._side(doc, lo, b)

    def _place(self, doc: _Doc, a: int, b: int, sent: tuple[int, int]) -> str | None:
        best: tuple[int, str] | None = None
        for m in doc.mentions_in(sent[0], sent[1]):
            if m.entity.kind != "place":
                continue
            dist = 0 if a <= m.start < b else min(abs(m.start - b), abs(a - m.end))
            if best is None or dist < best[0]:
                best = (dist, m.entity.name)
        return best[1] if best else None

    def _event_date(self, doc: _Doc, a: int, b: int, sent: tuple[int, int]) -> date | None:
        best: tuple[tuple[bool, int], date] | None = None
        since = self._lexicon(doc.pack, "timex.period_start")
        for x in doc.times_in(sent[0], sent[1]):
            if x.day is None:
                continue
            if since.ends_at(doc.t, max(0, x.start - 16), x.start) is not None:
                continue  # "since 15 April": when a count began, not its day
            if not (a <= x.start < b) and self._report_date(doc, x.start):
                continue  # "…, police said on Monday": the day of the report
            # A day said ("في اليوم نفسه") beats a bare part of day nearer by
            # ("قبل حلول الليل"), which only falls back on the report's day.
            rank = (not x.dated, min(abs(x.start - b), abs(a - x.end)))
            if best is None or rank < best[0]:
                best = (rank, x.day)
        return best[1] if best else None

    def _report_date(self, doc: _Doc, pos: int) -> bool:
        # A day right after a reporting verb ("said on Monday", "أعلنته
        # الشرطة الثلاثاء") dates the report, not what it reports.
        v = doc.scan.last("verbs", max(0, pos - 40), pos)
        if v is not None and self._words(doc.t, v.end(), pos) <= 2:
            return True
        # "بحسب ما أعلنته الشرطة الثلاثاء", "according to police on Monday".
        src = doc.scan.last("according_to", max(0, pos - 50), pos)
        return src is not None and self._words(doc.t, src.end(), pos) <= 4

    # -- numbers ------------------------------------------------------------

    def _numbers(self, doc: _Doc) -> None:
        pack, t = doc.pack, doc.t
        for m in doc.scan.finditer("numbers"):
            value, plen = pack.numbers.parse_prefix(m.group())
            if value is None or plen == 0:
                continue
            s, e = m.start(), m.start() + plen
            if e < len(t) and t[e] == ":" and t[e + 1 : e + 2].isdigit():
                continue
            if s > 0 and t[s - 1] == ":" and t[s - 2 : s - 1].isdigit():
                continue
            if self._ordinal_before(doc, s) and not t[s:e].replace(",", "").isdigit():
                # "الثاني عشر", "the twenty first": an ordinal ("the first 24
                # hours" still counts its hours).
                continue
            if doc.in_time(s) and YEAR_RE.fullmatch(t, s, e):
                continue  # "killed in 2021": a year, and no next count for "killed"
            if self._model_name_before(doc, s, e):
                continue  # "Mirage 2000 jets", "MiG-21", "a Boeing 737": a name
            art = self._lexicon(pack, "numbers.articles").ends_at(t, max(0, s - 4), s)
            if art is not None and self._lexicon(pack, "numbers.approximate").regex.fullmatch(
                t, s, e
            ):
                s = art.start()  # "a dozen" is the number, an approximate one
            lead = s
            pre = pack.prefix_units.ends_at(t, max(0, s - 6), s)
            if pre is not None:
                lead = pre.start()  # "up to $2 trillion": the qualifier is before the sign
            q = doc.scan.ends_at("qualifiers", max(0, lead - 40), lead)
            qual, qs = Qualifier.EXACT, s
            if q is not None:
                qual, qs = Qualifier(pack.qualifiers.key(q)), q.start()
            elif self._lexicon(pack, "numbers.approximate").regex.fullmatch(t, m.start(), e):
                qual = Qualifier.APPROXIMATE
            elif (
                (toll := doc.scan.last("toll_nouns", max(0, lead - 50), lead)) is not None
                and self._words(t, toll.end(), lead) <= 3
                and not _COMMA_RE.search(t, toll.end(), lead)
                and (q := doc.scan.ends_at("qualifiers", max(0, toll.start() - 20), toll.start()))
                is not None
            ):
                # "تجاوز عدد الجرحى 1900", "تخطت حصيلة القتلى في الزلزال ٩
                # آلاف": the verb that bounds the toll opens the clause,
                # before its noun.
                # The count keeps its own start, so that the toll noun
                # between stays where the predicate is looked for.
                bound = Qualifier(pack.qualifiers.key(q))
                if bound in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
                    qual = bound
            doc.nums.append(_Num(s, e, value, qual, qs))
        self._merge_ranges(doc)

    def _range_rules(self, pack: LanguagePack) -> _RangeRules | None:
        if pack.code not in self._ranges:
            data = pack.data.get("ranges") or {}
            got: _RangeRules | None = None
            if data:
                flags = re.IGNORECASE if pack.ignore_case else 0

                def alt(words: list[str]) -> str:
                    return "|".join(re.escape(normalize(str(w)).text) for w in words)

                got = (
                    re.compile(rf"\s*(?:{alt(data.get('joiners') or [])})\s*", flags),
                    re.compile(rf"\s*(?:{alt(data.get('between_joiners') or [])})\s*", flags),
                )
            self._ranges[pack.code] = got
        return self._ranges[pack.code]

    def _merge_ranges(self, doc: _Doc) -> None:
        """Fold "15 to 20 km" / "بين ثلاثة وخمسة مليارات" into one count.

        A range states its lower bound at least, so the merged count takes
        the first value, scaled by the second's multiplier when only the
        second names it ("between three and five billion"), and AT_LEAST.
        "from 33 to 36" reports a change, not a range, and is left alone.
        """
        rules = self._range_rules(doc.pack)
        if rules is None or not doc.nums:
            return
        joiner, between_joiner = rules
        between = self._lexicon(doc.pack, "ranges.between")
        not_from = self._lexicon(doc.pack, "ranges.not_from")
        pack, t = doc.pack, doc.t
        out: list[_Num] = []
        nums = doc.nums
        i = 0
        while i < len(nums):
            n = nums[i]
            i += 1
            out.append(n)
            if YEAR_RE.fullmatch(t, n.start, n.end):
                continue  # "2019-2020": years, not a range of counts
            lead_end = n.qual_start
            pre_lo = pack.prefix_units.ends_at(t, max(0, lead_end - 6), lead_end)
            if pre_lo is not None:
                lead_end = pre_lo.start()  # "between $12 million and $15 million"
            lead = between.ends_at(t, max(0, lead_end - 16), lead_end)
            j = (between_joiner if lead is not None else joiner).match(t, n.end)
            if (
                j is None
                or j.end() == n.end
                or (lead is None and not_from.ends_at(t, max(0, n.qual_start - 16), n.qual_start))
            ):
                continue
            p = j.end()
            pre = pack.prefix_units.regex.match(t, p)
            if pre is not None:
                p = pre.end()
                p = _skip_space(t, p, p + 2)
            tok = pack.numbers.regex.match(t[p : p + 60])  # no lookbehind at "15-|20"
            if tok is None:
                continue
            hi, plen = pack.numbers.parse_prefix(tok.group())
            if hi is None or plen == 0:
                continue
            lo = n.value
            if lo < hi / 100 and any(c.isalpha() for c in t[p : p + plen]):
                scale = 1000.0
                while lo * scale * 1000 <= hi:
                    scale *= 1000
                lo *= scale
            if lo >= hi:
                continue
            qual = n.qualifier if n.qualifier is not Qualifier.EXACT else Qualifier.AT_LEAST
            qs = (
                lead.start()
                if lead is not None and n.qualifier is Qualifier.EXACT
                else n.qual_start
            )
            merged = _Num(n.start, p + plen, lo, qual, qs, upper=hi)
            out[-1] = merged
            while i < len(nums) and nums[i].start < merged.end:
                i += 1
        doc.nums = out

    def _casualty_scope(
        self, doc: _Doc, n: _Num, a: int, b: int, unit_end: int, sent: tuple[int, int]
    ) -> str | None:
        """The scope of a toll: part of one ("37 of the victims", "٥٧ من
        القتلى", "Of the injured, 34 remained in hospital"), one incident's
        for an increase ("another 12 people were killed"), else what its
        clause states."""
        t, pack = doc.t, doc.pack
        if self._lexicon(pack, "casualty.part_markers").regex.match(t, n.end + 1) or self._lexicon(
            pack, "casualty.part_before"
        ).ends_at(t, max(sent[0], n.qual_start - 50), n.qual_start):
            return "part"
        if self._increment(doc, n, unit_end):
            return "incident"
        return self._scope(doc, a, b, sent)

    def _quantity_scope(
        self, doc: _Doc, n: _Num, a: int, b: int, sent: tuple[int, int]
    ) -> str | None:
        """The scope of an amount: one incident for an increase ("four more
        ships left on Sunday"), a running total when its clause says so
        ("ships that sailed since 1 August"); else none stated."""
        if self._increment(doc, n, b):
            return "incident"
        return "cumulative" if self._scope(doc, a, b, sent) == "cumulative" else None

    def _mark_part(
        self, doc: _Doc, frame: Frame, n: _Num, unit_end: int, sent: tuple[int, int]
    ) -> None:
        """Mark a count of a subgroup (``extra["subgroup"]``: "1.2 million
        foreign visitors", "nine in critical condition", "refugees who went
        back") or of a stated whole (``extra["whole"]``: "in total, some two
        million", "the overall toll"), from the count's own clause."""
        t, pack = doc.t, doc.pack
        i = doc.num_index(n.start)
        lo = doc.nums[i - 1].end if i > 0 and doc.nums[i - 1].end > sent[0] else sent[0]
        hi = doc.nums[i + 1].start if i + 1 < len(doc.nums) else sent[1]
        hi = min(hi, sent[1])
        # The words after the count up to a comma, ten at most ("have
        # returned home", "of whom were in a critical condition").
        tail = max(n.end, unit_end)
        words = list(_WORD_RE.finditer(t, tail, hi))[:10]
        after = words[-1].end() if words else tail
        comma = _COMMA_RE.search(t, tail, after)
        if comma is not None:
            after = max(tail, comma.start())
        # A modifier of the counted noun: among the count's words or the
        # word right after them ("مليون حاج أجنبي").
        near = min(after, words[0].end()) if words else tail
        for key, lo_, hi_ in (("subgroups", n.end, near), ("subgroups_after", n.end, after)):
            lex = self._lexicon(pack, f"casualty.{key}")
            group = lex.search(t, lo_, hi_)
            if group is not None:
                frame.extra["subgroup"] = lex.key(group)
                break
        wholes = self._lexicon(pack, "casualty.wholes")
        if wholes.search(t, max(lo, n.qual_start - 40), n.qual_start) or wholes.search(
            t, n.end, after
        ):
            frame.extra["whole"] = True

    def _increment(self, doc: _Doc, n: _Num, unit_end: int) -> bool:
        """Whether the count is an increase on an earlier one ("four more
        ships", "another 12 people", "أربع سفن إضافية"), not a total."""
        t = doc.t
        after = self._lexicon(doc.pack, "numbers.increments_after").regex
        before = self._lexicon(doc.pack, "numbers.increments_before")
        i = doc.num_index(n.start) - 1
        if i >= 0 and doc.nums[i].end > doc.sentence(n.start)[0]:
            # "Two soldiers died and 30 more were wounded": after another
            # count in the sentence, "more" means others, not an increase.
            return False
        return (
            after.match(t, n.end + 1) is not None
            or (unit_end > n.end and after.match(t, unit_end + 1) is not None)
            or before.ends_at(t, max(0, n.qual_start - 16), n.qual_start) is not None
        )

    def _model_name_before(self, doc: _Doc, s: int, e: int) -> bool:
        """Whether digits at ``[s, e)`` are part of a name, not a count.

        Letters joined by a hyphen ("MiG-21", "F-16", "سو-24") name a model
        in every script; in a cased script so does a capitalised word right
        before the digits ("Mirage 2000", "Flight 752"), unless that word
        opens the sentence ("Some 30 ...") or is a number word.
        """
        t = doc.t
        if not t[s:e].isdigit():
            return False
        if s >= 2 and t[s - 1] == "-" and t[s - 2].isalpha():
            return True
        if not doc.pack.cased_names or s < 2 or t[s - 1] != " ":
            return False
        w = _WORD_BEFORE_RE.search(t, max(0, s - 40), s)
        if w is None or not w.group(1)[0].isupper() or not w.group(1)[1:].islower():
            return False
        opens, closes = doc.sentence(s)
        if opens >= w.start(1) or not t[opens : w.start(1)].strip(" \"'“‘(«"):
            return False  # "Some 30 …": the word opens the sentence
        words = _WORD_RE.findall(t, opens, closes)
        if sum(x[:1].isupper() for x in words) * 5 >= len(words) * 3:
            return False  # "Erdogan Says 33 Soldiers Killed": a title-case headline
        word = w.group(1)
        return not (
            doc.pack.numbers.regex.fullmatch(word)
            or doc.pack.qualifiers.regex.fullmatch(word)
            or doc.pack.months.regex.fullmatch(word)
            or doc.pack.not_before.regex.fullmatch(word)
        )

    def _ordinal_before(self, doc: _Doc, pos: int) -> bool:
        ords = self._ordinals.get(doc.pack.code)
        if ords is None:
            words = (doc.pack.data.get("timex", {}) or {}).get("ordinal_days") or {}
            ords = self._ordinals[doc.pack.code] = doc.pack.lexicon([str(w) for w in words])
        return ords.ends_at(doc.t, max(0, pos - 20), pos) is not None

    def _num_ending_at(self, doc: _Doc, pos: int) -> _Num | None:
        # Numbers are found in order and never overlap: the last one that
        # ends at or before ``pos`` is the only candidate.
        i = bisect_right(doc.nums, pos, key=lambda n: n.end) - 1
        if i >= 0 and not doc.t[doc.nums[i].end : pos].strip():
            return doc.nums[i]
        return None

    def _num_starting_at(self, doc: _Doc, pos: int) -> _Num | None:
        # Numbers are kept in order of their starts (see _num_ending_at).
        i = doc.num_index(pos)
        if i < len(doc.nums) and doc.nums[i].start == pos:
            return doc.nums[i]
        return None

    # -- durations ----------------------------------------------------------

    def _duration_parts(self, doc: _Doc) -> list[tuple[int, int, float, _Num | None]]:
        pack, t = doc.pack, doc.t
        dur = pack.data.get("duration", {})
        parts: list[tuple[int, int, float, _Num | None]] = []
        hits: list[tuple[int, int, str, bool]] = []
        for m in doc.scan.finditer("duration_units"):
            hits.append((m.start(), m.end(), pack.duration_units.key(m), False))
        for m in doc.scan.finditer("duration_duals"):
            hits.append((m.start(), m.end(), pack.duration_duals.key(m), True))
        hits.sort()
        singular_alone = bool(dur.get("singular_alone"))
        articles, definite = self._duration_extras(pack)
        for us, ue, unit_key, dual in hits:
            sec = pack.duration_seconds.get(unit_key)
            if sec is None:
                continue
            start = us
            num: _Num | None = None
            if dual:
                value = 2 * sec
            else:
                num = self._num_ending_at(doc, us)
                if num is None and us > 0 and t[us - 1] == "-":
                    # "an 11-day war", "a nine-hour session".
                    num = self._num_ending_at(doc, us - 1)
                one = (
                    self._lexicon(pack, "duration.one_after").regex.match(t, ue + 1)
                    # "الساعة الواحدة" is one o'clock.
                    if num is None and not (definite is not None and definite.match(t, us, ue))
                    else None
                )
                if one is not None:
                    # "خلال عام واحد": the count one after the noun.
                    num = _Num(us, one.end(), 1.0, Qualifier.EXACT, us)
                    ue = one.end()
                    said = self._num_starting_at(doc, one.start())
                    if said is not None:
                        said.used = True
                if num is not None:
                    value = num.value * sec
                    start = num.start
                elif self._lexicon(pack, "duration.plurals").regex.fullmatch(t, us, ue):
                    continue  # "استمرت أسابيع", "منذ سنوات": no length is stated
                elif _YEAR_AFTER_RE.match(t, ue):
                    continue  # "منذ عام 2015" is a date
                else:
                    h = pack.half_before.ends_at(t, max(0, us - 12), us)
                    art = articles.ends_at(t, max(0, us - 6), us)
                    if h is not None:
                        value, start = 0.5 * sec, h.start()
                    elif art is not None:
                        if t[ue - 1 : ue] in "sS" and t.startswith("-long", ue):
                            continue  # "a months-long blockade": no count
                        value, start = sec, art.start()
                    elif (
                        singular_alone
                        and not (definite is not None and definite.match(t, us, ue))
                        # "طوال يوم الأربعاء": a day named, not one day long.
                        and not self._lexicon(pack, "duration.named_after").regex.match(t, ue + 1)
                    ):
                        # "الساعة الثانية" is a clock time, not a length.
                        value = sec
                    else:
                        continue
            end = ue
            half = pack.halves.regex.match(t, ue) or pack.halves.regex.match(t, ue + 1)
            if half is not None:
                value += 0.5 * sec
                end = half.end()
            if unit_key in pack.weak_units:
                # A weak unit is a length next to a cue: "lasted three days",
                # "three days long", "an 11-day war", "11 days of fighting".
                long_after = re.match(r"-?\s*long", t[end : end + 6]) or (
                    start < us and t[us - 1] == "-"
                )
                # "following more than a week wedged", "نحو أسبوعين": a
                # length said with a bound is told as a length ("more than
                # a week ago" is still an offset: see _durations).
                bounded = (num is not None and num.qual_start < num.start) or (
                    num is None and doc.scan.ends_at("qualifiers", max(0, start - 40), start)
                )
                if (
                    not self._cued_before(doc, start)
                    and not long_after
                    and not bounded
                    and not pack.cues_after.regex.match(t, end + 1)
                ):
                    continue
            parts.append((start, end, value, num))
        # "ساعة ونصف الساعة": the half read again with its own unit lies
        # inside the length already read.
        return [p for p in parts if not any(q[0] < p[0] and p[1] <= q[1] for q in parts)]

    def _duration_extras(self, pack: LanguagePack) -> tuple[Lexicon, re.Pattern[str] | None]:
        # Compiled once per pack, not per document.
        got = self._dur_extras.get(pack.code)
        if got is None:
            dur = pack.data.get("duration", {})
            articles = pack.lexicon(dur.get("singular_articles") or [])
            definite = re.compile(str(dur["definite"])) if dur.get("definite") else None
            got = self._dur_extras[pack.code] = (articles, definite)
        return got

    def _durations(self, doc: _Doc) -> None:
        pack, t = doc.pack, doc.t
        parts = self._duration_parts(doc)
        joiner = _DURATION_JOINER_RE
        i = 0
        singular_alone = bool(pack.data.get("duration", {}).get("singular_alone"))
        while i < len(parts):
            group = [parts[i]]
            j = i + 1
            while j < len(parts):
                g = joiner.fullmatch(t, group[-1][1], parts[j][0])
                if not g:
                    break
                group.append(parts[j])
                j += 1
            i = j
            start, end = group[0][0], group[-1][1]
            if doc.in_time(start):
                continue  # the minutes of a clock time said in words
            total = sum(p[2] for p in group)
            first_num = group[0][3]
            # A bare singular unit ("ساعة") is a length only after a cue.
            if (
                singular_alone
                and first_num is None
                and len(group) == 1
                # A dual ("ساعتين") carries its count: it is a length as is.
                and not pack.duration_duals.regex.match(t, start, end)  # "ساعتين ونصف"
                and not self._cued_before(doc, start)
                # "يوم حداد وطني": a cue after it.
                and not pack.cues_after.regex.match(t, end + 1)
            ):
                continue
            qual, qs = Qualifier.EXACT, start
            if first_num is not None:
                qual, qs = first_num.qualifier, first_num.qual_start
                cue = pack.weak_cues.ends_at(t, max(0, qs - 30), start)
                if (
                    qual is not Qualifier.EXACT
                    and qs < start
                    and cue is not None
                    and cue.start() < qs
                ):
                    # "stretched over four days": the "over" is the cue's, the
                    # length is exact.
                    qual, qs = Qualifier.EXACT, start
                elif (
                    qs < start
                    and self._lexicon(pack, "duration.span_qualifiers").regex.fullmatch(
                        t[qs:start].strip()
                    )
                    and not self._lexicon(pack, "duration.more_than_leads").ends_at(
                        t, max(0, qs - 24), qs
                    )
                ):
                    # "ten dams over three years": a span, not more than one.
                    qual, qs = Qualifier.EXACT, start
            else:
                q = doc.scan.ends_at("qualifiers", max(0, start - 40), start)
                if q is not None:
                    qual, qs = Qualifier(pack.qualifiers.key(q)), q.start()
            # "three hours after" is an offset, unless a cue says it is a
            # length: "for more than three hours before their delegations…".
            cued = self._cued_before(doc, qs) or bool(pack.cues_after.regex.match(t, end + 1))
            within = self._lexicon(pack, "duration.within").ends_at(t, max(0, qs - 20), qs)
            if (
                within is not None
                and first_num is None
                and not pack.duration_duals.regex.match(t, start, end)
            ):
                continue  # "في غضون ساعات", "within hours": no length is stated
            if self._lexicon(pack, "duration.record_leads").ends_at(t, max(0, qs - 60), qs):
                # "the deadliest blaze in nearly 80 years": a record's span,
                # neither a length nor a count.
                for p in group:
                    if p[3] is not None:
                        p[3].used = True
                continue
            if within is not None and qual is Qualifier.EXACT:
                # "reopen embassies within two months": a deadline, at most
                # that long.
                qual, qs, cued = Qualifier.AT_MOST, within.start(), True
            if (
                not cued
                and self._lexicon(pack, "duration.span_leads").ends_at(t, max(0, qs - 12), qs)
                and not doc.scan.search("future", *self._own_sentence(doc, start))
            ):
                # "covered 780 km in 24 hours": what happened took that
                # long; "will resume in two days" is an offset.
                cued = True
            if not cued and (
                pack.duration_not_after.regex.match(t, end)
                or pack.duration_not_after.regex.match(t, end + 1)
                or pack.duration_not_before.ends_at(t, max(0, qs - 20), qs)
            ):
                continue
            for p in group:
                if p[3] is not None:
                    p[3].used = True
            sent = doc.sentence(start)
            frame = self._frame(
                doc,
                ClaimKind.DURATION,
                qs,
                end,
                value=float(total),
                unit="s",
                value_qualifier=qual,
                subject=self._duration_subject(doc, qs, end, sent),
                negated=self._negated(doc, max(sent[0], qs - 20), qs),
                confidence=0.85,
            )
            earlier = self._lexicon(pack, "duration.earlier")
            if earlier.search(t, max(sent[0], qs - 60), qs):
                # "an earlier 72-hour truce", "هدنة سابقة": another, earlier
                # period than the one the story reports.
                frame.extra["earlier"] = True

    def _own_sentence(self, doc: _Doc, pos: int) -> tuple[int, int]:
        # A quote of several sentences is one sentence for its speaker;
        # "“In 24 hours we got to … Moscow. Now … as planned,”" times what
        # the first of them tells, not the plan in the next.
        a, b = doc.sentence(pos)
        for m in _FULL_STOP_RE.finditer(doc.t, a, b):
            if m.end() <= pos:
                a = m.end()
            else:
                b = m.start()
                break
        return a, b

    def _cued_before(self, doc: _Doc, pos: int) -> bool:
        # "دام نحو ساعة": a qualifier may stand between the cue and the length.
        pack, t = doc.pack, doc.t
        q = doc.scan.ends_at("qualifiers", max(0, pos - 40), pos)
        if q is not None:
            if pack.weak_cues.regex.fullmatch(q.group()):
                return True  # "over two days"
            pos = q.start()
        # Wide enough for "extended the state of emergency by".
        if pack.weak_cues.ends_at(t, max(0, pos - 48), pos) is not None:
            return True
        clitic = pack.data.get("duration", {}).get("clitic_cues") or ""
        if pos > 0 and t[pos - 1] in clitic and (pos == 1 or not t[pos - 2].isalnum()):
            return True  # "لستة أشهر": a "for" that sticks to the count
        # Verb-subject order: "ودام الاجتماع قرابة ساعة" (one word between).
        w = None
        for w in _WORD_RE.finditer(t, max(0, pos - 30), pos):  # noqa: B007
            pass
        if w is None or t[w.end() : pos].strip() or not pack.vso_cues:
            return False
        if pack.weak_cues.ends_at(t, max(0, w.start() - 30), w.start()) is not None:
            return True
        # "تستمر هدنة العيد التي أعلنتها الحركة خمسة أيام": a verb of lasting
        # opens the clause, its subject runs up to the length.
        sent = doc.sentence(pos)
        vague = self._lexicon(pack, "duration.vague_counts")
        v = doc.scan.last("lasting_verbs", max(sent[0], pos - 90), pos)
        return (
            v is not None
            and self._words(t, v.end(), pos) <= 10
            and not _COMMA_RE.search(t, v.end(), pos)
            # "وقضى الوفد ليلته في الفندق وغادر بعد يومين": the clause's own
            # offset word, not the verb, says what the count is; unless the
            # verb and that word are one cue ("انتهى الاجتماع ... بعد خمس
            # ساعات": it ended after that long).
            and (
                pack.duration_not_before.ends_at(t, max(0, pos - 20), pos) is None
                or pack.weak_cues.ends_at(t, v.start(), pos) is not None
            )
            # "أمضى مئات السكان يومين": a vague count in the subject
            # ("مئات"، "عشرات") is not a length said before this one.
            and not any(
                not vague.regex.fullmatch(m.group())
                for m in pack.numbers.regex.finditer(t, v.end(), pos)
            )
        )

    def _duration_subject(self, doc: _Doc, a: int, b: int, sent: tuple[int, int]) -> str:
        # The cue nearest before the length, in its sentence ("talks … that
        # lasted X, including a one-on-one meeting of Y"); else one after.
        t = doc.t
        events = self._lexicon(doc.pack, "duration.event_subjects")
        # A length that names its period outright ("a 30-day ceasefire",
        # "هدنة مؤقتة مدتها ثلاثون يوماً", "a truce for 30 days") is that
        # period's, whatever talks the sentence also tells of.
        nxt = events.search(t, b, min(sent[1], b + 24))
        if nxt is not None and not t[b : nxt.start()].strip(" -"):
            return events.key(nxt) or "event"
        prev_event = events.last(t, max(sent[0], a - 40), a)
        if (
            prev_event is not None
            and self._words(t, prev_event.end(), a) <= 2
            and not _COMMA_RE.search(t, prev_event.end(), a)
            and self._lexicon(doc.pack, "duration.event_before_links").search(
                t, prev_event.end(), a
            )
        ):
            return events.key(prev_event) or "event"
        lex = doc.pack.duration_subjects
        before: tuple[int, str] | None = None
        after: tuple[int, str] | None = None
        after_keys: set[str] = set()
        prev: re.Match[str] | None = None
        venues = self._lexicon(doc.pack, "duration.venues")
        for m in doc.scan.finditer("duration_subjects", sent[0], sent[1]):
            venue = venues.last(doc.t, max(sent[0], m.start() - 40), m.start())
            if venue is not None and self._words(doc.t, venue.end(), m.start()) <= 3:
                # "met on the sidelines of the G20 summit": the summit is
                # where they met, not what lasted.
                continue
            if m.start() < a:
                key = lex.key(m)
                if (
                    key == _TOTAL_SUBJECT
                    and prev is not None
                    and lex.key(prev) != key
                    and m.start() - prev.end() <= 3
                ):
                    # "the closed-door meeting": the modifier says which part.
                    key = lex.key(prev)
                elif (
                    prev is not None
                    and lex.key(prev) != key
                    and _AND_RE.fullmatch(doc.t, prev.end(), m.start() + _clitic_and(doc.t, m))
                ):
                    # "بجلساتها الموسعة والمغلقة", "expanded and closed
                    # sessions": both parts together are the whole.
                    key = _TOTAL_SUBJECT
                before = (a - m.end(), key)
                prev = m
            else:
                after_keys.add(lex.key(m))
                if after is None:
                    after = (m.start() - b, lex.key(m))
        if before is None and len(after_keys) > 1 and _TOTAL_SUBJECT in after_keys:
            # "met for more than four hours, first alone and then with their
            # delegations": a length that spans both parts is the whole.
            return _TOTAL_SUBJECT
        # "talks lasted 5 h 40, of which 3 h 10 in a closed meeting" /
        # "منها ٣ ساعات في لقاء ثنائي": a part of the whole takes the cue
        # after it.
        part = doc.pack.part_of.last(doc.t, a - before[0], a) if before is not None else None
        if (
            after is not None
            and part is not None
            # "…, with 3 h 10 in a closed meeting": the part comes right
            # before its length, not "with only interpreters in the room".
            and self._words(doc.t, part.end(), a) <= 2
        ):
            return after[1]
        if before is not None:
            return before[1]
        if after is not None:
            return after[1]
        # No meeting or talks in the sentence: a truce's length names the
        # truce, so two reports of it are compared whatever their ratio.
        # Only the truce the length is said of: the subject a few words
        # before it in one clause ("the truce is due to run for 72 hours"),
        # or the noun right after it ("a 72-hour truce", "ثلاثة أيام هدنة");
        # not "11 days of fighting, which a ceasefire ended".
        named = events.last(doc.t, max(sent[0], a - 60), a)
        if named is not None and (
            self._words(doc.t, named.end(), a) > 8 or _COMMA_RE.search(doc.t, named.end(), a)
        ):
            named = None
        if named is None:
            # "three days of national mourning": a link word ("of", "من")
            # and one adjective at most; not "11 days before the truce".
            named = events.search(doc.t, b, min(sent[1], b + 40))
            if named is not None:
                gap = _WORD_RE.findall(doc.t, b, named.start())
                links = self._lexicon(doc.pack, "duration.event_links")
                if gap and links.regex.fullmatch(gap[0]):
                    gap = gap[1:]
                stops = self._lexicon(doc.pack, "duration.event_gap_stops")
                if (
                    len(gap) > 1
                    or any(stops.regex.fullmatch(w) for w in gap)
                    or _COMMA_RE.search(doc.t, b, named.start())
                ):
                    named = None
        return (events.key(named) or "event") if named is not None else "event"

    # -- casualties and quantities -----------------------------------------

    def _unit_after(
        self, doc: _Doc, lex: Lexicon, pos: int, end: int, max_skip: int
    ) -> re.Match[str] | None:
        t = doc.t
        p = pos
        if t[p : p + 1] == "-" and t[p + 1 : p + 2].isalpha():
            p += 1  # "a 20-km-deep zone", "a 3-mile corridor"
        gap_stops = self._lexicon(doc.pack, "numbers.unit_gap_stops").regex
        clitics = doc.pack.data.get("numbers", {}).get("unit_clitic_stops") or ()
        for _ in range(max_skip + 1):
            while p < end and t[p].isspace():
                p += 1
            m = lex.regex.match(t, p, end)
            if m is not None:
                g = m.group()
                if any(g.startswith(c) and lex.regex.fullmatch(g[len(c) :]) for c in clitics):
                    return None  # "قتل 3 بمدينة": the noun is a preposition's
                return m
            w = _WORD_RE.match(t, p, end)
            if w is None or w.group().casefold() in _FUNCTION_WORDS:
                return None
            if gap_stops.fullmatch(w.group()):
                # "قتل 3 في محافظة إدلب": past a preposition the noun is its
                # object, not what the number counts.
                return None
            if doc.pack.numbers.regex.match(w.group()):
                return None  # "٢٠٢١ خمس جولات": the noun is the next number's
            p = w.end()
        return None

    def _counts(self, doc: _Doc) -> None:
        pack = doc.pack
        nums = [n for n in doc.nums if not n.used]
        for dm in doc.scan.finditer("dual_people"):
            key = pack.dual_people.key(dm)
            if any(n.start <= dm.start() < n.end for n in nums):
                continue
            if _DEFINITE_AR_RE.match(dm.group()):
                continue  # "السدين", "الجنديين": the two known ones, not a count
            nums.append(_Num(dm.start(), dm.start(), 2.0, Qualifier.EXACT, dm.start()))
            nums[-1].end = dm.start()
            nums[-1].used = False
            self._count(doc, nums[-1], dual=(dm.start(), dm.end(), key))
            if nums[-1].used:
                # "مترجمين اثنين": the number word is the dual's own.
                for n in nums[:-1]:
                    if dm.start() <= n.start < dm.end():
                        n.used = True
        self._single_counts(doc, nums)
        num_starts = sorted(n.start for n in doc.nums)
        for n in nums:
            if n.start == n.end or n.used:
                continue
            self._count(doc, n, num_starts=num_starts)

    def _single_counts(self, doc: _Doc, nums: list[_Num]) -> None:
        """'مقتل شخص واحد': a one said after the people it counts."""
        pack, t = doc.pack, doc.t
        units = pack.data.get("casualty", {}).get("dual_units") or {}
        for om in doc.scan.finditer("one_after"):
            end = om.start()
            while end > 0 and t[end - 1].isspace():
                end -= 1
            um = pack.people.ends_at(t, max(0, end - 30), end)
            if um is None or end == om.start() or pack.people.key(um) not in units:
                continue
            for n in nums:
                if n.start <= om.start() < n.end:
                    n.used = True  # the bare "واحد" counts nothing of its own
            one = _Num(um.start(), um.start(), 1.0, Qualifier.EXACT, um.start())
            self._count(doc, one, dual=(um.start(), om.end(), pack.people.key(um)))

    def _count(
        self,
        doc: _Doc,
        n: _Num,
        *,
        # A count its noun carries ("جنديين", "شخص واحد"): its span and key.
        dual: tuple[int, int, str] | None = None,
        num_starts: list[int] | None = None,
    ) -> None:
        pack, t = doc.pack, doc.t
        settings = self.settings
        sent = doc.sentence(n.start)
        lead: int | None = None  # where "the number of refugees …" opens
        max_skip = int(
            pack.data.get("casualty", {}).get("max_modifiers", 3 if pack.ignore_case else 1)
        )
        unit_key: str | None = None
        victim: str | None = None
        unit_end = n.end
        qty_key: str | None = None
        if dual is not None:
            _, unit_end, key = dual
            if key in ("killed", "wounded", "displaced"):
                victim, unit_key = key, "person"
            elif key in (pack.data.get("casualty", {}).get("dual_units") or {}):
                unit_key = key
            else:
                qty_key = key  # "قافلة من شاحنتين": two things, never casualties
        else:
            # Dates, clock times, ages, ordinals and names are not counts.
            if pack.not_after.regex.match(t, n.end) or pack.not_after.regex.match(t, n.end + 1):
                return
            if doc.in_hour_words(n.start):
                return
            occ = self._occurrences(doc, n, sent)
            if occ is not None:
                # "violated the truce 4,900 times": what the verb counts.
                if not occ[0]:
                    return  # "three times a day", "two times larger"
                qty_key, unit_end = occ
            if (
                n.qualifier is Qualifier.EXACT
                and n.value <= 12
                and any(c.isalpha() for c in t[n.start : n.end])
                and self._lexicon(pack, "definite_refs").ends_at(t, max(0, n.start - 10), n.start)
                # "The nine bombers", "all four gunmen": past a pair, a
                # definite group states its count, unless it names parties
                # the text already counted ("the three countries").
                and (
                    n.value <= 2
                    or self._lexicon(pack, "known_sets").regex.match(t, n.end + 1) is not None
                )
            ):
                return  # "the two men", "both sides": a known set, not a count
            if self._lexicon(pack, "one_of").regex.fullmatch(t[n.start : n.end]):
                # "أحد مشغلي", "إحدى الطائرات", "بأحد أبراج": "one of", not a
                # count (on the word alone: a clitic before it is no boundary).
                return
            if YEAR_RE.fullmatch(t, n.start, n.end) and (
                self._lexicon(pack, "year_leads").ends_at(t, max(0, n.start - 12), n.start)
                or pack.months.ends_at(t, max(0, n.start - 16), n.start)
            ):
                return  # "since 1960, when an earthquake killed…": a year
            if (
                pack.not_before.ends_at(t, max(0, n.start - 16), n.start)
                and (
                    # "أيد القرار 276 نائبا": a counted noun right after the
                    # number makes it a count, not "Resolution 276".
                    YEAR_RE.fullmatch(t, n.start, n.end)
                    # ("a few hundred metres": a vague count, said in words)
                    or not t[n.start : n.end].isdigit()
                    or self._unit_after(doc, pack.quantity_units, n.end, sent[1], 0) is None
                )
            ):
                return
            vm = self._unit_after(doc, pack.victim_nouns, n.end, sent[1], 1)
            if (
                vm is not None
                and self._lexicon(pack, "casualty.victim_need_verb").regex.fullmatch(vm.group())
                and self._lexicon(pack, "casualty.victim_verbs").ends_at(
                    t, max(0, n.qual_start - 30), n.qual_start
                )
                is None
            ):
                vm = None  # "saved 20 lives": only a verb of taking them makes a toll
            pm = self._unit_after(doc, pack.people, n.end, sent[1], max_skip)
            qm = self._unit_after(doc, pack.quantity_units, n.end, sent[1], max_skip)
            if qty_key is not None:
                vm = pm = qm = None
            share = self._lexicon(pack, "casualty.share_after").regex.match(t, n.end + 1)
            if share is not None and vm is None and pm is None and qm is None:
                # "82 civilians, 13 of them children": the people of a share
                # stand after "of them"; what befell them is the count's before.
                pm = self._unit_after(doc, pack.people, share.end(), sent[1], 1)
            elif (
                vm is None
                and pm is None
                and qm is None
                and (cop := self._lexicon(pack, "casualty.share_copula").regex.match(t, n.end + 1))
                and pack.part_of.ends_at(t, max(0, n.qual_start - 16), n.qual_start)
            ):
                # "40 people were killed, of whom 12 were children".
                pm = self._unit_after(doc, pack.people, cop.end(), sent[1], 1)
            if (
                vm is None
                and pm is None
                and qm is None
                and n.value > 1
                and (part := self._lexicon(pack, "numbers.part_of_set").regex.match(t, n.end + 1))
            ):
                # "35 of the 40 drones", "٣٥ من أصل ٤٠ مسيّرة": the set's noun
                # counts the part too (past the set's own number).
                p = part.end()
                p = _skip_space(t, p)
                whole = self._num_starting_at(doc, p)
                if whole is not None:
                    p = whole.end
                    # A noun no list knows ("14 of the 20 climbers") still
                    # ends past the set's number.
                    unit_end = whole.end
                pm = self._unit_after(doc, pack.people, p, sent[1], max_skip)
                qm = self._unit_after(doc, pack.quantity_units, p, sent[1], max_skip)
            pre = pack.prefix_units.ends_at(t, max(0, n.qual_start - 12), n.start) or (
                pack.prefix_units.ends_at(t, max(0, n.start - 12), n.start)
            )
            if vm is None and pm is None and qm is None and pre is None:
                counted = (
                    self._number_of(doc, n, sent)
                    or self._collective_of(doc, n, sent)
                    or self._paired_unit(doc, n, sent, max_skip)
                )
                if counted is not None:
                    lead, qty_key = counted
            if (
                vm is not None
                and qm is not None
                and pack.quantity_units.key(qm) in _HELD
                and vm.end() <= qm.start()
                and self._words(t, vm.end(), qm.start()) <= 2
            ):
                # "handed over 31 wounded Ukrainian prisoners": the adjective
                # says which prisoners; they are counted as prisoners.
                vm = None
            if (
                vm is not None
                and (pm is None or vm.start() <= pm.start())
                # "٥٫٢ مليون دولار لضحايا الزلزال": money for the victims.
                and (qm is None or vm.start() < qm.start())
            ):
                victim = pack.victim_nouns.key(vm)
                unit_end = vm.end()
                pm2 = self._unit_after(doc, pack.people, vm.end(), sent[1], 0)
                unit_key = pack.people.key(pm2) if pm2 else "person"
                if pm2 is not None:
                    unit_end = pm2.end()
            elif pm is not None and (
                # The first noun is what is counted: a people noun after a
                # thing's, past other words, is not ("20 buses carrying
                # passengers"); right after it, it is ("two tank crewmen").
                qm is None or (pm.end() >= qm.end() and not t[qm.end() : pm.start()].strip())
            ):
                unit_key = pack.people.key(pm)
                unit_end = pm.end()
            if qm is not None and unit_key is None and victim is None:
                qty_key, unit_end = pack.quantity_units.key(qm), qm.end()
            elif pre is not None and unit_key is None and victim is None:
                qty_key = pack.prefix_units.key(pre)
            if qm is not None and unit_key is not None and qm.end() >= unit_end:
                qty_key = pack.quantity_units.key(qm)
        if n.qualifier is Qualifier.EXACT:
            # "قتل ١٥ شخصا على الأقل": a qualifier said after the count.
            after = self._lexicon(pack, "qualifiers_after")
            qa = after.regex.match(t, _skip_space(t, unit_end))
            if qa is not None:
                n.qualifier = Qualifier(after.key(qa))
                unit_end = qa.end()
        # The predicate: after the count (passive, "left 33 dead") or before
        # it ("killing 33", "the toll rose to 33", "مقتل 33").
        pred: str | None = victim
        pred_span: tuple[int, int] | None = None
        if pred is None:
            pred, pred_span = self._predicate(doc, n, unit_end, sent, num_starts or [])
            if pred_span is not None and self._whole_of_part(doc, n):
                # "241 of the 242 people on board were killed", "killing five
                # of the six crew": the verb is the part's; the whole is the
                # set it was taken from.
                pred, pred_span = None, None
        if (
            pred == "captured"
            and self._lexicon(pack, "casualty.exchange_before").ends_at(
                t, max(sent[0], n.qual_start - 30), n.qual_start
            )
            is not None
        ):
            # "freed 32 soldiers in exchange for two servicemen held by
            # Armenia": people handed over in a swap are counted, not taken.
            pred, pred_span = None, None
        if (
            pred == "wounded"
            and qty_key in _HELD
            and pred_span is not None
            and pred_span[0] >= unit_end
            and self._words(t, unit_end, pred_span[0]) <= 1
            and self._lexicon(pack, "casualty.state_adjectives").regex.fullmatch(
                t, pred_span[0], pred_span[1]
            )
            # "قتل ١٢ أسيراً مصاباً": a verb before the count still makes a toll.
            and not self._verb_of_toll_before(doc, n, sent)
        ):
            # "سلمت ٣١ أسيراً أوكرانياً مصاباً": the adjective says which
            # prisoners were handed over; they are counted as prisoners.
            pred, pred_span = None, None
        if pred_span is not None and self._lexicon(pack, "casualty.irrealis").ends_at(
            t, max(0, pred_span[0] - 24), pred_span[0]
        ):
            pred, pred_span = None, None  # "25,000 fighters were ready to die"
        if pred is None and unit_key is not None:
            # "Among the dead were 82 Iranians, 63 Canadians and 11
            # Ukrainians": a list goes on with its first count's predicate.
            prev = self._list_head(doc, n, sent)
            if prev is not None:
                pred, pred_span = prev.pred, (n.start, n.start)
            else:
                tail = self._list_tail_predicate(doc, n, unit_end, sent)
                if tail is not None:
                    pred, pred_span = tail[0], (n.start, n.start)
        if (
            victim is None
            and qty_key is None
            and dual is None
            and (pred is None or (pred_span is not None and pred_span[1] <= n.qual_start))
        ):
            survived = self._survived(doc, n, unit_end)
            if survived is not None:
                # "29 survived", "غرق القارب، ونجا ١٤ آخرون": surviving is no
                # casualty predicate, and beats one before it; the survivors
                # are a count.
                qty_key, unit_key, pred, pred_span = "survivor", None, None, None
                a_sv, unit_end = survived
                if a_sv < n.qual_start:
                    lead = a_sv
        if pred is None and qty_key is None and unit_key is None and dual is None:
            share_of = self._share_of_whole(doc, n, sent)
            if share_of is not None:
                # "337 drones, 91 of them over the Moscow region": a part of
                # the count right before, in its unit.
                w_num, unit_end = share_of
                assert w_num.counted is not None
                w_kind, w_unit = w_num.counted
                if w_kind is not ClaimKind.CASUALTY:
                    qty_key = w_unit
                elif w_num.pred is not None:
                    unit_key, pred, pred_span = w_unit, w_num.pred, (n.start, n.start)
            else:
                part_num = self._part_before_set(doc, n, sent)
                if part_num is not None and part_num.counted is not None:
                    # "سبعة أبراج من أصل ثمانية", "seven towers out of
                    # eight": the set counts the part's things.
                    p_kind, p_unit = part_num.counted
                    if p_kind is not ClaimKind.CASUALTY:
                        qty_key = p_unit
        if pred is None and qty_key is None and unit_key is None and dual is None:
            # "10 civilians were killed, among them three local cricketers":
            # people no list names, included in a toll, share its predicate.
            prev = self._list_head(doc, n, sent)
            if prev is not None and pack.part_of.search(t, prev.end, n.qual_start) is not None:
                noun = self._open_noun(doc, n.end, sent[1])
                if noun is not None:
                    unit_key, unit_end = noun
                    pred, pred_span = prev.pred, (n.start, n.start)
        if (
            pred is None
            and qty_key is None
            and unit_key is None
            and dual is None
            and not YEAR_RE.fullmatch(t, n.start, n.end)
        ):
            # No listed unit: any counted noun right after the number
            # ("76 buildings", "150 عضوا") is a quantity of that noun; a
            # year before a noun ("the 2014 elections") counts nothing.
            noun = self._open_noun(doc, n.end, sent[1])
            if noun is not None:
                qty_key, unit_end = noun
        kinds = settings.kinds
        if pred is not None and unit_key is None and qty_key in _QUANTITY_TO_PEOPLE:
            unit_key, qty_key = _QUANTITY_TO_PEOPLE[qty_key], None
        elif pred in _HARMED and unit_key is None and qty_key in _HELD_PEOPLE:
            # "Police shot and killed two suspects", "three prisoners died":
            # people held are a stock, but killing or wounding them is a toll.
            unit_key, qty_key = qty_key, None
        if (
            pred == "captured"
            and pred_span is not None
            and self._lexicon(pack, "casualty.arrests").regex.fullmatch(t, *pred_span)
            and unit_key not in pack.data.get("casualty", {}).get("captives", ())
            # "arrested with less than one gram": the count is not of people.
            and (unit_key is not None or qty_key is None or qty_key in _HELD_PEOPLE)
        ):
            # "Sixteen port employees have been detained": people held by
            # the police are suspects counted (a QUANTITY); only a state's
            # sailors, soldiers or pilots detained by the other side are
            # captives ("detained the 24 sailors").
            pred, qty_key, unit_key = None, "suspect", None
            unit_end = max(unit_end, pred_span[1])
        if pred is not None and (unit_key is not None or qty_key is None):
            if ClaimKind.CASUALTY not in kinds:
                return
            unit = unit_key or self._people_near(doc, sent, n) or "person"
            a = min(n.qual_start, pred_span[0]) if pred_span else n.qual_start
            b = max(unit_end, pred_span[1]) if pred_span else unit_end
            if dual is not None:
                a = min(a, dual[0])
            side_end = min(sent[1], b + 40)
            w = list(_WORD_RE.finditer(t, b, side_end))
            side_end = w[1].end() if len(w) > 1 else side_end
            subject = self._side(doc, a, side_end)
            frame = self._frame(
                doc,
                ClaimKind.CASUALTY,
                a,
                b,
                value=n.value,
                unit=unit,
                predicate=pred,
                subject=subject,
                value_qualifier=n.qualifier,
                negated=self._negated(doc, max(sent[0], a - 25), b, (n.qual_start, n.start)),
                place=self._place(doc, a, b, sent),
                event_date=self._event_date(doc, a, b, sent),
                scope=self._casualty_scope(doc, n, a, b, unit_end, sent),
                confidence=0.9 if pred_span is None or pred_span[1] - pred_span[0] > 0 else 0.7,
            )
            if unit_key is None and unit != "person":
                # "17 were wounded" near "children": the noun is a guess.
                frame.extra["unit_near"] = True
            _mark_range(frame, n)
            self._mark_part(doc, frame, n, unit_end, sent)
            n.used = True
            n.pred = pred
            n.counted = (ClaimKind.CASUALTY, unit)
            return
        qkey = qty_key
        if qkey is None and unit_key is not None:
            qkey = _PEOPLE_TO_QUANTITY.get(unit_key, unit_key)
        if qkey is None or ClaimKind.QUANTITY not in kinds:
            return
        a = n.qual_start
        pre = pack.prefix_units.ends_at(t, max(0, n.qual_start - 12), n.qual_start)
        if pre is not None:
            a = pre.start()
        if lead is not None:
            a = lead
        rate = self._rate(doc, unit_end, sent[1])
        if rate is not None:
            # "50 ships a day", "15 مليون دولار يوميا": a rate is its own unit,
            # never compared with a stock of the same thing.
            qkey = f"{qkey}/{rate}"
        frame = self._frame(
            doc,
            ClaimKind.QUANTITY,
            a,
            unit_end,
            value=n.value,
            unit=qkey,
            object=qkey,
            predicate=self._dimension(doc, a, n.end, unit_end) if qkey in _LENGTHS else None,
            value_qualifier=n.qualifier,
            subject=self._count_side(doc, a, unit_end, sent),
            negated=self._negated(doc, max(sent[0], a - 25), a, (n.qual_start, n.start)),
            place=self._place(doc, a, unit_end, sent),
            event_date=self._event_date(doc, a, unit_end, sent),
            scope=self._quantity_scope(doc, n, a, unit_end, sent),
            confidence=0.8,
        )
        _mark_range(frame, n)
        self._mark_part(doc, frame, n, unit_end, sent)
        if self._increment(doc, n, unit_end):
            # "sent 5,000 more troops": an addition to a total not given.
            frame.extra["increment"] = True
        n.used = True
        n.counted = (ClaimKind.QUANTITY, qkey)

    def _survived(self, doc: _Doc, n: _Num, unit_end: int) -> tuple[int, int] | None:
        """Where a count of survivors opens and ends: a verb of surviving
        right after the count ("29 survived") or right before it ("نجا ٣٢
        آخرون"); None without one."""
        t = doc.t
        after = self._lexicon(doc.pack, "quantity.survived.after")
        p = _skip_space(t, unit_end)
        m = after.regex.match(t, p)
        if m is not None and p - unit_end <= 1:
            return n.qual_start, m.end()
        before = self._lexicon(doc.pack, "quantity.survived.before")
        b = before.ends_at(t, max(0, n.qual_start - 16), n.qual_start)
        if b is not None and not t[b.end() : n.qual_start].strip():
            return b.start(), unit_end
        return None

    def _verb_of_toll_before(self, doc: _Doc, n: _Num, sent: tuple[int, int]) -> bool:
        # The adjective of the count before ("٣١ أسيراً مصاباً مقابل ١٥")
        # is no verb of this one.
        m = doc.scan.last("predicates", max(sent[0], n.qual_start - 40), n.qual_start)
        return m is not None and not self._lexicon(
            doc.pack, "casualty.state_adjectives"
        ).regex.fullmatch(m.group())

    def _part_before_set(self, doc: _Doc, n: _Num, sent: tuple[int, int]) -> _Num | None:
        """The counted part right before "out of"/"من أصل" and ``n`` ("سبعة
        أبراج من أصل ثمانية"), when a few words of its noun stand between."""
        i = doc.num_index(n.start)
        if i == 0:
            return None
        prev = doc.nums[i - 1]
        if prev.end <= sent[0]:
            return None
        t = doc.t
        part = self._lexicon(doc.pack, "numbers.part_of_set").last(t, prev.end, n.qual_start)
        if part is None or t[part.end() : n.qual_start].strip():
            return None
        return prev if self._words(t, prev.end, part.start()) <= 3 else None

    def _whole_of_part(self, doc: _Doc, n: _Num) -> bool:
        """Whether ``n`` is the set a count before it is part of ("241 of
        the 242 people", "٣٨ من أصل ٦٧ شخصاً")."""
        i = doc.num_index(n.start)
        if i == 0:
            return False
        prev = doc.nums[i - 1]
        t = doc.t
        part = self._lexicon(doc.pack, "numbers.part_of_set").regex.match(t, prev.end + 1)
        return part is not None and _skip_space(t, part.end()) == n.qual_start

    def _share_of_whole(self, doc: _Doc, n: _Num, sent: tuple[int, int]) -> tuple[_Num, int] | None:
        """A part of the count right before ("337 drones, 91 of them",
        "٣٣٧ مسيرة، ٩١ منها"): that count (extracted, with its kind and
        unit), and the end of the share words."""
        t = doc.t
        share = self._lexicon(doc.pack, "quantity.share_after")
        p = _skip_space(t, n.end)
        m = share.regex.match(t, p)
        end = m.end() if m is not None and p - n.end <= 1 else None
        i = doc.num_index(n.start)
        if i == 0:
            return None
        prev = doc.nums[i - 1]
        if prev.counted is None or prev.end <= sent[0]:
            return None
        gap = t[prev.end : n.qual_start]
        if not _COMMA_RE.search(gap) or self._words(gap, 0, len(gap)) > 3:
            return None
        if end is None:
            # "٣٣٧ مسيرة، بينها ٩١ فوق العاصمة": the part named before the
            # number, which no counted noun of its own follows.
            before = self._lexicon(doc.pack, "quantity.share_before")
            if not before.ends_at(t, prev.end, n.qual_start) or self._open_noun(
                doc, n.end, sent[1]
            ):
                return None
            end = n.end
        return prev, end

    def _occurrences(self, doc: _Doc, n: _Num, sent: tuple[int, int]) -> tuple[str, int] | None:
        """A count of occurrences ("shelled the positions 59 times", "انتهكت
        الهدنة أكثر من ألف مرة"): the unit the verb before it names and the
        end of the occurrence word; ``("", end)`` when no such verb counts
        them or a comparison or rate follows; None when no occurrence word
        follows the number."""
        pack, t = doc.pack, doc.t
        words = self._lexicon(pack, "quantity.occurrences.words")
        p = _skip_space(t, n.end)
        wm = words.regex.match(t, p)
        if wm is None or p - n.end > 1:
            return None
        end = wm.end()
        q = _skip_space(t, end)
        if self._lexicon(pack, "quantity.occurrences.not_after").regex.match(t, q):
            return ("", end)
        verbs = self._lexicon(pack, "quantity.occurrences.verbs")
        vm = verbs.last(t, max(sent[0], n.qual_start - 80), n.qual_start)
        if (
            vm is None
            or self._words(t, vm.end(), n.qual_start) > 5
            or _PUNCT_COMMA_RE.search(t, vm.end(), n.qual_start) is not None
        ):
            return ("", end)
        return (verbs.key(vm) or "", end)

    def _number_of(self, doc: _Doc, n: _Num, sent: tuple[int, int]) -> tuple[int, str] | None:
        """The thing counted by a number with no noun of its own, named
        before a verb of reaching: "the number of refugees has reached 5
        million", "وصل عدد اللاجئين إلى ٥ ملايين". Where the phrase opens,
        and the unit."""
        pack, t = doc.pack, doc.t
        lo = max(sent[0], n.qual_start - 90)
        m = self._lexicon(pack, "quantity.number_of").last(t, lo, n.qual_start)
        if m is None or _COMMA_RE.search(t, m.end(), n.qual_start):
            return None
        um = self._unit_after(doc, pack.quantity_units, m.end(), n.qual_start, 1)
        if um is None:
            return None
        rise = pack.toll_rise.ends_at(t, max(um.end(), n.qual_start - 30), n.qual_start)
        if rise is None and pack.toll_rise.ends_at(t, n.qual_start, n.start) is None:
            # "بلغ عدد اللاجئين …" : the verb may open the clause.
            rise = pack.toll_rise.ends_at(t, max(lo, m.start() - 20), m.start())
        if rise is None or self._words(t, um.end(), n.qual_start) > 6:
            return None
        return min(m.start(), rise.start()), pack.quantity_units.key(um)

    def _collective_of(self, doc: _Doc, n: _Num, sent: tuple[int, int]) -> tuple[int, str] | None:
        """A count with no noun after it, of a group named before it: "a
        crew of about 510", "a force of 3,000". Where the phrase opens, and
        the unit."""
        lex = self._lexicon(doc.pack, "quantity.collectives")
        m = lex.ends_at(doc.t, max(sent[0], n.qual_start - 30), n.qual_start)
        return (m.start(), lex.key(m)) if m is not None else None

    def _paired_unit(
        self, doc: _Doc, n: _Num, sent: tuple[int, int], max_skip: int
    ) -> tuple[int, str] | None:
        """A count with no noun in a change from one count to another
        ("cut its force of 12,000 troops to 8,600", "من نحو ١٣ ألفاً إلى
        ٨٦٠٠ جندي"): it counts what the other count does."""
        pack, t = doc.pack, doc.t
        joins = self._lexicon(pack, "quantity.change_joiners")

        def unit_of(m: _Num, end: int) -> tuple[int, str] | None:
            for lex in (pack.quantity_units, pack.people):
                u = self._unit_after(doc, lex, m.end, end, max_skip)
                if u is not None:
                    key = lex.key(u)
                    if lex is pack.people:
                        key = _PEOPLE_TO_QUANTITY.get(key, key)
                    return u.end(), key
            return None

        i = doc.num_index(n.start)
        p = _skip_space(t, n.end, n.end + 4)
        j = joins.regex.match(t, p, sent[1])
        if j is not None and i + 1 < len(doc.nums):
            nxt = doc.nums[i + 1]
            if nxt.start < sent[1] and not t[j.end() : nxt.qual_start].strip():
                got = unit_of(nxt, sent[1])
                if got is not None:
                    return n.qual_start, got[1]
        j = joins.ends_at(t, max(sent[0], n.qual_start - 8), n.qual_start)
        if j is not None and i > 0 and doc.nums[i - 1].start >= sent[0]:
            got = unit_of(doc.nums[i - 1], j.start())
            if got is not None and not t[got[0] : j.start()].strip():
                return n.qual_start, got[1]
        return None

    def _rate(self, doc: _Doc, unit_end: int, end: int) -> str | None:
        lex = self._lexicon(doc.pack, "quantity.rates")
        m = doc.scan.search("rates", unit_end, min(end, unit_end + 40))
        if m is None or self._words(doc.t, unit_end, m.start()) > 3:
            return None
        return lex.key(m)

    def _dimension(self, doc: _Doc, a: int, num_end: int, unit_end: int) -> str | None:
        """What a length measures: "6 km wide", "a 20-km-deep zone",
        "بعمق 15 كيلومترا". Two lengths of different dimensions are not
        compared."""
        t = doc.t
        after = self._lexicon(doc.pack, "quantity.dimensions.after")
        m = after.search(t, num_end, min(len(t), unit_end + 24))
        said_after = after.key(m) if m and self._words(t, unit_end, m.start()) <= 1 else None
        if said_after is not None and said_after != "distance":
            return said_after
        before = self._lexicon(doc.pack, "quantity.dimensions.before")
        # "بعمق 15 كيلومترا", "بعمق يتراوح بين 10 و15", "عمق المنطقة سيبلغ 8":
        # a few words may stand between the dimension and the number.
        m = doc.scan.last("dimensions_before", max(0, a - 40), a)
        if (
            m is not None
            and self._words(t, m.end(), a) <= 3
            and not _COMMA_RE.search(t, m.end(), a)
        ):
            # "بعمق ٣٠ كيلومترا شرقي الفرات": a zone's depth, east of a
            # river; a bearing after the unit is a distance only alone.
            return before.key(m)
        return said_after

    def _list_head(self, doc: _Doc, n: _Num, sent: tuple[int, int]) -> _Num | None:
        """The counted casualty right before ``n`` in a list ("82 Iranians,
        63 Canadians and 11 Ukrainians"), if only its noun and a list
        separator stand between them."""
        i = bisect_right(doc.nums, n.start - 1, key=lambda x: x.start) - 1
        if i < 0:
            return None
        prev = doc.nums[i]
        if doc.pack.part_of.search(doc.t, prev.end, n.qual_start) is not None:
            # "… قُتلوا منذ بدء الغزو في ٢٤ شباط/فبراير، بينهم ١٠٤ أطفال": a
            # date's number between is no count; the share is the toll's.
            while prev.pred is None and i > 0 and doc.nums[i - 1].end > sent[0]:
                i -= 1
                prev = doc.nums[i]
        if prev.pred is None or prev.end <= sent[0]:
            return None
        gap = doc.t[prev.end : n.qual_start]
        if doc.pack.part_of.search(gap) is not None and self._words(gap, 0, len(gap)) <= 16:
            return prev  # "1,179 civilians were killed …, among them 104 children"
        if self._words(gap, 0, len(gap)) > 3 or not _LIST_SEP_RE.search(gap):
            return None
        return prev

    def _list_tail_predicate(
        self, doc: _Doc, n: _Num, unit_end: int, sent: tuple[int, int]
    ) -> tuple[str, tuple[int, int]] | None:
        """The predicate after a list this count opens: "82 Iranians, 63
        Canadians and 11 Ukrainians were among the dead"."""
        t, pack = doc.t, doc.pack
        i = bisect_right(doc.nums, n.start, key=lambda x: x.start)
        end = unit_end
        while i < len(doc.nums) and doc.nums[i].start < sent[1]:
            gap = t[end : doc.nums[i].qual_start]
            if not _LIST_GAP_RE.fullmatch(gap):
                break  # "13 people were rescued, and ten others …": its own verb
            um = self._unit_after(doc, pack.people, doc.nums[i].end, sent[1], 1)
            if um is None:
                break
            end = um.end()
            i += 1
        if end == unit_end:
            return None
        m = doc.scan.search("predicates", end, sent[1])
        if m is None or self._words(t, end, m.start()) > 4:
            return None
        return pack.predicates.key(m), (m.start(), m.end())

    def _open_noun(self, doc: _Doc, pos: int, end: int) -> tuple[str, int] | None:
        """The counted noun after a number when no unit lexicon names it.

        Packs choose the rule: ``plural`` (English: the first plural word
        within a few modifiers) or ``next`` (Arabic: the word right after
        the number, its tamyiz).
        """
        pack, t = doc.pack, doc.t
        mode = pack.open_nouns
        if not mode:
            return None
        p = pos
        for i in range(3 if mode == "plural" else 1):
            gap = t[p : p + 3]
            w = _WORD_RE.match(t, p + len(gap) - len(gap.lstrip(" -")), end)
            if w is None or w.start() - p > 2:
                return None
            word = w.group()
            low = word.casefold()
            if low in _FUNCTION_WORDS or pack.not_nouns.regex.fullmatch(word):
                return None
            if pack.numbers.regex.match(word):
                return None
            if mode == "next":
                if len(word) < 3 or (i == 0 and word.startswith("ال")):
                    return None
                if doc.index.demonyms(pack).regex.fullmatch(word):
                    return "person", w.end()  # "٥٣ بريطانياً": 53 Britons
                if self._lexicon(pack, "quantity.people_verbs").regex.fullmatch(word):
                    return "person", pos  # "٦٧ كانوا على متنها": people, unnamed
                return word, w.end()
            if pack.plural_nouns.regex.fullmatch(word) or _PLURAL_RE.fullmatch(low):
                if doc.index.demonyms(pack).regex.fullmatch(word):
                    return "person", w.end()  # "40 Armenians"
                return _singular(low), w.end()
            if word[0].islower() and i > 0:
                return None
            p = w.end()
        return None

    def _people_near(self, doc: _Doc, sent: tuple[int, int], n: _Num) -> str | None:
        best: tuple[int, str] | None = None
        for m in doc.scan.finditer("people", sent[0], sent[1]):
            dist = min(abs(m.start() - n.end), abs(n.start - m.end()))
            if dist < 60 and (best is None or dist < best[0]):
                best = (dist, doc.pack.people.key(m))
        return best[1] if best else None

    def _predicate(
        self, doc: _Doc, n: _Num, unit_end: int, sent: tuple[int, int], num_starts: list[int]
    ) -> tuple[str | None, tuple[int, int] | None]:
        pack, t = doc.pack, doc.t
        lex = pack.predicates
        # After: within the clause, before the next count ("241 of the 242
        # people were killed": past the set's own number).
        nxt = bisect_left(num_starts, max(unit_end, n.end))
        limit = num_starts[nxt] if nxt < len(num_starts) else sent[1]
        limit = min(limit, sent[1])
        stop = doc.scan.search("clause_stops", unit_end, limit)
        if stop:
            limit = stop.start()
        stop_all = doc.scan.search("clause_stops", unit_end, sent[1])
        limit_all = stop_all.start() if stop_all else sent[1]
        after: tuple[int, re.Match[str]] | None = None
        window = self.settings.after_window
        if self._lexicon(pack, "casualty.totality").ends_at(
            t, max(sent[0], n.qual_start - 12), n.qual_start
        ):
            # "All 67 people aboard an American Eagle jet and an Army
            # helicopter were killed": a whole is named at length before
            # what befell it.
            window *= 2
        for m in doc.scan.finditer("predicates", unit_end, limit):
            dist = self._words(t, unit_end, m.start())
            if dist > window:
                break
            sh = doc.scan.search("share_of", unit_end, m.start())
            if sh is not None and _PUNCT_COMMA_RE.search(t, sh.end(), m.start()) is None:
                # "three million people, about half of them displaced": the
                # predicate is the share's, not the whole count's ("60
                # people, most of them soldiers, were killed" closes the
                # share with a comma).
                break
            # A predicate right before the next count belongs to that count,
            # unless a relative clause ties it to this one ("The 13
            # Americans who died included 11 Marines").
            if (
                not _RELATIVE_PRED_RE.fullmatch(t, unit_end, m.start())
                and nxt < len(num_starts)
                and num_starts[nxt] - m.end() <= 12
                and self._words(t, m.end(), num_starts[nxt]) <= 1
                # "لقوا حتفهم وأصيب 416": the next count has its own predicate,
                # before it or right after it ("12 were killed and 30 injured").
                and doc.scan.search("predicates", m.end(), num_starts[nxt]) is None
                and not self._predicate_follows(doc, num_starts[nxt], limit_all)
                # "52 were killed and 28 survived": nor one with its own verb.
                and not self._own_verb_follows(doc, num_starts[nxt])
                # "ستة من بحارتها أصيبوا، اثنان منهم بجروح": the next count
                # is a share of this one, which keeps its predicate.
                and not self._share_count(doc, num_starts[nxt])
                # "232 people had been killed, including 65 children": so is
                # a count the inclusion introduces.
                and pack.part_of.regex.search(t, m.end(), num_starts[nxt]) is None
            ):
                break
            if after is None:
                after = (dist, m)
                if lex.key(m) != "wounded":
                    break
            elif lex.key(m) == "killed":
                # "troops who had been injured … succumbed to their wounds".
                after = (after[0], m)
                break
        if after is None and nxt < len(num_starts):
            # "15 civilians, including six children, were killed": past an
            # inclusion the predicate is the whole count's too.
            # Only an inclusion right after the count counts (past spaces
            # and commas): try those few starts, not the whole span up to the
            # next count, which may be sentences away.
            inc = _match_after(pack.part_of.regex, t, unit_end, num_starts[nxt], " ,\u060c")
            close = _COMMA_RE.search(t, num_starts[nxt], limit_all) if inc is not None else None
            if inc is not None and close is not None:
                pm = doc.scan.search("predicates", close.end(), limit_all)
                if pm is not None and self._words(t, close.end(), pm.start()) <= 2:
                    after = (self._words(t, unit_end, pm.start()), pm)
        # Before: close to the count (and its qualifier).
        lo = max(sent[0], n.qual_start - 80)
        prv = bisect_left(num_starts, n.start) - 1
        prev_end: int | None = None
        if prv >= 0:
            prev_num = self._num_starting_at(doc, num_starts[prv])
            if prev_num is not None and prev_num.end > lo:
                lo = prev_end = prev_num.end
        stop_b = doc.scan.last("clause_stops", lo, n.qual_start)
        if stop_b is not None:
            lo = stop_b.end()
        split = pack.clause_splitters.last(t, lo, n.qual_start)
        if split is not None:
            # "…injured, and that 45 people…": a new reported clause.
            lo = split.end()
        before: tuple[int, re.Match[str]] | None = None
        bm = doc.scan.last("predicates", lo, n.qual_start)
        if (
            bm is not None
            and prev_end is not None
            and not t[prev_end : bm.start()].strip()
            and after is not None
        ):
            # "23 were killed and 29 wounded, and claimed more than 200
            # fighters had died": the word right after the count before is
            # that count's; this one has its own verb after it.
            bm = None
        before_window = self.settings.before_window
        if self._lexicon(pack, "casualty.numbering").ends_at(
            t, max(sent[0], n.qual_start - 16), n.qual_start
        ):
            # "مقتل جميع من كانوا على متنهما وعددهم ٦٧": the count numbers
            # the group the verb before it named.
            before_window *= 2
        if bm is not None:
            dist = self._words(t, bm.end(), n.qual_start)
            # "killed in the attacks on two mosques": past a preposition a
            # count of things is the preposition's object, not the dead
            # ("died in Elazig and four in Malatya" counts the dead).
            if dist <= before_window and not (
                dist
                and unit_end == n.end
                and self._lexicon(pack, "casualty.before_gap_stops").search(
                    t, bm.end(), n.qual_start
                )
                and (
                    self._open_noun(doc, n.end, sent[1]) is not None
                    or self._unit_after(doc, pack.quantity_units, n.end, sent[1], 1) is not None
                )
            ):
                before = (dist, bm)
        if (
            before is not None
            and after is None
            and _CONJ_END_RE.search(t, max(0, n.qual_start - 6), n.qual_start)
            and self._lexicon(pack, "casualty.own_verb").regex.match(t, _skip_space(t, unit_end))
        ):
            # "Two were killed when the roof fell, and 15 were rescued",
            # "52 were killed and 28 survived": past a conjunction, a count
            # with its own verb is not the predicate's.
            before = None
        # "ارتفاع عدد الوفيات إلى 8574، فيما أصيب …": a predicate past a
        # comma opens the next clause, and leaves the count to its toll noun.
        after_clause = after is not None and _PUNCT_COMMA_RE.search(t, unit_end, after[1].start())
        if (
            before is None
            and (after is None or after_clause)
            and (
                pack.toll_rise.ends_at(t, max(lo, n.qual_start - 30), n.qual_start)
                # "عدد القتلى تجاوز 9000", "the toll topped 9,000": the
                # qualifier is itself the rising verb.
                or pack.toll_rise.ends_at(t, n.qual_start, n.start)
            )
        ):
            # "The death toll from the quake that struck … rose to 41": the
            # toll noun may sit far before its verb.
            tm = doc.scan.last("toll_nouns", max(sent[0], n.qual_start - 200), n.qual_start)
            if tm is not None:
                return pack.toll_nouns.key(tm) or "killed", (tm.start(), tm.end())
        if before is None and after is None:
            # "بلغ عدد الجنود الذين قتلوا في إدلب خلال شهر شباط 54 جنديا":
            # a rising-toll verb opens the clause, its predicate sits far
            # before the number.
            far = doc.scan.last("predicates", max(sent[0], n.qual_start - 200), n.qual_start)
            if far is not None and pack.toll_rise.search(
                t, max(sent[0], far.start() - 60), far.start()
            ):
                return lex.key(far), (far.start(), far.end())
        choice: re.Match[str] | None = None
        if (
            after is not None
            and before is not None
            and _PUNCT_COMMA_RE.search(t, unit_end, after[1].start())
        ):
            # "مقتل أكثر من 860 شخصا، فيما نزح …": past a comma the predicate
            # opens the next clause; the one before the count is its own.
            choice = before[1]
        elif (
            after is not None
            and before is not None
            and before[0] == 0
            and (
                _clitic_and(t, after[1]) == 1
                or t[after[1].start() - 1 : after[1].start()] == "\u0648"
                or _CONJ_END_RE.search(t, max(0, after[1].start() - 6), after[1].start())
            )
        ):
            # "مقتل جنديين روسيين وإصابة آخر": the noun right before the
            # count is its own; one joined on after opens the next conjunct.
            choice = before[1]
        elif after is not None and after[0] <= 3:
            choice = after[1]
        elif before is not None:
            choice = before[1]
        elif after is not None:
            choice = after[1]
        if choice is None:
            return None, None
        return lex.key(choice), (choice.start(), choice.end())

    def _share_count(self, doc: _Doc, num_start: int) -> bool:
        # A count followed by "of them" / "منهم" counts part of a count before.
        n = self._num_starting_at(doc, num_start)
        if n is None:
            return False
        share = self._lexicon(doc.pack, "casualty.share_after")
        return share.regex.match(doc.t, n.end + 1) is not None

    def _own_verb_follows(self, doc: _Doc, num_start: int) -> bool:
        # A verb of its own ("28 survived", "15 were rescued") right after the
        # count that starts at ``num_start`` (or after its people noun).
        t = doc.t
        n = self._num_starting_at(doc, num_start)
        if n is None:
            return False
        own = self._lexicon(doc.pack, "casualty.own_verb").regex
        p = n.end
        um = self._unit_after(doc, doc.pack.people, p, doc.sentence(n.start)[1], 0)
        if um is not None:
            p = um.end()
        return own.match(t, _skip_space(t, p)) is not None

    def _predicate_follows(self, doc: _Doc, num_start: int, limit: int) -> bool:
        # A predicate within three words after the count that starts at
        # ``num_start`` (its number, then its noun or nothing).
        t = doc.t
        n = self._num_starting_at(doc, num_start)
        if n is None:
            return False
        m = doc.scan.search("predicates", n.end, min(limit, n.end + 40))
        return m is not None and self._words(t, n.end, m.start()) <= 3

    def _scope(self, doc: _Doc, a: int, b: int, sent: tuple[int, int]) -> str | None:
        # Only cues between the neighbouring counts belong to this one: in
        # "34 were killed in an air strike …, and 60 have died since the
        # start of February" the running-total cue is the 60's.
        pack, t = doc.pack, doc.t
        lo, hi = sent
        i = bisect_right(doc.nums, a, key=lambda n: n.end) - 1
        if i >= 0 and doc.nums[i].end > lo:
            lo = doc.nums[i].end
        j = doc.num_index(b)
        if j < len(doc.nums) and doc.nums[j].start < hi:
            hi = doc.nums[j].start
        if lo > sent[0]:
            # "…since the start of February, among them 33 who…": a comma
            # after the previous count opens this count's clause.
            for c in _COMMA_RE.finditer(t, lo, a):
                lo = c.end()
        # A time span ("since the start of", "منذ") makes a running total;
        # an incident ("in the strike") beats a rising-toll verb, which
        # may report one incident's toll ("ارتفعت حصيلة غارة إدلب إلى 36").
        # A cue may run past the next number ("since 15 January").
        keys = {
            pack.cumulative.key(m)
            for m in pack.cumulative.finditer(t, lo, min(sent[1], hi + 40))
            if m.start() < hi
        }
        if "span" in keys:
            return "cumulative"
        if any(not self._report_date(doc, m.start()) for m in pack.incident.finditer(t, lo, hi)):
            # Not "…, the ministry said on Thursday, that 253": the day of
            # a report says nothing of the scope of what it reports.
            return "incident"
        # A rising toll alone ("the toll rose to 41") may be one incident's
        # toll or a period's: the scope is not stated.
        return None

    # -- events -------------------------------------------------------------

    def _events(self, doc: _Doc) -> None:
        pack, t = doc.pack, doc.t
        seen: dict[tuple[int, str], int] = {}
        earlier: set[str] = set()
        # Content event start -> the agreement verb that introduced it.
        agreed_at: dict[int, int] = {}
        place_before = self._lexicon(pack, "events.place_before")
        for m in doc.scan.finditer("events"):
            key = pack.events.key(m)
            if self._place_zone(doc, m, place_before):
                continue
            sent = doc.sentence(m.start())
            last = seen.get((sent[0], key))
            if last is not None and not _NEXT_CLAUSE_RE.search(t, last, m.start()):
                # One claim per clause: "…withdrawal of X, and the return
                # of Y to their bases" holds two.
                continue
            if pack.event_not_before.regex.match(t, m.end() + 1):
                # "the ceasefire agreement signed…": the agreement is the
                # event, and a later bare "the truce" mentions it again.
                earlier.add(key)
                continue
            seen[(sent[0], key)] = m.end()
            clause_end = sent[1]
            stop = doc.scan.search("clause_stops", m.end(), sent[1])
            if stop:
                clause_end = stop.start()
            contrast = self._contrast(doc, m.end(), clause_end)
            if contrast is not None:
                # "…held during its first hours, although residents reported
                # gunfire last night": the time past a contrast is the other
                # clause's.
                clause_end = contrast.start()
            nxt = doc.scan.search("events", m.end(), clause_end)
            while nxt is not None and self._place_zone(doc, nxt, place_before):
                nxt = doc.scan.search("events", nxt.end(), clause_end)
            direction = (
                # "وكان وقف إطلاق النار قد دخل حيز التنفيذ مساء الثلاثاء، …
                # وأن المسلحين سيغادرون": a pluperfect before the event
                # dates it in the past, whatever a later clause foresees.
                -1
                if (pp := doc.scan.search("pluperfect", sent[0], clause_end))
                and pp.start() <= m.start()
                else 1
                if doc.scan.search("future", sent[0], clause_end)
                # An onset word ("from midnight", "to begin at") looks
                # ahead of an agreement in the past, but a weekday it
                # names is the nearest one ("agreed … from midnight on
                # Wednesday", reported on Thursday): WEAK_FUTURE.
                else (
                    WEAK_FUTURE
                    if doc.scan.search("future_weak", sent[0], clause_end)
                    else (-1 if doc.scan.search("past", sent[0], clause_end) else 0)
                )
            )
            if direction == 1:
                # "declared a truce on Saturday, saying forces would cease
                # fire": a future cue past the time belongs to a later
                # clause; a past verb before the time dates it back.
                ahead = doc.times_in(m.start(), clause_end, 1)
                first = ahead[0] if ahead else None
                if (
                    first is not None
                    and doc.scan.search("future", sent[0], first.end) is None
                    and doc.scan.search("future_weak", sent[0], first.end) is None
                    and doc.scan.search("past", sent[0], first.start) is not None
                ):
                    direction = -1
            if key == "agreement":
                # "signed a permanent ceasefire agreement", "the ceasefire
                # deal signed in Moscow": the content names the agreement,
                # as it does after it ("an agreement on a ceasefire").
                nouns = self._lexicon(pack, "events.agreement_nouns")
                ranges = ((max(sent[0], m.start() - 40), m.start()), (m.start() + 1, m.end()))
                inside = (c for lo, hi in ranges for c in pack.events.regex.finditer(t, lo, hi))
                for c in inside:
                    if pack.events.key(c) != key and nouns.regex.match(t, c.end() + 1) is not None:
                        key = pack.events.key(c) or key
                        break
            if key == "agreement":
                # An agreement whose content is a ceasefire, corridor or
                # patrols is claimed under the content's type.
                content = doc.scan.search("events", m.end(), min(clause_end, m.end() + 80))
                if content is not None and self._words(t, m.end(), content.start()) <= 6:
                    # "agreed on Monday to set up a demilitarised zone": the
                    # claim runs from the verb and takes the time it states.
                    agreed_at[content.start()] = m.start()
                    continue
                # "the ceasefire that X and Y agreed in Moscow", "the truce
                # agreed in Jeddah": the agreement is the earlier event
                # noun's, which keeps the clause and its time.
                about = doc.scan.last("events", max(sent[0], m.start() - 100), m.start())
                if (
                    about is not None
                    and pack.events.key(about) != key
                    and self._words(t, about.end(), m.start()) <= 10
                    and (
                        doc.scan.search("relatives", about.end(), m.start()) is not None
                        or not t[about.end() : m.start()].strip()
                    )
                ):
                    continue
            # From the trigger's start: a long trigger may hold its time
            # ("عقد ضباط من الجانبين أمس محادثات").
            lead = agreed_at.get(m.start(), m.start())
            times = [x for x in doc.times_in(lead, clause_end, direction) if x.time is not None]
            if not times:
                # "Early on Wednesday, Iran fired 22 missiles…": a time that
                # opens the sentence dates its clause.
                # So does one in an introductory phrase set off by a comma
                # ("In a new raid on Wednesday, warplanes struck…").
                opening = [
                    x
                    for x in doc.times_in(sent[0], lead, direction)
                    if x.time is not None
                    and (
                        self._words(t, sent[0], x.start) <= 2
                        or (
                            self._words(t, sent[0], x.start) <= 6
                            and _COMMA_RE.search(t, sent[0], x.start) is None
                            and _COMMA_RE.search(t, x.end, lead) is not None
                        )
                    )
                ]
                order = self._lexicon(pack, "events.orders").last(t, max(sent[0], lead - 80), lead)
                if (
                    not opening
                    and order is not None
                    and self._words(t, order.end(), lead) <= 10
                    and not _COMMA_RE.search(t, order.end(), lead)
                ):
                    # "أمر شويغو مساء الأربعاء قواته بالانسحاب", "Shoigu on
                    # Wednesday ordered his troops to withdraw": the order's
                    # time is the event's.
                    opening = [
                        x
                        # An order is given before what it orders: past.
                        for x in doc.times_in(max(sent[0], order.start() - 30), lead, -1)
                        if x.time is not None
                        and not _COMMA_RE.search(t, min(x.end, order.start()), lead)
                    ][-1:]
                if (
                    opening
                    and not doc.scan.search("events", opening[0].end, lead)
                    # "The talks opened on Tuesday, …, and ended with a
                    # statement in which they agreed …": that time is the
                    # first event's, not one the sentence opens with.
                    and not doc.scan.search("events", sent[0], opening[0].start)
                ):
                    times = opening[:1]
            # Of several times, the one an onset word introduces ("took
            # effect at midnight") dates the event.
            onset_tx = next((x for x in times if self._onset_before(doc, m.end(), x.start)), None)
            tx = onset_tx or (times[0] if times else None)
            if (
                tx is not None
                and nxt is not None
                and nxt.start() < tx.start
                and pack.events.key(nxt) not in (key, "agreement")
            ):
                tx = None
            # An onset word ties a time to the event across a relative
            # clause ("the ceasefire that X and Y agreed … took effect at
            # midnight"); a bare time must stand close.
            reach = 24 if tx is onset_tx else 16
            if tx is not None and self._words(t, m.end(), tx.start) > reach:
                tx = None
            if self._unasserted(doc, lead, sent[0]):
                # "called for a ceasefire on Monday", "threatened to
                # withdraw", "هدد بالانسحاب": demanded, hoped for, refused
                # or threatened, whatever its time, it did not happen.
                continue
            if (
                tx is None
                and key in pack.nominal_events
                and doc.scan.search("irrealis", max(sent[0], m.start() - 60), clause_end)
                is not None
            ):
                # "a safe zone should be 30 km deep", "تعتزم إنشاء منطقة
                # آمنة": proposed or intended, not asserted.
                continue
            if (
                tx is None
                and key in earlier
                and key in pack.nominal_events
                # Fragments are verb phrases ("launched 300 rockets",
                # "أطلقت ... صاروخا"): they assert a new event themselves.
                and pack.events.literal(m)
                and self._bare_mention(doc, m, sent, clause_end)
            ):
                # "…hoped the truce would hold": a later mention of an event
                # the text already reported, with no time of its own.
                continue
            after = self._lexicon(pack, "events.not_after")
            na = after.ends_at(t, max(sent[0], m.start() - 20), m.start())
            if na is not None and after.key(na) == key:
                continue  # "went on strike", "a hunger strike": a walkout
            if self._repeated_or_ended(doc, m, clause_end):
                continue
            if key == "strike" and self._gunmen_before(doc, m.start(), sent[0]):
                continue
            if tx is None and self._subordinated(doc, m.start(), sent[0]):
                # "since the negotiations began", "before the session
                # began": a clause that dates something else by the event
                # refers to it, and asserts nothing new.
                continue
            possible = doc.scan.search("possible", m.end(), clause_end)
            if possible is not None and self._words(t, m.end(), possible.start()) <= 10:
                continue  # "عقد لقاء بين الرئيسين ممكن": possible, not asserted
            if tx is None and pack.events.literal(m) and self._cause_adjunct(doc, m, key, sent[0]):
                # "died in Wednesday's strike on a hospital", "قتل ... بغارة
                # أمريكية": a bare noun naming what caused the toll, with
                # no time of its own, refers to the event and asserts none.
                continue
            if (
                self._lexicon(pack, "events.toll_before").ends_at(
                    t, max(sent[0], m.start() - 40), m.start()
                )
                is not None
            ):
                # "ارتفعت حصيلة الغارة التي استهدفت الحي أمس": the toll is
                # the claim; the strike it counts is only named.
                continue
            if tx is None and self._lexicon(pack, "events.generic").regex.fullmatch(m.group()):
                # "killed in Israeli air strikes", "حصيلة الغارات": a plural
                # names a campaign, not one strike; with a time it is one.
                continue
            neg = doc.scan.last("negators", max(sent[0], m.start() - 25), m.start())
            if neg is not None and self._words(t, neg.end(), m.start()) <= 1:
                # "Turkey would not withdraw", "no ceasefire": denied, not
                # asserted.
                continue
            if self._denied_clause(doc, sent[0], m.start()):
                continue  # "X denied that its troops had fired on…"
            earlier.add(key)
            end = max(tx.end, m.end()) if tx is not None else m.end()
            s_t, e_t = doc.norm.span(tx.start, tx.end) if tx is not None else (0, 0)
            frame = self._frame(
                doc,
                ClaimKind.EVENT,
                lead,
                end,
                predicate=key,
                time=tx.time if tx else None,
                time_text=doc.norm.original[s_t:e_t] if tx else None,
                time_precision=tx.precision if tx else None,
                place=self._place(doc, m.start(), end, sent),
                negated=self._negated(doc, max(sent[0], m.start() - 25), m.start()),
                confidence=0.75 if tx else 0.6,
            )
            if tx is not None and tx.time is not None and not tx.zoned:
                # A clock with no zone said: the outlet's offset is a guess,
                # and the matcher may read two such clocks as wall clocks.
                frame.extra["zone"] = "publication"

    def _repeated_or_ended(self, doc: _Doc, m: re.Match[str], clause_end: int) -> bool:
        """A count of repeats a few words on ("shelled the positions 59
        times", "violated the ceasefire 4,900 times") makes the trigger a
        QUANTITY of many acts, not one event; an ending verb ("the truce
        declared on Saturday expired at midnight") tells when the event
        stopped, not that it happened."""
        for name in ("events.counted_after", "events.ended_after"):
            hit = self._lexicon(doc.pack, name).search(doc.t, m.end(), clause_end)
            if (
                hit is not None
                and self._words(doc.t, m.end(), hit.start()) <= 5
                and _COMMA_RE.search(doc.t, m.end(), hit.start()) is None
                and doc.scan.search("events", m.end(), hit.start()) is None
            ):
                return True
        return False

    def _subordinated(self, doc: _Doc, pos: int, lo: int) -> bool:
        """The event opens a clause that dates something else ("since the
        negotiations began", "a day before the Group of 20 summit opened"):
        the subordinator stands right before it or before a short name."""
        subs = self._lexicon(doc.pack, "events.subordinators")
        if subs.ends_at(doc.t, max(lo, pos - 20), pos):
            return True
        m = subs.last(doc.t, max(lo, pos - 40), pos)
        return (
            m is not None
            and self._words(doc.t, m.end(), pos) <= 3
            and not _COMMA_RE.search(doc.t, m.end(), pos)
            and doc.scan.search("events", m.end(), pos) is None
        )

    def _unasserted(self, doc: _Doc, pos: int, lo: int) -> bool:
        """A demand, hope, threat, refusal or possibility governs the event
        from a few words before it, in the same clause and with no other
        event between ("urged the two sides to agree a truce")."""
        # One character past the event, so that an entry may look at the
        # verb it governs ("قد يلتقي", not "قد التقى").
        m = self._lexicon(doc.pack, "events.unasserted").last(
            doc.t, max(lo, pos - 60), min(len(doc.t), pos + 2)
        )
        return (
            m is not None
            and m.end() <= pos
            and self._words(doc.t, m.end(), pos) <= 6
            and _COMMA_RE.search(doc.t, m.end(), pos) is None
            and doc.scan.search("clause_stops", m.end(), pos) is None
            and doc.scan.search("events", m.end(), pos) is None
        )

    def _cause_adjunct(self, doc: _Doc, m: re.Match[str], key: str, lo: int) -> bool:
        """The event noun heads a phrase after "in"/"by"/"في" (or the clitic
        ب), as the cause of something else ("killed in an air strike")."""
        lex = self._lexicon(doc.pack, "events.cause_before")
        c = lex.ends_at(doc.t, max(lo, m.start() - 30), m.start())
        if c is None or lex.key(c) != key:
            clitics = doc.pack.data.get("events", {}).get("cause_clitics") or {}
            clitic = str(clitics.get(key) or "")
            if not clitic or not m.group().lstrip("وف").startswith(clitic):
                return False
        start = c.start() if c is not None else m.start()
        # Not when a time stands right before the phrase ("killed on Sunday
        # in an air strike", "killed a week ago in an air strike"), nor a day
        # number after the noun that may be a date the tagger cannot read
        # ("في غارة ... في 27 من الشهر نفسه").
        if any(x.time is not None for x in doc.times_in(max(lo, start - 25), start, -1)):
            return False
        if self._lexicon(doc.pack, "events.dated_before").last(doc.t, max(lo, start - 25), start):
            return False
        sent_end = doc.sentence(m.start())[1]
        return _DAY_NUMBER_RE.search(doc.t, m.end(), min(sent_end, m.end() + 80)) is None

    def _place_zone(self, doc: _Doc, m: re.Match[str], place_before: Lexicon) -> bool:
        # "met at the demilitarised zone", "fled through the corridor": the
        # zone is where something happened, not an event, nor does it take
        # the time of the clause it sits in.
        return doc.pack.events.key(m) == "corridor" and (
            place_before.ends_at(doc.t, max(0, m.start() - 16), m.start()) is not None
        )

    def _gunmen_before(self, doc: _Doc, pos: int, lo: int) -> bool:
        # "Gunmen in camouflage opened fire on the crowd", "دخل مسلح ...
        # وأطلق النار": a shooting by attackers is no strike (the gold sets
        # keep `strike` for armed forces' fire and for missile, rocket and
        # air attacks).
        # Nor is a walkout by workers ("nurses launched a strike").
        for who in (
            doc.scan.last("shooters", max(lo, pos - 60), pos),
            self._lexicon(doc.pack, "events.strikers").last(doc.t, max(lo, pos - 60), pos),
        ):
            if (
                who is not None
                and self._words(doc.t, who.end(), pos) <= 5
                and doc.scan.search("clause_stops", who.end(), pos) is None
            ):
                return True
        return False

    def _denied_clause(self, doc: _Doc, lo: int, pos: int) -> bool:
        # A denial verb whose reported clause runs on to ``pos``.
        den = doc.scan.last("denials", lo, pos)
        if den is None or self._words(doc.t, den.end(), pos) > 12:
            return False
        return (
            doc.scan.search("clause_stops", den.end(), pos) is None
            and doc.scan.search("contrast", den.end(), pos) is None
        )

    def _bare_mention(
        self, doc: _Doc, m: re.Match[str], sent: tuple[int, int], clause_end: int
    ) -> bool:
        # A mention asserts nothing new when no onset word ("took effect",
        # "دخل حيز التنفيذ") stands in its clause.
        pack, t = doc.pack, doc.t
        lo = max(sent[0], m.start() - 60)
        # Only the mention's own clause: "…بالإعلان، قائلا: نرحب بالهدنة".
        for c in _COMMA_RE.finditer(t, lo, m.start()):
            lo = c.end()
        nxt = _COMMA_RE.search(t, m.end(), clause_end)
        hi = nxt.start() if nxt is not None else clause_end
        return pack.onset_verbs.search(t, lo, hi) is None

    def _onset_before(self, doc: _Doc, lo: int, pos: int) -> bool:
        o = doc.scan.last("onset", max(lo, pos - 30), pos)
        return o is not None and self._words(doc.t, o.end(), pos) <= 1

    # -- statements ---------------------------------------------------------

    def _statements(self, doc: _Doc) -> None:
        # One pass in document order, so that "he said" and "وأضاف" can
        # lean on the statement before them, quoted or reported.
        t = doc.t
        quotes = [(q.start(1), q.end(1)) for q in _QUOTE_RE.finditer(t)]
        verbs = [
            v
            for v in doc.scan.finditer("verbs")
            if not any(a <= v.start() < b for a, b in quotes) and not doc.in_mention(v.start())
        ]
        items: list[tuple[int, int, int]] = [(v.start(), 0, i) for i, v in enumerate(verbs)]
        items += [(qa, 1, i) for i, (qa, _) in enumerate(quotes)]
        sources = list(doc.scan.finditer("according_to"))
        items += [(m.start(), 2, i) for i, m in enumerate(sources)]
        items.sort()
        for _, what, i in items:
            if what == 2:
                self._according_to(doc, sources[i])
            elif what == 0:
                v = verbs[i]
                sent = doc.sentence(v.start())
                if self._withheld(doc, v, sent):
                    continue  # "did not say how long", "declined to say": nothing said
                # "denied that …", "نفى أن …": the words are said to be untrue.
                denial = self._lexicon(doc.pack, "statements.denials").regex.fullmatch(v.group())
                for a, b, speaker, conf in self._statement_for_verb(doc, v, i, verbs, sent, quotes):
                    self._add_statement(doc, a, b, speaker, sent, conf, denied=denial is not None)
            else:
                self._quote_statement(doc, quotes[i], verbs)

    def _withheld(self, doc: _Doc, v: re.Match[str], sent: tuple[int, int]) -> bool:
        # A reporting verb its subject did not use: "did not say", "would
        # not say", "declined to say" report no words.
        t = doc.t
        neg = doc.scan.last("negators", max(sent[0], v.start() - 12), v.start())
        if neg is not None and self._words(t, neg.end(), v.start()) == 0:
            return True
        refusal = self._lexicon(doc.pack, "statements.refusals")
        return refusal.ends_at(t, max(sent[0], v.start() - 24), v.start()) is not None

    def _according_to(self, doc: _Doc, m: re.Match[str]) -> None:
        # "According to X, …" / "…, according to X." / "…، بحسب X" / "وبحسب X، …"
        t = doc.t
        sent = doc.sentence(m.start())
        stop = doc.scan.search("clause_stops", m.end(), sent[1])
        end = stop.start() if stop else sent[1]
        comma = _COMMA_RE.search(t, m.end(), end)
        np_end = comma.start() if comma else end
        if doc.scan.search("complementizers", m.end(), np_end) is not None:
            # "…، فيما قال التلفزيون إن …": a reported clause of its own
            # follows, so the words before are not this source's.
            return
        lead = t[sent[0] : m.start()].rstrip(" \u0648\u0641")
        speaker = None
        if comma is not None and lead.strip() and lead.endswith((",", "\u060c")):
            # "…, according to the regional governor, Vitaliy Kim.": the
            # name after the title is the source.
            speaker = self._name_in_apposition(doc, comma.end(), end)
        if speaker is None:
            speaker = self._resolve_np(doc, m.end(), np_end, m.start(), after=True)
        if speaker is None:
            return
        if lead.strip() and lead.endswith((",", "\u060c")):
            a = self._clause_start(doc, sent[0], m.start())
            b = sent[0] + len(lead) - 1
            closing = sent[0] + len(lead[:-1].rstrip()) - 1
            if not t[a:b].strip() and t[closing : closing + 1] == '"':
                # '"…," according to X' / «…»، بحسب X: the quotation is
                # the source's words.
                a, b = t.rfind('"', 0, closing) + 1, closing
            self._add_statement(doc, a, b, speaker, sent, 0.8)
        elif comma is not None and not lead.strip(" ,\u060c"):
            # "وبحسب لافروف، فإن المحادثات فشلت": the clause after "فإن".
            a = comma.end()
            comp = doc.pack.complementizers.regex.match(t, _skip_space(t, a, end))
            if comp is not None:
                a = comp.end()
            self._add_statement(doc, a, end, speaker, sent, 0.8)
        elif self._words(t, sent[0], m.start()) >= 3:
            # "…، فيما أودت بحياة 112 ألف شخص وفق أكليد" / "X happened
            # according to Y": the clause right before the source.
            a = sent[0]
            for c in _COMMA_RE.finditer(t, sent[0], m.start()):
                a = c.end()
            for ct in doc.scan.finditer("contrast", a, m.start()):
                a = ct.end()
            if self._words(t, a, m.start()) >= 3:
                self._add_statement(doc, a, m.start(), speaker, sent, 0.75)

    def _add_statement(
        self,
        doc: _Doc,
        a: int,
        b: int,
        speaker: Entity,
        sent: tuple[int, int],
        conf: float,
        *,
        denied: bool = False,
        quoted: bool = True,
    ) -> None:
        t = doc.t
        while a < b and t[a] in ' ":':
            a += 1
        while b > a and t[b - 1] in _SPACE_PUNCT:
            b -= 1
        if t.count('"', a, b) % 2 and t[b : b + 1] == '"':
            # Keep the closing mark of a quotation the claim opens: «في ذروتها».
            b += 1
        if b <= a or self._words(t, a, b) < self.settings.min_statement_words:
            return
        if self._lexicon(doc.pack, "statements.dangling").ends_at(t, max(a, b - 12), b) is not None:
            # "أن الاتصال الذي ورد من مسؤول «…»": cut off by a quotation
            # inside it, the clause is half a sentence; the quotation is
            # the claim.
            return
        if t[a - 1 : a] != '"' and self._lexicon(doc.pack, "statements.not_clauses").regex.match(
            t, a
        ):
            return  # "vowed to track down those responsible": an act, not words
        sts = doc.statements
        k = bisect_right(sts, a, key=lambda st: st.start)
        # Statements never overlap: only the neighbours can touch [a, b).
        if (k > 0 and a < sts[k - 1].end) or (k < len(sts) and sts[k].start < b):
            return
        negated = denied or self._negated(doc, a, b)
        sts.insert(k, _Statement(a, b, speaker, sent, negated, conf, quoted))

    def _quote_statement(self, doc: _Doc, q: tuple[int, int], verbs: list[re.Match[str]]) -> None:
        t = doc.t
        qa, qb = q
        if self._words(t, qa, qb) < 3:
            return
        if any(qa < st.end and st.start < qb for st in doc.statements):
            return
        sent = doc.sentence(qa)
        last_sent = doc.sentence(max(qa, qb - 1))
        speaker = None
        for v in verbs:
            if sent[0] <= v.start() < max(last_sent[1], sent[1]):
                speaker = self._speaker_near_verb(doc, v, sent, qa, qb)
                if speaker is not None:
                    break
        if speaker is None:
            # 'Mr. Putin began with condolences: "…"': a colon hands the
            # quotation to the subject of the clause before it.
            lead = t[sent[0] : qa - 1].rstrip()
            if lead.endswith(":"):
                ms = [m for m in doc.mentions_in(sent[0], qa) if m.entity.kind == "person"]
                if ms:
                    speaker = ms[0].entity
                elif doc.pack.pronouns.search(t, sent[0], qa) is not None:
                    # 'On Saturday she was more specific: "…"'
                    speaker = self._last_person(doc, sent[0])
        if (
            speaker is None
            and not t[sent[0] : qa - 1].strip()
            and not t[qb + 1 : sent[1]].strip(" .!?")
        ):
            # '"…," Erdogan said. "Our soldiers will stay."': a quotation that
            # is its own sentence goes on from the speaker just quoted.
            prev = self._previous_statement(doc, qa, 1)
            if prev is not None and t[prev.start - 1 : prev.start] == '"':
                speaker = prev.speaker
        if speaker is not None:
            self._add_statement(doc, qa, qb, speaker, sent, 0.8)

    def _speaker_near_verb(
        self, doc: _Doc, v: re.Match[str], sent: tuple[int, int], qa: int, qb: int
    ) -> Entity | None:
        t = doc.t
        if v.start() >= qb:
            # "…," he said / said Putin / Putin said.
            stop = doc.scan.search("clause_stops", v.end(), sent[1])
            tail_end = stop.start() if stop else sent[1]
            before = self._resolve_np(doc, qb + 1, v.start(), v.start(), after=False)
            if doc.pack.object_verbs.regex.match(t, v.start()):
                # '"…," the minister told Reuters': after "told" stands
                # the audience, never the speaker.
                return before
            # '"…," al-Jubeir said in an interview with Fox News', '"…," he
            # said of his counterpart': a subject before the verb is the
            # speaker; what follows it is the setting or the topic.
            if before is not None:
                return before
            head = self._lexicon(doc.pack, "statements.setting_after_verb").regex.match(
                t, _skip_space(t, v.end(), tail_end)
            )
            if head is not None:
                return None
            return self._resolve_np(doc, v.end(), tail_end, v.start(), after=True)
        # Putin said: "…" — the speaker sits before the verb (or after it in VSO).
        lo = max(sent[0], self._clause_start(doc, sent[0], v.start()))
        return self._resolve_np(doc, lo, v.start(), v.start(), after=False) or self._resolve_np(
            doc, v.end(), qa, v.start(), after=True
        )

    def _clause_start(self, doc: _Doc, lo: int, pos: int) -> int:
        m = None
        for m in re.finditer(r'[;"]', doc.t[lo:pos]):  # noqa: B007
            pass
        return lo + m.end() if m else lo

    def _split(
        self, doc: _Doc, a: int, b: int, speaker: Entity, conf: float
    ) -> list[tuple[int, int, Entity, float]]:
        # "…, and that …" / "، وأن …": one speaker, two reported clauses.
        out = []
        for m in doc.pack.clause_splitters.finditer(doc.t, a, b):
            out.append((a, m.start(), speaker, conf))
            a = m.end()
        out.append((a, b, speaker, conf))
        return out

    def _previous_statement(self, doc: _Doc, pos: int, sentences_back: int) -> _Statement | None:
        k = bisect_right(doc.statements, pos, key=lambda st: st.end)
        if k == 0:
            return None
        st = doc.statements[k - 1]
        i = bisect_right(doc.sent_starts, pos) - 1
        j = bisect_right(doc.sent_starts, st.start) - 1
        return st if i - j <= sentences_back else None

    def _statement_for_verb(
        self,
        doc: _Doc,
        v: re.Match[str],
        vi: int,
        verbs: list[re.Match[str]],
        sent: tuple[int, int],
        quotes: list[tuple[int, int]],
    ) -> list[tuple[int, int, Entity, float]]:
        pack, t = doc.pack, doc.t
        nxt_verb = verbs[vi + 1].start() if vi + 1 < len(verbs) else sent[1]
        nxt_verb = min(nxt_verb, sent[1])
        window_end = min(nxt_verb, sent[1])
        comp = doc.scan.search("complementizers", v.end(), window_end)
        if comp is not None and (ali := _ALI_RE.match(t, comp.start(), comp.end())) is not None:
            w = _WORD_RE.match(t, comp.start() + ali.start(1) - ali.start())
            if w is not None and self._spelled_as_name(doc, w):
                # "قال الحاج علي إن": the name "علي" folds like the "على" of
                # "على أن"; the clause opens at "إن".
                comp = doc.scan.search("complementizers", w.end(), window_end)
        if comp is not None and pack.clause_splitters.search(t, v.end(), comp.end()):
            # The "that" of "…, and that …" opens a second clause, not the first.
            comp = None
        if (
            comp is not None
            and pack.ignore_case
            and self._lexicon(pack, "statements.clause_verbs").search(t, v.end(), comp.start())
        ):
            # "said the army did not know that civilians were…": a verb
            # before the "that" makes it the embedded clause's; the reported
            # clause starts right after "said".
            comp = None
        if (
            comp is not None
            and self._lexicon(pack, "statements.evaluative_verbs").regex.fullmatch(v.group())
            and self._quoted_head(doc, v.end(), comp.start())
        ):
            # 'called the deal "our first indication" that the two could work
            # together': the "that" completes the quoted noun; the words in
            # the marks are the statement, and the quotation gives them.
            return []
        gap_words = self._words(t, v.end(), comp.start()) if comp else 99
        if not pack.ignore_case:
            return self._statement_vso(doc, v, sent, comp, gap_words, nxt_verb)
        before_a = self._clause_start(doc, sent[0], v.start())
        handover = self._contrast(doc, before_a, v.start(), last=True)
        if handover is not None and self._words(t, handover.end(), v.start()) > 0:
            # "…accepted the truce, but Fayez al-Sarraj insisted that…": the
            # speaker stands after the contrast.
            before_a = handover.end()
        # '"…," Erdogan said as he sat down': the verb attributes the quote.
        if (
            before_a > sent[0]
            and t[before_a - 1] == '"'
            and self._words(t, before_a, v.start()) <= 6
            # '"…", while X said …': a comma after the closing mark opens
            # a clause of its own.
            and "," not in t[before_a : v.start()]
            # '…called the mutiny "a stab in the back" and said …': a new
            # statement by the same speaker.
            and not _CONJ_END_RE.search(t, before_a, v.start())
        ):
            return []
        stop = doc.scan.search("clause_stops", v.end(), sent[1])
        tail_end = stop.start() if stop else sent[1]
        # "…, the Indian army said, the first clash since 1975": an
        # apposition after the attribution is not part of it.
        # A punctuation comma only: not the one inside "25,000".
        tail_comma = _PUNCT_COMMA_RE.search(t, v.end(), tail_end)
        if tail_comma is not None and self._words(t, v.end(), tail_comma.start()) <= 3:
            tail_end = tail_comma.start()
        tail_words = self._words(t, v.end(), tail_end)
        if self._lexicon(pack, "statements.adjunct_leads").regex.match(t, v.end() + 1):
            # "…, Putin said after talks with his Turkish counterpart": a
            # circumstance after the verb, not a reported clause.
            tail_words = 0
        comma = t.rfind(",", before_a, v.start())
        if comma >= 0 and comp is None:
            # "…, the U.N. says." / "…, said the Turkish president."
            np_words = self._words(t, comma + 1, v.start())
            speaker: Entity | None = None
            if tail_words <= 3 and 0 < np_words <= 8:
                speaker = self._resolve_np(doc, comma + 1, v.start(), v.start(), after=False)
            if (
                speaker is None
                and np_words == 0
                and tail_words <= 6
                # "…, Amirali Hajizadeh, said he accepted": a pronoun after
                # the verb opens the reported clause; it is no inverted name.
                and pack.pronouns.regex.match(t, v.end() + 1) is None
            ):
                # "…, noted Artak Beglaryan, the region's ombudsman."
                name_end = _COMMA_RE.search(t, v.end(), tail_end)
                np_end = name_end.start() if name_end else tail_end
                if self._words(t, v.end(), np_end) <= 6:
                    speaker = self._resolve_np(doc, v.end(), np_end, v.start(), after=True)
            end_at = comma
            if speaker is None and tail_words <= 3 and np_words <= 8:
                # "…, Stephanie Williams, the UN's acting envoy, told
                # reporters": the name stands before the apposition. (Only
                # punctuation commas: not the one inside "4,300".)
                commas = [c.start() for c in _PUNCT_COMMA_RE.finditer(t, before_a, v.start())]
                for k in range(len(commas) - 1, max(0, len(commas) - 3), -1):
                    seg_a, seg_b = commas[k - 1] + 1, commas[k]
                    if 0 < self._words(t, seg_a, seg_b) <= 5:
                        speaker = self._resolve_np(doc, seg_a, seg_b, v.start(), after=False)
                        if speaker is not None:
                            end_at = commas[k - 1]
                            # "…, Hulusi Akar, the defence minister, said":
                            # the name before the title is the same speaker.
                            if k >= 2 and any(
                                m.entity is speaker
                                for m in doc.mentions_in(commas[k - 2], commas[k - 1])
                            ):
                                end_at = commas[k - 2]
                            break
            if speaker is not None:
                a = self._clause_start(doc, sent[0], end_at)
                while a < end_at and t[a] in ' "':
                    a += 1
                if (
                    self._words(t, a, end_at) <= 4
                    and (
                        self._lexicon(pack, "definite_refs").regex.match(t, a) is not None
                        # 'Dany Cotton, the London Fire Commissioner, said: "…"':
                        # the name before its title, not a clause.
                        or _CAP_NAME_RE.fullmatch(t[a:end_at].strip()) is not None
                    )
                    # "The talks had failed, Lavrov said": a short clause
                    # with a verb of its own is what was said.
                    and not self._has_finite_verb(doc, a, end_at)
                ):
                    # "The ship's Japanese owner, Shoei Kisen Kaisha,
                    # apologised": a title before the name, not a clause.
                    return []
                if self._lexicon(pack, "statements.fronted_leads").regex.match(
                    t, a
                ) and not self._has_finite_verb(doc, a, end_at):
                    # "Speaking from Doha, X declared victory": a fronted
                    # circumstance of the speaker, not what was said.
                    return []
                return self._split(doc, a, end_at, speaker, 0.8)
            if 0 < np_words <= 8 and tail_words == 0 and tail_comma is not None:
                # "…, a US official said, before aides joined them": an
                # unnamed source set off by commas reports the clause before
                # it; the words after the second comma are not what was said.
                return []
        conj = re.search(
            r"(?:^|\s)(?:and|but|then)\s*$", t[max(before_a, v.start() - 12) : v.start()]
        )
        prev = self._previous_statement(doc, v.start(), 0) if conj else None
        if prev is None and self._lexicon(pack, "statements.participles").regex.fullmatch(
            v.group()
        ):
            # "X said …, adding that …": the participle goes on for X.
            prev = self._previous_statement(doc, v.start(), 0)
        if prev is not None:
            speaker = prev.speaker
        else:
            speaker = self._resolve_np(doc, before_a, v.start(), v.start(), after=False)
        if speaker is None and conj and vi > 0 and verbs[vi - 1].start() >= sent[0]:
            # "Aliyev hailed it as a victory and said …": the first verb
            # reported no words, but its subject is the second's.
            first = verbs[vi - 1]
            first_a = self._clause_start(doc, sent[0], first.start())
            speaker = self._resolve_np(doc, first_a, first.start(), first.start(), after=False)
        if speaker is None:
            return []
        a = v.end()
        adj = pack.adjuncts.regex.match(t, a + 1) if a + 1 < len(t) else None
        if adj is not None:
            a = adj.end()
        if comp is not None and gap_words <= 10:
            a = comp.end()
        elif (
            ov := pack.object_verbs.regex.match(t, v.start())
        ) is not None and ov.end() >= v.end():
            # "told Erdogan the deaths were…", "told reporters the…" (unless
            # the verb's match took its audience already: "told reporters").
            obj = next((m for m in doc.mentions_in(a, window_end)), None)
            aud = pack.audiences.regex.match(t, a + 1) if a + 1 < len(t) else None
            if obj is not None and self._words(t, a, obj.start) <= 1:
                a = obj.end
            elif aud is not None:
                a = aud.end()
            else:
                return []
        if (comp is None or gap_words > 10) and (
            self._act_object(doc, a, window_end)
            # "Trump said little in public", "said nothing about it" (but
            # "said little had changed" reports a clause).
            or self._no_words(doc, a)
        ):
            return []
        b = self._clause_end(doc, a, nxt_verb, sent)
        if (comp is None or gap_words > 10) and self._object_only(doc, v, a, b):
            return []
        return self._split(doc, a, b, speaker, 0.85)

    def _quoted_head(self, doc: _Doc, a: int, comp: int) -> bool:
        """A quotation that ends right before the complementizer at
        ``comp`` and opens after ``a``: 'called it "a sign" that …'."""
        t = doc.t
        end = len(t[a:comp].rstrip()) + a
        if end <= a or t[end - 1] not in _QUOTE_MARKS:
            return False
        return any(c in _QUOTE_MARKS for c in t[a : end - 1])

    def _object_only(self, doc: _Doc, v: re.Match[str], a: int, b: int) -> bool:
        """A verb that takes a thing as well as a clause ("announced the
        agreement late on Monday", "hailed it as a victory", "confirmed the
        arrangement") reports words only when a finite verb follows it;
        "said" and "told" always report."""
        t, pack = doc.t, doc.pack
        if not self._lexicon(pack, "statements.object_or_clause").regex.fullmatch(v.group()):
            return False
        comma = _PUNCT_COMMA_RE.search(t, a, b)
        end = comma.start() if comma is not None else b
        if any(c in _QUOTE_MARKS for c in t[a:end]) or (
            self._lexicon(pack, "statements.evaluative_verbs").regex.fullmatch(v.group())
            and self._lexicon(pack, "statements.evaluative_links").search(t, a, end)
        ):
            # 'called the killings "barbaric"', "described the deal as a
            # beacon of hope": words or a judgement put in the speaker's
            # mouth are a statement ("hailed it as a victory" is praise).
            return False
        return not any(self._finite(pack, w) for w in _WORD_RE.findall(t, a, end)[:12])

    def _finite(self, pack: LanguagePack, word: str) -> bool:
        """An auxiliary, an irregular past or any "-ed" form: a word that
        shows a clause of its own."""
        return (
            self._lexicon(pack, "statements.clause_verbs").regex.fullmatch(word) is not None
            or self._lexicon(pack, "statements.finite_verbs").regex.fullmatch(word) is not None
            or (len(word) > 4 and word.endswith("ed"))
        )

    def _has_finite_verb(self, doc: _Doc, a: int, b: int) -> bool:
        return any(self._finite(doc.pack, w) for w in _WORD_RE.findall(doc.t, a, b))

    def _no_words(self, doc: _Doc, a: int) -> bool:
        t = doc.t
        m = self._lexicon(doc.pack, "statements.no_words").regex.match(t, a + 1)
        if m is None:
            return False
        nxt = _WORD_RE.search(t, m.end(), m.end() + 30)
        return nxt is None or not self._finite(doc.pack, nxt.group())

    def _act_object(self, doc: _Doc, a: int, end: int) -> bool:
        # "declared a three-month state of emergency", "announced three days
        # of mourning": the verb performs an act; no words are attributed.
        m = self._lexicon(doc.pack, "statements.act_objects").search(doc.t, a, min(end, a + 80))
        return m is not None and self._words(doc.t, a, m.start()) <= 5

    def _statement_vso(
        self,
        doc: _Doc,
        v: re.Match[str],
        sent: tuple[int, int],
        comp: re.Match[str] | None,
        gap_words: int,
        nxt_verb: int,
    ) -> list[tuple[int, int, Entity, float]]:
        # Verb first (قال بوتين إن …), subject first (بوتين من جهته قال إن …),
        # or no subject at all (وأضاف أن …: the last speaker goes on).
        t = doc.t
        if comp is not None and gap_words <= 25:
            np_a, np_b, clause_a = v.end(), comp.start(), comp.end()
        else:
            q = re.compile(r'[^"\n]{0,120}?:\s*"').match(t, v.end())
            if q is None:
                self._nominal_report(doc, v, sent, nxt_verb)
                return []
            np_a, np_b, clause_a = v.end(), q.end() - 1, q.end()
        adj = doc.pack.adjuncts.last(t, np_a, np_b)
        if adj is not None and adj.start() > np_a and not t[adj.end() : np_b].strip():
            # "أبدى الزياني أمله بأن", "قال الزياني في مؤتمر صحفي إن": the
            # subject ends before the phrase that closes it.
            np_b = adj.start()
        else:
            # "قال X في تصريح لقناة …", "خلال اتصال هاتفي مع نظيره …": an
            # occasion opens after the subject, whatever it goes on to name.
            setting = self._lexicon(doc.pack, "statements.occasions").search(t, np_a, np_b)
            if setting is not None and self._words(t, np_a, setting.start()) > 0:
                np_b = setting.start()
        speaker = self._resolve_np(doc, np_a, np_b, v.start(), after=True)
        apposed = _PUNCT_COMMA_RE.search(t, np_a, np_b)
        if speaker is None and apposed is not None and self._words(t, np_a, apposed.start()) > 1:
            # "أكد الدكتور X، رئيس قسم …، أن": the name, then its apposition.
            named = self._resolve_np(doc, np_a, apposed.start(), v.start(), after=True)
            s0, e0 = doc.norm.span(np_a, apposed.start())
            if named is not None and (
                any(m.entity is named for m in doc.mentions_in(np_a, apposed.start()))
                or named.name in doc.norm.original[s0:e0]
            ):
                # A name, not an office standing for its unnamed holder.
                speaker = named
        conf = 0.85
        participle = (
            self._lexicon(doc.pack, "statements.participles").regex.fullmatch(v.group()) is not None
        )
        if speaker is None and participle:
            speaker = self._main_subject(doc, sent, v.start())
        if speaker is None and not participle:
            # "غير أن وزير الصحة …": a connective before the subject.
            opener = self._lexicon(doc.pack, "statements.openers").regex.match(t, sent[0])
            subj_a = opener.end() if opener is not None else sent[0]
            if self._words(t, subj_a, v.start()) <= 9:
                # "المتحدث باسم الدفاع المدني ياسر العبدلي قال": the name
                # that ends a titled subject, not the body inside it.
                speaker = self._titled_subject(doc, subj_a, v.start())
        if speaker is None and not participle:
            handover = self._contrast(doc, sent[0], v.start(), last=True)
            if handover is not None and 0 < self._words(t, handover.end(), v.start()) <= 5:
                # "…، غير أن الرئيس الأميركي عاد ليقول إن": the subject
                # stands after the contrast, and may be a title.
                speaker = self._resolve_np(doc, handover.end(), v.start(), v.start(), after=False)
        if speaker is None:
            lo = max(sent[0], v.start() - 60)
            speaker = self._resolve_np(
                doc, lo, v.start(), v.start(), after=False, subject_only=True
            )
        if speaker is None and not participle and self._subject_before(doc, sent[0], v.start()):
            # "وكان البيت الأبيض قد أعلن أن …": a subject of its own that
            # names no one known; the last speaker did not say it.
            return []
        if speaker is None and not participle:
            # "خوان بيريز قال إن …": a new name opening the sentence.
            bare = self._uncased_name(doc, sent[0], v.start())
            if bare is not None:
                speaker = _new_speaker(doc, bare)
        if speaker is None and not participle and comp is not None:
            # "قال بايدن إن …": a single bare word, no source noun, title or
            # article, is a person's name the entity table does not hold yet.
            rest = _set_aside(t[np_a:np_b], doc.pack.adjuncts, doc.pack.audiences)
            words = list(_WORD_RE.finditer(rest))
            if len(words) == 1:
                w = words[0]
                start = np_a + w.start()
                bare = self._uncased_name(doc, start, start + len(w.group()), min_words=1)
                suffix = str(doc.pack.data.get("statements", {}).get("possessive_endings") or "")
                if bare is not None and not (suffix and re.search(suffix, bare)):
                    # Not "وقال محاميه"، "وقالت عائلته": a noun with its
                    # owner's pronoun, as spelled (a name's "ة" folds to "ه").
                    speaker = _new_speaker(doc, bare)
        if speaker is None and self._unresolved_subject(doc, np_a, np_b):
            # "وأوضح سكان أن …", "ويقول محللون إن …": the verb has a subject
            # of its own that names no one; the last speaker did not say it.
            return []
        if speaker is None:
            # A participle speaks for its own sentence's subject ("قالت
            # مصادر … مرجحة أن"): an unnamed one is no earlier speaker.
            prev = self._previous_statement(doc, v.start(), 0 if participle else 1)
            if prev is None and participle:
                return []
            speaker = prev.speaker if prev is not None else self._last_person(doc, v.start())
            conf = 0.7
        if speaker is None:
            return []
        b = self._clause_end(doc, clause_a, nxt_verb, sent)
        return self._split(doc, clause_a, b, speaker, conf)

    def _nominal_report(
        self, doc: _Doc, v: re.Match[str], sent: tuple[int, int], nxt_verb: int
    ) -> None:
        """ "أعلنت رئيسة الوزراء تيريزا ماي تخصيص خمسة ملايين جنيه": a report
        with no clause quotes no words, but its figures are the speaker's.
        Acts ("أعلن الحداد ثلاثة أيام") and unnamed sources give none."""
        if not self._lexicon(doc.pack, "statements.reporting").regex.fullmatch(v.group()):
            return
        b = self._clause_end(doc, v.end(), nxt_verb, sent)
        if self._act_object(doc, v.end(), b):
            return
        first = doc.pack.numbers.regex.search(doc.t, v.end(), b)
        np_b = first.start() if first is not None else b
        speaker = self._resolve_np(doc, v.end(), np_b, v.start(), after=True, subject_only=True)
        if speaker is not None:
            self._add_statement(doc, v.end(), b, speaker, sent, 0.7, quoted=False)

    def _main_subject(self, doc: _Doc, sent: tuple[int, int], pos: int) -> Entity | None:
        # "عرضت وزارة الدفاع …، مؤكدة أن": a participle speaks for the
        # sentence's speaker so far, else for the first one it names.
        prev = self._previous_statement(doc, pos, 0)
        if prev is not None and prev.start >= sent[0]:
            return prev.speaker
        ms = [m for m in doc.mentions_in(sent[0], pos) if m.entity.kind in ("person", "org")]
        return ms[0].entity if ms else None

    def _subject_before(self, doc: _Doc, a: int, v: int) -> bool:
        """Whether a body stands as the subject right before the verb, past
        its auxiliaries ("وكان البيت الأبيض قد أعلن"). Only a body: "the
        Indian pilot" before the verb may be a person named earlier."""
        t = doc.t
        for c in _COMMA_RE.finditer(t, a, v):
            a = c.end()
        auxiliaries = self._lexicon(doc.pack, "statements.auxiliaries")
        rest = _set_aside(t[a:v], doc.pack.adjuncts, auxiliaries).strip().lstrip("وف")
        return self._lexicon(doc.pack, "statements.bodies").regex.match(rest) is not None

    def _unresolved_subject(self, doc: _Doc, a: int, b: int) -> bool:
        # Words between the verb and its clause, once adjuncts ("في بيان",
        # "للصحفيين") and pronoun subjects are set aside.
        pack, t = doc.pack, doc.t
        words = _WORD_RE.findall(t, a, b)
        if not words:
            return False
        rest = _set_aside(t[a:b], pack.adjuncts, pack.audiences, pack.pronouns)
        return bool(_WORD_RE.findall(rest))

    def _clause_end(self, doc: _Doc, a: int, nxt_verb: int, sent: tuple[int, int]) -> int:
        t = doc.t
        b = sent[1]
        contrast = self._contrast(doc, a, b)
        if (
            contrast is not None
            and doc.pack.verbs.search(t, contrast.end(), b) is not None
            # "…, but that he had not been informed": the same speaker's
            # second clause, not a second speaker.
            and doc.pack.clause_splitters.regex.match(t, contrast.start()) is None
        ):
            # "…said it hoped the truce would hold, while X stated that…":
            # a contrast conjunction hands the sentence to the next speaker.
            b = contrast.start()
        elif nxt_verb < b and _NEW_CLAUSE_RE.search(t, max(a, nxt_verb - 14), nxt_verb + 1):
            # "…, and added" / "، مؤكدا أن" / "وأضاف": the next reporting
            # verb starts a new statement; cut before its conjunction.
            b = nxt_verb
            while b > a and (t[b - 1] in _SPACE_PUNCT or t[b - 1] in "وف"):
                b -= 1
            w = _TRAILING_CONJ_RE.search(t, a, b)
            if w:
                b = w.start()
        while b > a and t[b - 1] in _SPACE_PUNCT:
            b -= 1
        return b

    def _contrast(self, doc: _Doc, a: int, b: int, *, last: bool = False) -> re.Match[str] | None:
        # "…, while X stated", "فيما أكد X": a contrast conjunction; English
        # ones count only after a comma ("while" also means "during").
        pack, t = doc.pack, doc.t
        after_comma = bool(pack.data.get("statements", {}).get("contrast_after_comma"))
        found = None
        for m in doc.scan.finditer("contrast", a, b):
            if not after_comma or t[a : m.start()].rstrip().endswith((",", ";", "\u060c")):
                if not last:
                    return m
                found = m
        return found

    def _last_person(self, doc: _Doc, pos: int) -> Entity | None:
        i = bisect_left(doc.mention_starts, pos) - 1
        while i >= 0:
            ent = doc.mentions[i].entity
            if ent.kind == "person":
                return ent
            i -= 1
        return None

    def _resolve_np(
        self,
        doc: _Doc,
        a: int,
        b: int,
        verb_pos: int,
        *,
        after: bool,
        subject_only: bool = False,
    ) -> Entity | None:
        """Who a noun phrase next to a reporting verb names."""
        if b <= a:
            return None
        pack, t = doc.pack, doc.t
        groups = self._lexicon(pack, "statements.group_subjects")
        group = groups.regex.match(t, _skip_space(t, a), b) if after else groups.ends_at(t, a, b)
        if group is not None and not doc.mentions_in(group.end(), b):
            # "the two presidents said", "قال الوزيران": several people next
            # to the verb, no one speaker (unless their names follow).
            return None
        if after and not pack.cased_names:
            head = _WORD_RE.search(t, a, b)
            if (
                head is not None
                and not t[a : head.start()].strip()
                and self._lexicon(pack, "statements.source_heads").regex.fullmatch(head.group())
                # "المسؤول سمير حداد": a definite head refers to someone.
                and not _DEFINITE_RE.match(head.group())
                # "مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل":
                # an office, named by whoever holds it.
                and self._name_after_title(doc, head.end(), b, direct=False) is None
            ):
                # "قال مسؤول في الأمم المتحدة", "مصادر في المعارضة": an
                # unnamed source, whatever body it belongs to.
                return None
        antecedent = False
        if not after and not subject_only:
            named = self._appositive_subject(doc, a, b)
            if named is not None:
                return named
        if not after:
            # "a swap for Viktor Bout that American officials said …": the
            # verb's subject follows the relative pronoun.
            rel = None
            for rel in _OBJECT_REL_RE.finditer(t, a, b):  # noqa: B007
                pass
            if rel is not None and 0 < self._words(t, rel.end(), b) <= 4:
                a = rel.end()
            rel = _SUBJECT_REL_RE.search(t, max(a, b - 12), b)
            if rel is not None and not t[rel.end() : b].strip():
                # "Khan convened the National Security Committee, which
                # said …": the subject is the noun phrase the pronoun
                # follows, not a name earlier in the sentence.
                antecedent = True
                b = rel.start()
                toks = list(_WORD_RE.finditer(t, a, b))
                a = max(a, toks[-5].start() if len(toks) >= 5 else a)
        ms = [m for m in doc.mentions_in(a, b) if m.entity.kind in ("person", "org")]
        if antecedent:
            ms = [m for m in ms if not t[m.end : b].strip(" ,\u060c")]
        if not after:
            ms = [m for m in ms if not _RELATIVE_RE.search(t, max(a, m.start - 12), m.start)] or ms
        if ms and antecedent:
            return ms[-1].entity
        if after and not pack.cased_names and not subject_only:
            named = self._name_before_role(doc, a, b)
            if named is not None:
                return named
        if ms:
            persons = [m for m in ms if m.entity.kind == "person"]
            if not persons and after and not pack.cased_names and not subject_only:
                # "قال المتحدث باسم الدفاع المدني خوان بيريز إن": the body
                # is the spokesman's; the new name after it is the speaker.
                tm = pack.titles.search(t, a, b)
                if tm is not None and self._words(t, a, tm.start()) == 0:
                    named = self._name_after_title(doc, tm.end(), b)
                    if named is not None:
                        self._titled(doc).setdefault(pack.titles.key(tm), named)
                        return named
                head = _WORD_RE.search(t, a, b)
                if (
                    head is not None
                    and not t[a : head.start()].strip()
                    and self._lexicon(pack, "statements.unnamed").regex.fullmatch(head.group())
                ):
                    # "قال سفير إيران لدى الأمم المتحدة أمير سعيد إيرواني":
                    # an office held at a body, then its holder's name.
                    named = self._name_after_title(doc, ms[-1].end, b)
                    if named is not None:
                        return named
            if not persons and not after and pack.cased_names and not subject_only:
                # "The UN envoy Hans Lindqvist said": a body's office, then
                # a new name, which is the speaker's.
                last = ms[-1]
                names = [n for n in _CAP_NAME_RE.finditer(t, last.end, b) if " " in n.group()]
                if names and not t[names[-1].end() : b].strip(" ,"):
                    named = self._cap_name_speaker(doc, names[-1].start(), names[-1].end())
                    if named is not None and named.kind == "person":
                        return named
            pool = persons or ms
            return (pool[0] if after else pool[-1]).entity
        if subject_only:
            return None
        # Titles: "the Turkish president", "الرئيس الروسي", "his Russian counterpart".
        tm = doc.scan.search("titles", a, b) if after else doc.scan.last("titles", a, b)
        cm = doc.scan.search("counterpart", a, b)
        if tm is not None and self._name_follows(doc, tm.end(), b):
            # "Prime Minister Ranil Wickremesinghe said": a known name the
            # title stands before is the speaker.
            tm = None
        if tm is not None and not after and pack.cased_names:
            # "Interior Minister Marco Bellini said": a new name right after
            # the title is the speaker too, and "the interior minister"
            # later in the text is the same person.
            gap = t[tm.end() : tm.end() + 1]
            nm = _CAP_NAME_RE.match(t, tm.end() + 1, b) if gap == " " else None
            if nm is not None and not t[nm.end() : b].strip(" ,"):
                named = self._cap_name_speaker(doc, nm.start(), nm.end())
                if named is not None:
                    self._titled(doc).setdefault(pack.titles.key(tm), named)
                    return named
        if tm is not None and after and not pack.cased_names:
            named = self._name_after_title(doc, tm.end(), b)
            if named is not None:
                # "وأضاف الوزير" later refers back to this name.
                self._titled(doc).setdefault(pack.titles.key(tm), named)
                return named
        if tm is None and after and not pack.cased_names:
            # "قال الوسيط الأفريقي أولوسيغون أوباسانجو إن": an office the
            # pack does not list, its definite qualifier, then a new name,
            # none of whose words is definite ("المفوضية السامية للأمم
            # المتحدة لشؤون اللاجئين" ends with no name).
            named = self._name_after_title(doc, a, b, direct=False, definite_name=False)
            if named is not None:
                return named
        if tm is not None or cm is not None:
            side = self._side(doc, a, b)
            if side is None:
                for m in doc.mentions_in(a, b):
                    side = m.entity.code or m.entity.country or side
            base = pack.titles.key(tm) if tm is not None else None
            if cm is not None and base is None:
                other = self._last_person(doc, verb_pos)
                if other is not None and other.roles:
                    base = other.roles[0].split(":")[0]
            if base and side:
                holders = doc.index.by_role(
                    f"{base}:{side}", on=doc.pub.date() if doc.pub is not None else None
                )
                if holders:
                    return holders[0]
            if base and tm is not None and self._words(t, a, tm.start()) <= 2:
                # "the foreign minister said": the one the document names
                # with that title ("Foreign Minister X", "X, the UN envoy").
                named = self._titled(doc).get(base)
                if named is not None:
                    return named
                office = self._office(doc, base, side, a, b)
                if office is not None:
                    return office
        generic = self._generic_title(doc, a, b, after=after)
        if generic is not None:
            return generic
        # "the ministry said", "الوزارة أعلنت": a definite description
        # names the last organisation whose name holds its head noun.
        ana = self._description(doc, a, b, verb_pos, after=after)
        if ana is not None:
            return ana
        # Pronouns: the last person named before.
        pm = pack.pronouns.search(t, a, b)
        if pm is not None and (not after or self._words(t, a, pm.start()) <= 1):
            before = self._previous_statement(doc, verb_pos, 1)
            if self._lexicon(pack, "statements.group_pronouns").regex.fullmatch(pm.group()):
                # "Residents said they had warned …": "they" and "it" stand
                # for a group or a body, never for the last person quoted.
                if before is not None and before.speaker.kind != "person":
                    return before.speaker
                return None
            return before.speaker if before is not None else self._last_person(doc, verb_pos)
        # A capitalised name next to the verb is a new speaker.
        if pack.ignore_case:
            names = list(_CAP_NAME_RE.finditer(t, a, b))
            if names:
                nm = names[0] if after else names[-1]
                prep = self._lexicon(pack, "statements.name_not_after")
                title_words = self._lexicon(pack, "statements.title_words").regex
                k = len(names) - 1
                titled = False
                while not after and k > 0:
                    # "the Government of National Accord in Tripoli said": a
                    # place after a preposition qualifies the name before it.
                    p = prep.ends_at(t, max(a, names[k].start() - 8), names[k].start())
                    if p is None or t[names[k - 1].end() : p.start()].strip():
                        break
                    if title_words.fullmatch(names[k - 1].group().split()[-1].casefold()):
                        # "Secretary of State Antony Blinken said": the words
                        # after "of" end the title and go on to the name.
                        titled = True
                        break
                    k -= 1
                    nm = names[k]
                    b = p.start()
                if not titled and prep.ends_at(t, max(a, nm.start() - 8), nm.start()):
                    # "a hospital source in Sebba said", "residents of
                    # Khartoum": a place that qualifies an unnamed speaker.
                    pass
                elif after or not t[nm.end() : b].strip(" ,\u060c"):
                    start = nm.start()
                    if titled:
                        # "of State Antony Blinken", "of Foreign Affairs Ana
                        # Ruiz": the office's words, then a name of two words
                        # (three when the entity table knows them).
                        ws = list(_WORD_RE.finditer(t, nm.start(), nm.end()))
                        if len(ws) > 3 and doc.index.resolve(
                            t[ws[-3].start() : nm.end()], kinds=("person",)
                        ):
                            start = ws[-3].start()
                        elif len(ws) > 2:
                            start = ws[-2].start()
                    named = self._cap_name_speaker(doc, start, nm.end())
                    if named is not None:
                        return named
        elif (
            after
            and (head := _WORD_RE.match(t, _skip_space(t, a, b), b)) is not None
            and self._lexicon(pack, "statements.unnamed").regex.fullmatch(head.group())
            and (named := self._name_after_title(doc, head.end(), b, direct=False)) is not None
        ):
            # "قال وزير السكك الحديدية الهندي أشويني فايشناو إن": an office
            # the titles do not list, then the name of whoever holds it.
            return named
        elif b - a <= 40:
            # Arabic spelling variants: fuzzy match the words before "أن".
            words = t[a:b].split()
            for size in (2, 1, 3):
                for i in range(len(words) - size + 1):
                    cand = " ".join(words[i : i + size])
                    if len(cand) >= 4:
                        ent = doc.index.resolve(cand, kinds=("person",))
                        if ent is not None:
                            return ent
            if after and not subject_only:
                bare = self._uncased_name(doc, a, b) or self._name_after_bare_title(doc, a, b)
                if bare is not None:
                    return _new_speaker(doc, bare)
                surname = self._known_surname(doc, a, b)
                if surname is not None:
                    return surname
        return self._role(doc, a, b, after=after)

    def _generic_title(self, doc: _Doc, a: int, b: int, *, after: bool) -> Entity | None:
        """A bare title word refers back ("the minister added", "وأضاف الوزير")
        to the one person the document gives a title of that kind
        ("Foreign Minister Lavrov", an interior minister named before)."""
        pack, t = doc.pack, doc.t
        lex = self._lexicon(pack, "statements.generic_titles")
        gm = lex.search(t, a, b) if after else lex.last(t, a, b)
        if gm is None:
            return None
        if after:
            if self._words(t, a, gm.start()) > 0 or self._words(t, gm.end(), b) > 1:
                return None
        elif self._words(t, a, gm.start()) > 1 or self._words(t, gm.end(), b) > 0:
            return None
        kind = lex.key(gm)
        holders = {e.name: e for k, e in self._titled(doc).items() if k.endswith(kind)}
        if len(holders) != 1:
            return None
        (holder,) = holders.values()
        named_before = doc.mentions[: bisect_left(doc.mention_starts, a)]
        if holder in doc.new_entities.values() or any(m.entity is holder for m in named_before):
            return holder
        return None

    def _name_in_apposition(self, doc: _Doc, a: int, b: int) -> Entity | None:
        # A name and nothing else: a known person, or a new capitalised name.
        t = doc.t
        rest = t[a:b].strip(" .")
        if not rest or self._words(t, a, b) > 4:
            return None
        ms = [m for m in doc.mentions_in(a, b) if m.entity.kind == "person"]
        if len(ms) == 1 and not t[a : ms[0].start].strip() and not t[ms[0].end : b].strip(" ."):
            return ms[0].entity
        if doc.pack.cased_names:
            s0 = _skip_space(t, a, b)
            nm = _CAP_NAME_RE.fullmatch(t, s0, s0 + len(rest))
            if nm is not None:
                return self._cap_name_speaker(doc, nm.start(), nm.end())
        return None

    def _appositive_subject(self, doc: _Doc, a: int, b: int) -> Entity | None:
        """The name before an apposition that ends at the verb.

        "Ana Ruiz, the city coroner, said", "Tom Becker, 45, said", "Ana
        Ruiz, who led the delegation, said": the speaker is the name, not
        the role the apposition gives it.
        """
        t, pack = doc.t, doc.pack
        if not pack.cased_names or not t[a:b].rstrip().endswith((",", "\u060c")):
            return None
        commas = [c.start() for c in _PUNCT_COMMA_RE.finditer(t, a, b)]
        if len(commas) < 2:
            return None
        c1, c2 = commas[-2], commas[-1]
        if not 0 < self._words(t, c1 + 1, c2) <= 12:
            return None
        head_a = commas[-3] + 1 if len(commas) >= 3 else a
        lead = self._lexicon(pack, "statements.apposition_leads")
        app = t[c1 + 1 : c2].strip()
        title_words = self._lexicon(pack, "statements.title_words")
        if not (
            lead.regex.match(app)
            or app[:1].isdigit()
            or pack.titles.search(app) is not None
            or title_words.search(app) is not None
        ):
            return None
        conj = re.match(r"\s*and\s+", t[head_a:c1])
        if conj is not None:
            # "Lena Moravec, the coroner, and Tom Becker, the fire chief, said"
            head_a += conj.end()
        head = t[head_a:c1].strip()
        if not head or self._words(t, head_a, c1) > 5:
            return None
        ms = [m for m in doc.mentions_in(head_a, c1) if m.entity.kind in ("person", "org")]
        if ms and not t[ms[-1].end : c1].strip():
            return ms[-1].entity
        hs = _skip_space(t, head_a, c1)
        nm = _CAP_NAME_RE.fullmatch(t, hs, hs + len(head))
        if nm is None:
            return None
        return self._cap_name_speaker(doc, nm.start(), nm.end())

    def _cap_name_speaker(self, doc: _Doc, start: int, end: int) -> Entity | None:
        """The speaker a run of capitalised words names, if any.

        Words that are no names ("The", "Minister", "Dr") go; so do the
        words of a title before the name ("City Coroner Ana Ruiz",
        "Italian Interior Minister Marco Bellini" name Ana Ruiz and Marco
        Bellini). A group ("Indian officials", "Many Sri Lankans",
        "Shopkeepers said") names no one.
        """
        t, pack = doc.t, doc.pack
        if self._unnamed_group(doc, start, end):
            return None
        words = t[start:end].split()
        title_words = self._lexicon(pack, "statements.title_words").regex
        cut = max((i + 1 for i, w in enumerate(words) if title_words.fullmatch(w)), default=0)
        if cut < len(words):
            words = words[cut:]
        words = [w for w in words if w not in pack.not_names]
        name = " ".join(words).strip(" .")
        if len(name) < 3:
            return None
        known = doc.index.resolve(name, kinds=("person", "org"))
        if known is not None:
            return known
        if (
            len(words) == 1
            and _GROUP_WORD_RE.fullmatch(name)
            and not t[doc.sentence(start)[0] : start].strip(" \"'(")
            and not _name_part_of(doc, name)
        ):
            # "Shopkeepers said", "Fishermen said": a plural noun that
            # opens the sentence, not a surname the document gave in full.
            return None
        return _new_speaker(doc, name)

    def _name_after_title(
        self, doc: _Doc, pos: int, b: int, *, direct: bool = True, definite_name: bool = True
    ) -> Entity | None:
        """The name a title stands before, in a script without capitals.

        "قال وزير الخارجية الأمريكي أنتوني بلينكن إن …": the title and its
        definite qualifiers, then two or three words up to the clause. A
        known name is that person (whoever the office's holder in the data
        is); a new one is a new speaker, as after a verb alone. Unless
        ``direct``, a definite word must stand between ("مصدر عسكري سوري" is
        an unnamed source, "وزير النقل محمد علي" a named minister). Unless
        ``definite_name``, a new name holds no definite word ("لشؤون
        اللاجئين" closes an agency's name, not a person's).
        """
        toks = list(_WORD_RE.finditer(doc.t, pos, b))
        for size in (6, 5, 4, 3, 2):
            if len(toks) < size or (size > 3 and not _linked_name(toks[-size:])):
                continue
            first = toks[-size]
            before = toks[-size - 1].group() if len(toks) > size else None
            if before is None and not direct:
                continue
            if (
                before is not None
                and not before.startswith(("ال", "لل"))
                # "رئيس بلدية درنة عبد المنعم الغيثي": a known place closes
                # the office as a definite word does.
                and not any(
                    m.entity.kind != "person"
                    for m in doc.mentions_in(toks[-size - 1].start(), toks[-size - 1].end())
                )
                # ...and so does a place the word before names as one ("رئيس
                # وزراء ولاية كيرالا بيناراي فيجايان").
                and not (
                    len(toks) > size + 1
                    and self._lexicon(doc.pack, "statements.place_heads").regex.fullmatch(
                        toks[-size - 2].group()
                    )
                )
            ):
                # "المتحدث باسم خفر السواحل": the words go on describing the
                # office; a name follows its last definite word.
                continue
            name = doc.t[first.start() : toks[-1].end()]
            known = doc.index.resolve(name, kinds=("person",))
            if known is not None:
                return known
            bare = self._uncased_name(doc, first.start(), toks[-1].end())
            if bare is not None and (
                definite_name or not any(w.group().startswith(("ال", "لل")) for w in toks[-size:])
            ):
                return _new_speaker(doc, bare)
        return None

    def _titled_subject(self, doc: _Doc, a: int, b: int) -> Entity | None:
        """A subject opening the sentence with a title, a rank or an office
        and ending with a name: "وزير الخارجية الإيراني عباس عراقجي قال",
        "اللواء حسين سلامي أكد", "قائد الحرس الثوري اللواء حسين سلامي أكد"."""
        t, pack = doc.t, doc.pack
        head = _WORD_RE.search(t, a, b)
        if head is None or t[a : head.start()].strip():
            return None
        tm = pack.titles.regex.match(t, head.start())
        if tm is not None:
            return self._name_after_title(doc, tm.end(), b)
        hon = self._lexicon(pack, "statements.honorifics").regex.match(t, head.start())
        if hon is not None:
            bare = self._uncased_name(doc, hon.end(), b)
            return _new_speaker(doc, bare) if bare is not None else None
        if self._lexicon(pack, "statements.unnamed").regex.fullmatch(
            head.group()
        ) and not self._lexicon(pack, "statements.source_heads").regex.fullmatch(head.group()):
            return self._name_after_title(doc, head.end(), b, direct=False)
        return None

    def _name_before_role(self, doc: _Doc, a: int, b: int) -> Entity | None:
        """ "قال ماركو بيليني وزير الداخلية الإيطالي إن", "قالت آنا رويز،
        الطبيبة الشرعية، إن": a new name right after the verb, before its
        title, a role noun ("وزير الزراعة", "مدير المستشفى") or a comma, is
        the speaker."""
        t, pack = doc.t, doc.pack
        cut = None
        comma = _COMMA_RE.search(t, a, b)
        if comma is not None:
            cut = comma.start()
        role = self._lexicon(pack, "statements.unnamed")
        for k, w in enumerate(_WORD_RE.finditer(t, a, cut or b)):
            if k >= 2 and (
                role.regex.fullmatch(w.group()) or pack.titles.regex.match(t, w.start())
            ):
                cut = w.start()
                break
            if k >= 3:
                break
        if cut is None or cut <= a:
            return None
        if self._name_after_title(doc, cut, b, direct=False) is not None:
            # "كبير مفاوضي جماعة الحوثيين محمد عبد السلام": the name ends
            # the phrase; the words before it are its office.
            return None
        bare = self._uncased_name(doc, a, cut)
        return _new_speaker(doc, bare) if bare is not None else None

    def _known_surname(self, doc: _Doc, a: int, b: int) -> Entity | None:
        """ "وأضاف بيريز أن": one bare word, the last of a new name the
        document gave in full before, is that person."""
        toks = list(_WORD_RE.finditer(doc.t, a, b))
        if len(toks) != 1 or doc.t[a:b].strip() != toks[0].group():
            return None
        return _full_name_of(doc, toks[0].group())

    def _spelled_as_name(self, doc: _Doc, w: re.Match[str]) -> bool:
        """Folding makes the preposition "على" and the name "علي" one word; the
        stored text still tells them apart by their last letter."""
        s, e = doc.norm.span(w.start(), w.end())
        # "العلي" too: a family name, where "على" takes no article.
        return doc.norm.original[s:e].endswith(tuple(_NAMES_LIKE_WORDS))

    def _name_after_bare_title(self, doc: _Doc, a: int, b: int) -> str | None:
        """ "قال الداعية فتح الله غولن إن": one definite word no list names
        as a title, then a new name of two or three words."""
        toks = list(_WORD_RE.finditer(doc.t, a, b))
        if not toks or doc.t[a : toks[0].start()].strip():
            return None
        hon = self._lexicon(doc.pack, "statements.honorifics").regex.match(doc.t, toks[0].start())
        if hon is not None:
            # "قال الشيخ حمد العلي", "قال الأمير فيصل بن فرحان": a rank or
            # honorific, even one that heads unnamed sources ("شيخ قبيلة").
            return self._uncased_name(doc, hon.end(), b)
        if not 3 <= len(toks) <= 4 or not toks[0].group().startswith("ال"):
            return None
        head = toks[0].group()
        if self._lexicon(doc.pack, "statements.unnamed").regex.fullmatch(
            head
        ) or doc.pack.not_nouns.regex.fullmatch(head):
            return None
        return self._uncased_name(doc, toks[1].start(), b)

    def _uncased_name(self, doc: _Doc, a: int, b: int, *, min_words: int = 2) -> str | None:
        """A new name as the whole subject of a verb, in a script without capitals.

        "قال شهباز شريف إن …": two or three bare words between the verb and
        its clause, none definite (a name carries no article, except a
        family name such as المالكي after a first name), none a word of the
        pack's unnamed sources ("مصدر عسكري", "شهود عيان"), prepositions,
        counts or names already known, are taken for a person's name.
        """
        t, pack = doc.t, doc.pack
        toks = list(_WORD_RE.finditer(t, a, b))
        if not min_words <= len(toks) <= 3 + _linked_name(toks) or any(
            q in t[a:b] for q in _QUOTE_MARKS
        ):
            return None  # quoted words are what was said, not who said it
        if t[a : toks[0].start()].strip() or t[toks[-1].end() : b].strip():
            return None
        unnamed = self._lexicon(pack, "statements.unnamed")
        if doc.times_in(a, b):
            return None  # "قال مساء الثلاثاء إن": a time, not a name
        for i, w in enumerate(toks):
            word = w.group()
            if len(word) < 2 or any(c.isdigit() for c in word):
                return None
            if (
                word.startswith(("ال", "لل"))
                # "فتح الله", "نصر الله": God's name closes compound names.
                and not (word == "الله" and i > 0)
                # "آل ثاني" (folded "ال"): a family's name inside a long one.
                and not (word == "ال" and 0 < i < len(toks) - 1)
                and (i == 0 or (i < len(toks) - 1 and toks[i - 1].group() not in _NAME_LINKS))
            ):
                return None  # "عبد الكريم الحربي" is a name, "الجيش السوري" is not
            if (
                unnamed.regex.fullmatch(word)
                # "حسين أمير عبد اللهيان": a given name that is also a title
                # word, inside a name rather than opening it.
                and not (
                    i > 0 and self._lexicon(pack, "statements.name_words").regex.fullmatch(word)
                )
            ) or (pack.not_nouns.regex.fullmatch(word) and not self._spelled_as_name(doc, w)):
                return None
            if pack.numbers.regex.fullmatch(word) or doc.in_mention(w.start()):
                return None
        s, e = doc.norm.span(toks[0].start(), toks[-1].end())
        return doc.norm.original[s:e]

    def _unnamed_group(self, doc: _Doc, start: int, end: int) -> bool:
        # A capitalised word qualifying an unnamed source ("a Gulf official",
        # "Indian officials") or a group ("Many Sri Lankans").
        t, pack = doc.t, doc.pack
        after = _WORD_RE.match(t, end + 1) if t[end : end + 1] == " " else None
        if after is not None and self._lexicon(pack, "statements.unnamed_heads").regex.fullmatch(
            after.group()
        ):
            return True
        quantifiers = self._lexicon(pack, "statements.group_quantifiers")
        # Before the name, or its first word when it opens the sentence.
        return (
            quantifiers.ends_at(t, max(0, start - 12), start) is not None
            or quantifiers.regex.match(t, start, end) is not None
        )

    def _name_follows(self, doc: _Doc, pos: int, b: int) -> bool:
        # A known name (capitalised, not a title word) right after ``pos``.
        if not doc.pack.cased_names:
            return False
        nm = _CAP_NAME_RE.match(doc.t, pos + 1, b) if doc.t[pos : pos + 1] == " " else None
        if nm is None:
            return False
        name = " ".join(w for w in nm.group().split() if w not in doc.pack.not_names)
        return len(name) >= 3 and doc.index.resolve(name, kinds=("person", "org")) is not None

    def _role(self, doc: _Doc, a: int, b: int, *, after: bool) -> Entity | None:
        """A definite role with no name ("the port director", "مدير
        المستشفى"): the role is the speaker, so that two reports of its words
        can be compared. Unnamed sources ("an official") are not roles."""
        pattern = self._role_patterns.get(doc.pack.code)
        if pattern is None:
            raw = (doc.pack.data.get("statements") or {}).get("role_np") or "(?!)"
            pattern = self._role_patterns[doc.pack.code] = re.compile(
                fold(str(raw)), doc.pack.flags
            )
        t = doc.t
        while a < b and t[a] in " ,\u060c":
            a += 1
        while b > a and t[b - 1] in " ,\u060c":
            b -= 1
        if after:
            m = pattern.fullmatch(t, a, b)
        else:
            m = None
            for m in pattern.finditer(t, a, b):  # noqa: B007
                pass
        if m is None or m.end() != b:
            return None
        # The name as written (not folded): "مدير المستشفى", "Port Director".
        s0, e0 = doc.norm.span(m.start(), m.end())
        words = doc.norm.original[s0:e0].replace("'s", "").replace("\u2019s", "").split()
        name = " ".join(w for w in words if w.casefold() != "the")
        name = name.title() if doc.pack.ignore_case else name
        return _new_speaker(doc, name)

    def _office(self, doc: _Doc, base: str, side: str | None, a: int, b: int) -> Entity | None:
        """The holder of an office the text names but does not name a person
        for ("the interior minister denied", "نفى وزير الداخلية"): the office
        is the speaker, under one language-free name, so that two reports of
        the same office's words can be compared."""
        offices = self._lexicon(doc.pack, "statements.offices")
        if not offices.regex.fullmatch(base.replace("_", " ")) or self._words(doc.t, a, b) > 5:
            return None
        label = base.replace("_", " ").title()
        name = f"{label} ({side})" if side else label
        return _new_speaker(doc, name, role=f"{base}:{side}" if side else base)

    def _titled(self, doc: _Doc) -> dict[str, Entity]:
        """Title key -> the person the document gives that title.

        "Foreign Minister Mevlut Cavusoglu", "Stephanie Williams, the UN's
        acting envoy", "وزير الخارجية التركي مولود جاووش أوغلو": a title
        right before a name, or after it past a comma. A title given to
        two people names neither.
        """
        if doc.titled is not None:
            return doc.titled
        pack, t = doc.pack, doc.t
        found: dict[str, Entity | None] = {}
        for m in doc.mentions:
            if m.entity.kind != "person":
                continue
            sent = doc.sentence(m.start)
            before = doc.scan.last("titles", max(sent[0], m.start - 40), m.start)
            hits = []
            if before is not None and self._words(t, before.end(), m.start) <= 2:
                hits.append(before)
            comma = re.match(r"\s*[,\u060c]\s*", t[m.end : m.end + 4])
            if comma is not None:
                after = doc.scan.search("titles", m.end, min(sent[1], m.end + 40))
                if after is not None and self._words(t, m.end, after.start()) <= 4:
                    hits.append(after)
            # Roles the entity data gives a person the document names.
            keys = [pack.titles.key(h) for h in hits]
            keys += [r.split(":")[0] for r in m.entity.roles]
            for key in dict.fromkeys(keys):
                if key in found and found[key] is not m.entity:
                    found[key] = None
                else:
                    found[key] = m.entity
        doc.titled = {k: v for k, v in found.items() if v is not None}
        return doc.titled

    def _description(
        self, doc: _Doc, a: int, b: int, verb_pos: int, *, after: bool
    ) -> Entity | None:
        pack, t = doc.pack, doc.t
        dm = pack.descriptions.search(t, a, b) if after else pack.descriptions.last(t, a, b)
        if dm is None:
            return None
        if after and self._words(t, a, dm.start()) > 1:
            return None
        if not after and self._words(t, dm.end(), b) > 3:
            return None
        heads = [fold(h).casefold() for h in pack.descriptions.key(dm).split("|")]
        i = bisect_left(doc.mention_starts, verb_pos) - 1
        while i >= 0:
            ent = doc.mentions[i].entity
            if ent.kind == "org" and any(
                h in fold(x).casefold() for x in (ent.name, *ent.aliases) for h in heads
            ):
                return ent
            i -= 1
        return None

    def _emit_statement(self, doc: _Doc, st: _Statement) -> None:
        self._frame(
            doc,
            ClaimKind.STATEMENT,
            st.start,
            st.end,
            speaker=st.speaker.name,
            negated=st.negated,
            confidence=st.confidence,
        )


_PLURAL_RE = re.compile(r"[a-z][a-z-]{2,}[^su'\-]s")


def _new_speaker(doc: _Doc, name: str, *, role: str | None = None) -> Entity:
    """The document's new speaker of that name, made once per document."""
    ent = doc.new_entities.get(name)
    if ent is None and role is None and " " not in name.strip():
        # "Ruiz said" after "Ana Ruiz, the city coroner, said": the
        # surname of someone the document named in full.
        full = _full_name_of(doc, name)
        if full is not None:
            return full
    if ent is None:
        # Someone another report introduced, in another script ("Blinken"
        # for "بلينكن") or by a fuller name ("Tedros" for "Tedros Adhanom
        # Ghebreyesus"): the same person, so their words can be compared.
        known = doc.index.by_skeleton(name) or doc.index.by_name_part(name)
        if known is not None:
            return known
        roles = [role] if role else []
        ent = doc.new_entities[name] = Entity(name=name, kind="person", aliases=[name], roles=roles)
    return ent


def _full_name_of(doc: _Doc, surname: str) -> Entity | None:
    """The new person the document named in full whose last word this is."""
    word = fold(surname).casefold()
    for ent in doc.new_entities.values():
        parts = fold(ent.name).casefold().split()
        if ent.kind == "person" and len(parts) > 1 and parts[-1] == word:
            return ent
    return None


def _linked_name(toks: list[re.Match[str]]) -> int:
    """How many linking words ("بن", "عبد", "آل") a run of name words
    holds inside it: "محمد بن عبد الرحمن آل ثاني" is one name of six."""
    return sum(1 for w in toks[1:-1] if w.group() in _NAME_LINKS or w.group() == "ال")


def _name_part_of(doc: _Doc, word: str) -> bool:
    """Whether ``word`` is a word of a longer name the document gave."""
    w = word.casefold()
    names = [m.entity.name for m in doc.mentions]
    names += [m for m in doc.new_entities]
    return any(w in n.casefold().split() for n in names if n.casefold() != w)


# A lone plural noun at the head of a subject ("Shopkeepers", "Fishermen").
_GROUP_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[eo]rs|ists|[ea]nts|ians|ees|men|ies|ives)")


def _singular(word: str) -> str:
    """A counted noun's singular, for the unit field ("lorries" -> "lorry")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


# Words that join an Arabic name to a definite word ("عبد الله", "أبو الغيط").
# The article, behind a conjunction or preposition: "المسؤول", "وللمصادر".
_DEFINITE_RE = re.compile(r"[وف]?(?:[بك]?ال|لل)")
# A complementizer "على أن" that may be the name "علي" before "إن".
_ALI_RE = re.compile(r"\w*?(علي)\s+\w+$")
_NAME_LINKS = frozenset({"عبد", "ابو", "بن", "ابن", "ام", "بنت"})
# Names that fold to a listed function word: "علي" (Ali) and "على" (on).
_NAMES_LIKE_WORDS = frozenset({"علي"})
_TOTAL_SUBJECT = "talks:total"
# How far back a named day still dates a bare clock time.
_ANCHOR_SENTENCES = 3
_PEOPLE_TO_QUANTITY = {"soldier": "troop", "civilian": "person", "fighter": "fighter"}
_HARMED = ("killed", "wounded", "missing")
_HELD_PEOPLE = ("suspect", "prisoner", "detainee", "rescue worker")
# People held: an adjective of their state ("wounded prisoners") says which
# were counted, as in a swap; only a verb makes them casualties.
_HELD = frozenset({"prisoner", "detainee"})
_QUANTITY_TO_PEOPLE = {
    "troop": "soldier",
    "person": "person",
    "refugee": "person",
    "displaced": "person",
    # "killing five of the six crew": people whose word is also a count's.
    "crew member": "crew member",
    "rescue worker": "rescue worker",
}


def _currency_families(pack: LanguagePack) -> dict[str, tuple[re.Pattern[str], frozenset[str]]]:
    """For each currency with bare forms (``quantity.bare_currencies``): a
    pattern for an amount that ends in one of them, and the pack's other
    currencies whose forms qualify that word ("ريال قطري", "qatari riyals")."""
    q = pack.data.get("quantity") or {}
    units: Mapping[str, Any] = q.get("units") or {}
    out = {}
    for key, forms in (q.get("bare_currencies") or {}).items():
        bare = [fold(str(b)) for b in forms]
        others = frozenset(
            str(k)
            for k, fs in units.items()
            if k != key
            and any(
                fold(str(f)).startswith(b + " ") or fold(str(f)).endswith(" " + b)
                for f in fs
                for b in bare
            )
        )
        alternatives = "|".join(re.escape(b) for b in sorted(bare, key=len, reverse=True))
        out[str(key)] = (re.compile(rf"(?<!\w)(?:{alternatives})$", re.IGNORECASE), others)
    return out


def _set_aside(text: str, *lexicons: Lexicon) -> str:
    """``text`` with every match of the lexicons blanked out, in order, each
    by as many spaces as it had characters (offsets stay those of ``text``)."""
    for lex in lexicons:
        text = lex.regex.sub(lambda m: " " * len(m.group()), text)
    return text


def _fmt_value(v: float | None) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


_QUAL_SIGN = {
    Qualifier.EXACT: "=",
    Qualifier.AT_LEAST: ">=",
    Qualifier.AT_MOST: "<=",
    Qualifier.APPROXIMATE: "~",
}
_PUNCT_RE = re.compile(r"[^\w\s%.-]+")


def _normalized(f: Frame, *, folded: str | None = None) -> str:
    """The language-independent form of a frame."""
    sign = _QUAL_SIGN.get(f.value_qualifier or Qualifier.EXACT, "=")
    neg = "not " if f.negated else ""
    if f.kind is ClaimKind.CASUALTY:
        subj = f"[{f.subject}]" if f.subject else ""
        out = f"CASUALTY {neg}{f.predicate} {f.unit}{subj} {sign} {_fmt_value(f.value)}"
        if f.place:
            out += f" @{f.place}"
        if f.event_date:
            out += f" {f.event_date.isoformat()}"
        return out
    if f.kind is ClaimKind.QUANTITY:
        dim = f"/{f.predicate}" if f.predicate else ""
        out = f"QUANTITY {neg}{f.unit}{dim} {sign} {_fmt_value(f.value)}"
        if f.place:
            out += f" @{f.place}"
        return out
    if f.kind is ClaimKind.DURATION:
        return f"DURATION {neg}{f.subject} {sign} {_fmt_value(f.value)}s"
    if f.kind is ClaimKind.EVENT:
        out = f"EVENT {neg}{f.predicate}"
        if f.time is not None:
            out += " @" + f.time.isoformat(timespec="minutes")
        if f.place:
            out += f" @{f.place}"
        return out
    # ``folded``: the frame's words already normalised (the document's
    # normalised text), which spares folding them again.
    text = fold(f.text) if folded is None else folded
    words = " ".join(_PUNCT_RE.sub(" ", text.casefold()).split())
    return f"STATEMENT {f.speaker} : {neg}{words}"


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    """The shared extractor behind :func:`extract` (built once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract(
    text: str,
    *,
    language: str | None = None,
    published_at: datetime | None = None,
    entities: Iterable[Mapping[str, Any]] | None = None,
) -> Extraction:
    """Extract claims from one document.

    ``language`` is a BCP 47 tag (detected when missing); ``published_at``
    anchors relative times ("tonight", "on Thursday"); ``entities`` adds
    entity data storage has learned (``{name, kind, aliases, roles}``).

    >>> from datetime import datetime
    >>> pub = datetime.fromisoformat("2020-03-05T21:30:00+03:00")
    >>> out = extract("أعلن الكرملين مقتل ٣٣ جندياً تركياً.", published_at=pub)
    >>> out.language
    'ar'
    >>> [f.normalized for f in out.frames if f.kind == "CASUALTY"]
    ['CASUALTY killed soldier[TR] = 33']
    >>> out = extract("The ceasefire takes effect from midnight.", published_at=pub)
    >>> [f.normalized for f in out.frames]
    ['EVENT ceasefire @2020-03-06T00:00+03:00']
    """
    return default_extractor().extract(
        text, language=language, published_at=published_at, entities=entities
    )
