#!/usr/bin/env python3
"""Tests for the corpus tools, on invented fixture texts in a temporary directory.

    python3 corpus/tools/test_tools.py        (or: python3 -m unittest discover corpus/tools)
"""
from __future__ import annotations

import io
import json
import os
import shutil
import sys
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import adjudicate  # noqa: E402
import agree  # noqa: E402
import annot  # noqa: E402
import importlib.util  # noqa: E402

# corpus/tools/select_sentences.py shares its name with a stdlib module: load it by path
_spec = importlib.util.spec_from_file_location("corpus_select", HERE / "select_sentences.py")
sel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sel)
import show  # noqa: E402
import text as T  # noqa: E402
import validate  # noqa: E402

POLITICS = [
    "Kovia and Tarn agree border talks\n\n"
    "Foreign Minister Ana Kell held talks with Tarnian officials in Lyon on Monday. "
    "Mr. Kell said the Union Party backed the plan. "
    "The Greens and Labour are at odds over the levy, said Vera Mott of the Greens.\n\n"
    "Ms Mott accused the Union Party of ducking the issue. "
    "She said George W. Bush had met Recep Erdoğan in Ankara. "
    "\"We will fight them,\" Mott told the Daily Courier.\n",
]
for i in range(7):
    POLITICS.append(
        f"Party {i} leader quits\n\n"
        f"Leader Omar Vess{i} of the Kestrel Party resigned after Ida Lorn criticised him. "
        f"Lorn said Vess{i} had failed the Kestrel Party and Union voters. "
        f"He told the Courier that Lorn and Tam Berri had plotted against him. "
        f"Berri denied meeting Lorn in Varna. "
        f"Kestrel Party officials said Vess{i} would back Lorn.\n")
BUSINESS = [
    f"Corvo buys Varna Air {i}\n\n"
    f"Corvo Group agreed to buy Varna Air from Helm Capital for £{i}m. "
    f"Helm Capital said Corvo Group had offered the best price. "
    f"Varna Air chief Lia Dorn said Corvo Group and Varna Air would merge their fleets. "
    f"Regulators at the Kovia Competition Board approved the deal, Dorn said.\n"
    for i in range(4)
]
CONLL_DOCS = [
    [("EU", "NNP", "B-NP", "B-ORG"), ("rejects", "VBZ", "B-VP", "O"), ("Kovian", "JJ", "B-NP", "B-MISC"),
     ("call", "NN", "I-NP", "O"), (".", ".", "O", "O")],
    [("Ana", "NNP", "B-NP", "B-PER"), ("Kell", "NNP", "I-NP", "I-PER"), ("met", "VBD", "B-VP", "O"),
     ("Tarn", "NNP", "B-NP", "B-LOC"), ("officials", "NNS", "I-NP", "O"), ("on", "IN", "B-PP", "O"),
     ("Monday", "NNP", "B-NP", "O"), (".", ".", "O", "O")],
]


def conll_file_text(n_political=6):
    lines = ["-DOCSTART- -X- -X- O", ""]
    for d in range(n_political):
        for s in range(4):
            sent = CONLL_DOCS[s % 2]
            lines += [" ".join(row) for row in sent] + [""]
            lines += [f"Minister{d} NNP B-NP B-PER", "said VBD B-VP O", "government NN B-NP O",
                      "troops NNS I-NP O", "and CC O O", "Kovia NNP B-NP B-LOC", "talks NNS I-NP O", ". . O O", ""]
        lines += ["-DOCSTART- -X- -X- O", ""]
    lines += ["SOCCER NN B-NP O", "- : O O", "KOVIA NNP B-NP B-LOC", "WIN VB B-VP O", ". . O O", ""]
    return "\n".join(lines) + "\n"


