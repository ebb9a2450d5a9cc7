"""Labels from the NTA's own schemas: each element's Japanese meaning is its ``xsd:appinfo``.

A label is the path of meanings from the form's top down, e.g. WCE00350 → 「証明額・新制度・一般・差引保険料
等合計額」, so amounts that share a short name (保険料, 合計額) stay distinguishable. The schemas ship in
resources/certificates/xsd and are read once per form, with the same hardened parser as the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lxml import etree

from app.certificates.parsing import hardened_parser
from app.resources import resource

XS = "{http://www.w3.org/2001/XMLSchema}"
_CONTAINERS = {
    f"{XS}{n}" for n in ("sequence", "choice", "all", "complexType", "complexContent", "extension")
}
_REPEATED = "繰り返し"  # i18n: the schema's mark for a repeated item, removed from the meaning
_SKIPPED_SEGMENTS = {"明細", "一面", "二面"}  # i18n: the schema's words for structure, not meaning


@dataclass(frozen=True, slots=True)
class FormSchema:
    form_name: str
    labels: dict[str, tuple[str, ...]]  # element name → path of Japanese meanings

    def label(self, code: str) -> str:
        return "・".join(self.labels.get(code, ())) or code

    def segments(self, code: str) -> tuple[str, ...]:
        return self.labels.get(code, (code,))


def _appinfo(el: etree._Element) -> str:
    info = el.find(f"{XS}annotation/{XS}appinfo")
    if info is None or info.text is None:
        return ""
    text: str = info.text
    return text.strip().strip('"').replace(_REPEATED, "").strip().replace("\u3000", " ").strip()


def _form_name(root: etree._Element, form: str) -> str:
    doc = root.find(f"{XS}annotation/{XS}documentation")
    for line in ("" if doc is None or doc.text is None else doc.text).splitlines():
        if "様式名" in line:  # i18n: the schema's key
            name = line.split("：", 1)[-1].replace("\u3000", " ").replace("平成__", "").strip()  # i18n: a key
            return name.removeprefix("年分").strip()  # i18n: the schema's blank before the form name
    return form


@cache
def form_schema(form: str) -> FormSchema:
    data = resource(f"certificates/xsd/{form}-001.xsd").read_bytes()
    root = etree.fromstring(data, parser=hardened_parser())
    types = {t.get("name"): t for t in root.iter(f"{XS}complexType") if t.get("name")}
    labels: dict[str, tuple[str, ...]] = {}

    def visit_element(el: etree._Element, path: tuple[str, ...], depth: int) -> None:
        name = el.get("name")
        if name is None or depth > 30:
            return
        meaning = _appinfo(el)
        keep = meaning and meaning not in _SKIPPED_SEGMENTS and (not path or path[-1] != meaning)
        here = path + ((meaning,) if keep else ())
        labels.setdefault(name, here)
        type_name = el.get("type") or ""
        if type_name in types:
            visit_content(types[type_name], here, depth + 1)
        for child in el:
            if child.tag == f"{XS}complexType":
                visit_content(child, here, depth + 1)

    def visit_content(node: etree._Element, path: tuple[str, ...], depth: int) -> None:
        for child in node:
            if child.tag == f"{XS}element":
                visit_element(child, path, depth)
            elif child.tag in _CONTAINERS:
                visit_content(child, path, depth)

    top = next((e for e in root.findall(f"{XS}element") if e.get("name") == form), None)
    if top is not None and top.get("type") in types:
        visit_content(types[top.get("type")], (), 0)
    return FormSchema(_form_name(root, form), labels)
