"""Field readers: years (西暦 or 和暦), dates, amounts and names, and the facts of a signed form.

Every reader takes what the file says and returns ``None`` (or "") for anything malformed: a file
is data from outside, never trusted to be well-formed beyond what the signature proves.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from app.certificates.forms import NS_GENERAL, NS_KYOTSU, FormSpec, narrow_types
from app.certificates.schema import form_schema
from app.domain.received import Amount, CertificateFacts, Field

ERA_FIRST_YEAR = {1: 1868, 2: 1912, 3: 1926, 4: 1989, 5: 2019}  # gen:era: 明治 大正 昭和 平成 令和
_INT = re.compile(r"-?[0-9]{1,15}")
_SPACES = re.compile(r"[\s\u3000]+")
_DATE_PARTS = {"era", "yy", "yyyy", "mm", "dd"}


def _g(name: str) -> str:
    return f"{{{NS_GENERAL}}}{name}"


def _k(name: str) -> str:
    return f"{{{NS_KYOTSU}}}{name}"


def read_int(text: str | None) -> int | None:
    """An integer written in ASCII digits (gen:kingaku, gen:yy …), else None."""
    if text is None:
        return None
    value = text.strip()
    return int(value) if _INT.fullmatch(value) else None


def era_to_year(era: int | None, yy: int | None) -> int | None:
    """和暦 (gen:era, gen:yy) → 西暦; None when either is missing or out of range."""
    if era is None or yy is None or era not in ERA_FIRST_YEAR or not 1 <= yy <= 99:
        return None
    return ERA_FIRST_YEAR[era] + yy - 1


def year_of(el: etree._Element | None) -> int | None:
    """The year of a gen:yyyy / gen:era+gen:yy group (or of a date containing one)."""
    if el is None:
        return None
    yyyy = read_int(el.findtext(_g("yyyy")))
    if yyyy is not None:
        return yyyy if 1 <= yyyy <= 9999 else None
    return era_to_year(read_int(el.findtext(_g("era"))), read_int(el.findtext(_g("yy"))))


def date_of(el: etree._Element | None) -> date | None:
    year = year_of(el)
    if el is None or year is None:
        return None
    month, day = read_int(el.findtext(_g("mm"))), read_int(el.findtext(_g("dd")))
    if month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_day(text: str | None) -> date | None:
    """sakuseiDay (``YYYY-MM-DD``), else None."""
    try:
        return None if text is None else date.fromisoformat(text.strip())
    except ValueError:
        return None


def text_of(el: etree._Element | None) -> str:
    """The element's text with runs of spaces (incl. 全角) collapsed to one space."""
    if el is None:
        return ""
    return _SPACES.sub(" ", "".join(el.itertext())).strip()


def _first(root: etree._Element, code: str) -> etree._Element | None:
    return next(root.iter(_k(code)), None)


def _is_date_group(el: etree._Element) -> bool:
    children = list(el)
    names = [etree.QName(c) for c in children if isinstance(c.tag, str)]
    return (
        bool(children)
        and len(names) == len(children)
        and all(n.namespace == NS_GENERAL and n.localname in _DATE_PARTS for n in names)
    )


def _display_date_group(el: etree._Element) -> str:
    year = year_of(el)
    month, day = read_int(el.findtext(_g("mm"))), read_int(el.findtext(_g("dd")))
    parts = [str(p) for p in (year, month, day) if p is not None]
    return "/".join(parts)


def _kubun(el: etree._Element, name: str) -> etree._Element | None:
    """A 区分 code (kubun_CD / kubun_NM): issued files use the form's namespace, the schema gen:."""
    found = el.find(_k(name))
    return found if found is not None else el.find(_g(name))


MAX_FIELDS = 500  # readable items kept per file (a real form has 10–40; the view shows fewer)


def readable_fields(root: etree._Element, form: str) -> tuple[tuple[Field, ...], int]:
    """The first ``MAX_FIELDS`` filled-in items of the form in document order, labelled from the
    schema, and how many there are in all (past the cap, counted as the filled-in leaf elements)."""
    schema = form_schema(form)
    result: list[Field] = []
    stopped: list[etree._Element] = []

    def walk(el: etree._Element) -> None:
        for child in el:
            if stopped:
                return
            if len(result) >= MAX_FIELDS:
                stopped.append(child)
                return
            if not isinstance(child.tag, str):
                continue
            qname = etree.QName(child)
            if qname.namespace != NS_KYOTSU:
                continue
            code = qname.localname
            if _is_date_group(child):
                value = _display_date_group(child)
            elif (code_el := _kubun(child, "kubun_CD")) is not None:
                value = text_of(_kubun(child, "kubun_NM")) or text_of(code_el)
            elif len(child):
                walk(child)
                continue
            else:
                value = text_of(child)
            if value:
                result.append(Field(code, schema.label(code), value))

    walk(root)
    total = len(result)
    if stopped:
        filled = "k:*[not(*)][normalize-space()]"
        rest = f"count(descendant-or-self::{filled} | following::{filled})"
        total += int(stopped[0].xpath(rest, namespaces={"k": NS_KYOTSU}))
    return tuple(result), total


def form_only(form: str, spec: FormSpec | None) -> CertificateFacts:
    """The facts of a file whose content is not proven: which form it claims to be, nothing more."""
    name = form_schema(form).form_name if spec is not None else form
    types = () if spec is None else spec.types
    first = types[0] if types else None
    return CertificateFacts(form=form, form_name=name, type_id=first, type_candidates=types)


def signed_facts(root: etree._Element, spec: FormSpec) -> CertificateFacts:
    """The facts of a form, read from ``root`` (the signed content only)."""
    schema = form_schema(spec.form)
    fields, total = readable_fields(root, spec.form)
    present = {code for code in ("WPK00000", "WPL00000") if _first(root, code) is not None}
    types = narrow_types(spec, present)
    year_el = _first(root, spec.year)
    tax_year = year_of(year_el)
    issuer = text_of(_first(root, spec.issuer)) if spec.issuer else ""
    amounts: list[Amount] = []
    for code in spec.amounts:
        for el in root.iter(_k(code)):
            value = read_int(el.text)
            if value is not None:
                amounts.append(Amount(code, schema.label(code), value))
    return CertificateFacts(
        form=spec.form,
        form_name=schema.form_name,
        type_id=types[0] if types else None,
        type_candidates=types,
        tax_year=tax_year,
        issuer=issuer or text_of_attr(root, "sakuseiNM"),
        person=text_of(_first(root, spec.person)),
        created_on=iso_day(root.get("sakuseiDay")),
        amounts=tuple(amounts),
        fields=fields,
        field_total=total,
    )


def text_of_attr(root: etree._Element, name: str) -> str:
    return _SPACES.sub(" ", root.get(name) or "").strip()
