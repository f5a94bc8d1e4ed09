"""Validates answers against a compiled Modulo schema with python-jsonschema.

Usage: /usr/bin/python3 validate.py [cases.json]   (reads stdin without a file, or with "-")

Input: ``{"schema": {...}, "cases": [{"name": ..., "data": ...}]}``, or a list of those.
Output (stdout): for each input, ``[{"name", "valid", "paths", "errors"}]`` (a list of such
lists for a list input). ``paths`` are the JSON Pointers of the errors in Modulo's convention:
a missing or an unexpected property is named by its own path (``/residenza/cap``), not by the
object's as python-jsonschema reports it. ``paths`` is null when an error could not be placed.
"""

import ast
import json
import re
import sys

from jsonschema import Draft202012Validator

from italian_formats import FORMAT_CHECKER

# jsonschema 4.x's messages; the unexpected names are Python reprs.
_UNEXPECTED = re.compile(
    r"(?:Additional|Unevaluated) properties are not allowed \((.*) (?:was|were) unexpected\)",
    re.S,
)
_CLOSED = ("additionalProperties", "unevaluatedProperties")


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _unexpected(error):
    match = _UNEXPECTED.fullmatch(error.message)
    if not match:
        return None
    try:
        names = ast.literal_eval("[" + match.group(1) + "]")
    except (SyntaxError, ValueError):
        return None
    return [n for n in names if isinstance(n, str)]


def error_paths(errors):
    """The errors' paths in Modulo's convention, or None when one cannot be placed."""
    paths = set()
    unevaluated = set()
    for error in errors:
        at = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            paths.update(
                pointer(at + [p]) for p in error.validator_value if p not in error.instance
            )
        elif error.validator in _CLOSED:
            names = _unexpected(error)
            if names is None:
                return None
            unevaluated.update(pointer(at + [n]) for n in names)
        else:
            paths.add(pointer(at))
    # jsonschema 4.x counts a declared property as evaluated only when its value is valid, so
    # an invalid answer is also reported as unexpected: that echo adds nothing.
    inner = paths | unevaluated
    echoes = {u for u in unevaluated if u in paths or any(p.startswith(u + "/") for p in inner)}
    return sorted(paths | (unevaluated - echoes))


def describe(error):
    return {
        "path": pointer(error.absolute_path),
        "keyword": error.validator,
        "message": error.message,
    }


def validate(document):
    schema = document["schema"]
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    results = []
    for case in document["cases"]:
        errors = list(validator.iter_errors(case["data"]))
        results.append(
            {
                "name": case["name"],
                "valid": not errors,
                "paths": error_paths(errors),
                "errors": [describe(e) for e in errors],
            }
        )
    return results


def main(argv):
    if len(argv) > 1 and argv[1] != "-":
        with open(argv[1], encoding="utf-8") as f:
            document = json.load(f)
    else:
        document = json.load(sys.stdin)
    if isinstance(document, list):
        output = [validate(d) for d in document]
    else:
        output = validate(document)
    json.dump(output, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
