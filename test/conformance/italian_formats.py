"""Modulo's custom formats for python-jsonschema: the snippet integrators copy.

A compiled Modulo schema is plain JSON Schema 2020-12. Beside each Italian identifier it
carries a portable ``pattern`` (the shape) and a custom ``format`` (the check digits):
``codice-fiscale``, ``partita-iva``, ``iban``, ``cap``. A validator that does not know a format
ignores it, so register these to get the same verdicts as Modulo's own validator::

    from jsonschema import Draft202012Validator
    from italian_formats import FORMAT_CHECKER

    validator = Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    errors = list(validator.iter_errors(answers))  # [] means the submission is valid

What the patterns carry without any format (a validator that treats ``format`` as an
annotation, the 2020-12 default, still refuses these): an e-mail or PEC address's shape
(local part, "@", a dotted domain; never ``""``), a CAP from 00010 to 98168 (00000 and 99999
are refused; exactly the range ``is_cap`` accepts), an IBAN's length and structure per country
(an Italian or Sammarinese IBAN has exactly 27 characters: check digits, CIN letter, ABI, CAB,
account), the 16 characters of a codice fiscale, the 11 digits of a partita IVA. What only the
formats carry: **check digits and check characters** (the codice fiscale's last letter, the
partita IVA's Luhn-style digit, the IBAN's mod-97): no regular expression can compute them.

Needs jsonschema >= 4.0 (``unevaluatedProperties`` with ``if``/``then``) and Python >= 3.8.
The ``is_*`` functions are line-by-line ports of packages/form-model/src/validators/*.ts and
return the same result for every input (test/conformance checks it). Two deliberate
differences in what ``FORMAT_CHECKER`` asserts:

- A stored answer is normalized (no whitespace), so the registered checks refuse any
  whitespace, which the TypeScript functions tolerate for what a citizen types. The reason is
  Python's ``re``: the schemas' patterns end in ``$``, which ``re.search`` also matches before a
  final newline, so ``"00184\\n"`` would pass the pattern here and not in JavaScript.
- ``email`` is checked as Ajv (ajv-formats, "full" mode) checks it; python-jsonschema's own
  check only looks for an "@".
"""

import re

from jsonschema import FormatChecker

# What JavaScript's String.prototype.trim() and \s treat as white space: WhiteSpace and
# LineTerminator of ECMA-262, which is not quite Python's str.isspace().
_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_JS_SPACE_RUN = re.compile("[" + _JS_SPACE + "]+")

_ODD_VALUES = {
    "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
    "A": 1, "B": 0, "C": 5, "D": 7, "E": 9, "F": 13, "G": 15, "H": 17, "I": 19, "J": 21,
    "K": 2, "L": 4, "M": 18, "N": 20, "O": 11, "P": 3, "Q": 6, "R": 8, "S": 12, "T": 14,
    "U": 16, "V": 10, "W": 22, "X": 25, "Y": 24, "Z": 23,
}

# The letters omocodia puts in place of the digits 0-9.
_OMOCODIA = "LMNPQRSTUV"
_PERSONAL_SHAPE = re.compile(
    "[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
)
_ELEVEN_DIGITS = re.compile("[0-9]{11}")
_FIVE_DIGITS = re.compile("[0-9]{5}")
_OMOCODIA_POSITIONS = (6, 7, 9, 10, 12, 13, 14)

_IBAN_SHAPE = re.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_IBAN_ITALIAN = re.compile("[A-Z]{2}[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}")
_IBAN_LENGTHS = {
    "IT": 27, "SM": 27, "VA": 22, "DE": 22, "FR": 27, "ES": 24, "AT": 20, "CH": 21, "BE": 16,
    "NL": 18, "PT": 25, "GB": 22, "IE": 22, "LU": 20, "MC": 27, "SI": 19, "HR": 21, "GR": 27,
    "PL": 28, "RO": 24,
}

# ajv-formats' "full" email, matched in full: JavaScript's /i folds ASCII letters only.
_EMAIL = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
    re.IGNORECASE | re.ASCII,
)


def _trim(value):
    return value.strip(_JS_SPACE)


def is_partita_iva(value):
    """11 digits, a non-zero company number, an assigned office code (001-100, 120, 121,
    888, 999) and the Luhn check digit. Surrounding spaces are ignored."""
    piva = _trim(value)
    if not _ELEVEN_DIGITS.fullmatch(piva):
        return False
    if int(piva[0:7]) == 0:
        return False
    office = int(piva[7:10])
    if not (1 <= office <= 100 or office in (120, 121, 888, 999)):
        return False
    total = 0
    for i in range(10):
        d = int(piva[i])
        total += d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
    return (10 - total % 10) % 10 == int(piva[10])


def codice_fiscale_check_letter(first15):
    """The check letter of the first 15 characters of a personal codice fiscale."""
    chars = first15.upper()
    if not re.fullmatch("[0-9A-Z]{15}", chars):
        raise ValueError("expected 15 letters or digits, got %r" % first15)
    total = 0
    for i, c in enumerate(chars):
        if i % 2 == 0:  # 1-based odd positions
            total += _ODD_VALUES[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + total % 26)


def de_omocodia(cf):
    """The codice fiscale with omocodic letters turned back into digits."""
    return "".join(
        str(_OMOCODIA.index(c)) if i in _OMOCODIA_POSITIONS and c in _OMOCODIA else c
        for i, c in enumerate(cf)
    )


