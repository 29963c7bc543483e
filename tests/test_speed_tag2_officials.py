"""The name scan that reads tokens one ahead finds what a scan over a pre-read token list finds."""

from __future__ import annotations

import random

import kemiskinan_ie
from kemiskinan_ie.components.officials import _NAMEWORD_RE, _TOK_RE


def _name_at_listed(tagger, text: str, pos: int, limit: int = 6):
    """Reference: the same rules over all tokens of the next 120 characters, read first."""
    toks = [(m.start(1), m.end(1), m.group(1)) for m in _TOK_RE.finditer(text, pos, min(len(text), pos + 120))]
    i = 0
    while i < len(toks) and toks[i][2] in tagger.honorifics:
        i += 1
    start = end = None
    n = 0
    while i < len(toks) and n < limit:
        s, _e, w = toks[i]
        if start is not None and "\n" in text[end:s]:
            break
        clean = w.rstrip(".")
        upper_next = i + 1 < len(toks) and toks[i + 1][2][:1].isupper()
        initial = upper_next and ((clean != w and clean in tagger.name_abbrev) or (n > 0 and len(w) == 1 and w.isupper()))
        if not initial and (not _NAMEWORD_RE.match(clean) or clean.lower() in tagger.suffixes):
            break
        if n == 0 and (clean in tagger.not_names or clean in tagger.head_words or clean in tagger.dept):
            return None
        if n > 0 and (clean in tagger.head_words or clean in tagger.not_names):
            break
        if start is None:
            start = s
        abbrev = clean != w and clean in tagger.name_abbrev and upper_next
        end = s + (len(w) if abbrev else len(clean))
        n += 1
        i += 1
        if clean != w and not abbrev:
            break
    return None if start is None else (start, end)


WORDS = ["Kepala", "Dinas", "Sosial", "H.", "Hj.", "Dr.", "Ahmad", "Subhan", "Wempi", "W", "Mawa", "SH", "MM",
         "S.Sos", "Muh.", "Rini", "kata", "mengatakan", ",", ".", "\n", "(", ")", "Teuku", "Rizki", "Maulana",
         "BPS", "Kabupaten", "Garut", "di", "Bupati", "Camat", "Al", "bin", "Ir.", "Drs.", "Plt"]


def test_name_scan_matches_listed_scan():
    tagger = kemiskinan_ie.load().get_pipe("kie_officials")
    rnd = random.Random(5)
    texts = ["Kepala Dinas Sosial, H. Ahmad Subhan, S.Sos mengatakan.", "kata Wempi W Mawa\nBupati Garut"]
    texts += [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 40))) for _ in range(1500)]
    checked = 0
    for text in texts:
        for pos in range(0, len(text), 3):
            for limit in (3, 4, 6):
                assert tagger._name_at(text, pos, limit) == _name_at_listed(tagger, text, pos, limit), (text, pos)
                checked += 1
    assert checked > 10000
    assert tagger._name_at("Kepala Dinas Sosial, H. Ahmad Subhan, kata", 20) == (24, 36)
