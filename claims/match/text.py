"""Text folding and the fuzzy scorers the matcher uses.

Matching compares *folded* text: lower case, no diacritics, Arabic letter
variants merged, Arabic-Indic digits as ASCII, punctuation gone. Folding is
what makes the same quote printed by two outlets (one with curly quotes and
“Erdoğan”, one with straight quotes and “Erdogan”) score as near-identical.

When ``claims.text.normalize`` (written by the extraction layer) provides a
``fold`` function the matcher uses it, so both layers fold alike; the local
fold below is the fallback and the reference for tests.

Scorer choice, measured (``bench/match_pure.py``, 200-character texts,
rapidfuzz 3.14, one core, bulk ``process.extract``): ``ratio`` ~600k
pairs/s, ``token_sort_ratio`` ~170k, ``token_set_ratio`` ~115k,
``partial_ratio`` ~33k, ``WRatio`` ~27k. On reworded quotes of one speaker
``token_set_ratio`` on folded text kept 92-100 (``ratio`` fell to 62,
``WRatio`` ~88-93 at four times the cost) while different statements
stayed under 70, so :func:`statement_similarity` uses it.
"""

import re
import unicodedata
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

# Arabic letters that writers use interchangeably: hamza carriers on alef,
# alef maqsura for yaa, taa marbuta for haa at the end of words.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,  # tatweel only stretches a word
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "ı": "i",  # Turkish dotless i does not decompose under NFKD
    }
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def _finish(text: str) -> str:
    # What matching needs beyond the shared fold: case and punctuation gone.
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text.casefold()).replace("_", " ")).strip()


def _local_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_ARABIC_FOLD))
    # Dropping combining marks removes Latin accents and Arabic harakat alike.
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _finish(stripped.translate(_ARABIC_FOLD))


def _pick_fold() -> Callable[[str], str]:
    """The extraction layer's fold (then case and punctuation removed), else ours."""
    try:
        from claims.text.normalize import fold as shared
    except ImportError:  # the text layer is optional for the pure matcher
        return _local_fold

    def folded(text: str) -> str:
        return _finish(shared(text))

    try:
        if folded("Erdoğan’s “Idlib” ٣٣ أُعلنَ") != _local_fold("Erdoğan’s “Idlib” ٣٣ أُعلنَ"):
            return _local_fold  # a fold that disagrees with ours on the basics
    except Exception:
        return _local_fold
    return folded


_FOLD = _pick_fold()


def fold(text: str) -> str:
    """Fold ``text`` for fuzzy comparison.

    >>> fold("Erdoğan: “We will RESPOND!”")
    'erdogan we will respond'
    >>> fold("قُتِلَ ٣٣ جندياً")
    'قتل 33 جنديا'
    """
    return _FOLD(text)


# Words that flip a statement's polarity. Matching takes polarity from
# ``Frame.negated``; these words are removed before scoring so that "did not
# know" and "knew" score as the same statement with opposite polarity.
NEGATION_WORDS = frozenset(
    {
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "nor",
        "neither",
        "t",  # the "t" of a folded "didn't"
        "didn",
        "doesn",
        "don",
        "isn",
        "wasn",
        "weren",
        "aren",
        "won",
        "cannot",
        "did",
        "does",
        "do",
        "لم",
        "لا",
        "لن",
        "ليس",
        "ليست",
        "ما",
        "غير",
        "عدم",
    }
)


def strip_negation(folded: str) -> str:
    """Drop negation words from folded text (auxiliaries too: "did not know" ~ "knew").

    >>> strip_negation("the army did not know")
    'the army know'
    """
    return " ".join(w for w in folded.split() if w not in NEGATION_WORDS)


def statement_similarity(a: str, b: str) -> float:
    """Similarity 0-100 of two folded statements that survives rewording.

    ``token_set_ratio``: an editor who trims a quote, moves a clause or adds
    "he said" leaves the shared words intact, and token_set scores the
    shared words against each side's remainder. Measured on reworded quotes
    by one speaker it kept 92-100 where ``ratio`` fell to 62, while
    different statements of the same speaker stayed under 70. When the
    shorter text has fewer than :data:`MIN_SET_WORDS` distinct words a
    subset match means little ("we will respond" sits inside many quotes),
    so those pairs use ``token_sort_ratio``, which counts every word.

    >>> statement_similarity("we will not allow it", "we will not allow it")
    100.0
    >>> statement_similarity("the loss of life was a tragedy",
    ...                      "the loss of life was a tragedy and we offered condolences")
    100.0
    >>> round(statement_similarity("we will respond", "we will respond to any attack on our posts"))
    53
    """
    if not a or not b:
        return 0.0
    if _few_words(a, b):
        return float(fuzz.token_sort_ratio(a, b))
    return float(fuzz.token_set_ratio(a, b))


MIN_SET_WORDS = 4


def _few_words(a: str, b: str) -> bool:
    return min(len(set(a.split())), len(set(b.split()))) < MIN_SET_WORDS


def many_similarities(query: str, choices: Sequence[str]) -> list[float]:
    """``statement_similarity(query, c)`` for every choice, scored in bulk.

    One ``rapidfuzz.process.extract`` call scores all choices in its C++
    loop (no Python call per pair); the few short pairs that need
    ``token_sort_ratio`` are rescored one by one.

    >>> [round(x) for x in many_similarities(
    ...     "we will respond now", ["we will respond now", "", "they will respond now"])]
    [100, 0, 91]
    """
    n = len(choices)
    best = [0.0] * n
    if not query or n == 0:
        return best
    for _choice, score, index in process.extract(
        query, choices, scorer=fuzz.token_set_ratio, limit=None
    ):
        best[index] = float(score)
    for index, choice in enumerate(choices):
        if not choice:
            best[index] = 0.0
        elif _few_words(query, choice):
            best[index] = float(fuzz.token_sort_ratio(query, choice))
    return best
