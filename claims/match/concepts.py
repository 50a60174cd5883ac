"""Concept keys: an English/Arabic lexicon for comparing quotes across languages.

Two outlets quoting one speaker in two languages share no words, but they
share the *concepts* of the quote: "the loss of life was a tragedy" and
"الخسارة في الأرواح مأساة" are {loss, life, tragedy} on both sides. This
lexicon covers the general vocabulary of news about conflict, diplomacy,
disasters, justice, the economy and politics as it is quoted (verbs, nouns,
the adjectives that carry a point, and the names of countries, capitals,
peoples and organisations), written from the two languages and not from the
sentences of any gold set; a word it lacks is simply not counted.

What is deliberately *not* a concept: negation (polarity is judged apart,
from ``Frame.negated``) and the words every quote has (say, said, قال, أن,
that, very), which would make any two quotes look alike.

Matching, word by word on folded text (:func:`claims.match.text.fold`):

* Arabic clitics are stripped — a conjunction (و, ف), then a preposition or
  the article (ب, ل, ال, بال, لل, كال), then the future س before a
  present-tense prefix ("وسنعمل" is also tried as "نعمل") — and one common
  suffix (سيادتنا is read as سياده, لقائه as لقاء), and a word matches a
  stem when one of its forms starts with it.
  A stem ending in ``$`` must be the whole form instead ("بيت$" is بيت and
  بيتها, not بيتر), for short words whose prefix would catch others.
* English words are matched the same way, without clitics: "investigat"
  matches investigate, investigation, investigators; "war$" is war only, not
  warm or warrant.
* The longest stem wins, so a word belongs to one concept: "اسفر" (resulted
  in) is not "اسف" (regret), "according" is not "accord". Stems that would
  otherwise catch an unrelated word are listed in :data:`NOT_CONCEPTS`.
* A stem with a space is a phrase ("united states", "وقف اطلاق النار"): its
  words are matched in a row, before single words (a phrase of more words
  first), and count once.

Arabic verbs need their present-tense forms (يفتح, تفتح, نفتح) besides the
past and the verbal noun, since a prefix stem cannot reach past ي/ت/ن;
:func:`_present` writes them. Broken plurals (سفن, حروب) are listed too.
"""

from functools import lru_cache

from claims.match.text import fold

# A stem ending in this marks a whole word, not a prefix.
EXACT = "$"


def _present(stem: str) -> tuple[str, str, str]:
    """The he/she/we present-tense forms of an Arabic verb stem.

    >>> _present("فتح")
    ('يفتح', 'تفتح', 'نفتح')
    """
    return ("ي" + stem, "ت" + stem, "ن" + stem)


# Verbs of keeping a thing as it is, before "in place" / "سارية" (in_force).
_KEEP_EN = ("stay", "remain", "kept", "keep$", "keeps$", "keeping", "left", "leave$", "stays$")
_KEEP_AR = ("تبقي", "يبقي", "بقيت", "بقي", "تظل", "يظل", "ظلت", "ظل", "تزال", "يزال", "باقيه")

