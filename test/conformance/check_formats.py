"""Checks values with the Python formats of italian_formats.py.

Usage: /usr/bin/python3 check_formats.py [values.json]   (reads stdin without a file)

Input: ``[{"format": "cap", "value": "00184"}, ...]``. Output: ``[{"pure", "checker"}]``, the
answer of the pure ``is_*`` function (a port of the TypeScript validator) and of
``FORMAT_CHECKER`` (what a schema's ``format`` asserts on a stored answer).
"""

import json
import sys

from italian_formats import FORMAT_CHECKER, ITALIAN_FORMATS


def main(argv):
    if len(argv) > 1 and argv[1] != "-":
        with open(argv[1], encoding="utf-8") as f:
            values = json.load(f)
    else:
        values = json.load(sys.stdin)
    output = [
        {
            "pure": ITALIAN_FORMATS[v["format"]](v["value"]),
            "checker": FORMAT_CHECKER.conforms(v["value"], v["format"]),
        }
        for v in values
    ]
    json.dump(output, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
