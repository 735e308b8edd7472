"""The "Pertukaran Data" page on real offices: add a partner from its card, send, receive, resolve side by side."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.krs import KrsFamily
from desktop.context import AppContext, open_context
from desktop.domain.office import OfficeSettings
from desktop.paths import DATABASE_FILE
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.exchange.export import export_package
from desktop.services.exchange.importer import import_package
from desktop.services.exchange.offices import add_partner, own_card, setup_office, write_card
from desktop.services.krs.import_service import run_import
from desktop.services.unit_of_work import reading, unit_of_work
from desktop.ui.exchange.exchange_page import ExchangePage
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_csv
from tests.desktop.ui.dialog_answers import DialogAnswers


def _kecamatan(regions_template: Path, folder: Path) -> AppContext:
    folder.mkdir()
    shutil.copy(regions_template, folder / DATABASE_FILE)
    context = open_context(folder)
    setup_office(context.session_factory, folder, OfficeSettings(region_code="36.02.18", name="TPPS Cibadak"), 3)
    return context


def _set_address(context: AppContext, family_uuid: str, address: str) -> None:
    with unit_of_work(context.session_factory) as session:
        family = session.scalar(select(KrsFamily).where(KrsFamily.uuid == family_uuid))
        assert family is not None
        family.address = address


def test_send_receive_and_resolve_on_the_page(
    window_context: WindowContext, regions_template: Path, tmp_path: Path, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    kab = window_context.app
    kec = _kecamatan(regions_template, tmp_path / "kec")
    run_import(kab.session_factory, write_csv(tmp_path / "krs.csv", [list(r) for r in krs_rows(18)]), dry_run=False)
    add_partner(kec.session_factory, own_card(kab.session_factory, kab.data_dir))
    page = ExchangePage(window_context)
    qtbot.addWidget(page)
    write_card(kec.session_factory, kec.data_dir, tmp_path / "kec.konvid")
    dialogs.answer("confirm_yes")
    assert page.add_partner_from(tmp_path / "kec.konvid")
    assert "Sidik jari TPPS Cibadak" in dialogs.asked[-1][1]
    assert page.partners.rowCount() == 1 and page.partner_combo.count() == 1

    down = tmp_path / "down.konv"
    page.send_to(down)
    qtbot.waitUntil(lambda: "Paket #1" in page.send_result.text(), timeout=20_000)
    assert import_package(kec.session_factory, kec.data_dir, down).total("new") == 6
    with reading(kec.session_factory) as session:
        family = session.scalars(select(KrsFamily.uuid).order_by(KrsFamily.uuid)).first()
    assert family is not None
    _set_address(kab, family, "Versi kabupaten")
    _set_address(kec, family, "Versi kecamatan")
    with unit_of_work(kec.session_factory) as session:
        found = session.scalar(select(KrsFamily).where(KrsFamily.uuid == family))
        assert found is not None
        found.existence_code = "pindah"  # a KRS code: shown by its label
    up = tmp_path / "up.konv"
    export_package(kec.session_factory, kec.data_dir, own_card(kab.session_factory, kab.data_dir).code, up)

    page.open_package(up)
    qtbot.waitUntil(page.apply_button.isEnabled, timeout=20_000)
    total_row = page.summary.rowCount() - 1
    assert page.summary.item(0, 0).text() == "Keluarga KRS" and page.summary.item(total_row, 0).text() == "Jumlah"  # type: ignore[union-attr]
    assert page.summary.item(total_row, 4).text() == "1"  # type: ignore[union-attr] # one conflict, not yet stored
    assert page.conflicts.rowCount() == 0
    page.apply_pending()
    qtbot.waitUntil(page.receipt_button.isEnabled, timeout=20_000)
    assert page.conflicts.rowCount() == 1 and page.tabs.tabText(3) == "Konflik (1)"
    page.conflicts.selectRow(0)
    assert [page.sides.item(0, c).text() for c in range(3)] == [  # type: ignore[union-attr]
        "Alamat",
        "Versi kabupaten",
        "Versi kecamatan",
    ]
    assert page.sides.item(0, 1).font().bold()  # type: ignore[union-attr]
    assert not page.sides.item(2, 1).font().bold()  # type: ignore[union-attr] # only the differing fields
    shown = {page.sides.item(row, 0).text(): page.sides.item(row, 1).text() for row in range(page.sides.rowCount())}  # type: ignore[union-attr]
    assert shown["NIK"].endswith("**********") and shown["No. KK"].endswith("**********")  # masked
    assert shown["Baduta"] in {"Ya", "Tidak"} and shown["Sumber air minum tidak layak"] in {"Ya", "Tidak"}
    assert "Nama Kepala Keluarga" in shown and "Dihapus" not in shown  # not deleted on either side
    every = {page.sides.item(r, c).text() for r in range(page.sides.rowCount()) for c in range(3)}  # type: ignore[union-attr]
    assert not every & {"True", "False", "None", "address", "content_hash", "created_at", "uuid", "identity_key"}
    assert not any(text.startswith("KK:") or re.match(r"\d{4}-\d{2}-\d{2}", text) for text in every)  # no ISO dates
    with reading(kab.session_factory) as session:
        head = session.scalar(select(KrsFamily.head_name).where(KrsFamily.uuid == family))
    assert page.conflicts.item(0, 2).text().startswith(f"{head}, Desa ")  # type: ignore[union-attr]
    assert page.conflicts.item(0, 3).text() == f"TPPS Cibadak ({own_card(kec.session_factory, kec.data_dir).code})"  # type: ignore[union-attr]
    assert page.conflicts.item(0, 4).text() == "Alamat, Status"  # type: ignore[union-attr]
    assert [page.sides.item(1, c).text() for c in range(3)] == ["Status", "-", "Pindah"]  # type: ignore[union-attr]
    page.resolve_selected("incoming")
    assert page.conflicts.rowCount() == 0
    with reading(kab.session_factory) as session:
        assert session.scalar(select(KrsFamily.address).where(KrsFamily.uuid == family)) == "Versi kecamatan"
    receipt = tmp_path / "up.konvack"
    page.save_receipt(receipt)
    assert receipt.exists() and page.history.rowCount() == 2
    kec.dispose()


def test_without_a_partner_the_send_tab_says_what_to_do_first(window_context: WindowContext, qtbot: QtBot) -> None:
    page = ExchangePage(window_context)
    qtbot.addWidget(page)
    assert page.partner_combo.count() == 0
    assert not page.send_button.isEnabled()
    assert not page.send_hint.isHidden() and "Belum ada mitra" in page.send_hint.text()
    assert not page.no_partners_hint.isHidden() and "Tambah dari kartu" in page.no_partners_hint.text()
    assert page.target_combo.itemText(page.target_combo.count() - 1) == "Folder lain…"
    assert page.suggested_package_path().startswith("ke-mitra-") and page.suggested_package_path().endswith(".konv")


def _drop(page: ExchangePage, path: Path) -> bool:
    """Drags ``path`` onto the page and drops it, as the desktop does; True when the page accepted it."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(5, 5), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(5, 5), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    return drop.isAccepted()