# General vocabulary: concept -> (English stems, Arabic stems), stems already folded.
_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # --- knowing, thinking, wanting -------------------------------------------
    # Being told is knowing: "had not known of the warnings" and "had been
    # told of the warnings" (أُبلغ) make one point with opposite polarity.
    "know": (
        (
            "know",
            "knew",
            "aware",
            "unaware",
            "learn",
            "inform$",
            "informed",
            "informing",
            "informs",
            "notif",
            "briefed",
            "briefing",
            "been told",
            "was told",
            "were told",
        ),
        (
            *("علم", "يعلم", "تعلم", "نعلم", "دراي", "معرف", "عرف$", "عرفت", *_present("عرف")),
            *("اعرف", "ابلغ", "ابلاغ", "بلاغ", "اطلع", "اطلاع", "يطلع"),
            "معروف",
            "معلوم$",
            "عرفوا$",
        ),
    ),
    "believe": (
        (
            "believ",
            "think$",
            "thinks",
            "thought$",
            "convinced",
            "convinc",
            "persuad",
            "persuasion",
            "belief",
        ),
        (
            *_present("عتقد"),
            "اعتقد",
            "اعتقاد",
            "اظن",
            "يظن",
            "نظن",
            "مقتنع",
            "اقتناع",
            "اقناع",
            "يقنع",
            "تقنع",
            "نقنع",
            "اقنع$",
            *_present("ومن"),
            "اومن$",
        ),
    ),
    # "I wish" is أتمنى: a wish is a hope.
    "hope": (
        ("hope", "hoping", "optimis", "wish"),
        ("امل$", "يامل", "نامل", "امال", "اتمني", "نتمني", "يتمني", "تتمني", "تمني", "متفايل"),
    ),
    # رعب (terror) is fear, as "spread fear" is بث الرعب.
    "fear": (
        (
            "fear",
            "afraid",
            "worr",
            "anxi",
            "alarmed",
            "concern$",
            "concerns$",
            "concerned about",
            "alarming",
            "terrified",
            "terrifying",
            "frighten",
            "scare",
            "dread",
            "nervous",
        ),
        (
            "خوف",
            "مخاوف",
            "خشي",
            "يخشي",
            "نخشي",
            "تخشي",
            "اخشي",
            "اخاف",
            *_present("خاف"),
            "قلق",
            "مقلق",
            "مثير للقلق",
            "رعب",
            "مرعب",
            "ترويع",
            "فزع",
            "خايف",
        ),
    ),
    "expect": (
        ("expect", "anticipat", "predict", "forecast"),
        ("توقع", "يتوقع", "نتوقع", "تتوقع", "متوقع", "ترقب", "مرتقب"),
    ),
    "want": (
        ("want", "desire", "keen$", "eager"),
        ("اريد", "يريد", "نريد", "تريد", "اراد", "رغب", *_present("رغب"), "حريص"),
    ),
    "decide": (
        ("decid", "decision", "resolution"),
        ("قرر", *_present("قرر"), "قرار", "مقرر"),
    ),
    "promise": (
        ("promis", "pledg", "vow$", "vows", "vowed"),
        ("وعد$", "وعدت", "وعود", "تعهد", "يتعهد", "نتعهد", "تتعهد", "اتعهد", "وعدوا$"),
    ),
    # A guarantee (ضمانات) is a commitment (التزامات): one outlet's
    # "secured guarantees" is another's "gave no commitments".
    "commitment": (
        (
            "commitment",
            "committed",
            "commit$",
            "commits",
            "abide",
            "obligat",
            "binding$",
            "comply",
            "complied",
            "complian",
            "adher",
            "guarant",
            "ensur",
            "assur",
        ),
        (
            "التزام",
            "التزم",
            "ملتزم",
            *_present("لتزم"),
            "ملزم",
            "الزام",
            "امتثال",
            "امتثل",
            *_present("متثل"),
            "ضمان",
            "ضمانات",
            "يضمن",
            "نضمن",
            "تضمن",
            "اضمن",
            "ضامن",
            "تاكيدات",
        ),
    ),
    "understand": (
        ("understand", "understood"),
        ("فهمت$", *_present("فهم"), "تفاهم"),
    ),
    "plan": (
        ("plan$", "plans", "planned", "planning", "scheme"),
        ("خطه", "خطط", "يخطط", "نخطط", "تخطط", "مخطط"),
    ),
    "ready": (
        ("ready", "readiness", "prepar", "willing", "open to$"),
        (
            "مستعد",
            "استعداد",
            "جاهز",
            "تحضير",
            "يستعد",
            "نستعد",
            "تستعد",
            "اعدت",
            "اعدوا",
            "جهز",
            "منفتح",
            "انفتاح",
        ),
    ),
    "try": (
        ("try$", "tried", "tries", "trying", "attempt"),
        ("محاول", "حاول", "يحاول", "نحاول", "تحاول", "احاول"),
    ),
    "need": (
        ("need$", "needs", "needed", "needing", "necess", "require"),
        ("حاجه", "يحتاج", "نحتاج", "تحتاج", "احتاج", "ضروري", "ضروره", "مطلوب"),
    ),
    "truth": (
        ("truth", "true$", "fact$", "facts$", "genuine", "accurate", "correct", "real$", "reality"),
        ("حقيق", "صحيح", "صدق", "دقيق", "حقايق", "محق$", "محقون", "محقين"),
    ),
    "false": (
        ("false", "lie$", "lies$", "lied", "lying", "liar", "fake", "fabricat", "untrue"),
        ("كذب", "كاذب", *_present("كذب"), "اكاذيب", "زايف", "مزيف", "مفبرك", "افتراء"),
    ),
    "deny": (
        ("deny", "denies", "denied", "denial", "refut", "rebuff", "rebut"),
        (
            "نفي$",
            "نفت$",
            "ينفي",
            "تنفي",
            "ننفي",
            "انفي",
            "دحض",
            "يدحض",
            "فند",
            "يفند",
            "تفنيد",
            "نفوا$",
            "انكر",
            "ينكر",
            "ننكر",
            "انكار",
        ),
    ),
    "accuse": (
        ("accus", "allegation", "alleged", "defendant", "charges$"),
        ("اتهام", "اتهم", "يتهم", "تتهم", "نتهم", "متهم", "تهمه", "تهم$"),
    ),
    "acknowledge": (
        ("admit", "acknowledg", "confess", "recogni", "admission", "conced"),
        ("اعترف", "اعتراف", *_present("عترف"), "اقر$", "اقرت", "يقر$", "اقرار", "تقر$", "اقروا$"),
    ),
    "apologize": (("apolog",), ("اعتذار", "اعتذر", *_present("عتذر"))),
    "thank": (
        ("thank", "grateful", "gratitude"),
        ("شكر", *_present("شكر"), "اشكر", "امتنان", "ممتن"),
    ),
    "reveal": (
        ("reveal", "disclos", "uncover", "expose", "exposed", "exposing"),
        ("كشف", *_present("كشف"), "افصح", "يفصح", "افصاح"),
    ),
    "hide": (
        ("hide", "hides", "hid$", "hidden", "hiding", "conceal", "cover up", "covered up"),
        (
            "اخفاء",
            "اخفي",
            "يخفي",
            "نخفي",
            "تخفي",
            "اخفت",
            "مخفي",
            "تستر",
            "يتستر",
            "كتمان",
            "كتم$",
            "يكتم",
            "تكتم",
        ),
    ),
    "secret": (
        ("secret", "covert", "classified"),
        ("سري$", "سريه$", "سرا$", "اسرار", "سريا$"),
    ),
    # --- speech acts that carry a point ------------------------------------------
    "announce": (
        ("announc", "declar", "proclaim"),
        ("اعلن", *_present("علن"), "اعلان"),
    ),
    "demand": (
        ("demand", "request", "insist", "ask for", "asked for", "asking for", "asks for"),
        (
            "طلب",
            *_present("طلب"),
            "طالب",
            *_present("طالب"),
            "مطالب",
            "اصرار",
            "اصر$",
            "يصر$",
            "نصر علي",
            "اصروا$",
            "يصرون$",
        ),
    ),
    "call_for": (
        (
            "urge$",
            "urged",
            "urges",
            "urging",
            "call on",
            "calls on",
            "called on",
            "calling on",
            "call for",
            "calls for",
            "called for",
            "calling for",
            "appeal",
            "invit",
        ),
        (
            "دعا$",
            "دعت$",
            "دعوا$",
            "يدعو",
            "ندعو",
            "تدعو",
            "ادعو",
            "دعوه",
            "دعوات",
            "ناشد",
            "يناشد",
            "مناشد",
            "حث$",
            "حثت$",
            "يحث$",
            "تحث$",
            "نحث$",
            "حثوا$",
            "نناشد",
            "تناشد",
        ),
    ),
    # Talks and negotiations are one point: محادثات and مفاوضات are
    # both translated "talks".
    "discuss": (
        (
            "discuss",
            "talks$",
            "talked",
            "talking",
            "debat",
            "dialogue",
            "dialog$",
            "consult",
            "negotiat",
            "bargain",
        ),
        (
            "ناقش",
            *_present("ناقش"),
            "مناقش",
            "بحث",
            "يبحث",
            "نبحث",
            "تبحث",
            "محادث",
            "مباحث",
            "تباحث",
            "حوار",
            "مشاور",
            "تشاور",
            "مفاوض",
            "تفاوض",
            "يتفاوض",
            "نتفاوض",
            "تتفاوض",
            "يفاوض",
            "نفاوض",
            "بحثوا$",
            "بحثا$",
        ),
    ),
    "mediation": (
        ("mediat", "broker"),
        ("وساطه", "وسيط$", "وسطاء", "توسط", *_present("توسط")),
    ),
    "agree": (
        ("agree", "deal$", "deals$", "accord", "treaty", "treaties", "pact$", "approv"),
        (
            "اتفق",
            "اتفاق",
            "توافق",
            "وافق",
            *_present("وافق"),
            "موافق",
            "معاهد",
            *_present("تفق"),
            "صفقه",
            "صفقات",
        ),
    ),
    "accept": (
        ("accept",),
        ("قبول", "يقبل", "نقبل", "تقبل", "اقبل$", "قبلت$", "مقبول"),
    ),
    "reject": (
        ("reject", "refus", "dismiss", "repudiat"),
        ("رفض", *_present("رفض"), "ارفض", "مرفوض", "رافض"),
    ),
    "welcome": (
        ("welcom",),
        ("رحب", *_present("رحب"), "ترحيب", "مرحب"),
    ),
    "condemn": (
        ("condemn", "denounc", "deplor", "censur"),
        (
            "ادان",
            "يدين$",
            "ندين",
            "تدين$",
            "ادين",
            "استنكر",
            *_present("ستنكر"),
            "استنكار",
            "شجب",
            *_present("شجب"),
        ),
    ),
    "support": (
        ("support", "backing", "endors", "backed", "in favour", "in favor", "subsid"),
        (
            "دعم",
            *_present("دعم"),
            "داعم",
            "مساند",
            "يساند",
            "تساند",
            "نساند",
            "تاييد",
            "يويد",
            "نويد",
            "تويد",
            "مويد",
        ),
    ),
    # اعتراض على is an objection; اعتراض alone, an interception (intercept).
    "oppose": (
        ("oppos", "objection", "object to", "objected", "dissident", "dissent"),
        (
            "معارض",
            "يعارض",
            "نعارض",
            "تعارض",
            "عارض",
            "اعارض",
            "اعتراض علي",
            "اعترض علي",
            "يعترض علي",
            "تعترض علي",
            "نعترض علي",
        ),
    ),
    "threat": (
        ("threat", "warn", "menace", "intimidat", "caution$", "cautious"),
        (
            "تهديد",
            "هدد",
            *_present("هدد"),
            "حذر",
            *_present("حذر"),
            "تحذير",
            "انذار",
            "توعد",
            "يتوعد",
            "تتوعد",
            "وعيد",
            "نتوعد",
        ),
    ),
    # Not warned: the opposite of "threat" (warning, see OPPOSITES). English
    # "without warning" is negated by the extractor ("without") and stays a
    # warning; Arabic "دون إنذار" is not, so it is this concept.
    "unwarned": (
        ("by surprise", "off$ guard$", "blindsided", "unannounced", "caught unawares"),
        (
            *(f"{w} {x}" for w in ("دون", "بدون", "بلا") for x in ("انذار", "سابق انذار", "تحذير")),
            *("دون اي انذار", "دون اي تحذير", "علي حين غره", "علي حين غفله", "علي غفله"),
        ),
    ),
    "respond": (
        (
            "respond",
            "response",
            "retaliat",
            "reply",
            "replied",
            "answer",
            "revenge",
            "vengeance",
            "aveng",
            "retribution",
        ),
        (
            "رد$",
            "ردا$",
            "ردت$",
            "ردوا",
            "ردود",
            "يرد$",
            "نرد$",
            *("سترد$", "سيرد$", "سنرد$", "ستردون$", "سيردون$"),
            "انتقام",
            "اجاب",
            "يجيب",
            "جواب",
            "يردوا$",
            "يردون$",
        ),
    ),
    "respect": (
        ("respect",),
        ("احترام", "احترم", *_present("حترم"), "يحترم"),
    ),
    "violate": (
        ("violat", "breach", "infring", "abuse"),
        ("انتهاك", "انتهك", *_present("نتهك"), "خرق", "خروق", "تجاوزات", *_present("خرق")),
    ),
    "responsibility": (
        ("responsib", "accountab", "official", "bore", "irresponsib"),
        ("مسوول", "تتحمل", "يتحمل", "تحمل", "نتحمل", "محاسب", "مساءل"),
    ),
    "guilt": (
        ("guilt", "culprit", "perpetrat"),
        ("مذنب", "ذنب", "جاني", "مرتكب", "ارتكب", "يرتكب", "جناه"),
    ),
    "innocent": (
        ("innocen", "acquit"),
        ("بريء", "براءه", "ابرياء", "تبريه", "بريي"),
    ),
    # --- conflict ---------------------------------------------------------------
    "war": (
        ("war$", "wars$", "warfare", "wartime", "warring"),
        ("حرب", "حروب"),
    ),
    "conflict": (
        ("conflict", "dispute", "strife", "rift", "feud", "spat$"),
        ("نزاع", "صراع", "خلاف", "خلافات", "متنازع", "شرخ", "قطيعه"),
    ),
    "fight": (
        ("fight", "battl", "clash", "combat", "confront", "skirmish", "fought$"),
        (
            "قتال",
            "معرك",
            "اشتباك",
            "اشتبك",
            "مواجه",
            "حارب",
            *_present("حارب"),
            "مقاتل",
            "محارب",
            *_present("قاتل"),
            "معارك",
            "قاتلوا$",
            "قاتلت$",
        ),
    ),
    "face": (
        ("face$", "faces$", "faced", "facing"),
        ("واجه", "يواجه", "نواجه", "تواجه", "اواجه"),
    ),
    "attack": (
        (
            "attack",
            "strike",
            "struck",
            "assault",
            "raid",
            "offensive",
            "aggress",
            "airstrike",
            "air strike",
            "incursion",
            "hit$",
            "hits$",
            "hitting",
            "beaten",
            "beating",
            "assailant",
            "counterattack",
            "counteroffensive",
            "counter offensive",
        ),
        (
            "هجوم",
            "هجمات",
            "هجمه",
            "هاجم",
            *_present("هاجم"),
            "مهاجم",
            "غاره",
            "غارات",
            "ضرب",
            "اعتدا",
            "عدوان",
            "اغار",
            "معتدي",
            "مداهمه",
            "داهم",
            *_present("داهم"),
            *_present("ضرب"),
            "غاره جويه",
            "غارات جويه",
            "ضربه جويه",
            "ضربات جويه",
            "هجوم جوي",
            "هجمات جويه",
        ),
    ),
    "bombing": (
        (
            "bomb$",
            "booby",
            "bombs",
            "bombed",
            "bombing",
            "bomber",
            "shell$",
            "shelled",
            "shelling",
            "bombard",
            "barrage",
        ),
        ("قصف", *_present("قصف"), "قنبل", "قنابل", "مفخخ", "قصف جوي"),
    ),
    "explosion": (
        (
            "explosi",
            "explod",
            "blast",
            "detonat",
            "ied$",
            "ieds$",
            "blew up",
            "blown up",
            "blow up",
            "blowing up",
        ),
        (
            "انفجار",
            "انفجر",
            "ينفجر",
            "تفجير",
            "متفجر",
            "ناسف",
            "عبوه ناسفه",
            "عبوات ناسفه",
            "يفجر",
            "تفجر",
            "فجروا",
        ),
    ),
    "shooting": (
        (
            "shooting",
            "shot$",
            "shots",
            "gunfire",
            "shoot",
            "open fire",
            "opened fire",
            "opens fire",
            "sniper",
            "bullet",
            "fired on",
            "fired at",
            "firing on",
            "firing at",
            "fire on$",
        ),
        ("اطلاق نار", "اطلاق النار", "اطلق النار", "اطلقوا النار", "رصاص", "قناص"),
    ),
    "target": (
        ("target",),
        ("استهداف", "استهدف", *_present("ستهدف"), "مستهدف"),
    ),
    "invade": (
        ("invad", "invasion", "conquer", "conquest"),
        ("غزو", "غزا$", "اجتياح", "اجتاح", "يجتاح", "تجتاح", "يغزو", "تغزو"),
    ),
    "occupy": (
        ("occupation", "occupied", "occupy", "occupier", "occupying"),
        ("احتلال", "احتل", "يحتل", "تحتل", "محتل"),
    ),
    "control": (
        (
            "control",
            "seiz",
            "took over",
            "take over",
            "takeover",
            "captured",
            "capture",
            "dominat",
            "hegemon",
        ),
        (
            "سيطر",
            *_present("سيطر"),
            "استولي",
            "يستولي",
            "تستولي",
            "استيلاء",
            "هيمن",
            "استولت",
            "استولوا",
        ),
    ),
    "resistance": (
        ("resist",),
        ("مقاوم", "يقاوم", "نقاوم", "تقاوم", "قاوم$", "قاومت", "قاوموا"),
    ),
    "defend": (
        ("defen",),
        ("دفاع", "دافع", *_present("دافع"), "مدافع"),
    ),
    "protect": (
        ("protect", "shield", "safeguard"),
        ("حماي", "يحمي", "نحمي", "تحمي", "احمي", "محمي", "حامي"),
    ),
    "deter": (
        ("deter$", "deterr", "deters", "deterred"),
        ("ردع", "يردع", "نردع", "تردع", "رادع"),
    ),
    "escalation": (
        ("escalat", "flare"),
        ("تصعيد", "يصعد", "تصاعد", "يتصاعد"),
    ),
    "de_escalation": (
        ("de escalat", "deescalat", "defuse", "restrain"),
        ("تهديه", "خفض التصعيد", "ضبط النفس"),
    ),
    "tension": (
        ("tension", "tense$"),
        ("توتر", "احتقان"),
    ),
    "violence": (
        (
            "violen",
            "fierce",
        ),
        ("عنف", "اعمال عنف", "ضاريه", "شرس", "شراسه", "عنيف"),
    ),
    "hostility": (
        ("hostil", "enmity", "animosit", "enemy", "enemies", "antagoni"),
        ("عداء", "عداو", "عدايي", "معادي", "عدو", "اعداء", "خصوم", "خصم$"),
    ),
    "ceasefire": (
        ("ceasefire", "cease fire", "truce", "armistice", "pause$", "pauses$"),
        ("وقف اطلاق النار", "وقف اطلاق", "لاطلاق النار", "هدن"),
    ),
    "peace": (
        (
            "peace",
            "stability",
            "stabiliz",
            "stabilis",
            "stable$",
            "calm",
            "quiet",
            "unstable",
            "instabil",
        ),
        ("سلام", "استقرار", "هدوء", "سلمي", "مستقر"),
    ),
    "army": (
        ("army", "armies", "militar", "forces", "troops", "soldier", "officer", "colonel"),
        ("جيش", "جيوش", "قوات", "جنود", "جندي", "عسكر", "ضابط", "ضباط", "عقيد", "جنرال"),
    ),
    "armed": (
        ("armed", "gunm", "militant", "fighters"),
        ("مسلح", "مقاتلين", "مسلحين"),
    ),
    "militia": (
        ("militia", "paramilitar", "mercenar"),
        ("ميليشي", "مليشي", "مرتزق"),
    ),
    "rebel": (
        ("rebel", "insurgen", "mutiny", "mutinies", "mutineer"),
        ("متمرد", "تمرد", "ثوار"),
    ),
    "weapon": (
        (
            "weapon",
            "arms$",
            "armament",
            "ammunition",
            "munition",
            "arsenal",
            "gun$",
            "guns$",
            "rifle",
            "kalashnikov",
            "weapons of$ mass destruction",
        ),
        (
            "سلاح",
            "اسلحه",
            "تسليح",
            "ذخير",
            "عتاد",
            "ترسان",
            "بندقي",
            "بنادق",
            "كلاشنكوف",
            "اسلحه دمار شامل",
            "ذخاير",
        ),
    ),
    "drone": (
        ("drone", "uav$", "uavs$", "unmanned"),
        (
            "مسيره",
            "مسيرات",
            "طايره مسيره",
            "طايرات مسيره",
            "طايره بدون طيار",
            "طايرات بدون طيار",
            "درون",
        ),
    ),
    "missile": (
        ("missile", "rocket", "projectile", "ballistic", "shells$"),
        ("صاروخ", "صواريخ", "قذيف", "قذايف", "باليستي"),
    ),
    "aircraft": (
        (
            "aircraft",
            "plane$",
            "planes$",
            "warplane",
            "jet$",
            "jets$",
            "airplane",
            "helicopter",
            "aviation",
            "airliner",
            "pilot",
            "airmen",
            "airman",
        ),
        ("طايره", "طايرات", "مقاتلات", "مروحي", "طيران", "طيار"),
    ),
    "tank": (
        ("tank$", "tanks$", "armoured", "armored", "personnel carrier"),
        ("دبابه", "دبابات", "مدرع", "ناقله جند", "ناقلات جند"),
    ),
    "nuclear": (("nuclear", "atomic", "uranium"), ("نووي", "ذري$", "يورانيوم")),
    "chemical": (("chemical",), ("كيماوي", "كيميايي", "كيمياوي")),
    "terror": (
        ("terror", "jihadist"),
        ("ارهاب", "ارهابي", "تكفيري"),
    ),
    "extremism": (
        ("extremis", "radical", "fanatic"),
        ("تطرف", "متطرف", "متشدد", "تشدد"),
    ),
    "assassination": (("assassin",), ("اغتيال", "اغتال", "يغتال")),
    "kidnap": (
        ("kidnap", "abduct", "hijack"),
        ("خطف", *_present("خطف"), "اختطاف", "اختطف", "مختطف"),
    ),
    "hostage": (("hostage",), ("رهين", "رهاين", "محتجز")),
    "massacre": (
        ("massacr", "slaughter", "carnage"),
        ("مجزره", "مجازر", "مذبح", "ذبح"),
    ),
    "genocide": (
        ("genocid", "ethnic cleansing", "extermina", "annihilat"),
        ("اباده", "تطهير عرقي"),
    ),
    "crime": (
        ("crime", "criminal", "atrocit", "felon"),
        ("جريمه", "جرايم", "مجرم", "اجرام", "فظاع", "جنايي", "جنايات"),
    ),
    "torture": (("tortur", "mistreat", "ill treatment"), ("تعذيب", "عذب", *_present("عذب"))),
    "siege": (
        ("siege", "besieg", "blockad", "encircl", "surround", "cordon"),
        ("حصار", "محاصر", "يحاصر", "تحاصر", "طوق", "تطويق", "يطوق"),
    ),
    "checkpoint": (
        ("checkpoint", "roadblock", "barrier", "barricade"),
        ("حاجز", "حواجز", "متاريس"),
    ),
    "tunnel": (("tunnel",), ("نفق$", "انفاق تحت")),
    "death": (
        (
            "death",
            "dead$",
            "died",
            "die$",
            "dies$",
            "dying",
            "killed",
            "killing",
            "kill",
            "fatal",
            "murder",
            "perish",
            "martyr",
            "toll",
            "deadly",
            "homicid",
            "lethal",
            "succumb",
            "claimed the lives",
            "claimed the life",
            "claiming the lives",
            "claims the lives",
            "cost the lives",
            "lost their lives",
            "lost his life",
            "lost her life",
            "lose their lives",
            "losing their lives",
            "took the lives",
            "taken the lives",
        ),
        (
            "مقتل",
            "قتل",
            "قتيل",
            "موت",
            "يموت",
            "تموت",
            "نموت",
            "مات$",
            "ماتت",
            "وفاه",
            "وفات$",
            "وفيات",
            "توفي",
            "مصرع",
            "شهيد",
            "شهداء",
            "استشهد",
            "استشهاد",
            *_present("قتل"),
            "حتف",
            "مت$",
            "حصيله",
            "فارق الحياه",
            "فارقت الحياه",
            "فارقوا الحياه",
            "اودي بحياه",
            "اودت بحياه",
            "يودي بحياه",
            "تودي بحياه",
            "فقدوا حياتهم",
            "فقد حياته",
            "فقدت حياتها",
            "ماتوا$",
        ),
    ),
    "injury": (
        ("injur", "wound", "hurt", "maim"),
        ("اصاب", "مصاب", "جرح", "جريح", "جراح$", "يصاب", "تصاب", "يجرح", "تجرح", "اصيب", "جروح"),
    ),
    "victim": (("victim", "casualt"), ("ضحايا", "ضحيه")),
    "survivor": (
        ("surviv",),
        (
            "ناجين",
            "ناجون",
            "نجا$",
            "نجاه",
            "ينجو",
            "تنجو",
            "ننجو",
            "ناجيه$",
            "ناجيا$",
            "نجت$",
            "نجوا$",
        ),
    ),
    "missing": (("missing", "disappear", "unaccounted"), ("مفقود", "اختفاء", "اختفي", "مختف")),
    "body": (("body$", "bodies", "corpse"), ("جثه", "جثث", "جثامين", "جثمان", "رفات")),
    "civilian": (("civilian", "non combatant", "noncombatant", "civil$"), ("مدني",)),
    "prison": (
        ("prison", "jail", "imprison", "inmate", "captive", "detainee", "prisoner", "captivity"),
        ("سجن", "سجين", "سجنا", "سجون", "اسير", "اسري", "معتقل", "يسجن", "تسجن"),
    ),
    "arrest": (
        (
            *("arrest", "detain", "detention", "apprehend", "custody", "rounded up"),
            *("been caught", "was caught", "were caught", "behind bars"),
        ),
        (
            "اعتقال",
            "اعتقل",
            *_present("عتقل"),
            "توقيف",
            "احتجاز",
            "احتجز",
            *_present("حتجز"),
            "قبض",
        ),
    ),
    "release": (
        ("releas", "freed", "free$", "set free", "let go", "freeing", "parole"),
        ("افراج", "افرج", "يفرج", "تفرج", "نفرج", "سراح", "اطلاق سراح", "اطلق سراح", "افراج مشروط"),
    ),
    "freedom": (
        ("freedom", "liberat", "liberty", "liberties"),
        ("حريه", "حريات", "تحرير", "حرر", "يحرر", "تحرر", "محرر"),
    ),
    "exchange": (
        ("exchang", "swap"),
        ("تبادل", "مبادله", "يتبادل", "تتبادل", "نتبادل"),
    ),
    "withdraw": (
        (
            "withdr",
            "pull",
            "retreat",
            "pullout",
            "back down",
            "backed down",
            "backing down",
            "backs down",
            "backtrack",
        ),
        (
            "انسحاب",
            "انسحب",
            *_present("نسحب"),
            "سحب",
            "يسحب",
            "نسحب",
            "تسحب",
            "تراجع عن$",
            "تراجعت عن$",
            "تراجعوا عن$",
            "يتراجع عن$",
            "تتراجع عن$",
            "نتراجع عن$",
        ),
    ),
    "deploy": (
        ("deploy", "stationed", "spread", "publish", "reinforc", "sow$", "sowing", "sown$"),
        (
            "نشر",
            *_present("نشر"),
            "انتشار",
            "ينتشر",
            "تنتشر",
            "تمركز",
            "تعزيزات",
            "زرع$",
            "زرعت",
            "يزرع$",
            "تزرع$",
            "بث$",
            "بثت$",
            "يبث$",
            "تبث$",
            "زرعوا$",
            "بثوا$",
        ),
    ),
    "surrender": (("surrender", "capitulat"), ("استسلام", "استسلم", "يستسلم")),
    "victory": (
        (
            "win$",
            "wins$",
            "winning",
            "winner",
            "victory",
            "victories",
            "victorious",
            "triumph",
            "prevail",
        ),
        (
            "فوز",
            "فاز$",
            "فازت$",
            "فازوا",
            *_present("فوز"),
            "انتصار",
            "انتصر",
            *_present("نتصر"),
            "نصر$",
            "منتصر",
            "نصرا$",
        ),
    ),
    "defeat": (("defeat",), ("هزيمه", "هزم", *_present("هزم"), "مهزوم")),
    "loss": (
        ("loss", "lost", "losses", "lose$", "loses", "losing"),
        ("خسار", "خساير", "فقدان", "خسر", *_present("خسر"), "فقدت", "فقدنا", *_present("فقد")),
    ),
    "patrol": (("patrol",), ("دوري",)),
    "corridor": (("corridor", "safe passage"), ("ممر",)),
    "observation_post": (
        ("observation", "post$", "posts$", "outpost", "monitor", "surveillance", "observer"),
        ("نقطه", "نقاط", "مراقب", "رصد", *_present("رصد")),
    ),
    "border": (("border", "frontier", "boundar"), ("حدود", "حدودي")),
    "crossing": (("crossing",), ("معبر", "معابر", "عبور")),
    "territory": (
        ("territor", "land$", "lands$", "soil$", "ground$"),
        ("اراضي", "ارض", "بري$", "بريه$"),
    ),
    "sovereignty": (("sovereign",), ("سياده", "سيادي")),
    "independence": (("independen",), ("استقلال", "مستقل")),
    "unity": (
        (
            "unity",
            "unifi",
            "unify",
            "unite$",
            "united$",
            "unites",
            "integrity",
            "stand together",
            "stood together",
            "standing together",
            "united front",
        ),
        ("الوحده", "توحيد", "موحد", "اتحاد"),
    ),
    "division": (
        (
            "divide",
            "divided",
            "dividing",
            "division",
            "split",
            "partition",
            "secession",
            "secede",
            "polariz",
            "polaris",
            "separation",
            "separated",
        ),
        ("انقسام", "تقسيم", "انفصال", "تفكيك", "استقطاب"),
    ),
    "security": (
        ("safe", "secur", "unharmed", "insecur", "security services", "security service"),
        (
            "امن",
            "امان",
            "سلامه",
            "سالم",
            "تامين",
            "اجهزه الامن",
            "الاجهزه الامنيه",
            "اجهزه امنيه",
            "الاجهزه الامن",
        ),
    ),
    "danger": (
        ("danger", "peril", "hazard", "risk", "jeopard", "endanger"),
        ("خطر", "خطير", "خطوره", "مخاطر", "مخاطره"),
    ),
    "serious": (("serious", "grave$", "gravity"), ("جدي$", "جديه$", "جديا$", "جسيم")),
    "intelligence": (
        (
            "intelligence",
            "spy$",
            "spying",
            "spies$",
            "espionage",
            "informant",
            "intelligence services",
            "intelligence service",
        ),
        ("استخبار", "مخابرات", "تجسس", "جاسوس", "جواسيس", "اجهزه الاستخبارات", "اجهزه المخابرات"),
    ),
    "police": (("police", "policem", "cop$", "cops$"), ("شرطه", "شرطي", "بوليس")),
    "operation": (
        (
            "operation",
            "process$",
            "processes$",
        ),
        ("عمليه", "عمليات"),
    ),
    # --- humanitarian and disaster ------------------------------------------------
    "humanitarian": (
        ("humanitarian", "aid$", "aids$", "relief", "assistance"),
        ("انساني", "مساعد", "اغاث", "معونه", "معونات"),
    ),
    "help": (
        ("help", "assist$", "assisted", "assisting"),
        ("ساعد", *_present("ساعد"), "اساعد"),
    ),
    "rescue": (
        ("rescu", "save$", "saved", "saving", "ambulance", "paramedic", "bailout"),
        ("انقاذ", "انقذ", *_present("نقذ"), "اسعاف"),
    ),
    "evacuate": (
        ("evacuat",),
        ("اخلاء", "اجلاء", "اخلي$", "اجلي$", "اخلت", "اجلوا$", "يخلي$"),
    ),
    "refugee": (
        (
            "refugee",
            "displace",
            "migrant",
            "immigra",
            "emigra",
            "asylum",
            "exile",
            "uproot",
            "resettl",
        ),
        (
            "لاجي",
            "نازح",
            "مهاجر",
            "نزوح",
            "لجوء",
            "تهجير",
            "مهجر",
            "هجره",
            "منفي",
            "اقتلاع",
            "توطين",
            "نزح",
            *_present("نزح"),
            "هاجر",
            *_present("هاجر"),
            "لجا$",
            "لجات$",
            "لجاوا$",
            "يلجا",
            "تلجا",
            "نلجا",
        ),
    ),
    "flee": (
        ("flee$", "flees", "fleeing", "fled$", "escap"),
        (
            "فرار",
            "فروا",
            "هروب",
            "هرب",
            *_present("هرب"),
            "يفر$",
            "تفر$",
            "فر$",
            "فرت$",
        ),
    ),
    # Not (yet) caught: the opposite of "arrest" (see OPPOSITES), so "is
    # still at large" says what "was not arrested" says.
    "at_large": (
        (
            *("at$ large$", "on$ the$ run$", "fugitive", "in$ hiding$", "still$ free$"),
            *("remains free$", "remained free$", "evaded arrest", "evading arrest", "eluded"),
            *("evaded capture", "evading capture", "escaped arrest", "escaped capture"),
        ),
        (
            *("طليق", "هارب", "فار$", "فارا$", "فارين$", "فاره$", "متوار", "متواري"),
            *("مختبي", "مختفي عن الانظار", "بعيدا عن قبضه", "افلت من قبضه"),
        ),
    ),
    "camp": (
        ("camp$", "camps$", "encampment", "tent city", "tent camp", "tent camps"),
        ("مخيم", "معسكر"),
    ),
    "shelter": (("shelter", "refuge$", "homeless"), ("ماوي", "ملجا", "ملاجي", "ايواء")),
    "emergency": (("emergenc",), ("طواري", "طاري", "اضطراري")),
    "disaster": (
        ("disaster", "catastroph", "calamit", "nakba", "disastrous"),
        ("كارث", "كوارث", "نكبه"),
    ),
    "tragedy": (("tragedy", "tragic", "traged"), ("ماسا", "ماسي", "فاجع", "مفجوع", "فجيعه")),
    "earthquake": (
        ("earthquake", "quake", "tremor", "seismic", "aftershock"),
        ("زلزال", "زلازل", "هزه ارضيه", "هزات", "هزه$"),
    ),
    "flood": (
        ("flood", "torrent", "deluge", "inundat", "submerg"),
        ("فيضان", "سيول", "غمرت", "سيل$", "غمر$", *_present("غمر")),
    ),
    "storm": (
        ("storm", "hurricane", "cyclone", "typhoon", "sandstorm", "tornado", "twister"),
        ("عاصف", "اعصار"),
    ),
    "fire": (
        (
            "fire$",
            "fires$",
            "blaze",
            "wildfire",
            "burn$",
            "burns",
            "burned",
            "burnt",
            "burning",
            "flames",
            "arson",
        ),
        (
            "حريق",
            "حرايق",
            "نار$",
            "نيران",
            "احتراق",
            "احرق",
            "حرق",
            "لهيب",
            "لهب$",
            "احترق",
            "يحترق",
            "تحترق",
            "يحرق",
            "تحرق",
        ),
    ),
    "drought": (("drought", "desertif"), ("جفاف", "تصحر")),
    "climate": (("climat", "warming", "emission"), ("مناخ", "احترار", "انبعاث")),
    "rubble": (("rubble", "debris", "ruins", "wreck"), ("انقاض", "ركام", "حطام")),
    "collapse": (("collaps", "crumbl"), ("انهيار", "انهار", *_present("نهار"))),
    "damage": (
        ("damag", "harm$", "harmed", "harming", "harmful"),
        ("اضرار", "ضرر", "تضرر", "متضرر", "اضر$", "اضرت", "اذي$", "يوذي", "ايذاء"),
    ),
    "destroy": (
        (
            "destroy",
            "destruct",
            "demolish",
            "demolition",
            "devastat",
            "ruin$",
            "ruined",
            "raze",
            "flatten",
            "razing",
        ),
        (
            "دمار",
            "تدمير",
            "دمر",
            "يدمر",
            "ندمر",
            "مدمر",
            "خراب",
            "هدم",
            "تهديم",
            "يهدم",
            "تهدم",
            "تسويه بالارض",
            "سويت بالارض",
            "سوي بالارض",
        ),
    ),
    "build": (
        (
            "build$",
            "builds",
            "built",
            "building up",
            "construct",
            "rebuild",
            "reconstruct",
            "establish",
            "set up",
            "creat",
        ),
        (
            "بناء",
            "يبني",
            "نبني",
            "تبني",
            "اعمار",
            "تشييد",
            "انشاء",
            "بنوا$",
            "يبنون",
            "انشا",
            "ينشي",
            "تنشي",
            "ننشي",
        ),
    ),
    "building": (
        ("building", "structure", "tower"),
        ("مبني", "مباني", "بنايه", "عماره", "برج$", "ابراج"),
    ),
    "disease": (
        (
            "disease",
            "epidemic",
            "pandemic",
            "virus",
            "infect",
            "outbreak",
            "cholera",
            "covid",
            "illness",
            "influenza",
            "measles",
            "polio",
            "malaria",
            "dengue",
            "ebola",
            "tuberculosis",
            "mpox",
            "monkeypox",
            "plague",
        ),
        (
            "مرض",
            "امراض",
            "وباء",
            "فيروس",
            "عدوي",
            "كورونا",
            "كوليرا",
            "جايحه",
            "حصبه",
            "شلل الاطفال",
            "شلل اطفال",
            "ملاريا",
            "ايبولا",
            "جدري",
            "تفشي",
            "يتفشي",
            "طاعون",
        ),
    ),
    "vaccine": (("vaccin", "immuni", "herd immunity"), ("لقاح", "تطعيم", "مناعه")),
    "medical": (
        (
            "medic",
            "doctor",
            "physician",
            "nurse$",
            "nurses",
            "treatment",
            "patient$",
            "patients$",
            "sick$",
            "treated for$",
            "being treated",
            "were treated",
            "was treated",
        ),
        (
            "طبي",
            "طبيب",
            "اطباء",
            "دواء",
            "ادويه",
            "علاج",
            "مرضي$",
            "ممرض",
            "مريض",
            *_present("عالج"),
            "عولج",
        ),
    ),
    "hospital": (("hospital", "clinic"), ("مستشفي", "مستشفيات", "عياده")),
    "health": (("health",), ("صحه", "صحي$", "صحيه")),
    "hunger": (
        ("famine", "starv", "hunger", "hungry", "malnutrition", "malnourish"),
        ("مجاعه", "جوع", "تجويع", "سوء تغذيه"),
    ),
    "food": (
        ("food", "bread", "meal", "rice$", "sugar", "milk"),
        ("غذاء", "غذايي", "اغذيه", "طعام", "خبز", "ارز$", "سكر$", "حليب"),
    ),
    "wheat": (("wheat", "grain", "cereal", "flour$"), ("قمح", "حبوب", "طحين")),
    "water": (("water",), ("مياه", "ماء", "مايي")),
    "fuel": (("fuel", "gasoline", "diesel", "petrol$"), ("وقود", "محروقات", "ديزل", "بنزين")),
    "electricity": (
        ("electric", "blackout", "power outage", "power cut", "power grid", "electrocut"),
        # A cut of "the current" (التيار) is a blackout; التيار alone is a trend.
        ("كهرب", "انقطاع التيار", "انقطاع في التيار", "انقطاعات التيار"),
    ),
    "provide": (
        ("supplies", "provision", "provid", "supply"),
        ("امدادات", "امداد", "توفير", *_present("وفر"), "تزويد"),
    ),
    # --- places and daily life ------------------------------------------------------
    "window": (("window$", "windows$"), ("نافذه", "نوافذ")),
    "empty": (("empty", "vacant", "uninhabited"), ("فارغ", "خالي$", "خاليه$", "خاويه")),
    # Building sites and what the inquiries into their fires test.
    "scaffolding": (("scaffold",), ("سقالات", "سقاله")),
    "foam": (("foam", "polystyrene", "styrofoam"), ("فوم$", "رغوه", "بوليسترين")),
    "sample": (("sample$", "samples$", "sampling"), ("عينات",)),
    # Nets (شِباك) and netting; a window is نافذة here, a network شبكة.
    "netting": (("netting", "nets$", "mesh$"), ("شباك$",)),
    # Fire-resistant material is one concept ("مقاومة للحريق"), not a
    # resistance and a fire.
    "fire_resistant": (
        (
            *("fire resistant", "fire resistance", "fire retardant", "flame retardant"),
            *("fireproof", "fire proof", "non flammable", "nonflammable"),
        ),
        (
            *(
                f"{what} {fire}"
                for what in ("مقاومه", "مقاوم", "مضاد", "مضاده")
                for fire in ("للحريق", "الحريق", "للحرايق", "للاشتعال", "للنيران")
            ),
            "غير قابل للاشتعال",
            "غير قابله للاشتعال",
        ),
    ),
    "home": (
        ("home", "house", "homeland", "dwelling", "housing"),
        ("وطن", "منزل", "منازل", "بيت$", "بيوت", "ديار", "دار$", "مسكن", "مساكن", "اسكان"),
    ),
    "road": (
        (
            "road",
            "route",
            "highway",
            "on her way",
            "on his way",
            "on their way",
            "on its way",
            "on our way",
            "on my way",
            "on the way",
            "way home",
            "way back",
        ),
        ("طريق", "طرقات"),
    ),
    "family": (
        (
            "family",
            "families",
            "relatives",
            "parent$",
            "parents",
            "mother",
            "father",
            "wife",
            "husband",
            "son$",
            "sons$",
            "daughter",
        ),
        ("عايل", "اسره", "اسر$", "ذوي", "اقارب", "زوج", "ابن", "بنت$", "بنات"),
    ),
    "child": (
        ("child", "kid$", "kids$", "boy$", "boys$", "girl", "infant", "baby", "babies"),
        ("طفل", "اطفال", "اولاد", "قاصر", "رضيع", "صغار", "فتاه", "فتيات", "صبي"),
    ),
    "woman": (("woman", "women", "female"), ("امراه", "نساء", "سيدات", "نسوي")),
    "youth": (("youth", "young"), ("شباب", "شبان")),
    "people": (
        ("people", "population", "public$"),
        ("شعب", "ناس$", "اهالي", "اهل$"),
    ),
    "citizen": (
        ("citizen", "nationals$", "nationality", "nationalities"),
        (
            "مواطن",
            "جنسيه",
            "تجنيس",
        ),
    ),
    "resident": (("resident", "inhabitant", "locals"), ("سكان", "قاطن", "مقيم")),
    "human": (
        ("human$", "humans$", "humanity", "mankind"),
        ("انسان", "بشر$", "بشري", "ضد الانسانيه"),
    ),
    "life": (("life", "lives", "alive"), ("ارواح", "روح", "حياه", "حيات", "حيا$", "موبد")),
    "city": (
        ("city", "cities", "town", "village", "municipal"),
        ("مدينه", "مدن", "قريه", "قري$", "بلده$", "بلديه"),
    ),
    "region": (
        ("region", "area$", "areas$", "zone", "province", "district"),
        ("منطقه", "مناطق", "اقليم", "محافظه", "ولايه"),
    ),
    "location": (
        ("where$", "whereabouts", "location", "presence", "positions$", "positioned"),
        ("مواقع", "موقع", "وجود", "مكان"),
    ),
    "world": (("world", "global", "worldwide", "planet"), ("عالم",)),
    "international": (("international",), ("دولي", "دوليه")),
    "country": (
        ("country", "countries", "nation", "state$", "states$", "statehood"),
        ("بلد", "بلاد", "دول", "البلدين", "دوله", "وطني"),
    ),
    "foreign": (("foreign", "overseas", "abroad"), ("خارجي", "اجنبي", "اجانب", "خارج$")),
    "interior": (("interior", "internal", "domestic"), ("داخلي",)),
    "sea": (
        ("sea$", "seas$", "maritime", "naval", "navy", "ocean", "coast", "shore"),
        ("بحر$", "بحري", "بحار$", "سواحل", "ساحل"),
    ),
    "ship": (
        (
            "ship",
            "vessel",
            "boat",
            "tanker",
            "cargo",
            "freighter",
            "fleet",
            "ferry",
            "ferries",
            "trawler",
            "dinghy",
            "dinghies",
            "skiff",
            "raft$",
            "rafts$",
        ),
        (
            "سفينه",
            "سفن",
            "ناقله",
            "ناقلات",
            "قارب",
            "قوارب",
            "مركب",
            "اسطول",
            "باخره",
            "زورق",
            "زوارق",
        ),
    ),
    "canal": (
        ("canal", "channel", "strait", "waterway"),
        ("قناه", "قنوات", "قنال", "مضيق", "ممر مايي"),
    ),
    "port": (("port$", "ports$", "seaport", "harbo"), ("ميناء", "مرفا", "مواني")),
    "airport": (
        ("airport", "airfield", "airspace"),
        ("مطار", "اجواء", "جوي"),
    ),
    "vehicle": (
        (
            "vehicle",
            "car$",
            "cars$",
            "truck",
            "bus$",
            "buses",
            "convoy",
            "lorry",
            "lorries",
            "taxi$",
            "taxis$",
            "columns$",
        ),
        (
            "سياره",
            "سيارات",
            "مركبه",
            "مركبات",
            "شاحن",
            "حافله",
            "قافله",
            "قوافل",
            "سياره اجره",
            "رتل$",
            "ارتال",
        ),
    ),
    "bridge": (("bridge",), ("جسر", "جسور")),
    "dam": (("dam$", "dams$", "reservoir"), ("سد$", "سدود", "سد النهضه")),
    "infrastructure": (
        ("infrastructur", "facility", "facilities", "utilit"),
        ("بني تحتي", "منشا", "مرافق"),
    ),
    "school": (
        ("school", "education", "teacher", "teach", "student", "pupil"),
        ("مدرس", "مدارس", "تعليم", "معلم", "طلاب", "طالبات", "تلاميذ"),
    ),
    "university": (("universit", "academ", "college"), ("جامعه", "جامعات", "اكاديمي", "كليه")),
    "religion": (
        ("religio", "faith", "mosque", "church", "synagogue", "worship", "sacred", "holy"),
        ("دين$", "ديني", "ديانه", "مسجد", "مساجد", "كنيس", "عباده", "مقدس", "ايمان"),
    ),
    "islam": (("islam", "muslim", "moslem"), ("اسلام", "مسلم")),
    "christian": (("christian", "coptic", "copt$", "copts"), ("مسيحي", "قبطي", "اقباط")),
    "jewish": (("jew$", "jews$", "jewish", "zionis"), ("يهود", "صهيون")),
    "news": (
        ("news", "media$", "press$", "journalis", "reporter", "broadcast", "newspaper"),
        ("اخبار", "خبر$", "اعلام", "صحف", "صحيف", "صحاف", "مراسل"),
    ),
    "image": (
        ("photo", "image", "picture", "video", "footage", "camera"),
        ("صور", "فيديو", "مقطع", "مقاطع", "كاميرا", "لقطات"),
    ),
    "evidence": (
        ("evidence", "proof", "prove$", "proved", "proven$", "proves", "clue"),
        ("دليل", "ادله", "اثبات", "يثبت", "تثبت", "برهان", "دلايل", "قراين", "براهين"),
    ),
    "document": (
        ("document", "paper$", "papers$", "record$", "records$", "file$", "files$", "dossier"),
        ("وثيق", "وثايق", "مستند", "ملف$", "ملفات", "ورقه", "اوراق"),
    ),
    "information": (("information", "data$", "detail", "intel$"), ("معلومات", "تفاصيل", "بيانات")),
    "report": (("report",), ("تقرير", "تقارير")),
    "message": (("message", "letter"), ("رساله", "رسايل")),
    "contact": (
        ("contact", "phone$", "phones", "phoned", "telephone", "communicat"),
        ("اتصال", "اتصل", *_present("تصل"), "هاتف", "تواصل"),
    ),
    "cyber": (
        ("cyber", "internet", "online", "website", "social media", "ransomware", "malware"),
        (
            "سيبران",
            "الكتروني",
            "انترنت",
            "مواقع تواصل",
            "موقع الكتروني",
            "برمجيات خبيثه",
            "برامج فديه",
            "برمجيات فديه",
        ),
    ),
    "hacker": (
        ("hack$", "hacked", "hacker", "hacking", "hacks", "pirat"),
        ("قرصن", "قراصن", "اختراق", "اخترق", "يخترق"),
    ),
    # --- justice ------------------------------------------------------------------
    "investigation": (
        (
            "investigat",
            "inquiry",
            "inquiries",
            "enquir",
            "probe$",
            "probes",
            "probed",
            "probing",
            "inquest",
        ),
        ("تحقيق", "تحقيقات", "محقق", "يحقق في$", "تحقق في$", "نحقق في$", "حقق في$"),
    ),
    "court": (
        (
            "court$",
            "courts$",
            "tribunal",
            "judge",
            "judicia",
            "trial",
            "lawyer",
            "attorney",
            "lawsuit",
            "sue$",
            "sued",
            "suing",
            "appeals court",
            "court of$ appeal",
            "appeal court",
            "court of$ appeals",
        ),
        (
            "محكم",
            "محاكم",
            "محاكمه",
            "قاضي",
            "قضاه",
            "قضاء",
            "قضايي",
            "محامي",
            "دعوي",
            "دعاوي",
            "محكمه استيناف",
            "يحاكم",
            "تحاكم",
            "نحاكم",
        ),
    ),
    "verdict": (
        ("sentenc", "verdict", "convict", "ruling$", "ruled$"),
        ("حكم", "احكام"),
    ),
    "prosecute": (
        ("prosecut", "indict", "charged"),
        ("نيابه", "ادعاء", "ملاحق", "مقاضا", "مدعي", "يلاحق", "تلاحق", "نلاحق"),
    ),
    "justice": (
        ("justice", "fair$", "fairly", "fairness", "unjust", "injustice", "unfair"),
        ("عدال", "عادل", "عدل$", "انصاف", "ظلم", "مظلوم", "ظالم"),
    ),
    "law": (
        (
            "law$",
            "laws$",
            "lawful",
            "unlawful",
            "legal",
            "illegal",
            "legislat",
            "legitima",
            "illegitima",
        ),
        ("قانون", "قوانين", "شرعي", "تشريع", "مشروعيه"),
    ),
    "rights": (("rights$", "right to"), ("حقوق", "حق$")),
    "corruption": (
        ("corrupt", "brib", "embezzl", "graft", "kickback"),
        ("فساد", "فاسد", "رشوه", "رشاوي", "اختلاس"),
    ),
    "fraud": (
        ("fraud", "forger", "forged", "forgery", "rigg", "scam", "swindl", "cheat"),
        ("احتيال", "تزوير", "مزور", "غش$"),
    ),
    "smuggling": (("smuggl", "traffick", "contraband"), ("تهريب", "مهرب", "اتجار")),
    "execution": (
        ("execution", "executed", "death penalty", "capital punishment"),
        ("اعدام", "اعدم", "يعدم", "تعدم"),
    ),
    "witness": (("witness", "eyewitness", "testimon", "testif"), ("شاهد", "شهود", "شهاده")),
    "punishment": (
        ("sanction", "punish", "penalt"),
        ("عقوب", "عقاب", "معاقب", "يعاقب", "تعاقب"),
    ),
    "cause": (
        ("cause$", "causes$", "caused", "causing", "reason", "grounds$"),
        ("سبب", "اسباب", "تسبب", *_present("تسبب"), "نجم عن$", "نجمت عن$", "ناجم عن$"),
    ),
    "result": (
        ("result", "consequen", "outcome", "led to", "lead to", "finding$", "findings"),
        ("اسفر", "يسفر", "نتيج", "نتايج", "عواقب", "تداعيات"),
    ),
    "incident": (
        ("accident", "incident", "happen", "occur", "event$", "events$", "there was an accident"),
        ("حادث", "حوادث", "حدث$", "حدثت", "يحدث", "واقعه", "ما جري$", "بما جري$"),
    ),
    # --- time and course of events ----------------------------------------------
    "begin": (
        (
            "begin",
            "began",
            "begun",
            "start",
            "commenc",
            "launch",
            "kick off",
            "kicked off",
            "initiat",
            "fired$",
        ),
        (
            "بدا$",
            "بدات",
            "بداوا",
            "يبدا",
            "تبدا",
            "نبدا",
            "بدء",
            "بدايه",
            "انطلق",
            "ينطلق",
            "تنطلق",
            "انطلاق",
            "شرع",
            "يشرع",
            "اطلاق",
            "اطلق",
            "يطلق",
            "تطلق",
            "نطلق",
            "شن$",
            "شنت$",
            "شنوا$",
            "يشن$",
            "تشن$",
            "نشن$",
        ),
    ),
    # To stop something is to end it: "Israel would end its actions" and
    # "بوقف الاعتداءات" (stopping the attacks) make one point. Suspending
    # and freezing stay apart: they promise a return.
    "end": (
        (
            *("end$", "ends$", "ended", "ending", "finish", "conclu", "terminat"),
            *("stop", "halt", "cease$", "ceased"),
        ),
        (
            *("وقف", "اوقف", *_present("وقف"), "توقف", "يتوقف", "ايقاف"),
            "انتهاء",
            "انتهي",
            "انتهت",
            *_present("نتهي"),
            "نهايه",
            "انهاء",
            "انهي",
            "ينهي",
            "ننهي",
            "تنهي",
            "ختام",
            "اختتام",
            "اختتم",
        ),
    ),
    "continue": (
        ("continu", "ongoing", "persist", "keep up", "carry on", "lasted$", "lasts$"),
        (
            "استمرار",
            "استمر",
            *_present("ستمر"),
            "مستمر",
            "مواصل",
            "واصل",
            "يواصل",
            "نواصل",
            # With the future س, تواصل is "will continue", not contact.
            "ستواصل",
            "سيواصل",
            "سنواصل",
            "لا يزال",
            "ما زال",
            "مازال",
            "لازال",
            "دامت$",
            "يدوم",
            "تدوم",
        ),
    ),
    "suspend": (
        ("suspend", "suspension", "freeze", "froze"),
        ("تجميد", "جمد"),
    ),
    "resume": (
        ("resum", "restart", "reopen", "reopening"),
        ("استيناف", "استانف", "استونف", "يستانف", "تستانف", "معاوده"),
    ),
    "return": (
        (
            "return",
            "come back",
            "came back",
            "go back",
            "went back",
            "restor",
            "comeback",
            "repatriat",
            "turn back",
            "turned back",
            "turning back",
            "turns back",
            "turn around",
            "turned around",
            "turning around",
            "head back",
            "headed back",
            "heading back",
            "recaptur",
            "regain",
            "retake",
            "retook",
            "retaken",
        ),
        (
            "عوده",
            "عاد",
            *_present("عود"),
            "اعود",
            "اعاد",
            "استعاد",
            "استعاده",
            "عايد",
            "رجع",
            *_present("رجع"),
            "رجوع",
            "ارجاع",
            *_present("عيد"),
        ),
    ),
    "come": (
        ("come$", "comes", "coming", "came$", "arriv", "reach"),
        (
            "جاء",
            "جيت",
            "جينا",
            "يجيء",
            "مجيء",
            "وصل$",
            "وصلت",
            "وصلوا",
            "يصل$",
            "تصل$",
            "نصل$",
            "وصول",
            "توصل",
            "قدوم",
            "ياتي$",
            "تاتي$",
            "ناتي$",
            "بلغ$",
            "بلغت$",
            "بلغوا$",
            "يصلوا$",
        ),
    ),
    "leave": (
        ("leave", "leaving", "left$", "depart$", "departed", "departing", "departure", "exit"),
        (
            "غادر",
            *_present("غادر"),
            "مغادر",
            "ترك$",
            "تركت",
            "تركوا",
            "يترك",
            "نترك",
            "تترك",
            "خروج",
            "خرج",
            "يخرج",
            "نخرج",
            "تخرج",
        ),
    ),
    "enter": (
        ("enter$", "entered", "entering", "enters", "entry", "entrance"),
        ("دخول", "دخل", "يدخل", "ندخل", "ادخال"),
    ),
    # Involvement (تورط, ضلوع) is taking part: "was not involved" is
    # "لم تتدخل", and so is having "nothing to do with" it ("لا علاقة له به").
    "intervene": (
        (
            *("interven", "interfer", "meddl", "involved$", "involvement", "implicated"),
            *("nothing to do with", "anything to do with", "something to do with"),
        ),
        (
            *("تدخل", "يتدخل", "نتدخل", "تتدخل", "تورط", "متورط", "يتورط", "ضلوع", "ضالع"),
            *("علاقه له$", "علاقه لها$", "علاقه لهم$", "علاقه لنا$", "علاقه لي$"),
        ),
    ),
    "stay": (
        ("remain", "stay"),
        ("بقاء", "بقي$", "بقيت$", "بقوا", *_present("بقي"), "ظلت", "يظل"),
    ),
    "wait": (("wait",), ("انتظار", "انتظر", *_present("نتظر"))),
    "delay": (
        ("delay", "postpon", "defer", "belated", "too$ late"),
        ("تاجيل", "ارجاء", "تاخير", "تاخر", "اجلت", "يوجل", "توجل", "موجل", "متاخر"),
    ),
    "cancel": (
        ("cancel", "annul", "revok", "abolish", "scrap$", "scrapped", "scrapping", "scraps"),
        ("الغاء", "الغي$", "الغت$", "يلغي", "تلغي", "نلغي", "الغيت$"),
    ),
    "extend": (("extend", "extension", "prolong", "renew"), ("تمديد", "مدد", "يمدد", "تجديد")),
    "change": (
        (
            "chang",
            "alter$",
            "altered",
            "altering",
            "alters",
            "alteration",
            "modif",
            "amend",
            "shift",
        ),
        ("تغيير", "تغير", *_present("غير"), "تعديل", "يعدل"),
    ),
    "increase": (
        (
            "increas",
            "rise$",
            "rises",
            "rising",
            "rose$",
            "grow",
            "surge$",
            "surged",
            "surges",
            "surging",
            "soar",
            "risen$",
            "grew$",
        ),
        (
            "زياده",
            "ارتفاع",
            "ارتفع",
            *_present("رتفع"),
            "تزايد",
            "ازدياد",
            "زاد$",
            "يزيد",
            "تزيد",
            "ازداد",
            "يزداد",
            "تزداد",
            "زادت$",
            "زادوا$",
        ),
    ),
    "decrease": (
        (
            "decreas",
            "declin",
            "reduc",
            "drop",
            "fell$",
            "fall$",
            "falling",
            "cut$",
            "cuts$",
            "cutting",
            "lower",
        ),
        (
            "انخفاض",
            "انخفض",
            *_present("نخفض"),
            "تراجع",
            "خفض",
            "تخفيض",
            "تقليص",
            "تقليل",
            "يقلل",
            "هبوط",
            *_present("تراجع"),
            "قلص",
            *_present("قلص"),
            *_present("خفض"),
        ),
    ),
    "improve": (("improv",), ("تحسين", "تحسن", *_present("حسن"), *_present("تحسن"))),
    "worsen": (
        ("worse", "deteriorat", "aggravat"),
        ("تدهور", *_present("دهور"), "اسوا", "تفاقم", "يتفاقم", *_present("تدهور")),
    ),
    "progress": (
        ("progress", "advanc", "develop", "breakthrough"),
        (
            "تقدم",
            "يتقدم",
            "تطور",
            "تطوير",
            "تنميه",
            "انجاز",
            "يطور",
            "نطور",
            *_present("تطور"),
            "زحف",
            "يزحف",
        ),
    ),
    "first": (("first", "initial", "preliminar"), ("اول$", "اولي$", "اولا$", "اوليه$", "مبدي")),
    "last": (("last$", "final", "latest", "lastly", "recent"), ("اخير", "نهايي", "موخرا")),
    "new": (("new$", "newly", "renewed", "fresh"), ("جديد", "جدد", "مجدد")),
    "historic": (("histor",), ("تاريخ",)),
    "prior": (
        ("in advance", "beforehand", "prior$", "previous", "former"),
        ("مسبق", "سابق", "سلفا$"),
    ),
    "future": (("future",), ("مستقبل",)),
    "peak": (
        ("peak", "summit", "unprecedented", "highest", "record high"),
        ("ذرو", "قمه", "قمم", "مسبوق"),
    ),
    "immediate": (
        ("immediat", "urgent", "instant", "at once", "right away", "without delay"),
        ("فور", "عاجل", "دون تاخير", "بلا تاخير"),
    ),
    "permanent": (
        ("permanent", "forever", "lasting", "durable", "sustainab"),
        ("دايم$", "دايمه$", "مستدام", "ابدي"),
    ),
    "temporary": (
        ("temporar", "interim", "provisional", "transitional", "caretaker"),
        ("موقت", "انتقالي", "تصريف اعمال"),
    ),
    "full": (
        (
            *("full$", "fully", "total", "complete", "entire", "comprehensive", "whole$", "wholly"),
            "throughout",
        ),
        ("كامل", "تام$", "تماما", "شامل", "اكمل", "طوال"),
    ),
    "partial": (("partial", "partly"), ("جزيي",)),
    "difficult": (("difficult", "hard$", "tough"), ("صعب", "صعوب")),
    "possible": (
        ("possib", "likel", "most likely", "probabl", "potential", "unlikel"),
        ("ممكن", "امكان", "محتمل", "احتمال", "مرجح", "ترجيح", "يرجح", "ترجح", "مستبعد"),
    ),
    "clear": (
        (
            "clear",
            "obvious",
            "evident",
        ),
        ("واضح", "وضوح", "جلي$"),
    ),
    "important": (
        ("important", "importance", "significan", "crucial", "vital", "key$"),
        ("مهم$", "مهمه$", "اهميه", "هام$", "هامه$"),
    ),
    "normal": (("normal", "ordinary", "usual", "natural", "routine"), ("طبيعي", "عادي", "اعتيادي")),
    "direct": (("direct$", "directly"), ("مباشر",)),
    "power": (
        (
            "power$",
            "powers$",
            "powerful",
            "strength",
            "strong",
            "force$",
            "mighty",
            "magnitude",
            "superpower",
            "great power",
        ),
        ("قوي", "قوه", "اقوي", "بشده$"),
    ),
    "weak": (
        (
            "weak",
            "vulnerab",
        ),
        ("ضعف", "ضعيف"),
    ),
    # Achieving (حقق) is succeeding: "will not achieve their aims" and
    # "will not succeed" make one point.
    "success": (
        ("success$", "successes", "successful", "succeed", "achiev", "accomplish", "attain"),
        (
            "نجاح",
            "نجح",
            *_present("نجح"),
            "ناجح",
            "حقق$",
            "حققت$",
            "حققنا",
            "حققوا",
            *_present("حقق"),
            "انجز$",
            "انجزت",
        ),
    ),
    "failure": (
        ("fail",),
        ("فشل", *_present("فشل"), "فاشل", "اخفاق", "اخفق", "يخفق"),
    ),
    # --- doing and having -------------------------------------------------------
    "open": (
        ("open$", "opens$", "opened", "opening"),
        ("فتح$", "فتحت$", "فتحوا", *_present("فتح"), "افتتاح", "افتتح", "يفتتح", "مفتوح"),
    ),
    "close": (
        (
            "closed",
            "closing",
            "closure",
            "shut$",
            "shuts",
            "shutting",
            "shutdown",
            "lockdown",
            "sealed off",
        ),
        ("اغلاق", "اغلق", *_present("غلق"), "مغلق", "اقفال"),
    ),
    "allow": (
        ("allow", "permit", "permission", "let in", "authoriz", "licen"),
        ("سمح", *_present("سمح"), "اسمح", "سماح", "مسموح", "ترخيص"),
    ),
    "prevent": (
        (
            "prevent",
            "ban$",
            "bans$",
            "banned",
            "banning",
            "prohibit",
            "forbid",
            "block$",
            "blocked",
            "blocking",
            "bar$",
            "barred",
            "avert",
        ),
        (
            "منع$",
            "منعت$",
            "منعوا",
            *_present("منع"),
            "امنع",
            "ممنوع",
            "حظر",
            "يحظر",
            "تحظر",
            "نحظر",
            "محظور",
            "حال دون",
        ),
    ),
    "restriction": (
        ("restrict", "limit", "constrain", "curb"),
        ("قيود", "تقييد", "يقيد", "حد$ من$"),
    ),
    "impose": (
        ("impose", "imposed", "imposes", "imposing", "imposition"),
        ("فرض", *_present("فرض")),
    ),
    "use": (
        ("use$", "used", "uses", "using", "usage"),
        ("استخدام", "استخدم", *_present("ستخدم"), "استعمال", "استعمل"),
    ),
    "implement": (
        (
            "implement",
            "carry out",
            "carried out",
            "enforc",
            "execut",
            "apply",
            "applied",
            "applying",
        ),
        ("تنفيذ", "نفذ", "ينفذ", "تنفذ", "ننفذ", "تطبيق", "يطبق", "تطبق"),
    ),
    "send": (
        ("send", "sent$", "dispatch"),
        ("ارسال", "ارسل", *_present("رسل"), "بعث$", "بعثت", "يبعث", "تبعث", "بعثوا$"),
    ),
    "receive": (
        ("receiv", "receipt", "obtain", "secured$"),
        (
            "تلقي",
            "يتلقي",
            "تتلقي",
            "نتلقي",
            "استلم",
            *_present("ستلم"),
            "استلام",
            "استقبل",
            *_present("ستقبل"),
            "استقبال",
            "حصل",
            "يحصل",
            "تحصل",
            "نحصل",
            "تلقت$",
            "تلقوا$",
            "تلقينا$",
            "تلقيت$",
        ),
    ),
    "host": (
        ("host$", "hosts$", "hosted", "hosting", "guest"),
        ("استضاف", "يستضيف", "تستضيف", "استضافه", "ضيف", "ضيوف"),
    ),
    "hand_over": (
        ("hand over", "handed over", "hands over", "handover", "deliver", "extradit", "transfer"),
        ("تسليم", "يسلم", "نسلم", "سلمت", "نقل$", "ينقل", "تنقل", "نقلت", "تحويل", "نقلوا$"),
    ),
    "pay": (
        ("pay$", "pays$", "paid", "paying", "payment", "compensat", "reparation"),
        ("دفع", *_present("دفع"), "مدفوع", "سداد", "تعويض", "تعويضات"),
    ),
    "cost": (
        ("cost$", "costs", "costly", "costing", "expens", "spend", "spent$"),
        ("كلف", "تكلف", "يكلف", "تكاليف", "كلفه", "نفقات", "انفاق"),
    ),
    "money": (
        ("money", "fund$", "funds", "funding", "funded", "financ", "cash$"),
        ("اموال", "تمويل", "ممول", "مالي$", "ماليه", "مبلغ", "يمول", "تمول", "نمول"),
    ),
    "currency": (
        (
            "currenc",
            "dollar",
            "euro$",
            "euros$",
            "pound$",
            "pounds$",
            "dinar",
            "riyal",
            "dirham",
            "ruble",
            "rouble",
            "lira",
            "exchange rate",
        ),
        ("عمله", "عملات", "دولار", "يورو", "جنيه", "دينار", "ريال", "درهم", "روبل", "ليره"),
    ),
    "economy": (("econom",), ("اقتصاد",)),
    "budget": (("budget", "deficit"), ("ميزاني", "موازنه", "عجز")),
    "debt": (
        ("debt", "loan", "borrow", "creditor", "owe$", "owed", "owes", "lend"),
        ("ديون", "مديون", "قرض", "قروض", "اقتراض"),
    ),
    "price": (("price", "pricing"), ("سعر", "اسعار", "غلاء", "ثمن$", "ثمنا$", "اثمان")),
    "inflation": (("inflation",), ("تضخم",)),
    "recession": (("recession", "slowdown", "stagnat", "downturn"), ("ركود", "انكماش", "تباطو")),
    "growth": (("growth", "expan"), ("نمو$", "توسع", "توسيع")),
    "trade": (
        (
            "trade",
            "trading",
            "commerc",
            "export",
            "import",
        ),
        ("تجار", "صادرات", "تصدير", "واردات", "استيراد", *_present("ستورد")),
    ),
    "investment": (
        ("invest$", "invests", "invested", "investing", "investment", "investor"),
        ("استثمار", "مستثمر", *_present("ستثمر")),
    ),
    "bank": (("bank",), ("بنك", "بنوك", "مصرف", "مصارف")),
    "market": (
        ("market", "stock$", "stocks$", "shares$", "bourse"),
        ("سوق", "اسواق", "بورص", "اسهم"),
    ),
    "tax": (("tax$", "taxes", "taxation", "levy", "fee$", "fees$"), ("ضريب", "ضرايب", "رسوم$")),
    "salary": (("salar", "wage", "pension"), ("راتب", "رواتب", "اجور", "اجر$", "معاش")),
    "work": (
        (
            "work",
            "job$",
            "jobs$",
            "employment",
            "labour$",
            "labor$",
            "laborer",
            "labourer",
            "functioning",
            "fully operational",
            "in working order",
            "working properly",
            "functioned",
            "functional$",
        ),
        ("عمل", *_present("عمل"), "اعمل", "عمال", "وظيف", "وظايف", "شغل"),
    ),
    "unemployment": (("unemploy", "jobless"), ("بطاله", "عاطل")),
    "poverty": (("poverty", "poor$", "needy"), ("فقر$", "فقراء", "فقير", "محتاج")),
    "oil": (("oil$", "crude", "barrel", "petroleum", "opec"), ("نفط", "بترول", "برميل", "اوبك")),
    "gas": (
        ("gas$", "natural gas", "lng$", "pipeline", "gas cylinder", "gas canister"),
        ("غاز", "غاز طبيعي", "انبوب", "انابيب", "اسطوانه غاز", "جره غاز"),
    ),
    "energy": (("energy", "power plant", "power station"), ("طاقه", "محطه كهرب")),
    "production": (("produc", "output", "manufactur"), ("انتاج", "ينتج", "تنتج", "منتج")),
    "agriculture": (("agricult", "farm", "crop", "harvest"), ("زراع", "مزارع", "محاصيل", "محصول")),
    "industry": (("industr", "factory", "factories"), ("صناع", "مصنع", "مصانع")),
    "company": (
        ("company", "companies", "firm$", "firms$", "corporat", "business", "institution"),
        ("شركه", "شركات", "موسس"),
    ),
    "project": (("project",), ("مشروع", "مشاريع")),
    "program": (("program",), ("برنامج", "برامج")),
    "property": (("propert", "asset", "possession"), ("ممتلك", "املاك", "اصول")),
    # --- politics and diplomacy -------------------------------------------------
    "government": (
        (
            "government",
            "regime$",
            "regimes",
            "administration",
            "cabinet",
            "govern",
            "system$",
            "systems$",
        ),
        ("حكوم", "نظام", "اداره", "منظومه", "منظومات"),
    ),
    "president": (("presiden", "chief$", "head of state", "head of$"), ("رييس", "رياسه", "رياسي")),
    "prime_minister": (
        ("prime minister", "premier"),
        ("رييس الوزراء", "رييس الحكومه", "رييس وزراء"),
    ),
    "minister": (("minist", "secretary"), ("وزير", "وزراء", "وزاره", "وزارات")),
    "king": (
        ("king$", "kings$", "monarch", "royal", "crown prince", "prince", "emir$", "sultan"),
        ("ملك$", "ملوك", "ملكي", "عاهل", "امير", "ولي العهد", "سلطان"),
    ),
    "kingdom": (("kingdom",), ("مملك",)),
    # Who runs an office: "Hospital Director" is "مدير المستشفى".
    "director": (("director$", "directors$", "manager$", "managers$"), ("مدير",)),
    "leader": (
        ("leader", "commander", "chief of"),
        ("قايد", "قاده", "زعيم", "زعماء", "قياد"),
    ),
    "parliament": (
        (
            "parliament",
            "lawmaker",
            "congress",
            "senat",
            "legislator",
            "legislature",
            "mps$",
            "deputies",
        ),
        (
            "برلمان",
            "مجلس نواب",
            "نواب",
            "سناتور",
            "سيناتور",
            "كونغرس",
            "كونجرس",
            "مجلس شيوخ",
            "مجلس شعب",
            "مشرع",
        ),
    ),
    "election": (
        (
            "election",
            "elected",
            "elect$",
            "electoral",
            "vote",
            "voting",
            "voter",
            "ballot",
            "poll$",
            "polls$",
        ),
        ("انتخاب", "ينتخب", "اقتراع", "تصويت", "يصوت", "صوتوا", "ناخب"),
    ),
    "referendum": (("referend", "plebiscit"), ("استفتاء",)),
    "politics": (("politic", "policy", "policies"), ("سياس",)),
    "party": (
        ("party$", "parties$", "side$", "sides$", "ruling party"),
        ("حزب", "احزاب", "اطراف", "طرف$", "طرفين", "حزب حاكم"),
    ),
    "coalition": (
        ("coalition", "alliance", "ally$", "allies", "allied", "ruling coalition"),
        ("تحالف", "حليف", "حلفاء", "ايتلاف", "حلف$", "ايتلاف حاكم"),
    ),
    "authority": (("authorit",), ("سلطه", "سلطات")),
    "democracy": (("democra",), ("ديمقراط", "ديموقراط")),
    "constitution": (("constitution",), ("دستور",)),
    "reform": (("reform",), ("اصلاح",)),
    "protest": (
        ("protest", "demonstrat", "rally", "rallies", "riot", "vigil"),
        ("احتجاج", "احتجت", "تظاهر", "مظاهر", "متظاهر", "شغب", "يحتج$", *_present("تظاهر")),
    ),
    "revolution": (("revolution", "uprising", "revolt", "intifada"), ("ثوره", "ثورات", "انتفاض")),
    "coup": (("coup$", "coups$", "putsch"), ("انقلاب",)),
    "labor_strike": (("general strike", "walkout", "went on strike"), ("اضراب", "مضرب")),
    "campaign": (("campaign",), ("حمله", "حملات")),
    "crisis": (("crisis", "crises"), ("ازمه", "ازمات")),
    # Dissolving a parliament is حل too.
    "solution": (
        ("solution", "solv", "resolv", "way out", "dissolv", "dissolution"),
        ("حلول", "حل$", "تسويه"),
    ),
    "problem": (
        ("problem", "issue$", "issues$", "trouble", "case$"),
        ("مشكل", "مشاكل", "قضيه", "قضايا", "معضل"),
    ),
    "challenge": (("challeng",), ("تحدي", "تحديات", "تحد$")),
    "determine": (("determin", "specif"), ("تحديد", "حدد", "يحدد", "تحدد")),
    "opportunity": (("opportunit", "chance$", "chances"), ("فرصه", "فرص$")),
    "effort": (("effort", "endeavo"), ("جهود", "جهد", "مساعي", "مسعي")),
    "goal": (
        ("goal", "aim$", "aims$", "aimed", "objective", "purpose"),
        ("هدف", "اهداف", "غايه", "يهدف", "تهدف", "نهدف"),
    ),
    "interests": (("interest",), ("مصالح", "مصلحه")),
    "position": (("stance", "position on", "attitude", "position$"), ("موقف", "مواقف")),
    "role": (("role",), ("دور$", "ادوار")),
    # Inspired by (استلهم، مستوحى من) is influence of a kind of its own.
    "inspire": (
        ("inspir",),
        (
            *("استلهم", *_present("ستلهم"), "استلهام", "ملهم"),
            *("مستوحي", "مستوحاه", "استوحي", *_present("ستوحي")),
        ),
    ),
    "influence": (
        (
            "influenc",
            "influential",
            "impact",
            "affect$",
            "affects",
            "affected",
            "affecting",
            "leverage",
        ),
        ("نفوذ", "تاثير", "يوثر", "توثر"),
    ),
    "condition_term": (("terms$", "precondition", "stipulat"), ("شرط", "شروط", "مشروط")),
    "principle": (("principl", "value$", "values$"), ("مبدا", "مبادي", "قيم")),
    # An initiative (مبادرة) is a proposal: "the Egyptian proposal" is
    # often "المبادرة المصرية".
    "proposal": (
        ("propos", "offer", "suggest", "initiativ"),
        ("اقتراح", "اقترح", "مقترح", "عرض$", "عرضت", "عروض", "مبادره", "مبادرات", "عرضوا$"),
    ),
    "strategy": (("strateg",), ("استراتيج",)),
    "relations": (
        (
            "relation",
            "ties",
            "cooperation",
            "cooperat",
            "coordinat",
            "partner",
            "to do with",
            "collaborat",
        ),
        ("علاق", "تعاون", "تنسيق", "شراك", "شريك"),
    ),
    "normalization": (("normaliz", "normalis"), ("تطبيع",)),
    "friend": (
        ("friend", "brother", "brotherly", "cordial"),
        ("صديق", "اصدقاء", "صداق", "شقيق", "اشقاء", "اخوه$", "اخوي", "ودي$", "وديه$"),
    ),
    "neighbor": (("neighbo",), ("جيران", "مجاور", "جوار")),
    "solidarity": (
        (
            "solidarit",
            "stand with",
            "stand by",
            "stands with",
            "stood with",
            "standing with",
            "stands by",
            "stood by",
            "standing by",
        ),
        (
            "تضامن",
            "تكاتف",
            *_present("تضامن"),
            "يقف الي$ جانب",
            "نقف الي$ جانب",
            "تقف الي$ جانب",
            "وقف الي$ جانب",
            "وقفت الي$ جانب",
            "الوقوف الي$ جانب",
        ),
    ),
    "reconciliation": (("reconcil",), ("مصالحه", "مصالحات")),
    "diplomacy": (("diploma",), ("دبلوماس", "دبلوماسي")),
    "ambassador": (("ambassador", "envoy", "emissary"), ("سفير", "سفراء", "مبعوث")),
    "embassy": (("embass", "consul", "mission$"), ("سفاره", "سفارات", "قنصل", "بعثه")),
    "delegation": (("delegat",), ("وفد", "وفود")),
    "meet": (
        (
            "meet",
            "met$",
            "gathering",
            "session",
            "sat down with",
            "sit down with",
            "sat down together",
            "sit down together",
        ),
        (
            "لقاء",
            "التقي$",
            "التقت$",
            "التقوا",
            "يلتقي",
            "نلتقي",
            "تلتقي",
            "التقاء",
            "اجتماع",
            "اجتمع",
            *_present("جتمع"),
            "جلسه",
            "جلسات",
            "التقيا$",
        ),
    ),
    "visit": (("visit",), ("زياره", "زيارات", "زار$", "زارت", "يزور", "نزور", "تزور", "زاروا$")),
    "conference": (("conferenc", "forum", "convention"), ("موتمر", "منتدي")),
    "social": (("social", "society", "communit"), ("اجتماعي", "مجتمع")),
    "boycott": (("boycott", "embargo"), ("مقاطعه", "حظر تجاري")),
    "join": (("join$", "joins", "joined", "joining"), ("انضمام", "انضم", *_present("نضم"))),
    "deadline": (
        ("deadline", "timetable", "ultimatum", "time frame", "timeframe", "timeline"),
        ("مهله", "جدول زمني", "موعد نهايي", "سقف زمني"),
    ),
    # --- blame, mistakes and accountability -----------------------------------------
    "blame": (
        ("blame", "blaming", "scapegoat"),
        ("لوم", "يلوم", "تلوم", "نلوم", "لام$", "لاموا", "لامت$"),
    ),
    "mistake": (
        ("mistak", "error", "erroneous", "blunder", "wrong", "fault"),
        ("خطا$", "اخطاء", "اخطا", "يخطي", "نخطي", "خاطي", "غلط"),
    ),
    "unintentional": (
        (
            "unintention",
            "inadvertent",
            "accidental",
            "by$ accident",
            "was an accident",
            "were an accident",
            "by mistake",
            "by error",
            "in error",
            "mistakenly",
            "erroneously",
        ),
        (
            "غير مقصود",
            "غير متعمد",
            "عن غير قصد",
            "دون قصد",
            "بدون قصد",
            "بطريق الخطا",
            "عن طريق الخطا",
            "بالخطا$",
        ),
    ),
    "deliberate": (
        ("deliberate$", "deliberately", "intentional", "on$ purpose", "premeditat", "wilful"),
        ("متعمد", "تعمد", "عمدا$", "عن قصد", "سبق الاصرار", *_present("تعمد")),
    ),
    "intention": (
        ("intention", "intend", "intent$"),
        ("نوايا", *_present("نوي"), "اعتزم", *_present("عتزم"), "اعتزام"),
    ),
    "negligence": (
        ("neglig", "neglect", "careless", "reckless", "shortcoming"),
        ("اهمال", "تقصير", "مقصر", "استهتار", "تهاون", "يهمل", "تهمل", "اهمل", "متهور", "تهور"),
    ),
    "malfunction": (
        (
            "malfunction",
            "technical fault",
            "technical problem",
            "technical failure",
            "glitch",
            "faulty",
            "defective",
            "breakdown",
            "broke down",
            "broken down",
            "mechanical failure",
            "mechanical fault",
            "mechanical problem",
            "engine failure",
            "engine fault",
            "out of order",
            "out of service",
            "out of action",
            "inoperab",
            "inoperative",
            "stopped working",
            "stopped functioning",
            "ceased to function",
            "ceased functioning",
            "failed to work",
            "failed to function",
        ),
        (
            "عطل فني",
            "خلل فني",
            "اعطال فنيه",
            "عطل تقني",
            "خلل تقني",
            "معيب",
            "عطل$",
            "عطلا$",
            "اعطال",
            "معطل",
            "تعطل",
            "متعطل",
            "خارج الخدمه",
            *("توقف عن العمل", "توقفت عن العمل", "متوقف عن العمل", "متوقفه عن العمل"),
        ),
    ),
    "transparency": (("transparen", "openness"), ("شفاف",)),
    "resign": (
        ("resign", "step down", "stepped down", "stepping down", "steps down"),
        ("استقال", "استقاله", "يستقيل", "تستقيل", "مستقيل", "تنحي", "يتنحي", "تتنحي"),
    ),
    "oust": (
        ("ousted", "oust$", "ouster", "deposed", "toppl", "overthr", "sacked"),
        ("اقال$", "اقالت", "اقاله", "يقيل", "اطاح", "يطيح", "تطيح", "اطاحه"),
    ),
    "appoint": (("appoint",), ("تعيين", "عينت$")),
    "candidate": (
        ("candida", "nominee", "nominat"),
        ("مرشح", "ترشح", "ترشيح", "يترشح", "تترشح"),
    ),
    "replace": (
        ("replac", "substitut"),
        ("استبدال", "استبدل", *_present("ستبدل"), "احلال", "بديلا عن"),
    ),
    "justify": (
        ("justif", "pretext", "excuse"),
        ("مبرر", "تبرير", "يبرر", "تبرر", "نبرر", "ذريعه", "ذرايع", "حجه$", "حجج"),
    ),
    "unjustified": (
        ("unjustif", "unwarranted", "baseless", "groundless", "unfounded"),
        ("غير مبرر", "دون مبرر", "بلا مبرر", "عار عن الصحه", "لا اساس له"),
    ),
    "unacceptable": (
        ("unacceptab", "intolerab", "inadmissib"),
        ("غير مقبول", "غير مقبوله", "غير مسموح"),
    ),
    # --- knowing, feeling and judging (more) ---------------------------------------
    "lesson": (("lesson",), ("درس$", "دروس")),
    "describe": (("describ", "description"), ("وصف", *_present("وصف"), "اصف$", "يصف$", "تصف$")),
    "consider": (
        ("consider$", "considered", "considers", "deem"),
        ("اعتبر", *_present("عتبر"), "اعتبار"),
    ),
    "claim": (
        ("claim",),
        ("زعم", "يزعم", "تزعم", "مزاعم", "ادعي", "ادعاءات", "يدعي", "تدعي"),
    ),
    "doubt": (
        ("doubt", "skeptic", "sceptic"),
        ("شك$", "شكوك", "يشك$", "نشك$", "تشكيك", "يشكك", "تشكك", "مشكوك"),
    ),
    "question": (
        ("question$", "questions$", "query", "queries"),
        ("سوال", "اسيله", "تساول", "تساولات", "يتساءل", "نتساءل"),
    ),
    "interrogate": (
        ("interrogat", "questioned", "questioning"),
        ("استجواب", "استجوب", *_present("ستجوب")),
    ),
    "surprise": (
        ("surpris", "shock", "astonish", "stunned", "trauma"),
        (
            "مفاج",
            "فوجي",
            "فاجا",
            "صدمه",
            "ذهول",
            "دهشه",
            "استغراب",
            "مستغرب",
            "يفاجا",
            "تفاجا",
            "صادم",
            "مصدوم",
            "صدمت$",
            "متفاجي",
        ),
    ),
    "anger": (
        ("anger", "angry", "angered", "outrage", "furious", "fury", "indign", "resent", "upset$"),
        ("غضب", "غاضب", "سخط", "استياء", "مستاء", "يغضب", "تغضب", "اغضب", "منزعج", "انزعاج"),
    ),
    "shame": (
        ("shame", "disgrace", "ashamed"),
        ("عار$", "خزي", "مخزي", "مشين", "مخز$", "خجل", "شاين", "مخجل"),
    ),
    "pride": (
        ("proud", "pride"),
        (
            "فخر",
            "فخور",
            "نفتخر",
            "يفتخر",
            "نعتز",
            "يعتز",
            "اعتزاز",
            "يفخر",
            "نفخر",
            "تفخر",
            "افتخار",
            "مفخره",
            "اعتز$",
        ),
    ),
    "joy": (
        (
            "joy$",
            "joyful",
            "happy",
            "happiness",
            "delight",
            "pleased",
            "glad$",
            "thrilled",
            "excited",
        ),
        (
            "فرح",
            "سرور",
            "مسرور",
            "يسرني",
            "يسعدني",
            "بهجه",
            "سعداء",
            "يفرح",
            "تفرح",
            "نفرح",
            "سعيدا$",
            "سعيده$",
            "سعيدون",
            "سعيدين",
            "ابتهاج",
            "يسعدنا",
            "يسعده",
        ),
    ),
    # Unhappy denies pleased: "very unhappy" is "ليس مسروراً" (OPPOSITES).
    "unhappy": (
        ("unhappy", "unhappiness", "displeased", "displeasure"),
        ("غير سعيد", "غير مسرور", "غير سعداء"),
    ),
    "patience": (("patien",), ("صبر", "يصبر", "نصبر", "صابر", "صبور")),
    "remember": (
        ("remember", "commemorat", "memory", "memories", "memorial", "anniversar"),
        ("ذكري", "يتذكر", "نتذكر", "اتذكر", "تذكر$", "ذاكره"),
    ),
    "forget": (
        ("forget", "forgot", "forgotten"),
        ("نسي$", "نسيت$", "نسينا", "نسيان", "ينسي$", "ننسي$", "تنسي$"),
    ),
    "silence": (("silence", "silent"), ("صمت", "سكوت", "يصمت")),
    "statement": (("statement", "communique", "remark$", "remarks$"), ("بيان$", "تصريحات")),
    "hate": (("hate", "hatred"), ("كراهي", "حقد", "يكره", "تكره", "نكره", "اكره$")),
    "love": (("love$", "loved", "loves", "loving"), ("حب$", "يحب", "نحب", "تحب", "احب$", "محبه")),
    "suffering": (
        ("suffer", "pain$", "painful", "agony", "ordeal", "hardship"),
        ("معاناه", "يعاني", "تعاني", "نعاني", "عاني$", "الم$", "الام$", "مولم", "موجع", "محنه"),
    ),
    "panic": (("panic", "horror"), ("ذعر", "هلع")),
    "disappointment": (
        ("disappoint",),
        ("خيبه امل", "خيبه", "خاب امل", "مخيب", "خايب"),
    ),
    "pessimism": (("pessimis",), ("تشاوم", "متشايم")),
    "despair": (("despair", "hopeless", "desperat"), ("ياس$", "يايس")),
    "satisfaction": (
        (
            "satisf",
            "relieved",
        ),
        ("رضا$", "راض$", "راضي", "ارتياح", "مرتاح"),
    ),
    "opinion": (
        ("opinion", "viewpoint", "point of$ view", "view$", "views$"),
        ("اراء", "وجهه نظر", "وجهات نظر", "راي$"),
    ),
    "idea": (("idea$", "ideas$"), ("فكره", "افكار")),
    "story": (
        ("story", "stories", "narrative", "version"),
        ("قصه", "قصص", "روايه", "روايات", "سرديه"),
    ),
    "experience": (
        ("experienc", "expertise", "expert$", "experts", "experiment"),
        ("خبره", "خبرات", "خبير", "خبراء", "تجربه", "تجارب"),
    ),
    "ability": (
        (
            "capab",
            "capacit",
            "abilit",
            "able to$",
            "unable",
            "managed to$",
            "manage to$",
            "manages to$",
        ),
        ("قدرات", "قادر", "عاجز", "تمكن", *_present("تمكن")),
    ),
    "priority": (("priorit",), ("اولويه", "اولويات")),
    # Seeing (رأى, شهد, شاهد) and a vision share رؤية.
    "vision": (
        (
            "vision",
            "see$",
            "sees$",
            "saw$",
            "seen$",
            "seeing$",
            "witnessed",
            "witnessing",
            "watched",
            "watching",
        ),
        (
            "رويه",
            "رايت$",
            "راينا$",
            "راوا$",
            "يري$",
            "تري$",
            "نري$",
            "اري$",
            "يرون$",
            "شهد$",
            "شهدت",
            *_present("شهد"),
            "اشهد$",
            "شاهدت",
            "شاهدنا",
            *_present("شاهد"),
            "مشاهده$",
            "شهدوا$",
        ),
    ),
    "duty": (("duty", "duties"), ("واجب",)),
    "morality": (("moral", "ethic"), ("اخلاق",)),
    "tolerance": (("toleran", "coexist"), ("تسامح", "تعايش")),
    "prosperity": (("prosper",), ("ازدهار", "رخاء", "مزدهر")),
    "fate": (("fate$", "fates$", "destiny"), ("مصير", "مصاير")),
    "steadfast": (
        ("steadfast", "resilien"),
        ("صمود", "صامد", "يصمد", "نصمد", "صمد$", "صمدت", "تصمد", "صمدوا$"),
    ),
    "determination": (("determination", "resolute"), ("عزيمه", "تصميم", "عازم", "مصمم", "اراده")),
    # --- reactions and judgements --------------------------------------------------
    # "The ball is in their court" is "الكرة في ملعبهم": the next move is the
    # other side's. The whole idiom is one concept, not a ball and a court
    # (محكمة) or a stadium.
    "next_move": (
        (
            *(
                f"ball is {now}in {whose} court"
                for now in ("", "now ", "squarely ", "now squarely ", "firmly ")
                for whose in ("their", "your", "our", "his", "her", "its", "the")
            ),
            *(f"ball is {now}in" for now in ("", "now ", "squarely ", "now squarely ", "firmly ")),
            "ball s in",
            "ball in their court",
            "ball in your court",
        ),
        tuple(
            f"الكره {now}في ملعب"
            for now in ("", "الان ", "باتت ", "باتت الان ", "اصبحت ", "اصبحت الان ", "الان باتت ")
        ),
    ),
    "praise": (
        ("prais", "commend", "hail$", "hailed", "laud", "salut", "applau"),
        (
            "اشاد",
            "يشيد",
            "تشيد",
            "اشاده",
            "ثناء",
            "مدح",
            "تحيه",
            "نحيي",
            "احيي",
            "يثمن",
            "نثمن",
            "تثمن",
            "ثمنت$",
            "تثمين",
        ),
    ),
    "criticize": (
        ("critici", "criticis", "critic$", "critics$", "slammed", "lambast", "slam$", "slams$"),
        ("انتقد", *_present("نتقد"), "انتقاد", "منتقد"),
    ),
    "insult": (
        ("insult", "humiliat", "offended"),
        ("اهانه", "اهان", "يهين", "اذلال", "مهين", "اساءه", "مسيء"),
    ),
    "ignore": (("ignor", "disregard"), ("تجاهل", *_present("تجاهل"))),
    "exploit": (("exploit",), ("استغلال", "استغل", *_present("ستغل"))),
    "manipulate": (("manipulat",), ("تلاعب", "يتلاعب", "تتلاعب")),
    "exaggerate": (("exaggerat", "overstat"), ("مبالغه", "يبالغ", "تبالغ", "تهويل")),
    "downplay": (
        ("downplay", "play down", "played down", "playing down"),
        ("تهوين", "استخفاف", "يستخف", "استهان", "يستهين"),
    ),
    "betray": (
        ("betray", "treason", "traitor", "treacher", "stab in$ the$ back$", "backstab"),
        ("خيانه", "خاين", "خونه", "طعنه في الظهر", "طعنه غادره", "يخون", "تخون", "نخون"),
    ),
    "conspiracy": (
        ("conspir", "plot$", "plots$", "plotted", "plotting"),
        ("موامره", "موامرات", "متامر", "يتامر", "تتامر", "تامروا"),
    ),
    "deceive": (("deceiv", "decept"), ("خداع", "خدع", "يخدع", "تخدع")),
    "propaganda": (
        ("propaganda", "disinformation", "misinformation", "mislead"),
        ("دعايه", "تضليل", "مضلل", "يضلل"),
    ),
    "rumor": (("rumour", "rumor"), ("شايعه", "شايعات", "اشاعه", "اشاعات")),
    "provocation": (("provocat", "provok"), ("استفزاز", "استفز", *_present("ستفز"))),
    "pressure": (("pressur",), ("ضغط", "ضغوط", *_present("ضغط"))),
    "compel": (
        ("forced$", "forcibly", "compel", "coerc"),
        (
            "اجبار",
            "اجبر",
            "يجبر",
            "تجبر",
            "ارغام",
            "ارغم",
            "مجبر",
            "اضطر",
            "يضطر",
            "تضطر",
            "نضطر",
            "مضطر",
            "قسري",
            "قسرا",
        ),
    ),
    "concession": (("concession", "compromise"), ("تنازل", *_present("تنازل"), "حل وسط")),
    # --- actions (more) -------------------------------------------------------------
    "sign": (
        ("signed", "signing", "signature", "signator"),
        ("توقيع", "وقع علي$", "وقعت علي$", "وقعوا علي$", "يوقع علي$", "وقعا علي$"),
    ),
    "ratify": (("ratif",), ("مصادقه", "صادقت", "يصادق", "تصادق")),
    "veto": (("veto",), ("فيتو", "نقض", "حق النقض")),
    "summon": (
        (
            "summon",
            "recall$",
            "recalled",
        ),
        ("استدعاء", "استدعي", "يستدعي", "تستدعي"),
    ),
    "sever": (
        ("sever$", "severed", "severing", "cut ties", "cut off$ ties", "break off$"),
        ("قطع علاق",),
    ),
    "lift": (
        (
            "lift",
            "raise$",
            "raised",
            "raising",
            "raises$",
        ),
        ("رفع", *_present("رفع")),
    ),
    # Kept as it is: the opposite of "lift" (see OPPOSITES), so sanctions
    # that "stay in place" are sanctions "not lifted".
    "in_force": (
        (
            *(
                f"{verb} in$ {what}"
                for verb in _KEEP_EN
                for what in ("place$", "force$", "effect$")
            ),
            *("still in$ place$", "still in$ force$", "still in$ effect$"),
            *("remain unchanged", "remains unchanged", "stay unchanged", "left unchanged"),
        ),
        (
            *(f"{verb}$ {what}" for verb in _KEEP_AR for what in ("ساري", "قايم", "مفروض", "نافذ")),
            *("ابقاء علي$", "تبقي علي حالها"),
            *("ستبقي علي حالها", "تظل علي حالها", "ستظل علي حالها"),
        ),
    ),
    "ease": (
        ("ease$", "eased", "easing", "loosen", "relax", "alleviat", "relieve", "mitigat"),
        ("تخفيف", "خفف", "يخفف", "تخفف", "نخفف"),
    ),
    "tighten": (("tighten",), ("تشديد",)),
    "repress": (
        ("repress", "crackdown", "crack down", "suppress", "oppress", "persecut"),
        ("قمع", *_present("قمع"), "اضطهاد"),
    ),
    "seek": (
        ("seek", "sought", "strive", "striving", "strove"),
        ("يسعي", "تسعي", "نسعي", "اسعي", "سعي$", "سعت$"),
    ),
    "preserve": (
        ("preserv", "uphold", "upheld"),
        ("حفاظ", "حافظ", *_present("حافظ"), "محافظه علي$", "صون", "يصون"),
    ),
    "avoid": (
        ("avoid", "evad", "evasion"),
        ("تجنب", *_present("جنب"), "تفادي", "يتفادي", "نتفادي", "تتفادي", *_present("تجنب")),
    ),
    "deal_with": (
        (
            # The verb: "a deal with Iran" is an agreement.
            *("to deal with$", "will deal with$", "would deal with$", "can deal with$"),
            *("could deal with$", "must deal with$", "should deal with$", "cannot deal with$"),
            *("dealt with$", "dealing with$", "handl", "tackl", "cope$", "coping"),
        ),
        ("تعامل", *_present("تعامل"), "معالجه"),
    ),
    "find": (
        ("find$", "finds$", "found$", "discover"),
        ("عثر", *_present("عثر"), "عثور", "اكتشف", "اكتشاف", *_present("كتشف")),
    ),
    "search": (
        ("search", "look for$", "looking for$", "looked for$"),
        ("بحث عن$", "يبحث عن$", "تبحث عن$", "نبحث عن$", "عمليات بحث"),
    ),
    "inspect": (("inspect",), ("تفتيش", "مفتش", "فتش", "يفتش", "تفتش")),
    "verify": (
        ("verif", "validat", "authenticat"),
        ("تحقق من$", "يتحقق من$", "نتحقق من$", "تاكد", "يتاكد", "نتاكد", "تتاكد"),
    ),
    "identify": (
        ("identif", "identity", "identities"),
        ("هويه", "هويات", "تحديد هويه", "تعرف علي$", "يتعرف علي$", "التعرف علي$"),
    ),
    "retrieve": (
        ("retriev", "pulled from$"),
        ("انتشال", "انتشل", "ينتشل", "تنتشل"),
    ),
    "recovery": (
        ("recover", "heal"),
        ("تعافي", "انتعاش", "يتعافي", "تتعافي", "شفاء"),
    ),
    "grant": (("grant$", "granted", "granting", "grants$"), ("منح", *_present("منح"))),
    "choose": (
        ("choos", "chose", "choice", "option", "select"),
        ("اختيار", "اختار", *_present("ختار"), "خيار"),
    ),
    "better": (("better", "best$"), ("افضل",)),
    "adopt": (
        ("adopt", "depend", "rely", "reliance", "relies"),
        ("اعتماد", "اعتمد", *_present("عتمد"), "معتمد"),
    ),
    "participate": (
        ("particip", "take part$", "took part$", "taking part$"),
        ("مشارك", "شارك", *_present("شارك"), "اشارك"),
    ),
    "link": (
        ("link", "connect$", "connected", "connecting", "connection", "tied to$"),
        ("ربط", "يربط", "تربط", "مرتبط", "ارتباط", "صله", "صلات"),
    ),
    "belong": (
        ("belong", "affiliat", "loyal"),
        ("ينتمي", "تنتمي", "ننتمي", "انتماء", "ولاء", "موال"),
    ),
    "own": (
        ("owned", "owner", "ownership", "possess"),
        ("يملك", "تملك", "نملك", "امتلاك", "يمتلك", "تمتلك", "نمتلك"),
    ),
    "move": (
        ("move$", "moved", "moving", "moves$", "relocat", "transition$"),
        ("انتقل", *_present("نتقل"), "انتقال", "تحرك", "يتحرك", "تتحرك", "نتحرك"),
    ),
    "throw": (
        ("throw", "threw", "thrown", "hurl"),
        ("رشق", "يرشق", "رمي$", "رموا", "يرمي", "ترمي"),
    ),
    "repair": (("repair", "maintenance"), ("ترميم", "صيانه", "رمم", "يرمم")),
    "clean": (("clean",), ("تنظيف", "نظيف", "نظافه")),
    "register": (
        ("register", "registration", "recorded$", "recording$"),
        ("تسجيل", "سجل$", "سجلت", "سجلوا", "يسجل", "تسجل", "نسجل", "سجلات"),
    ),
    "study": (("study", "studies", "studied", "studying"), ("دراس", "يدرس", "تدرس", "ندرس")),
    "write": (
        ("wrote", "write", "written", "writing", "writer"),
        ("كتب$", "كتبت", "يكتب", "تكتب", "كتابه", "كاتب", "كتبوا$"),
    ),
    "compete": (
        ("competit", "compete", "competing", "rival"),
        ("منافس", "تنافس", "يتنافس", "تتنافس", "ينافس", "نافس$"),
    ),
    "celebrate": (("celebrat", "festiv"), ("احتفال", "احتفل", *_present("حتفل"), "مهرجان")),
    "reward": (("reward", "bounty", "prize", "award"), ("مكافا", "جايزه", "جوايز")),
    "deserve": (("deserv",), ("يستحق", "تستحق", "نستحق", "استحق")),
    "buy": (
        ("buy$", "buys", "buying", "bought", "purchas"),
        ("شراء", "اشتري", *_present("شتري"), "مشتريات"),
    ),
    "sell": (
        ("sell", "sold$", "sale$", "sales"),
        ("بيع", "باع$", "باعت", *_present("بيع"), "مبيعات", "باعوا$"),
    ),
    "instruct": (("instruct", "directive", "guideline"), ("تعليمات", "توجيهات", "توجيه")),
    "recommend": (("recommend",), ("توصيه", "توصيات", "اوصي", "يوصي", "توصي$")),
    "advise": (
        ("advis", "advice", "counsel"),
        ("نصح", "نصيحه", "نصايح", "مستشار", "ينصح", "تنصح", "ننصح"),
    ),
    "supervise": (
        ("supervis", "oversee", "oversaw", "oversight", "watchdog"),
        ("اشراف", "يشرف علي$", "رقابي"),
    ),
    "crowd": (("crowd", "gathered", "masses"), ("حشد", "حشود", "احتشد", "تجمهر", "جموع")),
    "pray": (("pray",), ("صلاه", "صلوات", "يصلي", "يصلون", "دعاء")),
    # A flight (رحلة) is travel; the airport and the airspace are apart.
    "travel": (
        ("travel", "journey", "trip$", "trips$", "flight", "fly$", "flew$", "voyage"),
        ("سفر$", "سافر", *_present("سافر"), "رحله", "رحلات"),
    ),
    "live": (
        ("live$", "lived", "living$"),
        ("يعيش", "تعيش", "نعيش", "عاش$", "عاشت", "عاشوا", "عيش", "معيش"),
    ),
    # --- war and security (more) ----------------------------------------------------
    "shoot_down": (
        ("shoot down$", "shot down$", "shooting down$", "shoots down$", "downed", "downing"),
        ("اسقاط", "اسقط"),
    ),
    "intercept": (
        (
            "intercept",
            "repel",
            "repuls",
            "fend off",
            "fended off",
            "push back",
            "pushed back",
            "beat back",
            "beaten back",
        ),
        (
            "تصدي",
            "تصدت",
            "يتصدي",
            "تتصدي",
            "صد$",
            "صدت$",
            "صدوا$",
            "يصد$",
            "تصد$",
            "نصد$",
            "اعتراض",
            "اعترض",
            "يعترض",
            "تعترض",
            "نعترض",
        ),
    ),
    "air_defense": (
        ("air defen", "anti aircraft", "antiaircraft", "iron dome"),
        ("دفاع جوي", "دفاعات جويه", "مضاد للطايرات", "مضادات ارضيه", "قبه حديديه"),
    ),
    "air_force": (("air force",), ("سلاح جو$", "قوات جويه", "سلاح الطيران")),
    "infiltrate": (("infiltrat",), ("تسلل", "يتسلل", "تتسلل", "متسلل")),
    "ambush": (("ambush",), ("كمين", "كماين")),
    "landmine": (("landmine", "land mine", "minefield", "demining"), ("لغم", "الغام")),
    "suicide": (("suicid",), ("انتحار", "انتحاري")),
    "siren": (("siren",), ("صفارات انذار", "صافرات انذار", "صفارات", "صافرات", "صفاره", "صافره")),
    # Counted items of equipment: "5,000 pieces of weapons" / "٣٥٠٠ قطعة".
    "piece": (("piece",), ("قطعه", "قطع$")),
    "curfew": (("curfew",), ("حظر تجول", "منع تجول")),
    "martial_law": (("martial law",), ("احكام عرفيه",)),
    "storm_in": (
        ("stormed", "storming", "break into", "broke into", "burst into"),
        ("اقتحام", "اقتحم", *_present("قتحم")),
    ),
    "alert": (
        ("alert", "on$ standby", "vigilan"),
        ("تاهب", "استنفار", "مستنفر", "يقظه"),
    ),
    "mobilize": (
        ("mobiliz", "mobilis", "conscript", "reservist", "recruit"),
        ("تعبيه", "تجنيد", "مجند", "يجند", "تجند"),
    ),
    "training": (("training", "trained", "trainer"), ("تدريب", "دربت", "يدرب", "تدرب", "مدرب")),
    "maneuvers": (
        ("drills$", "manoeuvr", "maneuver", "war games", "military exercise"),
        ("مناوره", "مناورات", "تمرين", "تمارين"),
    ),
    "frontline": (
        (
            "frontline",
            "front line",
            "front lines",
            "the$ front$",
            "line of$ contact",
            "contact line",
        ),
        ("خط مواجهه", "خطوط مواجهه", "جبهه", "جبهات", "خط تماس", "خطوط تماس"),
    ),
    "buffer_zone": (
        ("buffer zone", "demilitari", "no$ fly zone", "safe zone"),
        ("منطقه عازله", "منزوع سلاح", "منزوعه سلاح", "منطقه امنه", "حظر طيران", "حظر الطيران"),
    ),
    "separatist": (("separatis",), ("انفصالي",)),
    "settler": (("settler", "settlements$"), ("استيطان", "مستوطن", "استيطاني")),
    "disarm": (("disarm",), ("نزع سلاح", "نزع السلاح")),
    "peacekeeping": (("peacekeep",), ("حفظ سلام", "حفظ السلام")),
    "warship": (
        ("warship", "frigate", "destroyer", "cruiser", "aircraft carrier"),
        ("بارجه", "بوارج", "فرقاطه", "طراد$", "طرادات", "حامله طايرات"),
    ),
    "submarine": (("submarine",), ("غواصه", "غواصات")),
    "radar": (("radar",), ("رادار",)),
    "satellite": (
        ("satellite",),
        ("قمر صناعي", "اقمار صناعيه", "قمر اصطناعي", "اقمار اصطناعيه"),
    ),
    "space": (("spacecraft", "astronaut", "outer space"), ("فضاء", "فضايي")),
    "reactor": (("reactor",), ("مفاعل",)),
    "enrichment": (("enrich",), ("تخصيب",)),
    "warhead": (("warhead",), ("راس حربي", "رووس حربيه", "روس حربيه")),
    "headquarters": (("headquarter", "hq$"), ("مقر$", "مقرات")),
    "guard": (("guard$", "guards", "guarded", "guarding"), ("حراس", "حارس", "حراسه")),
    "fence": (("fence",), ("سياج", "اسلاك شايكه")),
    "wall": (("wall$", "walls$"), ("جدار", "جدران")),
    "gang": (
        (
            "gang",
            "cartel",
        ),
        ("عصابه", "عصابات", "كارتل"),
    ),
    "colonialism": (("coloni", "imperialis"), ("استعمار", "مستعمر", "امبريال")),
    "apartheid": (("apartheid",), ("فصل عنصري", "ابارتهايد")),
    "sect": (("sectarian", "sect$", "sects$"), ("طايفي", "طايفه", "طوايف", "مذهبي")),
    "tribe": (("tribe", "tribal", "clan$", "clans$"), ("قبيله", "قبايل", "عشاير", "عشيره")),
    "dictatorship": (
        ("dictator", "authoritarian", "tyrann", "despot"),
        ("ديكتات", "دكتات", "استبداد", "مستبد", "طاغيه", "طغاه"),
    ),
    "activist": (("activis",), ("ناشط", "نشطاء")),
    "civil_society": (
        ("civil society", "ngo$", "ngos$", "non governmental", "nongovernmental"),
        ("مجتمع مدني", "منظمات غير حكوميه", "منظمه غير حكوميه"),
    ),
    "organization": (
        ("organization", "organisation", "organiz", "organis"),
        ("منظمه", "منظمات", "هييه", "هييات", "تنظيم", "ينظم", "تنظم", "ننظم", "نظمت"),
    ),
    "trade_union": (
        ("trade union", "labour union", "labor union", "unions$"),
        ("نقابه", "نقابات", "نقابي"),
    ),
    "group": (("group", "faction"), ("مجموعه", "مجموعات", "فصيل", "فصايل")),
    "network": (("network",), ("شبكه", "شبكات")),
    "activity": (("activit",), ("نشاط", "انشطه")),
    # --- disasters, accidents and transport (more) ---------------------------------
    "crash": (
        ("crash$", "crashed", "crashes", "crashing", "derail"),
        ("تحطم", "يتحطم", "تحطمت", "خرج عن$ السكه", "خرجت عن$ السكه", "خروج عن$ السكه"),
    ),
    "collision": (
        ("collision", "collid", "crashed into", "rammed"),
        ("اصطدام", "اصطدم", "يصطدم", "تصطدم", "تصادم"),
    ),
    "airline": (("airline$", "airlines$"), ("شركه طيران", "شركات طيران", "خطوط جويه")),
    "takeoff": (("takeoff", "took off$", "taking off$", "take off$"), ("اقلاع", "اقلعت", "تقلع")),
    "black_box": (
        ("black box", "flight recorder", "data recorder", "voice recorder"),
        ("صندوق اسود", "صناديق سوداء", "مسجل بيانات", "مسجل صوت"),
    ),
    "train": (
        ("train$", "trains$", "railway", "railroad", "rail$", "metro$", "subway"),
        ("قطار", "قطارات", "سكه حديد", "سكك حديد", "مترو"),
    ),
    "passenger": (("passenger",), ("ركاب", "راكب", "مسافر")),
    "crew": (("crew",), ("طاقم", "طواقم")),
    "driver": (("driver",), ("سايق",)),
    "traffic": (
        ("traffic", "navigation", "shipping$"),
        ("ملاحه", "حركه مرور", "حركه سير", "حركه ملاحه"),
    ),
    "speed": (
        (
            *("speed", "quick", "rapid", "swift", "faster", "hasten", "accelerat", "expedit"),
            *("haste", "hastily", "hasty", "hurr"),
        ),
        ("سرعه", "سريع", "تسريع", "اسرع", "تسارع", "يسرع", "نسرع", "علي عجل", "متسرع", "تسرع"),
    ),
    # Flying (تحلق) and the altitude it is at (على ارتفاع, not ارتفاع a rise).
    "fly": (
        # "fly to Moscow", "flew in" are travel.
        ("flying", "flown", "overfl", "fly over", "flew over", "hover"),
        ("حلقت", *_present("حلق"), "تحليق", "حلقوا$"),
    ),
    "altitude": (("altitude", "height$", "heights of$"), ("علي ارتفاع", "علي علو", "ارتفاعات")),
    "slow": (("slow$", "slowly", "slower", "slowed"), ("بطء", "بطيء", "ابطا")),
    "firefighter": (
        ("firefight", "fire brigade", "fire department", "civil defen"),
        ("اطفاء", "اطفايي", "دفاع مدني"),
    ),
    "landslide": (
        ("landslide", "mudslide"),
        ("انهيار ارضي", "انهيارات ارضيه", "انزلاق تربه", "انزلاقات"),
    ),
    "volcano": (("volcan", "eruption"), ("بركان", "براكين", "ثوران")),
    "tsunami": (("tsunami",), ("تسونامي",)),
    "heat": (("heatwave", "heat wave", "heat$", "temperature"), ("حراره", "موجه حر", "موجات حر")),
    "rain": (("rain", "downpour"), ("مطر$", "امطار", "هطول")),
    "snow": (("snow", "blizzard"), ("ثلج", "ثلوج")),
    "wind": (("wind$", "winds$"), ("رياح", "ريح$")),
    "weather": (("weather", "meteorolog"), ("طقس", "ارصاد")),
    "pollution": (("pollut", "contaminat"), ("تلوث", "ملوث")),
    "poison": (("poison", "toxic", "toxin"), ("سم$", "سموم", "تسمم", "مسموم")),
    "leak": (("leak", "spill"), ("تسرب", "تسريب", "يتسرب", "مسرب")),
    "trapped": (("trapped", "stranded", "stuck$"), ("عالق",)),
    "funeral": (
        ("funeral", "buried", "burial", "bury", "graves$", "cemeter", "mass grave", "mass graves"),
        (
            "جنازه",
            "جنايز",
            "دفن",
            "يدفن",
            "تشييع",
            "مقبره",
            "مقابر",
            "مقبره جماعيه",
            "مقابر جماعيه",
        ),
    ),
    "tent": (("tent$", "tents$"), ("خيمه", "خيام")),
    "hotspot": (("epicent", "hotspot"), ("بوره",)),
    "environment": (("environment", "ecolog"), ("بييه", "بييي")),
    "renewable": (("renewable", "solar"), ("متجدده", "شمسي")),
    "forest": (("forest", "woodland"), ("غابه", "غابات", "حرجيه$")),
    "river": (("river",), ("نهر$", "انهر")),
    "mountain": (("mountain",), ("جبل", "جبال", "جبلي")),
    "desert": (("desert",), ("صحراء", "صحراوي")),
    "island": (("island",), ("جزيره", "جزر$")),
    "street": (("street",), ("شارع", "شوارع")),
    "capital_city": (("capital$",), ("عاصمه",)),
    "livestock": (("livestock", "cattle", "sheep"), ("ماشيه", "مواشي", "اغنام", "ابقار")),
    "fishing": (("fisher", "fishing", "fish$"), ("صياد", "صيد$", "اسماك", "سمك")),
    "mining": (("mining", "mineral", "miners"), ("تعدين", "معادن", "منجم", "مناجم")),
    # --- law, courts and crime (more) -------------------------------------------------
    # Hand-held devices counted in a blast or a seizure.
    "device": (
        ("device", "pager", "walkie", "handset"),
        ("جهاز", "اجهز", "بيجر", "بيجرات", "لاسلكي"),
    ),
    "suspect": (
        ("suspect", "suspicio"),
        ("مشتبه", "اشتباه", "يشتبه", "مشبوه", "شبهه", "شبهات"),
    ),
    "fine": (("fined", "fines$"), ("غرامه", "غرامات", "تغريم")),
    "forensic": (
        ("forensic", "autopsy", "autopsies", "post mortem", "coroner"),
        ("طب شرعي", "تشريح"),
    ),
    "review": (("review", "reconsider"), ("مراجعه", "يراجع", "نراجع", "اعاده نظر")),
    "regulation": (("regulat",), ("لايحه", "لوايح", "تنظيمي", "ضوابط")),
    "complaint": (
        ("complain", "grievance"),
        ("شكوي", "شكاوي", "اشتكي", "يشتكي", "تشتكي", "تظلم"),
    ),
    "discrimination": (("discriminat", "racis", "xenophob"), ("تمييز", "عنصري", "عنصريه")),
    "equality": (("equal",), ("مساواه", "متساو", "تكافو")),
    "harassment": (("harass",), ("تحرش", "مضايق")),
    "rape": (("rape$", "raped", "rapes$", "rapist"), ("اغتصاب", "اغتصب")),
    "drugs": (
        ("drugs$", "narcotic", "cocaine", "heroin", "cannabis", "captagon"),
        ("مخدر", "كوكايين", "هيروين", "حشيش", "كبتاغون"),
    ),
    "money_laundering": (("launder",), ("غسيل اموال", "غسل اموال", "تبييض اموال")),
    "theft": (
        ("theft", "thief", "thieves", "stole", "steal", "loot", "robber", "robbed"),
        ("سرق", *_present("سرق"), "سارق", "لصوص", "نهب", "ينهب"),
    ),
    "impunity": (("impunity",), ("افلات من العقاب", "افلات من عقاب")),
    "decree": (("decree", "executive order"), ("مرسوم", "مراسيم")),
    "amnesty": (("amnesty", "pardon"), ("عفو$",)),
    "deport": (("deport", "expel", "expuls", "evict"), ("ترحيل", "طرد", "يطرد", "تطرد")),
    "visa": (("visa$", "visas$", "passport"), ("تاشير", "جواز سفر", "جوازات سفر")),
    "bill": (("bill$", "bills$", "draft law$"), ("مشروع قانون", "مشاريع قوانين", "مسوده")),
    "hearing": (("hearing",), ("جلسه استماع",)),
    "bail": (("bail$",), ("كفاله",)),
    "blackmail": (("blackmail", "extort"), ("ابتزاز", "يبتز", "ابتز")),
    # --- politics and government (more) ---------------------------------------------
    "council": (("council",), ("مجلس$", "مجالس")),
    "committee": (("committee", "commission", "panel$"), ("لجنه", "لجان", "مفوضيه")),
    "mandate": (("mandate",), ("تفويض",)),
    "spokesperson": (("spokes",), ("متحدث", "ناطق")),
    "governor": (("governor",), ("محافظ$", "حاكم")),
    "mayor": (("mayor",), ("عمده",)),
    "chief_of_staff": (("chief of$ staff",), ("رييس اركان", "هييه اركان")),
    "majority": (
        (
            "majority",
            "most of$",
            "bulk of$",
            "vast majority",
            "largely",
            "mostly",
            "for the most part",
            "to a large extent",
            "to a great extent",
            "by and large",
        ),
        ("اغلبيه", "غالبيه", "اكثريه", "معظم", "اغلب", "الي حد كبير", "الي حد بعيد", "بدرجه كبيره"),
    ),
    "minority": (("minorit",), ("اقليه", "اقليات")),
    "seat": (("seat$", "seats$"), ("مقعد", "مقاعد")),
    "turnout": (("turnout",), ("نسبه مشاركه", "نسبه اقبال")),
    "inauguration": (("sworn in$", "inaugurat", "oath"), ("تنصيب", "اداء يمين$", "يمين دستوريه")),
    "bilateral": (("bilateral",), ("ثنايي",)),
    "unilateral": (("unilateral",), ("احادي",)),
    "joint": (("joint$", "common$", "in common"), ("مشترك",)),
    "mutual": (("mutual", "reciproc"), ("متبادل",)),
    "agenda": (("agenda",), ("جدول اعمال", "اجنده", "اجندات")),
    "memorandum": (("memorandum",), ("مذكره تفاهم", "مذكرات تفاهم")),
    "consensus": (("consensus", "unanim"), ("اجماع",)),
    "isolation": (("isolat",), ("عزله", "عزل$")),
    "autonomy": (("autonom", "self rule", "self determination"), ("حكم ذاتي", "تقرير مصير")),
    "expression": (("expression",), ("تعبير",)),
    "formal": (("officially", "formal"), ("رسمي",)),
    "speech": (("speech",), ("خطاب", "خطابات", "كلمه", "كلمات")),
    "ceremony": (("ceremon",), ("مراسم", "حفل")),
    "schedule": (("schedul",), ("موعد", "مواعيد")),
    "step": (
        ("step$", "steps", "stepped", "stepping", "measures$", "procedure"),
        ("خطوه", "خطوات", "اجراءات", "تدابير", "تدبير"),
    ),
    "phase": (("phase", "stage$", "stages$"), ("مرحله", "مراحل")),
    "path": (
        ("path$", "paths$", "pathway", "roadmap", "road map"),
        ("مسار", "مسارات", "خارطه طريق", "خريطه طريق"),
    ),
    "balance": (("balanc",), ("توازن", "متوازن", "موازين")),
    "momentum": (("momentum", "impetus"), ("زخم",)),
    "generation": (("generation",), ("جيل", "اجيال")),
    "elderly": (("elderly", "pensioner"), ("مسن", "كبار السن")),
    "orphan": (("orphan",), ("يتيم", "ايتام")),
    "disabled": (("disab", "handicap"), ("معاق", "ذوي احتياجات")),
    "volunteer": (("volunteer",), ("متطوع", "تطوع")),
    "donation": (("donat", "donor", "charit"), ("تبرع", "متبرع", "مانح", "خيري")),
    "marriage": (("marri", "wedding"), ("زواج", "زفاف", "عرس")),
    "birth": (("birth", "born$", "newborn"), ("ولاده", "ولادات", "مولود", "مواليد")),
    "culture": (("cultur",), ("ثقاف",)),
    "heritage": (("heritage",), ("تراث",)),
    "sport": (("sport", "football", "soccer", "olympic"), ("رياضه", "رياضي", "كره قدم", "اولمب")),
    "pilgrimage": (("pilgrim", "hajj$"), ("حجاج", "مناسك")),
    "fasting": (("fasting",), ("صيام", "صوم$", "صايم")),
    "exam": (("exam$", "exams$", "examination"), ("امتحان", "امتحانات")),
    # --- economy (more) --------------------------------------------------------------
    "shortage": (
        ("shortage", "scarcit", "lack$", "lacks", "lacking"),
        ("نقص", "شح$", "ندره", "يفتقر", "تفتقر", "افتقار"),
    ),
    "gdp": (("gdp$", "gross domestic"), ("ناتج محلي", "ناتج اجمالي")),
    "revenue": (("revenue", "income", "earning", "proceeds"), ("ايراد", "عايدات", "مداخيل")),
    "profit": (("profit",), ("ارباح", "ربح", "يربح", "مربح")),
    "bankruptcy": (("bankrupt", "insolven"), ("افلاس", "مفلس")),
    "interest_rate": (
        ("interest rate",),
        ("سعر فايده", "اسعار فايده", "معدل فايده", "معدلات فايده"),
    ),
    "benefit": (
        ("benefit", "gains$", "gained"),
        (
            "فايده",
            "فوايد",
            "استفاده",
            "استفاد",
            "يستفيد",
            "تستفيد",
            "نستفيد",
            "مستفيد",
            "مكسب",
            "مكاسب",
        ),
    ),
    "shipment": (("shipment", "consignment", "freight"), ("شحنه", "شحنات", "شحن$")),
    "goods": (("goods", "commodit", "merchandise", "products$"), ("سلع", "بضاي", "منتجات")),
    "consumer": (("consum",), ("استهلاك", "مستهلك", "يستهلك")),
    "tourism": (("touris",), ("سياح", "سايح")),
    "wealth": (("wealth", "rich$", "riches"), ("ثروه", "ثروات", "اغنياء", "اثرياء")),
    "resources": (("resource",), ("موارد", "مقدرات")),
    "employee": (("employee", "staff$", "personnel"), ("موظف",)),
    "privatization": (("privati",), ("خصخص", "خوصص")),
    "rent": (("rent$", "rents$", "rental"), ("ايجار",)),
    "retirement": (("retire",), ("تقاعد", "متقاعد")),
    "service": (("service",), ("خدمه", "خدمات", "خدمي")),
    "standard": (("standard",), ("معايير", "معيار")),
    "quality": (("quality",), ("جوده", "نوعيه")),
    "waste": (
        ("waste", "squander", "garbage", "rubbish", "trash"),
        (
            "هدر",
            "اهدار",
            "تبديد",
            "نفايات",
            "قمامه",
        ),
    ),
    "storage": (
        ("stockpil", "storage", "warehouse", "depot"),
        ("مخزون", "مخازن", "مخزن", "تخزين", "مستودع"),
    ),
    # --- health (more) -----------------------------------------------------------------
    "surgery": (("surgery", "surgeries", "surgical"), ("جراحي", "عمليه جراحي")),
    "cancer": (("cancer", "tumour", "tumor"), ("سرطان", "ورم", "اورام")),
    "quarantine": (("quarantin",), ("حجر صحي",)),
    "mask": (("mask",), ("كمام",)),
    "test": (("test$", "tests$", "tested", "testing"), ("فحص", "فحوص", "اختبار")),
    "blood": (("blood", "bleed"), ("دم$", "دماء", "نزيف", "دموي")),
    # --- media and technology ----------------------------------------------------------
    "interview": (("interview",), ("مقابله", "مقابلات")),
    "television": (("televis", "tv$"), ("تلفزيون", "تلفزي", "متلفز")),
    "radio": (("radio$", "radios$"), ("راديو", "اذاعه", "اذاعي")),
    "censorship": (("censor",), ("رقابه", "حجب")),
    "coverage": (("coverage",), ("تغطيه",)),
    "article": (("article",), ("مقال",)),
    "platform": (("platform",), ("منصه", "منصات")),
    "privacy": (("privacy",), ("خصوصي",)),
    "technology": (("technolog", "technical"), ("تكنولوج", "تقني")),
    "artificial_intelligence": (("artificial intelligence", "ai$"), ("ذكاء اصطناعي",)),
    "computer": (("computer",), ("حاسوب", "حواسيب", "كمبيوتر")),
    # --- qualities and judgements ------------------------------------------------------
    "positive": (("positive", "good$"), ("ايجابي", "جيد$", "جيده$")),
    "negative": (("negative", "bad$", "badly"), ("سلبي", "سيء$", "سيي$", "سييه$", "سييا$")),
    "premature": (("premature", "too$ early", "too$ soon"), ("سابق لاوان", "لاوان")),
    # Getting ahead of events: "we should not get ahead of ourselves" is
    # "لا نستبق الأحداث"; a pre-emptive strike is a ضربة استباقية.
    "preempt": (
        ("preempt", "pre empt", "get ahead of", "getting ahead of", "jump the gun", "prejudg"),
        ("استبق", *_present("ستبق"), "استباق"),
    ),
    "early": (("early$",), ("مبكر", "باكر")),
    "barbaric": (
        ("barbaric", "barbarism", "barbarian", "savage", "brutal", "heinous", "inhuman", "cruel"),
        ("همجي", "بربري", "وحشي", "شنيع", "بشع"),
    ),
    "brave": (("brave", "courag", "heroic", "hero$", "heroes"), ("شجاع", "بطل", "ابطال", "بطولي")),
    "honest": (("honest", "sincer", "truthful"), ("نزاهه", "نزيه", "صادقه$", "صادقون$", "صادقين$")),
    "unclear": (("unclear", "ambigu", "vague"), ("غير واضح", "غامض", "غموض")),
    "unknown": (("unknown", "uncertain"), ("مجهول", "غير معروف", "غير موكد")),
    "inevitable": (("inevitab", "unavoidab"), ("حتمي", "محتوم")),
    "exceptional": (("exception",), ("استثناء", "استثنايي")),
    "widespread": (("widespread", "large scale"), ("واسع", "نطاق واسع")),
    "indirect": (("indirect",), ("غير مباشر",)),
    "unconditional": (("unconditional",), ("دون شروط", "بدون شروط", "غير مشروط")),
    "fragile": (("fragil",), ("هش$", "هشه$", "هشاشه")),
    "sensitive": (("sensitiv",), ("حساس",)),
    "complex": (("complex", "complicat"), ("معقد", "تعقيد")),
    "effective": (("effective", "efficien"), ("فعال$", "فعاله$", "فعاليه$", "كفاءه", "ناجع")),
    "critical": (("critical", "precarious", "dire$"), ("حرج",)),
    # شديد is severe; بشدة ("strongly condemned") is power.
    "severe": (("severe", "harsh"), ("قاس$", "قاسي", "قاسيه", "شديد$", "شديده$")),
    "strict": (("strict", "stringent"), ("صارم",)),
    "gradual": (("gradual", "step by$ step"), ("تدريجي",)),
    "essential": (("essential", "fundamental", "basic$"), ("اساسي", "جوهري")),
    "main": (("main$", "principal$", "primary"), ("رييسي",)),
    "current": (("current$", "currently"), ("حالي", "راهن")),
    "red_line": (("red line",), ("الخط الاحمر", "خط احمر", "الخطوط الحمراء", "خطوط حمراء")),
    "soon": (
        ("soon$", "shortly", "imminent", "near term", "near future", "short term"),
        ("قريبا$", "وشيك", "المدي القريب", "القريب العاجل", "قصير الامد", "المدي القصير"),
    ),
    "logic": (("logic", "reasonable", "rational", "unreasonab"), ("منطقي", "منطق$")),
    "absurd": (
        ("absurd", "ridiculous", "nonsense", "insane", "foolish", "stupid", "crazy", "madness"),
        ("سخيف", "هراء", "عبثي", "مهزله", "غبي", "حماقه", "جنون"),
    ),
    "excellent": (
        (
            "excellent",
            "amazing",
            "super$",
            "incredibl",
            "fantastic",
            "wonderful",
            "terrific",
            "extraordinar",
            "remarkabl",
            "spectacular",
            "superb",
            "outstanding",
            "marvel",
            "brilliant",
        ),
        ("ممتاز", "مذهل", "مدهش", "رايع", "باهر", "خارق"),
    ),
    "foil": (("foil", "thwart", "frustrat"), ("احبط", "احباط", "يحبط", "تحبط", "محبط")),
    # --- society, security and the economy (more) ------------------------------------
    "veteran": (("veteran",), ("محارب قديم", "قدامي محاربين", "قدامي المحاربين")),
    "sabotage": (("sabotag", "vandal"), ("تخريب", "تخريبي", "مخرب")),
    "sit_in": (("sit$ in$", "sit$ ins$"), ("اعتصام", "معتصم", "اعتصم")),
    "petition": (("petition",), ("عريضه",)),
    "slogan": (("slogan", "chant"), ("شعار", "شعارات", "هتاف", "هتف", "يهتف", "يهتفون")),
    "flag": (("flag$", "flags$"), ("رايه", "رايات")),
    "symbol": (("symbol",), ("رمز", "رموز")),
    "republic": (("republic",), ("جمهوري",)),
    "federal": (("federal", "federation"), ("فدرالي", "فيدرالي", "اتحادي")),
    "statistics": (("census", "statistic"), ("تعداد", "احصاء", "احصاي")),
    "survey": (("survey", "opinion poll"), ("استطلاع",)),
    "minimum": (("minimum", "lowest"), ("ادني",)),
    "intensive_care": (("intensive care", "icu$"), ("عنايه مركزه", "عنايه فايقه")),
    "pharmacy": (("pharmac",), ("صيدلي",)),
    "addiction": (("addict",), ("ادمان", "مدمن")),
    "smoking": (("smok", "tobacco", "cigarette"), ("تدخين", "دخان", "سجاير", "تبغ")),
    "pregnancy": (("pregnan",), ("حامل$", "حوامل")),
    "ticket": (("ticket",), ("تذكره", "تذاكر")),
    "cable": (("cable",), ("كابل$", "كابلات")),
    "bond": (("bond$", "bonds$"), ("سندات",)),
    "merger": (("merger", "merge$", "merged", "acquisition"), ("اندماج", "دمج", "استحواذ")),
    "monopoly": (("monopol",), ("احتكار", "محتكر")),
    "customer": (("customer", "client"), ("زبون", "زباين")),
    "auction": (("auction",), ("مزاد",)),
    "crypto": (("crypto", "bitcoin"), ("مشفر", "بيتكوين")),
    "real_estate": (("real estate", "housing market"), ("عقار",)),
    "secularism": (("secular",), ("علماني",)),
    "liberal": (("liberal",), ("ليبرالي",)),
    "conservative": (("conservativ",), ("محافظون", "محافظين")),
    "left_wing": (("leftist", "left wing"), ("يساري",)),
    "right_wing": (("right wing", "far$ right", "rightist"), ("يميني", "يمين متطرف")),
    "jury": (("jury", "juries", "juror"), ("محلف",)),
    "cell": (("cell$", "cells$"), ("خليه", "خلايا", "زنزانه", "زنازين")),
    "hideout": (
        ("hideout", "hiding place", "cache$", "caches$", "safe house"),
        ("مخبا", "وكر", "اوكار"),
    ),
    "special_forces": (("special forces", "commando"), ("قوات خاصه", "كوماندوز", "قوات النخبه")),
    "launcher": (
        ("launcher", "launch pad", "launchpad"),
        ("منصه اطلاق", "منصات اطلاق", "راجمه", "راجمات"),
    ),
    "mortar": (("mortar",), ("هاون",)),
    "artillery": (("artiller", "howitzer"), ("مدفع",)),
    "grenade": (("grenade",), ("قنبله يدويه", "قنابل يدويه")),
    "knife": (("knife", "knives", "stabb"), ("سكين", "سكاكين", "طعنات", "طعنا$")),
    "indiscriminate": (("indiscriminat", "random", "slum"), ("عشوايي",)),
    "civil_war": (("civil war$",), ("حرب اهليه", "حروب اهليه")),
    "chase": (
        (
            "chase$",
            "chased",
            "chasing",
            "manhunt",
            "pursu",
            "tracked",
            "tracking",
            "traced",
            "tracing",
        ),
        ("مطارده", "يطارد", "تطارد", "طارد", "تعقب", "يتعقب", "تتبع", "يتتبع"),
    ),
    "confiscate": (("confiscat",), ("مصادره",)),
    "distribute": (("distribut", "hand out$", "handed out$"), ("توزيع", "وزع", "يوزع", "توزع")),
    "cry": (
        ("cry$", "cried", "crying", "tears$", "weep", "wept"),
        ("بكاء", "بكي$", "يبكي", "تبكي", "دموع"),
    ),
    "scream": (("scream", "shout", "yell$", "yelled", "yelling"), ("صراخ", "صرخ", "يصرخ", "صيحات")),
    "attend": (("attend",), ("حضور", "حضر$", "حضرت", "يحضر", "حضروا$")),
    "represent": (("represent",), ("يمثل", "تمثل", "نمثل", "ممثل", "تمثيل")),
    "hire": (("hire$", "hired", "hiring"), ("توظيف", "وظف$", "يوظف")),
    "condolence": (
        (
            "condolence",
            "sorrow",
            "regret",
            "mourn",
            "grief",
            "sorry",
            "sad$",
            "sadden",
            "unfortunate",
            "lament",
            "remorse",
            "heartbr",
            "saddened",
            "griev",
            "sadness",
        ),
        (
            "تعزيه",
            "تعازي",
            "اسف",
            "حداد",
            "حزن",
            "حزين",
            "ندم$",
            "نادم",
            "يندم",
            "ندامه",
            "موسف",
            "يوسفني$",
            "يوسفنا$",
            "لسوء الحظ",
            "نعزي$",
            "يعزي$",
        ),
    ),
    "trust": (
        (
            "trust",
            "confidence",
            "confident",
            "credib",
            "confidence building",
            "trust building",
            "distrust",
            "mistrust",
        ),
        ("ثقه", "يثق", "نثق", "تثق", "مصداقي", "واثق", "بناء$ الثقه", "موثوق"),
    ),
    "neutral": (
        (
            "neutral",
            "impartial",
        ),
        ("حياد", "محايد"),
    ),
    "science": (("scien",), ("علمي", "علماء", "علوم")),
    "alternative": (("alternativ",), ("بديل", "بدايل")),
    "eliminate": (
        ("eliminat", "eradicat", "wipe out", "wiped out"),
        ("قضاء علي", "يقضي علي", "نقضي علي", "تقضي علي", "تصفيه", "استيصال"),
    ),
    "sink": (
        ("sink", "sank", "sunk", "drown"),
        ("غرق", *_present("غرق"), "اغرق", "غريق"),
    ),
    "dignity": (("dignit", "honou", "honor"), ("كرامه", "شرف")),
    "sacrifice": (("sacrific",), ("تضحي", "يضحي")),
    # --- territory, sovereignty, order (more) -----------------------------------------
    "annexation": (("annex",), ("ضم$", "ضم الاراضي")),
    "world_order": (
        ("multipolar", "unipolar", "world order", "international order"),
        (
            "متعدد الاقطاب",
            "متعدده الاقطاب",
            "احادي القطب",
            "القطبيه",
            "نظام عالمي",
            "النظام الدولي",
        ),
    ),
    "multilateral": (("multilateral",), ("متعدد الاطراف", "متعدده الاطراف", "التعدديه")),
    "rapprochement": (("rapprochement", "thaw$", "detente"), ("تقارب", "التقارب", "انفراج")),
    "deadlock": (
        (
            *("deadlock", "stalemate", "impasse", "standoff", "stand off", "logjam", "dead end"),
            *("failed to agree", "failed to reach", "fell through", "talks collapsed"),
            *("talks broke down", "negotiations collapsed", "negotiations broke down"),
        ),
        (
            *("جمود", "طريق مسدود", "انسداد", "مازق", "دون اتفاق", "بدون اتفاق", "دون التوصل"),
            *("بدون التوصل", "فشل المحادثات", "فشلت المحادثات", "فشل المفاوضات"),
            *("فشلت المفاوضات", "انهيار المحادثات", "انهارت المحادثات", "انهيار المفاوضات"),
        ),
    ),
    "obstacle": (
        (
            "obstacle",
            "hurdle",
            "stumbling block",
            "impediment",
            "imped",
            "hinder",
            "obstruct",
            "hamper",
            "setback",
        ),
        (
            "عقبه",
            "عقبات",
            "عراقيل",
            "عرقله",
            "عرقل",
            *_present("عرقل"),
            "عايق",
            "عوايق",
            "يعيق",
            "تعيق",
            "انتكاسه",
            "حجر عثره",
        ),
    ),
    "undermine": (("undermin", "erode", "erosion"), ("تقويض", "قوض", "يقوض", "تقوض", "نقوض")),
    "proxy": (("proxy", "proxies"), ("بالوكاله$",)),
    "puppet": (
        ("puppet", "stooge", "henchm", "lackey", "mercenary state"),
        ("دميه", "اذناب", "ازلام"),
    ),
    "hypocrisy": (
        ("hypocri", "double standard"),
        ("نفاق", "منافق", "ازدواجيه", "ازدواجيه المعايير", "كيل بمكيالين", "الكيل بمكيالين"),
    ),
    "bias": (
        (
            "bias",
            "partisan",
            "one sided",
            "prejudic",
            "side with",
            "sided with",
            "siding with",
            "taking sides",
        ),
        ("انحياز", "منحاز", "متحيز", "تحيز", "انحاز"),
    ),
    "proportionality": (
        ("proportionat", "disproportionat", "excessive", "excess$"),
        ("تناسب", "متناسب", "مفرط", "افراط"),
    ),
    "chaos": (
        ("chaos", "chaotic", "anarch", "lawless", "disorder", "turmoil", "mayhem", "unrest"),
        ("فوضي", "فلتان", "انفلات", "اضطراب", "اضطرابات"),
    ),
    "vacuum": (("vacuum",), ("فراغ",)),
    "paralysis": (("paraly",), ("شلل", "مشلول")),
    # --- war (more) -------------------------------------------------------------------
    "fortification": (
        ("fortif", "entrench", "bunker", "trench"),
        ("تحصين", "تحصينات", "محصن", "خندق", "خنادق"),
    ),
    "military_unit": (
        ("brigade", "battalion", "regiment", "squadron", "platoon", "unit$", "units$"),
        ("لواء$", "الويه", "كتيبه", "كتايب", "فوج", "افواج", "وحدات$"),
    ),
    "hypersonic": (("hypersonic",), ("فرط صوتي", "فرط صوتيه", "فرط الصوت", "اسرع من الصوت")),
    "phosphorus": (("phosphor",), ("فوسفور",)),
    "shrapnel": (("shrapnel",), ("شظايا", "شظيه")),
    "beheading": (("behead", "decapitat"), ("قطع راس", "قطع رووس", "نحر$")),
    "jamming": (("jamming", "jammed", "jammer"), ("تشويش",)),
    "tear_gas": (
        ("tear gas", "teargas"),
        ("غاز مسيل للدموع", "مسيل للدموع", "مسيله للدموع", "قنابل غاز"),
    ),
    "cowardly": (("coward",), ("جبان", "جبناء", "جبن$")),
    "despicable": (
        ("despicab", "vile$", "contemptib", "disgusting"),
        ("دنيء", "حقير", "خسيس", "مقزز"),
    ),
    "arrogance": (("arrogan", "hubris"), ("غطرسه", "متغطرس", "عنجهيه", "تكبر$")),
    "dna": (("dna$",), ("حمض نووي",)),
    # --- crime and justice (more) -----------------------------------------------------
    "complicity": (
        ("complicit", "accomplice", "collusion", "collud"),
        ("تواطو", "متواطي", "تواطا", "تواطي"),
    ),
    "mastermind": (("mastermind", "ringleader"), ("عقل مدبر", "مدبر$")),
    "motive": (("motive", "motivat"), ("دوافع", "دافع وراء")),
    "scandal": (("scandal",), ("فضيحه", "فضايح")),
    "ransom": (("ransom",), ("فديه",)),
    "spyware": (("spyware", "pegasus"), ("برامج تجسس", "برنامج تجسس", "بيغاسوس")),
    "legal_immunity": (("immunity$",), ("حصانه",)),
    "impeachment": (
        ("impeach", "vote of no$ confidence", "no$ confidence vote", "no$ confidence motion"),
        ("سحب الثقه", "حجب الثقه", "عزل الرييس"),
    ),
    "hunger_strike": (("hunger strike",), ("اضراب عن الطعام",)),
    # --- emotions and judgements (more) -----------------------------------------------
    "sympathy": (
        ("sympath", "compassion"),
        ("تعاطف", "يتعاطف", "نتعاطف", "تتعاطف", "متعاطف", "مواساه"),
    ),
    "forgive": (
        ("forgiv", "forgave"),
        ("غفر$", "يغفر", "مغفره", "سامح$", "يسامح", "نسامح", "مسامحه", "صفح$"),
    ),
    "mercy": (("mercy", "merciful", "clemency"), ("رحمه", "رحيم", "رافه")),
    "embarrass": (("embarrass",), ("احراج", "محرج", "يحرج", "احرج")),
    "terrible": (
        ("terribl", "awful", "appalling", "dreadful", "horrendous", "horrif", "horribl", "appall"),
        ("مروع", "فظيع", "رهيب", "مريع", "مفزع"),
    ),
    "wise": (
        ("wise$", "wisely", "wisdom", "prudent", "prudence"),
        ("حكيم", "حكماء", "تعقل", "حصافه"),
    ),
    "exhaustion": (
        ("exhaust", "fatigue", "tired$", "weary"),
        ("ارهاق", "منهك", "متعب", "انهاك", "مرهق", "تعب$"),
    ),
    "certain": (
        (
            "categorical",
            "sure$",
            "certain$",
            "certainly",
            "certainty",
            "definitely",
            "undoubtedly",
            "no$ doubt",
        ),
        (
            "متاكد",
            "يقين",
            "بالتاكيد",
            "حتما$",
            "قطعا$",
            "اكيد",
            "لا شك$",
            "بلا شك$",
            "دون شك$",
            "جمله وتفصيلا",
        ),
    ),
    "hesitate": (("hesitat", "hesitan", "reluctan"), ("تردد", "يتردد", "نتردد", "تتردد", "متردد")),
    "congratulate": (("congratulat",), ("تهنيه", "تهاني", "يهني", "نهني", "اهني")),
    "encourage": (
        ("encourag", "incentiv"),
        ("تشجيع", "شجع$", "شجعت", *_present("شجع"), "مشجع", "حوافز", "شجعوا$"),
    ),
    "incite": (
        ("incit", "instigat", "stir up", "stirring up", "stirred up", "inflam", "stoke", "stoking"),
        ("تحريض", "حرض", *_present("حرض"), "محرض", "تاجيج", "يوجج", "اذكاء"),
    ),
    "reassure": (("reassur",), ("طمانه", "طمان", "يطمين", "نطمين", "اطمينان", "مطمين", "اطمين")),
    "futile": (
        ("useless", "futil", "pointless", "in$ vain", "meaningless", "to$ no$ avail"),
        ("عبث$", "جدوي", "لا طايل", "سدي$"),
    ),
    "void": (("invalid", "null and void", "void$"), ("باطل", "بطلان")),
    "fruitful": (("fruitful", "useful", "constructive", "productive$"), ("مثمر", "مفيد", "بناءه$")),
    "easy": (
        ("easy$", "easier", "easily", "simple$"),
        ("سهل$", "سهله$", "بسهوله", "سهوله", "بسيط"),
    ),
    "enough": (
        ("enough", "sufficient", "adequate", "insufficient", "inadequate"),
        ("كاف$", "كافي", "كافيه", "يكفي", "كفايه"),
    ),
    "available": (("availab",), ("متاح$", "متاحا$", "متوفر", "متوافر")),
    "rare": (("rare$", "rarely", "rarity"), ("نادر",)),
    "moderate": (("moderat",), ("معتدل", "اعتدال")),
    "personal": (("personal",), ("شخصي$", "شخصيا$", "شخصيه$")),
    "collective": (("collective", "mass$", "en masse"), ("جماعي",)),
    "local": (("local$", "locally"), ("محلي",)),
    "ethnic": (("ethnic",), ("عرقي", "اثني", "اعراق")),
    # --- places and people (more) -----------------------------------------------------
    "north": (("north$", "northern", "northward"), ("شمال", "شمالي")),
    "south": (("south$", "southern", "southward"), ("جنوب",)),
    "east": (("east$", "eastern", "eastward"), ("شرق$", "شرقي")),
    "rural": (("rural", "countryside"), ("ريف", "ارياف", "قروي")),
    "square": (("square$",), ("ساحه", "ميدان")),
    "palace": (("palace",), ("قصر$",)),
    "stadium": (("stadium",), ("ملعب", "ملاعب", "استاد")),
    "hotel": (("hotel",), ("فندق", "فنادق")),
    "office": (("office$", "offices"), ("مكتب", "مكاتب")),
    "center": (("centre$", "center$", "centres", "centers"), ("مركز$", "مراكز")),
    "member": (("member",), ("عضو", "اعضاء", "عضويه")),
    "deputy": (("deputy", "vice$"), ("نايب",)),
    "secretary_general": (("secretary general",), ("امين عام",)),
    "analysis": (("analyst", "analys", "analyz"), ("محلل", "تحليل", "يحلل")),
    "research": (("research",), ("باحث", "بحوث", "ابحاث")),
    "source": (("source$", "sources$"), ("مصدر", "مصادر")),
    "senior": (("senior", "high ranking", "high level", "prominent"), ("كبار$", "رفيع", "بارز")),
    "elite": (("elite",), ("نخبه", "نخب$")),
    "pope": (("pope", "pontiff", "vatican"), ("بابا$", "الفاتيكان")),
    "holiday": (
        ("holiday", "christmas", "ramadan", "eid al"),
        ("رمضان", "عيد الميلاد", "عيد الفطر", "عيد الاضحي", "اعياد", "عطله"),
    ),
    # --- scale words (more) -----------------------------------------------------------
    "dozens": (("dozens", "dozen$"), ("عشرات",)),
    "hundreds": (("hundreds",), ("ميات",)),
    "thousands": (("thousands",), ("الاف$",)),
    "millions": (("million",), ("مليون", "ملايين")),
    "billions": (("billion", "trillion"), ("مليار", "تريليون")),
    "half": (("half$", "halves"), ("نصف",)),
    # --- disasters, health, relief (more) ---------------------------------------------
    "cold": (("cold$", "freezing", "frost", "chill$"), ("البرد$", "بارد", "صقيع", "تجمد")),
    "winter": (("winter", "wintry"), ("شتاء", "شتوي")),
    "locust": (("locust",), ("جراد",)),
    "oxygen": (("oxygen", "ventilator", "respirator"), ("اكسجين", "تنفس اصطناعي", "اجهزه تنفس")),
    "breathe": (("breath", "suffocat", "asphyx"), ("تنفس", "اختناق", "اختنق", "يختنق")),
    "morgue": (("morgue", "mortuar"), ("مشرحه", "مشارح", "ثلاجه موتي", "ثلاجات موتي")),
    "amputation": (("amputat",), ("بتر$", "بترت", "مبتور", "بتر الاطراف")),
    "queue": (("queue", "lined up", "queuing", "queueing"), ("طابور", "طوابير")),
    "generator": (("generator",), ("مولد$", "مولدات")),
    "sanitation": (("sewage", "sanitation", "sewer"), ("صرف صحي", "مجاري")),
    "symptom": (("symptom",), ("اعراض",)),
    "psychological": (("mental$", "psycholog", "psychiatr"), ("نفسيه$", "صحه نفسيه")),
    "diver": (("diver$", "divers$"), ("غواصين", "غواصون", "غطاس")),
    "dog": (("dog$", "dogs$"), ("كلاب", "كلب$")),
    "bulldozer": (
        ("bulldozer", "excavator", "heavy machinery", "digger"),
        ("جرافه", "جرافات", "اليات ثقيله", "حفار"),
    ),
    "blanket": (("blanket",), ("بطانيه", "بطانيات", "اغطيه")),
    "richter_scale": (("richter",), ("ريختر",)),
    "float": (
        ("refloat", "float$", "floated", "floating", "afloat"),
        ("تعويم", "عايم", "يعوم", "تعوم"),
    ),
    "landing": (
        ("landed", "landing", "emergency landing"),
        ("هبوط اضطراري", "هبطت", "تهبط", "يهبط", "هبط$", "هبطوا$"),
    ),
    "engine": (("engine",), ("محرك", "محركات")),
    # --- economy (more) ---------------------------------------------------------------
    "austerity": (("austerit", "belt tightening"), ("تقشف",)),
    "default": (("default$", "defaulted", "defaulting"), ("تخلف عن السداد", "التعثر في السداد")),
    "stimulus": (("stimul",), ("تحفيز", "تحفيزي", "حفز", "يحفز")),
    "package": (("package",), ("حزمه",)),
    "black_market": (("black market",), ("سوق سوداء", "السوق السوداء")),
    "supply_chain": (
        ("supply chain",),
        ("سلاسل امداد", "سلسله امداد", "سلاسل توريد", "سلسله توريد"),
    ),
    "quota": (("quota", "share of$"), ("حصه", "حصص")),
    "reserves": (("reserves$",), ("احتياطي", "احتياطيات")),
    "cost_of_living": (
        ("cost of$ living", "living costs"),
        ("غلاء المعيشه", "تكاليف المعيشه", "غلاء معيشه"),
    ),
    "devaluation": (("devalu", "depreciat"), ("تخفيض قيمه", "خفض قيمه")),
    "contribute": (
        ("contribut",),
        ("مساهمه", "ساهم", *_present("ساهم"), "اسهام", "يسهم", "تسهم", "نسهم"),
    ),
    "facilitate": (("facilitat",), ("تسهيل", "يسهل", "تسهل", "نسهل", "سهلت")),
    "strengthen": (
        ("strengthen", "bolster", "boost", "enhanc"),
        ("تعزيز", "يعزز", "تعزز", "نعزز", "عزز", "تقويه"),
    ),
    "estimate": (
        ("estimat", "assess", "apprecia"),
        ("تقدير", "تقديرات", "يقدر", "تقدر", "نقدر", "اقدر$"),
    ),
    # Crossing a line ("crossed all red lines") is تجاوز; a crossing
    # point (معبر, عبور) is apart.
    "exceed": (
        ("exceed", "surpass", "overcom", "cross$", "crossed", "crosses"),
        ("تجاوز", *_present("تجاوز"), "اجتاز", *_present("جتاز")),
    ),
    # --- politics and media (more) ----------------------------------------------------
    "reshuffle": (("reshuffl",), ("تعديل وزاري", "تغيير وزاري")),
    "goodwill": (("goodwill", "good faith", "gesture"), ("حسن نيه", "حسن النيه", "بادره", "بوادر")),
    "affairs": (("affairs$",), ("شوون",)),
    "order": (("ordered", "orders$"), ("اوامر", "امرت$", "يامر")),
    "abstain": (("abstain", "abstention", "refrain"), ("امتناع", "امتنع", *_present("متنع"))),
    "defection": (
        ("defect$", "defected", "defector", "defection"),
        ("انشقاق", "انشق", "ينشق", "منشق"),
    ),
    "round_tour": (("round$", "rounds$", "tour$", "tours$", "toured"), ("جوله", "جولات")),
    "social_post": (("tweet", "posted on$"), ("تغريده", "تغريدات", "غرد", "منشور")),
    "draft": (("draft$", "drafted", "drafting"), ("صياغه", "صاغ$", "يصوغ")),
    "audit": (("audit",), ("تدقيق", "مدقق")),
    # --- society, sport, accidents and more verbs -------------------------------------
    "mockery": (
        ("mock$", "mocked", "mocking", "mockery", "ridicul", "sarcas"),
        ("سخريه", "يسخر", "تسخر", "نسخر", "استهزاء"),
    ),
    "defamation": (("defam", "slander", "libel", "smear"), ("تشهير", "قذف$", "تشويه سمعه")),
    "thirst": (("thirst", "dehydrat"), ("عطش",)),
    "bakery": (("bakery", "bakeries", "baker$", "bakers"), ("مخبز", "مخابز", "افران")),
    "attrition": (("attrition",), ("استنزاف",)),
    "airlift": (("airlift", "air bridge"), ("جسر جوي",)),
    "two_state": (("two$ state solution",), ("حل الدولتين",)),
    "vote_count": (
        ("recount", "vote count", "counting of$ votes"),
        ("فرز$", "فرز الاصوات", "اعاده فرز"),
    ),
    "runoff": (
        ("runoff", "run off$", "second round"),
        ("جوله اعاده", "جوله الاعاده", "جوله ثانيه"),
    ),
    "power_sharing": (("power sharing",), ("تقاسم السلطه",)),
    "technocrat": (("technocrat",), ("تكنوقراط",)),
    "populist": (("populis",), ("شعبوي",)),
    "nationalist": (("nationalis", "nationalism"), ("قومي",)),
    "sharia": (("sharia",), ("الشريعه",)),
    "fatwa": (("fatwa",), ("فتوي", "فتاوي")),
    "cleric": (
        ("cleric", "clergy", "sheikh", "priest", "bishop", "rabbi"),
        ("رجل دين", "رجال دين", "شيخ", "كاهن", "مطران", "حاخام"),
    ),
    "purchasing_power": (("purchasing power",), ("قدره شراييه", "القدره الشراييه")),
    "surplus": (("surplus",), ("فايض", "فوايض")),
    "restructuring": (("restructur",), ("اعاده هيكله", "هيكله")),
    "nationalization": (("nationaliz", "nationalisation"), ("تاميم", "اممت")),
    "container": (("container",), ("حاويه", "حاويات")),
    "refinery": (("refiner",), ("مصفاه", "مصافي", "تكرير")),
    "field": (
        ("field$", "fields$", "oilfield", "oil field", "gas field"),
        ("حقل", "حقول", "ميداني"),
    ),
    "dose": (("dose$", "doses$"), ("جرعه", "جرعات")),
    "incubator": (("incubator",), ("حاضنه", "حاضنات")),
    "solitary": (("solitary confinement",), ("حبس انفرادي", "زنزانه انفراديه")),
    "distort": (
        ("distort", "misrepresent", "misquot"),
        ("تحريف", "تشويه", "يشوه", "تشوه", "محرف", "يحرف"),
    ),
    "context": (("context",), ("سياق", "اجتزاء")),
    "admiration": (("admir",), ("اعجاب", "معجب", "يعجب")),
    "glory": (("glory", "glorious"), ("مجد$", "امجاد")),
    "systematic": (("systematic",), ("ممنهج", "منهجي")),
    "cheap": (("cheap",), ("رخيص",)),
    "free_of_charge": (("free of$ charge", "for$ free$", "free$ of$ cost"), ("مجانا$", "مجاني")),
    "private_sector": (("private sector",), ("قطاع خاص",)),
    "public_sector": (("public sector",), ("قطاع عام",)),
    "sector": (("sector", "strip$"), ("قطاع",)),
    "carry": (
        ("carry$", "carried", "carrying", "carries"),
        ("محمل", "يحمل", "حمل$", "حملوا$", "حملت$"),
    ),
    "exclude": (
        (
            "exclud",
            "exclusion",
            "rule out",
            "ruled out",
            "rules out",
            "ruling out",
            "marginaliz",
            "marginalis",
        ),
        ("استبعاد", "استبعد", *_present("ستبعد"), "اقصاء", "تهميش", "مهمش"),
    ),
    "obey": (("obey", "obedien"), ("طاعه", "اطاعه", "يطيع", "تطيع", "نطيع")),
    "disobedience": (("disobedien", "disobey"), ("عصيان",)),
    "example": (("example", "role model"), ("مثال", "نموذج", "قدوه", "امثله")),
    "signal": (("signal",), ("اشاره", "اشارات")),
    "indicator": (
        ("indicator", "indication", "sign of$", "signs of$"),
        ("موشر", "دلاله", "دلالات"),
    ),
    "legacy": (("legacy",), ("ارث$",)),
    "language": (("language",), ("لغه", "لغات")),
    "animal": (("animal",), ("حيوان",)),
    "tree": (("tree$", "trees$"), ("شجر", "اشجار")),
    "olive": (("olive",), ("زيتون",)),
    "cluster_munition": (
        ("cluster munition", "cluster bomb"),
        ("قنابل عنقوديه", "ذخاير عنقوديه", "عنقودي"),
    ),
    "territorial_waters": (("territorial waters",), ("مياه اقليميه",)),
    "avalanche": (("avalanche",), ("انهيار جليدي", "انهيارات جليديه")),
    "ice": (("ice$", "glacier"), ("جليد",)),
    "abort": (("abort",), ("اجهاض", "اجهض", "يجهض", "تجهض")),
    "team": (("team$", "teams$"), ("فريق",)),
    "player": (("player",), ("لاعب",)),
    "match_game": (("match$", "matches$"), ("مباراه", "مباريات")),
    "championship": (("championship", "tournament", "world cup"), ("بطوله", "بطولات", "كاس$")),
    "medal": (("medal",), ("ميداليه", "ميداليات")),
    "fans": (("fans$",), ("مشجعين", "مشجعون", "جماهير", "جمهور")),
    "chips": (("semiconductor", "microchip", "chips$"), ("رقايق", "اشباه موصلات")),
    "battery": (("battery", "batteries"), ("بطاريه", "بطاريات")),
    "agency": (("agency", "agencies"), ("وكاله", "وكالات")),
    "decentralization": (("decentrali",), ("لامركزيه",)),
    "door": (("door$", "doors$"), ("باب$", "ابواب")),
    "page": (("page$", "pages$"), ("صفحه", "صفحات")),
    "daily": (("daily",), ("يومي",)),
    "weekly": (("weekly",), ("اسبوعي",)),
    "monthly": (("monthly",), ("شهري",)),
    "annual": (("annual", "yearly"), ("سنوي",)),
    "night": (("night", "overnight"), ("ليل", "ليله", "ليال")),
    "stampede": (("stampede", "crush$"), ("التدافع$",)),
    "short_circuit": (("short circuit",), ("ماس كهربايي", "تماس كهربايي")),
    "overcrowding": (("overload", "overcrowd"), ("اكتظاظ", "مكتظ", "حموله زايده")),
    "distance_oneself": (("distanc",), ("الناي بالنفس", "ناي بالنفس", "يناي", "تناي", "نناي")),
    "overturn": (
        ("overturn", "capsiz", "flipped over", "rolled over"),
        ("انقلب", "انقلبت", *_present("نقلب")),
    ),
    # --- the general vocabulary of quotes (more) ---------------------------------------
    # Words a quote keeps when it is translated or reworded, each written from
    # both languages: the verb, its present forms, the verbal noun, the
    # participles and the broken plurals.
    "take_effect": (
        (
            "take effect",
            "takes effect",
            "took effect",
            "taking effect",
            "taken effect",
            "into force",
            "into effect",
            "take hold",
            "takes hold",
            "took hold",
            "come into force",
            "comes into force",
            "came into force",
            "coming into force",
            "come into effect",
            "comes into effect",
            "came into effect",
            "enter into force",
            "enters into force",
            "entered into force",
            "entry into force",
            "go into effect",
            "goes into effect",
            "went into effect",
        ),
        (
            "حيز التنفيذ",
            "دخل حيز التنفيذ",
            "يدخل حيز التنفيذ",
            "تدخل حيز التنفيذ",
            "دخول حيز التنفيذ",
            # سريان (coming into force), not سري (secret); سرى alone is left
            # to the adjective.
            "سريان",
            "يسري$",
            "تسري$",
            "ساري المفعول",
            "ساريه المفعول",
        ),
    ),
    "aboard": (("aboard", "on board", "onboard"), ("متن$",)),
    # "مسيرتها المهنية" is a career, not a drone (مسيرة).
    "career": (
        ("career", "profession"),
        ("مسيره مهنيه", "مشوار مهني", "مهني$", "مهنيه$", "مهنه$"),
    ),
    "heavy": (
        ("heavy$", "heavier", "heaviest", "heavily", "hefty", "exorbitant", "steep$", "torrential"),
        ("باهظ", "فادح", "ثقيل", "غزير", "كثيف", "كثافه"),
    ),
    "big": (
        (
            "big$",
            "bigger",
            "biggest",
            "large$",
            "larger",
            "largest",
            "huge",
            "massive",
            "enormous",
            "vast$",
            "major$",
            "great$",
            "greater",
            "greatest",
            "tremendous",
            "immense",
            "greatly",
            "significantly",
            "considerabl",
            "substantial",
        ),
        ("كبير", "اكبر$", "ضخم", "هايل$", "هايله$", "عظيم$", "عظيمه$"),
    ),
    "small": (
        ("small$", "smaller", "smallest", "tiny", "minor$", "slight$", "slightly"),
        ("صغير", "اصغر$", "ضييل", "طفيف"),
    ),
    "deep": (
        ("deep$", "deeper", "deepest", "deeply", "depth", "deepen"),
        ("عميق", "عمق$", "اعماق", "تعميق"),
    ),
    "long": (
        ("long$", "longer$", "longest", "lengthy", "protracted", "long term", "long run"),
        ("طويل", "اطول$", "مطول", "طويل الامد", "المدي الطويل", "المدي البعيد", "بعيد المدي"),
    ),
    "double": (
        ("double$", "doubled", "doubling", "twofold"),
        ("مضاعف", "تضاعف", *_present("تضاعف"), "ضاعف$", "ضاعفت", "يضاعف", "نضاعف", "ضعفي$"),
    ),
    "later": (
        ("later$", "subsequently", "at a later date"),
        ("لاحقا$", "لاحق$", "لاحقه$", "فيما بعد"),
    ),
    "feel": (
        ("feel$", "feels$", "felt$", "feeling"),
        ("شعر$", "شعرت", "شعرنا", "شعروا$", *_present("شعر"), "اشعر$", "شعور", "مشاعر"),
    ),
    "hear": (
        ("hear$", "hears$", "heard$", "listen"),
        ("سمع$", "سمعت", "سمعنا", "سمعوا$", *_present("سمع"), "استمع", *_present("ستمع"), "استماع"),
    ),
    # سمعة (a reputation) is not سمع (heard).
    "reputation": (("reputation",), ("سمعه$",)),
    "dream": (("dream",), ("حلم$", "احلام", "يحلم", "نحلم", "تحلم", "احلم$")),
    "nightmare": (("nightmare",), ("كابوس", "كوابيس")),
    "miracle": (("miracl", "miracul"), ("معجزه", "معجزات", "اعجوبه")),
    "luck": (
        ("lucky", "luckily", "luck$", "fortunate$", "fortunately"),
        ("محظوظ", "لحسن الحظ"),
    ),
    "heart": (
        ("heart$", "hearts$", "heart attack"),
        ("قلب$", "قلوب", "قلبي", "نوبه قلبيه"),
    ),
    "struggle": (
        ("struggl",),
        ("نضال", "كفاح", "يناضل", "نناضل", "تناضل", "يكافح", "نكافح", "تكافح"),
    ),
    "intransigence": (("intransigen", "stubborn", "obstina"), ("تعنت", "متعنت", "عناد")),
    "decisive": (("decisive", "firmly"), ("حاسم", "حازمه$", "حازما$", "بحزم$")),
    "prefer": (("prefer", "favourite", "favorite"), ("مفضل", "يفضل", "نفضل", "تفضيل")),
    "follow_up": (
        ("follow up", "followed up", "following up", "follows up"),
        ("متابعه", *_present("تابع")),
    ),
    "abandon": (
        ("abandon", "give up", "gave up", "giving up", "gives up", "forsake", "forsook"),
        ("تخلي", *_present("تخلي"), "تخلت", "تخلوا"),
    ),
    # Not عقود: as often decades as contracts.
    "contract": (("contract",), ("تعاقد", "متعاقد", "مقاول")),
    # Customs duties apart from trade: "impose tariffs" is not "trade grew".
    "tariff": (
        ("tariff", "customs", "import duties", "import duty"),
        ("رسوم جمركيه", "تعريفه جمركيه", "تعريفات جمركيه", "تعريفات", "جمركي", "جمارك"),
    ),
    "blacklist": (
        ("blacklist", "black list", "terror list"),
        ("قايمه سوداء", "القايمه السوداء", "قوايم سوداء", "قايمه الارهاب"),
    ),
    "station": (("station$", "stations$"), ("محطه", "محطات")),
    "protocol": (("protocol",), ("بروتوكول",)),
    "aground": (("aground",), ("جنوح", "جنح$", "جنحت$", "جانح")),
    "marathon": (("marathon",), ("ماراثون", "مارثون")),
    "rope": (("rope$", "ropes$"), ("حبل$", "حبال")),
    "coast_guard": (("coast guard", "coastguard"), ("خفر السواحل", "خفر سواحل")),
    "bitter": (("bitter",), ("مرير", "مراره")),
    "human_shield": (("human shield",), ("دروع بشريه", "درع بشري")),
    "airdrop": (
        ("airdrop", "air drop", "parachut"),
        ("انزال جوي", "انزالات جويه", "اسقاط جوي", "مظلات"),
    ),
    "publicly": (("publicly", "openly", "in public"), ("علنا$", "علني", "علانيه")),
    "next": (("next$", "upcoming", "forthcoming"), ("مقبل", "قادم")),
    "approach": (
        ("approach", "nearing"),
        ("اقترب", *_present("قترب"), "اقتراب"),
    ),
    "contain": (("contain", "containment"), ("احتواء", "احتوي$", "يحتوي", "تحتوي", "نحتوي")),
    "extinguish": (("extinguish", "put out$"), ("اخماد", "اخمد", "يخمد", "تخمد", "نخمد")),
    "confusion": (("confus",), ("ارتباك", "مرتبك", "التباس")),
}

