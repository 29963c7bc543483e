"""``kie_boilerplate``: lines that are not the article's own text.

"Baca juga" links, bylines and credits, share buttons, view counters, tag lists: recorded as
``doc.spans["boilerplate"]`` (label = kind) and excluded from entities and figures downstream.
Cue patterns live in ``data/boilerplate.yaml``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..regex_speed import LineStartSearch, LowerSearch, TextEndSearch, ascii_twin, gated
from .base import Component, add_spans, ascii_doc, doc_text, lower_doc_text, state
from .relations.patterns import LABEL_VALUE

_LINE_RE = re.compile(r"[^\n]+")


#: a line of a list, or one that holds a number: never a sender's name
_ITEM_OR_FIGURE_RE = re.compile(r"^[-–•*·]|\d")
#: a line that ends a sentence (a full stop, "!" or "?", perhaps inside closing quotes): the article's own text
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]*$")
#: a word of a headline: its letters, and whether it opens with a capital
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
#: a number with its label before a colon, as in a list's rows ("Kecamatan Ambulu: 9.100 jiwa")
_LABEL_VALUE_RE = re.compile(LABEL_VALUE)


class BoilerplateDetector(Component):
    """Mark boilerplate lines and line tails."""

    def __init__(self, nlp: Language, name: str = "kie_boilerplate", data: str = "boilerplate"):
        self.name = name
        self.cfg = {"data": data}
        cues = lexicon.load(data)
        self.line_res = [(c["kind"], re.compile(c["pattern"], re.I)) for c in cues.get("lines", [])]
        self.tail_res = [(c["kind"], re.compile(c["pattern"])) for c in cues.get("tails", [])]
        # a cheap prefilter: only lines that can match are examined in Python
        self.any_line = re.compile("|".join(f"(?:{c['pattern']})" for c in cues.get("lines", [])), re.I | re.M)
        self.inline_res = [(c["kind"], re.compile(c["pattern"], re.M)) for c in cues.get("inline", [])]
        self.any_tail = gated(re.compile("|".join(f"(?:{c['pattern']})" for c in cues.get("tails", [])), re.M))
        self.any_tail_ascii = ascii_twin(self.any_tail)  # (for ``ascii_safe`` texts: same matches)
        # every tail ends at a line end: in a text of one line, one mirrored match at its end tells
        self.tail_at_end = TextEndSearch(self.any_tail)
        # patterns that match at line starts only are tried there only (same matches)
        self.any_line_search = LineStartSearch(self.any_line, lower=True)
        # over the lower-cased text the plain scan is faster still (same matches)
        self.any_line_lower = LowerSearch(self.any_line)
        self.inline_searches = [(kind, LineStartSearch(rx)) for kind, rx in self.inline_res]
        self.signature = cues.get("signature") or None
        self.letterhead = cues.get("letterhead") or None
        self.letterhead_stop = re.compile(self.letterhead["stop"], re.I) if self.letterhead else None
        self.related = cues.get("related_block") or None
        self.related_heading = re.compile(self.related["heading"], re.I | re.M) if self.related else None
        self.title_small_words = frozenset(w.lower() for w in (self.related or {}).get("title_small_words", []))

    def _signature_block(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The short lines after the last place-and-date line when they close the text (a
        release's or letter's signature): ``(start, end, kind)`` ranges, or none."""
        sig = self.signature
        if not sig:
            return []
        anchors = [e for _s, e, kind in found if kind == sig["after"]]
        if not anchors:
            return []
        rest = text[anchors[-1]:]
        lines = [m for m in _LINE_RE.finditer(rest) if m.group().strip()]
        if not lines or len(lines) > sig["max_lines"]:
            return []
        out = []
        for m in lines:
            line = m.group().strip()
            if len(line) > sig["max_chars"] or (line.endswith(".") and len(line.split()[-1]) > 4):
                return []  # a sentence of the article, not a name or a title
            s = anchors[-1] + m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append((s, s + len(line), sig["kind"]))
        return out

    def _letterhead_block(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The short lines sharing a paragraph with a release's number or contact line ("Kementerian Sosial
        Republik Indonesia" / "Nomor: ..."; "Biro Hubungan Masyarakat" / "Kementerian Sosial RI" /
        "Narahubung: ..."): the sender's name, not the article's text (a "SIARAN PERS" heading stays text)."""
        head = self.letterhead
        if not head:
            return []
        kinds = set(head["kinds"])
        taken = {s for s, _e, _k in found}
        out: list[tuple[int, int, str]] = []
        for s, _e, kind in found:
            if kind not in kinds:
                continue
            pos = s  # the lines above it, up to a blank line (below it the article or its headline starts)
            while pos > 0 and text[pos - 1] == "\n":
                le = pos - 1
                ls = text.rfind("\n", 0, le) + 1
                line = text[ls:le].strip()
                if not line or len(line) > head["max_chars"] or line.endswith((".", "!", "?", ",", ":")) \
                        or self.letterhead_stop.match(line) or _ITEM_OR_FIGURE_RE.search(line):
                    break  # (a list item or a line with a number is the article's)
                a = ls + text[ls:le].index(line)
                if a not in taken:
                    out.append((a, a + len(line), head["kind"]))
                    taken.add(a)
                pos = ls
        return out

    def _headline_like(self, line: str) -> bool:
        """Whether ``line`` reads as another article's title: its longer words capitalised but for a few small ones
        ("Harga Kopra Anjlok, Petani di Halmahera Selatan Menjerit"; not a row "Kecamatan Ambulu 9.100 jiwa"), no
        "label: value" row."""
        if _LABEL_VALUE_RE.search(line):
            return False
        words = [w for w in _WORD_RE.findall(line) if len(w) >= 4 and w.lower() not in self.title_small_words]
        return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    def _related_block(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The headlines listed under a heading of related links alone on its line ("Baca juga:" / "• BPS:
        Gini Ratio ... Turun ke 0,309" / ...), up to a blank line: other articles' titles, not this one's text.
        The walk stops at a line too long for a headline or one that ends a sentence."""
        rel = self.related
        if not rel:
            return []
        taken = {s for s, _e, _k in found}
        out: list[tuple[int, int, str]] = []
        for s, e, _kind in found:
            if not self.related_heading.match(text, s, e):  # (of any kind: "Simak berita lainnya:" is a promo line)
                continue
            pos, n = e, 0
            while n < rel["max_lines"] and pos < len(text):
                ls = pos + 1 if text.startswith("\n", pos) else pos
                if n == 0 and text.startswith("\n", ls):
                    ls += 1  # (one blank line may part the heading from its list)
                le = text.find("\n", ls)
                le = len(text) if le < 0 else le
                line = text[ls:le].strip()
                if not line or len(line) > rel["max_chars"] or _SENTENCE_END_RE.search(line) or line.endswith(":") \
                        or not self._headline_like(line):
                    break  # (a list's lead or its "label: value" rows, "- Kecamatan X: 12.300 jiwa", are the article's)
                a = ls + text[ls:le].index(line)
                if a not in taken:
                    out.append((a, a + len(line), rel["kind"]))
                    taken.add(a)
                pos, n = le, n + 1
        return out

    def find(self, text: str, low: str | None = None, ascii: bool = False) -> list[tuple[int, int, str]]:
        """Boilerplate ``(start, end, kind)`` ranges in ``text``; ``low`` is
        ``regex_speed.lower_text(text)`` when known, ``ascii`` whether ``regex_speed.ascii_safe(text)``
        holds."""
        found: list[tuple[int, int, str]] = []
        lines = {}
        if self.any_line_search.lines_only:
            # tried at the line starts only, over the lower-cased text when there is one
            candidates = self.any_line_search.finditer(text, low)
        elif low is not None and self.any_line_lower.low is not None:
            candidates = self.any_line_lower.finditer(text, low)
        else:
            candidates = self.any_line_search.finditer(text)
        for m in candidates:
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.start())
            le = len(text) if le < 0 else le
            lines[ls] = le
        for ls, le in sorted(lines.items()):
            line = text[ls:le]
            for kind, rx in self.line_res:
                if rx.search(line):
                    s = ls + (len(line) - len(line.lstrip()))
                    e = ls + len(line.rstrip())
                    if e > s:
                        found.append((s, e, kind))
                    break
        tails = (self.any_tail_ascii if ascii else self.any_tail).finditer(text) if self.tail_at_end.may_match(text) else ()
        for m in tails:
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.start())
            le = len(text) if le < 0 else le
            line = text[ls:le]
            for kind, rx in self.tail_res:
                t = rx.search(line)
                if t:
                    s = ls + t.start()
                    while s < le and text[s] in " \t":
                        s += 1
                    e = ls + len(line.rstrip())
                    if e > s and not any(a <= s and e <= b for a, b, _ in found):
                        found.append((s, e, kind))
                    break
        for kind, rx in self.inline_searches:
            for m in rx.finditer(text):
                found.append((m.start("b"), m.end("b"), kind))
        found.extend(self._signature_block(text, found))
        found.extend(self._letterhead_block(text, found))
        found.extend(self._related_block(text, found))
        found.sort()
        return found

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc_text(doc), lower_doc_text(doc), ascii_doc(doc))
        state(doc)["boilerplate"] = [(s, e) for s, e, _ in found]
        add_spans(doc, "boilerplate", found)
        return doc


@Language.factory("kie_boilerplate", default_config={"data": "boilerplate"})
def make_boilerplate(nlp: Language, name: str, data: str) -> BoilerplateDetector:
    """Factory for the boilerplate detector."""
    return BoilerplateDetector(nlp, name, data)
