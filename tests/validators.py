"""Each report format checked against the schema of the system that reads it.

The schemas are the publishers' own files under tests/schemas/ (see its README), so no
check reaches the network. Each function returns the problems found, empty when the
report is valid. Run it on a folder of reports to see the validators' verdicts:

    .venv/bin/python tests/validators.py reports
"""

from __future__ import annotations

import functools
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import jsonschema
import xmlschema

SCHEMAS = Path(__file__).resolve().parent / "schemas"
ROOT = SCHEMAS.parent.parent
REPORT_SCHEMA = ROOT / "reports" / "report.schema.json"


# GitHub refuses a step summary over 1024 KiB ("supports content up to a size of 1024k").
JOB_SUMMARY_LIMIT = 1024 * 1024


def job_summary_problems(markdown: str) -> list[str]:
    size = len(markdown.encode("utf-8"))
    if size > JOB_SUMMARY_LIMIT:
        return [f"{size} bytes: over GitHub's {JOB_SUMMARY_LIMIT}-byte job-summary limit"]
    return []


@functools.cache
def _junit_schema() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(SCHEMAS / "junit-10.xsd")


def junit_problems(xml: str) -> list[str]:
    """Against the JUnit schema Jenkins reads and pytest's --junitxml output follows."""
    return [
        f"{error.path}: {error.reason}"
        for error in _junit_schema().iter_errors(xml.encode("utf-8"))
    ]


@functools.cache
def _sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def _schema_problems(validator: jsonschema.protocols.Validator, document: Any) -> list[str]:
    return [
        f"{error.json_path}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda e: e.json_path)
    ]


def github_sarif_problems(sarif: dict[str, Any]) -> list[str]:
    """What GitHub code scanning needs beyond the schema to show a result well: rules it
    can describe and link to, a tool it can name, results it can follow across edits."""
    problems = []
    for run_index, run in enumerate(sarif.get("runs", [])):
        driver = run.get("tool", {}).get("driver", {})
        for key in ("informationUri", "version"):
            if not driver.get(key):
                problems.append(f"runs[{run_index}].tool.driver: no {key}")
        for rule in driver.get("rules", []):
            rule_id = rule.get("id", "?")
            if not rule.get("fullDescription", {}).get("text"):
                problems.append(f"rule {rule_id}: no fullDescription")
            help_ = rule.get("help", {})
            for key in ("text", "markdown"):
                if not help_.get(key):
                    problems.append(f"rule {rule_id}: no help.{key}")
            if not rule.get("helpUri"):
                problems.append(f"rule {rule_id}: no helpUri")
        for index, result in enumerate(run.get("results", [])):
            if not result.get("partialFingerprints"):
                problems.append(f"runs[{run_index}].results[{index}]: no partialFingerprints")
    return problems


def sarif_problems(text: str) -> list[str]:
    """Against the OASIS SARIF 2.1.0 schema, then GitHub code scanning's expectations."""
    sarif = json.loads(text)
    return _schema_problems(_sarif_validator(), sarif) + github_sarif_problems(sarif)


