"""A small OIDC issuer on loopback: discovery and JWKS for keys it makes (RSA, or EC P-256), and a way to mint tokens.

`rotate()` publishes a new signing key and retires the old one, as an identity provider does;
`jwks_fetches` counts how often its keys were read, to see caching at work.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm


class OidcIssuer:
    def __init__(self, alg: str = "RS256") -> None:
        self.alg = alg
        self.jwks_fetches = 0
        self._new_key()
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                if self.path == "/.well-known/openid-configuration":
                    body = {"issuer": issuer.url, "jwks_uri": f"{issuer.url}/jwks",
                            "id_token_signing_alg_values_supported": [issuer.alg]}
                elif self.path == "/jwks":
                    issuer.jwks_fetches += 1
                    body = issuer.jwks()
                else:
                    self.send_error(404)
                    return
                raw = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _new_key(self) -> None:
        self.kid = uuid.uuid4().hex[:12]
        if self.alg == "ES256":
            self.private_key = ec.generate_private_key(ec.SECP256R1())
        else:
            self.private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def jwks(self) -> dict:
        to_jwk = ECAlgorithm.to_jwk if self.alg == "ES256" else RSAAlgorithm.to_jwk
        jwk = json.loads(to_jwk(self.private_key.public_key()))
        return {"keys": [{**jwk, "kid": self.kid, "use": "sig", "alg": self.alg}]}

    def rotate(self) -> None:
        self._new_key()

    def mint(self, email: str = "oidc.user@example.com", groups: tuple[str, ...] = (), *, audience: str = "assistant",
             ttl_s: int = 300, issuer: str | None = None, key=None, **claims) -> str:
        """A token as this issuer signs it; `issuer`, `key` and the claims can be changed to forge bad ones."""
        now = int(time.time())
        payload = {"iss": self.url if issuer is None else issuer, "sub": email, "email": email,
                   "groups": list(groups), "aud": audience, "iat": now, "nbf": now, "exp": now + ttl_s, **claims}
        return jwt.encode(payload, key or self.private_key, algorithm=self.alg, headers={"kid": self.kid})

    def __enter__(self) -> OidcIssuer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
