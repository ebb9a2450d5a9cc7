"""Every form family: its catalog type, tax year (西暦 or 和暦), issuer, person and amounts."""

from __future__ import annotations

import pytest

from app.certificates.forms import FORMS
from app.certificates.schema import form_schema
from app.certificates.verify import verify_bytes
from app.domain.catalog import default_catalog
from tests.certificates import fixtures

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><{form} xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu"'
    ' xmlns:gen="http://xml.e-tax.nta.go.jp/XSD/general" VR="1.0" id="{form}X1" page="1"'
    ' sakuseiDay="2026-01-20" sakuseiNM="作成者名">'
)
CASES = [
    (
        "TEG108",
        "<ZPB00000><gen:era>5</gen:era><gen:yy>7</gen:yy></ZPB00000>"
        "<ZPC00000><ZPC00100><ZPC00120>給与 花子</ZPC00120></ZPC00100></ZPC00000>"
        "<ZPE00000><ZPE00020>5000000</ZPE00020></ZPE00000><ZPF00000>3560000</ZPF00000>"
        "<ZPH00000><ZPH00020>98000</ZPH00020></ZPH00000>"
        "<ZPX00000><ZPX00020>株式会社みらい商事</ZPX00020></ZPX00000>",
        ("salary_withholding", 2025, "株式会社みらい商事", "給与 花子", [5000000, 3560000, 98000]),
    ),
    (
        "TEG820",
        "<WGA00000>みらい市</WGA00000><WGC00000><gen:yyyy>2025</gen:yyyy><gen:mm>12</gen:mm>"
        "<gen:dd>1</gen:dd></WGC00000><WGD00000>寄附 太郎</WGD00000>"
        "<WGE00000><WGE00040>30000</WGE00040></WGE00000>",
        ("furusato_receipt", 2025, "みらい市", "寄附 太郎", [30000]),
    ),
    (
        "TEG830",
        "<WMA00000><gen:era>5</gen:era><gen:yy>7</gen:yy></WMA00000><WMC00000>寄附 太郎</WMC00000>"
        "<WMF00000>70000</WMF00000><WMJ00000>ふるさとポータル</WMJ00000>",
        ("furusato_annual", 2025, "ふるさとポータル", "寄附 太郎", [70000]),
    ),
    (
        "TEG850",
        "<WPA00000><gen:era>5</gen:era><gen:yy>7</gen:yy></WPA00000><WPC00000>拠出 一郎</WPC00000>"
        "<WPI00000>276000</WPI00000><WPL00000><WPL00010><WPL00020>23000</WPL00020></WPL00010></WPL00000>"
        "<WPO00000>国民年金基金連合会</WPO00000>",
        ("small_business_mutual_aid_ideco", 2025, "国民年金基金連合会", "拠出 一郎", [276000]),
    ),
    (
        "TEG810",
        "<WDA00000>みらい損保株式会社</WDA00000><WDD00000>地震 次郎</WDD00000>"
        "<WDE00000><WDE00010><gen:yyyy>2025</gen:yyyy></WDE00010>"
        "<WDE00160><WDE00170>30000</WDE00170><WDE00180>30000</WDE00180></WDE00160></WDE00000>",
        ("earthquake_insurance", 2025, "みらい損保株式会社", "地震 次郎", [30000, 30000]),
    ),
]


@pytest.mark.parametrize(("form", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_form_facts(form: str, body: str, expected: tuple[object, ...]) -> None:
    data = (HEAD.format(form=form) + body + f"</{form}>").encode()
    v = verify_bytes(fixtures.sign(data, sha1=form == "TEG820"))
    assert v.valid and v.facts is not None
    f = v.facts
    assert (f.type_id, f.tax_year, f.issuer, f.person, [a.value for a in f.amounts]) == (
        expected[0],
        expected[1],
        expected[2],
        expected[3],
        expected[4],
    )
    assert all(a.label_ja for a in f.amounts)


def test_every_form_has_a_schema_and_catalog_types() -> None:
    catalog = default_catalog()
    for form, spec in FORMS.items():
        schema = form_schema(form)
        assert schema.form_name and schema.form_name != form
        for code in (spec.year, spec.person, *spec.amounts, *([spec.issuer] if spec.issuer else [])):
            assert code in schema.labels, (form, code)
        assert all(catalog.get(t) is not None for t in spec.types), form


def test_unsigned_donation_with_no_issuer_element_still_reads_only_the_form() -> None:
    v = verify_bytes((HEAD.format(form="TEG821") + "</TEG821>").encode())
    assert v.facts is not None and v.facts.form == "TEG821" and v.facts.issuer == ""
