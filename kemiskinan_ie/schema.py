"""The public data model: what every user of kemiskinan_ie gets back.

Field names and canonical values follow ``ANNOTATION.md`` (the gold format), so a
prediction file and a gold file compare line by line. The CLI, the JSONL writer, the
evaluator, the aggregator and the notebooks all use these models.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticSerializationError

EntityLabel = Literal["OFFICIAL", "AGENCY", "PLACE", "PROGRAM", "QUANTITY", "DATE", "METRIC"]
#: The labels that the gold files annotate and the entity scores count.
SCORED_LABELS: tuple[str, ...] = ("OFFICIAL", "AGENCY", "PLACE", "PROGRAM")

Metric = Literal[
    "poverty_rate",
    "poverty_count",
    "poverty_line",
    "poverty_line_food",
    "poverty_line_nonfood",
    "poverty_line_household",
    "poverty_gap_index",
    "poverty_severity_index",
    "extreme_poverty_rate",
    "extreme_poverty_count",
    "unemployment_rate",
    "unemployment_count",
    "population",
    "gini_ratio",
    "hdi",
    "economic_growth",
    "stunting_rate",
    "welfare_registry_count",
    "beneficiary_count",
    "budget",
    "household_size",
    "other",
]
METRICS: tuple[str, ...] = Metric.__args__  # type: ignore[attr-defined]

Unit = Literal[
    "persons", "households", "percent", "percent_point", "idr", "idr_per_capita_month", "index", "count", "years"
]
UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]

Kind = Literal["level", "change", "target"]
Approx = Literal["about", "at_least", "at_most"]
Area = Literal["urban", "rural"]


def _number_written_alike(value: float | int) -> bool:
    """Whether pydantic-core writes the number ``value`` in JSON as ``json.dumps`` does (Python's
    ``repr``). It does for every int, zero, and every float from 0.0001 up to 1e16 in size; it
    writes smaller floats in other ways ("0.00001", "1e-7" for ``1e-05``, ``1e-07``), and
    infinities and NaN as ``null`` (``json``: "Infinity", "NaN")."""
    if type(value) is int:
        return True
    return value == 0.0 or 1e-4 <= abs(value) < 1e16


def _extra_written_alike(value: Any, depth: int = 0) -> bool:
    """Whether pydantic-core writes ``value`` (a value given in ``meta``) in JSON as ``json.dumps``
    writes its JSON-mode dump: plain strings, ints, bools and None, floats as
    ``_number_written_alike`` says, and lists, tuples and dicts with string keys of those; False for
    anything else (the caller then takes the plain way)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return _number_written_alike(value)
    if depth > 16:
        return False
    if kind is list or kind is tuple:
        return all(_extra_written_alike(v, depth + 1) for v in value)
    if kind is dict:
        return all(type(k) is str and _extra_written_alike(v, depth + 1) for k, v in value.items())
    return False


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EntityAttrs(_Model):
    """Label-specific attributes of an entity; unset fields are left out of JSON."""

    title: str | None = Field(None, description="OFFICIAL: the job title as written")
    code: str | None = Field(None, description="PLACE: Kemendagri code ('63.11'), 'ID' for the nation")
    kind: str | None = Field(None, description="PLACE: provinsi/kabupaten/kota/kecamatan/desa/island/country")
    canonical: str | None = Field(None, description="PLACE/PROGRAM/AGENCY: canonical name")
    value: float | None = Field(None, description="QUANTITY: value in plain units")
    unit: str | None = Field(None, description="QUANTITY: unit as in ANNOTATION.md, when known")
    approx: Approx | None = Field(None, description="QUANTITY: approximation cue")
    metric: str | None = Field(None, description="METRIC: metric id the phrase cues")
    year: int | None = Field(None, description="DATE: year")
    month: int | None = Field(None, description="DATE: month 1-12")
    day: int | None = Field(None, description="DATE: day of month")
    source: str | None = Field(None, description="which layer found it: rules or ner")


