"""Arabic extraction: counts in every written form, duals, titles, reported speech."""

import re
from datetime import datetime

import pytest

from claims.text import ClaimKind, Qualifier, extract

PUB = datetime.fromisoformat("2020-03-05T22:10:00+03:00")


def frames(text, kind=None):
    out = extract(text, language="ar", published_at=PUB)
    for f in out.frames:
        assert text[f.start : f.end] == f.text
    return [f for f in out.frames if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "value", "unit", "predicate"),
    [
        ("أعلنت أنقرة مقتل 33 جنديا تركيا.", 33, "soldier", "killed"),
        ("أعلنت أنقرة مقتل ٣٣ جندياً تركياً.", 33, "soldier", "killed"),
        ("أعلنت أنقرة مقتل ۳۳ جنديا تركيا.", 33, "soldier", "killed"),
        ("أعلنت أنقرة مقتل ثلاثة وثلاثين جنديا تركيا.", 33, "soldier", "killed"),
        ("وقُتِلَ 33 جنديا تركيا في الغارة.", 33, "soldier", "killed"),
        ("وكان 33 جنديا تركيا قد قتلوا بغارة.", 33, "soldier", "killed"),
        ("لقي 33 جنديا تركيا حتفهم.", 33, "soldier", "killed"),
        ("أودت الغارة بحياة 12 مدنيا.", 12, "civilian", "killed"),
        ("ارتفعت حصيلة القتلى إلى 34 قتيلا.", 34, "person", "killed"),
        ("وأصيب 5 جنود آخرون.", 5, "soldier", "wounded"),
        ("ونزح قرابة مليون شخص.", 1_000_000, "person", "displaced"),
        ("ونزوح نحو ٩٥٠ ألف شخص.", 950_000, "person", "displaced"),
    ],
)
def test_casualty_phrasings(text, value, unit, predicate):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert (f.value, f.unit, f.predicate) == (value, unit, predicate)


def test_dual_nouns_count_two():
    (f,) = frames("وشهد يوم الثلاثاء مقتل جنديين تركيين.", ClaimKind.CASUALTY)
    assert (f.value, f.unit, f.subject) == (2, "soldier", "TR")


def test_the_arabic_and_english_claims_normalise_alike():
    (ar,) = frames("مقتل 33 جنديا تركيا في إدلب", ClaimKind.CASUALTY)
    en = extract("33 Turkish soldiers were killed in Idlib", language="en").frames[0]
    assert ar.normalized == en.normalized == "CASUALTY killed soldier[TR] = 33 @Idlib"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("قتل ما لا يقل عن 34 جنديا.", Qualifier.AT_LEAST),
        ("قتل أكثر من 34 جنديا.", Qualifier.AT_LEAST),
        ("قتل نحو 60 جنديا.", Qualifier.APPROXIMATE),
        ("قتل حوالي 60 جنديا.", Qualifier.APPROXIMATE),
        ("قتل قرابة 60 جنديا.", Qualifier.APPROXIMATE),
        # A toll that passed a figure is above it; "لا يتجاوز" stays a ceiling.
        ("وقالت السلطات إن عدد ضحايا الفيضانات تخطى 1200 قتيل.", Qualifier.AT_LEAST),
        ("وأكد المستشفى أن عدد الجرحى لا يتجاوز 15 مصابا.", Qualifier.AT_MOST),
    ],
)
def test_qualifiers_are_not_negations(text, qualifier):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert f.value_qualifier == qualifier
    assert not f.negated


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("واستمر الاجتماع المغلق 3 ساعات و10 دقائق.", 11400),
        ("واستمر الاجتماع المغلق ٣ ساعات و١٠ دقائق.", 11400),
        ("واستمر الاجتماع المغلق ثلاث ساعات وعشر دقائق.", 11400),
        ("واستمر الاجتماع المغلق ساعتين وأربعين دقيقة.", 9600),
        ("واستمرت المحادثات أكثر من خمس ساعات ونصف.", 19800),
    ],
)
def test_durations_with_duals_and_compounds(text, seconds):
    (f,) = frames(text, ClaimKind.DURATION)
    assert f.value == seconds


def test_duration_subjects():
    text = (
        "عقد الرئيسان اجتماعا مغلقا استمر 3 ساعات و10 دقائق، قبل أن ينضم إليهما الوفدان، "
        "لتصل مدة المحادثات الإجمالية إلى 5 ساعات و40 دقيقة."
    )
    fs = frames(text, ClaimKind.DURATION)
    assert [(f.value, f.subject) for f in fs] == [
        (11400, "meeting:one_on_one"),
        (20400, "talks:total"),
    ]


def test_relative_times_against_the_publication_date():
    (f,) = frames("وقف لإطلاق النار في إدلب يبدأ سريانه منتصف الليل.", ClaimKind.EVENT)
    assert f.time == datetime.fromisoformat("2020-03-06T00:00:00+03:00")
    (g,) = frames("على أن تبدأ دوريات مشتركة فجر الجمعة.", ClaimKind.EVENT)
    assert (g.time.isoformat(), g.time_precision) == ("2020-03-06T05:00:00+03:00", "dawn")


def test_dual_month_names():
    (f,) = frames("على أن تبدأ دوريات مشتركة في 5 مارس/ آذار 2020.", ClaimKind.EVENT)
    assert f.time.date().isoformat() == "2020-03-05"
    (g,) = frames("غارة جوية يوم السابع والعشرين من شباط/فبراير.", ClaimKind.EVENT)
    assert g.time.date().isoformat() == "2020-02-27"


def test_verb_first_reported_speech_with_a_title():
    (f,) = frames(
        "وقال الرئيس الروسي إن القوات السورية لم تكن تعلم بمواقع الجنود.", ClaimKind.STATEMENT
    )
    assert f.speaker == "Vladimir Putin"
    assert f.negated


def test_subject_first_and_dropped_subjects_follow_the_speaker():
    text = "بوتين من جهته قال إن الخسائر مأساة. وأضاف أن الجيش السوري تكبد خسائر فادحة."
    fs = frames(text, ClaimKind.STATEMENT)
    assert [(f.text, f.speaker) for f in fs] == [
        ("الخسائر مأساة", "Vladimir Putin"),
        ("الجيش السوري تكبد خسائر فادحة", "Vladimir Putin"),
    ]


def test_names_across_spellings():
    (f,) = frames("وقال ارد وغان إن الحكومة السورية تتحمل المسؤولية.", ClaimKind.STATEMENT)
    assert f.speaker == "Recep Tayyip Erdogan"


def test_guillemet_quotes_and_coordinated_clauses():
    text = "قال أردوغان إن التعاون بلغ مستوى غير مسبوق، وأن العلاقات «في ذروتها»."
    fs = frames(text, ClaimKind.STATEMENT)
    assert [f.text for f in fs] == ["التعاون بلغ مستوى غير مسبوق", "العلاقات «في ذروتها»"]
    assert not any(f.negated for f in fs)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 12 مدنيا في أريحا، بحسب المرصد السوري لحقوق الإنسان.",
        "وبحسب المرصد السوري، قتل 12 مدنيا في أريحا.",
    ],
)
def test_bihasab_attributes_the_clause_and_its_counts(text):
    fs = frames(text)
    assert {f.kind for f in fs} == {ClaimKind.CASUALTY, ClaimKind.STATEMENT}
    assert {f.speaker for f in fs} == {"Syrian Observatory for Human Rights"}


# -- families added while generalising beyond the seed set -------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وأحصت السلطات 214 منزلا مدمرا في البلدة.", 214),
        ("وصلت قافلة من 85 حافلة إلى المدينة.", 85),
        ("وأفرج الطرفان عن أكثر من 600 محتجز.", 600),
        ("وتضم اللجنة ٤٥ عضوا.", 45),
        ("وتنتشر قوة قوامها نحو ألفي جندي على الحدود.", 2000),
    ],
)
def test_counted_nouns_without_a_listed_unit_are_quantities(text, value):
    f = frames(text, ClaimKind.QUANTITY)[0]
    assert f.value == value


def test_prisoners_in_an_exchange_are_no_casualty():
    assert frames("وشمل التبادل 40 أسيرا.", ClaimKind.CASUALTY) == []


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("وأكد المستشفى أن ٩ عمال أصيبوا في الانهيار فارقوا الحياة لاحقا.", "killed"),
        ("ولا يزال ٣٠ شخصا آخرين يتلقون العلاج.", "wounded"),
    ],
)
def test_later_deaths_and_treatment(text, predicate):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert f.predicate == predicate


def test_each_count_keeps_its_own_predicate():
    out = frames("وقال الدفاع المدني إن ١٢ مدنيا لقوا حتفهم وأصيب ٣٠ آخرون.", ClaimKind.CASUALTY)
    assert [(f.value, f.predicate) for f in out] == [(12, "killed"), (30, "wounded")]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("وانتهت المواجهات بعد ثمانية أيام من القتال.", 8 * 86400),
        ("واستغرقت المشاورات نحو ساعتين.", 7200),
        ("ودام الاجتماع قرابة ساعة.", 3600),
        ("واستمرت الاحتجاجات ثلاثة أسابيع.", 3 * 604800),
        ("وعقد الوزيران لقاء على انفراد استمر ساعتين.", 7200),
    ],
)
def test_arabic_lengths(text, seconds):
    (f,) = frames(text, ClaimKind.DURATION)
    assert f.value == seconds


def test_the_clock_hour_in_words_is_no_duration_but_a_time():
    text = "ودخلت الهدنة حيز التنفيذ في الساعة الثالثة من فجر اليوم."
    assert frames(text, ClaimKind.DURATION) == []
    (ev,) = frames(text, ClaimKind.EVENT)
    assert ev.time == datetime.fromisoformat("2020-03-05T03:00:00+03:00")


def test_a_named_zone_sets_the_offset():
    (ev,) = frames("ويبدأ وقف إطلاق النار عند الساعة 20:00 بتوقيت غرينتش.", ClaimKind.EVENT)
    assert ev.time is not None and ev.time.utcoffset().total_seconds() == 0


def test_the_night_between_two_days_ends_on_the_second():
    (ev,) = frames("ودخلت التهدئة حيز التنفيذ عند منتصف ليل الأربعاء/الخميس.", ClaimKind.EVENT)
    assert ev.time == datetime.fromisoformat("2020-03-05T00:00:00+03:00")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("واتفق الجانبان على تبادل الأسرى.", "agreement"),
        ("وتوصل الطرفان بعد مفاوضات شاقة في الدوحة إلى اتفاق.", "agreement"),
        ("واستضافت العاصمة القطرية أمس جولة من المحادثات.", "meeting"),
        ("ونص الاتفاق على عودة القوات إلى ثكناتها.", "withdrawal"),
    ],
)
def test_more_arabic_event_phrasings(text, predicate):
    got = [f.predicate for f in frames(text, ClaimKind.EVENT)]
    assert predicate in got


def test_an_intended_zone_is_not_an_event():
    assert frames("وأشار إلى أن أنقرة تعتزم إقامة منطقة عازلة.", ClaimKind.EVENT) == []


def test_feminine_participles_report_speech():
    text = "واعتذرت الخارجية التركية عن الحادث، مؤكدة أنه لم يكن متعمدا."
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == "Turkish Foreign Ministry"
    assert st.negated


def test_a_source_after_a_clause_without_a_comma():
    text = "وتسببت الفيضانات في نزوح آلاف الأسر فيما قتل 40 شخصا بحسب الأمم المتحدة."
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == "United Nations"
    assert st.text.startswith("قتل 40")


def test_a_definite_description_names_the_organisation():
    ents = [{"name": "Civil Defence", "kind": "organization", "aliases": ["هيئة الدفاع المدني"]}]
    text = "وقالت هيئة الدفاع المدني إن 14 شخصا أنقذوا. وأفادت الهيئة بأن 3 أشخاص ما زالوا مفقودين."
    out = extract(text, language="ar", published_at=PUB, entities=ents)
    speakers = {f.speaker for f in out.frames if f.kind == ClaimKind.STATEMENT}
    assert speakers == {"Civil Defence"}


def test_an_incident_beats_a_rising_toll_verb():
    (f,) = frames("ارتفعت حصيلة القتلى في الغارة على القرية إلى 19 قتيلا.", ClaimKind.CASUALTY)
    assert f.scope == "incident"
    (g,) = frames("ارتفعت حصيلة القتلى منذ بدء المعارك إلى 300 قتيل.", ClaimKind.CASUALTY)
    assert g.scope == "cumulative"


def test_an_hour_word_before_a_part_of_day_is_a_clock_time():
    (ev,) = frames("ودخلت الهدنة حيز التنفيذ في الثامنة مساء.", ClaimKind.EVENT)
    assert ev.time is not None and ev.time.hour == 20


def test_an_incursion_is_an_offensive_and_nouns_in_sin_are_no_future():
    (ev,) = frames("وتوغلت القوات الحكومية في البلدة يوم الاثنين.", ClaimKind.EVENT)
    assert ev.predicate == "offensive"
    # Published on a Thursday: a past Monday, not the next one.
    assert ev.time == datetime.fromisoformat("2020-03-02T00:00:00+03:00")
    # Taking a town is its outcome, not an event of its own (as every gold
    # set annotates it).
    assert not frames("واستعادت القوات الحكومية السيطرة على البلدة.", ClaimKind.EVENT)


