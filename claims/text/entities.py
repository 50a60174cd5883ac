"""The entity index: canonical names, aliases across scripts, roles.

Built from ``data/entities.yaml`` plus whatever storage has learned (passed
to :func:`claims.text.extract` as ``entities=``). It finds mentions in
normalised text with one trie regex per language pack, resolves spelling
variants with rapidfuzz, answers "who holds president:TR", and maps
nationality adjectives ("Turkish", "التركية", "أتراك") to side codes.
"""

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from claims.text.normalize import fold, fold_key
from claims.text.packs import LanguagePack, Lexicon
from claims.text.skeleton import is_latin, same_name, skeleton
from claims.text.triggers import Scan

DATA_PATH = Path(__file__).resolve().parent / "data" / "entities.yaml"
_ACRONYM_RE = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{0,5}$")


@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    code: str | None = None
    country: str | None = None
    adjectives: dict[str, list[str]] = field(default_factory=dict)
    # A place's IANA time zone, for clocks given in "local time".
    tz: str | None = None
    # When a role was held, for roles the data dates ("president:US@
    # 2021-01-20/2025-01-20"): role -> (first day, last day) spans, None
    # for an open end. A role with no span is held at any date.
    terms: dict[str, list[tuple[date | None, date | None]]] = field(default_factory=dict)

    def holds(self, role: str, on: date | None) -> bool:
        """Whether the entity held ``role`` on ``on`` (any date when unknown)."""
        spans = self.terms.get(role.casefold())
        if not spans or on is None:
            return True
        return any((a is None or a <= on) and (b is None or on < b) for a, b in spans)

    def as_dict(self) -> dict[str, Any]:
        """The shape ``Extraction.entities`` and ``extract(entities=...)`` use."""
        out: dict[str, Any] = {"kind": self.kind, "aliases": list(self.aliases)}
        if self.roles:
            out["roles"] = [
                f"{r}@{a or ''}/{b or ''}" if (a, b) != (None, None) else r
                for r in self.roles
                for a, b in (self.terms.get(r.casefold()) or [(None, None)])
            ]
        if self.code:
            out["code"] = self.code
        if self.country:
            out["country"] = self.country
        if self.tz:
            out["tz"] = self.tz
        return out


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: Entity


# Storage and gold files spell kinds in full; the extractor knows "org".
_KIND_ALIASES = {
    "person": "person",
    "organization": "org",
    "organisation": "org",
    "organizations": "org",
    "agency": "org",
    "ministry": "org",
}


def _entity(raw: Mapping[str, Any]) -> Entity:
    if not isinstance(raw, Mapping) or not raw.get("name"):
        raise ValueError(f"entity data needs a mapping with a name, got {raw!r}")
    name = str(raw["name"])
    aliases = [str(a) for a in raw.get("aliases") or []]
    if name not in aliases:
        aliases.insert(0, name)
    adjectives = {str(k): [str(x) for x in v] for k, v in (raw.get("adjectives") or {}).items()}
    roles, terms = _roles(raw.get("roles") or [])
    return Entity(
        name=name,
        kind=_KIND_ALIASES.get(str(raw.get("kind") or "person"), str(raw.get("kind"))),
        aliases=aliases,
        roles=roles,
        terms=terms,
        code=str(raw["code"]) if raw.get("code") else None,
        country=str(raw["country"]) if raw.get("country") else None,
        adjectives=adjectives,
        tz=str(raw["tz"]) if raw.get("tz") else None,
    )


Term = tuple[date | None, date | None]


def _roles(raw: Iterable[Any]) -> tuple[list[str], dict[str, list[Term]]]:
    """Roles and their dated terms: "president:US@2017-01-20/2021-01-20"
    is the role "president:US" from the first day up to (not on) the last.

    >>> roles, terms = _roles(["president:US@2021-01-20/2025-01-20", "president:US@2025-01-20/"])
    >>> roles, [(str(a), str(b)) for a, b in terms["president:us"]]
    (['president:US'], [('2021-01-20', '2025-01-20'), ('2025-01-20', 'None')])
    """
    roles: list[str] = []
    terms: dict[str, list[Term]] = {}
    for item in raw:
        role, _, span = str(item).partition("@")
        if role not in roles:
            roles.append(role)
        if span:
            first, _, last = span.partition("/")
            try:
                term = (
                    date.fromisoformat(first) if first else None,
                    date.fromisoformat(last) if last else None,
                )
            except ValueError as exc:
                raise ValueError(f"entity role {item!r}: dates must be YYYY-MM-DD") from exc
            terms.setdefault(role.casefold(), []).append(term)
    return roles, terms