def report_json_problems(text: str, schema_path: Path = REPORT_SCHEMA) -> list[str]:
    """Against the JSON Schema factlint publishes for report.json."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return _schema_problems(validator, json.loads(text))


class Vocabulary:
    """The schema.org vocabulary: each type's supertypes, each property's domain and range."""

    # Values JSON-LD writes as plain strings or numbers, by the data type they stand for.
    LITERALS: ClassVar[dict[str, tuple[type, ...]]] = {
        "Text": (str,),
        "URL": (str,),
        "Date": (str,),
        "DateTime": (str,),
        "Number": (int, float),
        "Integer": (int,),
        "Float": (float, int),
        "Boolean": (bool,),
    }

    def __init__(self, graph: list[dict[str, Any]]) -> None:
        self.parents: dict[str, set[str]] = {}
        self.domains: dict[str, set[str]] = {}
        self.ranges: dict[str, set[str]] = {}
        for node in graph:
            if not node["@id"].startswith("schema:"):
                continue  # terms of other vocabularies it maps to, such as og:url
            name = _local(node["@id"])
            kinds = _as_list(node.get("@type"))
            if "rdfs:Class" in kinds or "schema:DataType" in kinds:
                self.parents[name] = {
                    _local(p["@id"]) for p in _as_list(node.get("rdfs:subClassOf"))
                }
            if "rdf:Property" in kinds:
                self.domains[name] = {
                    _local(d["@id"]) for d in _as_list(node.get("schema:domainIncludes"))
                }
                self.ranges[name] = {
                    _local(r["@id"]) for r in _as_list(node.get("schema:rangeIncludes"))
                }

    def ancestors(self, name: str) -> set[str]:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(self.parents.get(current, ()))
        return seen

    def problems(self, node: dict[str, Any], where: str = "$") -> Iterator[str]:
        kind = node.get("@type")
        if not isinstance(kind, str) or kind not in self.parents:
            yield f"{where}: @type {kind!r} is not a schema.org type"
            return
        lineage = self.ancestors(kind)
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if key not in self.domains:
                yield f"{where}.{key}: not a schema.org property"
                continue
            if not self.domains[key] & lineage:
                yield f"{where}.{key}: not a property of {kind}"
            for index, item in enumerate(_as_list(value)):
                yield from self._value_problems(key, item, f"{where}.{key}[{index}]")

    def _value_problems(self, key: str, value: Any, where: str) -> Iterator[str]:
        allowed = self.ranges[key]
        if isinstance(value, dict):
            kind = value.get("@type", "")
            if not self.ancestors(kind) & allowed:
                yield f"{where}: a {kind or 'node without @type'} where {key} takes {sorted(allowed)}"
            yield from self.problems(value, where)
            return
        literal_types = {
            python
            for data_type, pythons in self.LITERALS.items()
            if self._takes(allowed, data_type)
            for python in pythons
        }
        if isinstance(value, bool) and bool not in literal_types:
            literal_types = set()
        if not isinstance(value, tuple(literal_types)):
            yield f"{where}: {value!r} where {key} takes {sorted(allowed)}"

    def _takes(self, allowed: set[str], data_type: str) -> bool:
        return bool(self.ancestors(data_type) & allowed)


def _local(name: str) -> str:
    return name.split(":", 1)[1] if ":" in name else name


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@functools.cache
def vocabulary() -> Vocabulary:
    with gzip.open(SCHEMAS / "schemaorg-current-https-30.0.jsonld.gz", "rt", encoding="utf-8") as f:
        return Vocabulary(json.load(f)["@graph"])


# Google's fact-check rich result needs these on each review (and a rating's alternateName,
# the verdict in words, since its numeric scale is the publisher's own).
CLAIM_REVIEW_REQUIRED = ("claimReviewed", "reviewRating", "author", "itemReviewed")


def claimreview_problems(text: str) -> list[str]:
    """Against the schema.org vocabulary, plus what a fact-check rich result requires."""
    document = json.loads(text)
    problems = []
    if document.get("@context") != "https://schema.org":
        problems.append(f"$: @context is {document.get('@context')!r}, not 'https://schema.org'")
    for index, node in enumerate(document.get("@graph", [])):
        where = f"$['@graph'][{index}]"
        problems += vocabulary().problems(node, where)
        if node.get("@type") != "ClaimReview":
            problems.append(f"{where}: a {node.get('@type')}, not a ClaimReview")
        problems += [f"{where}: no {key}" for key in CLAIM_REVIEW_REQUIRED if key not in node]
        if not node.get("reviewRating", {}).get("alternateName"):
            problems.append(f"{where}.reviewRating: no alternateName")
    return problems


VALIDATORS = {
    "report.md": job_summary_problems,
    "junit.xml": junit_problems,
    "report.sarif": sarif_problems,
    "report.json": report_json_problems,
    "claimreview.jsonld": claimreview_problems,
}


def main(folder: Path) -> int:
    failed = 0
    for name, validate in VALIDATORS.items():
        path = folder / name
        if not path.exists():
            print(f"{path}: not written")
            continue
        problems = validate(path.read_text(encoding="utf-8"))
        failed += bool(problems)
        print(f"{path}: " + (f"{len(problems)} problem(s)" if problems else "valid"))
        for problem in problems:
            print(f"  {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "reports")))
