"""Throughput benchmark for kemiskinan_ie (one command, one table).

    .venv/bin/python benchmarks/throughput.py --n 2000            # table
    .venv/bin/python benchmarks/throughput.py --n 2000 --json     # machine-readable
    .venv/bin/python benchmarks/throughput.py --stress --stress-n 20000   # corrupted-batch check
    .venv/bin/python benchmarks/throughput.py --memory 40000     # memory over a long batch

The corpus is built from the project's own fixture articles (``tests/fixtures/articles`` and the
texts of ``tests/fixtures/gold_*.jsonl``, about 550 distinct articles) and, when present, the gold
texts in ``../shared/gold``, repeated with varied years and paragraph order when ``--n`` asks for
more. ``--corpus news`` measures general news instead: NERP sentences (``../shared/data``) joined
into articles.

Measured in one run:

* ``spacy.blank("id")`` tokenisation alone (spaCy's stock Indonesian tokenizer), articles/s, over
  all ``--n`` articles; repeated articles are cache hits for its tokenizer;
* the same comparison on distinct articles each contender has not seen (``unseen_ratio``: each
  half timed after the other half warmed the caches), closer to a real batch of new articles;
* the project's tokenizer alone;
* the full pipeline, single process (``nlp.pipe``), and end to end per core (``extract_many``
  plus JSON serialisation, what ``annotate`` does per article), with the ratio to bare blank("id");
* batch scaling with 1 and 2 workers (the batch engines, timed after every worker is up and warm;
  start-up reported apart), and how much CPU parallelism the machine gives right now;
* peak RSS of this process and of the worker processes, and the tracemalloc peak of a
  single-process pass.

``--stress`` builds a batch in ``--stress-dir`` (default ``/tmp/kie-stress``) with 2 % corrupted
inputs (malformed JSON lines, invalid UTF-8, binary files, missing text, HTML pages given as
text, control characters, duplicate ids, a 10 MB article, very long lines), runs the real CLI
with ``--workers 1``, ``--workers 2`` and ``--engine dask``, and checks that every input id is
accounted for exactly once and that the three outputs are byte-identical (sha256).

``--memory N`` runs N articles through one worker's code path (``engines.process_chunk``), every
article a gold-style text with its digits redrawn and fifteen made-up names put in, so that each
brings words and numbers no earlier one had (as a real batch does, without end), and prints the
resident memory and the vocabulary's size every 4,000 articles.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
GOLD = ROOT.parent / "shared" / "gold"


def base_texts() -> list[str]:
    """Distinct article texts: the fixture articles (``tests/fixtures/articles/*.txt`` and the
    texts of the project's own gold fixtures ``tests/fixtures/gold_*.jsonl``), plus the gold
    article texts when ``../shared/gold`` exists."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    files = sorted(FIXTURES.parent.glob("gold_*.jsonl"))
    if GOLD.is_dir():
        files += sorted(GOLD.glob("*.jsonl"))
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return list(dict.fromkeys(texts))


NEWS = ROOT.parent / "shared" / "data" / "indonlu-ner" / "nerp"


def news_texts(chars: int = 1600) -> list[str]:
    """General Indonesian news, few statistics: NERP sentences (``../shared/data``) joined into
    articles of about ``chars`` characters, sentence starts capitalised."""
    if not NEWS.is_dir():
        raise SystemExit(f"--corpus news needs the NERP corpus in {NEWS}")
    sents: list[str] = []
    for split in ("train", "valid", "test"):
        words: list[str] = []
        for line in (NEWS / f"{split}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split("\t")[0])
            elif words:
                sents.append(" ".join(words))
                words = []
    texts, buf = [], []
    for s in sents:
        buf.append(s[:1].upper() + s[1:] + " .")
        if sum(map(len, buf)) > chars:
            texts.append(" ".join(buf))
            buf = []
    return texts


def build_corpus(n: int, seed: int = 13, corpus: str = "gold") -> list[dict]:
    """``n`` records: base texts repeated with shifted years and rotated paragraphs (deterministic).
    ``corpus`` is ``gold`` (fixture and gold articles, dense in statistics) or ``news`` (general news)."""
    bases = bases_of(corpus)
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = bases[i % len(bases)]
        shift = rng.randint(-3, 3)
        text = re.sub(r"\b20([0-2]\d)\b", lambda m, s=shift: str(2000 + max(0, min(29, int(m.group(1)) + s))), text)
        paras = text.split("\n\n")
        if len(paras) > 2:
            k = rng.randrange(1, len(paras))
            paras = paras[:1] + paras[k:] + paras[1:k]  # keep the lead paragraph first
        out.append({"id": f"bench-{i:06d}", "text": "\n\n".join(paras), "meta": {"published": "2024-06-01"}})
    return out


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


class _HwmSampler:
    """Samples VmHWM (peak RSS) of this process's descendants from /proc (Linux only)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _descendants(self) -> list[int]:
        out, todo = [], [os.getpid()]
        while todo:
            pid = todo.pop()
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{task}/children") as fh:
                        kids = [int(x) for x in fh.read().split()]
                        out.extend(kids)
                        todo.extend(kids)
            except OSError:
                continue
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            for pid in self._descendants():
                try:
                    with open(f"/proc/{pid}/status") as fh:
                        for line in fh:
                            if line.startswith("VmHWM:"):
                                self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    pass

    def cpu_seconds(self) -> float:
        """CPU time (user + system) used so far by this process and its live descendants."""
        tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        total = 0.0
        for pid in [os.getpid(), *self._descendants()]:
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    f = fh.read().rsplit(")", 1)[1].split()
                total += (int(f[11]) + int(f[12])) / tick
            except (OSError, IndexError, ValueError):
                pass
        return total

    def __enter__(self) -> _HwmSampler:
        if sys.platform.startswith("linux"):
            self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()


def cpu_parallelism(procs: int = 2, loops: int = 6_000_000) -> float:
    """How many cores this machine gives us right now: ``procs`` busy loops at once vs one alone
    (2.0 on an idle 2-core machine; less when other jobs share it). Puts the scaling numbers in context."""
    code = f"x = 0\nfor i in range({loops}): x += i"

    def run(k: int) -> float:
        t = time.perf_counter()
        ps = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(k)]
        for p in ps:
            p.wait()
        return time.perf_counter() - t

    one = run(1)
    return procs * one / run(procs)


def bases_of(corpus: str) -> list[str]:
    """The distinct base texts of ``corpus`` (see ``build_corpus``)."""
    return base_texts() if corpus == "gold" else news_texts()


def unseen_ratio(recs: list[dict], batch_size: int = 64) -> dict:
    """Pipeline vs ``blank("id")`` on articles each tokeniser has not seen before.

    spaCy's tokenizer caches every chunk it has split, so on a corpus that repeats its base
    articles (``--n`` larger than the number of distinct texts) its later passes are cache hits
    throughout, which no batch of distinct articles gets. Here the distinct articles are split in
    two halves; each half is timed once, after the *other* half went through untimed (a warm cache
    and vocabulary of ordinary words, as deep into a real batch). Both contenders get the same
    treatment: each half gets a freshly built ``blank("id")`` and a freshly built pipeline, so the
    words first seen in the timed half cost both of them a new vocabulary entry."""
    import spacy

    from kemiskinan_ie.pipeline import build, make_doc

    halves = (recs[0::2], recs[1::2])
    blank_s = pipe_s = 0.0
    for timed, warm in (halves, halves[::-1]):
        nlp = build()
        gc.collect()
        gc.freeze()
        blank = spacy.blank("id")
        for _ in blank.pipe((r["text"] for r in warm), batch_size=batch_size):
            pass
        t = time.perf_counter()
        for _ in blank.pipe((r["text"] for r in timed), batch_size=batch_size):
            pass
        blank_s += time.perf_counter() - t
        for _ in nlp.pipe((make_doc(nlp, r["text"], r["meta"]["published"]) for r in warm), batch_size=batch_size):
            pass
        t = time.perf_counter()
        for _ in nlp.pipe((make_doc(nlp, r["text"], r["meta"]["published"]) for r in timed), batch_size=batch_size):
            pass
        pipe_s += time.perf_counter() - t
    n = len(recs)
    return {"unseen_n_articles": n, "blank_unseen_aps": _rate(n, blank_s), "pipeline_unseen_aps": _rate(n, pipe_s),
            "ratio_pipeline_over_blank_unseen": blank_s / pipe_s if pipe_s > 0 else float("inf")}


def bench(n: int, batch_size: int = 64, max_workers: int = 2, corpus: str = "gold") -> dict:
    """Run every measurement on an ``n``-article corpus; return the numbers."""
    import spacy

    from kemiskinan_ie.batch import chunked
    from kemiskinan_ie.engines import make_engine
    from kemiskinan_ie.pipeline import extract_many, load, make_doc
    from kemiskinan_ie.tokenizer import RegexTokenizer

    recs = build_corpus(n, corpus=corpus)
    texts = [r["text"] for r in recs]
    res: dict = {"corpus": corpus, "n_articles": n, "mean_chars": round(sum(map(len, texts)) / n), "batch_size": batch_size,
                 "cpu_count": os.cpu_count(), "python": sys.version.split()[0], "spacy": spacy.__version__}

    t = time.perf_counter()
    blank = spacy.blank("id")
    res["blank_load_s"] = time.perf_counter() - t
    t = time.perf_counter()
    for _ in blank.pipe(texts, batch_size=batch_size):
        pass
    res["blank_tokenize_aps"] = _rate(n, time.perf_counter() - t)

    tok = RegexTokenizer(blank.vocab)
    t = time.perf_counter()
    for text in texts:
        tok(text)
    res["project_tokenizer_aps"] = _rate(n, time.perf_counter() - t)

    t = time.perf_counter()
    nlp = load()
    res["pipeline_load_s"] = time.perf_counter() - t
    gc.collect()
    gc.freeze()  # as the batch workers do after loading (``engines.worker_nlp``)
    res["pipeline_components"] = list(nlp.pipe_names)
    t = time.perf_counter()
    for _ in nlp.pipe((make_doc(nlp, r["text"], r["meta"]["published"]) for r in recs), batch_size=batch_size):
        pass
    res["pipeline_nlp_pipe_aps"] = _rate(n, time.perf_counter() - t)

    t = time.perf_counter()
    for r in extract_many(recs, nlp=nlp, batch_size=batch_size):
        r.to_json()
    res["pipeline_end_to_end_aps"] = _rate(n, time.perf_counter() - t)
    res["ratio_blank_over_pipeline"] = res["blank_tokenize_aps"] / res["pipeline_nlp_pipe_aps"]
    # issue #4's ratio: full pipeline speed over bare blank("id") tokenisation (>= 1.0 is the goal)
    res["ratio_pipeline_over_blank"] = res["pipeline_nlp_pipe_aps"] / res["blank_tokenize_aps"]
    res["ratio_blank_over_end_to_end"] = res["blank_tokenize_aps"] / res["pipeline_end_to_end_aps"]

    unseen = unseen_ratio(build_corpus(min(n, len(bases_of(corpus))), corpus=corpus), batch_size)
    res.update(unseen)

    sub = recs[: min(n, 300)]
    tracemalloc.start()
    for r in extract_many(sub, nlp=nlp, batch_size=batch_size):
        r.to_json()
    res["tracemalloc_peak_mb_300"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    res["rss_peak_main_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    scaling = {}
    digests = set()
    for w in range(1, max_workers + 1):
        with _HwmSampler() as hwm:
            t0 = time.perf_counter()
            eng = make_engine("local", workers=w, batch_size=batch_size)
            for _ in eng.map(chunked(recs[: 8 * w], 4)):  # every worker up and warm
                pass
            t1 = time.perf_counter()
            c1 = hwm.cpu_seconds()
            h = hashlib.sha256()
            count = 0
            size = batch_size if w == 1 else min(batch_size, 32)
            for out in eng.map(chunked(recs, size)):
                for line, _ in out:
                    count += 1
                    h.update(line.encode("utf-8", "backslashreplace") + b"\n")
            t2 = time.perf_counter()
            c2 = hwm.cpu_seconds()
            eng.close()
        digests.add(h.hexdigest())
        scaling[w] = {"startup_s": t1 - t0, "run_s": t2 - t1, "aps": _rate(count, t2 - t1),
                      "cpu_s": c2 - c1, "aps_per_cpu_s": _rate(count, c2 - c1) if c2 > c1 else None,
                      "worker_rss_peak_mb": hwm.peak_kb / 1024 if w > 1 else None}
    res["scaling"] = scaling
    res["cpu_parallelism_available"] = cpu_parallelism(max_workers)
    res["speedup_2_over_1"] = (scaling[2]["aps"] / scaling[1]["aps"]) if 2 in scaling else None
    if 2 in scaling and scaling[1]["aps_per_cpu_s"] and scaling[2]["aps_per_cpu_s"]:
        # articles per CPU-second, 2 workers vs 1 (1.0 = no overhead from parallelism; the wall-clock
        # speed-up is this times the cores actually free)
        res["cpu_efficiency_2_over_1"] = scaling[2]["aps_per_cpu_s"] / scaling[1]["aps_per_cpu_s"]
    res["outputs_identical_across_workers"] = len(digests) == 1
    res["rss_peak_main_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return res


def long_tail_record(i: int, bases: list[str], rng: random.Random) -> dict:
    """Article ``i`` of the memory run: a base text whose digits are redrawn, with made-up names."""
    syllables = ["ba", "ri", "tu", "ng", "ka", "si", "mo", "la", "pe", "da", "wa", "ni", "go", "ra", "te"]
    text = re.sub(r"\d", lambda m: str(rng.randint(0, 9)), bases[i % len(bases)])
    words = text.split(" ")
    for _ in range(15):
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        words.insert(rng.randrange(len(words)), name)
    return {"id": f"mem-{i:07d}", "text": " ".join(words), "meta": {"published": "2024-06-01"}}


def memory_run(n: int, every: int = 4000, chunk: int = 200) -> list[dict]:
    """Resident memory and vocabulary size every ``every`` articles of an ``n``-article run."""
    from kemiskinan_ie import pipeline
    from kemiskinan_ie.engines import PipelineSpec, process_chunk, worker_nlp

    spec = PipelineSpec.make()
    nlp = worker_nlp(spec)
    bases, rng = base_texts(), random.Random(5)
    rows, t0 = [], time.perf_counter()
    for k in range(0, n, chunk):
        process_chunk(spec, [long_tail_record(i, bases, rng) for i in range(k, min(n, k + chunk))])
        done = min(n, k + chunk)
        if done % every == 0 or done == n:
            status = Path("/proc/self/status").read_text() if Path("/proc/self/status").exists() else ""
            rss = int(status.split("VmRSS:")[1].split()[0]) / 1024 if "VmRSS:" in status else \
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            rows.append({"articles": done, "rss_mb": round(rss), "strings_kept": len(nlp.vocab.strings),
                         "lexemes_made": len(nlp.vocab), "keep_lexemes": getattr(pipeline, "KEEP_LEXEMES", None),
                         "seconds": round(time.perf_counter() - t0, 1)})
            print(json.dumps(rows[-1]), flush=True)
    return rows


def print_table(r: dict) -> None:
    """Print the numbers as a small table."""
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"kemiskinan_ie throughput ({r['corpus']} corpus): {r['n_articles']} articles, mean {r['mean_chars']} chars, "
                    f"{r['cpu_count']} CPUs")
    t.add_column("measurement")
    t.add_column("articles/s", justify="right")
    t.add_column("note")
    t.add_row(f"spacy.blank('id') tokenisation, all {r['n_articles']}", f"{r['blank_tokenize_aps']:,.0f}",
              f"built in {r['blank_load_s']:.2f}s; repeated articles hit its cache")
    t.add_row("project RegexTokenizer alone", f"{r['project_tokenizer_aps']:,.0f}", "")
    t.add_row("full pipeline, nlp.pipe, 1 process", f"{r['pipeline_nlp_pipe_aps']:,.0f}",
              f"pipeline/blank = {r['ratio_pipeline_over_blank']:.2f}; load {r['pipeline_load_s']:.2f}s")
    t.add_row(f"blank('id'), {r['unseen_n_articles']} unseen articles", f"{r['blank_unseen_aps']:,.0f}",
              "each half timed after the other half warmed its cache")
    t.add_row(f"full pipeline, {r['unseen_n_articles']} unseen articles", f"{r['pipeline_unseen_aps']:,.0f}",
              f"pipeline/blank on unseen articles = {r['ratio_pipeline_over_blank_unseen']:.2f}")
    t.add_row("full pipeline + ArticleResult JSON, 1 core", f"{r['pipeline_end_to_end_aps']:,.0f}",
              f"blank/end-to-end = {r['ratio_blank_over_end_to_end']:.1f}x")
    for w, s in r["scaling"].items():
        rss = f"; worker peak RSS {s['worker_rss_peak_mb']:.0f} MB" if s["worker_rss_peak_mb"] else ""
        per_cpu = f"; {s['aps_per_cpu_s']:,.0f} per CPU-s" if s.get("aps_per_cpu_s") else ""
        t.add_row(f"batch engine, {w} worker(s)", f"{s['aps']:,.0f}",
                  f"warm{per_cpu}; start-up {s['startup_s']:.1f}s{rss}")
    if r.get("speedup_2_over_1"):
        t.add_row("speed-up 2 vs 1 worker", f"{r['speedup_2_over_1']:.2f}x",
                  ("identical output" if r["outputs_identical_across_workers"] else "OUTPUTS DIFFER")
                  + f"; CPU parallelism available now {r['cpu_parallelism_available']:.2f}x"
                  + (f"; per-CPU efficiency {r['cpu_efficiency_2_over_1']:.2f}" if r.get("cpu_efficiency_2_over_1") else ""))
    t.add_row("peak RSS, main process", f"{r['rss_peak_main_mb']:.0f} MB", "ru_maxrss")
    t.add_row(f"tracemalloc peak, {min(300, r['n_articles'])} articles", f"{r['tracemalloc_peak_mb_300']:.1f} MB",
              "Python allocations")
    Console().print(t)
    print("pipeline:", ", ".join(r["pipeline_components"]))


# ----------------------------------------------------------------------------- stress batch

def build_stress(d: Path, n: int, seed: int = 7) -> list[str]:
    """Write an ``n``-article batch with 2 % corrupted inputs into ``d``; return the expected ids in order."""
    rng = random.Random(seed)
    if d.exists():
        if not (d / ".kie-stress").exists():
            raise SystemExit(f"{d} exists and was not made by this script: choose another --stress-dir")
        shutil.rmtree(d)
    d.mkdir(parents=True)
    (d / ".kie-stress").write_text("made by benchmarks/throughput.py --stress\n", encoding="utf-8")
    good = build_corpus(n, seed)
    n_txt = n // 20  # 5 % of the articles as .txt files in a sub-folder
    n_files = 4
    per_file = (n - n_txt) // n_files
    expected: list[str] = []
    seen: set[str] = set()
    corrupt_every = 50  # 2 %
    page = (FIXTURES / "halaman-berita.html").read_text(encoding="utf-8")

    def take(rid: str) -> str:
        new, k = rid, 1
        while new in seen:
            k += 1
            new = f"{rid}#{k}"
        seen.add(new)
        expected.append(new)
        return new

    idx = 0
    for fnum in range(n_files):
        count = per_file if fnum < n_files - 1 else (n - n_txt) - per_file * (n_files - 1)
        name = f"part-{fnum}"
        with open(d / f"{name}.jsonl", "wb") as fh:
            for lineno in range(1, count + 1):
                rec = good[idx]
                idx += 1
                if idx % corrupt_every == 0:
                    kind = (idx // corrupt_every) % 7
                    if kind == 0:
                        fh.write(b'{"id": "' + rec["id"].encode() + b'", "text": "putus di tengah\n')
                        take(f"{name}:{lineno}")
                    elif kind == 1:
                        raw = json.dumps(rec, ensure_ascii=False).encode()
                        # inside the text string, at a space (never inside an escape or a multi-byte character)
                        at = raw.index(b" ", raw.index(b'"text": "') + 9)
                        fh.write(raw[:at] + b"\xff\xfe\xc3" + raw[at:] + b"\n")
                        take(rec["id"])  # decoded with U+FFFD and a warning
                    elif kind == 2:
                        fh.write(json.dumps({"id": rec["id"], "meta": {"published": "2024-01-01"}}).encode() + b"\n")
                        take(rec["id"])
                    elif kind == 3:
                        fh.write(json.dumps({"id": rec["id"], "text": page}).encode() + b"\n")
                        take(rec["id"])
                    elif kind == 4:
                        ctrl = "".join(chr(c) for c in range(32)) + "\u2028\ud800"
                        fh.write(json.dumps({"id": rec["id"], "text": ctrl + rec["text"]}).encode() + b"\n")
                        take(rec["id"])
                    elif kind == 5:
                        fh.write(json.dumps({"id": "dup-id", "text": rec["text"]}).encode() + b"\n")
                        take("dup-id")
                    else:
                        fh.write(json.dumps([rec["id"], rec["text"]]).encode() + b"\n")
                        take(f"{name}:{lineno}")
                    continue
                fh.write(json.dumps(rec, ensure_ascii=False).encode() + b"\n")
                take(rec["id"])
    txt = d / "txt"
    txt.mkdir()
    names = []
    for j in range(n_txt):
        rec = good[idx]
        idx += 1
        rel = f"{j % 10:02d}/{rec['id']}"
        names.append(rel)
        p = txt / f"{rel}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        if idx % corrupt_every == 0:
            p.write_bytes(bytes(rng.randrange(256) for _ in range(3000)))  # binary junk
        else:
            p.write_text(rec["text"], encoding="utf-8")
    huge = txt / "zz-huge.txt"
    huge.write_text((good[0]["text"] + "\n") * (10_500_000 // len(good[0]["text"])), encoding="utf-8")
    names.append("zz-huge")
    longline = txt / "zz-longline.txt"
    longline.write_text(" ".join([good[1]["text"].replace("\n", " ")] * 300), encoding="utf-8")
    names.append("zz-longline")
    for rel in sorted(names, key=lambda r: r + ".txt"):
        take(f"txt/{rel}")
    return expected


def _run_cli(args: list[str], log: Path) -> tuple[int, float]:
    t = time.perf_counter()
    with open(log, "wb") as fh:
        rc = subprocess.run([sys.executable, "-c", "from kemiskinan_ie.cli import app; app()", "annotate", *args],
                            stdout=fh, stderr=subprocess.STDOUT, env={**os.environ, "OMP_NUM_THREADS": "1"}).returncode
    return rc, time.perf_counter() - t


def stress(d: Path, n: int, engines: list[str], max_chars: int | None = None) -> dict:
    """Build the corrupted batch and run the CLI with each engine setting; return the checks."""
    t = time.perf_counter()
    expected = build_stress(d / "input", n)
    out: dict = {"n_inputs": len(expected), "build_s": time.perf_counter() - t, "max_chars": max_chars, "runs": {}}
    inputs = [str(d / "input")] + (["--max-chars", str(max_chars)] if max_chars else [])
    for name in engines:
        target = d / f"out-{name}.jsonl"
        target.unlink(missing_ok=True)
        extra = {"w1": ["--workers", "1"], "w2": ["--workers", "2"], "dask": ["--engine", "dask", "--workers", "2"]}[name]
        rc, secs = _run_cli([*inputs, "-o", str(target), "-q", *extra], d / f"log-{name}.txt")
        data = target.read_bytes() if target.exists() else b""
        ids = [json.loads(x)["id"] for x in data.splitlines()]
        errors = sum(1 for x in data.splitlines() if json.loads(x).get("error"))
        out["runs"][name] = {
            "exit_code": rc, "seconds": secs, "articles_per_s": len(ids) / secs if secs else 0, "records": len(ids),
            "error_records": errors, "ids_match_inputs_in_order": ids == expected,
            "unique_ids": len(set(ids)), "sha256": hashlib.sha256(data).hexdigest(),
        }
    shas = {r["sha256"] for r in out["runs"].values()}
    out["byte_identical"] = len(shas) == 1
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles in the throughput corpus (default 2000)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--max-workers", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--corpus", choices=("gold", "news"), default="gold",
                    help="gold: fixture and gold articles (default); news: general news built from the "
                         "NERP sentences in ../shared/data, where few sentences hold a statistic")
    ap.add_argument("--stress", action="store_true", help="run the corrupted-batch check instead")
    ap.add_argument("--stress-n", type=int, default=20_000)
    ap.add_argument("--stress-dir", type=Path, default=Path("/tmp/kie-stress"))
    ap.add_argument("--stress-engines", default="w1,w2,dask", help="comma list of w1, w2, dask")
    ap.add_argument("--stress-max-chars", type=int, default=200_000,
                    help="--max-chars for the CLI runs (0: the pipeline's own cap)")
    ap.add_argument("--memory", type=int, default=0, metavar="N",
                    help="run the long-batch memory check over N articles instead")
    a = ap.parse_args(argv)
    if a.memory:
        memory_run(a.memory)
        return 0
    if a.stress:
        res = stress(a.stress_dir, a.stress_n, [e for e in a.stress_engines.split(",") if e], a.stress_max_chars or None)
        print(json.dumps(res, indent=2))
        ok = res["byte_identical"] and all(r["ids_match_inputs_in_order"] for r in res["runs"].values())
        return 0 if ok else 1
    res = bench(a.n, a.batch_size, a.max_workers, a.corpus)
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        print_table(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