class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="corpus-test-"))
        data = cls.tmp / "data"
        pol = data / "news/bbc/politics"
        bus = data / "news/bbc/business"
        pol.mkdir(parents=True)
        bus.mkdir(parents=True)
        for i, t in enumerate(POLITICS):
            (pol / f"{900 + i:03d}.txt").write_text(t, encoding="utf-8")
        # 950: reserved (must never be read), 951: has a dev copy, 952: duplicate of 951
        (pol / "950.txt").write_text("RESERVED text: must not be read\n", encoding="utf-8")
        dev_text = POLITICS[1].replace("Party 0", "Party X")
        (pol / "951.txt").write_text(dev_text, encoding="utf-8")
        (pol / "952.txt").write_text(dev_text, encoding="utf-8")
        for i, t in enumerate(BUSINESS):
            (bus / f"{800 + i:03d}.txt").write_text(t, encoding="utf-8")
        (data / "ner").mkdir()
        (data / "ner/conll2003-train.txt").write_text(conll_file_text(), encoding="utf-8")
        ev = cls.tmp / "eval"
        (ev / "dev").mkdir(parents=True)
        (ev / "RESERVED.txt").write_text("# reserved\ndata/news/bbc/politics/950.txt\ndata/news/conflict/*\n")
        (ev / "dev/bbc-politics-951.txt").write_text(dev_text, encoding="utf-8")
        cls.old_env = os.environ.get("ACTORGRAPH_DATA")
        os.environ["ACTORGRAPH_DATA"] = str(data)
        T._doc_cache.clear()
        T._reserved_cache.clear()
        T._conll_cache.clear()
        cls.doc = T.read_document("news/bbc/politics/900.txt")

    @classmethod
    def tearDownClass(cls):
        if cls.old_env is None:
            os.environ.pop("ACTORGRAPH_DATA", None)
        else:
            os.environ["ACTORGRAPH_DATA"] = cls.old_env
        shutil.rmtree(cls.tmp)

    # helpers
    def span(self, sent_idx, phrase, nth=0):
        """Byte span of `phrase` inside sentence sent_idx of the fixture document 900."""
        s, e = self.doc.sentences()[sent_idx]
        chunk = self.doc.data[s:e]
        pb = phrase.encode("utf-8")
        pos = -1
        for _ in range(nth + 1):
            pos = chunk.index(pb, pos + 1)
        return [s + pos, s + pos + len(pb)]

    def record(self, sent_idx=1, annotator="A", actors=None, relations=None):
        s, e = self.doc.sentences()[sent_idx]
        return {"doc": "news/bbc/politics/900.txt", "sha256": self.doc.sha256, "sentence": [s, e],
                "annotator": annotator, "flags": [], "actors": actors or [], "relations": relations or []}

    def rel(self, src, tgt, cls, trigger=None, sym=None, modality="asserted"):
        return {"source": src, "target": tgt, "relation": cls,
                "symmetric": (cls == "meets") if sym is None else sym, "trigger": trigger,
                "modality": modality, "stance": False, "indirect": False}

    def good_record(self, annotator="A"):
        # sentence 1: Foreign Minister Ana Kell held talks with Tarnian officials in Lyon on Monday.
        actors = [
            {"id": "a1", "span": self.span(1, "Ana Kell"), "name": "Ana Kell", "type": "person"},
            {"id": "a2", "span": self.span(1, "Tarnian officials"), "name": "Tarn", "type": "country"},
            {"id": "a3", "span": self.span(1, "Lyon"), "name": "Lyon", "type": "location"},
            {"id": "a4", "span": None, "name": "Kovia", "type": "country"},
        ]
        rels = [self.rel("a1", "a2", "meets", self.span(1, "talks")),
                self.rel("a1", "a4", "affiliated_with", self.span(1, "Foreign Minister"))]
        return self.record(1, annotator, actors, rels)

    def write(self, name, records):
        p = self.tmp / name
        with open(p, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r) + "\n")
        return p