class Entity(_Model):
    """A tagged span of the article text (end exclusive)."""

    label: EntityLabel
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    attrs: EntityAttrs | None = None

    @model_validator(mode="after")
    def _check_offsets(self) -> Entity:
        if self.end < self.start:
            raise ValueError("end before start")
        return self


class Figure(_Model):
    """One statistic the article states, linked to what, where and when (ANNOTATION.md §3)."""

    metric: Metric
    value: float | int
    unit: Unit | None = None
    region: str | None = None
    region_code: str | None = None
    year: int | None = None
    month: int | None = Field(None, ge=1, le=12)
    kind: Kind = "level"
    approx: Approx | None = None
    area: Area | None = None
    program: str | None = None
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source: str | None = Field(None, description="agency the figure is attributed to (e.g. BPS)")
    speaker: str | None = Field(None, description="OFFICIAL quoted as saying it")


class Boilerplate(_Model):
    """A stretch of text that is not the article's own (related links, credits, counters)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: str | None = None


class ResultWarning(_Model):
    """A consistency problem found in the article's figures (kept, not silently dropped)."""

    code: str
    message: str
    figures: list[int] = Field(default_factory=list, description="indices into ArticleResult.figures")


class ErrorInfo(_Model):
    """Why an article could not be processed."""

    type: str
    message: str


class ArticleMeta(BaseModel):
    """Metadata given with the article; unknown keys are kept."""

    model_config = ConfigDict(extra="allow")

    published: str | None = None
    source: str | None = None
    title: str | None = None


class ArticleResult(_Model):
    """Everything extracted from one article; an error record when ``error`` is set."""

    id: str
    text: str = ""
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    article_date: str | None = Field(
        None, description="the article's own date (ISO) used for relative years: published, else the dateline"
    )
    entities: list[Entity] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    warnings: list[ResultWarning] = Field(default_factory=list)
    error: ErrorInfo | None = None

    def to_json(self) -> str:
        """One deterministic JSON line (no trailing newline): ``json.dumps`` of
        ``model_dump(mode="json", exclude_none=True)`` with ``ensure_ascii=False`` and no spaces.

        pydantic-core writes that same line itself, several times faster, when every number in
        the result is written alike by both (``_numbers_written_alike``) and no string holds a lone
        surrogate (which pydantic-core cannot encode); else the line is made the plain way."""
        if self._numbers_written_alike():
            try:
                return self.__pydantic_serializer__.to_json(self, exclude_none=True).decode()
            except (PydanticSerializationError, UnicodeError):
                pass
        return json.dumps(self.model_dump(mode="json", exclude_none=True), ensure_ascii=False, separators=(",", ":"))

    def _numbers_written_alike(self) -> bool:
        """Whether every float of the result (entity values, figure values, values in ``meta``)
        is one that pydantic-core writes in JSON as ``json.dumps`` does (``_number_written_alike``);
        the other numbers are ints, which both write alike."""
        alike = _number_written_alike
        for ent in self.entities:
            attrs = ent.attrs
            if attrs is not None and attrs.value is not None and not alike(attrs.value):
                return False
        for fig in self.figures:
            if not alike(fig.value):
                return False
        extra = self.meta.__pydantic_extra__
        return not extra or _extra_written_alike(extra)

    @classmethod
    def error_record(cls, id: str, exc: BaseException | str, text: str = "", meta: dict | None = None) -> ArticleResult:
        """Build an error record for an article that failed."""
        if isinstance(exc, BaseException):
            info = ErrorInfo(type=type(exc).__name__, message=str(exc))
        else:
            info = ErrorInfo(type="InputError", message=exc)
        return cls(id=id, text=text, meta=ArticleMeta(**(meta or {})), error=info)


class GoldArticle(BaseModel):
    """A gold article as ANNOTATION.md §1 defines it (for reading gold files)."""

    model_config = ConfigDict(extra="allow")

    id: str
    text: str
    meta: dict[str, Any] = Field(default_factory=dict)
    entities: list[dict[str, Any]] = Field(default_factory=list)
    figures: list[dict[str, Any]] = Field(default_factory=list)
    boilerplate: list[dict[str, Any]] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one output line (ArticleResult)."""
    return ArticleResult.model_json_schema()
