"""Signing the launchers with osslsigncode when a certificate is supplied (a throwaway self-signed one here)."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import build  # noqa: E402

TOOLS = ("osslsigncode", "x86_64-w64-mingw32-gcc")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in TOOLS), reason="osslsigncode and mingw-w64 are installed by .ci/run"
)


def _certificate(folder: Path, password: str) -> tuple[Path, Path]:
    """A self-signed code-signing certificate as a password-protected PKCS#12 file, and its PEM for verifying."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Pemda Uji Tanda Tangan")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(password.encode())
    bundle = folder / "penerbit.p12"
    bundle.write_bytes(pkcs12.serialize_key_and_certificates(b"uji", key, certificate, None, encryption))
    pem = folder / "penerbit.pem"
    pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return bundle, pem


def test_launchers_are_signed_with_the_supplied_certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle, pem = _certificate(tmp_path, "rahasia-uji")
    stage = tmp_path / "stage"
    stage.mkdir()
    build.build_launchers(stage)
    launchers = [stage / "konvergensi.exe", stage / "konvergensiw.exe"]
    unsigned = {path.name: path.read_bytes() for path in launchers}

    monkeypatch.delenv("KONVERGENSI_SIGN_PKCS12", raising=False)
    assert build.signing_arguments() is None  # no certificate: the build says UNSIGNED and signs nothing
    monkeypatch.setenv("KONVERGENSI_SIGN_PKCS12", str(bundle))
    monkeypatch.setenv("KONVERGENSI_SIGN_PASSWORD", "rahasia-uji")
    monkeypatch.delenv("KONVERGENSI_SIGN_TIMESTAMP_URL", raising=False)
    arguments = build.signing_arguments()
    assert arguments is not None
    build.sign(launchers, arguments)

    for path in launchers:
        assert path.read_bytes() != unsigned[path.name]
        assert not path.with_name(path.name + ".signed").exists()
        result = subprocess.run(
            ["osslsigncode", "verify", "-CAfile", str(pem), "-ignore-crl", "-in", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        output = result.stdout + result.stderr
        assert result.returncode == 0 and "Signature verification: ok" in output, output
        assert "Pemda Uji Tanda Tangan" in output


def test_a_wrong_password_stops_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle, _pem = _certificate(tmp_path, "rahasia-uji")
    stage = tmp_path / "stage"
    stage.mkdir()
    build.build_launchers(stage)
    monkeypatch.setenv("KONVERGENSI_SIGN_PKCS12", str(bundle))
    monkeypatch.setenv("KONVERGENSI_SIGN_PASSWORD", "salah")
    arguments = build.signing_arguments()
    assert arguments is not None
    with pytest.raises(build.BuildError):
        build.sign([stage / "konvergensi.exe"], arguments)
    assert not (stage / "konvergensi.exe.signed").exists()
