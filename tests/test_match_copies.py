"""Copies: recognising a reprint of another outlet's story, and finding it by fingerprint."""

import time

from claims.match import copy_fingerprint, copy_similarity, is_copy

ORIGINAL = (
    """Erdogan and Putin agree Idlib ceasefire

Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin agreed on
Thursday to a ceasefire in Syria's Idlib province, after talks in Moscow that lasted
more than six hours. The ceasefire will take effect from midnight, the two leaders told
reporters at a joint news conference in the Kremlin. Under the deal, Turkish and Russian
forces will run joint patrols along the M4 highway starting on March 15, and a security
corridor six kilometres deep will be set up on each side of the road. Erdogan said Turkey
reserved the right to respond with all its strength to any attack by the Syrian
government forces. Putin said the loss of life among Turkish soldiers was a tragedy and
offered his condolences, adding that the Syrian army had not known where the Turkish
troops were. Thirty-three Turkish soldiers were killed in an air strike in Idlib last
week, the deadliest single attack on the Turkish army in Syria. The fighting has driven
nearly a million people from their homes since December, according to the United
Nations, and many of them are sleeping in fields near the Turkish border. Aid groups
said the ceasefire would only help if it held long enough for food and medicine to
reach the camps. Previous truces in Idlib collapsed within days. Analysts said the
agreement froze the front line where it stood and left the fate of the Turkish
observation posts inside government-held territory unresolved. The two leaders met
one on one for three hours and ten minutes before their delegations joined them.
"""
    * 2
)  # about 3,000 characters, the length of a wire story

# A reprint under its own headline, with two sentences reworded and one dropped.
REPRINT = (
    ORIGINAL.replace("Erdogan and Putin agree Idlib ceasefire", "Idlib truce: what was agreed")
    .replace(
        "Previous truces in Idlib collapsed within days.",
        "Earlier truces collapsed quickly.",
    )
    .replace(
        "Aid groups\nsaid the ceasefire would only help if it held long enough for food and "
        "medicine to\nreach the camps. ",
        "",
    )
    .replace("deadliest single attack", "worst single attack")
)

# Another outlet's own story on the same talks: same facts, its own words.
INDEPENDENT = (
    """Moscow talks end with truce for Idlib

After a marathon session in the Kremlin, the Russian and Turkish leaders announced that
guns would fall silent in Idlib at midnight. Vladimir Putin and Recep Tayyip Erdogan
spoke for over six hours, including a long private meeting before officials came in.
Patrols by both armies on the M4 road are due to begin in mid-March, and a buffer zone
will stretch six kilometres north and south of the highway. The Turkish leader warned
that Ankara would hit back hard if Damascus attacked its positions. The Russian
president expressed sorrow over the death of 33 Turkish troops last week and insisted
Syrian commanders had been unaware of their location. Nearly one million civilians
have fled the fighting since December, the UN says, and camps along the border are
overflowing. Observers doubt the truce will last; several before it failed within a
week, and the question of the besieged Turkish posts was left open.
"""
    * 2
)


def test_a_reprint_with_a_new_headline_and_changed_sentences_is_a_copy() -> None:
    assert copy_similarity(ORIGINAL, REPRINT) > 0.85
    assert is_copy(ORIGINAL, REPRINT)
    assert is_copy(REPRINT, ORIGINAL)  # symmetric


def test_an_independent_story_on_the_same_event_is_not_a_copy() -> None:
    assert copy_similarity(ORIGINAL, INDEPENDENT) < 0.1
    assert not is_copy(ORIGINAL, INDEPENDENT)


def test_a_copy_that_adds_its_own_paragraphs_is_still_a_copy() -> None:
    # Containment, not Jaccard: the copy's extra text does not dilute the score.
    assert is_copy(ORIGINAL, ORIGINAL + INDEPENDENT)


def test_folding_hides_typographic_differences() -> None:
    curly = ORIGINAL.replace("Erdogan", "Erdoğan").replace("'", "’").upper()
    assert copy_similarity(ORIGINAL, curly) == 1.0


def test_short_texts_are_never_copies() -> None:
    line = "The ceasefire will take effect from midnight, the two leaders said."
    assert not is_copy(line, line)


def test_fingerprints_find_the_copy_and_not_the_independent_story() -> None:
    original, reprint, independent = (
        set(copy_fingerprint(t)) for t in (ORIGINAL, REPRINT, INDEPENDENT)
    )
    assert 5 <= len(original) <= 64
    assert all(len(key) == 16 for key in original)  # fits the store's 32-char column
    assert len(original & reprint) >= 0.7 * len(original)
    assert not original & independent


def test_fingerprints_are_stable_across_calls_and_processes() -> None:
    # A fixed hash, not Python's salted hash(): the index must survive restarts.
    assert copy_fingerprint(ORIGINAL) == copy_fingerprint(ORIGINAL)
    # Pinned: a change here re-keys every stored document, so it needs a backfill.
    assert copy_fingerprint("one two three four five") == ["3e1da6133e7d53e7"]


def test_comparing_two_wire_stories_is_fast() -> None:
    start = time.perf_counter()
    for _ in range(50):
        is_copy(ORIGINAL, REPRINT)
    per_pair = (time.perf_counter() - start) / 50
    assert per_pair < 0.02, f"{per_pair * 1000:.1f} ms per pair"