def test_a_dropped_card_adds_the_partner_and_a_dropped_package_is_checked(
    window_context: WindowContext, regions_template: Path, tmp_path: Path, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    kab = window_context.app
    kec = _kecamatan(regions_template, tmp_path / "kec")
    run_import(kab.session_factory, write_csv(tmp_path / "krs.csv", [list(r) for r in krs_rows(18)]), dry_run=False)
    page = ExchangePage(window_context)
    qtbot.addWidget(page)
    (tmp_path / "catatan.txt").write_text("bukan paket", encoding="utf-8")
    assert not _drop(page, tmp_path / "catatan.txt")  # refused at the door: not a package or a card

    write_card(kec.session_factory, kec.data_dir, tmp_path / "kec.konvid")
    dialogs.answer("confirm_yes")
    assert _drop(page, tmp_path / "kec.konvid")  # the fingerprint is shown and confirmed first
    assert "Sidik jari TPPS Cibadak" in dialogs.asked[-1][1]
    assert page.partners.rowCount() == 1 and page.send_button.isEnabled() and page.send_hint.isHidden()
    assert page.no_partners_hint.isHidden()

    add_partner(kec.session_factory, own_card(kab.session_factory, kab.data_dir))
    up = tmp_path / "up.konv"
    export_package(kec.session_factory, kec.data_dir, own_card(kab.session_factory, kab.data_dir).code, up)
    assert _drop(page, up)
    assert page.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: "Paket #1 dari TPPS Cibadak" in page.package_label.text(), timeout=20_000)
    assert page.summary.item(page.summary.rowCount() - 1, 0).text() == "Jumlah"  # type: ignore[union-attr]


def test_a_deletion_in_conflict_reads_as_a_deletion(
    window_context: WindowContext, regions_template: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    kab = window_context.app
    kec = _kecamatan(regions_template, tmp_path / "kec")
    run_import(kab.session_factory, write_csv(tmp_path / "krs.csv", [list(r) for r in krs_rows(9)]), dry_run=False)
    kec_code = own_card(kec.session_factory, kec.data_dir).code
    kab_code = own_card(kab.session_factory, kab.data_dir).code
    add_partner(kec.session_factory, own_card(kab.session_factory, kab.data_dir))
    add_partner(kab.session_factory, own_card(kec.session_factory, kec.data_dir))
    down = tmp_path / "down.konv"
    export_package(kab.session_factory, kab.data_dir, kec_code, down)
    import_package(kec.session_factory, kec.data_dir, down)
    with reading(kec.session_factory) as session:
        family = session.scalars(select(KrsFamily.uuid).order_by(KrsFamily.uuid)).first()
    assert family is not None
    _set_address(kab, family, "Versi kabupaten")
    with unit_of_work(kec.session_factory) as session:  # the kecamatan removes the family from its table
        session.delete(session.scalar(select(KrsFamily).where(KrsFamily.uuid == family)))
    up = tmp_path / "up.konv"
    export_package(kec.session_factory, kec.data_dir, kab_code, up)
    assert import_package(kab.session_factory, kab.data_dir, up).total("conflicts") == 1
    page = ExchangePage(window_context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.conflicts.rowCount() == 1
    page.conflicts.selectRow(0)
    rows = {
        page.sides.item(r, 0).text(): (page.sides.item(r, 1).text(), page.sides.item(r, 2).text())  # type: ignore[union-attr]
        for r in range(page.sides.rowCount())
    }
    assert rows["Alamat"] == ("Versi kabupaten", "(dihapus di kantor mitra)")
    assert {incoming for _local, incoming in rows.values()} == {"(dihapus di kantor mitra)"}  # the whole version
    kec.dispose()