def test_a_time_inside_a_long_trigger_dates_the_event():
    (ev,) = frames("وعقد الوفدان في الدوحة أمس اجتماعا مطولا.", ClaimKind.EVENT)
    assert ev.predicate == "meeting"
    assert ev.time is not None and ev.time.date().isoformat() == "2020-03-04"


def test_the_teen_of_an_ordinal_is_no_number():
    text = "تأسست المدينة في القرن الثاني عشر وتضم 3 جامعات."
    assert [f.value for f in frames(text, ClaimKind.QUANTITY)] == [3]


def test_in_addition_to_is_no_reporting_verb():
    text = "وأعلنت وزارة الدفاع الروسية أن 30 جنديا قتلوا، إضافة إلى 50 جريحا."
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.text.endswith("50 جريحا")


def test_a_rising_toll_verb_ties_a_far_predicate_to_its_number():
    text = "بلغ عدد المدنيين الذين قتلوا في المدينة خلال شهر آذار 120 مدنيا."
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert (f.value, f.predicate) == (120, "killed")


def test_the_predicate_after_an_inclusion_in_arabic():
    text = "وكان 40 مدنيا، بينهم 9 أطفال، قد قتلوا في القصف."
    got = [(f.value, f.predicate) for f in frames(text, ClaimKind.CASUALTY)]
    assert (40, "killed") in got


@pytest.mark.parametrize(
    ("en", "ar", "unit"),
    [
        ("Aid agencies said 130 lorries crossed.", "عبرت 130 شاحنة الحدود.", "vehicle"),
        ("The quake damaged 76 buildings.", "ألحق الزلزال أضرارا بـ76 مبنى.", "building"),
        (
            "The army sent 90 armoured personnel carriers.",
            "أرسل الجيش 90 ناقلة جند مدرعة.",
            "vehicle",
        ),
        # A rate is its own unit in both languages.
        ("The field pumps 500,000 barrels a day.", "ينتج الحقل 500 ألف برميل يوميا.", "barrel/day"),
    ],
)
def test_counted_things_share_a_unit_key_across_languages(en: str, ar: str, unit: str) -> None:
    (english,) = [f for f in extract(en, language="en").frames if f.kind.value == "QUANTITY"]
    (arabic,) = [f for f in extract(ar, language="ar").frames if f.kind.value == "QUANTITY"]
    assert english.unit == arabic.unit == unit
    assert english.value == arabic.value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ستقام منطقة عازلة بعرض 10 إلى 15 كيلومترا.", 10, "km"),
        ("وتقدر الخسائر بما بين أربعة وستة مليارات دولار.", 4e9, "USD"),
    ],
)
def test_a_range_is_one_claim_at_its_lower_bound(text, value, unit):
    (f,) = frames(text, ClaimKind.QUANTITY)
    assert (f.value, f.unit, f.value_qualifier) == (value, unit, Qualifier.AT_LEAST)
    assert f.extra["upper"] == value * 1.5  # the top keeps the scale the second names


@pytest.mark.parametrize(
    ("text", "value", "unit", "predicate", "negated"),
    [
        ("وأصبح نحو 20 ألف شخص بلا مأوى بعد الفيضانات.", 20_000, "person", "displaced", False),
        ("غرق 17 مهاجرا قبالة السواحل.", 17, "migrant", "killed", False),
        ("لم يُقتل 5 جنود في الهجوم.", 5, "soldier", "killed", True),
    ],
)
def test_homeless_drowned_and_real_negation(text, value, unit, predicate, negated):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert (f.value, f.unit, f.predicate, f.negated) == (value, unit, predicate, negated)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("وفرضت السلطات حظر التجول لمدة شهرين.", 2 * 30 * 86400),
        ("وبقيت السفينة محتجزة لمدة خمس سنوات.", 5 * 365 * 86400),
    ],
)
def test_months_and_years_after_a_cue_are_lengths(text, seconds):
    (f,) = frames(text, ClaimKind.DURATION)
    assert f.value == seconds


def test_secretary_general_is_not_a_year():
    assert not frames("وقال الأمين العام إن الوضع خطير.", ClaimKind.DURATION)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("عقد وزيرا الخارجية الروسي والتركي صباح اليوم في أنقرة اجتماعا مطولا.", "meeting"),
        ("ومن المقرر أن تنسحب القوات من البلدة بحلول نهاية الشهر.", "withdrawal"),
        ("وكانت المذكرة قد وُقّعت في الدوحة يوم الثلاثاء.", "agreement"),
    ],
)
def test_event_phrasings(text, predicate):
    assert [f.predicate for f in frames(text, ClaimKind.EVENT)] == [predicate]


def test_a_named_city_clock_uses_that_citys_zone():
    (f,) = frames("وتبدأ الهدنة الساعة 20:00 بتوقيت الخرطوم يوم الجمعة.", ClaimKind.EVENT)
    assert f.time.isoformat() == "2020-03-06T20:00:00+02:00"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("ووصلت إلى الميناء سفينتان محملتان بالقمح.", 2, "ship"),
        ("ودمرت الغارة دبابتين.", 2, "tank"),
        ("وشحنت البلاد ٤٥ ألف طن من الذرة.", 45_000, "tonne"),
        ("ويشارك قرابة ألفي عامل إنقاذ في البحث.", 2_000, "rescue worker"),
    ],
)
def test_dual_things_and_shared_units(text, value, unit):
    (f,) = frames(text, ClaimKind.QUANTITY)
    assert (f.value, f.unit) == (value, unit)


def test_a_share_of_the_count_takes_its_own_predicate():
    text = "ويقطن المدينة نحو مليوني شخص، ثلثهم من النازحين."
    assert not frames(text, ClaimKind.CASUALTY)
    (f,) = frames(text, ClaimKind.QUANTITY)
    assert f.value == 2_000_000


def test_the_dimension_of_a_length_comes_before_it_in_arabic():
    (f,) = frames("وستكون المنطقة بعرض 9 كيلومترات على طول الحدود.", ClaimKind.QUANTITY)
    assert (f.value, f.unit, f.predicate) == (9, "km", "width")


def test_an_office_and_a_denial_in_arabic():
    (st,) = frames("ونفى وزير الداخلية أن تكون الشرطة قد أطلقت النار.", ClaimKind.STATEMENT)
    assert (st.speaker, st.negated) == ("Interior Minister", True)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("وأعلنت الحكومة الحداد خمسة أيام.", 5 * 86400),
        ("وظل الطريق مغلقا طيلة أربعة أيام.", 4 * 86400),
        ("وصدر بحقه حكم بالسجن ١٢ عاما.", 12 * 365 * 86400),
    ],
)
def test_mourning_throughout_and_prison_terms(text, seconds):
    (f,) = frames(text, ClaimKind.DURATION)
    assert f.value == seconds


def test_richter_magnitude_two_hundred_thousand_and_superlatives():
    (m,) = frames("وبلغت قوة الهزة ست درجات على مقياس ريختر.", ClaimKind.QUANTITY)
    assert (m.value, m.unit) == (6, "magnitude")
    (t,) = frames("وتحمل الناقلة مئتي ألف برميل.", ClaimKind.QUANTITY)
    assert t.value == 200_000
    assert not frames("وهي إحدى أكبر المدن في المنطقة.", ClaimKind.QUANTITY)


def test_a_dual_of_things_never_becomes_a_casualty():
    got = frames("استهدف كمين قافلة من شاحنتين وقتل فيه ثلاثة جنود.")
    assert [(f.kind, f.value) for f in got if f.kind is ClaimKind.QUANTITY] == [
        (ClaimKind.QUANTITY, 2)
    ]
    assert all(f.unit != "vehicle" for f in got if f.kind is ClaimKind.CASUALTY)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("واختتمت القمة أعمالها مساء الخميس.", "meeting"),
        ("وعقد الوزيران صباح اليوم جلسة مغلقة.", "meeting"),
        ("وأعلن التحالف أنه سيوقف عملياته العسكرية اعتبارا من الاثنين.", "ceasefire"),
    ],
)
def test_more_event_phrasings(text, predicate):
    assert [f.predicate for f in frames(text, ClaimKind.EVENT)] == [predicate]


def test_a_new_subject_that_names_no_one_does_not_inherit_the_last_speaker():
    text = "قال بوتين إن الوضع خطير. وأوضح شهود أن القصف استمر طوال الليل."
    got = frames(text, ClaimKind.STATEMENT)
    assert [(f.speaker, f.text) for f in got] == [("Vladimir Putin", "الوضع خطير")]


def test_a_later_bare_mention_of_the_truce_is_not_a_new_event():
    text = "دخلت الهدنة حيز التنفيذ فجر الأحد. ونرحب بالهدنة، إضافة إلى استئناف الرحلات التجارية."
    assert len(frames(text, ClaimKind.EVENT)) == 1


def test_the_night_of_one_named_day_ends_that_day():
    # Published on Thursday 5 March: "منتصف ليل الخميس" is that night.
    (f,) = frames("يبدأ سريان الهدنة عند منتصف ليل الخميس.", ClaimKind.EVENT)
    assert f.time.isoformat() == "2020-03-06T00:00:00+03:00"


@pytest.mark.parametrize(
    ("text", "value", "unit", "predicate"),
    [
        ("قُتل شرطيان في الهجوم.", 2, "soldier", "killed"),
        ("ارتفع عدد ضحايا انهيار المنجم إلى ١٨ عاملا.", 18, "worker", "killed"),
    ],
)
def test_police_duals_and_tolls_of_workers(text, value, unit, predicate):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert (f.value, f.unit, f.predicate) == (value, unit, predicate)


def test_a_dual_with_a_half_is_a_length_by_itself():
    (f,) = frames("دام اللقاء المغلق بين الزعيمين ساعتين ونصف.", ClaimKind.DURATION)
    assert (f.value, f.subject) == (2.5 * 3600, "meeting:one_on_one")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("وتعبر القناة نحو 50 سفينة يوميا.", 50, "ship/day"),
        ("وعلى متن السفينة ٢٥ بحارا.", 25, "crew member"),
        ("وبلغت قوة الزلزال 6.8 درجة.", 6.8, "magnitude"),
        ("وسجلت الحرارة 45 درجة مئوية.", 45, "celsius"),
    ],
)
def test_rates_crews_and_degrees(text, value, unit):
    (f,) = frames(text, ClaimKind.QUANTITY)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("وضربت مسيرة مستودعا للوقود قرب الميناء.", "strike"),
        ("وتراجعت القوات عن التقدم نحو المدينة.", "withdrawal"),
        ("وبدأت الوحدات بالانسحاب مساء الأحد.", "withdrawal"),
        ("وكانت جولتان سابقتان قد عُقدتا في جنيف.", "meeting"),
    ],
)
def test_strikes_retreats_and_rounds_held(text, predicate):
    assert predicate in [f.predicate for f in frames(text, ClaimKind.EVENT)]


def test_definite_duals_and_one_of_are_not_counts():
    assert not frames("وانهار السدان بعد العاصفة.", ClaimKind.QUANTITY)
    assert not frames("وقال أحد مشغلي المحطة إن الوضع خطير.", ClaimKind.QUANTITY)
    (f,) = frames("وانهار سدان بعد العاصفة.", ClaimKind.QUANTITY)
    assert (f.value, f.unit) == (2, "dam")


def test_within_hours_states_no_length():
    assert not frames("وتوقفت الهدنة في غضون ساعات.", ClaimKind.DURATION)
    (f,) = frames("ويجب أن تنسحب القوات في غضون ثلاثة أيام.", ClaimKind.DURATION)
    assert (f.value, f.value_qualifier) == (3 * 86400, Qualifier.AT_MOST)


def test_local_time_in_arabic_is_the_named_places_zone():
    text = "يسري وقف إطلاق النار في قره باغ اعتبارا من الساعة الواحدة فجرا بالتوقيت المحلي."
    (f,) = frames(text, ClaimKind.EVENT)
    assert f.time.utcoffset().total_seconds() == 4 * 3600


def test_a_clock_in_a_named_places_time_takes_that_places_zone():
    # Syria kept +02:00 in winter until 2022: the zone is the place's own,
    # with its history, not the publisher's offset.
    text = "وكانت الهدنة قد بدأت عند السابعة من مساء الأحد بتوقيت إدلب، وفق المرصد."
    out = extract(
        text, language="ar", published_at=datetime.fromisoformat("2016-12-14T16:00:00+03:00")
    )
    (f,) = [f for f in out.frames if f.kind == ClaimKind.EVENT]
    assert f.time == datetime.fromisoformat("2016-12-11T19:00:00+02:00")


def test_a_pluperfect_event_is_in_the_past_whatever_a_later_clause_foresees():
    text = (
        "وكان وقف إطلاق النار قد دخل حيز التنفيذ عند الثامنة من مساء الإثنين، "
        "وأعلن الوسطاء أن الأسرى سيخرجون قريبا."
    )
    (f,) = frames(text, ClaimKind.EVENT)
    assert f.time == datetime.fromisoformat("2020-03-02T20:00:00+03:00")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("أعلنت وزارة الدفاع أن العمليات القتالية في ريف المدينة توقفت صباح اليوم.", "ceasefire"),
        ("بدأت بعد الظهر عملية إجلاء المقاتلين من الحي المحاصر.", "withdrawal"),
        ("وقال الوسيط إن المسلحين سيغادرون البلدة مع أسرهم يوم السبت.", "withdrawal"),
        ("شنت كوريا الشمالية ليل الأحد هجوما صاروخيا على جزيرة حدودية.", "strike"),
        ("شن الجيش هجوما واسعا على البلدة فجر الإثنين.", "offensive"),
    ],
)
def test_event_families_told_from_the_subjects_side(text, predicate):
    assert [f.predicate for f in frames(text, ClaimKind.EVENT)] == [predicate]


