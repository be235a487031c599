"""Ingest: turn source documents into cleaned, titled sections."""