# Names: countries, capitals, peoples and organisations. Two quotes that share
# only names are on one topic, not one point (see :data:`NAME_CONCEPTS`).
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "syria": (("syria", "damascus", "assad"), ("سوري", "سوريا", "دمشق", "اسد")),
    "turkey": (
        ("turk", "ankara", "erdogan"),
        ("تركيا", "تركيه", "تركي$", "تركيين", "اتراك", "انقر", "اردوغان"),
    ),
    "russia": (("russia", "moscow", "kremlin", "putin"), ("روس", "موسكو", "كرملين", "بوتين")),
    "united_states": (
        ("united states", "america", "u$ s$", "usa$", "washington", "white house", "pentagon"),
        ("ولايات متحده", "امريك", "اميرك", "واشنطن", "بيت ابيض", "بنتاغون", "بنتاجون"),
    ),
    "ukraine": (("ukrain", "kyiv", "kiev", "zelensk"), ("اوكران", "كييف", "زيلينسك")),
    "egypt": (("egypt", "cairo"), ("مصر$", "مصري", "قاهره")),
    "morocco": (("morocc", "rabat"), ("مغرب", "رباط")),
    "algeria": (("alger",), ("جزاير",)),
    "tunisia": (("tunis",), ("تونس",)),
    "libya": (
        ("libya", "tripoli", "benghazi"),
        ("ليبيا", "ليبي$", "ليبيه", "ليبيين", "طرابلس", "بنغازي"),
    ),
    "sudan": (("sudan", "khartoum", "darfur"), ("سودان", "خرطوم", "دارفور")),
    "yemen": (("yemen", "sanaa", "aden$"), ("يمن$", "يمني", "صنعاء", "عدن$")),
    "houthi": (("houthi", "ansar allah"), ("حوثي", "انصار الله")),
    "saudi_arabia": (("saudi", "riyadh"), ("سعودي", "رياض$")),
    "iran": (("iran", "tehran", "persian"), ("ايران", "طهران")),
    "iraq": (("iraq", "baghdad"), ("عراق", "بغداد")),
    "israel": (("israel", "tel aviv", "netanyahu"), ("اسراييل", "اسرايلي", "تل ابيب", "نتنياهو")),
    "palestine": (
        ("palestin", "gaza", "west bank", "ramallah"),
        ("فلسطين", "غزه", "ضفه غربيه", "رام الله"),
    ),
    "hamas": (
        ("hamas",),
        (
            "حماس$",
            "حركه حماس",
        ),
    ),
    "hezbollah": (("hezbollah", "hizbollah", "hizbullah"), ("حزب الله",)),
    "lebanon": (("leban", "beirut"), ("لبنان", "لبناني", "بيروت")),
    "jordan": (("jordan",), ("اردن",)),
    "qatar": (("qatar", "doha"), ("قطر$", "قطري", "دوحه")),
    "uae": (("emirat", "uae$", "abu dhabi", "dubai"), ("امارات", "ابوظبي", "ابو ظبي", "دبي$")),
    "kuwait": (("kuwait",), ("كويت",)),
    "bahrain": (("bahrain",), ("بحرين",)),
    "oman": (("oman$", "omani", "muscat"), ("سلطنه عمان", "عماني", "مسقط")),
    "afghanistan": (("afghan", "kabul"), ("افغان", "كابول")),
    "taliban": (("taliban",), ("طالبان",)),
    "pakistan": (("pakistan", "islamabad"), ("باكستان", "اسلام اباد")),
    "india": (("india$", "indian", "new delhi"), ("هند$", "هندي")),
    "china": (("china", "chinese", "beijing"), ("صين$", "صيني", "بكين")),
    "japan": (("japan", "tokyo"), ("يابان", "طوكيو")),
    "korea": (("korea", "pyongyang", "seoul"), ("كوري", "بيونغ يانغ", "سول$")),
    "europe": (
        ("europ", "eu$", "brussels"),
        ("اوروب", "اوربي", "اتحاد اوروبي", "بروكسل"),
    ),
    "britain": (
        ("britain", "british", "uk$", "london", "united kingdom"),
        ("بريطان", "لندن", "مملكه متحده"),
    ),
    "france": (("france", "french", "paris$"), ("فرنس", "باريس")),
    "germany": (("german$", "germans", "germany", "berlin"), ("المانيا", "الماني", "برلين")),
    "italy": (("italy", "italian", "rome$"), ("ايطالي", "روما")),
    "spain": (("spain", "spanish", "madrid"), ("اسبان", "مدريد")),
    "kyrgyzstan": (("kyrgyz", "bishkek"), ("قرغيز", "قيرغيز", "بيشكيك")),
    "tajikistan": (("tajik", "dushanbe"), ("طاجيك", "دوشنبه")),
    "kazakhstan": (("kazakh", "astana", "almaty"), ("كازاخ", "استانا")),
    "uzbekistan": (("uzbek", "tashkent"), ("اوزبك", "طشقند")),
    "armenia": (("armenia", "yerevan"), ("ارميني", "يريفان")),
    "azerbaijan": (("azerbaijan", "azeri", "baku"), ("اذربيجان", "باكو")),
    "ethiopia": (("ethiopia", "addis ababa"), ("اثيوبي", "اديس ابابا")),
    "somalia": (("somali", "mogadishu"), ("صومال", "مقديشو")),
    "kurds": (("kurd",), ("كردي", "كردستان", "اكراد")),
    "arab": (("arab$", "arabs", "arabic"), ("عرب", "عربي")),
    "arab_league": (("arab league",), ("جامعه عربيه", "جامعه الدول العربيه")),
    "gulf": (("gulf",), ("خليج",)),
    "middle_east": (("middle east", "mideast"), ("شرق اوسط",)),
    "africa": (("africa",), ("افريقي", "افريقيا")),
    "asia": (("asia",), ("اسيا", "اسيوي")),
    "west": (("western", "the west"), ("غربي", "غرب$")),
    "un": (
        (
            "united nations",
            "un$",
            "u$ n$",
            "security council",
            "unhcr",
            "unicef",
            "unrwa",
            "guterres",
            "general assembly",
        ),
        ("امم متحده", "اممي", "مجلس امن", "اونروا", "يونيسف", "غوتيريش", "جمعيه عامه"),
    ),
    "nato": (("nato", "north atlantic"), ("ناتو", "حلف شمال اطلسي", "اطلسي")),
    "isis": (("isis", "isil", "daesh", "islamic state"), ("داعش", "دوله اسلاميه", "تنظيم الدوله")),
    "iaea": (
        ("iaea$", "atomic energy agency"),
        ("وكاله الدوليه للطاقه الذريه", "وكاله الطاقه الذريه"),
    ),
    "imf": (("imf$", "international monetary fund"), ("صندوق النقد الدولي", "صندوق النقد")),
    "world_bank": (("world bank",), ("البنك الدولي",)),
    "red_cross": (("red cross", "icrc$", "red crescent"), ("الصليب الاحمر", "الهلال الاحمر")),
    "african_union": (("african union",), ("الاتحاد الافريقي", "الاتحاد الافريقي")),
    "al_qaeda": (("qaeda", "qaida"), ("تنظيم القاعده",)),
    "icc": (
        ("icc$", "international criminal court"),
        ("المحكمه الجناييه الدوليه", "الجناييه الدوليه"),
    ),
    "who": (
        ("world health organization", "world health organisation"),
        ("منظمه الصحه العالميه",),
    ),
    "hrw": (("human rights watch", "hrw$"), ("هيومن رايتس ووتش",)),
    "jerusalem": (("jerusalem", "al aqsa", "aqsa$"), ("القدس", "المسجد الاقصي")),
    "wagner": (("wagner",), ("فاغنر", "فاجنر")),
    "brics": (("brics",), ("بريكس",)),
    "g7": (("g7$", "group of seven"), ("مجموعه السبع", "مجموعه الدول السبع")),
    "g20": (("g20$", "group of 20"), ("مجموعه العشرين",)),
}