def test_an_announcement_with_a_clause_is_a_statement_of_whoever_made_it():
    ents = [{"name": "Jan Kowal", "kind": "person", "aliases": ["يان كوفال", "كوفال"]}]
    text = "وجاء ذلك بعد ساعات من إعلان المبعوث يان كوفال أن المحادثات ستستأنف الأسبوع المقبل."
    out = extract(text, language="ar", published_at=PUB, entities=ents)
    (st,) = [f for f in out.frames if f.kind == ClaimKind.STATEMENT]
    assert (st.speaker, st.text) == ("Jan Kowal", "المحادثات ستستأنف الأسبوع المقبل")
    # A bare announcement of a thing, with no clause, says nothing quotable.
    assert not [
        f for f in frames("رحب الطرفان بإعلان وقف إطلاق النار.") if f.kind == ClaimKind.STATEMENT
    ]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "predicate"),
    [
        ("أسفر الانفجار عن مقتل شخص واحد وإصابة أربعة.", 1, Qualifier.EXACT, "killed"),
        ("وأصيب جندي واحد بجروح طفيفة.", 1, Qualifier.EXACT, "wounded"),
        ("قتل ١٥ شخصا على الأقل في الغارة.", 15, Qualifier.AT_LEAST, "killed"),
        ("أصيب 40 مدنيا تقريبا في القصف.", 40, Qualifier.APPROXIMATE, "wounded"),
        ("وقال المستشفى إن ١١ شخصا ما زالوا في المستشفى.", 11, Qualifier.EXACT, "wounded"),
        ("وذكر الدفاع المدني أن سبعة أشخاص نقلوا إلى المستشفيات.", 7, Qualifier.EXACT, "wounded"),
    ],
)
def test_counts_told_after_their_noun(text, value, qualifier, predicate):
    f = frames(text, ClaimKind.CASUALTY)[0]
    assert (f.value, f.value_qualifier, f.predicate) == (value, qualifier, predicate)


def test_one_after_a_place_or_a_thing_is_no_casualty():
    assert frames("زار الوزير مستشفى واحدا في المدينة.", ClaimKind.CASUALTY) == []


def test_a_wait_is_a_length_even_before_a_clause_of_what_came_next():
    text = "انتظره شقيقه أمام المبنى أكثر من ثماني ساعات قبل أن يبلغ الشرطة."
    (d,) = frames(text, ClaimKind.DURATION)
    assert (d.value, d.value_qualifier) == (8 * 3600, Qualifier.AT_LEAST)


def test_while_x_said_that_is_a_clause_of_its_own_not_an_attribution():
    text = (
        "وأعلنت البحرية أن سفنها أسقطت مسيرتين، "
        "فيما قال التلفزيون الرسمي إن الميناء «يعمل بشكل طبيعي»."
    )
    sts = frames(text, ClaimKind.STATEMENT)
    # The state broadcaster is an unnamed source; above all, the quoted
    # words are not taken for a speaker's name, nor the navy's clause for
    # the broadcaster's.
    assert all("يعمل" not in (st.speaker or "") for st in sts)
    assert all(not st.text.startswith("وأعلنت") for st in sts)


@pytest.mark.parametrize(
    ("words", "day"),
    [("الأول", 1), ("العاشر", 10), ("الحادي عشر", 11), ("العشرين", 20), ("الحادي والثلاثين", 31)],
)
def test_ordinal_days_that_share_a_value_with_another_word(words, day):
    # "العاشر" and "عشر" are both 10: neither may hide the other.
    (f,) = frames(f"عقد الوزيران اجتماعا في {words} من كانون الثاني.", ClaimKind.EVENT)
    assert f.time.date() == datetime(2020, 1, day).date()


def test_the_same_day_is_the_day_being_told_not_today():
    text = (
        "وصلت السفينة إلى الميناء في العاشر من شباط/فبراير. "
        "وغادرت في اليوم نفسه ثلاث ناقلات محملة بالقمح."
    )
    (q,) = frames(text, ClaimKind.QUANTITY)
    assert q.event_date == datetime(2020, 2, 10).date()


def test_expecting_participles_go_on_for_the_speaker_and_never_for_an_earlier_one():
    ents = [{"name": "Samir Haddad", "kind": "person", "aliases": ["سمير حداد", "حداد"]}]
    named = "وقال المسؤول سمير حداد إن المفقودين تجاوزوا الألف، متوقعا أن ترتفع الحصيلة."
    out = extract(named, language="ar", published_at=PUB, entities=ents)
    sts = [f for f in out.frames if f.kind == ClaimKind.STATEMENT]
    assert [st.speaker for st in sts] == ["Samir Haddad", "Samir Haddad"]
    unnamed = named + " وقالت مصادر مطلعة إن الميناء أغلق، مرجحة أن يستغرق فتحه أسابيع."
    out = extract(unnamed, language="ar", published_at=PUB, entities=ents)
    sts = [f for f in out.frames if f.kind == ClaimKind.STATEMENT]
    assert len(sts) == 2  # the unnamed sources' words are no one's


def test_a_grace_period_is_a_length():
    (d,) = frames("ومنح الاتفاق الطرفين مهلة ٤٥ يوما لتبادل الأسرى.", ClaimKind.DURATION)
    assert d.value == 45 * 86400


def test_a_length_before_a_clause_of_what_came_next():
    text = "وأطلق المسلحون النار على المارة نحو عشر دقائق قبل أن يلوذوا بالفرار."
    (d,) = frames(text, ClaimKind.DURATION)
    assert (d.value, d.value_qualifier) == (600, Qualifier.APPROXIMATE)
    # "قبل" before a noun is a point in time, not a length.
    assert frames("وصل الوفد ثلاث ساعات قبل الموعد.", ClaimKind.DURATION) == []


def test_a_day_said_beats_a_bare_part_of_day_nearer_the_count():
    text = (
        "وصل الوفد إلى العاصمة في الرابع من آذار. "
        "وفي اليوم نفسه أقلعت ثلاث طائرات إغاثة قبل حلول الليل."
    )
    (q,) = frames(text, ClaimKind.QUANTITY)
    assert q.event_date == datetime(2020, 3, 4).date()


def test_a_share_after_a_date_goes_with_the_toll_before_the_date():
    text = "وقُتل ٣١٢ مدنيا منذ بدء الهجوم على المدينة في ١٢ تموز/يوليو، بينهم ٤٠ طفلا."
    counts = {(f.value, f.predicate) for f in frames(text, ClaimKind.CASUALTY)}
    assert (40, "killed") in counts


@pytest.mark.parametrize("verb", ["أسرت", "أسر", "اختطفت"])
def test_capture_verbs(verb):
    (c,) = frames(f"وقال الجيش إن الفصائل {verb} ثلاثة جنود قرب الحدود.", ClaimKind.CASUALTY)
    assert (c.value, c.predicate) == (3, "captured")


def test_a_report_with_no_clause_gives_its_figures_a_speaker_and_quotes_nothing():
    ents = [{"name": "Lina Saad", "kind": "person", "aliases": ["لينا سعد"]}]
    text = "وأعلنت الوزيرة لينا سعد تخصيص ثلاثة ملايين دولار لإعادة إعمار المدارس."
    out = extract(text, language="ar", published_at=PUB, entities=ents)
    assert [(f.kind, f.speaker) for f in out.frames] == [(ClaimKind.QUANTITY, "Lina Saad")]
    # An act (mourning declared) and an unnamed source lend no speaker.
    for act in ("وأعلنت الوزيرة لينا سعد الحداد ثلاثة أيام.", "وذكرت مصادر طبية مقتل ١٢ شخصا."):
        out = extract(act, language="ar", published_at=PUB, entities=ents)
        assert [f.speaker for f in out.frames] == [None]


def test_strikes_launched_whoever_launches_them():
    text = "وشنت المقاتلات فجر الخامس من آب/أغسطس ضربات على مواقع قرب الحدود."
    (e,) = frames(text, ClaimKind.EVENT)
    assert (e.predicate, e.time.date()) == ("strike", datetime(2020, 8, 5).date())


def test_a_new_name_after_a_title_no_list_knows():
    text = "وقال الداعية فتح الله زيتوني إنه لا علاقة له بالحادث."
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == "فتح الله زيتوني"
    # A body stays unnamed: no name is made of its adjectives.
    assert frames("وقال الجيش الوطني الحر إن قواته تقدمت.", ClaimKind.STATEMENT) == []


def test_a_speaker_that_shares_a_places_name_speaks():
    from claims.text import extract

    cairo_gov = {"name": "Egyptian Government", "kind": "org", "aliases": ["القاهرة"]}
    out = extract(
        "دخلت الهدنة حيز التنفيذ منتصف الليل، وفق ما أعلنته القاهرة.",
        language="ar",
        published_at=PUB,
        entities=[cairo_gov],
    )
    assert {f.speaker for f in out.frames} == {"Egyptian Government"}


def test_a_year_before_a_count_does_not_take_its_noun():
    (f,) = frames("واستضافت المدينة منذ أيار ٢٠٢١ ثلاث جولات من المحادثات.", ClaimKind.QUANTITY)
    assert (f.value, f.unit) == (3, "round")


def test_a_count_among_a_larger_one_takes_its_predicate():
    text = "وقالت المفوضية إن ٩٠٠ مدني قُتلوا منذ بدء الحرب، بينهم ٧٥ طفلا."
    got = [(f.value, f.predicate) for f in frames(text, ClaimKind.CASUALTY)]
    assert got == [(900, "killed"), (75, "killed")]


def test_dates_with_month_names_are_not_counts():
    assert not frames("أجلي آلاف الأشخاص منذ ١٤ آب/أغسطس.", ClaimKind.CASUALTY)
    got = frames("وهي الأعنف منذ اشتباكات أيار 2021 التي أودت بحياة 40 شخصا.")
    assert [f.value for f in got if f.kind is ClaimKind.CASUALTY] == [40]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("تستمر الهدنة التي أعلنتها الحكومة ستا وثلاثين ساعة.", 36 * 3600),
        ("انتهى اجتماع الوزيرين في القاهرة بعد ثلاث ساعات دون اتفاق.", 3 * 3600),
    ],
)
def test_a_verb_of_lasting_may_open_a_long_clause(text, seconds):
    (f,) = frames(text, ClaimKind.DURATION)
    assert f.value == seconds


def test_past_a_comma_the_predicate_opens_the_next_clause():
    text = "أسفر القصف عن مقتل 40 شخصا، فيما نزح نحو ألفي شخص من ديارهم."
    got = [(f.value, f.predicate) for f in frames(text, ClaimKind.CASUALTY)]
    assert got == [(40, "killed"), (2000, "displaced")]
    (f,) = frames("وأعلنت الحكومة حالة الطوارئ في سبع ولايات.", ClaimKind.QUANTITY)
    assert (f.value, f.unit) == (7, "province")


def test_both_parts_of_the_talks_together_are_the_whole():
    (f,) = frames("استمرت القمة بجلساتها الموسعة والمغلقة نحو ست ساعات.", ClaimKind.DURATION)
    assert f.subject == "talks:total"


def test_the_dimension_may_stand_a_few_words_before_the_number():
    (f,) = frames("وقال مسؤولون إن عمق المنطقة العازلة سيبلغ تسعة كيلومترات.", ClaimKind.QUANTITY)
    assert (f.value, f.predicate) == (9, "width")


def test_signing_an_agreement_after_a_long_subject_and_extensions():
    text = "ووقّعت الحكومة والمعارضة المسلحة صباح اليوم في الدوحة اتفاقا لتبادل المحتجزين."
    assert [f.predicate for f in frames(text, ClaimKind.EVENT)] == ["agreement"]
    (d,) = frames("ومُددت الهدنة في المدينة ثلاثة أيام إضافية.", ClaimKind.DURATION)
    assert d.value == 3 * 86400


