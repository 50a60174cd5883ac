"""Benchmark: matching cost per new claim as the store grows, and its recall.

Builds a store of synthetic claims (generated, no network) in bulk, then
matches 1,000 new claims against it, twice: when the store holds 10,000
claims and when it holds the full size (default 1,000,000). Matching is the
ingest's step (``Matcher.match_claims``, one document of ten claims at a
time): candidates, scores, the links and contradictions it stores. Prints:

* milliseconds per new claim at each size, and their ratio (target <= 2x),
  with the candidates read per new claim and the load average: wall clock,
  and CPU time (this process's, plus its backend's on a PostgreSQL server on
  the same machine), which other work on a shared machine inflates less;
* recall of the links matching stores against a brute-force
  ``rapidfuzz.process.cdist`` over all stored claims of the same kind
  (the truth: every stored claim whose frame text is close enough, then
  confirmed by the same frame comparison), target >= 0.98;
* the speed-up of the indexed path over that brute force.

    python bench/match.py                         # SQLite, 1,000,000 claims
    python bench/match.py --claims 200000 --postgres postgresql://postgres@127.0.0.1/x

The store grows in time, as an archive does: claims arrive at a steady
CLAIMS_PER_DAY (1,000,000 over ten years), so 10,000 claims span about five
weeks and 1,000,000 ten years. A claim's candidates are the claims under its blocking keys
(a predicate or speaker and a day or week), so a key holds about as many
claims in a small store as in a large one, as in a real archive.

New claims are news: reports of the archive's last RECENT_DAYS (7) days, at
both sizes. They used to be dated anywhere in the span stored so far, which
put a fifth of the 10,000 store's new claims in its first week, with half
the neighbours of a claim in mid-archive: the small store was measured on
a sparser neighbourhood (73 candidates per claim against 114), and the
ratio counted that as the cost of size. Statements, compared over a month
either side, still find fewer candidates in the 10,000 store's 36 days
than in a full archive, so the small store still reads fewer candidates
per claim (85 against 101 in one run). (The
bench used to spread every store over the same ten years: 1,000,000 claims
put 100 times as many under each key as 10,000 did, about 20 candidates
for a dated count instead of under one, and so measured the crowding of
its own keys rather than the cost of a larger store.) The recall check is
unchanged: brute force over all stored claims of the same kind, whatever
their date.
"""

import argparse
import os
import platform
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pgtemp import pg_database  # bench/ is run as scripts: a sibling module
from rapidfuzz import fuzz, process
from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session
from sqlmodel import col, select

from claims import match
from claims.match.text import fold
from claims.store import migrate
from claims.store.db import make_engine, session_scope
from claims.store.matching import Matcher
from claims.store.models import Claim, ClaimKey, ClaimLink, Document, Source
from claims.store.pipeline import claim_values
from claims.text.frames import ClaimKind, Frame, Qualifier

PLACES = ["Idlib", "Aleppo", "Hama", "Saraqeb", "Latakia", "Tripoli", "Sirte", "Aden", "Marib"]
SIDES = ["TR", "SY", "RU", "LY", "YE", "US", "IL", "PS"]
PREDICATES = ["killed", "wounded", "captured", "displaced"]
UNITS = ["soldier", "civilian", "person", "fighter"]
QUANTITY_UNITS = [("deployed", "troops"), ("width", "km"), ("aid", "truck"), ("cost", "usd")]
EVENTS = ["ceasefire", "corridor", "patrols", "meeting", "strike", "agreement", "withdrawal"]
WORDS = [
    "security",
    "forces",
    "border",
    "talks",
    "army",
    "government",
    "ministry",
    "withdrawal",
    "civilians",
    "aid",
    "convoy",
    "negotiations",
    "region",
    "agreement",
    "violations",
    "attack",
    "response",
    "sovereignty",
    "troops",
    "pressure",
    "humanitarian",
    "corridor",
    "monitoring",
    "observers",
    "council",
    "resolution",
    "sanctions",
    "elections",
]
START = date(2015, 1, 1)
CLAIMS_PER_DAY = 1_000_000 / 3650
# New claims are about the archive's last this many days: news of the last
# week, which the 10,000-claim store's 36 days hold with a full month before
# it, as the large store does.
RECENT_DAYS = 7
BATCH = 20_000


