"""Faster equivalents of regular expressions built from the data files, derived once at load time.

Python's ``re`` tries every alternative of a long alternation at every position when a pattern
opens with a lookbehind, and searches an end-anchored pattern (``...$``) from every start
position. ``gated`` and ``first_char_gate`` add a one-character lookahead built from the characters
a match can start with; ``SuffixSearch`` runs an end-anchored pattern as one anchored match of its
mirror image over the reversed string. Both never change what matches: when a pattern cannot be
analysed (the parser is ``re``'s own, private one), the original pattern is used as it is.
"""

from __future__ import annotations

import copyreg
import re
import threading
import weakref

try:  # the regex parser/compiler, used to derive fast equivalents of data-built patterns
    from re import _compiler as _sre_compile
    from re import _constants as _sre_c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # noqa: F401
    import sre_constants as _sre_c  # noqa: F401
    import sre_parse as _sre_parse  # noqa: F401

_CATEGORY_CLASS = {
    _sre_c.CATEGORY_DIGIT: r"\d", _sre_c.CATEGORY_NOT_DIGIT: r"\D", _sre_c.CATEGORY_SPACE: r"\s",
    _sre_c.CATEGORY_NOT_SPACE: r"\S", _sre_c.CATEGORY_WORD: r"\w", _sre_c.CATEGORY_NOT_WORD: r"\W",
}


def _first_chars(data) -> tuple[list[str] | None, bool]:
    """Character-class items that can start a match of the parsed sequence ``data`` (None when
    unknown), and whether the sequence can match without consuming anything."""
    c = _sre_c
    parts: list[str] = []
    for op, av in data:
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero width: the next item decides
        if op is c.LITERAL:
            parts.append(f"\\U{av:08x}")
            return parts, False
        if op is c.IN:
            for o, a in av:
                if o is c.LITERAL:
                    parts.append(f"\\U{a:08x}")
                elif o is c.RANGE:
                    parts.append(f"\\U{a[0]:08x}-\\U{a[1]:08x}")
                elif o is c.CATEGORY and a in _CATEGORY_CLASS:
                    parts.append(_CATEGORY_CLASS[a])
                else:
                    return None, False
            return parts, False
        if op is c.BRANCH:
            nullable = False
            for alt in av[1]:
                sub, n = _first_chars(alt.data)
                if sub is None:
                    return None, False
                parts += sub
                nullable = nullable or n
            if not nullable:
                return parts, False
            continue
        if op is c.SUBPATTERN:
            _group, add, drop, sub_p = av
            if add or drop not in (0, re.IGNORECASE):
                return None, False  # (dropping case folding is fine: the outer flags give a superset)
            sub, n = _first_chars(sub_p.data)
            if sub is None:
                return None, False
            parts += sub
            if not n:
                return parts, False
            continue
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            lo, _hi, sub_p = av
            sub, n = _first_chars(sub_p.data)
            if sub is None:
                return None, False
            parts += sub
            if lo > 0 and not n:
                return parts, False
            continue
        return None, False
    return parts, True


def first_char_gate(pattern: str, flags: int = 0) -> str:
    """A lookahead ``(?=[...])`` over the characters a match of ``pattern`` (compiled with
    ``flags``) can start with, or ``""`` when that cannot be derived. Put in front of one
    alternative of a long alternation, it lets the engine skip that alternative in one step."""
    try:
        parts, nullable = _first_chars(_sre_parse.parse(pattern, flags).data)
    except (re.error, RecursionError, TypeError, ValueError):  # pragma: no cover
        return ""
    if parts is None or nullable or not parts:
        return ""
    return "(?=[" + "".join(dict.fromkeys(parts)) + "])"


def gated(rx: re.Pattern) -> re.Pattern:
    """``rx`` made to skip the places where no match can start. Python's ``re`` does not skip
    ahead for a pattern that opens with a lookbehind and a long (case-insensitive) alternation:
    ``rx`` is compiled with the characters its matches can start with as its start set
    (``with_start_set``); when that cannot be derived, a leading one-character lookahead built
    from those characters rejects most positions in one step. Matches, groups and ``lastgroup``
    are the same as ``rx``'s; ``rx`` itself is returned when neither can be derived."""
    if not isinstance(rx.pattern, str):
        return rx
    fast = with_start_set(rx)
    if fast is not rx:
        return fast  # (a lookahead as well would only test again what the start set has tested)
    gate = first_char_gate(rx.pattern, rx.flags)
    if not gate:
        return rx
    close = "\n)" if rx.flags & re.VERBOSE else ")"
    try:
        fast = re.compile(gate + "(?:" + rx.pattern + close, rx.flags)
    except re.error:  # pragma: no cover - keep the original
        return rx
    return with_start_set(fast)


_BMP: str | None = None


def _bmp() -> str:
    """Every character of the Basic Multilingual Plane, in code point order (built once)."""
    global _BMP
    if _BMP is None:
        _BMP = "".join(map(chr, range(0x10000)))
    return _BMP


def _class_items(parts: list[str], flags: int) -> list | None:
    """The items of a character class, without case folding, that accept exactly the characters
    the class ``[parts]`` (``_first_chars`` items) accepts under ``flags``: case-insensitive
    literals are spelled out as ranges of code points. None for astral literals."""
    c = _sre_c
    category = {v: k for k, v in _CATEGORY_CLASS.items()}
    items: list = [(c.CATEGORY, category[p]) for p in parts if p in category]
    lits = [p for p in parts if p not in category]
    if lits and not flags & re.I:  # "\\Uxxxxxxxx" or "\\Uxxxxxxxx-\\Uyyyyyyyy"
        for p in lits:
            lo, _, hi = p.partition("-")
            a, b = int(lo[2:], 16), int(hi[2:] or lo[2:], 16)
            items.append((c.LITERAL, a) if a == b else (c.RANGE, (a, b)))
    elif lits:
        cls = "[" + "".join(lits) + "]"
        if any(int(h, 16) > 0xFFFF for h in re.findall(r"\\U([0-9a-f]{8})", cls)):
            return None  # astral characters: not worth the bother
        # astral characters never fold into the BMP, so the BMP holds every match
        chars = [ord(ch) for ch in re.compile(cls, flags & (re.I | re.A)).findall(_bmp())]
        i = 0
        while i < len(chars):  # runs of consecutive code points as ranges
            j = i
            while j + 1 < len(chars) and chars[j + 1] == chars[j] + 1:
                j += 1
            items.append((c.RANGE, (chars[i], chars[j])))
            i = j + 1
    return items


