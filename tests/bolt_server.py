"""An ArcadeDB server with its Neo4j Bolt plugin, started and stopped by the test suite.

No Neo4j server can be installed here; the pip package `arcadedb-embedded` bundles
ArcadeDB and a Java runtime, and the official neo4j driver talks to its Bolt plugin.
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

PASSWORD = "vbkg-test-pass"
DATABASE = "kg"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ArcadeServer:
    def __init__(self) -> None:
        import arcadedb_embedded

        pkg = Path(arcadedb_embedded.__file__).parent
        self.java = pkg / "jre" / "bin" / "java"
        self.jars = pkg / "jars"
        self.root = Path(tempfile.mkdtemp(prefix="vbkg-arcade-"))
        self.bolt_port, self.http_port, self.https_port = _free_port(), _free_port(), _free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self, timeout: float = 60) -> None:
        args = [
            str(self.java),
            f"-Darcadedb.server.rootPassword={PASSWORD}",
            f"-Darcadedb.server.defaultDatabases={DATABASE}[root]",
            "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "-Darcadedb.bolt.host=127.0.0.1",
            f"-Darcadedb.bolt.port={self.bolt_port}",
            "-Darcadedb.server.httpIncomingHost=127.0.0.1",
            f"-Darcadedb.server.httpIncomingPort={self.http_port}",
            f"-Darcadedb.server.httpsIncomingPort={self.https_port}",
            f"-Darcadedb.server.rootPath={self.root}",
            f"-Darcadedb.server.databaseDirectory={self.root / 'databases'}",
            "-Xmx2g",
            "-cp", f"{self.jars}/*",
            "com.arcadedb.server.ArcadeDBServer",
        ]  # fmt: skip
        log = open(self.root / "server.log", "wb")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=self.root)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"ArcadeDB exited: {(self.root / 'server.log').read_text()[-2000:]}")
            # the ports open before the default database exists: wait for the server's own word
            if b"ArcadeDB Server started" in (self.root / "server.log").read_bytes():
                for port in (self.bolt_port, self.http_port):
                    with socket.create_connection(("127.0.0.1", port), timeout=2):
                        pass
                return
            time.sleep(0.2)
        raise RuntimeError(f"ArcadeDB did not open its Bolt port within {timeout} s")

    def _command(self, command: str) -> None:
        auth = base64.b64encode(f"root:{PASSWORD}".encode()).decode()
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.http_port}/api/v1/server",
            data=json.dumps({"command": command}).encode(),
            headers={"Authorization": f"Basic {auth}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            resp.read()

    def reset(self) -> None:
        """Drop and recreate the database (DETACH DELETE of everything is slow on ArcadeDB)."""
        import urllib.error

        try:
            self._command(f"drop database {DATABASE}")
        except urllib.error.HTTPError as exc:  # not there (yet): nothing to drop
            if exc.code != 400:
                raise
        self._command(f"create database {DATABASE}")

    def kill(self) -> None:
        """SIGKILL the server, keeping its files: a crash, for the fault tests (start() again)."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.root, ignore_errors=True)
