"""Numbers written as digits or words, in any language a pack describes.

A pack lists its number words with a value and a role; one grammar turns
sequences such as "thirty-three", "one hundred and five", "ثلاثة وثلاثين",
"مئة وخمسين", "3.5 million" or "٣٣ ألفا" into values. Digits arrive here
already ASCII (normalisation folds Arabic-Indic and Persian digits).
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claims.text.normalize import fold

# Roles a number word can play:
#   unit      1-9 (and 0), added
#   teen      10-19, added ("ثلاثة عشر" is 3 + the teen marker 10)
#   ten       20-90, added
#   value     a complete number in one word (300 "ثلاثمئة", 2000 "ألفين")
#   hundred   multiplies what precedes by 100 (or stands for 100 alone)
#   scale     thousand/million/billion: multiplies the group before it
#   scale_pl  plural scale word that needs a number before it ("آلاف")
#   half      adds half of the last multiplier ("مليون ونصف", "and a half")
ROLES = ("unit", "teen", "ten", "value", "hundred", "scale", "scale_pl", "half")

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of literal words, factored as a trie.

    Factoring keeps a lexicon of hundreds of words fast: the regex engine
    follows one branch per character instead of trying every word.

    >>> trie_regex(["killed", "kill", "wounded"])
    '(?:kill(?:ed)?|wounded)'
    >>> re.fullmatch(trie_regex(["a.b", "ab"]), "a.b") is not None
    True
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"

    def build(node: dict) -> str:  # type: ignore[type-arg]
        optional = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            child = node[ch]
            # Compress single-child chains into one literal run.
            run = ch
            while len(child) == 1 and "" not in child:
                (nxt,) = child
                run += nxt
                child = child[nxt]
            rest = build(child) if child else ""
            lit = re.escape(run).replace(r"\ ", r"\s+")
            branches.append(lit + rest)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            if len(branches) == 1 and not body.startswith("(?:"):
                return "(?:" + body + ")?"
            return body + "?" if body.startswith("(?:") else "(?:" + body + ")?"
        return body

    out = build(trie)
    return out if out.startswith("(?:") else "(?:" + out + ")"


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: float
    role: str


class NumberGrammar:
    """Recognise and evaluate number expressions for one language.

    >>> g = NumberGrammar({"three": (3, "unit"), "thirty": (30, "ten"),
    ...                    "hundred": (100, "hundred"), "million": (1e6, "scale")},
    ...                   joiners=[" ", "-", " and "], articles=["a"])
    >>> g.parse("thirty-three"), g.parse("three hundred and thirty"), g.parse("3.5 million")
    (33.0, 330.0, 3500000.0)
    >>> g.parse("a million"), g.parse("1,200")
    (1000000.0, 1200.0)
    """

    def __init__(
        self,
        words: Mapping[str, tuple[float, str]],
        *,
        joiners: Iterable[str] = (" ",),
        articles: Iterable[str] = (),
        clitics: str = "",
        ignore_case: bool = True,
    ) -> None:
        self.words: dict[str, NumberWord] = {}
        for w, (v, role) in words.items():
            if role not in ROLES:
                raise ValueError(f"unknown number role {role!r} for {w!r}")
            self.words[fold(w).casefold()] = NumberWord(float(v), role)
        word_re = trie_regex(self.words)
        mult = trie_regex(
            k for k, nw in self.words.items() if nw.role in ("scale", "scale_pl", "hundred")
        )
        join_parts = []
        for j in joiners:
            j = fold(j)
            if j.strip():
                join_parts.append(r"\s*" + re.escape(j.strip()) + r"\s*")
            else:
                join_parts.append(r"\s+")
        # A joiner may be followed by a clitic-free word only; "و" in Arabic
        # attaches to the next word, which the "\s*" after it allows.
        join = "(?:" + "|".join(sorted(set(join_parts), key=len, reverse=True)) + ")"
        art = trie_regex(fold(a).casefold() for a in articles) if articles else None
        wb = r"(?!\w)"
        # "مليون و٨٠٠ ألف", "٣ ملايين و٢٠٠ ألف": past a multiplier, a
        # smaller one may follow in digits.
        more = rf"(?:{join}(?:{DIGITS})\s*{mult}{wb})*"
        words_seq = f"{word_re}{wb}(?:{join}{word_re}{wb})*{more}"
        alts = [rf"(?:{DIGITS})(?:\s*{mult}{wb}{more})?", words_seq]
        if art:
            alts.append(rf"{art}\s+{mult}{wb}")
        # Not inside a word, a decimal, or a name like "Su-24"; a one-letter
        # clitic ("و10 دقائق") may stick to the number.
        left = r"(?<![\w.,])(?<!\w-)"
        if clitics:
            left = rf"(?:{left}|(?<=(?<!\w)[{re.escape(clitics)}]))"
        self.pattern = left + "(?:" + "|".join(alts) + ")"
        self.flags = re.IGNORECASE if ignore_case else 0
        self.regex = re.compile(self.pattern, self.flags)
        self._token_re = re.compile(rf"{DIGITS}|{word_re}(?!\w)|{art or '(?!)'}", self.flags)
        self._articles = {fold(a).casefold() for a in articles}

    def parse(self, s: str) -> float | None:
        """The value of a number expression, or None if it has none."""
        value, _ = self.parse_prefix(s)
        return value

    def parse_prefix(self, s: str) -> tuple[float | None, int]:
        """Value of the longest valid prefix of ``s`` and where it ends.

        Word sequences that a greedy regex joined but that do not form one
        number ("three four") stop at the first word that cannot continue.
        """
        total = 0.0
        group = 0.0
        last_mult = 1.0
        seen = False
        end = 0
        lone: tuple[float, int] | None = None
        after_half = False
        for m in self._token_re.finditer(s):
            tok = m.group().casefold()
            if tok in self._articles and (not seen or tok not in self.words):
                # "a million", "one hundred": the article stands for the
                # multiplier's count. Inside a number ("forty-one") it is a word.
                if tok in self.words and lone is None and not seen:
                    lone = (self.words[tok].value, m.end())
                continue
            if tok[0].isdigit():
                if seen:
                    # Digits go on a number only past its multiplier
                    # ("مليون و٨٠٠ ألف", "مليونان و٣٠٠ ألف").
                    if group >= 1000 and group % 1000 == 0:
                        total, group = total + group, 0.0
                    if group != 0 or total == 0:
                        break
                group = _parse_digits(tok)
                seen = True
                end = m.end()
                continue
            nw = self.words.get(re.sub(r"\s+", " ", tok))
            if nw is None:
                break
            v, role = nw.value, nw.role
            was_half, after_half = after_half, role == "half"
            if role in ("scale", "scale_pl"):
                if role == "scale_pl" and not seen:
                    break
                if was_half and v == last_mult:
                    # "مليون ونصف مليون": the multiplier said again after its half.
                    end = m.end()
                    continue
                if seen and group == 0 and total > 0:
                    break
                total += (group or 1.0) * v
                group = 0.0
                last_mult = v
            elif role == "hundred":
                if group >= 10 or (seen and group == 0 and total == 0):
                    break
                group = (group or 1.0) * v
                last_mult = v
            elif role == "half":
                if not seen:
                    break
                group += 0.5 * (last_mult if group == 0 else 1)
                if group == 0.5 * last_mult and last_mult > 1:
                    total += group
                    group = 0.0
            elif not seen:
                group = v
            elif _continues(role, v, group):
                group += v
            else:
                break
            seen = True
            end = m.end()
        if not seen:
            return lone if lone is not None else (None, 0)
        return total + group, end


def _continues(role: str, v: float, group: float) -> bool:
    """Whether a word of ``role`` and value ``v`` can extend ``group``.

    Units follow tens ("thirty-three"), tens follow units ("ثلاثة وثلاثين"),
    the teen marker follows a unit ("ثلاثة عشر"), and a one-word hundreds
    value follows thousands ("ألفين وخمسمائة").
    """
    g100 = group % 100
    if role == "unit":
        return g100 == 0 or (g100 % 10 == 0 and g100 >= 20)
    if role == "ten":
        return g100 < 10
    if role == "teen":
        return g100 == 0 or (v == 10 and 0 < g100 < 10)
    if role == "value":
        return group == 0 or (v < 1000 and group % 1000 == 0)
    return False


def _parse_digits(tok: str) -> float:
    if "," in tok:
        head, _, tail = tok.partition(",")
        # "1,200" groups thousands; "3,5" is a decimal comma.
        if re.fullmatch(r"\d{3}(?:,\d{3})*(?:\.\d+)?", tok[len(head) + 1 :]) and len(head) <= 3:
            return float(tok.replace(",", ""))
        return float(head + "." + tail.replace(",", ""))
    return float(tok)
