"""The forms we read: which element holds the tax year, the issuer, the person and the amounts.

Form → catalog type follows the table in the NTA specification notes (shared/spec/e-tax-kojo/README.md);
element names and their meanings are the NTA's schemas (resources/certificates/xsd, 「電子的控除証明書等に
係る仕様書一覧」 e-tax.nta.go.jp/shiyo/shiyo-kojo3.htm, checked 2026-11-29).
"""

from __future__ import annotations

from dataclasses import dataclass

NS_KYOTSU = "http://xml.e-tax.nta.go.jp/XSD/kyotsu"
NS_GENERAL = "http://xml.e-tax.nta.go.jp/XSD/general"
NS_DSIG = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(frozen=True, slots=True)
class FormSpec:
    form: str
    types: tuple[str, ...]  # catalog types this form serves, the usual one first
    year: str  # element holding the tax year (gen:yyyy, gen:era+gen:yy, or a date)
    issuer: str | None  # element naming the issuer (None: use sakuseiNM)
    person: str  # element naming the person the certificate is for
    amounts: tuple[str, ...]  # the amounts that matter, in reading order


def _salary(form: str, p: str) -> FormSpec:
    # 給与所得の源泉徴収票: 年分, 支払を受ける者の氏名, 支払者, 支払金額 … 源泉徴収税額.
    return FormSpec(
        form,
        ("salary_withholding",),
        f"{p}B00000",
        f"{p}X00020",
        f"{p}C00120",
        (f"{p}E00020", f"{p}F00000", f"{p}G00000", f"{p}H00020"),
    )


# A 寄附金受領証明書 serves a ふるさと納税 receipt and other donations alike; the plan matches either.
_DONATION = ("furusato_receipt", "donation_other")

FORMS: dict[str, FormSpec] = {
    spec.form: spec
    for spec in (
        _salary("TEG104", "ZF"),
        _salary("TEG105", "ZI"),
        _salary("TEG106", "ZK"),
        _salary("TEG107", "ZO"),
        _salary("TEG108", "ZP"),
        FormSpec(
            "TEG800",
            ("life_insurance",),
            "WCE00010",
            "WCA00000",
            "WCD00000",
            ("WCE00260", "WCE00300", "WCE00350", "WCE00390", "WCE00430"),
        ),
        FormSpec(
            "TEG810",
            ("earthquake_insurance",),
            "WDE00010",
            "WDA00000",
            "WDD00000",
            ("WDE00170", "WDE00180", "WDE00200", "WDE00210"),
        ),
        FormSpec("TEG820", _DONATION, "WGC00000", "WGA00000", "WGD00000", ("WGE00040",)),
        FormSpec("TEG821", _DONATION, "WHB00060", "WHB00070", "WHA00000", ("WHB00050",)),
        FormSpec("TEG822", _DONATION, "WLB00060", "WLB00070", "WLA00000", ("WLB00050",)),
        FormSpec(
            "TEG830", ("furusato_annual",), "WMA00000", "WMJ00000", "WMC00000", ("WMF00000", "WML00070")
        ),
        FormSpec(
            "TEG840",
            ("national_pension_premium",),
            "WOC00000",
            "WOS00000",
            "WOE00000",
            ("WOK00000", "WOL00000", "WOM00000"),
        ),
        FormSpec(
            "TEG850",
            ("small_business_mutual_aid_ideco", "small_business_mutual_aid_kyosai"),
            "WPA00000",
            "WPO00000",
            "WPC00000",
            ("WPI00000",),
        ),
    )
}


def narrow_types(spec: FormSpec, present: set[str]) -> tuple[str, ...]:
    """TEG850 serves iDeCo and 小規模企業共済: the section that is filled in says which."""
    if spec.form == "TEG850":
        if "WPL00000" in present and "WPK00000" not in present:
            return ("small_business_mutual_aid_ideco",)
        if "WPK00000" in present and "WPL00000" not in present:
            return ("small_business_mutual_aid_kyosai",)
    return spec.types
