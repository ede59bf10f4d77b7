"""report.json: the report for programs, built from pydantic models, with its JSON Schema.

Each claim is the whole ``Verdict`` (the claim, the fact it was held against, every
candidate fact, the reason, severity and review) plus where the claim is as the user
named the file. Because the entry is the ``Verdict`` model itself, whatever evidence a
verdict gains appears here, and in the schema, without this module changing.

A reference fact is written once, under ``facts`` by its id; wherever a claim names
one (the fact compared, each candidate of its decision record) it gives the id. Over
an archive the same few facts are the candidates of thousands of claims, and written
out each time they made most of the file.

The schema is published as ``reports/report.schema.json`` (``make generated`` rewrites
it); a test fails when the published file no longer matches the models. Every object in
it is closed (no properties beyond those listed) and every property is required, since
report.json always writes them all: a consumer can rely on the shape.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, computed_field
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from factlint.about import HOMEPAGE, version
from factlint.claims.model import SkippedNumber
from factlint.report._format import claim_location
from factlint.report._json import keyed_items, list_items, placeholder, spliced
from factlint.report.model import Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
from factlint.verdicts.model import FactRef, Verdict, VerdictName
from factlint.verdicts.reviews import Review

# Bump when a consumer of an earlier report.json would misread this one: a field removed,
# renamed or given another meaning. Adding a field is not a new format.
FORMAT_VERSION: Literal["3"] = "3"
SCHEMA_URL = f"{HOMEPAGE}/blob/main/reports/report.schema.json"


class ReportedVerdict(Verdict):
    """A verdict as report.json carries it."""

    location: str  # doc:line:column, with the document as the user named it

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ignored(self) -> bool:
        """Set aside by an analyst's review: shown, not counted, never failing a run."""
        return super().ignored


class ReportedFact(FactRef):
    """A reference fact that a claim names; in a claim, a fact is its id."""


# The keys of a fact as a claim's evidence dumps it, which stand for the fact's id.
_FACT_KEYS = frozenset(FactRef.model_fields)


class ReportedDocument(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    location: str  # the file as the user named it, relative to where factlint ran
    title: str
    outlet: str
    url: str
    published: str  # ISO date, or empty when unknown
    summary: dict[VerdictName, int]  # its claims by verdict, leaving out ignored ones


class ReferencesUsed(BaseModel):
    model_config = ConfigDict(frozen=True)

    folder: str
    sha256: str  # fingerprint of every reference file, to tell which data gave a verdict


class ReviewsUsed(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    ignored: int
    stale: list[Review]  # reviews whose claim is in none of the documents checked


class ReportFile(BaseModel):
    """factlint's report.json."""

    model_config = ConfigDict(frozen=True, title="factlint report.json")

    format_version: Literal["3"] = FORMAT_VERSION
    factlint_version: str
    summary: dict[VerdictName, int]
    references: ReferencesUsed
    documents: list[ReportedDocument]
    claims: list[ReportedVerdict]
    facts: dict[str, ReportedFact]  # every fact the claims name, by id, in id order
    skipped: list[SkippedNumber]  # numbers seen that did not become claims, and why
    reviews: ReviewsUsed


def reported(verdict: Verdict, where: str) -> ReportedVerdict:
    fields = {name: getattr(verdict, name) for name in type(verdict).model_fields}
    return ReportedVerdict.model_construct(**fields, location=where)


def reported_document(result: DocumentResult) -> ReportedDocument:
    summary: dict[VerdictName, int] = {"pass": 0, "flag": 0, "unverified": 0}
    for verdict in result.verdicts:
        if not verdict.ignored:
            summary[verdict.verdict] += 1
    info, path = result.info, result.path
    return ReportedDocument(
        path=path,
        location=(info.location or path) if info else path,
        title=info.title if info else "",
        outlet=info.outlet if info else "",
        url=info.url if info else "",
        published=info.published if info else "",
        summary=summary,
    )


def reported_claims(result: DocumentResult) -> list[ReportedVerdict]:
    """The document's claims, each where it is as the user named the file."""
    where = result.info.location if result.info and result.info.location else result.path
    return [
        reported(v, claim_location(v.claim.model_copy(update={"doc": where})))
        for v in result.verdicts
    ]


def facts_by_id(value: Any, facts: dict[str, Any]) -> Any:
    """``value`` (dumped JSON) with each fact in it replaced by its id, the fact kept
    in ``facts``."""
    if type(value) is dict:
        if len(value) == len(_FACT_KEYS) and value.keys() == _FACT_KEYS:
            facts.setdefault(value["id"], value)
            return value["id"]
        return {
            key: facts_by_id(item, facts) if type(item) in _NESTED else item
            for key, item in value.items()
        }
    if type(value) is list:
        return [facts_by_id(item, facts) if type(item) in _NESTED else item for item in value]
    return value


_NESTED = (dict, list)


NAME = "report.json"
SEPARATORS = {"documents": ",\n", "claims": ",\n", "facts": ",\n", "skipped": ",\n"}
# Each document's facts by id, merged over the run and written once each, in id order.
KEYED = frozenset({"facts"})
_LISTS = ("documents", "claims", "facts", "skipped")  # in the order they stand in the file
_DEPTH = 2  # {"claims": [ ... ]}


def document_parts(result: DocumentResult, run: RunInfo) -> dict[str, str]:
    facts: dict[str, Any] = {}
    claims = [facts_by_id(c.model_dump(mode="json"), facts) for c in reported_claims(result)]
    return {
        "documents": list_items([reported_document(result).model_dump(mode="json")], _DEPTH),
        "claims": list_items(claims, _DEPTH),
        "facts": keyed_items(dict(sorted(facts.items())), _DEPTH),
        "skipped": list_items((s.model_dump(mode="json") for s in result.skipped), _DEPTH),
    }


def _skeleton(totals: Totals) -> ReportFile:
    run = totals.run
    return ReportFile(
        factlint_version=version(),
        summary={"pass": totals.count("pass"), "flag": totals.count("flag"),
                 "unverified": totals.count("unverified")},
        references=ReferencesUsed(folder=run.references, sha256=run.references_sha256),
        documents=[],
        claims=[],
        facts={},
        skipped=[],
        reviews=ReviewsUsed(
            file=run.reviews, ignored=totals.count("ignored"), stale=list(totals.stale_reviews)
        ),
    )  # fmt: skip


def assemble(totals: Totals, section: Section) -> Iterator[str]:
    skeleton = _skeleton(totals).model_dump(mode="json")
    for name in _LISTS:
        skeleton[name] = placeholder(name)
    return spliced(skeleton, {name: [section(name)] for name in _LISTS}, _DEPTH, KEYED)


def render(report: Report) -> str:
    return render_report(sys.modules[__name__], report)


class _ClosedSchema(GenerateJsonSchema):
    """Every field required (report.json writes them all) and no others allowed."""

    def field_is_required(
        self,
        field: core_schema.ModelField | core_schema.DataclassField | core_schema.TypedDictField,
        total: bool,
    ) -> bool:
        return True

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        if schema["cls"] is FactRef:  # in a claim, a fact is its id (``facts_by_id``)
            return {"type": "string", "description": "The id of a fact, given under facts."}
        value = super().model_schema(schema)
        if "properties" in value:
            value["additionalProperties"] = False
        return value


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of report.json, as published."""
    schema = ReportFile.model_json_schema(mode="serialization", schema_generator=_ClosedSchema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        **schema,
    }


def render_schema() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