# concept -> (English stems, Arabic stems), stems already folded.
LEXICON: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {**_WORDS, **NAMES}
NAME_CONCEPTS: frozenset[str] = frozenset(NAMES)

# Words and phrases that start like a lexicon stem but mean something else;
# they are matched like stems (the longest wins) and count as no concept:
# "according" is not "accord", "عن طريق" is "by way of" (not a road), "بسبب"
# is "because of" (not a cause), "من اجل" is "for" (not a delay).
NOT_CONCEPTS: tuple[str, ...] = (
    "للغايه$",  # "very", not غاية (a goal)
    "لجانب$",  # "للجانب" (to the side), not لجان (committees)
    "according",
    "accordingly",
    "respectiv",
    "opposite",
    "postal",
    "posture",
    "bored",
    "boredom",
    "shipshape",
    "crimea",
    "علي الاطلاق",
    "اطلاقا$",
    "اعتبارا من",
    "تقنين",
    "عن طريق",
    "من اجل",
    "لاجل",
    "بناء علي",
    "بسبب$",
    "بداخل",
    "عاده$",
    "اسفل",
    "نقلا$",
    "شكري$",
    # The number two and its duals, not a concept: الاثنين (Monday) is not
    # اثني (ethnic), يومين (two days) not يومي (daily), شهرين not شهري.
    "اثنين$",
    "اثنان$",
    "اثنتين$",
    "اثنتان$",
    "يومين$",
    "شهرين$",
    "اسبوعين$",
    "بحلول$",  # "by" a date, not حلول (solutions)
    "دقيقه$",  # a minute, not دقيق (accurate)
    "دقايق$",
    "دقيقتين$",
    "مجددا$",  # "again", as the English is no concept
    "سييون$",  # Seiyun (a town), not سيئ (bad)
    "اخطار",  # dangers or a notice, not اخطا (made a mistake)
    "نصر الله",  # a name, not نصر (victory)
    # Who a quote was told to is no point of it.
    "told reporters",
    "tells reporters",
    "telling reporters",
    "told journalists",
    "told the press",
    "للصحفيين$",
    "للصحافيين$",
    "للصحافه$",
    # "in case" is "if": a case (قضية) is a matter.
    "in case",
    "in any case",
    "in this case",
    "in that case",
    # Conjunctions, not length.
    "as long as",
    "no longer",
)