class TextTests(Fixture):
    def test_bbc_sentences_and_tokens(self):
        d = self.doc
        sents = [d.slice(s, e) for s, e in d.sentences()]
        self.assertEqual(sents[0], "Kovia and Tarn agree border talks")
        self.assertTrue(sents[2].startswith("Mr. Kell said"))          # no split after "Mr."
        self.assertTrue(sents[5].startswith("She said George W. Bush"))  # no split after an initial
        self.assertEqual(sents[6], "\"We will fight them,\" Mott told the Daily Courier.")
        self.assertEqual(len(sents), 7)
        toks = [d.slice(s, e) for s, e in d.tokens(*d.sentences()[5])]
        self.assertIn("Erdoğan", toks)
        for s, e in d.tokens(*d.sentences()[5]):  # byte offsets slice to the tokens
            self.assertEqual(d.data[s:e].decode("utf-8"), d.slice(s, e))

    def test_possessive_is_a_token(self):
        b = T.read_document("news/bbc/business/800.txt")
        allt = [b.slice(s, e) for ss in b.sentences() for s, e in b.tokens(*ss)]
        self.assertIn("£", allt)
        d = T.Document("x", "Britain's envoy met the U.S. team's chief.".encode(), "bbc")
        toks = [d.slice(s, e) for s, e in d.tokens(*d.sentences()[0])]
        self.assertEqual(toks, ["Britain", "'s", "envoy", "met", "the", "U.S.", "team", "'s", "chief", "."])

    def test_conll_reconstruction(self):
        d = T.read_document("ner/conll2003-train.txt#0")
        lines = d.text.split("\n")
        self.assertEqual(lines[0], "EU rejects Kovian call .")
        self.assertEqual(lines[1], "Minister0 said government troops and Kovia talks .")
        self.assertEqual(len(lines), 8)
        self.assertFalse(d.text.endswith("\n"))
        self.assertEqual(d.sha256, T.sha256(d.text.encode("utf-8")))
        self.assertEqual(len(d.sentences()), 8)
        self.assertEqual(d.ner_tags(0), ["B-ORG", "O", "B-MISC", "O", "O"])
        self.assertEqual([d.slice(s, e) for s, e in d.tokens(*d.sentences()[0])],
                         ["EU", "rejects", "Kovian", "call", "."])
        last = T.read_document("ner/conll2003-train.txt#6")
        self.assertTrue(last.text.startswith("SOCCER - KOVIA"))

    def test_reserved_refused(self):
        with self.assertRaises(T.ReservedError):
            T.read_document("news/bbc/politics/950.txt")
        with self.assertRaises(T.ReservedError):
            T.read_document("news/conflict/anything.txt")


class SelectShowTests(Fixture):
    def test_select_and_show(self):
        out = self.tmp / "batches"
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            sel.main(["--out", str(out), "--bbc-batches", "2", "--politics", "6", "--business", "3",
                      "--conll-batches", "1", "--conll", "5", "--quiet"])
        rows0 = T.read_batch(out / "00.tsv")
        self.assertEqual(len(rows0), 9)
        docs = {r["doc"] for b in ("00", "01", "02") for r in T.read_batch(out / f"{b}.tsv")}
        self.assertNotIn("news/bbc/politics/950.txt", docs)  # reserved
        self.assertNotIn("news/bbc/politics/951.txt", docs)  # dev copy
        self.assertNotIn("news/bbc/politics/952.txt", docs)  # duplicate of the dev copy
        self.assertFalse(any(d.endswith("#6") for d in docs))  # sports document
        for r in rows0:
            doc = T.read_document(r["doc"])
            self.assertIn((r["start"], r["end"]), doc.sentences())
            self.assertEqual(doc.sha256, r["sha256"])
        # same seed, same batches
        out2 = self.tmp / "batches2"
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            sel.main(["--out", str(out2), "--bbc-batches", "2", "--politics", "6", "--business", "3",
                      "--conll-batches", "1", "--conll", "5", "--quiet"])
        self.assertEqual((out / "00.tsv").read_text(), (out2 / "00.tsv").read_text())
        # an appended round leaves the first plan's batches as they were, on new documents
        out3 = self.tmp / "batches3"
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            sel.main(["--out", str(out3), "--bbc-batches", "1", "--politics", "3", "--business", "1",
                      "--conll-batches", "0", "--more-bbc", "1", "--quiet"])
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            sel.main(["--out", str(out2), "--bbc-batches", "1", "--politics", "3", "--business", "1",
                      "--conll-batches", "0", "--quiet"])
        self.assertEqual((out3 / "00.tsv").read_text(), (out2 / "00.tsv").read_text())
        first = {r["doc"] for r in T.read_batch(out3 / "00.tsv")}
        more = {r["doc"] for r in T.read_batch(out3 / "01.tsv")}
        self.assertTrue(more)
        self.assertFalse(first & more)
        # a further --round leaves the second round as it was too
        out4 = self.tmp / "batches4"
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            sel.main(["--out", str(out4), "--bbc-batches", "1", "--politics", "2", "--business", "1",
                      "--conll-batches", "0", "--more-bbc", "1", "--round", "1,0", "--quiet"])
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            sel.main(["--out", str(out3), "--bbc-batches", "1", "--politics", "2", "--business", "1",
                      "--conll-batches", "0", "--more-bbc", "1", "--quiet"])
        for b in ("00", "01"):
            self.assertEqual((out4 / f"{b}.tsv").read_text(), (out3 / f"{b}.tsv").read_text())
        third = {r["doc"] for r in T.read_batch(out4 / "02.tsv")}
        self.assertTrue(third)
        self.assertFalse(third & {r["doc"] for b in ("00", "01") for r in T.read_batch(out4 / f"{b}.tsv")})
        # show prints tokens with offsets; the skeleton validates
        buf = io.StringIO()
        show.render(rows0, 0, 3, out=buf)
        self.assertRegex(buf.getvalue(), r"tok  \S+\[\d+:\d+\]")
        self.assertIn(">>>  ", buf.getvalue())
        sk = io.StringIO()
        show.skeleton(rows0, "A", out=sk)
        p = self.tmp / "sk.jsonl"
        p.write_text(sk.getvalue())
        with redirect_stdout(io.StringIO()):
            self.assertEqual(validate.validate_file(p), 0)