def with_start_set(rx: re.Pattern) -> re.Pattern:
    """``rx`` compiled with the set of characters its matches can start with in its header, so that
    ``search``/``finditer`` skip other positions in one tight loop (what ``re`` itself does for
    patterns that open with a character class, but not for ones that open with a lookbehind or a
    lookahead). Matching is unchanged: the set only decides where a match is tried. ``rx`` is
    returned as it is when the set cannot be derived, when ``re`` already has a prefix or set, or
    when the private compiler interface differs."""
    if not isinstance(rx.pattern, str) or rx.flags & re.LOCALE:
        return rx
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags)
        fast = _compile_tree(tree, tree.state.flags | rx.flags, rx.pattern, need_set=True)
    except Exception:  # noqa: BLE001 - any change in the private interface: keep the original
        return rx
    if fast is None:
        return rx
    _track_start_set(fast)
    return fast


#: patterns made by ``with_start_set``, by ``id``: they pickle as "rebuild the start set", not as
#: plain patterns. (A ``WeakSet`` would not do: it holds one of several equal patterns, and when
#: that one is collected, for instance with a pipeline built and dropped, the others lose their
#: entry and would pickle as plain patterns.)
_WITH_START_SET: dict[int, weakref.ref] = {}
_PLAIN_REDUCE = copyreg.dispatch_table.get(re.Pattern)


def _track_start_set(rx: re.Pattern) -> None:
    """Record ``rx`` as a ``with_start_set`` pattern for as long as it lives."""
    key = id(rx)

    def forget(ref: weakref.ref, key: int = key) -> None:
        if _WITH_START_SET.get(key) is ref:  # (the id may belong to a newer pattern by now)
            del _WITH_START_SET[key]

    _WITH_START_SET[key] = weakref.ref(rx, forget)


def _is_start_set(rx: re.Pattern) -> bool:
    """Whether ``rx`` itself was made by ``with_start_set``."""
    ref = _WITH_START_SET.get(id(rx))
    return ref is not None and ref() is rx


def _rebuild_with_start_set(pattern: str, flags: int) -> re.Pattern:
    """Unpickle a ``with_start_set`` pattern (worker processes get the fast form again)."""
    return with_start_set(re.compile(pattern, flags))


def _reduce_pattern(rx: re.Pattern):
    """Pickle a compiled pattern: ``with_start_set`` ones as themselves, any other as ``re`` does."""
    if _is_start_set(rx):
        return _rebuild_with_start_set, (rx.pattern, rx.flags)
    if _PLAIN_REDUCE is not None:
        return _PLAIN_REDUCE(rx)
    return re.compile, (rx.pattern, rx.flags)  # pragma: no cover - re always registers one


copyreg.pickle(re.Pattern, _reduce_pattern)


def _compile_tree(tree, flags: int, pattern: str | None, need_set: bool) -> re.Pattern | None:
    """Compile a parse tree like ``re`` does, with the start set (``with_start_set``) in the
    header when it can be derived; None when it cannot and ``need_set``."""
    import _sre

    lo, hi = tree.getwidth()
    items = None
    if lo > 0 and not _sre_compile._get_literal_prefix(tree, flags)[0] and not _sre_compile._get_charset_prefix(tree, flags):
        parts, nullable = _first_chars(tree.data)
        if parts and not nullable:
            items = _class_items(list(dict.fromkeys(parts)), flags)
    if items:
        charset, _ = _sre_compile._optimize_charset(items)
        maxcode = _sre_compile.MAXCODE
        code = [_sre_c.INFO, 0, _sre_c.SRE_INFO_CHARSET, min(lo, maxcode), min(hi, maxcode)]
        _sre_compile._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
        _sre_compile._compile(code, tree.data, flags)
        code.append(_sre_c.SUCCESS)
    elif need_set:
        return None
    else:
        code = _sre_compile._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _sre.compile(pattern, flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))


class _NotReversible(Exception):
    pass


def _reverse_seq(sub):
    return _sre_parse.SubPattern(sub.state, [_reverse_item(op, av, sub.state) for op, av in reversed(sub.data)])


def _reverse_item(op, av, state):
    c = _sre_c
    if op is c.LITERAL or op is c.NOT_LITERAL or op is c.IN or op is c.ANY:
        return op, av
    if op is c.BRANCH:
        return op, (None, [_reverse_seq(a) for a in av[1]])
    if op is c.SUBPATTERN:
        _group, add, drop, sub = av
        return op, (None, add, drop, _reverse_seq(sub))
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        lo, hi, sub = av
        return op, (lo, hi, _reverse_seq(sub))
    if op is c.ASSERT or op is c.ASSERT_NOT:
        direction, sub = av
        return op, (-direction, _reverse_seq(sub))
    if op is c.AT:
        swap = {
            c.AT_BEGINNING: c.AT_END_STRING, c.AT_BEGINNING_STRING: c.AT_END_STRING,
            c.AT_END: c.AT_BEGINNING_STRING, c.AT_END_STRING: c.AT_BEGINNING_STRING,
            c.AT_BOUNDARY: c.AT_BOUNDARY, c.AT_NON_BOUNDARY: c.AT_NON_BOUNDARY,
        }
        if av not in swap:
            raise _NotReversible(av)
        return op, swap[av]
    raise _NotReversible(op)


