#!/usr/bin/env python3
"""Generated wire sentences: every frame x every actor form in each slot, scored for the edge.

Usage:
    python3 eval/templates.py [--bin target/release/actorgraph] [--half tune|check]
                              [--verbose] [--frame NAME] [--dump FILE.tsv] [--json]

Issues 9 and 10. The commonest shapes of wire sentences ("A accused B of ...", "A imposed
sanctions on B", "B was attacked by A" ...) are written once as frames with two slots, and
each slot is filled with every actor form news uses: a country, a multiword country, a
capital standing for its government, a nationality adjective and a noun ("Iranian
officials"), a title and a name, an organisation or its acronym, a group, a person's full
name, and a surname alone (the form a recognizer may miss after a verb). The cross product
of frames x forms(A) x forms(B) is built; within a form the instance rotates with the
combination, so every instance of every form appears in every frame. No news text: the
frames and the names are written here.

Each sentence is an article of its own, all built in one run of the binary, and a sentence
counts as right when the meets / backs / opposes edges it gives are exactly the expected one
(the expected edge and nothing else; `meets` and symmetric edges match either way round).
Names match as in eval/challenge.py (node id, label or alias, case-insensitive).

Sentences are split into a tune and a check half by a seeded hash of the sentence (sha1 of
"templates-v1:" + sentence): read only the tune half's failures; the check half is scored.
Stdlib only; imports eval/challenge.py for building and matching.
"""
import argparse
import hashlib
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import challenge  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Actor forms: form -> [(surface, canonical name, kind)], kind: "sg" (it), "pl" (they),
# "person" (he). Two disjoint pools, one per slot, so that A and B are never one actor.
FORMS_A = {
    "country": [("France", "France", "sg"), ("Iran", "Iran", "sg"), ("Japan", "Japan", "sg")],
    "multiword_country": [("the United Arab Emirates", "United Arab Emirates", "sg"),
                          ("North Korea", "North Korea", "sg"),
                          ("Saudi Arabia", "Saudi Arabia", "sg")],
    "capital": [("Moscow", "Russia", "sg"), ("Washington", "United States", "sg"),
                ("Ankara", "Turkey", "sg")],
    "nationality_noun": [("Turkish troops", "Turkey", "pl"),
                         ("Egyptian officials", "Egypt", "pl"),
                         ("Indian diplomats", "India", "pl")],
    "title_name": [("Chinese President Xi Jinping", "Xi Jinping", "person"),
                   ("German Chancellor Olaf Scholz", "Olaf Scholz", "person"),
                   ("UN Secretary-General Antonio Guterres", "Antonio Guterres", "person")],
    "organisation": [("NATO", "NATO", "sg"), ("the African Union", "African Union", "sg"),
                     ("Hamas", "Hamas", "sg")],
    "group": [("Houthi rebels", "Houthi rebels", "pl"),
              ("Kurdish fighters", "Kurdish fighters", "pl"),
              ("Maoist insurgents", "Maoist insurgents", "pl")],
    "person": [("Emmanuel Macron", "Emmanuel Macron", "person"),
               ("Keir Starmer", "Keir Starmer", "person"),
               ("Cyril Ramaphosa", "Cyril Ramaphosa", "person")],
    "surname": [("Putin", "Putin", "person"), ("Erdogan", "Erdogan", "person"),
                ("Modi", "Modi", "person")],
}
FORMS_B = {
    "country": [("Germany", "Germany", "sg"), ("Venezuela", "Venezuela", "sg"),
                ("Pakistan", "Pakistan", "sg")],
    "multiword_country": [("South Africa", "South Africa", "sg"),
                          ("the United Kingdom", "United Kingdom", "sg"),
                          ("New Zealand", "New Zealand", "sg")],
    "capital": [("Beijing", "China", "sg"), ("Tehran", "Iran", "sg"),
                ("Kyiv", "Ukraine", "sg")],
    "nationality_noun": [("Iranian officials", "Iran", "pl"),
                         ("Israeli forces", "Israel", "pl"),
                         ("Syrian officials", "Syria", "pl")],
    "title_name": [("Brazilian President Lula da Silva", "Lula da Silva", "person"),
                   ("Japanese Prime Minister Fumio Kishida", "Fumio Kishida", "person"),
                   ("Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "person")],
    "organisation": [("the European Union", "European Union", "sg"),
                     ("Saudi Aramco", "Saudi Aramco", "sg"),
                     ("Hezbollah", "Hezbollah", "sg")],
    "group": [("Taliban fighters", "Taliban fighters", "pl"),
              ("Sudanese paramilitaries", "Sudanese paramilitaries", "pl"),
              ("separatist rebels", "separatist rebels", "pl")],
    "person": [("Volodymyr Zelensky", "Volodymyr Zelensky", "person"),
               ("Joe Biden", "Joe Biden", "person"),
               ("Nicolas Maduro", "Nicolas Maduro", "person")],
    "surname": [("Netanyahu", "Netanyahu", "person"), ("Maduro", "Maduro", "person"),
                ("Zelensky", "Zelensky", "person")],
}


def cap(s):
    return s[0].upper() + s[1:]


def poss(surface, kind):
    return surface + ("'" if kind == "pl" and surface.endswith("s") else "'s")


def pron(kind):
    return {"sg": "it", "pl": "they", "person": "he"}[kind]


def be(kind):
    return "were" if kind == "pl" else "was"


# Frames: name -> (function of (a, b) giving the sentence, class, A is the source).
# a and b are (surface, canonical, kind).
FRAMES = {
    "accused_of": (lambda a, b: f"{cap(a[0])} accused {b[0]} of meddling in the election.", "opposes"),
    "condemned_poss": (lambda a, b: f"{cap(a[0])} condemned {poss(b[0], b[2])} missile tests.", "opposes"),
    "urged_to": (lambda a, b: f"{cap(a[0])} urged {b[0]} to withdraw from the border.", "opposes"),
    "imposed_sanctions_on": (lambda a, b: f"{cap(a[0])} imposed sanctions on {b[0]}.", "opposes"),
    "signed_agreement_with": (lambda a, b: f"{cap(a[0])} signed an agreement with {b[0]}.", "backs"),
    "and_held_talks": (lambda a, b: f"{cap(a[0])} and {b[0]} held talks.", "meets"),
    "criticised": (lambda a, b: f"{cap(a[0])} criticised {b[0]} on Monday.", "opposes"),
    "attacked": (lambda a, b: f"{cap(a[0])} attacked {b[0]}.", "opposes"),
    "backed_bid": (lambda a, b: f"{cap(a[0])} backed {poss(b[0], b[2])} bid for membership.", "backs"),
    "passive_attacked_by": (lambda a, b: f"{cap(b[0])} {be(b[2])} attacked by {a[0]}.", "opposes"),
    "apposition_met": (lambda a, b: f"{cap(a[0])}, a longtime critic of the plan, met {b[0]} in Geneva.", "meets"),
    "said_it_would": (lambda a, b: f"{cap(a[0])} said on Tuesday {pron(a[2])} would support {b[0]}.", "backs"),
}


def generate():
    """[(frame, form A, form B, sentence, (source, class, target), half)]"""
    rows = []
    forms_a, forms_b = list(FORMS_A), list(FORMS_B)
    for fi, (frame, (make, cls)) in enumerate(FRAMES.items()):
        for ai, fa in enumerate(forms_a):
            for bi, fb in enumerate(forms_b):
                # rotate the instance so that every instance meets every frame and form
                a = FORMS_A[fa][(fi + bi) % len(FORMS_A[fa])]
                b = FORMS_B[fb][(fi + ai) % len(FORMS_B[fb])]
                sentence = make(a, b)
                digest = hashlib.sha1(("templates-v1:" + sentence).encode()).digest()
                half = "tune" if digest[0] % 2 == 0 else "check"
                rows.append((frame, fa, fb, sentence, (a[1], cls, b[1]), half))
    return rows


def judge(stated, want):
    """(exact, has expected, extras) for one sentence's statements."""
    seen, uniq = set(), []
    for s in stated:
        key = (min(s[0]), s[1], min(s[2]))
        if key not in seen:
            seen.add(key)
            uniq.append(s)
    hit = any(challenge.matches(s, want) for s in uniq)
    extra = [s for s in uniq if not challenge.matches(s, want)]
    return hit and not extra, hit, extra


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=str(ROOT / "target/release/actorgraph"))
    ap.add_argument("--half", choices=("tune", "check"))
    ap.add_argument("--frame", help="only this frame")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the sentences not exact")
    ap.add_argument("--dump", type=Path, help="write the generated rows as TSV and stop")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    rows = [r for r in generate() if not args.frame or r[0] == args.frame]
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for frame, fa, fb, s, want, half in rows:
                f.write(f"{half}\t{frame}:{fa}:{fb}\t{s}\t{' > '.join(want)}\n")
        return
    with tempfile.TemporaryDirectory() as tmp:
        # challenge.build reads column 4 (the sentence) of each row
        stated = challenge.statements(challenge.build(
            Path(args.bin), [(None, None, None, None, r[3], None) for r in rows], Path(tmp)))
    halves = [args.half] if args.half else ["tune", "check"]
    result = {}
    for half in halves:
        by = {"frame": defaultdict(lambda: [0, 0, 0]), "form_a": defaultdict(lambda: [0, 0, 0]),
              "form_b": defaultdict(lambda: [0, 0, 0]), "all": defaultdict(lambda: [0, 0, 0])}
        for i, (frame, fa, fb, s, want, h) in enumerate(rows):
            if h != half:
                continue
            exact, hit, extra = judge(stated.get(i, []), want)
            for key, val in (("frame", frame), ("form_a", fa), ("form_b", fb), ("all", "all")):
                c = by[key][val]
                c[0] += exact
                c[1] += hit
                c[2] += 1
            if args.verbose and not exact:
                print(f"[{half} {frame} {fa}>{fb}] {s}")
                if not hit:
                    print(f"    missed  {want[0]} > {want[1]} > {want[2]}")
                for e in extra:
                    print(f"    extra   {min(e[0])} > {e[1]} > {min(e[2])}  ({e[3]})")
        result[half] = {k: dict(sorted(v.items())) for k, v in by.items()}
    if args.json:
        print(json.dumps(result, sort_keys=True))
        return
    for half, tables in result.items():
        a = tables["all"]["all"]
        print(f"== {half}: exact {a[0]}/{a[2]} = {a[0] / a[2]:.3f}   has the edge {a[1]}/{a[2]} = {a[1] / a[2]:.3f}")
        for key in ("frame", "form_a", "form_b"):
            print(f"   by {key:7} {'exact':>6} {'edge':>6}    n")
            for val, (e, h, n) in tables[key].items():
                print(f"   {val:24} {e / n:6.3f} {h / n:6.3f} {n:4}")


if __name__ == "__main__":
    main()