# Concepts one outlet's quote swaps for another's when it reports the same
# words: an attack, a bombing and a blast are one incident ("the bombing had
# crossed every red line" / "الهجوم تجاوز كل الخطوط الحمراء"), and a strike's
# targets are its goals (أهداف is both). Kept apart in the lexicon, where a
# casualty's or an event's kind tells them apart; merged by
# :func:`quote_concepts` for comparing quotes.
KIN: dict[str, str] = {"bombing": "attack", "explosion": "attack", "goal": "target"}

# Concepts that deny another one without a negation word: the quote
# "sanctions stay in place" says "sanctions are not lifted", "she is still
# at large" that "she was not arrested", "the alarm was out of order" that
# "the alarm was not working". concept -> (the concept it denies, how the
# explanation says so). Both languages' words are in the lexicon entries;
# English "without X" is no entry here, since the extractor already reads
# "without" as a negation (Arabic "دون" it does not).
OPPOSITES: dict[str, tuple[str, str]] = {
    "in_force": ("lift", "kept in place, i.e. not lifted"),
    "at_large": ("arrest", "still at large, i.e. not arrested"),
    "malfunction": ("work", "out of order, i.e. not working"),
    "unwarned": ("threat", "caught unwarned, i.e. not warned"),
    "deadlock": ("agree", "no deal reached, i.e. not agreed"),
    "innocent": ("guilt", "innocent, i.e. not guilty"),
    "unhappy": ("joy", "unhappy, i.e. not pleased"),
}


