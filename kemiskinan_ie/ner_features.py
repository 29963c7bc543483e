"""Token features for the CRF named-entity tagger (``models/ner-crf``).

One function, :func:`sent_features`, turns a sentence (a list of words) into one feature dict per
word. The same function is used to train the model (``training/ner/train_crf.py``) and to tag
text (``kemiskinan_ie.components.crf_ner``), so the two can never drift apart; a change to the
features must bump :data:`FEATURE_VERSION` and retrain the model.

Per word: the lower-cased word, its shape (``Xxxxx``) and squeezed shape (``Xx``), prefixes and
suffixes of 1-4 characters, case/digit flags, and dictionary features read from the project's
data files: job-title phrases and words (``titles.yaml``), honorifics, name suffixes and speech
verbs, agency head phrases and acronyms (``agencies.yaml``), and place names of the region
gazetteer (:meth:`kemiskinan_ie.gazetteer.Gazetteer.default`). Neighbours within two words
contribute their word, shape and dictionary features; word bigrams and the position in the
sentence are added. The dictionaries are loaded once per process (:func:`default_lexicon`).

Values follow python-crfsuite's convention: a string value ``v`` of key ``k`` becomes the binary
attribute ``k:v``; a number is the weight of attribute ``k``. Flags are emitted only when true.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

#: Bumped whenever the features change; stored in the model's ``meta.json`` and checked at load.
FEATURE_VERSION = 1

DATA = Path(__file__).resolve().parent / "data"

FeatureDict = dict[str, "float | str"]

_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10
)


class Lexicon:
    """Word and phrase lists from the project's data files, matched per sentence."""

    def __init__(self, data_dir: Path = DATA, places: Sequence[str] | None = None, max_place_words: int = 4) -> None:
        titles = yaml.safe_load((data_dir / "titles.yaml").read_text(encoding="utf8"))
        agencies = yaml.safe_load((data_dir / "agencies.yaml").read_text(encoding="utf8"))
        self.title_phrases: frozenset[tuple[str, ...]] = frozenset(tuple(h.lower().split()) for h in titles["heads"])
        self.title_words: frozenset[str] = frozenset({w for p in self.title_phrases for w in p}) | {
            w.lower().rstrip(".") for p in titles["prefixes"] for w in p.split()
        }
        self.honorifics = frozenset(h.lower().rstrip(".") for h in titles["honorifics"])
        self.name_suffixes = frozenset(s.lower() for s in titles["suffixes"])
        self.speech = frozenset(s.lower() for s in titles["speech_verbs"])
        self.agency_heads = frozenset(tuple(h.lower().split()) for h in agencies["heads"] + agencies["region_heads"])
        self.agency_head_words = frozenset(p[0] for p in self.agency_heads)
        self.acronyms = frozenset(tuple(a.split()) for a in agencies["acronyms"])
        self.not_agency = frozenset(agencies["not_agency_acronyms"])
        if places is None:
            from .gazetteer import Gazetteer

            gaz = Gazetteer.default()
            places = list(gaz.index)
            max_place_words = min(gaz.max_words, max_place_words)
        self.places = frozenset(places)
        self.max_place = max_place_words
        self.max_title = max((len(p) for p in self.title_phrases), default=1)
        self.max_agency = max((len(p) for p in self.agency_heads), default=1)
        self.max_acronym = max((len(p) for p in self.acronyms), default=1)

    def fingerprint(self) -> str:
        """A short hash of every list: tells whether a model was trained with the same dictionaries."""
        h = hashlib.sha256()
        for name in ("title_phrases", "title_words", "honorifics", "name_suffixes", "speech", "agency_heads",
                     "acronyms", "not_agency", "places"):
            items = sorted(" ".join(x) if isinstance(x, tuple) else x for x in getattr(self, name))
            h.update(name.encode("utf8") + b"\0" + "\n".join(items).encode("utf8") + b"\0")
        return h.hexdigest()[:16]

    @staticmethod
    def phrase_tags(keys: Sequence[str], phrases: frozenset[tuple[str, ...]], max_len: int) -> list[str]:
        """``B``/``I``/``""`` per word for the longest phrase matches, greedily left to right."""
        return _longest_matches(len(keys), max_len, lambda i, m: tuple(keys[i : i + m]) in phrases)

    def place_tags(self, lowers: Sequence[str]) -> list[str]:
        """``B``/``I``/``""`` per word for the longest gazetteer place names (lower-cased words)."""
        places = self.places
        return _longest_matches(
            len(lowers), self.max_place,
            lambda i, m: (lowers[i] if m == 1 else " ".join(lowers[i : i + m])) in places)


