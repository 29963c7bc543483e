"""A fast regex tokenizer for Indonesian news.

spaCy's stock Indonesian tokenizer checks thousands of exceptions per token and glues
``408.522(74,21`` together. This one is a single compiled regular expression run by
``re.finditer`` (C speed), built for the formats that matter here:

* numbers with either separator convention stay one token: ``7.064,00``, ``1.173,530``, ``5.32``;
* a currency prefix splits off its amount: ``Rp550.458`` -> ``Rp`` ``550.458``; ``Rp.406.882`` ->
  ``Rp`` ``.`` ``406.882``;
* slashes, brackets and percent signs are their own tokens: ``/kapita/bulan``, ``(74,21%)``;
* dates ``28/11/2024`` split on the slash so each part can be read;
* hyphenated words stay whole (``Dayeuh-luhur``, ``kabupaten/kota`` splits on ``/``).

It is registered as ``kemiskinan_ie.RegexTokenizer.v1`` and serialises with the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .regex_speed import ascii_safe, ascii_twin

# Order matters: the first alternative that matches at a position wins.
TOKEN_PATTERN = r"""
  \d+(?:[.,]\d+)*(?=[^\W\d_]) # digits glued to letters: split after the number (e.g. 10ribu, 2,5juta)
| \d+(?:[.,]\d+)*             # numbers: 7.064,00  5.32  1.173,530  2024
| (?:[^\W\d_]+\.){2,}(?=\s|$) # dotted abbreviations: S.E.  A.Md.
| [^\W\d_]+(?:['’][^\W\d_]+|-(?=[^\W\d_A-Z])[^\W\d_]+)*(?:-\d+)?  # words, hyphenated words, ke-6
| [^\w\s]                     # any other single symbol
| _+
"""
_TOKEN_RE = re.compile(TOKEN_PATTERN, re.VERBOSE | re.UNICODE)


def _pieces_re(pattern: str) -> re.Pattern:
    """Whitespace runs or tokens, each with the single space that follows it (group 2): a token's
    own trailing space becomes ``token.whitespace_``, any further whitespace its own token."""
    return re.compile(r"(\s+|" + pattern + "\n" + r")(\x20?)", re.VERBOSE | re.UNICODE)


_LETTER = r"[^\W\d_]"
#: ``_pieces_re(TOKEN_PATTERN)`` rewritten to match the same pieces with less backtracking: the two
#: number alternatives match the same text (the first only when a letter follows), so one is
#: enough; a word's letters are read once, and the dotted-abbreviation ending is tried after them
#: (a maximal run of letters is where both of those alternatives must stop). Possessive repeats
#: never give back what the greedy ones would not give back either.
_FAST_PIECES = (
    r"(" + _LETTER + r"++(?:\.(?:" + _LETTER + r"+\.)+(?=\s|$)"
    r"|(?:['’]" + _LETTER + r"+|-(?=[^\W\d_A-Z])" + _LETTER + r"+)*+(?:-\d+)?)"
    r"|\s++|\d++(?:[.,]\d+)*+|[^\w\s]|_++)(\x20?)"
)
_PIECES_RE = re.compile(_FAST_PIECES, re.UNICODE)
#: the same pattern for a text ``regex_speed.ascii_safe`` accepts (same pieces, found faster)
_PIECES_ASCII = ascii_twin(_PIECES_RE)


class RegexTokenizer:
    """Tokenise with one compiled regex; whitespace becomes ``token.whitespace_``.

    Offsets are preserved exactly: ``doc.text == text`` for every input. Runs of
    whitespace other than a single space are kept as whitespace tokens, as spaCy does.
    """

    def __init__(self, vocab: Vocab, pattern: str = TOKEN_PATTERN):
        self.vocab = vocab
        self.pattern = pattern
        self._re = _TOKEN_RE if pattern == TOKEN_PATTERN else re.compile(pattern, re.VERBOSE | re.UNICODE)
        self._re_ws = re.compile(r"\s+|" + self._re.pattern, re.VERBOSE | re.UNICODE)
        self._re_pieces = _PIECES_RE if pattern == TOKEN_PATTERN else None

    def _split(self, text: str) -> tuple[list[str], list[bool]]:
        """Words and trailing-space flags; the general loop for a custom pattern (whose tokens
        might start with whitespace)."""
        words: list[str] = []
        spaces: list[bool] = []
        for piece in self._re_ws.findall(text):
            if piece[0].isspace():
                if piece == " " and words and not spaces[-1]:
                    spaces[-1] = True
                    continue
                if piece[0] == " " and words and not spaces[-1]:
                    spaces[-1] = True
                    piece = piece[1:]
            words.append(piece)
            spaces.append(False)
        return words, spaces

    def __call__(self, text: str) -> Doc:
        words: list[str]
        spaces: list[bool] | list[str]
        if self._re_pieces is not None:  # the default pattern: one pass does it all
            # ``split`` on the pieces gives [gap, piece, space, gap, piece, space, ..., gap]: every piece
            # and its space, as ``findall`` pairs them, in one flat list (no tuple per piece)
            parts = (_PIECES_ASCII if ascii_safe(text) else self._re_pieces).split(text)
            # (a piece's space is " " or "": spaCy reads it as a bool, so the strings serve as flags)
            words, spaces = parts[1::3], parts[2::3]
        else:
            words, spaces = self._split(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # keep the text: spaCy rebuilds doc.text from the tokens on every access
        doc.user_data["kie"] = {"text": text}
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # serialisation: the pattern is the only state
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.pattern.encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> RegexTokenizer:
        self.pattern = data.decode("utf8")
        self._re = re.compile(self.pattern, re.VERBOSE | re.UNICODE)
        self._re_ws = re.compile(r"\s+|" + self.pattern, re.VERBOSE | re.UNICODE)
        self._re_pieces = _PIECES_RE if self.pattern == TOKEN_PATTERN else None
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RegexTokenizer:
        return self.from_bytes(Path(path).read_bytes())


@spacy.registry.tokenizers("kemiskinan_ie.RegexTokenizer.v1")
def create_regex_tokenizer():
    """Registry entry so ``config.cfg`` can name the tokenizer."""

    def make(nlp):
        from .lex_attrs import install_fast_getters

        install_fast_getters(nlp.vocab)  # (same values, less time per new word)
        return RegexTokenizer(nlp.vocab)

    return make
