"""Faster lexical attribute getters for the Indonesian vocabulary, with the same values.

Every word a pipeline meets for the first time becomes a spaCy ``Lexeme`` whose ~20 attributes are
computed by Python functions (``vocab.lex_attr_getters``). spaCy's own getters are written for any
string and walk it character by character; on scraped news, where most new words are plain lower-case
or capitalised letters, a few of them dominate the cost of a new lexeme (``word_shape``, ``like_url``,
``like_num`` with its list of number words, ``is_currency``, ``is_ascii``). The getters here answer
those common cases with one ``str`` method call and hand everything else to spaCy's original, so the
values are the same for every string (``tests/test_lex_attrs.py`` checks them against the originals).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy import attrs
from spacy.vocab import Vocab

Getter = Callable[[str], object]


def _shape(original: Getter) -> Getter:
    def word_shape(text: str) -> object:
        n = len(text)
        if 0 < n < 100 and text.isascii():
            if text.isalpha():
                if text.islower():
                    return "x" * min(n, 4)
                if n > 1 and text[0].isupper() and text[1:].islower():
                    return "X" + "x" * min(n - 1, 4)
                if text.isupper():
                    return "X" * min(n, 4)
            elif text.isdigit():
                return "d" * min(n, 4)
        return original(text)

    return word_shape


def _like_url(original: Getter) -> Getter:
    def like_url(text: str) -> object:
        # a URL-like string holds a dot or "://" ("www.", "http://"); without either spaCy says False
        if "." not in text and ":" not in text:
            return False
        return original(text)

    return like_url


def _like_email(original: Getter) -> Getter:
    def like_email(text: str) -> object:
        return False if "@" not in text else original(text)

    return like_email


def _like_num(original: Getter) -> Getter:
    from spacy.lang.id.lex_attrs import _num_words

    number_words = frozenset(_num_words)

    def like_num(text: str) -> object:
        # letters only: spaCy's Indonesian getter looks the word up in its list of number words
        if text.isalpha():
            return text.lower() in number_words
        return original(text)

    return like_num


def _is_currency(original: Getter) -> Getter:
    from spacy.lang.id.punctuation import LIST_CURRENCY

    listed = frozenset(LIST_CURRENCY)

    def is_currency(text: str) -> object:
        # a letter or digit first and not a listed currency ("Rp" is one): no currency sign
        if text and text[0].isalnum() and text not in listed:
            return False
        return original(text)

    return is_currency


def _is_ascii(original: Getter) -> Getter:
    def is_ascii(text: str) -> object:
        return text.isascii()

    return is_ascii


def _first_char_not(original: Getter, predicate: Callable[[str], bool]) -> Getter:
    """``original`` unless the first character settles the answer as False (``predicate``)."""

    def getter(text: str) -> object:
        if text and predicate(text[0]):
            return False
        return original(text)

    getter.__name__ = getattr(original, "__name__", "getter")
    return getter


#: attribute id -> how to wrap spaCy's getter for it
_WRAPPERS: dict[int, Callable[[Getter], Getter]] = {
    attrs.SHAPE: _shape,
    attrs.LIKE_URL: _like_url,
    attrs.LIKE_EMAIL: _like_email,
    attrs.IS_ASCII: _is_ascii,
    # a letter or digit first: no punctuation, quote or bracket of any kind
    attrs.IS_PUNCT: lambda g: _first_char_not(g, str.isalnum),
    attrs.IS_CURRENCY: _is_currency,
    attrs.LIKE_NUM: _like_num,
    attrs.IS_QUOTE: lambda g: _first_char_not(g, str.isalnum),
    attrs.IS_LEFT_PUNCT: lambda g: _first_char_not(g, str.isalnum),
    attrs.IS_RIGHT_PUNCT: lambda g: _first_char_not(g, str.isalnum),
    attrs.IS_BRACKET: lambda g: _first_char_not(g, str.isalnum),
}


def install_fast_getters(vocab: Vocab) -> None:
    """Replace the vocabulary's slow lexical attribute getters with the equivalents above (idempotent)."""
    getters = vocab.lex_attr_getters
    for attr, wrap in _WRAPPERS.items():
        original = getters.get(attr)
        if original is not None and not getattr(original, "_kie_fast", False):
            fast = wrap(original)
            fast._kie_fast = True  # type: ignore[attr-defined]
            getters[attr] = fast
