"""Checking Popolo JSON against the official Popolo JSON schemas before it leaves the app.

The schemas (JSON Schema draft 3) ship in ``resources/popolo/schemas`` and refer to each other by
URL ("http://www.popoloproject.com/schemas/contact_detail.json#"). Every such reference is served
from those local copies; nothing is ever fetched over the network, and a reference to a schema
that is not shipped is an error rather than a download.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from cpo_desktop.errors import UserError
from cpo_desktop.paths import resources_dir

SCHEMA_BASE = "http://www.popoloproject.com/schemas/"

# The collections of a Popolo JSON document and the schema each item must match.
COLLECTIONS = {"persons": "person", "organizations": "organization", "posts": "post",
               "memberships": "membership", "areas": "area"}


class PopoloInvalid(UserError):
    """A Popolo document does not match the Popolo schemas; nothing was written."""

    def __init__(self, problems: list[str], shown: int = 5, *, cli: str | None = None, window: str | None = None,
                 cli_form: str | None = None) -> None:
        self.problems = list(problems)
        more = len(self.problems) - shown
        lines = self.problems[:shown] + ([f"… and {more} more"] if more > 0 else [])
        super().__init__(f"The Popolo export was not written: it does not match the Popolo schemas "
                         f"({len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}): "
                         + "; ".join(lines), cli=cli, window=window, cli_form=cli_form)


def schemas_dir() -> Path:
    return resources_dir() / "popolo" / "schemas"


@functools.cache
def registry():
    """A ``referencing.Registry`` holding every shipped schema under its popoloproject.com URL."""
    from jsonschema import Draft3Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT3

    resources = []
    for path in sorted(schemas_dir().glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        Draft3Validator.check_schema(contents)
        uri = SCHEMA_BASE + path.name
        if contents.get("id", "").rstrip("#") != uri:
            raise ValueError(f"{path} declares id {contents.get('id')!r}, expected {uri}#")
        resources.append((uri, Resource.from_contents(contents, default_specification=DRAFT3)))
    if not resources:
        raise FileNotFoundError(f"No Popolo schemas in {schemas_dir()}; reinstall the application.")
    # No ``retrieve``: an unknown URL raises Unresolvable instead of being looked up anywhere.
    return Registry().with_resources(resources)


@functools.cache
def validator(kind: str):
    """The validator for one Popolo class ("person", "organization", "post", "membership", ...)."""
    from jsonschema import Draft3Validator

    schema = registry().contents(SCHEMA_BASE + f"{kind}.json")
    return Draft3Validator(schema, registry=registry(), format_checker=Draft3Validator.FORMAT_CHECKER)


def _path(error) -> list:
    path = list(error.absolute_path)
    # Draft 3 marks a property required on the property itself, so the error sits at the missing
    # property; report it at the object that lacks it, as later drafts do.
    return path[:-1] if error.validator == "required" and path else path


def _where(collection: str, index: int, path) -> str:
    out = f"{collection}[{index}]"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def validate(document: dict) -> list[str]:
    """Every way ``document``'s persons, organizations, posts, memberships and areas break the Popolo
    schemas, as readable lines ("persons[3].contact_details[0]: 'value' is a required property").
    An empty list means the document is valid."""
    if not isinstance(document, dict):
        return [f"the document is {type(document).__name__}, not a JSON object"]
    problems = []
    for collection, kind in COLLECTIONS.items():
        items = document.get(collection, [])
        if not isinstance(items, list):
            problems.append(f"{collection}: expected a list, got {type(items).__name__}")
            continue
        check = validator(kind)
        for index, item in enumerate(items):
            found = [(_path(e), e.message) for e in check.iter_errors(item)]
            problems += [f"{_where(collection, index, path)}: {message}"
                         for path, message in sorted(found, key=lambda f: ([str(p) for p in f[0]], f[1]))]
    return problems


def check(document: dict) -> None:
    """Raise :class:`PopoloInvalid` unless ``document`` matches the Popolo schemas."""
    if problems := validate(document):
        raise PopoloInvalid(problems)