_RESOLVE_MEMO = 20_000


class EntityIndex:
    """Entities with alias, role and nationality look-ups.

    >>> idx = EntityIndex.default()
    >>> idx.resolve("Erdoğan").name, idx.resolve("ارد وغان").name
    ('Recep Tayyip Erdogan', 'Recep Tayyip Erdogan')
    >>> idx.resolve("Erdgoan").name  # a typo, caught by fuzzy matching
    'Recep Tayyip Erdogan'
    >>> [e.name for e in idx.by_role("president:RU")]
    ['Vladimir Putin']
    """

    def __init__(
        self, entities: Iterable[Mapping[str, Any] | Entity], *, fuzzy_cutoff: float = 85.0
    ):
        self.entities: dict[str, Entity] = {}
        for raw in entities:
            ent = raw if isinstance(raw, Entity) else _entity(raw)
            old = self.entities.get(ent.name)
            if old is not None:
                # A merged copy: the entity may belong to another index (the
                # shipped one, which every call's table extends), and one
                # call's aliases must not leak into the next call's mentions.
                self.entities[ent.name] = replace(
                    old,
                    aliases=[*old.aliases, *(a for a in ent.aliases if a not in old.aliases)],
                    roles=[*old.roles, *(r for r in ent.roles if r not in old.roles)],
                    terms={**old.terms, **ent.terms},
                )
                continue
            self.entities[ent.name] = ent
        self.fuzzy_cutoff = fuzzy_cutoff
        self._by_key: dict[str, Entity] = {}
        self._roles: dict[str, list[Entity]] = {}
        for ent in self.entities.values():
            for a in ent.aliases:
                key = fold_key(a)
                held = self._by_key.get(key)
                # "القاهرة" is Cairo the place and, as a speaker, the Egyptian
                # government: an organisation or person that claims a place's
                # name as an alias takes it.
                if held is None or (held.kind == "place" and ent.kind in ("org", "person")):
                    self._by_key[key] = ent
            for r in ent.roles:
                self._roles.setdefault(r.casefold(), []).append(ent)
        # The keys are already folded, so fuzzy look-ups fold only the query:
        # a processor would re-fold every choice on every call.
        self._choices = list(self._by_key)
        self._resolved: dict[tuple[str, frozenset[str] | None], Entity | None] = {}
        self._zone_by_code = {e.code: e.tz for e in self.entities.values() if e.code and e.tz}
        self._mention_cache: dict[str, tuple[Lexicon, Lexicon]] = {}
        self._nationality_cache: dict[str, Lexicon] = {}
        self._demonym_cache: dict[str, Lexicon] = {}
        self._families: dict[str, list[tuple[str, Entity]]] | None = None
        self._words: dict[str, list[tuple[str, Entity]]] | None = None

    @classmethod
    def default(cls) -> "EntityIndex":
        """The index of the shipped entity data (cached)."""
        return _default_index()

    def extended(self, extra: Iterable[Mapping[str, Any]] | None) -> "EntityIndex":
        """This index plus extra entity data (``{name, kind, aliases, roles}``)."""
        extra = list(extra or [])
        if not extra:
            return self
        return EntityIndex(
            [*self.entities.values(), *[_entity(e) for e in extra]], fuzzy_cutoff=self.fuzzy_cutoff
        )

    def get(self, name: str) -> Entity | None:
        return self.entities.get(name)

    def zone_of(self, entity: Entity) -> str | None:
        """The IANA zone of a place: its own, else its country's.

        >>> idx = EntityIndex.default()
        >>> idx.zone_of(idx.get("Idlib")), idx.zone_of(idx.get("Geneva"))
        ('Asia/Damascus', 'Europe/Zurich')
        """
        if entity.tz:
            return entity.tz
        return self._zone_by_code.get(entity.country) if entity.country else None

    def by_role(self, role: str, *, on: date | None = None) -> list[Entity]:
        """Entities that hold ``role`` (e.g. ``"president:TR"``), on ``on``
        when given: the US president of a 2023 report is not 2025's.

        >>> idx = EntityIndex.default()
        >>> [e.name for e in idx.by_role("president:US", on=date(2023, 11, 15))]
        ['Joe Biden']
        """
        held = self._roles.get(role.casefold(), [])
        return [e for e in held if e.holds(role, on)]

    def resolve(self, name: str, *, kinds: Iterable[str] | None = None) -> Entity | None:
        """The entity a name refers to: exact alias first, then fuzzy.

        >>> EntityIndex.default().resolve("Erdogn").name
        'Recep Tayyip Erdogan'
        """
        key = fold_key(name)
        if not key:
            return None
        wanted = frozenset(kinds) if kinds else None
        memo = (key, wanted)
        if memo in self._resolved:
            return self._resolved[memo]
        ent = self._resolve_key(key, wanted)
        if len(self._resolved) >= _RESOLVE_MEMO:
            self._resolved.clear()  # a long-running server meets endless names
        self._resolved[memo] = ent
        return ent

    def _resolve_key(self, key: str, wanted: frozenset[str] | None) -> Entity | None:
        ent = self._by_key.get(key)
        if ent is not None and (wanted is None or ent.kind in wanted):
            return ent
        if len(key) < 4:
            return None
        best = process.extractOne(
            key, self._choices, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff
        )
        if best is None:
            return None
        ent = self._by_key[best[0]]
        if wanted is not None and ent.kind not in wanted:
            return None
        return ent

    def by_skeleton(self, name: str) -> Entity | None:
        """The one person whose name, in another script, spells like ``name``.

        For a speaker new to one language's text: "بلينكن" is the Blinken an
        English report has already introduced (see :mod:`claims.text.skeleton`).
        None when no one, or more than one person, fits.

        >>> idx = EntityIndex([{"name": "Nikos Alexiou", "kind": "person",
        ...                     "aliases": ["Nikos Alexiou", "Alexiou"]}])
        >>> idx.by_skeleton("نيكوس ألكسيو").name
        'Nikos Alexiou'
        >>> idx.by_skeleton("Alexiou") is None  # same script: that is resolve()'s job
        True
        >>> idx = EntityIndex([{"name": "Vladimir Putin", "kind": "person",
        ...                     "aliases": ["Putin", "بوتين"]}])
        >>> idx.by_skeleton("Biden") is None  # "بوتين" fits, but "Putin" is how Latin spells him
        True
        """
        family = skeleton(name).rsplit(" ", 1)[-1]
        found: Entity | None = None
        for alias, ent in self._by_family().get(family, ()):
            if same_name(alias, name) and not _spelt_otherwise(ent, name):
                if found is not None and found is not ent:
                    return None
                found = ent
        return found

    def by_name_part(self, name: str) -> Entity | None:
        """The one person whose fuller name holds ``name`` whole: "Tedros"
        is the "Tedros Adhanom Ghebreyesus" an earlier report introduced.

        >>> idx = EntityIndex([{"name": "Tedros Adhanom Ghebreyesus", "kind": "person",
        ...                     "aliases": ["Tedros Adhanom Ghebreyesus"]}])
        >>> idx.by_name_part("Tedros").name
        'Tedros Adhanom Ghebreyesus'
        >>> idx.by_name_part("Adhanom Tedros") is None  # the words in their order
        True
        """
        key = _words_key(name)
        if len(key) < 4:
            return None
        found: Entity | None = None
        for alias, ent in self._by_word().get(key.split()[-1], ()):
            full = _words_key(alias)
            if f" {key} " in f" {full} " and full != key:
                if found is not None and found is not ent:
                    return None
                found = ent
        return found

    # People's aliases by a key of their words, built on first use: most
    # documents introduce no new speaker.
    def _by_word(self) -> dict[str, list[tuple[str, Entity]]]:
        if self._words is None:
            self._words = self._people_by(lambda alias: set(_words_key(alias).split()))
        return self._words

    def _by_family(self) -> dict[str, list[tuple[str, Entity]]]:
        if self._families is None:
            self._families = self._people_by(lambda alias: [skeleton(alias).rsplit(" ", 1)[-1]])
        return self._families

    def _people_by(
        self, keys: Callable[[str], Iterable[str]]
    ) -> dict[str, list[tuple[str, Entity]]]:
        index: dict[str, list[tuple[str, Entity]]] = {}
        for ent in self.entities.values():
            if ent.kind == "person":
                for alias in ent.aliases:
                    for key in keys(alias):
                        index.setdefault(key, []).append((alias, ent))
        return index

    def _lexicons(self, pack: LanguagePack) -> tuple[Lexicon, Lexicon]:
        cached = self._mention_cache.get(pack.code)
        if cached is not None:
            return cached
        folded: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        for ent in self.entities.values():
            for a in ent.aliases:
                if ent.kind == "place" and self._by_key.get(fold_key(a)) is not ent:
                    continue  # a speaker holds this name too (see __init__)
                (exact if _ACRONYM_RE.match(a) else folded).setdefault(ent.name, []).append(a)
        out = (
            Lexicon(folded, prefix=pack.prefix, ignore_case=True),
            Lexicon(exact, prefix=pack.prefix, ignore_case=False),
        )
        self._mention_cache[pack.code] = out
        return out

    def mention_patterns(self, pack: LanguagePack) -> dict[str, re.Pattern[str]]:
        """The whole-text patterns :meth:`mentions` runs, for a trigger scan."""
        return {f"mention{i}": lex.regex for i, lex in enumerate(self._lexicons(pack))}

    def mentions(self, text: str, pack: LanguagePack, *, scan: Scan | None = None) -> list[Mention]:
        """Entity mentions in normalised ``text``, in order, not overlapping.

        ``scan``: a trigger scan of ``text`` that holds :meth:`mention_patterns`.
        """
        found: list[Mention] = []
        for i, lex in enumerate(self._lexicons(pack)):
            matches = scan.finditer(f"mention{i}") if scan is not None else lex.finditer(text)
            for m in matches:
                ent = self.entities.get(lex.key(m))
                if ent is not None:
                    s = m.start("t") if m.group("t") is not None else m.start()
                    found.append(Mention(s, m.end(), ent))
        if len(found) > 1:
            # On the same words a speaker beats a place ("وفق ما أعلنته القاهرة").
            found.sort(key=lambda x: (x.start, -x.end, x.entity.kind == "place"))
            kept: list[Mention] = []
            for mt in found:
                if kept and mt.start < kept[-1].end:
                    continue
                kept.append(mt)
            found = kept
        return found

    def nationalities(self, pack: LanguagePack) -> Lexicon:
        """Adjectives and names that state a side: form -> code ("TR")."""
        cached = self._nationality_cache.get(pack.code)
        if cached is not None:
            return cached
        forms: dict[str, list[str]] = {}
        for ent in self.entities.values():
            code = ent.code
            if not code:
                continue
            bucket = forms.setdefault(code, [])
            if ent.kind == "country":
                bucket.extend(ent.aliases)
            for lang, adjs in ent.adjectives.items():
                for adj in adjs:
                    if lang == pack.code and " " not in adj:
                        base = fold(adj)
                        bucket.extend(base + suf for suf in pack.adjective_suffixes)
                    else:
                        bucket.append(adj)
        lex = Lexicon(forms, prefix=pack.prefix, ignore_case=True)
        self._nationality_cache[pack.code] = lex
        return lex

    def demonyms(self, pack: LanguagePack) -> Lexicon:
        """A state's one-word nationality forms, inflected ("Britons",
        "بريطانيا", "باكستانيين"): counted after a number they are people
        ("٥٣ بريطانياً" = 53 Britons), not the country "بريطانيا" the
        inflection shares a spelling with. Sides without a state are left
        out."""
        cached = self._demonym_cache.get(pack.code)
        if cached is not None:
            return cached
        forms: dict[str, list[str]] = {}
        for ent in self.entities.values():
            if not ent.code or ent.kind == "org":
                continue
            bucket = forms.setdefault(ent.code, [])
            for adj in ent.adjectives.get(pack.code, ()):
                if " " not in adj:
                    base = fold(adj)
                    bucket.extend(base + suf for suf in pack.adjective_suffixes)
        lex = Lexicon(forms, prefix=pack.prefix, ignore_case=True)
        self._demonym_cache[pack.code] = lex
        return lex


