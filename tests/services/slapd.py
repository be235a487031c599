"""A throwaway OpenLDAP server on loopback for the directory tests.

`slapd_fixture(ldif)` makes a fixture (module scope by default) that starts
Debian's slapd with an mdb database in a temporary folder, listening on
127.0.0.1 only, loads the LDIF as the root DN and stops the server when the
scope ends. With `tls=True` it also serves StartTLS and ldaps:// with a
certificate from a throwaway CA, whose file is `Slapd.ca_file`.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.services import free_port

SLAPD = "/usr/sbin/slapd"
SCHEMA_DIR = Path("/etc/ldap/schema")
SCHEMAS = ("core", "cosine", "inetorgperson", "nis")
MODULE_DIR = Path("/usr/lib/ldap")


@dataclass
class Slapd:
    url: str
    ldaps_url: str
    base_dn: str
    root_dn: str
    root_pw: str
    ca_file: str
    workdir: Path
    process: subprocess.Popen

    def add(self, ldif: str) -> None:
        """Add the entries in `ldif` as the root DN."""
        self._ldapmodify(ldif, "-a")

    def modify(self, ldif: str) -> None:
        """Apply an LDIF with changetypes (modify, delete, ...) as the root DN."""
        self._ldapmodify(ldif)

    def _ldapmodify(self, ldif: str, *flags: str) -> None:
        tool = shutil.which("ldapmodify")
        if tool is None:
            pytest.fail("install ldap-utils (make test does)")
        done = subprocess.run(
            [tool, "-x", "-H", self.url, "-D", self.root_dn, "-w", self.root_pw, *flags],
            input=ldif, capture_output=True, text=True, timeout=30, check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"ldapmodify failed ({done.returncode}): {done.stderr.strip()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _write_tls_files(workdir: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for 127.0.0.1 / localhost, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "slapd test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False,
        ), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost"),
        ]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = workdir / "ca.pem", workdir / "server.pem", workdir / "server.key"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ))
    return ca_file, cert_file, key_file


def _wait_for_bind(server: Slapd, log_path: Path, deadline_s: float = 15.0) -> None:
    import ldap3

    deadline = time.monotonic() + deadline_s
    host, port = server.url.removeprefix("ldap://").rstrip("/").split(":")
    while True:
        if server.process.poll() is not None:
            pytest.fail(f"slapd exited with {server.process.returncode}: {log_path.read_text()[-2000:]}")
        conn = ldap3.Connection(
            ldap3.Server(host, port=int(port), get_info=ldap3.NONE, connect_timeout=1),
            user=server.root_dn, password=server.root_pw, receive_timeout=2,
        )
        try:
            if conn.bind():
                return
        except ldap3.core.exceptions.LDAPException:
            pass
        finally:
            conn.unbind()
            if conn.socket is not None:
                conn.socket.close()
        if time.monotonic() > deadline:
            server.stop()
            pytest.fail(f"slapd did not accept a bind within {deadline_s}s: {log_path.read_text()[-2000:]}")
        time.sleep(0.05)


def start_slapd(
    workdir: Path, *, base_dn: str = "dc=example,dc=org", ldif: str = "", config: str = "", tls: bool = False
) -> Slapd:
    """Start slapd under `workdir` with `base_dn` created, then add `ldif`.

    `config` holds extra global slapd.conf directives (size limits, ...).
    """
    if not os.access(SLAPD, os.X_OK):
        pytest.fail("install slapd (make test does)")
    if not base_dn.startswith("dc="):
        raise ValueError("base_dn must start with a dc= component")
    db = workdir / "db"
    db.mkdir(parents=True, exist_ok=True)
    root_dn, root_pw = f"cn=admin,{base_dn}", "admin-secret"
    lines = [f"include {SCHEMA_DIR / name}.schema" for name in SCHEMAS]
    lines += [f"pidfile {workdir / 'slapd.pid'}", f"modulepath {MODULE_DIR}", "moduleload back_mdb"]
    urls = [f"ldap://127.0.0.1:{free_port()}/"]
    ca_file = ""
    if tls:
        ca, cert, key = _write_tls_files(workdir)
        ca_file = str(ca)
        lines += [f"TLSCACertificateFile {ca}", f"TLSCertificateFile {cert}", f"TLSCertificateKeyFile {key}"]
        urls.append(f"ldaps://127.0.0.1:{free_port()}/")
    lines += [config] if config else []
    lines += [
        "database mdb",
        f'suffix "{base_dn}"',
        f'rootdn "{root_dn}"',
        f"rootpw {root_pw}",
        f"directory {db}",
    ]
    conf = workdir / "slapd.conf"
    conf.write_text("\n".join(lines) + "\n")
    log_path = workdir / "slapd.log"
    with log_path.open("wb") as log:
        # -d keeps slapd in the foreground, so the Popen pid is the server's and stop() can signal it.
        process = subprocess.Popen(
            [SLAPD, "-f", str(conf), "-h", " ".join(urls), "-d", "0"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    server = Slapd(
        url=urls[0], ldaps_url=urls[1] if tls else "", base_dn=base_dn, root_dn=root_dn, root_pw=root_pw,
        ca_file=ca_file, workdir=workdir, process=process,
    )
    _wait_for_bind(server, log_path)
    dc = base_dn.split(",", 1)[0].removeprefix("dc=")
    try:
        server.add(f"dn: {base_dn}\nobjectClass: dcObject\nobjectClass: organization\no: {dc}\ndc: {dc}\n")
        if ldif:
            server.add(ldif)
    except BaseException:
        server.stop()
        raise
    return server


def slapd_fixture(ldif: str = "", *, scope: str = "module", config: str = "", tls: bool = False):
    """A pytest fixture that yields a running `Slapd` loaded with `ldif`, for the given scope."""

    @pytest.fixture(scope=scope)
    def _slapd(tmp_path_factory):
        server = start_slapd(tmp_path_factory.mktemp("slapd"), ldif=ldif, config=config, tls=tls)
        yield server
        server.stop()

    return _slapd
