"""Consonant skeletons: the one spelling a name keeps across scripts.

A name new to the entity data reaches us spelt by each outlet: "Blinken" in
English, "بلينكن" in Arabic. Arabic writes no short vowels and Latin
spellings of the same name differ in their vowels ("Pashinyan",
"Pashinian"), but the consonants survive transliteration. A skeleton keeps
them, each folded to a class that both scripts write alike:

* b/p, f/v, t/d/th, k/q/c/kh/ch(k), g/j/gh, s/z/sh/x(s) are one class each,
  since Arabic has no p, v or g and writes foreign sibilants as it hears
  them;
* vowels, h, w, y and their Arabic counterparts (ا و ي ى ء ه ة ع ح) are
  dropped: they are vowels or breath in one script and letters in the other.

>>> skeleton("Blinken") == skeleton("بلينكن")
True
>>> skeleton("Nikol Pashinyan"), skeleton("نيكول باشينيان")
('NKL BSN', 'NKL BSN')

Skeletons are for recognising a name, never for showing one: "Diab" is
``TB``, which many names share, so :func:`same_name` asks for enough of
them to match.
"""

import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# Latin: longest spellings first, so "sh" is one sound, not s + h.
_LATIN = (
    ("sch", "S"),
    ("tch", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("zh", "S"),
    ("kh", "K"),
    ("gh", "G"),
    ("ph", "F"),
    ("th", "T"),
    ("dh", "T"),
    ("ck", "K"),
    ("dj", "G"),
    ("ts", "S"),
    ("tz", "S"),
    ("x", "KS"),
    ("b", "B"),
    ("p", "B"),
    ("f", "F"),
    ("v", "F"),
    ("t", "T"),
    ("d", "T"),
    ("k", "K"),
    ("q", "K"),
    ("c", "K"),
    ("g", "G"),
    ("j", "G"),
    ("s", "S"),
    ("z", "S"),
    ("l", "L"),
    ("m", "M"),
    ("n", "N"),
    ("r", "R"),
)
_ARABIC = {
    "ب": "B",
    "پ": "B",
    "ف": "F",
    "ڤ": "F",
    "ت": "T",
    "ث": "T",
    "د": "T",
    "ذ": "T",
    "ط": "T",
    "ض": "T",
    "ظ": "S",
    "ك": "K",
    "ق": "K",
    "خ": "K",
    "ج": "G",
    "غ": "G",
    "گ": "G",
    "س": "S",
    "ش": "S",
    "ص": "S",
    "ز": "S",
    "ل": "L",
    "م": "M",
    "ن": "N",
    "ر": "R",
}


@lru_cache(maxsize=4096)
def skeleton(name: str) -> str:
    """The consonant classes of each word of ``name``, space-separated.

    >>> skeleton("Recep Tayyip Erdoğan"), skeleton("رجب طيب أردوغان")
    ('RKB TB RTGN', 'RGB TB RTGN')
    >>> skeleton("Vaishnaw") == skeleton("فايشناو")
    True
    """
    words = []
    for word in unicodedata.normalize("NFKD", name.casefold()).split():
        out: list[str] = []
        i = 0
        while i < len(word):
            ch = word[i]
            if ch == "ت" and word.startswith("تش", i):
                out.append("S")  # "تش" is how Arabic writes "ch" ("Marchuk")
                i += 2
                continue
            if ch in _ARABIC:
                out.append(_ARABIC[ch])
                i += 1
                continue
            for spelling, cls in _LATIN:
                if word.startswith(spelling, i):
                    out.append(cls)
                    i += len(spelling)
                    break
            else:
                i += 1  # vowels, h, w, y, marks and the letters both scripts drop
        # A doubled letter ("Abbas") is one Arabic letter with a shadda, and
        # a vowel between two alike ("Pashinyan") is dropped on both sides.
        skel = "".join(c for k, c in enumerate(out) if k == 0 or c != out[k - 1])
        if skel:
            words.append(skel)
    return " ".join(words)


def same_name(a: str, b: str, *, min_family: int = 3) -> bool:
    """Whether two spellings, in different scripts, can be one person's name.

    The family names (last words) must share a skeleton of at least
    ``min_family`` consonant classes, and first names, where both give one,
    must agree too, but for one class ("Recep" and "رجب": Turkish c is j).

    >>> same_name("Blinken", "أنتوني بلينكن")
    True
    >>> same_name("Antony Blinken", "أنتوني بلينكن")
    True
    >>> same_name("Hassan Diab", "حسن دياب")  # a family name too short to tell
    False
    >>> same_name("Ahmed Blinken", "أنتوني بلينكن")
    False
    >>> same_name("Blinken", "Blinkin")  # one script: spelling is for fuzzy matching
    False
    """
    if is_latin(a) == is_latin(b):
        return False
    sa, sb = skeleton(a).split(), skeleton(b).split()
    if not sa or not sb or sa[-1] != sb[-1] or len(sa[-1]) < min_family:
        return False
    if len(sa) > 1 and len(sb) > 1:
        return Levenshtein.distance(sa[0], sb[0]) <= 1
    return True


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters.

    >>> is_latin("Blinken"), is_latin("بلينكن")
    (True, False)
    """
    return any("a" <= c <= "z" for c in name.casefold())