def is_codice_fiscale(value):
    """16 characters with the right check letter (omocodic codes included), or 11 digits
    with a valid partita IVA (companies, public bodies). Case and surrounding spaces are
    ignored."""
    cf = _trim(value).upper()
    if _ELEVEN_DIGITS.fullmatch(cf):
        return is_partita_iva(cf)
    if not _PERSONAL_SHAPE.fullmatch(cf):
        return False
    day = int(de_omocodia(cf)[9:11])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    return codice_fiscale_check_letter(cf[:15]) == cf[15]


def is_iban(value):
    """ISO 13616 mod 97, check digits 02-98, the country's length where known, and the CIN
    letter, ABI and CAB of an Italian or Sammarinese IBAN. Spaces are ignored, case is not."""
    iban = _JS_SPACE_RUN.sub("", value)
    if not _IBAN_SHAPE.fullmatch(iban):
        return False
    country = iban[:2]
    length = _IBAN_LENGTHS.get(country)
    if length is not None and len(iban) != length:
        return False
    if not 2 <= int(iban[2:4]) <= 98:
        return False
    if country in ("IT", "SM") and not _IBAN_ITALIAN.fullmatch(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(ord(c) - 55) if c >= "A" else c for c in rearranged)
    return int(digits) % 97 == 1


def is_cap(value):
    """Five digits in the assigned range 00010-98168. Surrounding spaces are ignored."""
    cap = _trim(value)
    return bool(_FIVE_DIGITS.fullmatch(cap)) and 10 <= int(cap) <= 98168


def is_email(value):
    """What Ajv's ``email`` format accepts."""
    return bool(_EMAIL.fullmatch(value))


def _stored(check):
    """A format check on a stored answer: any whitespace fails; non-strings pass (a format
    applies to strings only)."""

    def checker(instance):
        if not isinstance(instance, str):
            return True
        return not any(c in _JS_SPACE for c in instance) and check(instance)

    return checker


#: python-jsonschema's own formats (date, ...) plus Modulo's.
FORMAT_CHECKER = FormatChecker()
FORMAT_CHECKER.checks("codice-fiscale")(_stored(is_codice_fiscale))
FORMAT_CHECKER.checks("partita-iva")(_stored(is_partita_iva))
FORMAT_CHECKER.checks("iban")(_stored(is_iban))
FORMAT_CHECKER.checks("cap")(_stored(is_cap))
FORMAT_CHECKER.checks("email")(lambda v: not isinstance(v, str) or is_email(v))

#: The pure checks by format name, as in form-model's ``italianFormats``.
ITALIAN_FORMATS = {
    "codice-fiscale": is_codice_fiscale,
    "partita-iva": is_partita_iva,
    "iban": is_iban,
    "cap": is_cap,
}


# --- Date rules: what JSON Schema cannot carry -------------------------------------------
#
# A module's ``dateRules`` (``{"op": "notBefore"|"notAfter", "ref": {...}}`` on a date field)
# compare a date answer with the filing day or with another date answer ("at least 30 days
# after filing", "the end not before the start", "of age"). A schema that depended on the day it
# is checked would not be stable, so the compiled schema does not carry them: check them with
# ``check_date_rules(module, answers, today)`` after the schema accepted the answers (then every
# answer present is one the citizen saw). ``module`` is the published module document
# (``module`` in the API's ``{module, schema, uiSchema}``), ``today`` the filing day as
# ``YYYY-MM-DD`` in Europe/Rome. Same verdicts as Modulo's ``validateSubmission``.

import calendar
import datetime


def shift_date(value, ref):
    """``value`` + years, then months (clamped to the month's end), then days; None if not a date."""
    try:
        day = datetime.date.fromisoformat(value) if _ISO_DATE.fullmatch(value) else None
    except ValueError:
        day = None
    if day is None:
        return None
    months = day.year * 12 + (day.month - 1) + ref.get("offsetYears", 0) * 12 + ref.get("offsetMonths", 0)
    year, month = divmod(months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    shifted = datetime.date(year, month + 1, min(day.day, last)) + datetime.timedelta(days=ref.get("offsetDays", 0))
    return shifted.isoformat()


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_date_rules(module, answers, today):
    """Every failed date rule: ``[{"path", "code", "limit"}]`` with code ``date_too_early`` or ``date_too_late``."""
    errors = []

    def resolve(ref, chain):
        if ref.get("filingDay"):
            return shift_date(today, ref)
        for scope in reversed(chain):
            if ref["field"] in scope:
                other = scope[ref["field"]]
                return shift_date(other, ref) if isinstance(other, str) else None
        return None

    def walk(fields, obj, chain, at):
        if not isinstance(obj, dict):
            return
        chain = chain + [obj]
        for field in fields:
            if field["id"] not in obj:
                continue
            value = obj[field["id"]]
            path = at + "/" + field["id"]
            if field.get("fields"):
                if isinstance(value, list):
                    for i, item in enumerate(value):
                        walk(field["fields"], item, chain, "%s/%d" % (path, i))
                else:
                    walk(field["fields"], value, chain, path)
                continue
            if not field.get("dateRules") or not isinstance(value, str) or shift_date(value, {}) is None:
                continue
            for rule in field["dateRules"]:
                limit = resolve(rule["ref"], chain)
                if limit is None:
                    continue
                if rule["op"] == "notBefore" and value < limit:
                    errors.append({"path": path, "code": "date_too_early", "limit": limit})
                elif rule["op"] == "notAfter" and value > limit:
                    errors.append({"path": path, "code": "date_too_late", "limit": limit})

    walk([f for step in module["steps"] for f in step["fields"]], answers, [], "")
    return errors
