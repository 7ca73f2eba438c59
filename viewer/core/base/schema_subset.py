"""A quick yes for valid settings, without compiling their JSON Schema.

Start-up reads the settings file every time; importing fastjsonschema and compiling the schema
costs ~10 ms of it. A file the app wrote itself is nearly always valid, so the few keywords the
settings schema uses are checked here in plain Python, strictly: anything this check does not
understand, or does not accept, goes to fastjsonschema, which stays the judge of what is invalid
(and names it). This module only ever says "certainly valid" or "ask the validator".
"""

from __future__ import annotations

# JSON type -> Python types accepted as certainly that type (bool is not an integer here)
_TYPES = {"integer": (int,), "boolean": (bool,), "string": (str,), "array": (list,),
          "object": (dict,)}  # fmt: skip
_KNOWN = {"type", "enum", "minimum", "maximum", "minLength", "maxLength", "maxItems", "items",
          "maxProperties", "additionalProperties"}  # fmt: skip


def certainly_valid(value, schema: dict) -> bool:
    """True only if `value` satisfies `schema` (False: unknown, ask the full validator)."""
    if not isinstance(schema, dict) or not _KNOWN.issuperset(schema):
        return False
    if "type" in schema:
        kind = _TYPES.get(schema["type"])
        if kind is None or type(value) not in kind:
            return False
    if "enum" in schema and not any(_same(value, item) for item in schema["enum"]):
        return False
    return _within_bounds(value, schema) and _parts_valid(value, schema)


def _same(value, item) -> bool:
    return type(value) is type(item) and value == item


def _within_bounds(value, schema: dict) -> bool:
    size = len(value) if isinstance(value, str | list | dict) else None
    numeric = type(value) in (int, float)
    checks = (
        ("minimum", numeric, lambda limit: value >= limit),
        ("maximum", numeric, lambda limit: value <= limit),
        ("minLength", type(value) is str, lambda limit: size >= limit),
        ("maxLength", type(value) is str, lambda limit: size <= limit),
        ("maxItems", type(value) is list, lambda limit: size <= limit),
        ("maxProperties", type(value) is dict, lambda limit: size <= limit),
    )
    for keyword, applies, holds in checks:
        if keyword in schema and not (applies and holds(schema[keyword])):
            return False  # a bound on another type: leave it to the validator
    return True


def _parts_valid(value, schema: dict) -> bool:
    items = schema.get("items")
    if items is not None and not (
        type(value) is list and all(certainly_valid(v, items) for v in value)
    ):
        return False
    inner = schema.get("additionalProperties")
    return inner is None or (
        type(value) is dict
        and all(type(k) is str and certainly_valid(v, inner) for k, v in value.items())
    )