class SuffixSearch:
    """``bool(rx.search(s))`` for a pattern that must end at the end of ``s`` (``...$``), run as one
    anchored match of the mirrored pattern over the reversed string instead of a search from
    every start position. Falls back to ``rx.search`` when the pattern cannot be mirrored or
    ``s`` ends with a newline (where ``$`` also matches before it)."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.rev: re.Pattern | None = None
        self.rev_low: re.Pattern | None = None  # the mirror for lower-cased text (``lowered``)
        if not isinstance(rx.pattern, str) or rx.flags & re.MULTILINE:
            return
        try:
            tree = _sre_parse.parse(rx.pattern, rx.flags)
            if not tree.data or tree.data[-1] not in ((_sre_c.AT, _sre_c.AT_END), (_sre_c.AT, _sre_c.AT_END_STRING)):
                return
            rev_tree = _reverse_seq(tree)
            self.rev = _sre_compile.compile(rev_tree, rx.flags)
        except (_NotReversible, re.error, RecursionError, TypeError, ValueError, AttributeError):
            self.rev = None
            return
        self.rev_low = _lowered_tree(rev_tree, rx.flags)

    def __reduce__(self):
        # the mirrored pattern has no source string to pickle: rebuild it from ``rx``
        return (SuffixSearch, (self.rx,))

    def found(self, s: str, reversed_s: str | None = None, low_reversed: str | None = None) -> bool:
        """True when ``rx.search(s)`` finds a match; ``reversed_s`` is ``s[::-1]`` when known, and
        ``low_reversed`` is ``lower_text(s)[::-1]`` when known (then the faster mirror is used)."""
        if self.rev is None or s.endswith("\n"):
            return self.rx.search(s) is not None
        if low_reversed is not None and self.rev_low is not None:
            return self.rev_low.match(low_reversed) is not None
        return self.rev.match(s[::-1] if reversed_s is None else reversed_s) is not None


def _ends_with_dollar(data) -> bool:
    """Whether every match of the parsed sequence ``data`` ends with ``$`` (its last item, or the last
    item of every alternative of a final alternation or group)."""
    c = _sre_c
    if not data:
        return False
    op, av = data[-1]
    if op is c.AT:
        return av is c.AT_END or av is c.AT_END_STRING
    if op is c.BRANCH:
        return all(_ends_with_dollar(list(a.data)) for a in av[1])
    if op is c.SUBPATTERN:
        return _ends_with_dollar(list(av[3].data))
    return False


class TextEndSearch:
    r"""Whether a pattern every match of which ends with ``$`` (``re.MULTILINE`` or not) can match in a
    text without line breaks. There ``$`` stands only at the text's end, so every match ends there,
    and ``(?:rx)\Z`` matches exactly when ``rx`` does: one mirrored match over the reversed text
    (``SuffixSearch``) instead of a search from every position. ``may_match`` is True (search
    as before) for a text with a line break, or when the pattern has another shape."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.suffix: SuffixSearch | None = None
        if not isinstance(rx.pattern, str):
            return
        try:
            if not _ends_with_dollar(_sre_parse.parse(rx.pattern, rx.flags).data):
                return
            close = "\n)" if rx.flags & re.VERBOSE else ")"
            # (without line breaks, "^" and "$" read the same with or without re.MULTILINE)
            suffix = SuffixSearch(re.compile("(?:" + rx.pattern + close + r"\Z", rx.flags & ~re.MULTILINE))
        except (re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
            return
        self.suffix = suffix if suffix.rev is not None else None

    def __reduce__(self):
        return (TextEndSearch, (self.rx,))

    def may_match(self, text: str) -> bool:
        """False when ``rx`` has no match in ``text``; True when it may have one."""
        if self.suffix is None or "\n" in text:
            return True
        return self.suffix.found(text)


_FOLD: dict[str, frozenset[str]] = {}


def _case_class(ch: str) -> frozenset[str]:
    """The characters a literal ``ch`` matches under ``re.IGNORECASE`` (cached)."""
    cls = _FOLD.get(ch)
    if cls is None:
        cls = frozenset(re.compile(re.escape(ch), re.I).findall(_bmp())) if ord(ch) < 0x10000 else frozenset(ch)
        _FOLD[ch] = cls
    return cls


def literal_trie(words, ignore_case: bool = False) -> str:
    """A pattern that matches exactly what ``lexicon.literal_alternation(words)`` matches (compiled
    with ``re.IGNORECASE`` when ``ignore_case``), written as a prefix tree: at each character the
    engine follows the one branch that can go on instead of trying every word, and longer words
    still come before their prefixes. With ``ignore_case`` each letter becomes an explicit class of
    its case forms, so the tree keeps its speed inside a case-insensitive pattern."""
    words = set(words)
    if not words or "" in words:
        from .lexicon import literal_alternation

        return literal_alternation(list(words))
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            key = _case_class(ch) if ignore_case else frozenset(ch)
            node = node.setdefault(key, {})
        node[None] = True
    if ignore_case:  # every class must be closed (each member matches exactly the same class)
        keys: set[frozenset[str]] = set()

        def collect(node: dict) -> None:
            for k, child in node.items():
                if k is not None:
                    keys.add(k)
                    collect(child)

        collect(root)
        if any(_case_class(x) != k for k in keys for x in k):
            from .lexicon import literal_alternation

            return literal_alternation(list(words))

    def char(k: frozenset[str]) -> str:
        if len(k) == 1:
            return re.escape(next(iter(k)))
        return "[" + "".join(re.escape(x) for x in sorted(k)) + "]"

    def emit(node: dict) -> str:
        alts = [char(k) + emit(child) for k, child in sorted(node.items(), key=lambda kv: sorted(kv[0]) if kv[0] else [])
                if k is not None]
        if not alts:
            return ""
        if None in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    body = emit(root)
    return "(?-i:" + body + ")" if ignore_case else "(?:" + body + ")"



_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
#: per character beyond ASCII: bit 1 when it is cased (or astral), bit 2 when it is a letter, digit
#: or white space (or astral); filled as characters are met
_CHAR_KIND: dict[str, int] = {}


def _non_ascii_kinds(text: str) -> int:
    """The ``_CHAR_KIND`` bits of the characters of ``text`` beyond ASCII, or-ed together."""
    kinds = 0
    for ch in set(_NON_ASCII_RE.findall(text)):
        k = _CHAR_KIND.get(ch)
        if k is None:
            astral = ord(ch) > 0xFFFF
            k = (1 if astral or ch.lower() != ch or ch.upper() != ch else 0) | \
                (2 if astral or ch.isalnum() or ch.isspace() else 0)
            _CHAR_KIND[ch] = k
        kinds |= k
    return kinds


def ascii_safe(text: str) -> bool:
    r"""Whether every pattern matches ``text`` the same with ``re.ASCII`` as without it (``ascii_twin``).
    In ``re.ASCII`` mode only ``\w``, ``\d``, ``\s``, ``\b`` and case folding read differently, and
    only on characters that are letters or digits, white space or cased beyond ASCII, and on the
    four separator controls ``\x1c``-``\x1f`` (white space to Unicode, not to ``re.ASCII``): a text
    without any of those (ASCII, typographic quotes and dashes allowed) reads the same."""
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return False
    return text.isascii() or not _non_ascii_kinds(text)


def ascii_twin(rx: re.Pattern) -> re.Pattern:
    """``rx`` compiled with ``re.ASCII`` (and the start set of ``with_start_set`` when ``rx`` has
    one): over a text for which ``ascii_safe`` holds, the same matches, groups and ``lastgroup``,
    found faster (``re`` tests its ASCII classes from a table instead of Unicode's database).
    ``rx`` itself when it has no source string or cannot be so compiled."""
    if not isinstance(rx.pattern, str) or rx.flags & re.ASCII:
        return rx
    try:
        twin = re.compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)
    except re.error:  # pragma: no cover - keep the original
        return rx
    if twin.groupindex != rx.groupindex or twin.groups != rx.groups:  # pragma: no cover
        return rx
    return with_start_set(twin) if _is_start_set(rx) else twin


