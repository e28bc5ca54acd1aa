#!/usr/bin/env python3
"""Writes a large, valid bank for timing `azmoon validate` and bank loading.

Usage: bench/gen-bank.py [QUESTIONS] [DIR]   (defaults: 100000 and ./big-bank)

Writes DIR/bank.json (format azmoon/bank@1, about 400 bytes a question: 100,000 questions make
about 40 MB) and the source text it quotes, DIR/sources/text.txt. The same arguments give the
same bytes on every run and machine: the text comes from a Park-Miller generator, not from
Python's `random`. Every question kind appears, Persian and English text, tags, explanations,
and one question in five quotes a sentence of the source text.
"""

import json
import os
import sys

WORDS_FA = (
    "جنگ کره شمالی جنوبی ارتش نیروی هوایی دریایی سازمان ملل متحد آمریکا شوروی چین"
    " استالین ترومن کیم ایل سونگ سئول پیونگ یانگ مرز مدار سی و هشت درجه آتش بس"
    " مذاکره حمله دفاع پیروزی شکست نبرد شهر بندر رود کوه زمستان تابستان سرباز"
    " فرمانده ژنرال مک آرتور اینچئون بوسان رهبر دولت مردم تاریخ سال ماه روز"
).split()
WORDS_EN = (
    "war korea north south army air force navy united nations america soviet china"
    " stalin truman kim seoul pyongyang border parallel ceasefire talks attack defence"
    " victory defeat battle city port river mountain winter summer soldier commander"
    " general macarthur inchon busan leader government people history year month day"
).split()
KINDS = ("choice", "truefalse", "text", "numeric", "date", "order", "match", "cloze")


class ParkMiller:
    """The minimal standard generator: the same numbers in every language and version."""

    def __init__(self, seed):
        self.state = seed % 2147483647 or 1

    def below(self, n):
        self.state = self.state * 48271 % 2147483647
        return self.state % n


def phrase(rng, words, low, high):
    return " ".join(words[rng.below(len(words))] for _ in range(low + rng.below(high - low + 1)))


def text(rng, low, high, number=None):
    fa = phrase(rng, WORDS_FA, low, high)
    en = phrase(rng, WORDS_EN, low, high)
    if number is not None:  # keeps options and items apart however the words fall
        fa, en = f"{fa} {number}", f"{en} {number}"
    return {"fa": fa, "en": en}


def question(rng, n, sentences):
    kind = KINDS[n % len(KINDS)]
    q = {
        "id": f"q-{n}",
        "type": kind,
        "tags": [f"t{rng.below(40)}", f"set-{n % 7}"],
        "prompt": text(rng, 3, 7),
    }
    if kind == "choice":
        q["choices"] = [text(rng, 1, 3, i + 1) for i in range(4)]
        q["correct"] = [rng.below(4)]
    elif kind == "truefalse":
        q["answer"] = rng.below(2) == 0
    elif kind == "text":
        q["accept"] = [phrase(rng, WORDS_FA, 1, 3) + f" {n}", phrase(rng, WORDS_EN, 1, 3) + f" {n}"]
    elif kind == "numeric":
        q["answer"] = 1000 + rng.below(900000)
        q["tolerance"] = rng.below(10)
    elif kind == "date":
        q["answer"] = f"{1900 + rng.below(100)}-{1 + rng.below(12):02d}"
    elif kind == "order":
        q["items"] = [text(rng, 2, 3, i + 1) for i in range(3)]
    elif kind == "match":
        q["pairs"] = [[text(rng, 1, 2, i + 1), text(rng, 2, 3, i + 1)] for i in range(3)]
    else:
        q["text"] = f"{phrase(rng, WORDS_FA, 3, 6)} {{{{{n}}}}} {phrase(rng, WORDS_FA, 2, 5)}."
    if n % 3 == 0:
        q["explanation"] = text(rng, 4, 8)
    if n % 5 == 0:
        q["quote"] = sentences[rng.below(len(sentences))]
    return q


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    out = sys.argv[2] if len(sys.argv) > 2 else "big-bank"
    rng = ParkMiller(2026)
    sentences = [f"{phrase(rng, WORDS_FA, 6, 14)} {i}." for i in range(400)]
    os.makedirs(os.path.join(out, "sources"), exist_ok=True)
    with open(os.path.join(out, "sources", "text.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sentences) + "\n")
    bank = {
        "format": "azmoon/bank@1",
        "id": f"big-{count}",
        "title": {"fa": "بانک بزرگ", "en": "A big bank"},
        "language": "fa",
        "source": {"path": "sources/text.txt", "attribution": "generated"},
        "questions": [question(rng, n, sentences) for n in range(1, count + 1)],
    }
    with open(os.path.join(out, "bank.json"), "w", encoding="utf-8") as f:
        json.dump(bank, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
