"""IP and watermark scans: invisible marks, carried-over notices, verbatim reproduction."""

from guardrails.ip.guard import IpGuard

__all__ = ["IpGuard"]