class ValidateTests(Fixture):
    def errors(self, rec):
        p = self.write("v.jsonl", [rec])
        buf = io.StringIO()
        n = validate.validate_file(p, out=buf)
        return n, buf.getvalue()

    def test_good_record(self):
        n, out = self.errors(self.good_record())
        self.assertEqual(n, 0, out)

    def test_bad_records(self):
        cases = []
        r = self.good_record(); r["comment"] = "x"; cases.append((r, "unknown key"))
        r = self.good_record(); r["sha256"] = "0" * 64; cases.append((r, "sha256"))
        r = self.good_record(); r["actors"][0]["span"][1] -= 1; cases.append((r, "token boundaries"))
        r = self.good_record(); r["actors"][0]["span"] = [0, 4]; cases.append((r, "outside the sentence"))
        r = self.good_record(); r["actors"][0]["type"] = "people"; cases.append((r, "type"))
        r = self.good_record(); r["relations"][0]["target"] = "a9"; cases.append((r, "listed actor ids"))
        r = self.good_record(); r["relations"][0]["symmetric"] = False; cases.append((r, "always symmetric"))
        r = self.good_record(); r["relations"][0]["target"] = "a3"; cases.append((r, "locations"))
        r = self.good_record(); r["relations"][0]["relation"] = "likes"; cases.append((r, "relation 'likes'"))
        r = self.good_record(); r["relations"][0]["modality"] = "maybe"; cases.append((r, "modality"))
        r = self.good_record(); r["relations"].append(dict(r["relations"][0], source="a2", target="a1"))
        cases.append((r, "already annotated"))
        r = self.good_record(); r["relations"][1]["relation"] = "backs"; cases.append((r, "implicit"))
        r = self.good_record(); r["annotator"] = "anne"; cases.append((r, "annotator"))
        r = self.good_record(); r["sentence"] = [r["sentence"][0], r["sentence"][1] - 1]; cases.append((r, "not a sentence"))
        for rec, needle in cases:
            n, out = self.errors(rec)
            self.assertGreater(n, 0, needle)
            self.assertIn(needle, out)
            self.assertRegex(out, r"v\.jsonl:1: ")

    def test_not_json_and_cli_exit(self):
        p = self.tmp / "broken.jsonl"
        p.write_text(json.dumps(self.good_record()) + "\n{not json\n")
        buf = io.StringIO()
        with redirect_stdout(buf), redirect_stderr(io.StringIO()):
            rc = validate.main([str(p)])
        self.assertEqual(rc, 1)
        self.assertIn("broken.jsonl:2: not JSON", buf.getvalue())