def lower_text(text: str) -> str | None:
    """``text.lower()`` when lower-casing changes ASCII letters only (every other character of
    ``text`` has no case), so positions are kept and ``lowered`` patterns apply; else None."""
    if text.isascii():
        return text.lower()
    return None if _non_ascii_kinds(text) & 1 else text.lower()


def _ascii_letter(code: int) -> bool:
    return 65 <= code <= 90 or 97 <= code <= 122


_FOLDS_TO_ASCII: dict[int, int] | None = None


def _folds_to_ascii() -> dict[int, int]:
    """Non-ASCII characters that match an ASCII letter under case folding (the Kelvin sign, the
    long s, the dotted and dotless i), mapped to that letter in lower case."""
    global _FOLDS_TO_ASCII
    if _FOLDS_TO_ASCII is None:
        _FOLDS_TO_ASCII = {ord(x): ord(letter) for letter in "abcdefghijklmnopqrstuvwxyz"
                           for x in _case_class(letter) if ord(x) >= 128}
    return _FOLDS_TO_ASCII


def _lower_items(items: list, folded: bool) -> list:
    """Class items for lower-cased text (``lowered``): under case folding every ASCII letter the
    class accepts in either case is added in lower case; a case-exact class must already hold
    both cases of each ASCII letter it holds."""
    c = _sre_c
    letters: set[int] = set()
    for o, a in items:
        if o is c.LITERAL:
            rng = (a, a)
        elif o is c.RANGE:
            rng = a
        elif o is c.NEGATE or o is c.CATEGORY:
            continue
        else:
            raise _Bail
        lo, hi = max(rng[0], 65), min(rng[1], 122)
        letters.update(x for x in range(lo, hi + 1) if _ascii_letter(x))
        if folded:
            letters.update(low for x, low in _folds_to_ascii().items() if rng[0] <= x <= rng[1])
    if folded:
        return list(items) + [(c.LITERAL, x | 0x20) for x in sorted(letters)]
    if any((x ^ 0x20) not in letters for x in letters):
        raise _Bail  # a case-exact class that tells the cases apart
    return list(items)


def _lower_seq(data: list, state, folded: bool) -> list:
    return [_lower_item(op, av, state, folded) for op, av in data]


def _lower_item(op, av, state, folded: bool):
    """One parsed item for lower-cased text (``lowered``)."""
    c = _sre_c
    sub = _sre_parse.SubPattern
    if op is c.LITERAL or op is c.NOT_LITERAL:
        if _ascii_letter(av):
            if not folded:
                raise _Bail  # a case-exact letter
            return op, av | 0x20
        if folded and av in _folds_to_ascii():
            return op, _folds_to_ascii()[av]  # the Kelvin sign matches "k" and "K"
        return op, av  # no case, or a cased non-ASCII letter: never in a text lower_text accepts
    if op is c.IN:
        items = _lower_items(av, folded)
        # upper-case ASCII letters never occur in lower-cased text: drop them; one letter left is
        # a plain character, which re compares (and skips alternatives by) faster than a class
        items = [(o, a) for o, a in items if not (o is c.LITERAL and 65 <= a <= 90)]
        if len(items) == 1 and items[0][0] is c.LITERAL:
            return items[0]
        return op, items
    if op is c.BRANCH:
        return op, (None, [sub(state, _lower_seq(a.data, state, folded)) for a in av[1]])
    if op is c.SUBPATTERN:
        group, add, drop, p = av
        inner = (folded or bool(add & c.SRE_FLAG_IGNORECASE)) and not drop & c.SRE_FLAG_IGNORECASE
        flags_off = c.SRE_FLAG_IGNORECASE
        return op, (group, add & ~flags_off, drop & ~flags_off, sub(state, _lower_seq(p.data, state, inner)))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        lo, hi, p = av
        return op, (lo, hi, sub(state, _lower_seq(p.data, state, folded)))
    if op is c.ASSERT or op is c.ASSERT_NOT:
        direction, p = av
        return op, (direction, sub(state, _lower_seq(p.data, state, folded)))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return op, sub(state, _lower_seq(av.data, state, folded))
    if op is c.AT or op is c.ANY:
        return op, av
    raise _Bail


class _Bail(Exception):
    pass