def polar_axes(found: frozenset[str]) -> dict[str, str]:
    """The concepts of a quote that OPPOSITES pairs: axis -> the concept
    that names it (the axis itself, or its opposite).

    A quote naming both sides ("fled, and was arrested a day later") says
    nothing one way: the axis is left out.

    >>> polar_axes(frozenset({"punishment", "in_force"}))
    {'lift': 'in_force'}
    >>> polar_axes(frozenset({"arrest", "at_large"}))
    {}
    """
    axes: dict[str, str] = {}
    both: set[str] = set()
    for concept in sorted(found):
        axis = OPPOSITES[concept][0] if concept in OPPOSITES else concept
        if axis not in _AXES:
            continue
        if axis in axes:
            both.add(axis)
        axes[axis] = concept
    return {axis: concept for axis, concept in axes.items() if axis not in both}


_AXES = frozenset(axis for axis, _ in OPPOSITES.values())

# Concepts that together imply another: signing documents is signing an
# agreement ("no documents were signed" / "no agreement was signed").
IMPLIED: tuple[tuple[frozenset[str], str], ...] = ((frozenset({"sign", "document"}), "agree"),)

_AR_CONJUNCTIONS = ("و", "ف")
_AR_PROCLITICS = ("بال", "كال", "لل", "ال", "ب", "ل")
_AR_IMPERFECT = ("ي", "ت", "ن", "ا")
_AR_SUFFIXES = ("هما", "كم", "هم", "ها", "نا", "ات", "ون", "ين", "ان", "ه", "ي")
_AR_PRONOUNS = ("هما", "كم", "هم", "ها", "نا", "ه", "ي")


