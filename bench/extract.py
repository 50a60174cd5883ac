"""Extraction throughput on a generated mixed Arabic/English news corpus.

    python bench/extract.py [--docs 400] [--seed 7] [--json]

Documents are built from templates with random numbers, names and dates
(no network, no data files), then extracted on one core. Prints characters
per second and the machine it ran on.
"""

import argparse
import json
import os
import platform
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.text import extract

EN_PEOPLE = [
    "Vladimir Putin",
    "Recep Tayyip Erdogan",
    "Sergei Lavrov",
    "Mevlut Cavusoglu",
    "Hulusi Akar",
    "Dmitry Peskov",
    "Antonio Guterres",
    "the Turkish president",
    "his Russian counterpart",
]
AR_PEOPLE = [
    "بوتين",
    "أردوغان",
    "لافروف",
    "جاويش أوغلو",
    "خلوصي أكار",
    "بيسكوف",
    "الرئيس التركي",
    "الرئيس الروسي",
]
EN_NUM = ["33", "34", "two", "thirty-three", "12", "nearly 60", "at least 34", "more than 7,000"]
AR_NUM = ["33", "٣٣", "ثلاثة وثلاثين", "34", "نحو 60", "ما لا يقل عن 34", "١٢"]
EN_PLACES = ["Idlib", "Saraqeb", "the M4 highway", "Aleppo", "Ariha"]
AR_PLACES = ["إدلب", "سراقب", "الطريق الدولي M4", "حلب", "أريحا"]

EN_TEMPLATES = [
    "{num} Turkish soldiers were killed in an air strike near {place} on {day}.",
    "{person} said that Russian and Syrian forces did not know where the troops were.",
    '"Our relations are at a peak," {person} told reporters after the talks.',
    "The leaders met one-on-one for {h} hours and {m} minutes, and the talks lasted {h2} hours.",
    "A ceasefire will take effect from midnight, {person} said on {day}.",
    "Turkey maintains {n} observation posts in the de-escalation zone, {person} added.",
    "The fighting has displaced nearly a million people since December, the U.N. says.",
    "Joint patrols along the M4 highway will begin on {date} March.",
    "A secure corridor reaching {n} km on either side of the road will be set up.",
    "Much will now depend on the situation on the ground, analysts in {place} said.",
]
AR_TEMPLATES = [
    "وقال {person} إن القوات السورية لم تكن تعلم بمواقع الجنود الأتراك.",
    "أعلنت وزارة الدفاع التركية مقتل {num} جنديا تركيا في غارة جوية على {place}.",
    "واستمر الاجتماع المغلق بين الرئيسين ساعتين و{m} دقيقة، فيما استمرت المحادثات {h} ساعات.",
    "ويدخل وقف إطلاق النار حيز التنفيذ اعتبارا من منتصف الليل، بحسب {person}.",
    "وأضاف أن الجانبين اتفقا على إقامة ممر آمن بعمق {n} كيلومترات على جانبي الطريق.",
    "ويحتفظ الجيش التركي بـ{n} نقطة مراقبة في منطقة خفض التصعيد.",
    "ونزح قرابة مليون شخص في المنطقة منذ كانون الأول/ديسمبر الماضي.",
    "على أن تبدأ دوريات روسية تركية مشتركة على الطريق في {date} آذار/مارس.",
    "من جانبه، قال {person} إن التعاون مع روسيا بلغ مستوى غير مسبوق، وأن العلاقات «في ذروتها».",
    "وقتل جنديان تركيان آخران يوم {day_ar} في قصف على {place}.",
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]


def make_corpus(n_docs: int, seed: int) -> list[tuple[str, str, datetime]]:
    rnd = random.Random(seed)
    base = datetime(2020, 3, 5, 21, 30, tzinfo=timezone(timedelta(hours=3)))
    docs = []
    for i in range(n_docs):
        lang = "ar" if i % 2 else "en"
        templates = AR_TEMPLATES if lang == "ar" else EN_TEMPLATES
        paras = []
        for _ in range(rnd.randint(8, 16)):
            tpl = rnd.choice(templates)
            paras.append(
                tpl.format(
                    num=rnd.choice(AR_NUM if lang == "ar" else EN_NUM),
                    person=rnd.choice(AR_PEOPLE if lang == "ar" else EN_PEOPLE),
                    place=rnd.choice(AR_PLACES if lang == "ar" else EN_PLACES),
                    day=rnd.choice(EN_DAYS),
                    day_ar=rnd.choice(AR_DAYS),
                    h=rnd.randint(2, 6),
                    h2=rnd.randint(5, 7),
                    m=rnd.choice([10, 20, 40, 15]),
                    n=rnd.randint(3, 20),
                    date=rnd.randint(10, 20),
                )
            )
        docs.append(("\n\n".join(paras), lang, base + timedelta(hours=rnd.randint(-48, 48))))
    return docs


def run(n_docs: int, seed: int, detect: bool) -> dict[str, object]:
    docs = make_corpus(n_docs, seed)
    chars = sum(len(d[0]) for d in docs)
    # Load and compile every language's pack (and its trigger scan) once.
    for lang in sorted({d[1] for d in docs}):
        first = next(d for d in docs if d[1] == lang)
        extract(first[0], language=lang, published_at=first[2])
    frames = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for text, lang, pub in docs:
        frames += len(extract(text, language=None if detect else lang, published_at=pub).frames)
    elapsed = time.perf_counter() - t0
    # CPU time of this process: the figure for "one core", which other
    # work on a shared machine does not inflate.
    cpu = time.process_time() - c0
    return {
        "documents": n_docs,
        "characters": chars,
        "frames": frames,
        "seconds": round(elapsed, 3),
        "cpu_seconds": round(cpu, 3),
        "chars_per_second": round(chars / cpu),
        "chars_per_wall_second": round(chars / elapsed),
        "language_detection": detect,
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--detect", action="store_true", help="detect languages instead of passing them"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    res = run(args.docs, args.seed, args.detect)
    if args.json:
        print(json.dumps(res))
    else:
        print(
            f"{res['documents']} documents, {res['characters']:,} characters, "
            f"{res['frames']} frames in {res['cpu_seconds']} s CPU ({res['seconds']} s wall): "
            f"{res['chars_per_second']:,} characters/second on one core "
            f"({res['chars_per_wall_second']:,}/s by the wall clock)\n"
            f"machine: {res['processor']}, {res['cpu_count']} CPUs, Python {res['python']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