@lru_cache(maxsize=1)
def _words_key(name: str) -> str:
    # fold_key without joining the words: "Tedros" is a word of a name.
    return " ".join(fold(name).casefold().replace("-", " ").split())


def _default_index() -> EntityIndex:
    return EntityIndex(load_entity_data())


def load_entity_data(path: Path | None = None) -> list[dict[str, Any]]:
    """Read entity data from YAML (``entities:`` list, or a bare list)."""
    with (path or DATA_PATH).open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    items = data.get("entities") if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        raise ValueError(f"{path or DATA_PATH}: expected a list of entities")
    return [dict(x) for x in items]


def _spelt_otherwise(ent: Entity, name: str) -> bool:
    """Whether ``ent`` already has a spelling in ``name``'s script that is not
    ``name``: "Biden" and "بوتين" share a skeleton (Arabic writes no p and the
    skeleton folds d into t), but Putin's Latin spelling says he is not Biden.

    >>> _spelt_otherwise(Entity("Vladimir Putin", "person", ["Putin", "بوتين"]), "Biden")
    True
    >>> _spelt_otherwise(Entity("Vladimir Putin", "person", ["Putin", "بوتين"]), "بوتن")
    False
    """
    latin = is_latin(name)
    family = fold_key(name).rsplit(" ", 1)[-1]
    same = [a for a in ent.aliases if is_latin(a) == latin]
    return bool(same) and all(fuzz.ratio(family, fold_key(a).rsplit(" ", 1)[-1]) < 75 for a in same)