def _arabic_forms(word: str) -> list[str]:
    """The forms of an Arabic word a stem may start (or, marked ``$``, be).

    >>> _arabic_forms("وسنعمل")
    ['وسنعمل', 'سنعمل', 'نعمل']
    >>> "جيش" in _arabic_forms("وللجيش")
    True
    """
    bases = [word]
    if word[:1] in _AR_CONJUNCTIONS and len(word) > 3:
        bases.append(word[1:])
    forms = list(bases)
    for base in bases:
        for p in _AR_PROCLITICS:
            # The article may leave two letters (السد, الحق); ب and ل alone
            # three, or برد (cold) would read as رد (reply).
            if base.startswith(p) and len(base) - len(p) >= (2 if len(p) > 1 else 3):
                forms.append(base[len(p) :])
    # The future س before a present-tense prefix: سيبدا, ستفتح, سنعمل, سافعل.
    forms += [f[1:] for f in list(forms) if f[:1] == "س" and f[1:2] in _AR_IMPERFECT and len(f) > 3]
    # One suffix, for the whole-word ($) stems (بيتها -> بيت). Before a
    # pronoun a ta marbuta is written ت and a final hamza ئ or ؤ, so سيادتنا
    # is also read as سياده and لقائه as لقاء.
    for form in list(forms):
        for s in _AR_SUFFIXES:
            if form.endswith(s) and len(form) - len(s) >= 2:
                stem = form[: -len(s)]
                forms.append(stem)
                if s in _AR_PRONOUNS and stem.endswith("ت") and len(stem) >= 3:
                    forms.append(stem[:-1] + "ه")
                if s in _AR_PRONOUNS and stem.endswith(("اي", "او")):
                    forms.append(stem[:-1] + "ء")  # لقائه, لقاؤه -> لقاء
                break
    return list(dict.fromkeys(forms))