def lowered(rx: re.Pattern) -> re.Pattern | None:
    """For a case-insensitive ``rx``, a case-sensitive pattern that finds in ``lower_text(text)``
    exactly the spans, groups and ``lastgroup`` that ``rx`` finds in ``text`` (group texts come out
    lower-cased). ``re`` runs it faster: plain characters instead of folded ones, and alternatives
    skipped by their first letter. None when ``rx`` cannot be carried over (back-references,
    case-exact letters, flags other than IGNORECASE/MULTILINE/VERBOSE/DOTALL). The result has no
    source string: use it through ``LowerSearch``, which pickles."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 # pragma: no cover
        return None
    return _lowered_tree(tree, rx.flags)


def _lowered_tree(tree, flags: int) -> re.Pattern | None:
    """``lowered`` for a parse tree of a pattern compiled with ``flags`` (the tree's shared state
    loses its IGNORECASE flag)."""
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.ASCII):
        return None
    try:
        low = _sre_parse.SubPattern(tree.state, _lower_seq(tree.data, tree.state, True))
        tree.state.flags &= ~re.IGNORECASE
        return _compile_tree(low, (tree.state.flags | flags) & ~re.IGNORECASE, None, need_set=False)
    except Exception:  # noqa: BLE001 - anything unexpected (private interface): no lowered form
        return None


class LowerSearch:
    """``rx.finditer`` (``rx`` case-insensitive) run as ``lowered(rx)`` over the lower-cased text
    when ``lower_text`` gave one: same spans, groups and ``lastgroup``; group texts lower-cased."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.low = lowered(rx)

    def __reduce__(self):
        return (LowerSearch, (self.rx,))

    def finditer(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None):
        """Matches of ``rx`` in ``text[pos:endpos]``; ``low`` is ``lower_text(text)``."""
        endpos = len(text) if endpos is None else endpos
        if low is not None and self.low is not None:
            return self.low.finditer(low, pos, endpos)
        return self.rx.finditer(text, pos, endpos)

    def match(self, text: str, low: str | None, pos: int = 0):
        """``rx.match(text, pos)``; ``low`` is ``lower_text(text)`` (or None)."""
        if low is not None and self.low is not None:
            return self.low.match(low, pos)
        return self.rx.match(text, pos)

    def search(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None):
        """``rx.search(text, pos, endpos)``; ``low`` is ``lower_text(text)`` (or None)."""
        endpos = len(text) if endpos is None else endpos
        if low is not None and self.low is not None:
            return self.low.search(low, pos, endpos)
        return self.rx.search(text, pos, endpos)


# --- an alternation dispatched on its first letters ---------------------------------------------

_AT_TEXT = {_sre_c.AT_BEGINNING: "^", _sre_c.AT_BEGINNING_STRING: r"\A", _sre_c.AT_BOUNDARY: r"\b",
            _sre_c.AT_NON_BOUNDARY: r"\B", _sre_c.AT_END: "$", _sre_c.AT_END_STRING: r"\Z"}
_WORD_CHAR_RE = re.compile(r"\w")


def _char_text(code: int) -> str:
    """A pattern (or class member) for the one character ``code``."""
    ch = chr(code)
    return ch if ch.isascii() and ch.isalnum() else f"\\U{code:08x}"


def _unparse(data, drop_groups: bool = False) -> str:
    """Pattern text for a parsed sequence (the shapes ``lowered`` produces: no case folding, no
    capturing groups, or with ``drop_groups`` their groups made non-capturing); raises ``_Bail``
    on anything else."""
    c = _sre_c
    out: list[str] = []
    for op, av in data:
        if op is c.LITERAL:
            out.append(_char_text(av))
        elif op is c.NOT_LITERAL:
            out.append(f"[^{_char_text(av)}]")
        elif op is c.ANY:
            out.append(".")
        elif op is c.IN:
            parts = []
            for o, a in av:
                if o is c.NEGATE:
                    parts.insert(0, "^")
                elif o is c.LITERAL:
                    parts.append(_char_text(a))
                elif o is c.RANGE:
                    parts.append(f"\\U{a[0]:08x}-\\U{a[1]:08x}")
                elif o is c.CATEGORY and a in _CATEGORY_CLASS:
                    parts.append(_CATEGORY_CLASS[a])
                else:
                    raise _Bail
            out.append("[" + "".join(parts) + "]")
        elif op is c.BRANCH:
            out.append("(?:" + "|".join(_unparse(a.data, drop_groups) for a in av[1]) + ")")
        elif op is c.SUBPATTERN:
            group, add, drop, p = av
            if (group is not None and not drop_groups) or add or drop:
                raise _Bail
            out.append("(?:" + _unparse(p.data, drop_groups) + ")")
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, hi, p = av
            count = f"{{{lo},}}" if hi is c.MAXREPEAT else f"{{{lo},{hi}}}"
            suffix = "?" if op is c.MIN_REPEAT else "+" if op is not c.MAX_REPEAT else ""
            out.append("(?:" + _unparse(p.data, drop_groups) + ")" + count + suffix)
        elif op is c.ASSERT or op is c.ASSERT_NOT:
            direction, p = av
            kind = ("=" if op is c.ASSERT else "!") if direction == 1 else ("<=" if op is c.ASSERT else "<!")
            out.append(f"(?{kind}" + _unparse(p.data, drop_groups) + ")")
        elif op is getattr(c, "ATOMIC_GROUP", None):
            out.append("(?>" + _unparse(av.data, drop_groups) + ")")
        elif op is c.AT and av in _AT_TEXT:
            out.append(_AT_TEXT[av])
        else:
            raise _Bail
    return "".join(out)


