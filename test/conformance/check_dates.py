"""Runs italian_formats.check_date_rules on ``{module, today, cases: [answers]}``; prints the errors per case."""

import json
import sys

from italian_formats import check_date_rules

with open(sys.argv[1], encoding="utf-8") as f:
    document = json.load(f)
print(json.dumps([check_date_rules(document["module"], a, document["today"]) for a in document["cases"]]))