# A stem word: its folded text and whether it must be the whole form.
_Word = tuple[str, bool]


def _parse(stem: str) -> tuple[_Word, ...]:
    return tuple((fold(w.rstrip(EXACT)), w.endswith(EXACT)) for w in stem.split())


class _Index:
    """The lexicon compiled for lookup: single-word stems by text, phrases apart."""

    def __init__(self) -> None:
        entries: list[tuple[tuple[_Word, ...], str | None]] = []
        for concept, (en, ar) in LEXICON.items():
            entries += [(_parse(stem), concept) for stem in (*en, *ar)]
        entries += [(_parse(stem), None) for stem in NOT_CONCEPTS]
        # Longest first; among equals, lexicon order (a stable sort).
        entries.sort(key=lambda e: -sum(len(w) for w, _ in e[0]))
        self.prefix: dict[str, tuple[int, str | None]] = {}
        self.exact: dict[str, tuple[int, str | None]] = {}
        self.phrases: list[tuple[tuple[_Word, ...], str | None]] = []
        for rank, (words, owner) in enumerate(entries):
            if len(words) > 1:
                self.phrases.append((words, owner))
                continue
            text, exact = words[0]
            table = self.exact if exact else self.prefix
            table.setdefault(text, (rank, owner))
        # A phrase of more words first: "وقف اطلاق النار" before "اطلاق النار".
        self.phrases.sort(key=lambda p: -len(p[0]))
        # Phrases by their first word, so a text is only tried on the phrases
        # one of its words can start (an index into self.phrases).
        self.first_prefix: dict[str, list[int]] = {}
        self.first_exact: dict[str, list[int]] = {}
        for number, (words, _) in enumerate(self.phrases):
            text, exact = words[0]
            (self.first_exact if exact else self.first_prefix).setdefault(text, []).append(number)

    def word(self, forms: list[str]) -> tuple[int, str | None] | None:
        """The best (longest) stem any of a word's forms matches, if any."""
        best: tuple[int, str | None] | None = None
        for form in forms:
            hit = self.exact.get(form)
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
            for end in range(len(form), 0, -1):
                hit = self.prefix.get(form[:end])
                if hit is not None:
                    if best is None or hit[0] < best[0]:
                        best = hit
                    break  # shorter prefixes of this form rank lower
        return best

    def phrases_from(self, forms: list[str]) -> set[int]:
        """The phrases whose first word one of a word's forms matches."""
        found: set[int] = set()
        for form in forms:
            found.update(self.first_exact.get(form, ()))
            for end in range(len(form), 0, -1):
                found.update(self.first_prefix.get(form[:end], ()))
        return found


def _matches(forms: list[str], word: _Word) -> bool:
    text, exact = word
    return text in forms if exact else any(f.startswith(text) for f in forms)


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


@lru_cache(maxsize=65536)
def concepts(text: str) -> frozenset[str]:
    """The concept keys a text mentions.

    >>> sorted(concepts("the loss of life was a tragedy"))
    ['life', 'loss', 'tragedy']
    >>> sorted(concepts("الخسارة في الأرواح مأساة دائما"))
    ['life', 'loss', 'tragedy']
    >>> sorted(concepts("The investigation will begin")), sorted(concepts("التحقيق سيبدأ"))
    (['begin', 'investigation'], ['begin', 'investigation'])
    """
    index = _index()
    words = fold(text).split()
    forms = [_arabic_forms(w) if not w.isascii() else [w] for w in words]
    taken = [False] * len(words)
    found: set[str] = set()
    # Phrases in their order of precedence, each at its places left to right.
    starts = sorted((number, i) for i, f in enumerate(forms) for number in index.phrases_from(f))
    for number, i in starts:
        phrase, concept = index.phrases[number]
        n = len(phrase)
        if i + n > len(words) or any(taken[i : i + n]):
            continue
        if all(_matches(forms[i + j], phrase[j]) for j in range(1, n)):
            taken[i : i + n] = [True] * n
            if concept is not None:
                found.add(concept)
    for i, word_forms in enumerate(forms):
        if not taken[i]:
            hit = index.word(word_forms)
            if hit is not None and hit[1] is not None:
                found.add(hit[1])
    return frozenset(found)


# Cached as concepts() is: the matcher asks for a quote's concepts in each
# of the tests it runs on a candidate pair.
@lru_cache(maxsize=65536)
def quote_concepts(text: str) -> frozenset[str]:
    """The concepts of a quote, with :data:`KIN` concepts merged.

    >>> quote_concepts("the bomber struck") == quote_concepts("المهاجم")
    True
    """
    found = frozenset(KIN.get(c, c) for c in concepts(text))
    for given, implied in IMPLIED:
        if given <= found:
            found |= {implied}
    return found
