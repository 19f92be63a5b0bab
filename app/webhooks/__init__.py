"""Signed ATS callbacks (Standard Webhooks) delivered from an outbox with retries."""
