#!/usr/bin/env python3
"""Writes resources/translations/codenames_<lang>.ts: the names of countries and languages in
German, French, Spanish and Japanese, for the codes the Data API sends (ISO 3166-1 alpha-2
"US", ISO 639-1 "de").

The names come from Debian's iso-codes (its JSON lists and the translations its translators
keep as gettext catalogs), so they are written by people, not guessed. English needs no file:
the window falls back to QLocale's English names. Run it again after an iso-codes update:

    apt-get install iso-codes && scripts/import-code-names.py

Each message's source is the code itself (context "Country" or "Language"), which is what the
window looks up (app/models/codenames.cpp); the English name goes along as a note for readers.
"""
import gettext
import json
import os
import sys
from xml.sax.saxutils import escape

ISO = "/usr/share/iso-codes/json"
LOCALEDIR = "/usr/share/locale"
LANGUAGES = ["de", "fr", "es", "ja"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "translations")


def short(name):
    """'Spanisch; Kastilianisch' -> 'Spanisch', 'Malay (macrolanguage)' -> 'Malay'."""
    name = name.split(";")[0]
    if " (" in name:
        name = name[: name.index(" (")]
    name = name.strip()
    return name[:1].upper() + name[1:]


def entries():
    countries = json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]
    languages = json.load(open(os.path.join(ISO, "iso_639-3.json")))["639-3"]
    return (
        [(c["alpha_2"], c.get("common_name"), c["name"]) for c in countries],
        [(l["alpha_2"], None, l["name"]) for l in languages if "alpha_2" in l],
    )


def translated(catalog, common, official):
    """The catalog's name for the common name, else for the official one; None if neither."""
    for english in (common, official):
        if english and catalog.gettext(english) != english:
            return catalog.gettext(english)
    return None


def write(lang, countries, languages):
    country_names = gettext.translation("iso_3166-1", LOCALEDIR, [lang])
    language_names = gettext.translation("iso_639-3", LOCALEDIR, [lang])
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}">']
    count = 0
    for context, rows, catalog, shorten in (("Country", countries, country_names, False),
                                            ("Language", languages, language_names, True)):
        lines += ["<context>", f"    <name>{context}</name>"]
        for code, common, official in sorted(rows):
            name = translated(catalog, common, official)
            if not name:
                continue  # the window shows QLocale's English name
            if shorten:
                name = short(name)
            lines += ["    <message>",
                      f"        <source>{escape(code)}</source>",
                      f"        <extracomment>{escape(common or official)}</extracomment>",
                      f"        <translation>{escape(name)}</translation>",
                      "    </message>"]
            count += 1
        lines.append("</context>")
    lines.append("</TS>")
    path = os.path.join(OUT, f"codenames_{lang}.ts")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{path}: {count} names")


def main():
    if not os.path.isdir(ISO):
        sys.exit("iso-codes is not installed (apt-get install iso-codes)")
    countries, languages = entries()
    for lang in LANGUAGES:
        write(lang, countries, languages)


if __name__ == "__main__":
    main()