def days_for(claims: int) -> int:
    """Days an archive of ``claims`` claims spans."""
    return max(1, round(claims / CLAIMS_PER_DAY))


def random_frame(rng: random.Random, speakers: list[str], days: tuple[int, int]) -> Frame:
    """A claim reported on a day in ``[days[0], days[1])`` of the archive."""
    day = START + timedelta(days=rng.randrange(*days))
    published = datetime(day.year, day.month, day.day, 12, tzinfo=UTC) + timedelta(days=1)
    kind = rng.choices(list(ClaimKind), weights=[30, 15, 10, 15, 30])[0]
    place = rng.choice(PLACES)
    language = rng.choice(["en", "ar"])
    f = Frame(kind, 0, 0, 0, 0, language, place=place, published_at=published)
    if kind is ClaimKind.CASUALTY:
        f.predicate, f.unit, f.subject = (
            rng.choice(PREDICATES),
            rng.choice(UNITS),
            rng.choice(SIDES),
        )
        f.value, f.event_date, f.scope = float(rng.randint(1, 200)), day, "incident"
        f.value_qualifier = Qualifier.EXACT
    elif kind is ClaimKind.QUANTITY:
        f.predicate, f.unit = rng.choice(QUANTITY_UNITS)
        f.value, f.event_date = float(rng.randint(1, 5000)), day
        f.value_qualifier = Qualifier.EXACT
    elif kind is ClaimKind.DURATION:
        f.subject, f.unit = rng.choice(["meeting:one_on_one", "talks:total", "event"]), "s"
        f.value, f.event_date = float(rng.randint(2, 40) * 600), day
        f.value_qualifier = Qualifier.EXACT
    elif kind is ClaimKind.EVENT:
        f.predicate = rng.choice(EVENTS)
        f.time = datetime(day.year, day.month, day.day, rng.choice([0, 6, 12]), tzinfo=UTC)
        f.time_precision = "minute"
    else:
        f.speaker = rng.choice(speakers)
        f.text = " ".join(rng.choices(WORDS, k=rng.randint(8, 16)))
    if not f.text:
        f.text = describe(f)
    f.normalized = describe(f)
    f.extractor = "bench/1"
    return f


def describe(f: Frame) -> str:
    when = f.event_date.isoformat() if f.event_date else (f.time.isoformat() if f.time else "")
    if f.kind is ClaimKind.STATEMENT:
        return f"STATEMENT {f.speaker} : {fold(f.text)}"
    value = "" if f.value is None else f"= {f.value:g}"
    what = f"{f.predicate or f.subject} {f.unit or ''}[{f.subject}]"
    return f"{f.kind.value} {what} {value} @{f.place} {when}"


def variant(rng: random.Random, base: Frame) -> Frame:
    """A report of the same fact by another outlet: same, or one number off."""
    f = Frame.from_dict(base.to_dict())
    f.language = "ar" if base.language == "en" else "en"
    if f.value is not None and rng.random() < 0.5:
        f.value = f.value + rng.choice([-1, 1]) * max(1.0, round(f.value * 0.05))
    if f.kind is ClaimKind.STATEMENT:
        f.language = base.language  # statements match within a language
        words = f.text.split()
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        f.text = " ".join(words)
    elif f.kind is ClaimKind.EVENT and rng.random() < 0.5:
        assert f.time is not None
        f.time = f.time + timedelta(hours=6)
    f.normalized = describe(f)
    if f.kind is not ClaimKind.STATEMENT:
        f.text = f.normalized
    return f


class CountingMatcher(Matcher):
    """A Matcher that counts the candidates it reads."""

    __slots__ = ("read",)

    def __init__(self) -> None:
        super().__init__()
        self.read = 0

    def candidates(
        self, session: Session, frame: Frame, *, exclude_document: int
    ) -> list[tuple[int, dict[str, Any]]]:
        rows = super().candidates(session, frame, exclude_document=exclude_document)
        self.read += len(rows)
        return rows


