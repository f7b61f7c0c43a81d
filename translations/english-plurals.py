#!/usr/bin/env python3
"""Fills the English plural forms of translations/limitless_en.ts.

The sources are English, so the English catalogue holds only the strings with %n (lupdate
-pluralonly). Their source text writes the plural as "message(s)" / "branch(es)"; this gives
Qt the two English forms: "1 message" and "2 messages" (with "was" for "were" in the singular).
Run after `lupdate -pluralonly … -ts translations/limitless_en.ts`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/limitless_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    one = re.sub(r"\((?:e?s)\) were\b", " was", source)
    one = one.replace("(es)", "").replace("(s)", "")
    other = re.sub(r"\((e?s)\)", r"\1", source)
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    # Laid out as lupdate writes it, so that a refresh changes nothing.
    translation.text = "\n            "
    for i, form in enumerate((one, other)):
        f = ET.SubElement(translation, "numerusform")
        f.text = form
        f.tail = "\n            " if i == 0 else "\n        "
body = ET.tostring(tree.getroot(), encoding="unicode")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