def test_a_definite_role_in_arabic_is_its_own_speaker():
    (st,) = frames("وقال محافظ المدينة إن المياه انحسرت.", ClaimKind.STATEMENT)
    assert st.speaker == "محافظ المدينة"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("دمرت الغارة جسرين على النهر", 2, "bridge"),
        ("أصيبت حافلتان بشظايا القصف", 2, "bus"),
        ("استهدف القصف مستشفيين في المدينة", 2, "hospital"),
        ("أعلنت الشرطة ضبط بندقيتين ومسدس", 2, "gun"),
    ],
)
def test_indefinite_duals_of_things_count_two(text, value, unit):
    (q,) = frames(text, ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (value, unit)


def test_a_definite_dual_of_things_is_not_a_count():
    assert not frames("زار الوزير المستشفيين صباح اليوم", ClaimKind.QUANTITY)


def test_police_arrests_count_suspects_not_captives():
    (q,) = frames("أوقفت الشرطة ١٢ مشتبهاً بهم في المدينة", ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (12, "suspect")
    assert not frames("وأعلن الأمن اعتقال خمسة مشتبهين", ClaimKind.CASUALTY)


def test_trillions_and_the_construct_dual_of_billions():
    (q,) = frames("قدرت الخسائر بنحو ثلاثة تريليونات دولار", ClaimKind.QUANTITY)
    assert (q.value, q.unit, q.value_qualifier) == (3e12, "USD", Qualifier.APPROXIMATE)
    (q,) = frames("رصدت الحكومة ملياري دولار لإعادة الإعمار", ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (2e9, "USD")


@pytest.mark.parametrize(
    "text",
    [
        "فتحت قوات خفر السواحل النار على قوارب الصيد قرب الساحل",
        "أطلق الجنود النار على المتظاهرين عند الحاجز",
        "أغارت طائرات حربية على مواقع للمسلحين فجر الأحد",
        "ضربت الصواريخ مواقع عسكرية في المنطقة",
        "قال المتحدث إن القوات نفذت الضربة بعد منتصف الليل",
    ],
)
def test_opening_fire_raids_and_strikes_carried_out_are_strikes(text):
    assert "strike" in {f.predicate for f in frames(text, ClaimKind.EVENT)}


def test_a_session_to_discuss_a_crisis_is_a_meeting():
    text = "يناقش مجلس الأمن التصعيد في جلسة مغلقة مساء اليوم"
    assert "meeting" in {f.predicate for f in frames(text, ClaimKind.EVENT)}


def test_a_denied_strike_is_not_asserted():
    assert not frames("نفى الجيش أن تكون قواته قد أطلقت النار على القرية", ClaimKind.EVENT)


def test_a_participle_speaks_for_the_subject_of_the_main_verb():
    # The name nearest the participle (أردوغان) is not its subject.
    text = "استقبل الرئيس بوتين في موسكو وفدا أرسله أردوغان، مؤكدا أن الممر سيفتح قريبا."
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == "Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("بدأ سريان الهدنة عند الساعة الخامسة والنصف صباح الجمعة", "05:30"),
        ("بدأ سريان الهدنة عند الساعة السادسة والربع صباح الجمعة", "06:15"),
        ("بدأ سريان الهدنة عند الساعة السابعة إلا ربعا صباح الجمعة", "06:45"),
        # Minutes counted after the hour, in words or digits; they are part
        # of the clock, not a length.
        ("بدأ سريان الهدنة عند الساعة الثامنة وعشرين دقيقة من مساء الجمعة", "20:20"),
        ("بدأ سريان الهدنة عند الساعة الرابعة و12 دقيقة صباح الجمعة", "04:12"),
        ("بدأ سريان الهدنة عند الساعة العاشرة وخمس دقائق ليل الجمعة", "22:05"),
    ],
)
def test_minutes_said_as_a_fraction_of_the_hour(text, clock):
    (e,) = frames(text, ClaimKind.EVENT)
    assert e.time.strftime("%H:%M") == clock
    assert not frames(text, ClaimKind.DURATION)


def test_local_time_between_the_clock_and_the_day_keeps_one_expression():
    text = "اجتمع الوزيران عند الساعة الرابعة عصرا بالتوقيت المحلي يوم الأحد في بيروت"
    (e,) = frames(text, ClaimKind.EVENT)
    assert (e.time.date().isoformat(), e.time.strftime("%H:%M")) == ("2020-03-01", "16:00")
    text = "أغارت الطائرات على المعسكر نحو الساعة الثالثة فجر الثلاثاء بتوقيت باكستان"
    (e,) = frames(text, ClaimKind.EVENT)
    assert e.time.utcoffset().total_seconds() == 5 * 3600


def test_the_day_of_an_announcement_is_not_the_day_of_the_deaths():
    text = "ارتفعت حصيلة القصف إلى ٤٠ قتيلا، بحسب ما أعلنته وزارة الصحة الاثنين."
    (c,) = frames(text, ClaimKind.CASUALTY)
    assert c.event_date is None


def test_a_share_of_a_sides_own_people_keeps_the_predicate():
    text = "قال الجيش إن خمسة من جنوده قتلوا، ثلاثة منهم ضباط."
    got = {(f.value, f.unit, f.predicate) for f in frames(text, ClaimKind.CASUALTY)}
    assert (5, "soldier", "killed") in got


def test_money_for_victims_is_money_not_a_toll():
    (q,) = frames("رصدت الحكومة ٣٫٥ مليون دولار لضحايا الفيضانات", ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (3.5e6, "USD")
    assert not frames("رصدت الحكومة ٣٫٥ مليون دولار لضحايا الفيضانات", ClaimKind.CASUALTY)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("اقتحمت قوات الاحتلال البلدة القديمة فجر الأحد", "offensive"),
        ("شن الجيش السوداني هجوما واسعا على المدينة", "offensive"),
        ("أنهى الجيش انسحابه من المدينة مساء الأحد", "withdrawal"),
    ],
)
def test_storming_offensives_and_a_withdrawal_with_its_pronoun(text, predicate):
    assert predicate in {f.predicate for f in frames(text, ClaimKind.EVENT)}


def test_protesters_storming_a_building_is_no_offensive():
    assert not frames("اقتحم متظاهرون مبنى البلدية بعد ساعات من الإعلان", ClaimKind.EVENT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("قال ميخائيل أوليانوف إن المفاوضات ستستأنف الأسبوع المقبل.", "ميخائيل أوليانوف"),
        ("وأكد عبد الكريم الحربي أن الطريق بات مفتوحا.", "عبد الكريم الحربي"),
        # A surname alone, as news names a known figure.
        ("وقال شولتس إن بلاده لن ترسل صواريخ بعيدة المدى.", "شولتس"),
        ("وأكد ميلوني للصحفيين أن الحكومة لن تستقيل.", "ميلوني"),
        ("وصرح نتنياهو أيضاً بأن العملية ستتواصل.", "نتنياهو"),
        # A name's "ة" is no pronoun.
        ("وقال حمزة إن العملية ستتواصل.", "حمزة"),
    ],
)
def test_a_bare_new_name_after_the_verb_is_a_new_speaker(text, speaker):
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال الوسيط الأممي يوهان كريستنسن إن الجولة المقبلة ستعقد في جنيف.", "يوهان كريستنسن"),
        ("وأكدت الخبيرة البيئية البارزة مارتا سوليس أن السد لم يكن آمناً.", "مارتا سوليس"),
        # A place's name closes the office as a definite word does.
        ("وقال حاكم ولاية أوريسا نافين باتنايك إن الإعصار ضعف.", "نافين باتنايك"),
    ],
)
def test_a_new_name_after_an_office_no_list_knows_is_the_speaker(text, speaker):
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == speaker


def test_an_agencys_long_name_ends_with_no_person():
    text = "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن المخزون تراجع."
    assert not [f for f in frames(text, ClaimKind.STATEMENT) if f.speaker and "لشؤون" in f.speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وقال آخرون إن المعبر أغلق مساء الجمعة.",
        "وقال مسؤول إن المعبر أغلق مساء الجمعة.",
        "وقال شهود إن المعبر أغلق مساء الجمعة.",
        # Someone by role or kin, or a noun with its owner's pronoun.
        "وقال سائق شاحنة إن المعبر أغلق مساء الجمعة.",
        "وقال مزارع إن المعبر أغلق مساء الجمعة.",
        "وقالت والدته إن المعبر أغلق مساء الجمعة.",
        "وقال مديرها إن المعبر أغلق مساء الجمعة.",
    ],
)
def test_a_single_word_for_unnamed_people_is_no_name(text):
    assert not [f for f in frames(text, ClaimKind.STATEMENT) if f.speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A title the data knows, whose holder there is someone else.
        ("وقال وزير الخارجية الكندي ماركو دياز إن بلاده سترسل مساعدات.", "ماركو دياز"),
        # An office the titles do not list, with its definite qualifiers.
        ("وقال وزير الزراعة الأوكراني ميكولا سولسكي إن الصادرات ستستأنف.", "ميكولا سولسكي"),
        ("قالت المتحدثة باسم الصليب الأحمر الدولي إيلينا فيرا إن القافلة وصلت.", "إيلينا فيرا"),
    ],
)
def test_a_new_name_after_a_title_is_the_speaker(text, speaker):
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == speaker


def test_an_unnamed_source_with_adjectives_names_no_one():
    assert not frames("وقال مصدر دبلوماسي فرنسي إن الاجتماع تأجل.", ClaimKind.STATEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "قال مصدر أمني إن الطريق بات مفتوحا.",
        "وقال شهود عيان إن الطريق بات مفتوحا.",
        "وأفادت تقارير محلية أن الطريق بات مفتوحا.",
        "وقال مساء الأحد إن الطريق بات مفتوحا.",
    ],
)
def test_unnamed_sources_and_times_are_not_names(text):
    assert not frames(text, ClaimKind.STATEMENT)


def test_khilal_a_length_is_a_window_of_at_most_that():
    (d,) = frames("أنجزت الفرق إصلاح الخط خلال خمسة أيام", ClaimKind.DURATION)
    assert (d.value, d.value_qualifier) == (5 * 86400, Qualifier.AT_MOST)
    assert not frames("قتل 30 شخصا خلال الأيام الثلاثة الماضية", ClaimKind.DURATION)


def test_la_with_illa_restricts_and_does_not_negate():
    (st,) = frames("قال بوتين إن روسيا لا تريد إلا السلام.", ClaimKind.STATEMENT)
    assert st.negated is False
    (st,) = frames("قال بوتين إن روسيا لا تريد الحرب.", ClaimKind.STATEMENT)
    assert st.negated is True


def test_shelling_verbs_are_strikes():
    (e,) = frames("قصفت المدفعية مواقع المسلحين فجر الأحد", ClaimKind.EVENT)
    assert e.predicate == "strike"


def test_rockets_fired_after_an_earlier_raid_are_a_strike_of_their_own():
    # The verb phrase asserts the second strike, a few words before the count.
    text = (
        "شنت الطائرات غارة على المطار. "
        "وأطلق المسلحون من جنوب المدينة نحو ٣٠٠ صاروخ باتجاه المدن الساحلية."
    )
    strikes = [f for f in frames(text, ClaimKind.EVENT) if f.predicate == "strike"]
    assert len(strikes) == 2
    assert strikes[1].text.endswith("نحو ٣٠٠ صاروخ")


def test_accepting_a_plan_is_an_agreement_but_passing_a_law_is_not():
    (f,) = frames("ووافقت الحكومة بالإجماع على الخطة المصرية مساء الأحد.", ClaimKind.EVENT)
    assert f.predicate == "agreement" and f.time is not None
    assert not frames("وافق البرلمان على قانون الموازنة.", ClaimKind.EVENT)


def test_handing_back_a_place_by_a_deadline_is_a_withdrawal():
    (f,) = frames("على أن يُسلَّم المطار والمعبر بحلول يوم الجمعة.", ClaimKind.EVENT)
    assert f.predicate == "withdrawal" and f.time.date().isoformat() == "2020-03-06"


def test_the_toll_of_the_raids_names_no_strike():
    assert not frames("وبلغت حصيلة الغارات على المدينة ٤٠ قتيلا.", ClaimKind.EVENT)


def test_a_gunman_opening_fire_is_no_strike():
    assert not frames("دخل مسلح السوق وأطلق النار على المارة.", ClaimKind.EVENT)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("ترأس الرئيس اجتماعا لمجلس الأمن القومي صباح الأحد.", "meeting"),
        ("عقد وزيرا الخارجية، في العاصمة القطرية يوم الثلاثاء، جولة محادثات.", "meeting"),
        (
            "وقّع رئيس الوزراء ووزير الخارجية ووزير الدفاع ورئيس الأركان وقائد الشرطة "
            "وممثلو الفصائل المسلحة الثلاث على الاتفاق يوم الأحد.",
            "agreement",
        ),
        ("أعلنت الوساطة أن وقفاً شاملاً لإطلاق النار بدأ عند منتصف الليل.", "ceasefire"),
    ],
)
def test_chairing_long_subjects_and_qualified_ceasefires(text, predicate):
    assert predicate in [f.predicate for f in frames(text, ClaimKind.EVENT)]


def test_what_an_agreement_provides_for_is_no_new_agreement():
    assert not frames("وينص الاتفاق على تشكيل لجنة مشتركة.", ClaimKind.EVENT)
    (f,) = frames("وأعلن الطرفان الاتفاق على تشكيل لجنة مشتركة.", ClaimKind.EVENT)
    assert f.predicate == "agreement"


@pytest.mark.parametrize(
    ("text", "seconds", "qualifier"),
    [
        ("وكانت الأسلحة مخبأة في المستودع منذ أربع سنوات.", 4 * 365 * 86400, Qualifier.EXACT),
        ("وستبقى القوات في المنطقة لثلاثة أشهر.", 90 * 86400, Qualifier.EXACT),
        ("وتعهد الوزير بإصلاح الطريق خلال شهر واحد.", 30 * 86400, Qualifier.AT_MOST),
        ("وأعلنت الحكومة يوم حداد على الضحايا.", 86400, Qualifier.EXACT),
    ],
)
def test_lengths_since_for_within_one_and_of_mourning(text, seconds, qualifier):
    (f,) = frames(text, ClaimKind.DURATION)
    assert (f.value, f.value_qualifier) == (seconds, qualifier)


