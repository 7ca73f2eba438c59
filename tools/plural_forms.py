"""Plural messages in the catalogues, which pyside6-lupdate's Python parser does not find.

Measured with lupdate 6.11: `translate("Ctx", "%n hit(s)", None, count)` comes out as a plain
message (only a literal number as the 4th argument makes it plural), and `-pluralonly` then
leaves the English catalogue empty, so English would read "1 hit(s)". Every message whose
source holds %n or %Ln is therefore made plural here after lupdate ran: one form in Chinese,
two in English ("1 hit" / "2 hits"), keeping the translations the catalogue held before.
(lupdate also drops a call whose count is an expression such as len(x): pass a name.)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL = re.compile(r"%L?n")
FORMS = {"zh_CN": 1, "en": 2}
Key = tuple[str, str, str]  # context, source, comment


def _key(context: ET.Element, message: ET.Element) -> Key:
    name = context.findtext("name") or ""
    return name, message.findtext("source") or "", message.findtext("comment") or ""


def snapshot(ts: Path) -> dict[Key, tuple[list[str], bool]]:
    """The plural messages' forms in `ts` before lupdate rewrites it, and whether finished."""
    if not ts.exists():
        return {}
    saved = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            key = _key(context, message)
            translation = message.find("translation")
            if not PLURAL.search(key[1]) or translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]  # lupdate wrote it as a plain message
            saved[key] = (forms, translation.get("type") is None and all(forms))
    return saved


def _make_plural(message: ET.Element, forms: list[str], finished: bool, count: int) -> None:
    message.set("numerus", "yes")
    old = message.find("translation")
    if old is not None:
        message.remove(old)
    translation = ET.SubElement(message, "translation")
    if not (finished and len(forms) == count and all(forms)):
        translation.set("type", "unfinished")
    for i in range(count):
        form = ET.SubElement(translation, "numerusform")
        form.text = forms[i] if i < len(forms) else ""


def restore(ts: Path, saved: dict[Key, tuple[list[str], bool]]) -> None:
    """Make the Chinese catalogue's plural messages plural again, translations kept."""
    if not ts.exists():
        return
    tree, changed = ET.parse(ts), False
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = _key(context, message)
            if PLURAL.search(key[1]) and message.get("numerus") != "yes":
                translation = message.find("translation")
                text = translation.text if translation is not None else ""
                forms, finished = saved.get(key, ([text or ""], False))
                _make_plural(message, forms, finished, FORMS["zh_CN"])
                changed = True
    if changed:  # other catalogues stay as lupdate wrote them
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def english(zh_ts: Path, en_ts: Path, saved: dict[Key, tuple[list[str], bool]]) -> None:
    """The English catalogue: every plural message of the Chinese one, with its two forms."""
    if not zh_ts.exists():
        return
    root = ET.Element("TS", {"version": "2.1", "language": "en", "sourcelanguage": "en"})
    for context in ET.parse(zh_ts).getroot().iter("context"):
        plural = [m for m in context.iter("message") if m.get("numerus") == "yes"]
        if not plural:
            continue
        out = ET.SubElement(root, "context")
        ET.SubElement(out, "name").text = context.findtext("name") or ""
        for message in plural:
            key = _key(context, message)
            copy = ET.SubElement(out, "message")
            ET.SubElement(copy, "source").text = key[1]
            if key[2]:
                ET.SubElement(copy, "comment").text = key[2]
            forms, finished = saved.get(key, ([], False))
            _make_plural(copy, forms, finished, FORMS["en"])
    if len(root):
        ET.indent(root, space="    ")
        ET.ElementTree(root).write(en_ts, encoding="utf-8", xml_declaration=True)
    elif en_ts.exists():
        en_ts.unlink()
