"""Checks JSON bodies against the schemas of the Google discovery documents google-api-python-client ships.

Enough of the discovery format for the fakes' responses: `$ref`, `type` (object, array, string, boolean,
integer, number, any), `properties`, `additionalProperties`, `items`, `enum`, and the `int64` / `date-time`
string formats. A field the schema does not name is an error, as is a wrong type.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
INTEGER = re.compile(r"-?\d+")


@cache
def discovery(name: str) -> dict:
    """A discovery document by file name ('drive.v3', 'admin.directory_v1')."""
    spec = importlib.util.find_spec("googleapiclient")
    assert spec and spec.origin, "google-api-python-client is not installed (the test extra)"
    return json.loads((Path(spec.origin).parent / "discovery_cache" / "documents" / f"{name}.json").read_text())


def violations(document: dict, schema: str, value: object) -> list[str]:
    return list(_check(document["schemas"], {"$ref": schema}, value, schema))


def _check(schemas: dict, schema: dict, value: object, where: str) -> Iterator[str]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"]]
    kind = schema.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            yield f"{where}: expected an object, got {type(value).__name__}"
            return
        properties, extra = schema.get("properties", {}), schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                yield from _check(schemas, properties[key], item, f"{where}.{key}")
            elif extra:
                yield from _check(schemas, extra, item, f"{where}.{key}")
            else:
                yield f"{where}: {key!r} is not a field of this schema"
    elif kind == "array":
        if not isinstance(value, list):
            yield f"{where}: expected an array, got {type(value).__name__}"
            return
        for i, item in enumerate(value):
            yield from _check(schemas, schema.get("items", {}), item, f"{where}[{i}]")
    elif kind == "string":
        fmt = schema.get("format")
        if not isinstance(value, str):
            yield f"{where}: expected a string, got {type(value).__name__}"
        elif fmt in ("int64", "uint64") and not INTEGER.fullmatch(value):
            yield f"{where}: {value!r} is not an {fmt} string"
        elif fmt == "date-time" and not DATE_TIME.fullmatch(value):
            yield f"{where}: {value!r} is not an RFC 3339 date-time"
        elif "enum" in schema and value not in schema["enum"]:
            yield f"{where}: {value!r} is not one of {schema['enum']}"
    elif kind == "boolean" and not isinstance(value, bool):
        yield f"{where}: expected a boolean, got {type(value).__name__}"
    elif kind == "integer" and (not isinstance(value, int) or isinstance(value, bool)):
        yield f"{where}: expected an integer, got {type(value).__name__}"
    elif kind == "number" and (not isinstance(value, int | float) or isinstance(value, bool)):
        yield f"{where}: expected a number, got {type(value).__name__}"
