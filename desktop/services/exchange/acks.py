"""The acknowledgement (receipt) a recipient sends back, and recording it at the sender.

An acknowledgement file (``.konvack``) is JSON ``{"payload": "<JSON text>", "signature": "<base64 Ed25519>"}``,
signed by the recipient. Once recorded, the next incremental package leaves out the versions it lists.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.base import utc_now
from db.models.exchange import ExchangePackage
from desktop.domain.atomic_file import atomic_output
from desktop.domain.i18n import _
from desktop.domain.users import Permission
from desktop.services.exchange.entities import BY_NAME
from desktop.services.exchange.export import _own_office
from desktop.services.exchange.importer import ExchangeImportResult
from desktop.services.exchange.keys import ensure_keys, verify_signature
from desktop.services.exchange.offices import ExchangeError, find_partner
from desktop.services.exchange.versions import remember_known, valid_vector
from desktop.services.unit_of_work import unit_of_work

ACK_FORMAT = "konvergensi-exchange-ack"
ACK_VERSION = 1
MAX_ACK_BYTES = 400_000_000


def write_ack(
    session_factory: sessionmaker[Session], data_dir: Path, result: ExchangeImportResult, target: Path
) -> None:
    """Writes the signed receipt of an import for its sender.

    Raises:
        ExchangeError: the import was a dry run (there is nothing to acknowledge).
    """
    if result.dry_run:
        raise ExchangeError(_("Uji coba tidak menghasilkan tanda terima; impor paketnya dulu."))
    keys = ensure_keys(data_dir)
    with unit_of_work(session_factory, permission=Permission.EXCHANGE) as session:
        own = _own_office(session).code
    payload = {
        "format": ACK_FORMAT,
        "format_version": ACK_VERSION,
        "package_id": result.package["package_id"],
        "sequence": result.package["sequence"],
        "sender": own,
        "recipient": result.package["sender"]["code"],
        "results": {
            name: [[key, outcome, vector] for key, outcome, vector in entity.receipts]
            for name, entity in result.by_entity.items()
        },
        "rejected": {name: entity.reasons for name, entity in result.by_entity.items() if entity.reasons},
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    signature = base64.b64encode(keys.sign(text.encode("utf-8"))).decode("ascii")
    with atomic_output(target) as stream:
        stream.write(json.dumps({"payload": text, "signature": signature}, ensure_ascii=False).encode("utf-8"))


def record_ack(session_factory: sessionmaker[Session], path: Path) -> dict[str, Any]:
    """Verifies a receipt from a partner and records the versions it holds.

    Returns:
        ``package_id``, ``partner``, ``sequence`` and the count of acknowledged records per entity.

    Raises:
        ExchangeError: the file is not a receipt, not from a trusted partner, not for this office, or altered.
    """
    not_ack = _("Berkas {file} bukan tanda terima pertukaran Konvergensi.").format(file=path.name)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_ACK_BYTES + 1)
        outer = json.loads(raw)
        payload = json.loads(outer["payload"])
        signature = base64.b64decode(outer["signature"], validate=True)
    except (ValueError, KeyError, TypeError):
        raise ExchangeError(not_ack) from None
    if not isinstance(payload, dict) or payload.get("format") != ACK_FORMAT:
        raise ExchangeError(not_ack)
    with unit_of_work(session_factory, permission=Permission.EXCHANGE) as session:
        own = _own_office(session).code
        partner = find_partner(session, str(payload.get("sender", "")))
        if partner.revoked_at is not None:
            raise ExchangeError(
                _("Tanda terima ini dari mitra {code} yang sudah dicabut.").format(code=partner.office_code)
            )
        if not verify_signature(partner.signing_key, signature, outer["payload"].encode("utf-8")):
            raise ExchangeError(
                _("Tanda tangan tanda terima {file} tidak cocok dengan kunci mitra {code}.").format(
                    file=path.name, code=partner.office_code
                )
            )
        if payload.get("recipient") != own:
            raise ExchangeError(_("Tanda terima {file} bukan untuk kantor ini.").format(file=path.name))
        counts = _remember(session, partner.office_code, payload.get("results", {}))
        sequence = int(payload.get("sequence") or 0)
        partner.last_acked_sequence = max(partner.last_acked_sequence or 0, sequence)
        package = session.scalar(
            select(ExchangePackage).where(
                ExchangePackage.package_id == str(payload.get("package_id")), ExchangePackage.direction == "sent"
            )
        )
        if package is not None and package.acknowledged_at is None:
            package.acknowledged_at = utc_now()
        return {
            "package_id": payload.get("package_id"),
            "partner": partner.office_code,
            "sequence": sequence,
            "acknowledged": counts,
            "rejected": {name: len(rows) for name, rows in (payload.get("rejected") or {}).items()},
        }


def _remember(session: Session, partner: str, results: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    if not isinstance(results, dict):
        return counts
    connection = session.connection()
    for name, rows in results.items():
        if name not in BY_NAME or not isinstance(rows, list):
            continue
        seen = []
        for row in rows:
            if isinstance(row, list) and len(row) == 3 and (vector := valid_vector(row[2])) is not None:
                seen.append((str(row[0]), vector))
        remember_known(connection, partner, name, seen)
        counts[name] = len(seen)
    return counts
