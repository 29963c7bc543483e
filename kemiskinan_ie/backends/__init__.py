"""Optional linguistic backends that add POS tags, lemmas and dependencies to the pipeline.

The default pipeline needs none of this. ``load(backend="stanza", stanza_dir=...)`` adds the
``kie_stanza`` component (:mod:`.stanza_backend`), which runs a local Stanza model on the
project's own tokens. Importing this package does not import Stanza or torch.

:mod:`.syntax` has small helpers the rule components call to use that information when a
backend provided it (``has_syntax``, ``noun_head_of``).
"""

from .syntax import has_pos, has_syntax, noun_head_of

__all__ = ["has_pos", "has_syntax", "noun_head_of"]