@pytest.mark.parametrize(
    "text",
    ["استمر القتال أسابيع.", "وتدهور الوضع منذ سنوات.", "وتصاعد العنف منذ عام 2014."],
)
def test_plurals_without_a_count_and_years_state_no_length(text):
    assert not frames(text, ClaimKind.DURATION)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("واتفق الطرفان على هدنة مدتها 48 ساعة.", "ceasefire"),
        ("وأعلنت الحكومة أسبوعا من الحداد الرسمي.", "mourning"),
        ("واستمر القصف تسعة أيام قبل الهدنة.", "event"),
    ],
)
def test_a_declared_period_names_its_length(text, subject):
    (f,) = frames(text, ClaimKind.DURATION)
    assert f.subject == subject


def test_a_counted_noun_after_the_number_makes_it_no_resolution_number():
    (q,) = frames("وأقرّ القرار 85 نائبا في جلسة مسائية.", ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (85, "lawmaker")
    assert not frames("ونص القرار 2254 على تشكيل هيئة حكم.", ClaimKind.QUANTITY)


def test_an_indefinite_dual_of_delegations_counts_two():
    (q,) = frames("وأرسلت الأمم المتحدة وفدين إلى المنطقة.", ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (2, "delegation")


def test_people_sheltering_in_centres_are_displaced():
    (f,) = frames(
        "وقالت السلطات إن نحو ٢٠ ألف شخص لجأوا إلى مراكز إيواء مؤقتة.", ClaimKind.CASUALTY
    )
    assert (f.predicate, f.value) == ("displaced", 20_000)


def test_a_negator_ending_the_clause_before_a_count_does_not_negate_it():
    text = "وأفاد المحافظ بأن الطريق لم يعد آمناً، وبأن نحو ٩ آلاف شخص نزحوا عن البلدة."
    (c,) = frames(text, ClaimKind.CASUALTY)
    assert (c.value, c.predicate, c.negated) == (9000, "displaced", False)
    (c,) = frames("ولم يُقتل ١٢ جندياً في الكمين كما زعمت الصحيفة.", ClaimKind.CASUALTY)
    assert c.negated


def test_the_time_of_an_order_dates_the_event_it_orders():
    # Published on Thursday 5 March 2020.
    (e,) = frames(
        "وأمر قائد الجيش ليل الثلاثاء الوحدات المنتشرة بالانسحاب إلى مواقعها.", ClaimKind.EVENT
    )
    assert e.predicate == "withdrawal"
    assert e.time is not None and e.time.date().isoformat() == "2020-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الهدنة ستُمدد ستين يوماً أخرى.",
        "وأعلن المجلس أن التفويض سيمدد ستين يوماً.",
    ],
)
def test_a_length_a_truce_will_be_extended_by(text):
    (d,) = frames(text, ClaimKind.DURATION)
    assert d.value == 60 * 86400


def test_a_meeting_that_began_at_a_time():
    (e,) = frames("وانطلق لقاء الوزيرين في فيينا عند التاسعة مساء الأربعاء.", ClaimKind.EVENT)
    assert e.predicate == "meeting"
    assert e.time is not None and (e.time.day, e.time.hour) == (4, 21)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Named in full once, then bare.
        ("وتعهدت الدوحة بتقديم 8 ملايين ريال قطري، ثم أضافت 2 مليون ريال.", "QAR"),
        # A report on Yemen counts in Yemeni rials.
        ("وقال البنك المركزي اليمني إن الحكومة صرفت 40 مليار ريال من الرواتب.", "YER"),
        # No country that says otherwise: the Saudi riyal.
        ("وبلغت قيمة الصفقة 40 مليار ريال.", "SAR"),
    ],
)
def test_a_bare_currency_word_is_the_one_its_document_means(text, unit):
    units = {f.unit for f in frames(text, ClaimKind.QUANTITY)}
    assert units == {unit}


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("وأصيب ٤٠ عاملاً بجروح جراء سقوط السقف المعدني.", "wounded"),
        ("وجُرح ٤٠ شخصاً إثر سقوط الجسر.", "wounded"),
        ("وأسفرت الغارة عن سقوط ٤٠ قتيلاً.", "killed"),
    ],
)
def test_falling_is_a_death_only_of_people(text, predicate):
    (c,) = frames(text, ClaimKind.CASUALTY)
    assert (c.value, c.predicate) == (40, predicate)


def test_a_rocket_that_hit_on_a_past_day_is_a_strike_then():
    # Published on Thursday 5 March 2020.
    (e,) = frames("وأصاب الصاروخ مدرسة في البلدة مساء السبت.", ClaimKind.EVENT)
    assert e.predicate == "strike"
    assert e.time is not None and e.time.date().isoformat() == "2020-02-29"


def test_a_length_that_names_its_truce_is_the_truces_whatever_talks_follow():
    text = "ووافق الطرفان على هدنة إنسانية مدتها عشرة أيام في ختام محادثات استمرت تسع ساعات."
    got = {d.value: d.subject for d in frames(text, ClaimKind.DURATION)}
    assert got == {10 * 86400: "ceasefire", 9 * 3600: "talks:total"}


def test_a_decision_to_withdraw_is_no_withdrawal():
    text = "وقال المتحدث إن رئيس الأركان لم يطلع على قرار الانسحاب إلا من الصحف."
    assert not frames(text, ClaimKind.EVENT)


def test_a_possible_meeting_is_not_asserted():
    text = "وقال الوزير إن عقد لقاء بين الرئيسين في الأسابيع المقبلة ممكن."
    assert not frames(text, ClaimKind.EVENT)


@pytest.mark.parametrize(
    ("text", "qualifier", "predicate"),
    [
        ("وتجاوزت حصيلة القتلى في الفيضانات 1200 شخص.", Qualifier.AT_LEAST, "killed"),
        ("وفاق عدد المصابين ٣٠٠ مصاب بحسب المستشفيات.", Qualifier.AT_LEAST, "wounded"),
        ("ولا يتجاوز عدد الجرحى عشرين شخصا.", Qualifier.AT_MOST, "wounded"),
    ],
)
def test_a_bounding_verb_before_the_toll_noun_qualifies_the_count(text, qualifier, predicate):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert (f.value_qualifier, f.predicate) == (qualifier, predicate)


def test_a_count_introduced_as_part_of_the_toll_is_a_part():
    (f,) = frames("ومن بين الضحايا، 9 من رجال الإطفاء.", ClaimKind.CASUALTY)
    assert f.scope == "part"


def test_a_zone_named_as_a_place_is_no_event():
    (e,) = frames("اجتمع المبعوثان داخل المنطقة العازلة صباح الثلاثاء.", ClaimKind.EVENT)
    assert e.predicate == "meeting" and e.time is not None


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الطرفان وقفا شاملا للأعمال العدائية اعتبارا من الأحد.",
        "دخل وقف العمليات العدائية حيز التنفيذ صباح الأحد.",
    ],
)
def test_a_cessation_of_hostilities_is_a_ceasefire(text):
    assert "ceasefire" in {f.predicate for f in frames(text, ClaimKind.EVENT)}


def test_the_noun_before_a_count_is_its_own_and_one_joined_after_opens_the_next():
    got = [
        (f.value, f.predicate)
        for f in frames("أكدت الوزارة مقتل شرطيين وإصابة ثالث.", ClaimKind.CASUALTY)
    ]
    assert got == [(2, "killed")]
    text = "ارتفع عدد الوفيات في المدينة إلى 312، فيما أصيب 900 آخرون."
    assert [(f.value, f.predicate) for f in frames(text, ClaimKind.CASUALTY)] == [
        (312, "killed"),
        (900, "wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("قتل 5 أشخاص في هجوم على السوق.", "killed"),
        ("قتل 3 في مدينة حلب.", "killed"),
        ("أصيب 4 جراء انفجار في الميناء.", "wounded"),
    ],
)
def test_a_place_or_event_after_a_preposition_is_not_the_counted_noun(text, predicate):
    assert frames(text, ClaimKind.QUANTITY) == []
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert f.predicate == predicate


def test_counted_places_and_events_take_their_listed_unit():
    got = [
        (f.value, f.unit)
        for f in frames("دمر القصف 12 مدرسة وثلاثة مساجد وسبعة جسور.", ClaimKind.QUANTITY)
    ]
    assert got == [(12, "school"), (3, "mosque"), (7, "bridge")]


@pytest.mark.parametrize(
    "text",
    ["قتل 4 في محافظة درعا أمس.", "قتل 4 بمدينة درعا أمس.", "قتل 4 خلال اشتباكات في ريف درعا."],
)
def test_a_noun_after_a_preposition_is_not_what_the_number_counts(text):
    (f,) = frames(text)
    assert (f.kind, f.value, f.predicate) == (ClaimKind.CASUALTY, 4, "killed")


def test_a_meeting_keeps_its_time_past_a_long_subject():
    text = (
        "اجتمع وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاويش أوغلو في قصر "
        "الضيافة بالعاصمة التركية عند الساعة الرابعة عصرا يوم الأحد."
    )
    (e,) = frames(text, ClaimKind.EVENT)
    assert e.time is not None and e.time.hour == 16


def test_alla_that_not_negates_but_illa_except_does_not():
    (st,) = frames("وقال غوتيريش إن على الجميع ألا يعرقلوا وصول المساعدات.", ClaimKind.STATEMENT)
    assert st.negated
    (st,) = frames("وقال غوتيريش إنه لم يعد أمام الجميع إلا الحوار.", ClaimKind.STATEMENT)
    assert not st.negated


@pytest.mark.parametrize(
    ("en", "ar", "unit"),
    [
        # People counted by role, in their plural, tamyiz, dual and compound forms.
        ("They brought three interpreters.", "ضم الوفد مترجمين اثنين فقط.", "interpreter"),
        ("Some 4,000 journalists covered the vote.", "غطى الانتخابات نحو 4000 صحفي.", "journalist"),
        ("About 90 firefighters fought the blaze.", "كافح الحريق نحو 90 رجل إطفاء.", "firefighter"),
        ("Over 300 settlers entered the site.", "دخل الموقع أكثر من 300 مستوطن.", "settler"),
        ("The ministry hired 2,500 teachers.", "عينت الوزارة 2500 معلم.", "teacher"),
        ("Some two million pilgrims arrived.", "وصل نحو مليوني حاج.", "pilgrim"),
        ("The team numbered 11 intelligence agents.", "ضم الفريق 11 عنصرا أمنيا.", "troop"),
        ("Some 18 aid workers arrived.", "وصل نحو 18 عامل إغاثة.", "aid worker"),
        # Things, with their compounds.
        ("The city sent 30 fire engines.", "أرسلت المدينة 30 سيارة إطفاء.", "fire engine"),
        ("The army entered five neighbourhoods.", "دخل الجيش خمسة أحياء.", "district"),
        ("The block has 18 storeys.", "يتألف المبنى من 18 طابقا.", "storey"),
        ("The clinic added 60 beds.", "أضافت العيادة 60 سريرا.", "bed"),
        ("The rocket carried 22 satellites.", "حمل الصاروخ 22 قمرا صناعيا.", "satellite"),
        # A missile's type keeps the one key reports compare it under.
        ("They fired 14 ballistic missiles.", "أطلقوا 14 صاروخا باليستيا.", "rocket"),
    ],
)
def test_people_roles_and_things_share_a_unit_key_across_languages(en, ar, unit):
    got = []
    for text, lang in ((en, "en"), (ar, "ar")):
        out = extract(text, language=lang)
        got.append([f.unit for f in out.frames if f.kind == ClaimKind.QUANTITY])
    assert got == [[unit], [unit]]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("استشهد 40 فلسطينيا بينهم 17 طفلا.", 17, "child"),
        ("قتل في القصف تسع نساء.", 9, "woman"),
        ("قتل خمسة صحفيين في الغارة.", 5, "journalist"),
        ("أسفر القصف عن مقتل 14 طبيبا.", 14, "doctor"),
        ("أصيب 30 متظاهرا في المواجهات.", 30, "protester"),
        ("قتل 8 من رجال الإطفاء.", 8, "firefighter"),
        ("قتل 13 طيارا على الأقل.", 13, "pilot"),
        ("قتل ستة مسلحين متمردين.", 6, "fighter"),
    ],
)
def test_a_casualty_keeps_the_role_of_the_people_counted(text, value, unit):
    got = [(f.value, f.unit) for f in frames(text, ClaimKind.CASUALTY)]
    assert (value, unit) in got


@pytest.mark.parametrize(
    "text",
    [
        "وقال في مؤتمر صحفي إن 40 قتلوا.",
        "وقال رئيس الوزراء للصحفيين إن 40 قتلوا.",
        "وقال مسؤولون إن 40 قتلوا.",
    ],
)
def test_a_role_that_names_a_source_gives_no_unit_to_a_bare_toll(text):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert (f.value, f.unit) == (40, "person")


