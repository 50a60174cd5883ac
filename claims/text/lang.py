"""Language detection: cheap script statistics first, lingua when unsure.

Only the languages of the installed packs are candidates, and nothing
touches the network.
"""

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from claims.text.packs import load_pack

_SCRIPTS = {
    "arabic": re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"),
    "latin": re.compile(r"[A-Za-z\u00C0-\u024F]"),
    "cyrillic": re.compile(r"[\u0400-\u04FF]"),
}


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in ``text``.

    >>> script_counts("Putin بوتين")
    {'arabic': 5, 'latin': 5, 'cyrillic': 0}
    """
    return {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}


def detect_language(
    text: str, candidates: Sequence[str], *, default: str = "en", sample: int = 4000
) -> str:
    """The most likely language of ``text`` among the ``candidates`` codes.

    A script used by a single candidate pack decides at once; otherwise
    lingua (restricted to the candidates it knows) breaks the tie.

    >>> detect_language("قال بوتين إن الهدنة ستصمد", ["ar", "en"])
    'ar'
    >>> detect_language("Putin said the truce would hold", ["ar", "en"])
    'en'
    """
    if not candidates:
        return default
    head = text[:sample]
    counts = script_counts(head)
    total = sum(counts.values())
    if total:
        script, n = max(counts.items(), key=lambda kv: kv[1])
        by_script = [c for c in candidates if load_pack(c).script == script]
        if len(by_script) == 1 and n / total >= 0.5:
            return by_script[0]
        if len(by_script) > 1:
            guess = _lingua(head, tuple(by_script))
            if guess:
                return guess
    if default in candidates:
        return default
    return candidates[0]


def _lingua(text: str, candidates: tuple[str, ...]) -> str | None:
    detector = _detector(candidates)
    if detector is None:
        return None
    lang = detector.detect_language_of(text)
    if lang is None:
        return None
    code = str(lang.iso_code_639_1.name).lower()
    return code if code in candidates else None


@lru_cache(maxsize=8)
def _detector(candidates: tuple[str, ...]) -> Any:
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a dependency
        return None
    langs = []
    for code in candidates:
        try:
            langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            continue
    if len(langs) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*langs).build()
