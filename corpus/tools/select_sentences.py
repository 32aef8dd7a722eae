#!/usr/bin/env python3
"""Select the sentences to annotate and write corpus/batches/NN.tsv.

    python3 corpus/tools/select_sentences.py                      # the default plan (12 x 100)
    python3 corpus/tools/select_sentences.py --stats-only         # print what it would write
    python3 corpus/tools/select_sentences.py --norm-hash FILE...  # print the normalised-text hash of files
                                                        # (for --exclude-hashes; see below)

Plan (defaults): batches 00-07 from BBC (70 politics + 30 business sentences each),
batches 08-11 from CoNLL-2003 train (political / world news documents only).
--more-bbc N and --more-conll M append N BBC batches, then M CoNLL batches, after those
(the second round: 12-13 BBC, 14-15 CoNLL); each --round B,C appends one more round (the
third, --round 2,2: 16-17 BBC, 18-19 CoNLL). Each stream goes on where the plan before left
it, so every earlier batch and its documents stay exactly what they were.

Sources and exclusions
  * BBC: news/bbc/politics/*.txt and news/bbc/business/*.txt. Texts matched by
    eval/RESERVED.txt are skipped by name and never opened. The dev copies
    (eval/dev/bbc-politics-NNN.txt = politics/NNN.txt, verified by content) are
    skipped, and so is every other BBC file whose normalised text or headline equals a
    dev file's (the BBC set contains duplicate articles). Duplicates among the allowed
    files are dropped (the lower file number is kept).
  * --exclude-hashes FILE: one normalised-text sha256 per line (from --norm-hash);
    documents with such a hash are skipped. Use it to drop copies of reserved texts:
    whoever may read them runs --norm-hash over them and hands over the list.
  * CoNLL: documents whose headline is a sports or "PRESS DIGEST" line, whose tokens
    are mostly numbers (tables, results), or that have fewer than 2 political/world
    keywords are skipped.

Sentences
  * Eligible: 4-70 tokens, not a CoNLL dateline ("PLACE 1996-08-22"), and at least two
    actor candidates of which at least one name (names: runs of capitalised tokens outside a stop list for BBC; entity
    chunks for CoNLL; candidates: names plus personal pronouns).
  * Per document one window of 3-8 contiguous eligible sentences (length and position
    drawn from a generator seeded with the seed and the locator; of three drawn
    positions the one with most event-trigger sentences wins), so pronouns have their
    antecedents nearby. Documents are taken in an order fixed by
    sha256(seed, locator): excluding a document does not reshuffle the others.
  * The last window of a quota is cut to fit. Windows are shuffled within a batch;
    the sentences of a window stay in document order.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T  # noqa: E402

SEED = 20240611

STOP = set("""
the a an he she it they we i you but and or nor so yet in on at for of to by with from
this that these those there their his her its our my your if as when while after before
since until although though because despite however meanwhile also not no yes all some
many most more much other another such both each every what which who whom whose where
why how one two three four five six seven eight nine ten first last new
monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december
""".split())
PRONOUNS = set("he she they him her them his their we our us i".split())
EVENT_TRIGGER = re.compile(
    r"\b(meet|met|meeting|talks|visit|host|negotiat|phone|summit|mediat|support|back(s|ed|ing|ers?)?\b|"
    r"endors|prais|welcom|aid\b|fund|ally|allies|alliance|deal|agree|criticis|criticiz|condemn|accus|"
    r"reject|deni|deny|demand|threat|sanction|attack|fight|clash|su(e|ed|ing)\b|blam|warn|urg|oppos|"
    r"row\b|dispute|at odds|protest|arrest|expel|sack|defeat|beat|challeng|defend|thank|congratulat|"
    r"invest|lend|loan|bid\b|merg|acqui|buy|bought|sell|sold)", re.I)
SPORTS = re.compile(
    r"^(SOCCER|FOOTBALL|TENNIS|GOLF|CRICKET|BASEBALL|BASKETBALL|RUGBY|CYCLING|ATHLETICS|"
    r"MOTOR ?RACING|MOTORCYCLING|BOXING|HORSE ?RACING|SKIING|SWIMMING|BADMINTON|SQUASH|"
    r"HOCKEY|ICE HOCKEY|NFL|NHL|NBA|VOLLEYBALL|HANDBALL|SAILING|ROWING|YACHTING|"
    r"TABLE TENNIS|SNOOKER|DARTS|CHESS|JUDO|WRESTLING|GYMNASTICS|TRIATHLON|OLYMPICS|"
    r"ALPINE SKIING|SPEEDWAY|POLO|NORDIC|FORMULA|ROLLER|BOBSLEIGH|RALLYING|RALLY|MOTOCROSS|"
    r"EQUESTRIAN|SHOOTING|FENCING|CANOEING|SUMO|ARCHERY|WEIGHTLIFTING)\b", re.I)
MARKETS = re.compile(
    r"\b(shares?|stocks?|bourses?|prices|futures|bonds?|index|indices|trading|dow|nikkei|ftse|dax|"
    r"currency|dollar|yen|rupiah|peso|forex|oil products|crude|wheat|grain|cattle|copper|gold|"
    r"metals|frost|crop|harvest|weather|interest rates?|yields?|earnings|profit|net|eps|dividend|div)\b", re.I)
POLITICAL = set("""
minister ministers president government talks party parliament election elections rebels
army troops police opposition leader officials official diplomat diplomats embassy
ceasefire peace war military sanctions vote voters prime premier foreign defence defense
security guerrillas militants killed attack attacks protest protesters court accused
treaty summit nato u.n. un eu congress senate coalition spokesman spokeswoman talks
negotiations refugees border soldiers forces rebel regime state ambassador cabinet
""".split())


def norm_hash(data: bytes) -> str:
    return T.sha256(re.sub(rb"\s+", b" ", data).strip().lower())


def headline(data: bytes) -> bytes:
    return re.sub(rb"\s+", b" ", data.split(b"\n", 1)[0]).strip().lower()


# ------------------------------------------------------------ sentence features


def name_count_bbc(doc, s, e):
    toks = [doc.slice(a, b) for a, b in doc.tokens(s, e)]
    groups, cur = set(), []
    for t in toks + [""]:
        if t and t[0].isupper() and t.lower() not in STOP:
            cur.append(t)
        else:
            if cur:
                groups.add(" ".join(cur).lower())
            cur = []
    return len(groups), toks


def name_count_conll(doc, idx):
    tags = doc.ner_tags(idx)
    toks = [row[0] for row in doc.conll[idx]]
    n, prev = 0, "O"
    for tag in tags:
        if tag.startswith("B-") or (tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:])):
            n += 1
        prev = tag
    return n, toks


def features(doc):
    out = []
    for i, (s, e) in enumerate(doc.sentences()):
        if doc.kind == "conll":
            names, toks = name_count_conll(doc, i)
        else:
            names, toks = name_count_bbc(doc, s, e)
        pron = sum(1 for t in toks if t.lower() in PRONOUNS)
        dateline = doc.kind == "conll" and bool(toks) and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", toks[-1]))
        eligible = 4 <= len(toks) <= 70 and names >= 1 and names + min(pron, 1) >= 2 and not dateline
        out.append({"span": (s, e), "names": names, "pron": pron, "ntok": len(toks),
                    "eligible": eligible, "trigger": bool(EVENT_TRIGGER.search(doc.slice(s, e)))})
    return out


def pick_window(doc, seed):
    feats = features(doc)
    runs, cur = [], []
    for i, f in enumerate(feats):
        if f["eligible"]:
            cur.append(i)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    runs = [r for r in runs if len(r) >= 3]
    if not runs:
        return None
    rng = random.Random(f"{seed}:{doc.locator}")
    longest = max(len(r) for r in runs)
    length = min(rng.randint(3, 8), longest)
    starts = [(r, k) for r in runs for k in range(len(r) - length + 1)]
    # best of three random positions by number of event-trigger sentences: leans
    # towards relation-rich windows while keeping trigger-less sentences in the mix
    draws = [starts[rng.randrange(len(starts))] for _ in range(3)]
    run, k = max(draws, key=lambda d: sum(feats[i]["trigger"] for i in d[0][d[1]:d[1] + length]))
    return [dict(feats[i], index=i) for i in run[k:k + length]]


# ------------------------------------------------------------ documents


def bbc_candidates(root: Path, section: str, excluded_hashes: set, log) -> list[str]:
    edir = T.eval_dir(root) / "dev"
    dev_hash, dev_head, dev_locs = set(), set(), set()
    for f in sorted(edir.glob("bbc-politics-*.txt")) if edir.exists() else []:
        num = f.stem.rsplit("-", 1)[1]
        loc = f"news/bbc/politics/{num}.txt"
        dev_locs.add(loc)
        data = f.read_bytes()
        dev_hash.add(norm_hash(data))
        dev_head.add(headline(data))
        src = root / loc
        if src.exists() and not T.is_reserved(loc, root):
            same = src.read_bytes() == data
            log(f"dev copy {f.name} {'==' if same else '!= (excluded anyway)'} {loc}")
    out, seen_hash, seen_head = [], set(), set()
    for f in sorted((root / "news/bbc" / section).glob("*.txt")):
        loc = f"news/bbc/{section}/{f.name}"
        if T.is_reserved(loc, root):
            continue  # never opened
        if loc in dev_locs:
            continue
        data = f.read_bytes()
        h, hd = norm_hash(data), headline(data)
        if h in dev_hash or hd in dev_head:
            log(f"excluded {loc}: duplicate of a dev file")
            continue
        if h in excluded_hashes or "head:" + T.sha256(hd) in excluded_hashes:
            log(f"excluded {loc}: --exclude-hashes (same text or headline)")
            continue
        if h in seen_hash or hd in seen_head:
            log(f"excluded {loc}: duplicate of an earlier file")
            continue
        seen_hash.add(h)
        seen_head.add(hd)
        out.append(loc)
    return out


def conll_candidates(root: Path, excluded_hashes: set, log) -> list[str]:
    path = root / T.CONLL_NAME
    if not path.exists():
        return []
    docs = T.conll_documents(path)
    out = []
    skipped = {"sports": 0, "digest": 0, "numeric": 0, "not political": 0, "empty": 0}
    for i, sents in enumerate(docs):
        sents = [s for s in sents if s]
        if not sents:
            skipped["empty"] += 1
            continue
        head = " ".join(r[0] for r in sents[0])
        toks = [r[0] for s in sents for r in s]
        if SPORTS.match(head):
            skipped["sports"] += 1
            continue
        if head.upper().startswith("PRESS DIGEST") or "DIGEST" in head.upper().split(" - ")[0]:
            skipped["digest"] += 1
            continue
        if MARKETS.search(head):
            skipped["markets"] = skipped.get("markets", 0) + 1
            continue
        numeric = sum(1 for t in toks if re.fullmatch(r"[-+]?[\d.,/:%-]*\d[\d.,/:%-]*", t)) / len(toks)
        if numeric > 0.12:
            skipped["numeric"] += 1
            continue
        low = [t.lower() for t in toks]
        if sum(1 for t in low if t in POLITICAL) < 2:
            skipped["not political"] += 1
            continue
        loc = f"{T.CONLL_NAME}#{i}"
        if excluded_hashes and norm_hash(T.conll_text(sents).encode()) in excluded_hashes:
            continue
        out.append(loc)
    log(f"CoNLL: {len(docs)} documents, {len(out)} kept; skipped {skipped}")
    return out


def ordered(locs, seed):
    return sorted(locs, key=lambda l: hashlib.sha256(f"{seed}:{l}".encode()).hexdigest())


class Stream:
    """Windows from documents in a fixed order."""

    def __init__(self, name, locs, seed, root):
        self.name, self.seed, self.root = name, seed, root
        self.queue = ordered(locs, seed)
        self.pos = 0
        self.used_docs = 0

    def take(self, need):
        while self.pos < len(self.queue):
            loc = self.queue[self.pos]
            self.pos += 1
            doc = T.read_document(loc, self.root)
            win = pick_window(doc, self.seed)
            if not win:
                continue
            self.used_docs += 1
            win = win[:need]
            return [dict(w, doc=loc, sha256=doc.sha256, source=self.name) for w in win]
        raise SystemExit(f"not enough {self.name} documents for the plan")


def plan_batches(args, root, log):
    excluded = set()
    if args.exclude_hashes:
        excluded = {l.strip() for l in Path(args.exclude_hashes).read_text().splitlines() if l.strip()}
    streams = {
        "bbc-politics": Stream("bbc-politics", bbc_candidates(root, "politics", excluded, log), args.seed, root),
        "bbc-business": Stream("bbc-business", bbc_candidates(root, "business", excluded, log), args.seed, root),
        "conll": Stream("conll", conll_candidates(root, excluded, log), args.seed, root),
    }
    for s in streams.values():
        log(f"{s.name}: {len(s.queue)} candidate documents")
    plan = [{"bbc-politics": args.politics, "bbc-business": args.business}] * args.bbc_batches
    plan += [{"conll": args.conll}] * args.conll_batches
    # Appended rounds: the streams continue, so the batches above do not change. The
    # second round is --more-bbc / --more-conll; each --round BBC,CONLL after it appends
    # another (BBC batches first, then CoNLL), leaving every earlier batch as it was.
    rounds = [(args.more_bbc, args.more_conll)] + [tuple(int(n) for n in r.split(",")) for r in args.round]
    for bbc, conll in rounds:
        plan += [{"bbc-politics": args.politics, "bbc-business": args.business}] * bbc
        plan += [{"conll": args.conll}] * conll
    batches = []
    for b, quota in enumerate(plan):
        rng = random.Random(f"{args.seed}:batch:{b}")
        windows = []
        for src, n in quota.items():
            got = 0
            while got < n:
                w = streams[src].take(n - got)
                windows.append(w)
                got += len(w)
        rng.shuffle(windows)
        batches.append([row for w in windows for row in w])
    return batches, streams


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "batches"))
    ap.add_argument("--bbc-batches", type=int, default=8)
    ap.add_argument("--conll-batches", type=int, default=4)
    ap.add_argument("--politics", type=int, default=70, help="politics sentences per BBC batch")
    ap.add_argument("--business", type=int, default=30, help="business sentences per BBC batch")
    ap.add_argument("--conll", type=int, default=100, help="sentences per CoNLL batch")
    ap.add_argument("--more-bbc", type=int, default=0, help="BBC batches appended after the plan")
    ap.add_argument("--more-conll", type=int, default=0, help="CoNLL batches appended after those")
    ap.add_argument("--round", action="append", default=[], metavar="BBC,CONLL",
                    help="a further round appended after --more-bbc/--more-conll (repeatable)")
    ap.add_argument("--exclude-hashes")
    ap.add_argument("--stats-only", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--norm-hash", nargs="+", metavar="FILE")
    args = ap.parse_args(argv)

    if args.norm_hash:
        for f in args.norm_hash:
            print(norm_hash(Path(f).read_bytes()))
        return 0

    root = T.data_root()
    log = (lambda m: None) if args.quiet else (lambda m: print(m, file=sys.stderr))
    batches, streams = plan_batches(args, root, log)
    lines = stats_table(batches)
    if not args.stats_only:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for b, rows in enumerate(batches):
            T.write_batch(out / f"{b:02d}.tsv", [{"doc": r["doc"], "sha256": r["sha256"],
                                                  "start": r["span"][0], "end": r["span"][1]} for r in rows])
        (out / "STATS.md").write_text(
            "# Batch statistics\n\nWritten by `python3 corpus/tools/select_sentences.py` "
            f"(seed {args.seed}). Counts only, no text.\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


def stats_table(batches):
    lines = ["| batch | sentences | documents | bbc-politics | bbc-business | conll | with event trigger | >=2 names | mean tokens |",
             "|---|---|---|---|---|---|---|---|---|"]
    tot = []
    for b, rows in enumerate(batches):
        lines.append(_row(f"{b:02d}", rows))
        tot += rows
    lines.append(_row("all", tot))
    return lines


def _row(name, rows):
    by = lambda s: sum(1 for r in rows if r["source"] == s)
    docs = len({r["doc"] for r in rows})
    trig = sum(r["trigger"] for r in rows)
    two = sum(r["names"] >= 2 for r in rows)
    mean = sum(r["ntok"] for r in rows) / max(1, len(rows))
    return (f"| {name} | {len(rows)} | {docs} | {by('bbc-politics')} | {by('bbc-business')} | {by('conll')} | "
            f"{trig} ({100 * trig // max(1, len(rows))}%) | {two} | {mean:.1f} |")


if __name__ == "__main__":
    sys.exit(main())
