"""Standard Webhooks signing, checked against the specification's published example."""

from __future__ import annotations

import pytest

from app.webhooks.signing import (
    SecretError,
    backoff_seconds,
    generate_secret,
    headers,
    secret_key,
    sign,
    verify,
)

# The example message of the Standard Webhooks specification and its reference libraries.
SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
SPEC_TIMESTAMP = 1614265330
SPEC_BODY = b'{"test": 2432232314}'
SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_signature_matches_the_specification_example() -> None:
    assert sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) == SPEC_SIGNATURE


def test_receiver_accepts_a_fresh_message_and_refuses_tampering() -> None:
    sent = headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    assert verify(SPEC_SECRET, sent, SPEC_BODY, now=SPEC_TIMESTAMP + 10)
    assert not verify(SPEC_SECRET, sent, SPEC_BODY + b" ", now=SPEC_TIMESTAMP + 10)
    assert not verify(generate_secret(), sent, SPEC_BODY, now=SPEC_TIMESTAMP + 10)
    assert not verify(SPEC_SECRET, sent, SPEC_BODY, now=SPEC_TIMESTAMP + 3600)


def test_a_rotated_secret_signature_among_several_is_accepted() -> None:
    sent = headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    sent["webhook-signature"] = "v1,AAAA " + sent["webhook-signature"]
    assert verify(SPEC_SECRET, sent, SPEC_BODY, now=SPEC_TIMESTAMP)


def test_generated_secrets_are_distinct_and_usable() -> None:
    first, second = generate_secret(), generate_secret()
    assert first != second
    assert len(secret_key(first)) == 32


@pytest.mark.parametrize(
    "bad", ["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_not base64!", "whsec_AAAA"]
)
def test_malformed_secrets_are_refused(bad: str) -> None:
    with pytest.raises(SecretError):
        secret_key(bad)


def test_backoff_doubles_up_to_the_cap() -> None:
    delays = [backoff_seconds(n, base=2, cap=30) for n in range(1, 7)]
    assert delays == [2, 4, 8, 16, 30, 30]
