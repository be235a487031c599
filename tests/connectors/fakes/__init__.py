"""Fake vendor servers on loopback for the SaaS connector tests."""