class AgreeAdjudicateTests(Fixture):
    def pair(self):
        a = self.good_record("A")
        b = self.good_record("B")
        # B: the meets relation written the other way round (still the same), a different
        # type for Lyon (actor disagreement), and an extra relation
        b["relations"][0] = self.rel("a2", "a1", "meets", self.span(1, "talks"))
        b["actors"][2]["type"] = "country"
        b["actors"].append({"id": "b9", "span": self.span(1, "Monday"), "name": "Monday", "type": "person"})
        b["relations"].append(self.rel("a2", "a1", "opposes", self.span(1, "held")))
        # sentence 3: The Greens and Labour are at odds ...
        sa = self.record(3, "A", [
            {"id": "a1", "span": self.span(3, "Greens"), "name": "Green Party", "type": "organization"},
            {"id": "a2", "span": self.span(3, "Labour"), "name": "Labour Party", "type": "organization"},
            {"id": "a3", "span": self.span(3, "Vera Mott"), "name": "Vera Mott", "type": "person"},
            {"id": "a4", "span": self.span(3, "Greens", 1), "name": "Green Party", "type": "organization"}],
            [self.rel("a1", "a2", "opposes", self.span(3, "at odds"), sym=True),
             self.rel("a3", "a4", "affiliated_with")])
        sb = json.loads(json.dumps(sa))
        sb["annotator"] = "B"
        sb["relations"][0] = self.rel("a2", "a1", "opposes", self.span(3, "at odds"), sym=False)
        return [a, sa], [b, sb]

    def test_identical_files_agree_fully(self):
        ra, _ = self.pair()
        rb = json.loads(json.dumps(ra))
        for r in rb:
            r["annotator"] = "B"
        res = agree.compare({annot.key_of(r): r for r in ra}, {annot.key_of(r): r for r in rb})
        self.assertEqual(res["relations"]["f1"], 1.0)
        self.assertEqual(res["actors_exact"]["f1"], 1.0)
        self.assertEqual(res["kappa_relation_vs_none"], 1.0)

    def test_agree_figures(self):
        ra, rb = self.pair()
        res = agree.compare({annot.key_of(r): r for r in ra}, {annot.key_of(r): r for r in rb})
        self.assertEqual(res["sentences"], 2)
        rel = res["relations"]
        # meets matches despite the order; the symmetric opposes matches B's reversed one
        self.assertEqual((rel["tp"], rel["fp"], rel["fn"]), (4, 1, 0))
        self.assertEqual(res["per_class"]["opposes"]["fp"], 1)
        self.assertEqual(res["actors_exact"]["fp"], 1)
        self.assertLess(res["actor_type_agreement"], 1.0)
        self.assertLess(res["attribute_agreement"]["symmetric"], 1.0)
        self.assertLess(res["kappa_relation_vs_none"], 1.0)
        buf = io.StringIO()
        with redirect_stdout(buf):
            agree.main([str(self.write("a.jsonl", ra)), str(self.write("b.jsonl", rb))])
        last = buf.getvalue().strip().splitlines()[-1]
        self.assertEqual(json.loads(last)["relations"]["tp"], 4)

    def test_adjudicate_roundtrip(self):
        ra, rb = self.pair()
        pa, pb = self.write("a.jsonl", ra), self.write("b.jsonl", rb)
        d = self.tmp / "adj"
        with redirect_stdout(io.StringIO()):
            adjudicate.main(["diff", str(pa), str(pb), "--out", str(d)])
        dis = adjudicate.read_jsonl(d / "disagreements.jsonl")
        kinds = sorted((x["kind"], x.get("relation", "")) for x in dis)
        # Lyon type, Monday, B's extra opposes, the at-odds symmetric/directed difference
        self.assertEqual(kinds, [("actor", ""), ("actor", ""), ("relation", "opposes"), ("relation", "opposes")])
        # merge refuses undecided items
        errors, _, _ = adjudicate.merge(d, self.tmp / "gold.jsonl")
        self.assertTrue(errors)
        for x in dis:
            x["decision"] = "A"
        with open(d / "disagreements.jsonl", "w") as f:
            for x in dis:
                f.write(json.dumps(x) + "\n")
        buf = io.StringIO()
        with redirect_stdout(buf):
            adjudicate.show(d, show_all=True, out=buf)
        self.assertIn("decision=A", buf.getvalue())
        errors, warnings, n = adjudicate.merge(d, self.tmp / "gold.jsonl")
        self.assertEqual(errors, [])
        self.assertEqual(n, 2)
        gold = adjudicate.read_jsonl(self.tmp / "gold.jsonl")
        # choosing A everywhere reproduces A's annotation (up to ids)
        res = agree.compare({annot.key_of(r): r for r in ra}, {annot.key_of(r): r for r in gold})
        self.assertEqual(res["relations"]["f1"], 1.0)
        self.assertEqual(res["actors_exact"]["f1"], 1.0)
        self.assertEqual(res["attribute_agreement"]["symmetric"], 1.0)
        with redirect_stdout(io.StringIO()):
            self.assertEqual(validate.validate_file(self.tmp / "gold.jsonl"), 0)

    def test_three_annotators_majority(self):
        ra, rb = self.pair()
        rc = json.loads(json.dumps(ra))
        for r in rc:
            r["annotator"] = "C"
        paths = [self.write(f"{x}.jsonl", r) for x, r in (("a", ra), ("b", rb), ("c", rc))]
        d = self.tmp / "adj3"
        _, dis, _ = adjudicate.diff(paths, d)
        self.assertEqual(dis, [])  # A and C outvote B everywhere