def test_a_dual_with_its_number_word_is_one_count():
    got = [(f.kind, f.value, f.unit) for f in frames("قتل مترجمين اثنين.")]
    assert got == [(ClaimKind.CASUALTY, 2, "interpreter")]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("صمتت المدافع على جبهة الجنوب مساء الأحد.", "ceasefire"),
        ("توقفت الاشتباكات في الضواحي صباح الاثنين.", "ceasefire"),
        ("القتال في الأحياء الشرقية توقف فجر الثلاثاء.", "ceasefire"),
        ("اتفق الفريقان على وقف القتال اعتبارا من السبت.", "ceasefire"),
        ("استقبل الملك وزير الخارجية الإيراني في عمّان يوم الأحد.", "meeting"),
        ("أجرى المبعوثان مباحثات مطولة في مسقط يوم الأربعاء.", "meeting"),
        ("استضافت القاهرة جولة من المحادثات يوم الاثنين.", "meeting"),
        ("استؤنفت المباحثات في فيينا صباح الخميس.", "meeting"),
        ("جرت المفاوضات في الرياض يوم السبت.", "meeting"),
        ("دكّت المدفعية تحصينات المتمردين يوم الجمعة.", "strike"),
        ("قصف الطيران الحربي مستودعا للذخيرة فجر السبت.", "strike"),
        ("تعرضت القرية لقصف عنيف مساء الخميس.", "strike"),
        ("أبرمت الحكومتان اتفاقية حدودية يوم الثلاثاء.", "agreement"),
        ("تم توقيع المعاهدة في الدوحة يوم الأحد.", "agreement"),
        ("سلّمت القوات مدينة الحدود إلى الجيش يوم الأربعاء.", "withdrawal"),
        ("أخلى المقاتلون التلة يوم الجمعة.", "withdrawal"),
        ("غادرت القوات الأجنبية الجزيرة يوم الاثنين.", "withdrawal"),
        ("تراجعت الوحدات المدرعة إلى مواقعها الخلفية يوم السبت.", "withdrawal"),
        ("عادت الأرتال إلى ثكناتها مساء الأحد.", "withdrawal"),
        ("بدأ الجيش هجوما بريا على الميناء يوم الاثنين.", "offensive"),
        ("تقدمت القوات الحكومية نحو المطار يوم الخميس.", "offensive"),
    ],
)
def test_event_families_in_their_journalistic_phrasings(text, predicate):
    assert [f.predicate for f in frames(text, ClaimKind.EVENT)] == [predicate]


@pytest.mark.parametrize(
    "text",
    [
        # Demanded, threatened, hoped for, refused, needed or possible.
        "طالبت المنظمة بهدنة إنسانية يوم الأحد.",
        "دعا البابا إلى وقف إطلاق النار.",
        "هددت الفصائل بالانسحاب من المدينة.",
        "يأمل الوسطاء التوصل إلى اتفاق قريبا.",
        "قد يلتقي الوزيران الأسبوع المقبل.",
        "شدد القائد على ضرورة وقف القتال فورا.",
        "ناقش الوزراء إمكانية عقد قمة في الربيع.",
        # Leaving a race, a deal or a market, and money or goods withdrawn.
        "انسحب المرشح من السباق الرئاسي يوم الاثنين.",
        "انسحبت الحكومة من الاتفاق التجاري عام 2019.",
        "سحب المصرف الودائع من السوق.",
        # A call, refugees, prices, a request, a departure: no event.
        "استقبل الرئيس اتصالا هاتفيا من نظيره.",
        "استقبلت البلاد آلاف اللاجئين.",
        "أجرى الوزيران اتصالا هاتفيا يوم الاثنين.",
        "تراجعت أسعار الذهب يوم الاثنين.",
        "تقدم الجيش بطلب إلى المحكمة.",
        "غادر الوفد العاصمة يوم الثلاثاء.",
        "أخلت السلطات المباني المجاورة يوم الأحد.",
        "قتل ثلاثة مدنيين في قصف الطيران على البلدة.",
        "تحدث قادة الفصائل عن المقاتلين الذين عادوا إلى معسكراتهم.",
        "استقبل المستشفى عشرات الجرحى.",
        "أبرم النادي صفقة مع المهاجم الجديد.",
    ],
)
def test_event_near_misses_are_no_events(text):
    assert frames(text, ClaimKind.EVENT) == []


def test_a_bare_title_word_refers_back_to_the_minister_named_before():
    text = "والتقى جاويش أوغلو نظراءه في أنقرة. وأضاف الوزير أن نقاط المراقبة باقية في مكانها."
    assert [f.speaker for f in frames(text, ClaimKind.STATEMENT)] == ["Mevlut Cavusoglu"]


@pytest.mark.parametrize(
    "text",
    [
        # A name the entity data does not know, before its title or apposition.
        "وقال توماس ريختر وزير الزراعة النمساوي إن الجفاف أتلف ثلث المحاصيل.",
        "وقال توماس ريختر، مدير الدفاع المدني، إن الجفاف أتلف ثلث المحاصيل.",
        # After the title of a body the data knows: the name is the speaker.
        "وأكد المتحدث باسم الدفاع المدني توماس ريختر أن الجفاف أتلف ثلث المحاصيل.",
        # Opening the sentence.
        "توماس ريختر قال إن الجفاف أتلف ثلث المحاصيل.",
    ],
)
def test_a_new_name_beside_its_title_is_the_speaker(text):
    assert [f.speaker for f in frames(text, ClaimKind.STATEMENT)] == ["توماس ريختر"]


def test_a_new_name_later_by_surname_alone():
    text = (
        "وقال توماس ريختر وزير الزراعة النمساوي إن الجفاف أتلف ثلث المحاصيل. "
        "وأضاف ريختر أن الحكومة ستعوض المزارعين."
    )
    assert [f.speaker for f in frames(text, ClaimKind.STATEMENT)] == ["توماس ريختر"] * 2


def test_a_counterpart_with_no_one_beside_it_is_no_name():
    assert frames("بدوره، أشار نظيره النمساوي إلى أن المحاصيل تضررت.", ClaimKind.STATEMENT) == []


def test_according_to_then_fa_inna_gives_the_clause():
    (f,) = frames("وبحسب جاويش أوغلو، فإن نقاط المراقبة باقية.", ClaimKind.STATEMENT)
    assert (f.speaker, f.text) == ("Mevlut Cavusoglu", "نقاط المراقبة باقية")


@pytest.mark.parametrize(
    ("text", "value", "unit", "predicate"),
    [
        ("اختطف مسلحون أربعين تلميذة من القرية.", 40, "student", "captured"),
        ("قتل خمسين صحفيا منذ مطلع العام.", 50, "journalist", "killed"),
        ("نزح قرابة ثلاثة آلاف من السكان عن البلدة.", 3000, "civilian", "displaced"),
        ("فر نحو ألفي قروي من المعارك.", 2000, "civilian", "displaced"),
        ("لجأ مليون ونصف مليون شخص إلى البلدان المجاورة.", 1_500_000, "person", "displaced"),
        ("قتل مسلحان وأصيب جنديان في الاشتباك.", 2, "fighter", "killed"),
        ("غرق مهاجران قبالة الشاطئ.", 2, "migrant", "killed"),
    ],
)
def test_tens_before_role_nouns_residents_refuge_and_nominative_duals(text, value, unit, predicate):
    f = frames(text, ClaimKind.CASUALTY)[0]
    assert (f.value, f.unit, f.predicate) == (value, unit, predicate)


def test_a_plural_that_looks_like_a_dual_is_no_count():
    assert frames("قتل مدنيين في القصف.", ClaimKind.CASUALTY) == []


def test_part_of_a_set_and_the_number_of_a_thing():
    fs = frames("أسقطت الدفاعات ١٨ من أصل ٢٢ مسيرة.", ClaimKind.QUANTITY)
    assert [(f.value, f.unit) for f in fs] == [(18, "drone"), (22, "drone")]
    (f,) = frames("ارتفع عدد اللاجئين في البلاد إلى أربعة ملايين.", ClaimKind.QUANTITY)
    assert (f.value, f.unit) == (4_000_000, "refugee")


def test_ali_is_a_name_where_the_text_spells_it_so_though_it_folds_like_on():
    text = "وقال قائد الشرطة علي منصور إن الحريق أسفر عن مقتل ثلاثة."
    (st,) = frames(text, ClaimKind.STATEMENT)
    assert st.speaker == "علي منصور"
    # The preposition spelt with alef maqsura names no one.
    assert frames("وقال قائد الشرطة على الحدود إن الطريق أغلق.", ClaimKind.STATEMENT) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Honorifics that also head unnamed sources ("شيخ قبيلة").
        ("وقال الشيخ راشد المهيري إن الصيادين عادوا إلى البحر.", "راشد المهيري"),
        ("وأوضح المستشار نبيل الكردي أن المحكمة أجلت الجلسة.", "نبيل الكردي"),
        ("وقال الأمير نواف بن سلطان إن الجسر سيفتتح قريبا.", "نواف بن سلطان"),
        # A long name held together by "بن", "عبد", "آل".
        ("وقال الشيخ سالم بن عبد الله آل خليفة إن الميناء سيفتح.", "سالم بن عبد الله آل خليفة"),
        # A subject opening the sentence: a rank, a title, an office.
        ("العقيد مازن الحوراني قال إن الطريق أغلق.", "مازن الحوراني"),
        ("المتحدث باسم الدفاع المدني ياسر العبدلي قال إن الطريق أغلق.", "ياسر العبدلي"),
        ("قائد الشرطة البحرية العميد فارس النجار أكد أن الطريق أغلق.", "فارس النجار"),
        # An office held at a body, then the holder's name.
        ("وقال مندوب مصر لدى الأمم المتحدة كريم الدسوقي إن المساعدات تأخرت.", "كريم الدسوقي"),
        # The family name "العلي" is no "على أن".
        ("وقال الدكتور فهد العلي إن العيادة أغلقت أبوابها.", "فهد العلي"),
    ],
)
def test_ranks_honorifics_and_offices_before_a_new_name(text, speaker):
    assert [f.speaker for f in frames(text, ClaimKind.STATEMENT)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول في الأمم المتحدة إن قوافل الإغاثة توقفت.",
        "وقالت مصادر في المعارضة إن قوافل الإغاثة توقفت.",
        "وقال جيران العائلة إن قوافل الإغاثة توقفت.",
        "وقالت فرق الإنقاذ إن قوافل الإغاثة توقفت.",
        "وتوقفت قوافل الإغاثة منذ يومين، وفقا لمسؤول في الأمم المتحدة.",
    ],
)
def test_a_source_at_a_named_body_is_still_unnamed(text):
    assert frames(text, ClaimKind.STATEMENT) == []


def test_a_quotation_then_according_to_a_named_speaker():
    (f,) = frames("«لن نغادر المدينة قبل إعادة بنائها»، بحسب غوتيريش.", ClaimKind.STATEMENT)
    assert (f.speaker, f.text, f.negated) == (
        "Antonio Guterres",
        "لن نغادر المدينة قبل إعادة بنائها",
        True,
    )


def test_according_to_joined_to_the_title():
    text = "وتضرر ثلث المنازل في البلدة، وفقاً لوزير الإسكان التونسي منير الطرابلسي."
    (f,) = frames(text, ClaimKind.STATEMENT)
    assert (f.speaker, f.text) == ("منير الطرابلسي", "وتضرر ثلث المنازل في البلدة")


def test_a_title_refers_back_to_the_new_name_it_was_given_and_hope_is_speech():
    text = (
        "وقال وزير الخارجية المغربي حميد الزياني إن المحادثات تقدمت. "
        "وأضاف الوزير المغربي أن الجولة المقبلة تأخرت. "
        "وأبدى الزياني أمله بأن تنتهي المحادثات قريبا."
    )
    assert [f.speaker for f in frames(text, ClaimKind.STATEMENT)] == ["حميد الزياني"] * 3


def test_an_occasion_after_the_subject_ends_it_whatever_it_names():
    text = (
        "وقال وزير الداخلية الأردني مازن الفراية خلال مؤتمر صحفي مع نظيره العراقي "
        "عبد الأمير الشمري إن الحدود ستفتح قريبا. "
        "وقال وزير الصحة العراقي صالح الحسناوي في مقابلة مع إذاعة محلية إن الفرق وصلت."
    )
    got = [(f.speaker, f.text) for f in frames(text, ClaimKind.STATEMENT)]
    assert got == [("مازن الفراية", "الحدود ستفتح قريبا"), ("صالح الحسناوي", "الفرق وصلت")]


def test_a_given_name_inside_a_long_name_and_a_place_closing_an_office():
    text = "وقال رئيس بلدية حلب سامي أمين الخطيب إن المياه انقطعت عن نصف الأحياء."
    (f,) = frames(text, ClaimKind.STATEMENT)
    assert f.speaker == "سامي أمين الخطيب"


def test_an_honorific_name_then_its_apposition_before_the_clause():
    text = (
        "وأكد الدكتور سليم العبيدي، مدير قسم الطوارئ في مستشفى الجمهورية، "
        "أن القسم استقبل نحو ٨٠ مصاباً."
    )
    st = frames(text, ClaimKind.STATEMENT)
    (cas,) = frames(text, ClaimKind.CASUALTY)
    assert [f.speaker for f in st] == ["سليم العبيدي"]
    assert (cas.value, cas.speaker) == (80, "سليم العبيدي")