def _leading_literals(seq: list, at_start: bool, limit: list[int], drop_groups: bool = False) -> list[list]:
    """The ways ``seq`` (a parsed sequence) can begin, as sequences in the order the regex engine
    tries them, each opening with one literal character where that can be spelled out:
    ``(?:A|B)R`` is ``AR`` then ``BR``, ``(?:X)?R`` is ``XR`` then ``R`` (``R`` then ``XR`` when
    lazy), ``[ab]R`` is ``aR`` then ``bR``. ``at_start``: ``seq`` opens the match, right after a
    lookbehind that rules out a word character before it, so a leading ``\\b`` before a word
    character always holds and is dropped. ``limit`` caps the number of sequences made;
    ``drop_groups``: capturing groups are read as non-capturing ones."""
    c = _sre_c
    if not seq:
        return [seq]
    op, av = seq[0]
    rest = seq[1:]
    if op is c.SUBPATTERN:
        group, add, drop, p = av
        if (group is not None and not drop_groups) or add or drop:
            return [seq]
        return _leading_literals(list(p.data) + rest, at_start, limit, drop_groups)
    if op is c.BRANCH:
        out: list[list] = []
        for a in av[1]:
            out += _leading_literals(list(a.data) + rest, at_start, limit, drop_groups)
        return out
    if (op is c.MAX_REPEAT or op is c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        taken = _leading_literals(list(av[2].data) + rest, at_start, limit, drop_groups)
        skipped = _leading_literals(rest, at_start, limit, drop_groups)
        return taken + skipped if op is c.MAX_REPEAT else skipped + taken
    if op is c.IN and 1 < len(av) <= 8 and all(o is c.LITERAL for o, _ in av):
        limit[0] -= len(av)
        if limit[0] < 0:
            raise _Bail
        return [[(c.LITERAL, a)] + rest for _, a in av]
    if op is c.AT and av is c.AT_BOUNDARY and at_start:
        out = []
        for s in _leading_literals(rest, at_start, limit, drop_groups):
            if s and s[0][0] is c.LITERAL and _WORD_CHAR_RE.match(chr(s[0][1])):
                out.append(s)  # a word character after a non-word one: the boundary is there
            else:
                out.append([seq[0]] + s)
        return out
    limit[0] -= 1
    if limit[0] < 0:
        raise _Bail
    return [seq]


def _dispatch(seqs: list[tuple[list, str]], at_start: bool, limit: list[int], drop_groups: bool = False) -> str:
    """Pattern text for the alternation of ``seqs`` (parsed sequences, each with the text to put
    after it), in order, with sequences that open with the same literal sharing it: ``aX|aY``
    becomes ``a(?:X|Y)``. When every sequence opens with a literal, those with different first
    characters cannot match at the same place, so the order between them does not matter and all
    sequences with the same first character are put together; else only neighbours are."""
    c = _sre_c
    expanded: list[tuple[list, str]] = []
    for seq, tail in seqs:
        expanded += [(s, tail) for s in _leading_literals(seq, at_start, limit, drop_groups)]
    if all(s and s[0][0] is c.LITERAL for s, _ in expanded):
        order: dict[int, list[tuple[list, str]]] = {}
        for s, tail in expanded:
            order.setdefault(s[0][1], []).append((s, tail))
        runs = list(order.values())
    else:
        runs = []
        for s, tail in expanded:
            if runs and s and s[0][0] is c.LITERAL and runs[-1][0][0] and runs[-1][0][0][0] == s[0]:
                runs[-1].append((s, tail))
            else:
                runs.append([(s, tail)])
    alts = []
    for run in runs:
        first = run[0][0]
        if len(run) == 1 or not first or first[0][0] is not c.LITERAL:
            alts += [_unparse(s, drop_groups) + tail for s, tail in run]
        else:
            alts.append(_char_text(first[0][1])
                        + _dispatch([(s[1:], tail) for s, tail in run], False, limit, drop_groups))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _no_word_before(lead) -> bool:
    """Whether the parsed ``lead`` is one negative lookbehind of one character class that holds
    ``\\w`` (no word character right before the match)."""
    c = _sre_c
    if len(lead) != 1 or lead[0][0] is not c.ASSERT_NOT or lead[0][1][0] != -1:
        return False
    inner = list(lead[0][1][1].data)
    return len(inner) == 1 and inner[0][0] is c.IN and (c.CATEGORY, c.CATEGORY_WORD) in inner[0][1] \
        and (c.NEGATE, None) not in inner[0][1]


class AlternationDispatch:
    """``finditer`` of the case-insensitive pattern ``lead(?:alt_0|alt_1|...)`` (``lead`` a
    lookbehind that rules out a word character before a match, e.g. ``(?<![\\w-])``) over
    lower-cased text, yielding ``(start, end, index of the alternative)``.

    The alternatives are rewritten as a tree of their first letters (``_dispatch``): at each
    place the engine follows the one branch the next letter allows instead of trying every
    alternative in turn. The alternative that matches, and its span, are the ones the plain
    alternation gives (the engine tries the same paths in the same order, only skipping those
    that cannot start there); each alternative ends with an empty group whose number tells
    which one matched. With ``groups`` the alternatives may hold capturing groups: the tree reads
    them as non-capturing, and ``matches`` gives the match of the alternative found, made again
    with its own groups (``alternative_rx``). ``rx`` is None when a pattern has a shape this does
    not read (back-references, groups without ``groups``, ...): use the plain alternation then."""

    def __init__(self, lead: str, alternatives: list[str], flags: int = re.IGNORECASE, groups: bool = False):
        self.lead = lead
        self.alternatives = list(alternatives)
        self.flags = flags
        self.groups = groups
        self.rx: re.Pattern | None = None
        self.index: list[int] = []  # alternative number by group number
        self.alternative_rx: list[re.Pattern] = []  # with ``groups``: each alternative over lower-cased text
        self.whole_rx: re.Pattern | None = None
        self.rx_ascii: re.Pattern | None = None  # ``rx`` for ``ascii_safe`` texts (``ascii_twin``)
        try:
            self.rx, self.index = self._build()
            self.rx_ascii = ascii_twin(self.rx)
            if groups:
                self.alternative_rx = [lowered(re.compile(alt, flags)) for alt in self.alternatives]
                # the whole alternation over lower-cased text, should an alternative alone ever
                # not make the match again (it always does: it tries the same paths)
                self.whole_rx = lowered(re.compile(lead + "(?:" + "|".join(self.alternatives) + ")", flags))
                if any(rx is None for rx in self.alternative_rx) or self.whole_rx is None:
                    raise _Bail
        except (_Bail, re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
            self.rx, self.index, self.alternative_rx, self.rx_ascii = None, [], [], None

    def __reduce__(self):
        return (AlternationDispatch, (self.lead, self.alternatives, self.flags, self.groups))

    def _build(self) -> tuple[re.Pattern, list[int]]:
        if not self.flags & re.IGNORECASE or self.flags & (re.LOCALE | re.ASCII | re.DOTALL | re.MULTILINE):
            raise _Bail
        seqs = []
        for i, alt in enumerate(self.alternatives):
            tree = _sre_parse.parse(alt, self.flags)
            if tree.state.groups != 1 and not self.groups:
                raise _Bail  # capturing groups of its own
            seqs.append((_lower_seq(tree.data, tree.state, True), f"(?#{i})()"))
        lead_tree = _sre_parse.parse(self.lead, self.flags)
        if lead_tree.state.groups != 1:
            raise _Bail
        body = _dispatch(seqs, _no_word_before(lead_tree.data), [4000], self.groups)
        # number the empty groups: the comment before each names its alternative
        index = [-1] + [int(n) for n in re.findall(r"\(\?#(\d+)\)\(\)", body)]
        pattern = _unparse(_lower_seq(lead_tree.data, lead_tree.state, True)) + body
        rx = with_start_set(re.compile(pattern, self.flags & ~(re.IGNORECASE | re.VERBOSE)))
        if rx.groups != len(index) - 1:
            raise _Bail
        return rx, index

    def finditer(self, low: str, pos: int = 0, endpos: int | None = None, ascii: bool = False):
        """``(start, end, alternative)`` of each match in ``low[pos:endpos]`` (``low`` from
        ``lower_text``); only when ``rx`` is not None. ``ascii``: ``ascii_safe(low)`` holds."""
        index = self.index
        rx = self.rx_ascii if ascii else self.rx
        for m in rx.finditer(low, pos, len(low) if endpos is None else endpos):  # type: ignore[union-attr]
            s, e = m.span()
            yield s, e, index[m.lastindex]

    def matches(self, low: str, pos: int = 0, endpos: int | None = None, ascii: bool = False):
        """``(match, alternative)`` of each match in ``low[pos:endpos]``, the match made by the
        alternative alone (its groups; group texts lower-cased); only with ``groups``. ``ascii``:
        ``ascii_safe(low)`` holds."""
        index, alts = self.index, self.alternative_rx
        endpos = len(low) if endpos is None else endpos
        rx = self.rx_ascii if ascii else self.rx
        for m in rx.finditer(low, pos, endpos):  # type: ignore[union-attr]
            i = index[m.lastindex]
            again = alts[i].match(low, m.start(), endpos)
            if again is None or again.end() != m.end():  # pragma: no cover - see ``whole_rx``
                again = self.whole_rx.match(low, m.start(), endpos)  # type: ignore[union-attr]
            yield again, i


# --- word lists found in one Aho-Corasick pass ---------------------------------------------------

try:  # a declared dependency; without it the callers keep their regular expressions
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover
    _ahocorasick = None


def _not_after(extra: str):
    """A test of one character: ``\\w`` or one of ``extra`` (``re``'s ``\\w`` on ``str``)."""
    def test(ch: str) -> bool:
        return ch.isalnum() or ch == "_" or ch in extra
    return test


class WordScan:
    """Several scans ``(?<![\\w<lead>])`` + a literal alternation of words (longest first) +
    ``(?![\\w<after>])`` + ``tail`` over one text, found in one Aho-Corasick pass: each list's
    ``finditer`` spans, the same as its regular expression gives. At each place, left to right
    and never inside an earlier match, the longest word of the list that stands there and is
    followed as the pattern asks is taken, just as the regex engine tries a longest-first
    alternation. ``lists`` holds ``(words, lead, after, tail)``: ``after`` None for no check of the
    character after the word, ``tail`` a compiled pattern matched right after it (or None).

    With ``ignore_case`` the words and the tails are case-insensitive and ``scan`` takes the text
    lower-cased by ``lower_text`` (words with a cased letter beyond ASCII are not supported). The
    scan is unusable (``automaton`` None, use the regexes) without ``pyahocorasick`` or when a tail
    has no lower-cased form.

    ``exact`` (with ``ignore_case``) names the lists that stay case-sensitive although they are
    found in the same pass over the lower-cased text: an occurrence counts when the original text
    (``scan``'s ``original``) holds one of the list's words there, in its own case, and that list's
    tail is matched on the original text. Each list's spans are those of a scan of its own."""

    def __init__(self, lists: list[tuple[list[str], str, str | None, re.Pattern | None]], ignore_case: bool = False,
                 exact: tuple[bool, ...] = ()):
        self.lists = list(lists)
        self.ignore_case = ignore_case
        self.exact = tuple(exact) + (False,) * (len(self.lists) - len(exact))
        self.automaton = None
        self._tests: list[tuple] = []
        self._exact_words: list[frozenset[str] | None] = [
            frozenset(words) if ignore_case and ex else None
            for (words, _l, _a, _t), ex in zip(self.lists, self.exact, strict=True)]
        if _ahocorasick is None:
            return
        tails = []
        for (_words, _lead, _after, tail), ex in zip(self.lists, self.exact, strict=True):
            if tail is not None and ignore_case and not ex:
                tail = lowered(tail) if tail.flags & re.IGNORECASE else None
                if tail is None:
                    return
            tails.append(tail)
        payload: dict[str, list[int]] = {}
        for k, (words, _lead, _after, _tail) in enumerate(self.lists):
            for w in set(words):
                if not w:
                    return
                if ignore_case:
                    if any(not ch.isascii() and (ch.lower() != ch or ch.upper() != ch) for ch in w):
                        return
                    w = w.lower()
                if k not in payload.setdefault(w, []):
                    payload[w].append(k)
        if not payload:
            return
        automaton = _ahocorasick.Automaton()
        for w, ks in payload.items():
            automaton.add_word(w, (len(w), tuple(ks)))
        automaton.make_automaton()
        self._tests = [(_not_after(lead), None if after is None else _not_after(after), tail)
                       for (_w, lead, after, _t), tail in zip(self.lists, tails, strict=True)]
        self.automaton = automaton

    def __reduce__(self):
        return (WordScan, (self.lists, self.ignore_case, self.exact))

    def scan(self, text: str, original: str | None = None) -> list[list[tuple[int, int]]]:
        """The match spans of each list in ``text`` (lower-cased with ``ignore_case``); ``original``
        is the text before lower-casing, needed when a list is ``exact``."""
        occ: list[list[tuple[int, int]]] = [[] for _ in self.lists]
        for last, (size, ks) in self.automaton.iter(text):  # type: ignore[union-attr]
            for k in ks:
                occ[k].append((last + 1 - size, -size))
        n = len(text)
        out = []
        for (before, after, tail), cands, exact_words in zip(self._tests, occ, self._exact_words, strict=True):
            if exact_words is None:
                out.append(self._filter(cands, before, after, tail, text, n))
                continue
            # a case-sensitive list: its own words in their own case, read in the original text
            src = original if original is not None else text
            cands = [(s, neg) for s, neg in cands if src[s:s - neg] in exact_words]
            out.append(self._filter(cands, before, after, tail, src, n) if cands else [])
        return out

    @staticmethod
    def _filter(cands: list[tuple[int, int]], before, after, tail, text: str, n: int) -> list[tuple[int, int]]:
        """The spans taken from the occurrences ``(start, -size)`` of one list's words, left to
        right, longest first, none inside an earlier one."""
        cands.sort()  # by start, the longest word first
        spans: list[tuple[int, int]] = []
        taken = 0
        for s, neg in cands:
            if s < taken or (s and before(text[s - 1])):
                continue
            e = s - neg
            if after is not None and e < n and after(text[e]):
                continue
            if tail is not None:
                m = tail.match(text, e)
                if m is None:
                    continue
                e = m.end()
            spans.append((s, e))
            taken = e
        return spans


class SharedWordScan:
    """The word lists of several components found in one Aho-Corasick pass over a document's
    lower-cased text, once per document: a ``WordScan`` with ``ignore_case`` over all the lists
    added (``exact`` ones read in their own case), built when first used after the last ``add``.
    Each list's spans are those of a scan of its own, so a component reads the same spans from it
    as from its own scan. ``spans`` is None when the pass cannot be made (no lower-cased text, no
    ``pyahocorasick``, a word the scan does not support): the component then scans itself."""

    def __init__(self) -> None:
        self.lists: list[tuple[list[str], str, str | None, re.Pattern | None]] = []
        self.exact: list[bool] = []
        self._scan: WordScan | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"lists": self.lists, "exact": self.exact, "scan": self._scan}

    def __setstate__(self, state: dict) -> None:
        self.__init__()
        self.lists, self.exact, self._scan = list(state["lists"]), list(state["exact"]), state.get("scan")

    def add(self, lists: list[tuple[list[str], str, str | None, re.Pattern | None]],
            exact: tuple[bool, ...]) -> tuple[int, int]:
        """Add ``lists`` (``WordScan``'s form; ``exact`` says which are case-sensitive); returns
        the slot to read their spans from."""
        with self._lock:
            start = len(self.lists)
            self.lists.extend(lists)
            self.exact.extend(exact)
            self._scan = None
            return start, len(self.lists)

    def _combined(self) -> WordScan:
        scan = self._scan
        if scan is None:
            with self._lock:
                if self._scan is None:
                    self._scan = WordScan(self.lists, ignore_case=True, exact=tuple(self.exact))
                scan = self._scan
        return scan

    def spans(self, cache: dict, low: str | None, text: str, slot: tuple[int, int]) -> list[list[tuple[int, int]]] | None:
        """The spans of the lists of ``slot`` in ``text`` (``low``: ``lower_text(text)``), from one
        pass per document kept in ``cache`` (a dict of the document's own); None without it."""
        if low is None:
            return None
        scan = self._combined()
        if scan.automaton is None:
            return None
        hit = cache.get(id(self))
        if hit is None or hit[0] is not scan:
            hit = (scan, scan.scan(low, text))
            cache[id(self)] = hit
        return hit[1][slot[0]:slot[1]]


def _opens_lines(data) -> bool:
    """Whether every match of the parsed sequence ``data`` starts with ``^`` (a line start, under
    ``re.MULTILINE``)."""
    c = _sre_c
    if not data:
        return False
    op, av = data[0]
    if op is c.AT:
        return av is c.AT_BEGINNING
    if op is c.BRANCH:
        return all(_opens_lines(list(a.data)) for a in av[1])
    if op is c.SUBPATTERN:
        return not av[1] and not av[2] and _opens_lines(list(av[3].data))
    return False


class LineStartSearch:
    """``rx.finditer(text)`` for a ``re.MULTILINE`` pattern whose every match starts at a line
    start (``^``), tried only at the line starts: the same matches (``rx.match`` at each line start
    not inside an earlier match) without a pass over every other position. Patterns of another
    shape, or that can match the empty string, run as they are. With ``lower`` (a case-insensitive
    ``rx``), ``finditer`` given the lower-cased text matches ``lowered(rx)`` there (same matches,
    faster)."""

    def __init__(self, rx: re.Pattern, lower: bool = False):
        self.rx = rx
        self.lower = lower
        self.low = lowered(rx) if lower else None
        self.lines_only = False
        if isinstance(rx.pattern, str) and rx.flags & re.MULTILINE:
            try:
                tree = _sre_parse.parse(rx.pattern, rx.flags)
                self.lines_only = tree.getwidth()[0] > 0 and _opens_lines(list(tree.data))
            except (re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
                self.lines_only = False

    def __reduce__(self):
        return (LineStartSearch, (self.rx, self.lower))

    def finditer(self, text: str, low: str | None = None):
        """The matches of ``rx`` in ``text``, in order; ``low`` is ``lower_text(text)`` when known
        (and ``lower`` was asked for): the matches are then made over it."""
        rx = self.rx
        if low is not None and self.low is not None:
            rx, text = self.low, low
        if not self.lines_only:
            yield from rx.finditer(text)
            return
        match = rx.match
        pos = taken = 0
        while True:
            if pos >= taken:
                m = match(text, pos)
                if m is not None:
                    yield m
                    taken = m.end()
            nl = text.find("\n", pos)
            if nl < 0:
                return
            pos = nl + 1