def _longest_matches(n: int, max_len: int, found: Callable[[int, int], bool]) -> list[str]:
    """``B``/``I``/``""`` tags over ``n`` words for the longest match ``found(i, length)`` at each
    position, greedily left to right."""
    out = [""] * n
    i = 0
    while i < n:
        for m in range(min(max_len, n - i), 0, -1):
            if found(i, m):
                out[i] = "B"
                for k in range(i + 1, i + m):
                    out[k] = "I"
                i += m
                break
        else:
            i += 1
    return out


_LEXICON: Lexicon | None = None
_LOCK = threading.Lock()


def default_lexicon() -> Lexicon:
    """The process-wide :class:`Lexicon` from the package's data files (built on first use)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = Lexicon()
    return _LEXICON


def shape(word: str) -> tuple[str, str]:
    """Word shape cut to 6 characters (``Xxxxxx``) and squeezed shape (``Xx``)."""
    s = word.translate(_SHAPE_TABLE)
    squeezed = []
    prev = None
    for ch in s:
        if ch != prev:
            squeezed.append(ch)
            prev = ch
    return s[:6], "".join(squeezed)


# neighbour features copied from the word at distance 1 or 2
_CONTEXT_KEYS = ("w", "ssh", "title", "upper", "gaz", "tit", "tw", "ag", "agw", "acr", "hon", "spk")


def sent_features(words: Sequence[str], lex: Lexicon | None = None) -> list[FeatureDict]:
    """One feature dict per word of a sentence (see the module docstring)."""
    lex = lex or default_lexicon()
    n = len(words)
    lowers = [w.lower() for w in words]
    places = lex.place_tags(lowers)
    titles = lex.phrase_tags(lowers, lex.title_phrases, lex.max_title)
    agencies = lex.phrase_tags(lowers, lex.agency_heads, lex.max_agency)
    acronyms = lex.phrase_tags(words, lex.acronyms, lex.max_acronym)
    base: list[FeatureDict] = []
    for i, w in enumerate(words):
        low = lowers[i]
        stripped = low.rstrip(".")
        full, short = shape(w)
        f: FeatureDict = {
            "w": low,
            "sh": full,
            "ssh": short,
            "len": float(min(len(w), 8)),
            "gaz": places[i],
            "tit": titles[i],
            "ag": agencies[i],
            "acr": acronyms[i],
        }
        if w[:1].isupper():
            f["title"] = 1.0
        if w.isupper():
            f["upper"] = 1.0
        if w.isdigit():
            f["digit"] = 1.0
        if any(c.isdigit() for c in w):
            f["hasdig"] = 1.0
        if w.isalpha():
            f["alpha"] = 1.0
        if stripped in lex.title_words:
            f["tw"] = 1.0
        if low in lex.agency_head_words:
            f["agw"] = 1.0
        if w in lex.not_agency:
            f["nacr"] = 1.0
        if stripped in lex.honorifics:
            f["hon"] = 1.0
        if low in lex.name_suffixes:
            f["suf"] = 1.0
        if low in lex.speech:
            f["spk"] = 1.0
        base.append(f)
    feats: list[FeatureDict] = []
    for i in range(n):
        low = lowers[i]
        f = {"bias": 1.0}
        f.update(base[i])
        for k in range(1, min(len(low), 5)):
            f[f"p{k}"] = low[:k]
            f[f"s{k}"] = low[-k:]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                b = base[j]
                for key in _CONTEXT_KEYS:
                    if key in b:
                        f[f"{d}:{key}"] = b[key]
                if d == -1 or d == 1:
                    f[f"{d}:s3"] = lowers[j][-3:]
                    f[f"{d}:sh"] = b["sh"]
            else:
                f[f"{d}:pad"] = 1.0
        if i > 0:
            f["bi-"] = lowers[i - 1] + "|" + low
        if i + 1 < n:
            f["bi+"] = low + "|" + lowers[i + 1]
        f["pos"] = "first" if i == 0 else ("last" if i == n - 1 else "mid")
        feats.append(f)
    return feats