def test_a_connective_before_a_titled_subject():
    text = "غير أن وزير المالية في حكومة الإقليم خالد المنصوري أعلن أن العجز تضاعف."
    (f,) = frames(text, ClaimKind.STATEMENT)
    assert (f.speaker, f.text) == ("خالد المنصوري", "العجز تضاعف")


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث إن الشرطة اعتقلت ٢٧ شخصاً بعد أعمال الشغب في الميناء",
        "أعلنت النيابة توقيف ١٣٠ شخصاً للاشتباه في تورطهم في الاحتيال",
        "ألقت قوات الأمن القبض على ثمانية أشخاص في حي السوق",
    ],
)
def test_people_arrested_are_suspects_whatever_the_arrest_verb(text):
    (q,) = frames(text, ClaimKind.QUANTITY)
    assert q.unit == "suspect"
    assert not frames(text, ClaimKind.CASUALTY)


def test_soldiers_arrested_by_the_other_side_stay_captives():
    (c,) = frames("اعتقلت قوات المتمردين أربعة جنود من الجيش النظامي", ClaimKind.CASUALTY)
    assert (c.value, c.unit, c.predicate) == (4, "soldier", "captured")


def test_centrifuges_and_square_kilometres_have_shared_units():
    (q,) = frames("ستشغّل المنشأة ١٠٤٤ جهاز طرد مركزي حتى نهاية العام", ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (1044, "centrifuge")
    (q,) = frames("غمرت المياه ٤٢ كيلومترات مربعة من الأراضي الزراعية", ClaimKind.QUANTITY)
    assert (q.value, q.unit) == (42, "km2")


@pytest.mark.parametrize(
    "text",
    [
        # A long subject and a time before the strikes launched.
        "شنّت طائرات حربية تابعة للتحالف ومسيّرات مساء الأحد سلسلة غارات على مواقع المسلحين",
        # Strikes told as starting.
        "وبدأت الغارات على الميناء عند الرابعة فجراً بحسب السكان",
        "انطلقت الضربات الجوية قرابة منتصف الليل",
    ],
)
def test_strikes_launched_after_a_long_subject_or_told_as_starting(text):
    (e,) = frames(text, ClaimKind.EVENT)
    assert e.predicate == "strike"


def test_a_deal_signed_with_the_place_and_time_between_commas():
    (e,) = frames(
        "وقّع وزيرا خارجية البلدين في العاصمة العمانية مسقط، ظهر الخميس، اتفاقاً لتبادل الأسرى",
        ClaimKind.EVENT,
    )
    assert e.predicate == "agreement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("دامت المكالمة ساعة ونصف الساعة تقريباً", 5400),
        ("استغرق الإخلاء أربع ساعات ونصف الساعة", 16200),
    ],
)
def test_the_hour_said_again_after_the_half_is_one_length(text, value):
    (d,) = frames(text, ClaimKind.DURATION)
    assert d.value == value
    assert d.text.endswith("الساعة")


def test_a_rule_in_force_for_years_is_a_length():
    (d,) = frames("ستبقى القيود على الصادرات سارية سبع سنوات", ClaimKind.DURATION)
    assert d.value == 7 * 365 * 86400


def test_a_share_of_the_victims_in_construct_is_part_of_a_toll():
    (c,) = frames("وقالت كندا إن ٥٧ من ضحايا الطائرة المنكوبة من مواطنيها", ClaimKind.CASUALTY)
    assert (c.value, c.scope) == (57, "part")


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        # What a detour adds to a trip is a length.
        ("وهو مسار يضيف نحو تسعة أيام إلى زمن الرحلة.", 9 * 86400, Qualifier.APPROXIMATE),
        ("ما يضيف قرابة شهرين إلى مدة التسليم.", 2 * 2592000, Qualifier.APPROXIMATE),
        # A bare week of calm ("أسبوعٌ من «التهدئة»") is one week long.
        ("وسبق الاقتراعَ أسبوعٌ من «التهدئة» في الجنوب.", 604800, Qualifier.EXACT),
    ],
)
def test_lengths_added_and_of_calm(text, value, qualifier):
    (f,) = frames(text, ClaimKind.DURATION)
    assert (f.value, f.value_qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    "text",
    ["وتواصلت الاحتجاجات طوال يوم الجمعة.", "وأغلقت الشرطة الساحة طوال يوم الانتخابات."],
)
def test_a_named_day_is_not_one_day_long(text):
    assert not frames(text, ClaimKind.DURATION)


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        (
            "وزار المعرض قرابة مليونين و٤٠٠ ألف زائر.",
            "قرابة مليونين و٤٠٠ ألف زائر",
            2_400_000,
            None,
        ),
        ("وأبحرت الفرقاطة وعلى متنها طاقم من نحو ١٨٠ بحاراً.", "نحو ١٨٠ بحاراً", 180, "crew member"),
        # A change from one count to another: both count one thing.
        ("وتقضي الخطة بخفض عدد الجنود من نحو ٩ آلاف إلى ٤٥٠٠ جندي.", "نحو ٩ آلاف", 9000, "troop"),
    ],
)
def test_counts_in_mixed_words_and_with_a_shared_noun(text, quote, value, unit):
    got = {f.text: f for f in frames(text, ClaimKind.QUANTITY)}
    assert got[quote].value == value
    assert unit is None or got[quote].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # The weapon as instrument, its count on the preposition.
        "قال المحافظ إن البحرية أصابت الفرقاطة بصاروخين من طراز هاربون.",
        # A subject and a time between the verb and the strikes.
        "شنّت طائرات حربية فرنسية وأميركية عند منتصف ليل الأحد سلسلة غارات على مواقع المسلحين.",
        # Strikes told as beginning.
        "وبدأت الغارات عند الساعة الثالثة فجراً بالتوقيت المحلي.",
    ],
)
def test_strikes_by_instrument_after_a_long_subject_or_as_beginning(text):
    (e,) = frames(text, ClaimKind.EVENT)
    assert e.predicate == "strike"


def test_a_signing_with_a_place_and_a_time_between_verb_and_deal():
    (e,) = frames(
        "ووقّعت فرنسا ومالي في العاصمة باماكو، عند الساعة الخامسة من مساء الاثنين، "
        "اتفاقاً للتعاون الأمني.",
        ClaimKind.EVENT,
    )
    assert e.predicate == "agreement"
    assert e.time is not None and e.time.isoformat() == "2020-03-02T17:00:00+03:00"


def test_cutting_forces_and_pulling_out_the_rest_are_withdrawals():
    es = frames(
        "وينص الاتفاق على أن تخفض فرنسا عدد جنودها في مالي إلى ٢٥٠٠ جندي خلال ستة أشهر، "
        "وأن تسحب ما تبقى منها خلال عام.",
        ClaimKind.EVENT,
    )
    assert [e.predicate for e in es] == ["withdrawal", "withdrawal"]


@pytest.mark.parametrize(
    "text",
    [
        "وانفضّ اللقاء من دون أن يسفر عن اتفاق على هدنة.",
        "وقال إن الطرف الآخر لم يقدم أي التزام بشأن هدنة إنسانية.",
        "وقالت إن قطر مستعدة لاستضافة قمة بين الطرفين.",
        "وقال الوزير إن بلاده فخورة باستضافة القمة.",
        "وعرض الوزير على نظيره هدنة مدتها ثلاثة أيام.",
    ],
)
def test_a_truce_or_summit_not_agreed_offered_or_only_hoped_for_is_no_event(text):
    assert frames(text, ClaimKind.EVENT) == []


def test_a_reported_clause_after_an_is_a_clause_of_its_own():
    es = frames(
        "وكانت الهدنة قد دخلت حيز التنفيذ ظهر الأحد، بعد إعلان الجيش أن العمليات "
        "العسكرية في الريف الشمالي توقفت.",
        ClaimKind.EVENT,
    )
    assert [e.predicate for e in es] == ["ceasefire", "ceasefire"]


def test_an_accusation_of_breaking_a_truce_asserts_no_truce():
    assert frames("وتبادل الجيش والمسلحون الاتهامات بخرق الهدنة.", ClaimKind.EVENT) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقتل أربعة مدنيين في غارة جوية على قرية قرب الحدود.",
        "وجاء ذلك بعد أيام من مقتل القائد العسكري بغارة إسرائيلية.",
    ],
)
def test_a_strike_named_as_the_cause_of_a_toll_is_no_event(text):
    assert frames(text, ClaimKind.EVENT) == []


def test_a_strike_named_as_a_cause_with_a_day_of_its_own_is_an_event():
    (e,) = frames("وقتل تسعة جنود في غارة جوية يوم الأحد.", ClaimKind.EVENT)
    assert e.predicate == "strike"
    (e,) = frames("وسقط تسعة جنود في غارة للقوات الحكومية في 12 من الشهر نفسه.", ClaimKind.EVENT)
    assert e.predicate == "strike"


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("زار الجزيرة نحو ٢٤٠ ألف سائح أجنبي الصيف الماضي.", "foreign"),
        ("أصيب ١١ شخصا في الانفجار، بينهم أربعة في حالة حرجة.", "serious"),
    ],
)
def test_a_count_of_a_subgroup_says_which(text, subgroup):
    marked = [f for f in frames(text) if f.extra.get("subgroup")]
    assert [f.extra["subgroup"] for f in marked] == [subgroup]


def test_a_stated_total_is_marked():
    text = "قُتل ٩٠٠ شخص في تشاد و٢٥٠٠ في النيجر، ليصل العدد الإجمالي للقتلى إلى ٣٤٠٠ قتيل."
    marked = [f for f in frames(text) if f.extra.get("whole")]
    assert [f.value for f in marked] == [3400]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # An ordinal hour with a part of day is a clock time, not a count.
        (
            "عقد الوفدان اجتماعاً في أحد فنادق أنقرة في الحادية عشرة صباحاً يوم الأربعاء.",
            "2020-03-04T11:00:00+03:00",
        ),
        ("اجتمع الوزيران في العاشرة صباحاً يوم الثلاثاء.", "2020-03-03T10:00:00+03:00"),
        ("التقى الرئيسان في الثانية والنصف من بعد ظهر الاثنين.", "2020-03-02T14:30:00+03:00"),
        ("اجتمع الطرفان في الثالثة إلا ربعاً من بعد الظهر يوم الأحد.", "2020-03-01T14:45:00+03:00"),
    ],
)
def test_an_ordinal_hour_dates_the_event_and_counts_nothing(text, when):
    (ev,) = frames(text, ClaimKind.EVENT)
    assert ev.time == datetime.fromisoformat(when)
    assert frames(text, ClaimKind.QUANTITY) == []


def test_one_of_the_hotels_is_not_sunday():
    (ev,) = frames("اجتمع الوفدان في أحد فنادق الرياض صباح أمس.", ClaimKind.EVENT)
    assert ev.time is not None and ev.time.date() == datetime(2020, 3, 4).date()


def test_a_weekday_after_a_past_verb_is_past_despite_a_later_future():
    text = "أعلن الجيش هدنة في الخرطوم يوم الثلاثاء، مؤكداً أن وحداته ستلتزم بها."
    (ev,) = frames(text, ClaimKind.EVENT)
    assert ev.time is not None and ev.time.date() == datetime(2020, 3, 3).date()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("وقال الجيش إن المسلحين خرقوا الهدنة في إدلب نحو ثلاثمئة مرة.", 300, "violation"),
        ("وقصفت المدفعية القرى الحدودية سبع مرات خلال الليل.", 7, "shelling"),
        ("واتصل الرئيس بنظيره التركي ثلاث مرات هذا الأسبوع.", 3, "call"),
    ],
)
def test_a_count_of_occurrences_counts_what_its_verb_names(text, value, unit):
    (f,) = frames(text, ClaimKind.QUANTITY)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "quote", "value", "subject"),
    [
        # "مدتها": the length of the truce just named.
        ("ووافقت الحكومة على مقترح بهدنة مدتها ٤٥ يوماً.", "٤٥ يوماً", 45 * 86400, "ceasefire"),
        (
            "وأعلن الطرفان قبولهما هدنة إنسانية مدتها خمسة عشر يوماً قابلة للتمديد.",
            "خمسة عشر يوماً",
            15 * 86400,
            "ceasefire",
        ),
        # A period named before its length ("المهلة ... وهي") or after it.
        (
            "وخفّض الوزير المهلة التي كان قد طلبها أول الأمر، وهي 90 يوماً، بعد اعتراض النواب.",
            "90 يوماً",
            90 * 86400,
            "event",
        ),
        (
            "وكان الرئيس قد طلب في البداية تسعين يوماً، وهي المدة التي رفضها البرلمان.",
            "تسعين يوماً",
            90 * 86400,
            "event",
        ),
        # Spending a time, with a vague count in the subject between.
        ("وأمضى آلاف النازحين يومين في العراء قرب الحدود.", "يومين", 2 * 86400, "event"),
        ("وقضى عشرات الصيادين ثلاثة أيام في البحر قبل إنقاذهم.", "ثلاثة أيام", 3 * 86400, "event"),
    ],
)
def test_bare_lengths_of_periods(text, quote, value, subject):
    (d,) = frames(text, ClaimKind.DURATION)
    assert (d.text, d.value, d.subject) == (quote, value, subject)


