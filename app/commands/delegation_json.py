"""The ``delegations`` list of ``myna-prep plan --json``: every 代理人設定 of the household with the
rule findings (``app/domain/delegation_rules.py``) as codes, parameters and a sentence in ``lang``."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.catalog import Catalog
from app.domain.model import Household


def delegations_json(household: Household, catalog: Catalog, today: date, lang: str) -> list[dict[str, Any]]:
    from app.domain.delegation_rules import findings
    from app.i18n.delegation import finding_text
    from app.i18n.plan import type_name

    def name_of(profile_id: int) -> str:
        member = household.member(profile_id)
        return "" if member is None else member.profile.display_name

    return [
        {
            "id": d.id,
            "delegator": {"id": d.delegator_profile_id, "name": name_of(d.delegator_profile_id)},
            "delegate": {"id": d.delegate_profile_id, "name": name_of(d.delegate_profile_id)},
            "relation_name": d.relation_name,
            "valid_from": None if d.valid_from is None else d.valid_from.isoformat(),
            "valid_to": None if d.valid_to is None else d.valid_to.isoformat(),
            "services": sorted(s.value for s in d.services),
            "operations": {op.value: state.value for op, state in d.operations.items()},
            "findings": [
                {
                    "code": f.code.value,
                    "warning": f.is_warning,
                    "params": f.params(),
                    "text": finding_text(f, lambda t: type_name(t, catalog, lang)),
                }
                for f in findings(d, household, today)
            ],
        }
        for d in household.delegations
    ]
