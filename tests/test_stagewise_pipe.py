"""Components process ``nlp.pipe`` batches stage by stage, with the same result as one Doc at a time."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from kemiskinan_ie.components.base import Component
from kemiskinan_ie.pipeline import build, doc_to_result, make_doc

FIXTURES = Path(__file__).parent / "fixtures"


class _Logger(Component):
    def __init__(self, tag: str, log: list[str]):
        self.tag, self.log, self.cfg = tag, log, {}

    def __call__(self, doc):
        self.log.append(f"{self.tag}{doc.text}")
        return doc


def test_a_batch_goes_through_a_component_before_the_next_sees_it():
    log: list[str] = []
    first, second = _Logger("a", log), _Logger("b", log)
    nlp = spacy.blank("id")
    docs = [nlp.make_doc(str(i)) for i in range(5)]
    out = list(second.pipe(first.pipe(iter(docs), batch_size=3), batch_size=3))
    assert [d.text for d in out] == ["0", "1", "2", "3", "4"]
    assert log == ["a0", "a1", "a2", "b0", "b1", "b2", "a3", "a4", "b3", "b4"]


def test_pipe_in_batches_gives_each_article_what_it_gets_alone():
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))]
    for line in (FIXTURES / "gold_heldout216.jsonl").read_text(encoding="utf-8").splitlines()[:4]:
        texts.append(json.loads(line)["text"])
    assert len(texts) >= 8
    nlp = build()
    alone = [doc_to_result(nlp(make_doc(nlp, t, "2024-06-01")), f"a{i}").to_json() for i, t in enumerate(texts)]
    nlp2 = build()
    docs = nlp2.pipe((make_doc(nlp2, t, "2024-06-01") for t in texts), batch_size=3)
    piped = [doc_to_result(d, f"a{i}").to_json() for i, d in enumerate(docs)]
    assert piped == alone
    assert any(json.loads(r)["figures"] for r in piped)