def test_an_offset_after_a_spending_verb_is_no_length():
    assert not frames("وقضى الوفد ليلته في الفندق وغادر بعد يومين.", ClaimKind.DURATION)


def test_ending_after_a_length_is_that_length():
    # The verb of ending and its "بعد" are one cue, however long the
    # subject between them.
    text = "واختتمت الجولة الثالثة من مفاوضات السلام في جنيف بعد سبع ساعات ونصف."
    (d,) = frames(text, ClaimKind.DURATION)
    assert d.value == 7.5 * 3600


def test_a_verb_of_surviving_before_the_count_makes_survivors():
    text = "وغرق القارب قبالة الساحل، ونجا ١٤ آخرون بحسب خفر السواحل."
    got = {(f.value, f.unit) for f in frames(text, ClaimKind.QUANTITY)}
    assert (14, "survivor") in got
    assert not [f for f in frames(text, ClaimKind.CASUALTY) if f.value == 14]


def test_a_share_of_a_counted_whole_takes_its_unit():
    text = "وأطلقت القوات ١٢٠ صاروخاً، ٤٥ منها على المدينة."
    got = {(f.value, f.unit) for f in frames(text, ClaimKind.QUANTITY)}
    assert (45, "rocket") in got


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("ورصدت الرادارات ٦٠ زورقاً، بينها ١٥ قرب الميناء.", 15, "boat"),
        ("وتضم القائمة ٢٠٠ موظف، من بينهم ٣٥ داخل المبنى الرئيسي.", 35, "employee"),
    ],
)
def test_a_part_named_before_its_number_takes_the_whole_counts_unit(text, part, unit):
    got = {(f.value, f.unit) for f in frames(text, ClaimKind.QUANTITY)}
    assert (part, unit) in got
    # A preposition after a number is no counted noun of its own.
    assert not {u for _, u in got} & {"قرب", "داخل"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وأوضح المتحدث أن ٤٢٠ باتوا في العراء بعد انهيار منازلهم.", 420),
        ("وتقول الوكالة إن نحو ثلاثة آلاف ينتظرون عند المعبر منذ أيام.", 3000),
        ("وذكرت السلطات أن ٨٥ كانوا داخل القاعة لحظة الانفجار.", 85),
    ],
)
def test_a_masculine_plural_verb_after_a_number_counts_people(text, value):
    (q,) = [f for f in frames(text, ClaimKind.QUANTITY) if f.value == value]
    assert q.unit == "person"
    # The verb is no part of the counted words.
    assert not re.search(r"[يتك]\w+(?:ون|وا)$", q.text)


def test_a_noun_ending_like_a_verb_stays_the_counted_noun():
    (q,) = frames("واشترت المحطة ١٢ تلفزيون جديد للاستوديو.", ClaimKind.QUANTITY)
    assert q.unit != "person"


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("وسقطت القذيفة على بعد ١٢ كيلومتراً من الحدود.", "distance"),
        ("وتقع القرية على مسافة ١٢ كيلومتراً تقريباً من السد.", "distance"),
        ("وحدد المرصد مركز الهزة ١٢ كيلومتراً جنوب غربي المدينة.", "distance"),
        # A depth said before the number wins over a bearing after it.
        ("واقترحت أنقرة شريطاً بعمق ١٢ كيلومتراً غربي النهر.", "width"),
    ],
)
def test_a_distance_from_a_point_is_its_own_measure(text, dimension):
    (q,) = frames(text, ClaimKind.QUANTITY)
    assert (q.value, q.unit, q.predicate) == (12, "km", dimension)


def test_a_part_of_a_set_takes_the_verb():
    text = "ولقي ١٢ من أصل ٤٠ عاملاً كانوا داخل المصنع حتفهم في الحريق."
    (c,) = [f for f in frames(text, ClaimKind.CASUALTY) if f.predicate == "killed"]
    assert c.value == 12
    assert 40 in {f.value for f in frames(text, ClaimKind.QUANTITY)}


def test_a_bare_length_noun_names_the_dimension_but_along_does_not():
    (q,) = frames("ويبلغ طول السد الجديد قرابة ١٫٨ كيلومتر.", ClaimKind.QUANTITY)
    assert (q.value, q.predicate) == (1.8, "length")
    (q,) = frames("وانتشرت الدوريات على طول ١٢ كيلومتراً من الطريق.", ClaimKind.QUANTITY)
    assert q.predicate is None


def test_an_additional_count_in_the_masculine_is_an_increment():
    (q,) = frames("ونشرت وزارة الداخلية ٣٠٠٠ شرطي إضافي في العاصمة.", ClaimKind.QUANTITY)
    assert q.scope == "incident"


def test_the_raid_a_toll_counts_is_only_named_even_with_its_time():
    text = "وارتفعت حصيلة الغارة التي استهدفت مستودع الوقود مساء الأحد إلى ١٩ قتيلاً."
    assert not [e for e in frames(text, ClaimKind.EVENT) if e.predicate == "strike"]


def test_a_truce_to_be_put_to_the_other_side_is_only_offered():
    text = "واتفق الوفدان على خطة من عشر نقاط، على أن تُعرض الهدنة على الحكومة في الخرطوم."
    assert not [e for e in frames(text, ClaimKind.EVENT) if e.predicate == "ceasefire"]


def test_when_the_raid_happened_and_shells_fired_at_a_target_are_strikes():
    (e,) = frames("وجرت الغارة عند الساعة الثالثة فجراً بالتوقيت المحلي.", ClaimKind.EVENT)
    assert (e.predicate, e.time.hour) == ("strike", 3)
    (e,) = frames("وأطلقت الزوارق الحربية عشرات القذائف على الميناء مساء السبت.", ClaimKind.EVENT)
    assert e.predicate == "strike"


@pytest.mark.parametrize(
    ("text", "kind", "side"),
    [
        ("قُتل أربعة جنود باكستانيين في الكمين.", ClaimKind.CASUALTY, "PK"),
        ("وقُتل ثلاثة رجال شرطة نيجيريين في الهجوم.", ClaimKind.CASUALTY, "NG"),
        ("أفرجت السلطات عن ٢٠ معتقلاً مصرياً.", ClaimKind.QUANTITY, "EG"),
    ],
)
def test_a_nationality_of_any_listed_country_is_the_counts_subject(text, kind, side):
    (f,) = frames(text, kind)
    assert f.subject == side


def test_an_accusative_demonym_is_people_not_the_country():
    # "بريطانياً" without its tanween is spelt as "بريطانيا" (Britain):
    # after a number it is the people counted.
    (q,) = frames("وكان بين الركاب ٥٣ بريطانياً.", ClaimKind.QUANTITY)
    assert (q.value, q.unit, q.subject) == (53, "person", "GB")


def test_the_counted_peoples_nationality_beats_a_name_before_the_count():
    # "تركي المالكي" is a man's name, spelt as the adjective "Turkish".
    (q,) = frames(
        "وقال المتحدث تركي المالكي إن 15 أسيرا سعوديا كانوا بين المفرج عنهم.",
        ClaimKind.QUANTITY,
    )
    assert q.subject == "SA"


def test_factions_in_another_war_are_not_the_syrian_opposition():
    (c,) = frames("قتلت الفصائل ١٢ شخصا في هجوم على القرية.", ClaimKind.CASUALTY)
    assert c.subject is None


def test_a_country_name_still_names_the_country():
    out = extract("زار الرئيس بريطانيا الأسبوع الماضي.", language="ar", published_at=PUB)
    assert "United Kingdom" in out.entities
    assert not [f for f in out.frames if f.kind in (ClaimKind.QUANTITY, ClaimKind.CASUALTY)]
    (c,) = frames("قُتل ١٢ شخصا في ليبيا.", ClaimKind.CASUALTY)
    assert c.place == "Libya"


def test_wounded_prisoners_handed_over_are_counted_as_prisoners():
    text = "وأفرجت السلطات عن ٢٠ سجيناً جريحاً، ثم عن ٣٥ أسيراً مصاباً في اليوم التالي."
    assert not frames(text, ClaimKind.CASUALTY)
    assert {20, 35} <= {f.value for f in frames(text, ClaimKind.QUANTITY)}
    # A verb before the count still makes a toll.
    assert [f.value for f in frames("وقُتل ٧ أسرى جرحى في القصف.", ClaimKind.CASUALTY)] == [7]


def test_a_country_named_as_where_the_counted_are_is_not_their_side():
    text = "وتقدّر تقارير غربية عدد المرتزقة الأجانب في جنوب ليبيا بنحو ألفي مقاتل."
    (q,) = [f for f in frames(text) if f.value == 2000]
    assert q.subject != "LY"


def test_people_still_in_shelters_are_displaced():
    (c,) = frames("وأفادت البلدية بأن ٣٢٠٠ شخص لا يزالون في مراكز الإيواء.", ClaimKind.CASUALTY)
    assert (c.value, c.predicate) == (3200, "displaced")


def test_yen_and_feet():
    (q,) = frames("ورصدت الحكومة ١٫٣ مليار ين للإغاثة.", ClaimKind.QUANTITY)
    assert (q.unit, q.value) == ("JPY", 1_300_000_000)
    (q,) = frames("وكانت الطائرة على ارتفاع ٣٠٠ قدم.", ClaimKind.QUANTITY)
    assert q.unit == "ft"


def test_speeds_are_keyed_apart_from_lengths():
    (q,) = frames("وبلغت سرعة الرياح ٢١٠ كيلومترات في الساعة.", ClaimKind.QUANTITY)
    assert (q.unit, q.value) == ("kmh", 210)


def test_people_moved_to_safety_or_in_shelters_are_displaced():
    for text in (
        "وأُخرج نحو ٩٠٠٠ شخص إلى مناطق آمنة قبل وصول الفيضان.",
        "ويبيت قرابة ٤٢٠٠ شخص في مراكز الإيواء منذ الزلزال.",
    ):
        (c,) = frames(text, ClaimKind.CASUALTY)
        assert c.predicate == "displaced", text


def test_a_fixed_date_holiday_names_its_day():
    out = extract(
        "وشنت الطائرات غارة على الميناء عصر يوم رأس السنة.",
        language="ar",
        published_at=datetime.fromisoformat("2024-01-05T09:00:00+02:00"),
    )
    (e,) = [f for f in out.frames if f.kind == ClaimKind.EVENT]
    assert (e.time.date().isoformat(), e.time.hour) == ("2024-01-01", 15)


def test_a_ceasefire_with_an_adjective_inside_and_one_only_sought():
    (e,) = frames("واتفق الطرفان مساء الجمعة على وقف شامل لإطلاق النار.", ClaimKind.EVENT)
    assert e.predicate == "ceasefire"
    text = "وحث الوسيط الجانبين على مواصلة الحوار للتوصل إلى وقف نهائي لإطلاق النار."
    assert not frames(text, ClaimKind.EVENT)


def test_a_set_after_its_part_counts_the_parts_things():
    got = {
        (q.value, q.unit)
        for q in frames("وأُغلقت أربع مدارس من أصل تسع في البلدة.", ClaimKind.QUANTITY)
    }
    assert {(4, "school"), (9, "school")} <= got


def test_a_military_attack_launched_on_a_region_is_an_offensive():
    (e,) = frames(
        "وشن الجيش هجوماً عسكرياً واسع النطاق على المنطقة الحدودية فجر السبت.", ClaimKind.EVENT
    )
    assert e.predicate == "offensive"


def test_an_additional_count_is_marked_as_an_addition():
    (q,) = frames("وأرسلت الحكومة ١٢٠٠ شرطي إضافي إلى المدينة.", ClaimKind.QUANTITY)
    assert q.extra.get("increment") is True


def test_a_toll_in_another_country_is_that_countrys():
    (c,) = frames("ولقي ١٤ شخصاً حتفهم في غواتيمالا جراء الانهيارات الطينية.", ClaimKind.CASUALTY)
    assert c.subject == "GT"


def test_twelve_at_night_is_midnight():
    out = extract(
        "وتسري الهدنة عند الساعة الثانية عشرة ليلاً بالتوقيت المحلي.",
        language="ar",
        published_at=datetime.fromisoformat("2024-03-02T15:00:00+02:00"),
    )
    (e,) = [f for f in out.frames if f.kind == ClaimKind.EVENT]
    assert e.time.isoformat() == "2024-03-03T00:00:00+02:00"


def test_a_count_numbering_the_group_its_verb_named():
    text = "وأسفر انهيار المبنى عن مقتل جميع من كانوا في الطابق الأرضي وعددهم ١٤ شخصاً."
    (c,) = frames(text, ClaimKind.CASUALTY)
    assert (c.value, c.predicate) == (14, "killed")


def test_an_agreement_past_a_date_with_two_month_names():
    text = "واتفق الجانبان في اجتماع عقد في العاشر من يونيو/حزيران على تبادل الأسرى."
    (e,) = frames(text, ClaimKind.EVENT)
    assert e.predicate == "agreement"
    text = "وقال المبعوث إن المحادثات بشأن ترسيم الحدود البحرية ستُستأنف في الربيع."
    assert [e.predicate for e in frames(text, ClaimKind.EVENT)] == ["meeting"]


def test_one_of_after_a_clitic_is_no_count():
    assert not frames("واشتعلت النيران بإحدى ناقلات النفط الراسية في الميناء.", ClaimKind.QUANTITY)
