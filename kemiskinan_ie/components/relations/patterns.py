"""Regular expressions and small helpers shared by the relation linker's parts."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ... import lexicon
from ...regex_speed import SuffixSearch, gated

try:  # one pass over a text for many needle words (``NeedleSets``); without it, one find per word
    import ahocorasick
except ImportError:  # pragma: no cover - a declared dependency
    ahocorasick = None

try:  # the regex parser, used to read the needles of a pattern (``Needles``) once at load time
    from re import _constants as _sre_c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c
    import sre_parse as _sre_parse

#: the cue words of this module's patterns (``data/relation_cues.yaml``), compiled below once
_R = lexicon.load("relation_cues")

_SERIES_RE = re.compile(
    _R["series"], re.I
)
_SERIES_FAST = gated(_SERIES_RE)  # the same matches, found faster (``regex_speed``)
_NUMWORD = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
#: what stands between two places listed side by side ("Lombok Timur dan Lombok Tengah", "Sikka, Ende")
_PLACE_LIST_GAP_RE = re.compile(_R["place_list_gap"], re.I)
#: a budget document before its year ("Rp41,2 miliar pada APBD Perubahan 2023", "APBN-P 2015", "TA 2024")
_BUDGET_DOCUMENT = _R["budget_document"]
#: a survey named before the year of its round ("48,3 persen pada SSGI 2021", "Susenas Maret 2023")
_SURVEY_ROUND = _R["survey_round"]
#: a quarter or half of the year before its year ("5,17 persen pada kuartal II 2023")
_QUARTER = _R["quarter"]
_NOT_CONJUNCTION = _R["not_conjunction"]
_ATTACH_RE = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?\)?\s*,?\s*(?:" + _R["attach_words"] + r")?\s*(?:" + _R["attach_date_nouns"] + r"|" + _BUDGET_DOCUMENT + r"|" + _SURVEY_ROUND + r"|" + _QUARTER + r")?$"
    # ("Rp206,6 triliun dalam APBN-P 2015": the budget document, with no comma before it)
    r"|^\s*\)?\s*" + _R["attach_in_document"] + _BUDGET_DOCUMENT + r"$"
    # "61.302 keluarga menerima PKH pada 2019": a short verb phrase, then the period
    # ("287.540 keluarga dalam DTKS per Desember 2024": a registry's date)
    # ("3.912 keluarga miskin baru masuk Data Terpadu Kesejahteraan Sosial (DTKS) sepanjang 2021": a
    # registry's name with its acronym on the way)
    # (a conjunction opens the next item's clause: "12,28 persen dan pada 2020 ..." is no verb phrase)
    # ("19.874 jiwa atau 8,17 persen penduduk Kota Probolinggo masih tergolong miskin pada 2016": the
    # clause's own words, up to seven, then its period)
    r"|^\s*(?:" + _NOT_CONJUNCTION + r"[A-Za-z]+\s+){1,7}" + _R["attach_period_tail"]
    + r"|^\s*(?:" + _NOT_CONJUNCTION + r"[A-Za-z]+\s+){1,9}\([A-Z]{2,8}\)\s+" + _R["attach_period_tail"],
    re.I,
)
#: the source a value was measured in, named after it ("turun menjadi 21,8 persen berdasarkan SKI 2023", "1,86 persen atau
#: sekitar 34.200 jiwa berdasarkan data Maret 2022"): its date, when the value's clause has no date of its own
_ATTACH_SOURCE_RE = re.compile(
    r"^\s*,?\s*(?:" + _R["attach_source_words"] + r")\s+(?:" + _SURVEY_ROUND + r"|" + _R["attach_source_data"] + r")$", re.I)
#: the same verb phrase when longer, up to twelve plain words ("22,61 ribu jiwa penduduk Kabupaten Kapuas Hulu masih
#: hidup di bawah garis kemiskinan pada Maret 2024"): tried on gaps the short forms leave
_ATTACH_LONG_RE = re.compile(
    r"^\s*(?:" + _NOT_CONJUNCTION + r"[A-Za-z]+\s+){8,12}" + _R["attach_period_tail"], re.I)
#: "turun dari 15,91 persen (2017) menjadi 14,12 persen (2021)": the period alone in brackets (the
#: date must close the bracket: "15,78 persen (Maret 2024: 16,14 persen)" names a comparison)
_ATTACH_BRACKET_RE = re.compile(_R["attach_bracket"], re.I)
_FROM_RE = re.compile(
    # (not "satu dari 143 kepala keluarga": one of them; nor a sentence's or quote's opening "Dari 5.128
    # keluarga desil 1 di P3KE, ... sekitar 900 sudah pindah": the whole a part is taken from)
    _R["from"],
    re.I,
)
_TWIN_RE = re.compile(
    _R["twin"],
    re.I,
)
_DATELINE_RE = re.compile(r"^[\s\W]*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*[-–—,]\s*)?$")
_LOCATIVE_RE = re.compile(_R["locative"], re.I)
#: between an amount and the recipients it is for ("Rp42,4 triliun untuk 18,8 juta KPM")
_FOR_RECIPIENTS_RE = re.compile(_R["for_recipients"], re.I)
_SUBJECT_AFTER_RE = re.compile(_R["subject_after"], re.I)
# the end-anchored checks of the words right before a number or place: one mirrored match each
_FROM_BEFORE = SuffixSearch(_FROM_RE)
_LOCATIVE_BEFORE = SuffixSearch(_LOCATIVE_RE)
_TWIN_BEFORE = SuffixSearch(_TWIN_RE)
_SENTENCE_BOUND = frozenset({"welfare_registry_count", "beneficiary_count", "budget", "other"})
_TO_VALUE_RE = gated(re.compile(_R["to_value"], re.I))
_RECEIVE_RE = gated(re.compile(_R["receive"], re.I))
_RANGE_OR_LIST_RE = re.compile(_R["range_or_list"], re.I)
_SOURCE_CUE_RE = gated(re.compile(_R["source_cue"], re.I))
_STAT_AGENCY_RE = gated(re.compile(_R["stat_agency"]))
#: "ekstrem" right after the words that name the poor ("miskin ekstrem", "hidup dalam kemiskinan ekstrem"): the
#: extreme poor's statistic
EXTREME_AFTER = (" ekstrem", " ekstrim")
#: a list item's bullet or number ("- ", "•", "3.", "2)"), and a label's colon with its value after it ("Siak: 5,61")
_BULLET = r"(?:[-–•*·]|\d{1,2}[.)])"
LABEL_VALUE = r"[^\S\n]*:[^\S\n]*[-+]?(?:Rp\.?\s*)?\d"


def _in_range(items: list[dict], starts: list[int], s0: int, e0: int) -> list[dict]:
    """The items (sorted by start) that start inside ``[s0, e0)``."""
    return items[bisect_left(starts, s0):bisect_left(starts, e0)]


def _rx(patterns: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + lexicon.alternation(patterns) + r"(?![\w-])", re.I)




#: characters outside ASCII that a case-insensitive pattern matches to an ASCII letter or digit
#: ("İ", "ı", "ſ" and the Kelvin sign; ``tests/test_speed_rel_needles.py`` checks the list)
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_MIN_NEEDLE = 4


def _literal_runs(seq, signs: bool = False) -> list[str]:
    """The runs of ASCII letters and digits (with ``signs``, of any ASCII characters: "us$" of
    ``\\bUS\\$``) that ``seq`` (a parsed sequence) must match in order, lower-cased."""
    runs, cur = [], []
    for op, av in seq:
        if op is _sre_c.LITERAL and av < 128 and (signs or chr(av).isalnum()):
            cur.append(chr(av).lower())
            continue
        if cur:
            runs.append("".join(cur))
            cur = []
    if cur:
        runs.append("".join(cur))
    return runs


def _needle_options(seq) -> list[frozenset[str]]:
    """Ways to say what every match of ``seq`` (a parsed sequence) holds: sets of lower-cased words,
    one word of each set occurring in every match."""
    options = [frozenset({r}) for r in _literal_runs(seq) if len(r) >= _MIN_NEEDLE]
    run: list = []  # the letters right before the current item
    for op, av in seq:
        if op is _sre_c.LITERAL and av < 128 and chr(av).isalnum():
            run.append((op, av))
            continue
        if op is _sre_c.BRANCH:
            # the parser moves letters all alternatives start with out of them ("se(?:jak|mula)"):
            # each alternative is read with them
            per_alternative = [_needle_options(run + list(a.data)) for a in av[1]]
            if all(per_alternative):
                options.append(_pick(per_alternative))
        elif op is _sre_c.SUBPATTERN:
            options += _needle_options(av[3].data)
        elif (op is _sre_c.MAX_REPEAT or op is _sre_c.MIN_REPEAT) and av[0] >= 1:
            options += _needle_options(av[2].data)
        run = []
    return options


def _fewest(options: list[frozenset[str]]) -> frozenset[str]:
    """The option with the fewest words, then the longest shortest word."""
    return min(options, key=lambda o: (len(o), -min(map(len, o)), sorted(o)))


def _pick(per_alternative: list[list[frozenset[str]]]) -> frozenset[str]:
    """The words of an alternation: one option of each alternative, reusing words already chosen
    ("menjadi target" needs no word of its own next to "target")."""
    chosen: set[str] = set()
    for opts in sorted(per_alternative, key=len):  # alternatives with one option first
        if any(all(any(c in w for c in chosen) for w in o) for o in opts):
            continue  # each word of that option holds a chosen one
        chosen |= _fewest(opts)
    return frozenset(chosen)


def _cover(words: set[str], min_shared: int = 3) -> set[str]:
    """Fewer words: pieces of at least ``_MIN_NEEDLE`` letters shared by ``min_shared`` or more of
    the given words stand for them ("turun", "menurun", "penurunan" -> "urun"); a piece shared by
    only two is often a common word of its own ("angka" in "mengangkat", "terpangkas")."""
    # a word inside another makes the longer one redundant: each occurrence of it holds the shorter
    left, out = {w for w in words if not any(o != w and o in w for o in words)}, set()
    while left:
        pieces = sorted({w[i:j] for w in left for i in range(len(w)) for j in range(i + _MIN_NEEDLE, len(w) + 1)})
        best = max(pieces, key=lambda p: (sum(p in w for w in left), len(p)))
        if sum(best in w for w in left) < min_shared:
            return out | left
        out.add(best)
        left = {w for w in left if best not in w}
    return out


def _needle_set(seq) -> set[str] | None:
    """Lower-cased words one of which every match of ``seq`` holds, as few as can be, or None."""
    options = _needle_options(seq)
    return _cover(set(_fewest(options))) if options else None


class AlternativeNeedles:
    """For each alternative of a pattern that is an alternation (after zero-width items), or for the
    whole pattern otherwise, the words its matches must all hold: the literal runs it must match,
    and ``_needle_options`` of its parts. A text (``lower_text``) in which no alternative finds all
    its words holds no match; a stronger test than ``Needles`` when the alternatives share no word
    but each needs a rare one ("us$" and "hari", "bank" and "dunia"), or when a match needs words
    of two lists. ``alternatives`` is None when an alternative needs no word."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.alternatives: list[list[frozenset[str]]] | None = None
        if not isinstance(rx.pattern, str):
            return
        try:
            whole = list(_sre_parse.parse(rx.pattern, rx.flags).data)
            data = [(op, av) for op, av in whole if op not in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT)]
            if len(data) == 1 and data[0][0] is _sre_c.SUBPATTERN and not data[0][1][1] and not data[0][1][2]:
                data = list(data[0][1][3].data)
            # an alternation: each alternative by itself; any other shape: the whole pattern as one
            branches = [list(a.data) for a in data[0][1][1]] if len(data) == 1 and data[0][0] is _sre_c.BRANCH \
                else [whole]
            alternatives = []
            for alt in branches:
                options = list(dict.fromkeys([frozenset({r}) for r in _literal_runs(alt, signs=True)] + _needle_options(alt)))
                if not options:
                    return
                # words with a sign first ("us$"), then the longest: the rarer, so an alternative is usually
                # settled by its first test
                alternatives.append(sorted(options, key=lambda o: (all(w.isalnum() for w in o), -min(map(len, o)))))
        except (re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
            return
        self.alternatives = alternatives

    def __reduce__(self):
        return (AlternativeNeedles, (self.rx,))

    def may_match(self, low: str | None) -> bool:
        """False when no match of ``rx`` can be in the text whose ``lower_text`` is ``low`` (True
        without ``low`` or without alternatives)."""
        if low is None or self.alternatives is None:
            return True
        for options in self.alternatives:  # (plain loops: this runs once per document)
            for option in options:
                for w in option:
                    if w in low:
                        break
                else:
                    break  # no word of this option: not this alternative
            else:
                return True
        return False


def _sorted_index(occ: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts of the occurrences in order, and for each the smallest end from it on (so a search
    for any occurrence inside ``[a, b)`` is one bisection)."""
    occ.sort()
    ends = [e for _, e in occ]
    for i in range(len(ends) - 2, -1, -1):
        if ends[i + 1] < ends[i]:
            ends[i] = ends[i + 1]
    return [s for s, _ in occ], ends


class Needles:
    """Lower-cased words one of which every match of ``rx`` contains ("turun", "kota", ...), read off
    its parse tree once. ``index`` finds them in a text with ``str.find`` (far faster than a regex
    scan); a piece of the text without any of them cannot hold a match of ``rx`` and needs no search.
    Exact for a case-insensitive ``rx`` as long as the text has none of ``FOLDS_TO_ASCII`` and keeps
    its length when lower-cased (``lower_text``)."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.words: list[str] | None = None
        if isinstance(rx.pattern, str):
            try:
                found = _needle_set(_sre_parse.parse(rx.pattern, rx.flags).data)
            except (re.error, RecursionError, TypeError, ValueError, AttributeError):
                found = None
            self.words = sorted(found) if found else None

    def __reduce__(self):
        return (Needles, (self.rx,))

    def index(self, low: str | None, start: int = 0, end: int | None = None) -> tuple[list[int], list[int]] | None:
        """Where the words occur in ``low[start:end]`` (``low`` from ``lower_text``): the sorted
        starts, and for each the smallest end of the occurrences from it on. None (check everything)
        without ``low``. Only pieces inside ``[start, end)`` may be checked against it."""
        if low is None or self.words is None:
            return None
        if end is None:
            end = len(low)
        occ = []
        for w in self.words:
            pos = low.find(w, start, end)
            while pos >= 0:
                occ.append((pos, pos + len(w)))
                pos = low.find(w, pos + 1, end)
        return _sorted_index(occ)


    def index_pieces(self, pieces: Pieces | None) -> tuple[list[int], list[int]] | None:
        """``index`` over the pieces of a text joined in ``pieces``, each word looked for once over
        them all; positions are the text's. Only checks inside one piece may use it."""
        if pieces is None or self.words is None:
            return None
        joined = pieces.joined
        occ = []
        for w in self.words:
            pos = joined.find(w)
            while pos >= 0:
                occ.append((pos, pos + len(w)))
                pos = joined.find(w, pos + 1)
        if not occ:
            return [], []
        offsets, shifts = pieces.offsets, pieces.shifts
        if len(offsets) > 1:
            occ = [(s + shifts[i], e + shifts[i]) for s, e in occ for i in (bisect_right(offsets, s) - 1,)]
        else:
            occ = [(s + shifts[0], e + shifts[0]) for s, e in occ]
        return _sorted_index(occ)

    def occur_in(self, low: str | None) -> bool:
        """Whether any word occurs in ``low`` (``lower_text`` of a text; True without it): False
        means no match of ``rx`` in the text."""
        if low is None or self.words is None:
            return True
        return any(w in low for w in self.words)


class NeedleSets:
    """``Needles.index_pieces`` of several ``Needles`` at once (by name): every word of every set
    is looked for in one Aho-Corasick pass over the joined pieces instead of one ``str.find`` scan
    per word. The result is the same (all occurrences, overlapping ones included, as ``str.find``
    from each next position finds them); without ``pyahocorasick`` each set is indexed itself."""

    def __init__(self, needles: dict[str, Needles]):
        self.needles = dict(needles)
        self.names = [name for name, n in self.needles.items() if n.words is not None]
        self.automaton = None
        if ahocorasick is not None and self.names:
            automaton = ahocorasick.Automaton()
            sets_of: dict[str, list[int]] = {}
            for k, name in enumerate(self.names):
                for w in self.needles[name].words:  # type: ignore[union-attr]
                    sets_of.setdefault(w, []).append(k)
            for w, ks in sets_of.items():
                automaton.add_word(w, (len(w), tuple(ks)))
            automaton.make_automaton()
            self.automaton = automaton

    def __reduce__(self):
        return (NeedleSets, (self.needles,))

    def index_pieces(self, pieces: Pieces | None) -> dict[str, tuple[list[int], list[int]] | None]:
        """``{name: needles.index_pieces(pieces)}`` for every set."""
        if pieces is None or self.automaton is None:
            return {name: n.index_pieces(pieces) for name, n in self.needles.items()}
        occ: list[list[tuple[int, int]]] = [[] for _ in self.names]
        for last, (size, ks) in self.automaton.iter(pieces.joined):
            for k in ks:
                occ[k].append((last + 1 - size, last + 1))
        offsets, shifts = pieces.offsets, pieces.shifts
        out: dict[str, tuple[list[int], list[int]] | None] = {}
        k = 0
        for name, n in self.needles.items():
            if n.words is None:
                out[name] = None
                continue
            found = occ[k]
            k += 1
            if not found:
                out[name] = [], []
            elif len(offsets) > 1:
                out[name] = _sorted_index([(s + shifts[i], e + shifts[i]) for s, e in found
                                           for i in (bisect_right(offsets, s) - 1,)])
            else:
                out[name] = _sorted_index([(s + shifts[0], e + shifts[0]) for s, e in found])
        return out


class Pieces:
    """Pieces ``[start, end)`` of a lower-cased text joined into one string, with a separator no
    needle holds, so that ``Needles.index_pieces`` looks for each word once over them all."""

    __slots__ = ("joined", "offsets", "shifts")

    def __init__(self, low: str, pieces: list[tuple[int, int]]):
        parts: list[str] = []
        self.offsets: list[int] = []  # where each piece starts in ``joined``
        self.shifts: list[int] = []  # what to add to a position in it to get the text's
        pos = 0
        for a, b in pieces:
            self.offsets.append(pos)
            self.shifts.append(a - pos)
            parts.append(low[a:b])
            pos += b - a + 1
        self.joined = "\0".join(parts)


def lower_text(text: str) -> str | None:
    """``text`` lower-cased for ``Needles``, or None when that would not be exact (the length
    changes, or a character folds to an ASCII letter only under a case-insensitive regex)."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in FOLDS_TO_ASCII):
        return None
    return low


def found_before(ss: SuffixSearch, text: str, rlow: str | None, start: int, end: int) -> bool:
    """``ss.found(text[start:end])``. With ``rlow`` (``lower_text(text)`` read backwards, made
    once per document) the lower-case mirror of ``ss`` runs over a slice of it: no reversing and
    no case folding per check."""
    if rlow is None or ss.rev_low is None or (end > start and text[end - 1] == "\n"):
        return ss.found(text[start:end])
    n = len(text)
    return ss.rev_low.match(rlow[n - end:n - start]) is not None


def literal_tail(rx: re.Pattern) -> str:
    """The lower-cased letters every match of the end-anchored ``rx`` ends with, whitespace aside
    ("di" of "ditemui ... di$"), or "" when it has none (or a shape this does not read)."""
    if not isinstance(rx.pattern, str):
        return ""
    try:
        return _tail(list(_sre_parse.parse(rx.pattern, rx.flags).data))
    except (re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
        return ""


def _tail(seq: list) -> str:
    """``literal_tail`` of a parsed sequence."""
    c = _sre_c
    if len(seq) == 1 and seq[0][0] is c.BRANCH:
        tails = [_tail(list(a.data)) for a in seq[0][1][1]]
        common = tails[0]
        for t in tails[1:]:
            while common and not t.endswith(common):
                common = common[1:]
        return common
    if len(seq) == 1 and seq[0][0] is c.SUBPATTERN and not seq[0][1][1] and not seq[0][1][2]:
        return _tail(list(seq[0][1][3].data))
    if not seq or seq[-1] not in ((c.AT, c.AT_END), (c.AT, c.AT_END_STRING)):
        return ""
    seq = seq[:-1]
    if seq and seq[-1][0] is c.MAX_REPEAT and seq[-1][1][0] == 0 and \
            list(seq[-1][1][2].data) == [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])]:
        seq = seq[:-1]  # trailing "\s*"
    letters = []
    while seq and seq[-1][0] is c.LITERAL and chr(seq[-1][1]).isascii() and chr(seq[-1][1]).isalpha():
        letters.append(chr(seq[-1][1]).lower())
        seq = seq[:-1]
    return "".join(reversed(letters))


def may_hold(index: tuple[list[int], list[int]] | None, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a whole occurrence of a needle (True without an index)."""
    if index is None:
        return True
    starts, ends = index
    i = bisect_left(starts, start)
    return i < len(starts) and ends[i] <= end
