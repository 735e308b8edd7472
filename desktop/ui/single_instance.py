"""One window per data folder: a second start hands its files to the first and brings its window forward.

The first start listens on a local socket (a named pipe on Windows) whose name is derived from the data folder;
a second start for the same folder connects, sends the files it was asked to open (``konvergensi gui --buka
FILE``, which is what double-clicking a ``.konv`` file runs) and exits. Another data folder (``--data-dir``) is
another instance, so a test or a second office can run beside the first. Two starts in the same instant may both
become first; that costs a second window, never data (the database serialises writers).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
# Without a first instance a connection fails at once; these bound a first instance that is busy or hung.
CONNECT_TIMEOUT_MS = 5000
ACK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The socket name for a data folder (case-insensitive on Windows, where paths are)."""
    text = str(data_dir.expanduser().resolve())
    if sys.platform == "win32":
        text = text.casefold()
    return "konvergensi-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """The first start's listener, or a second start's messenger.

    Args:
        data_dir: the data folder this instance works on.

    Signals:
        files_received(list): a second start handed over these absolute paths (maybe none: "come forward").
    """

    files_received = Signal(list)

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None

    def hand_over(self, files: list[str]) -> bool:
        """Sends ``files`` to a running instance; True when one took them (then this start should exit)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        message = json.dumps({"files": [str(Path(f).expanduser().resolve()) for f in files]}).encode("utf-8")
        socket.write(message + b"\n")
        self._send(socket)
        taken = self._read_line(socket) == ACK
        socket.disconnectFromServer()
        return taken

    def listen(self) -> bool:
        """Becomes the first instance; False (logged) when the name cannot be taken."""
        server = QLocalServer(self)
        if not server.listen(self.name):
            # A stale socket file of a process that died (Unix): nobody answered hand_over, so it is free.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single-instance server %s: %s", self.name, server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            line = self._read_line(socket)
            try:
                files = [str(f) for f in json.loads(line.decode("utf-8")).get("files", [])]
            except (ValueError, AttributeError):
                log.warning("single-instance: unreadable message %r", line[:200])
                socket.disconnectFromServer()
                continue
            socket.write(ACK)
            self._send(socket)
            socket.disconnectFromServer()
            log.info("a second start handed over %d file(s): %s", len(files), files)
            self.files_received.emit(files)

    @staticmethod
    def _send(socket: QLocalSocket) -> None:
        socket.flush()
        while socket.bytesToWrite() > 0 and socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
            pass

    @staticmethod
    def _read_line(socket: QLocalSocket) -> bytes:
        data = b""
        while not data.endswith(b"\n") and len(data) < 65536:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
                break
            data += bytes(socket.readAll().data())
        return data
