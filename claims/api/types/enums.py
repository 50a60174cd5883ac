"""The contract's enums, with the meaning of each value.

Values are the strings the store keeps, so converting a row is
``ClaimKind(row.kind)``.
"""

from enum import Enum

import strawberry


@strawberry.enum(description="What kind of assertion a claim is.")
class ClaimKind(Enum):
    CASUALTY = strawberry.enum_value(
        "CASUALTY", description="People killed, wounded, captured, displaced: value is the count."
    )
    QUANTITY = strawberry.enum_value(
        "QUANTITY", description="Any other numeric claim: value and unit."
    )
    DURATION = strawberry.enum_value(
        "DURATION", description="How long something lasted: value in seconds, unit 's'."
    )
    EVENT = strawberry.enum_value(
        "EVENT",
        description="Something that happened or was agreed, with its time if stated "
        "(ceasefire from midnight).",
    )
    STATEMENT = strawberry.enum_value(
        "STATEMENT", description="Words attributed to a speaker, quoted or reported."
    )


@strawberry.enum(description="How exact a claimed number is.")
class ValueQualifier(Enum):
    EXACT = strawberry.enum_value("EXACT", description="The number as stated (33 soldiers).")
    APPROXIMATE = strawberry.enum_value(
        "APPROXIMATE", description="About, around, some (about 30 soldiers)."
    )
    AT_LEAST = strawberry.enum_value("AT_LEAST", description="At least, more than (at least 34).")
    AT_MOST = strawberry.enum_value("AT_MOST", description="At most, up to, fewer than.")


@strawberry.enum(description="How two claims relate, as the matcher scored them.")
class MatchRelation(Enum):
    AGREES = strawberry.enum_value("AGREES", description="Both claims assert the same thing.")
    CONTRADICTS = strawberry.enum_value(
        "CONTRADICTS",
        description="Both claims are about the same thing and cannot both be true.",
    )
    RELATED = strawberry.enum_value(
        "RELATED", description="About the same thing, neither agreeing nor contradicting."
    )


@strawberry.enum(description="Where a contradiction is in its review.")
class ContradictionStatus(Enum):
    OPEN = strawberry.enum_value("OPEN", description="Raised, not yet looked at by a person.")
    CONFIRMED = strawberry.enum_value(
        "CONFIRMED", description="A fact-checker agrees the two claims cannot both be true."
    )
    DISMISSED = strawberry.enum_value(
        "DISMISSED",
        description="A fact-checker found no contradiction; the pair is never raised again.",
    )


@strawberry.enum(description="A fact-checker's rating of a claim (schema.org ClaimReview).")
class Verdict(Enum):
    TRUE = strawberry.enum_value("TRUE", description="Accurate, nothing significant missing.")
    MOSTLY_TRUE = strawberry.enum_value(
        "MOSTLY_TRUE", description="Accurate but needs clarification or context."
    )
    MIXED = strawberry.enum_value("MIXED", description="Partly accurate, partly not.")
    MISLEADING = strawberry.enum_value(
        "MISLEADING", description="Technically accurate but leaves a false impression."
    )
    MOSTLY_FALSE = strawberry.enum_value(
        "MOSTLY_FALSE", description="Contains some truth but is largely inaccurate."
    )
    FALSE = strawberry.enum_value("FALSE", description="Not accurate.")
    UNVERIFIABLE = strawberry.enum_value(
        "UNVERIFIABLE", description="Cannot be checked with the evidence available."
    )
