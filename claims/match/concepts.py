"""Concept keys: a small English/Arabic lexicon for comparing quotes across languages.

Two outlets quoting one speaker in two languages share no words, but they
share the *concepts* of the quote: "the loss of life was a tragedy" and
"الخسارة في الأرواح مأساة" are {loss, life, tragedy} on both sides. This
lexicon covers the general vocabulary of conflict and diplomacy reporting
(not the sentences of any gold set); a word it lacks is simply not counted.

Matching is by word stem: Arabic clitics (و, ف, ب, ل, ال) and common
suffixes are stripped, then a word matches a lexicon stem when it starts
with it.
"""

from functools import lru_cache

from claims.match.text import fold

# concept -> (English stems, Arabic stems), stems already folded.
LEXICON: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "know": (("know", "knew", "aware", "unaware"), ("علم", "يعلم", "تعلم", "دراي", "معرف")),
    "tragedy": (("tragedy", "tragic"), ("ماسا", "ماسي", "فاجع")),
    "loss": (("loss", "lost", "losses"), ("خسار", "خساير", "فقدان")),
    "life": (("life", "lives"), ("ارواح", "روح", "حيا")),
    "death": (("death", "dead", "died", "killed", "killing"), ("مقتل", "قتل", "موت", "وفا")),
    "responsibility": (("responsib", "blame", "bore"), ("مسوول", "تتحمل", "يتحمل", "تحمل")),
    "escalation": (("escalat",), ("تصعيد", "التصعيد")),
    "relations": (("relation", "ties", "cooperation"), ("علاق", "تعاون")),
    "peak": (("peak", "unprecedented", "highest"), ("ذرو", "قم", "مسبوق")),
    "army": (
        ("army", "military", "forces", "troops", "soldiers"),
        ("جيش", "قوات", "جنود", "عسكر"),
    ),
    "location": (("where", "location", "position", "presence"), ("مواقع", "موقع", "وجود", "مكان")),
    "syria": (("syria", "damascus", "assad"), ("سوري", "سوريا", "دمشق", "اسد")),
    "turkey": (("turk", "ankara"), ("ترك", "انقر")),
    "russia": (("russia", "moscow", "kremlin"), ("روس", "موسكو", "كرملين")),
    "government": (("government", "regime"), ("حكوم", "نظام")),
    "attack": (("attack", "strike", "assault"), ("هجوم", "غار", "ضرب", "اعتدا")),
    "respond": (("respond", "response", "retaliat"), ("رد", "الرد")),
    "ceasefire": (("ceasefire", "truce"), ("وقف اطلاق", "هدن")),
    "agree": (("agree", "deal", "accord"), ("اتفق", "اتفاق", "توافق")),
    "corridor": (("corridor",), ("ممر",)),
    "patrol": (("patrol",), ("دوري",)),
    "terror": (("terror",), ("ارهاب",)),
    "refugee": (("refugee", "displaced", "migrant"), ("لاجي", "نازح", "مهاجر", "نزوح")),
    "border": (("border", "frontier"), ("حدود", "حدودي")),
    "civilian": (("civilian",), ("مدني",)),
    "condolence": (("condolence", "sorrow", "regret"), ("تعزي", "تعازي", "اسف")),
    "peace": (("peace", "stability", "calm"), ("سلام", "استقرار", "هدوء")),
    "withdraw": (("withdraw", "pull"), ("انسحاب", "سحب")),
    "observation_post": (("observation", "post"), ("نقط", "مراقب")),
    "humanitarian": (("humanitarian", "aid"), ("انساني", "مساعد")),
    "threat": (("threat", "warn"), ("تهديد", "حذر", "تحذير")),
    "country": (("country", "countries", "nation"), ("بلد", "دول", "البلدين")),
}

_AR_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SUFFIXES = ("هما", "كم", "هم", "ها", "نا", "ات", "ون", "ين", "ان", "ه", "ي")


def _arabic_forms(word: str) -> list[str]:
    forms = [word]
    for p in _AR_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            forms.append(word[len(p) :])
            break
    for form in list(forms):
        for s in _AR_SUFFIXES:
            if form.endswith(s) and len(form) - len(s) >= 3:
                forms.append(form[: -len(s)])
                break
    return forms


@lru_cache(maxsize=1)
def _stems() -> list[tuple[str, str]]:
    out = []
    for concept, (en, ar) in LEXICON.items():
        out += [(fold(stem), concept) for stem in (*en, *ar)]
    # Longer stems first, so "وقف اطلاق" wins over shorter ones.
    return sorted(out, key=lambda pair: -len(pair[0]))


@lru_cache(maxsize=65536)
def concepts(text: str) -> frozenset[str]:
    """The concept keys a text mentions.

    >>> sorted(concepts("the loss of life was a tragedy"))
    ['life', 'loss', 'tragedy']
    >>> sorted(concepts("الخسارة في الأرواح مأساة دائما"))
    ['life', 'loss', 'tragedy']
    """
    folded = fold(text)
    found: set[str] = set()
    for stem, concept in _stems():
        if " " in stem and stem in folded:
            found.add(concept)
    for word in folded.split():
        forms = _arabic_forms(word) if not word.isascii() else [word]
        for stem, concept in _stems():
            if " " not in stem and any(f.startswith(stem) for f in forms):
                found.add(concept)
                break
    return frozenset(found)