class CorrectionTests(Fixture):
    """adjudicate.py merge with DIR/corrections.jsonl (agreed items the guide contradicts)."""

    def decided_dir(self, name):
        ra, rb = AgreeAdjudicateTests.pair(self)
        d = self.tmp / name
        with redirect_stdout(io.StringIO()):
            adjudicate.main(["diff", str(self.write(f"{name}.a.jsonl", ra)),
                             str(self.write(f"{name}.b.jsonl", rb)), "--out", str(d)])
        dis = adjudicate.read_jsonl(d / "disagreements.jsonl")
        with open(d / "disagreements.jsonl", "w") as f:
            for x in dis:
                f.write(json.dumps(dict(x, decision="A")) + "\n")
        return d

    def key(self, sent_idx):
        s, e = self.doc.sentences()[sent_idx]
        return f"news/bbc/politics/900.txt@{s}:{e}"

    def write_corrections(self, d, items):
        with open(d / "corrections.jsonl", "w", encoding="utf-8") as f:
            for c in items:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")

    def test_corrections_applied_after_decisions(self):
        d = self.decided_dir("corr-ok")
        k1, k3 = self.key(1), self.key(3)
        tarn = {"span": self.span(1, "Tarnian officials"), "name": "Tarn"}
        kell = {"span": self.span(1, "Ana Kell")}
        self.write_corrections(d, [
            # the symmetric meets, selected the other way round
            {"key": k1, "action": "remove_relation", "reason": "§ 8.5: invented reason",
             "relation": {"source": tarn, "target": kell, "relation": "meets"}},
            {"key": k1, "action": "rename_actor", "actor": tarn, "name": "Tarn government",
             "reason": "§ 1: invented"},
            {"key": k1, "action": "retype_actor", "reason": "§ 1: invented", "type": "organization",
             "actor": {"span": self.span(1, "Tarnian officials"), "name": "Tarn government"}},
            # the implicit country goes with its affiliation
            {"key": k1, "action": "remove_actor", "actor": {"span": None, "name": "Kovia"},
             "reason": "§ 9.4: invented"},
            {"key": k3, "action": "add_actor", "reason": "§ 10.5: invented",
             "actor": {"span": self.span(3, "levy"), "name": "levy payers", "type": "group"}},
            {"key": k3, "action": "add_relation", "reason": "§ 10.5: invented",
             "relation": {"source": {"span": self.span(3, "levy")}, "target": {"span": self.span(3, "Labour")},
                          "relation": "opposes", "symmetric": False, "trigger": self.span(3, "odds"),
                          "modality": "asserted", "stance": False, "indirect": False}},
        ])
        applied = []
        errors, warnings, n = adjudicate.merge(d, self.tmp / "corr-gold.jsonl", applied)
        self.assertEqual(errors, [])
        self.assertEqual(len(applied), 6)
        gold = {tuple(r["sentence"]): r for r in adjudicate.read_jsonl(self.tmp / "corr-gold.jsonl")}
        g1 = gold[tuple(self.doc.sentences()[1])]
        self.assertEqual([a["id"] for a in g1["actors"]], ["a1", "a2", "a3"])  # renumbered
        self.assertEqual(g1["relations"], [])
        tg = next(a for a in g1["actors"] if a["span"] == self.span(1, "Tarnian officials"))
        self.assertEqual((tg["name"], tg["type"]), ("Tarn government", "organization"))
        self.assertFalse(any(a["span"] is None for a in g1["actors"]))
        g3 = gold[tuple(self.doc.sentences()[3])]
        by_id = {a["id"]: a for a in g3["actors"]}
        self.assertIn(("levy payers", "opposes", "Labour Party"),
                      [(by_id[r["source"]]["name"], r["relation"], by_id[r["target"]]["name"])
                       for r in g3["relations"]])
        with redirect_stdout(io.StringIO()):
            self.assertEqual(validate.validate_file(self.tmp / "corr-gold.jsonl"), 0)
        buf = io.StringIO()
        with redirect_stdout(buf), redirect_stderr(io.StringIO()):
            rc = adjudicate.main(["merge", str(d), "--out", str(self.tmp / "corr-gold2.jsonl")])
        self.assertEqual(rc, 0)
        self.assertIn("6 correction(s) applied", buf.getvalue())

    def test_correction_must_apply_to_exactly_one_item(self):
        d = self.decided_dir("corr-bad")
        k1, k3 = self.key(1), self.key(3)
        greens = {"span": self.span(3, "Greens"), "name": "Green Party"}
        good = {"key": k1, "action": "remove_actor", "actor": {"span": self.span(1, "Lyon")},
                "reason": "§ 1: invented"}
        cases = [
            ({"key": k1, "action": "remove_actor", "actor": {"span": self.span(1, "Monday")},
              "reason": "§ 1: x"}, "matches 0 actors"),
            ({"key": k1, "action": "remove_actor", "actor": {"span": self.span(1, "Ana Kell"), "name": "Vera Mott"},
              "reason": "§ 1: x"}, "matches 0 actors"),
            ({"key": k3, "action": "remove_relation", "reason": "§ 1: x",
              "relation": {"source": greens, "target": {"span": self.span(3, "Vera Mott")}, "relation": "backs"}},
             "matches 0 relations"),
            ({"key": k1, "action": "rename_actor", "actor": {"span": self.span(1, "Ana Kell")}, "name": "Ana Kell",
              "reason": "§ 11.1: x"}, "already has that name"),
            ({"key": k1, "action": "retype_actor", "actor": {"span": self.span(1, "Ana Kell")}, "type": "person",
              "reason": "§ 1: x"}, "already a person"),
            ({"key": k1, "action": "add_actor", "reason": "§ 1: x",
              "actor": {"span": self.span(1, "Ana Kell"), "name": "Ana Kell", "type": "person"}}, "already listed"),
            ({"key": k3, "action": "add_relation", "reason": "§ 1: x",
              "relation": {"source": {"span": self.span(3, "Labour")}, "target": greens, "relation": "opposes",
                           "symmetric": False, "trigger": None, "modality": "asserted", "stance": False,
                           "indirect": False}}, "already annotated"),
            ({"key": k1.replace("@", "@9"), "action": "remove_actor", "actor": {"span": None, "name": "Kovia"},
              "reason": "§ 1: x"}, "not a sentence of this batch"),
            ({"key": k1, "action": "remove_actor", "actor": {"span": None, "name": "Kovia"},
              "reason": "wrong, see the guide"}, "citing a guide section"),
            ({"key": k1, "action": "delete", "actor": {"span": None, "name": "Kovia"}, "reason": "§ 1"},
             "not in"),
            ({"key": k1, "action": "rename_actor", "actor": {"span": None, "name": "Kovia"}, "reason": "§ 1"},
             "takes"),
        ]
        for bad, needle in cases:
            self.write_corrections(d, [good, bad])
            errors, _, _ = adjudicate.merge(d, self.tmp / "corr-bad-gold.jsonl")
            self.assertTrue(errors, needle)
            self.assertIn(needle, " | ".join(errors))
            self.assertIn("corrections.jsonl:2", " | ".join(errors))
            self.assertFalse((self.tmp / "corr-bad-gold.jsonl").exists())
        # a correction that leaves an invalid record is reported with its lines
        self.write_corrections(d, [good, {"key": k1, "action": "remove_relation", "reason": "§ 9.4: x",
                                          "relation": {"source": {"span": self.span(1, "Ana Kell")},
                                                       "target": {"span": None, "name": "Kovia"},
                                                       "relation": "affiliated_with"}}])
        errors, _, _ = adjudicate.merge(d, self.tmp / "corr-bad-gold.jsonl")
        self.assertTrue(any("implicit actor" in e and "lines 1, 2" in e for e in errors), errors)


if __name__ == "__main__":
    unittest.main()
