"""Plural forms lupdate misses: ``QCoreApplication.translate(ctx, "%n …", "", n)``.

pyside6-lupdate marks a message as plural ("numerus") only for ``self.tr("%n …", "", n)``;
the same text through ``QCoreApplication.translate`` (module-level helpers, delegates)
comes out as a plain message, so its Danish and English plural forms could not be given.
scripts/update-translations.sh calls this around lupdate:

    python scripts/ts_numerus.py save    # before lupdate: remember every plural translation
    python scripts/ts_numerus.py restore # after: every "%n" message is plural, forms put back

``restore`` also puts every plural message of the English file into the Danish one
(lupdate -pluralonly does not see these either), unfinished when new.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources" / "translations"
FILES = {"en": ROOT / "clinicdesk_en.ts", "da": ROOT / "clinicdesk_da.ts"}
CACHE = ROOT / ".numerus-cache.json"


def _messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text or ""
        for msg in ctx.findall("message"):
            yield ctx, name, msg


def save() -> None:
    cache: dict[str, dict[str, list[str]]] = {}
    for lang, path in FILES.items():
        tree = ET.parse(path)
        found = {}
        for _ctx, name, msg in _messages(tree):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if msg.get("numerus") == "yes" and any(forms) and tr.get("type") != "unfinished":
                found[name + "\x04" + msg.find("source").text] = forms
        cache[lang] = found
    CACHE.write_text(json.dumps(cache, ensure_ascii=False, indent=0), encoding="utf-8")


def _make_numerus(msg, forms: list[str] | None) -> None:
    msg.set("numerus", "yes")
    tr = msg.find("translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    for text in forms or ["", ""]:
        f = ET.SubElement(tr, "numerusform")
        f.text = text
    if forms and all(forms):
        tr.attrib.pop("type", None)
    else:
        tr.set("type", "unfinished")


def restore() -> None:
    cache = json.loads(CACHE.read_text(encoding="utf-8")) if CACHE.exists() else {}
    en_tree = ET.parse(FILES["en"])
    plural: dict[str, tuple[str, str]] = {}  # key -> (context, source) of every plural message
    for _ctx, name, msg in _messages(en_tree):
        src = msg.find("source").text or ""
        if "%n" not in src:
            continue
        key = name + "\x04" + src
        plural[key] = (name, src)
        if msg.get("numerus") != "yes":
            _make_numerus(msg, cache.get("en", {}).get(key))
        elif key in cache.get("en", {}) and msg.find("translation").get("type") == "unfinished":
            _make_numerus(msg, cache["en"][key])
    en_tree.write(FILES["en"], encoding="utf-8", xml_declaration=True)

    da_tree = ET.parse(FILES["da"])
    root = da_tree.getroot()
    contexts = {(c.find("name").text or ""): c for c in root.iter("context")}
    present = set()
    for _ctx, name, msg in _messages(da_tree):
        key = name + "\x04" + (msg.find("source").text or "")
        present.add(key)
        if key in cache.get("da", {}) and msg.find("translation").get("type") == "unfinished":
            _make_numerus(msg, cache["da"][key])
    for key, (name, src) in sorted(plural.items()):
        if key in present:
            continue
        ctx = contexts.get(name)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
            contexts[name] = ctx
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = src
        ET.SubElement(msg, "translation")
        _make_numerus(msg, cache.get("da", {}).get(key))
    da_tree.write(FILES["da"], encoding="utf-8", xml_declaration=True)
    CACHE.unlink(missing_ok=True)


if __name__ == "__main__":
    {"save": save, "restore": restore}[sys.argv[1]]()