class Store:
    def __init__(self, engine: Engine, matcher: CountingMatcher) -> None:
        self.engine = engine
        self.matcher = matcher
        self.next_claim = 1
        self.next_doc = 1
        self.frames: dict[ClaimKind, list[tuple[int, Frame]]] = {k: [] for k in ClaimKind}
        with session_scope(engine) as session:
            session.execute(insert(Source), [{"name": "bench"}])

    def add(self, frames: list[Frame], *, keep: bool = True) -> list[int]:
        """Bulk insert frames as claims (ten to a document) with their keys."""
        ids: list[int] = []
        with session_scope(self.engine) as session:
            for start in range(0, len(frames), BATCH):
                chunk = frames[start : start + BATCH]
                docs, claims, keys = [], [], []
                for i, f in enumerate(chunk):
                    if i % 10 == 0:
                        docs.append(self._doc())
                    claim_id = self.next_claim
                    self.next_claim += 1
                    ids.append(claim_id)
                    claims.append(self._claim(claim_id, self.next_doc - 1, f))
                    keys.extend(
                        {"claim_id": claim_id, "key": k}
                        for k in dict.fromkeys(self.matcher.keys(f))
                    )
                    if keep:
                        self.frames[f.kind].append((claim_id, f))
                session.execute(insert(Document), docs)
                session.execute(insert(Claim), claims)
                session.execute(insert(ClaimKey), keys)
        return ids

    def _doc(self) -> dict[str, Any]:
        n = self.next_doc
        self.next_doc += 1
        return {
            "id": n,
            "source_id": 1,
            "language": "en",
            "text": f"document {n}",
            "content_hash": f"{n:064d}",
        }

    def _claim(self, claim_id: int, doc_id: int, f: Frame) -> dict[str, Any]:
        values = claim_values(
            f,
            document_id=doc_id,
            language=f.language,
            speaker_id=None,
            search_text=self.matcher.search_text(f),
        )
        return {"id": claim_id, **values}

    def warm_up(self, frames: list[Frame]) -> None:
        """Match a few claims that are not stored, untimed: the first
        statements of a process compile their SQL and fill the matcher's
        caches, which the first size alone would otherwise pay for."""
        with session_scope(self.engine) as session:
            for f in frames:
                self.matcher.compare_with_store(session, f, exclude_document=-1)

    def match_new(self, frames: list[Frame]) -> tuple[float, float, float, dict[int, set[int]]]:
        """Insert new claims and match them as ingest does, a document at a
        time; wall-clock and CPU seconds and candidates per claim, and each
        claim's links.

        The links and contradictions are rolled back afterwards, so each
        size starts with none.
        """
        ids = self.add(frames, keep=False)
        found: dict[int, set[int]] = {i: set() for i in ids}
        with session_scope(self.engine) as session:
            claims = session.scalars(
                select(Claim).where(col(Claim.id).in_(ids)).order_by(col(Claim.id))
            )
            documents: dict[int, list[Claim]] = {}
            for claim in claims:
                documents.setdefault(claim.document_id, []).append(claim)
            self.matcher.read = 0
            cpu = cpu_seconds(session)
            start = time.perf_counter()
            for document in documents.values():
                self.matcher.match_claims(session, document)
            took = time.perf_counter() - start
            cpu = cpu_seconds(session) - cpu
            for a, b in session.execute(
                select(col(ClaimLink.claim_a_id), col(ClaimLink.claim_b_id))
            ):
                for new, other in ((a, b), (b, a)):
                    if new in found:
                        found[new].add(other)
            session.rollback()
        n = len(frames)
        return took / n, cpu / n, self.matcher.read / n, found


def cpu_seconds(session: Session) -> float:
    """CPU time of this process and, on a PostgreSQL server on this machine,
    of the session's backend: on a shared machine the wall clock also
    counts whatever else runs."""
    used = time.process_time()
    if session.get_bind().dialect.name == "postgresql":
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # a remote server: its CPU time is not ours to read
            return used
        # utime and stime, fields 14 and 15 of proc(5), counted from field 3
        used += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


def brute_force(
    store: Store, new: list[Frame], new_ids: list[int], matcher: Matcher
) -> tuple[float, dict[int, set[int]]]:
    """The truth: cdist over every stored claim of the same kind, confirmed
    by the frame comparison."""
    truth: dict[int, set[int]] = {}
    start = time.perf_counter()
    for kind in ClaimKind:
        stored = store.frames[kind]
        queries = [(i, f) for i, f in zip(new_ids, new, strict=True) if f.kind is kind]
        if not stored or not queries:
            continue
        scores = process.cdist(
            [f.normalized for _, f in queries],
            [f.normalized for _, f in stored],
            scorer=fuzz.ratio,
            score_cutoff=80,
            workers=-1,
            dtype="uint8",
        )
        for row, (qid, qf) in enumerate(queries):
            hits = scores[row].nonzero()[0]
            candidates = [stored[j][1] for j in hits]
            rel = match.score_candidates(qf, candidates, thresholds=matcher.thresholds)
            truth[qid] = {stored[hits[i]][0] for i, m in rel if m.relation is not None}
    return (time.perf_counter() - start) / len(new), truth


def grow(store: Store, rng: random.Random, speakers: list[str], target: int) -> float:
    """Add claims up to ``target``, each batch reported on the days after
    the ones before it."""
    start = time.perf_counter()
    have = store.next_claim - 1
    while have < target:
        n = min(100_000, target - have)
        first = min(days_for(have), days_for(have + n) - 1) if have else 0
        days = (first, days_for(have + n))
        store.add([random_frame(rng, speakers, days) for _ in range(n)])
        have += n
    return time.perf_counter() - start


def new_claims(store: Store, rng: random.Random, speakers: list[str], n: int) -> list[Frame]:
    """Reports of recent stored claims by other outlets (60%) and fresh
    claims, all about the last RECENT_DAYS days of the archive."""
    span = days_for(sum(len(frames) for frames in store.frames.values()))
    days = (max(0, span - RECENT_DAYS), span)
    first = START + timedelta(days=days[0])
    # random_frame() publishes a claim the day after its event.
    pool = [
        f
        for frames in store.frames.values()
        for _, f in frames
        if f.published_at is not None and f.published_at.date() > first
    ]
    return [
        variant(rng, rng.choice(pool)) if rng.random() < 0.6 else random_frame(rng, speakers, days)
        for _ in range(n)
    ]


def run(url: str, *, total: int, new: int, seed: int) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine)
    matcher = CountingMatcher()
    store = Store(engine, matcher)
    rng = random.Random(seed)
    speakers = [f"Speaker {i}" for i in range(2000)]

    results = []
    for size in (10_000, total):
        took = grow(store, rng, speakers, size)
        store.warm_up(new_claims(store, rng, speakers, 100))
        frames = new_claims(store, rng, speakers, new)
        per_claim, cpu, read, found = store.match_new(frames)
        load = os.getloadavg()[0]  # the machine's, while the new claims were matched
        brute_per_claim, truth = brute_force(store, frames, sorted(found), matcher)
        true_total = sum(len(t) for t in truth.values())
        hit = sum(len(truth.get(i, set()) & found[i]) for i in found)
        recall = hit / true_total if true_total else 1.0
        results.append((size, per_claim, cpu))
        print(
            f"  {size:>9,} stored over {days_for(size):,} days (built in {took:.0f}s): "
            f"{per_claim * 1000:.2f} ms per new claim ({cpu * 1000:.2f} ms CPU), "
            f"{read:.1f} candidates read, load {load:.1f}; "
            f"recall vs brute force {recall:.3f} ({hit}/{true_total}); "
            f"brute force {brute_per_claim * 1000:.1f} ms per claim, "
            f"speed-up {brute_per_claim / per_claim:.1f}x"
        )
    (small, t_small, cpu_small), (large, t_large, cpu_large) = results
    print(
        f"  cost at {large:,} / cost at {small:,} = {t_large / t_small:.2f}x "
        f"({cpu_large / cpu_small:.2f}x CPU) (target <= 2x)"
    )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--postgres", default=os.environ.get("CLAIMS_BENCH_POSTGRES_URL"))
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} cpus")
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            print("sqlite:")
            run(f"sqlite:///{tmp}/bench.db", total=args.claims, new=args.new, seed=args.seed)
    if args.postgres:
        url, drop = pg_database(args.postgres)
        try:
            print("postgresql:")
            run(url, total=args.claims, new=args.new, seed=args.seed)
        finally:
            drop()


if __name__ == "__main__":
    main()
