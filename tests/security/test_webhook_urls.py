"""Webhook URLs reach only the public internet: every spelling of a loopback, private,
link-local, NAT64, 6to4 or Teredo address is refused when set, and a delivery connects to the
address it checked (a second DNS answer could point inside the council's network)."""

from __future__ import annotations

import pytest

from app.errors import Problem
from app.webhooks.service import check_url, checked_target

REFUSED = [
    "http://127.0.0.1/hook",
    "http://127.1/hook",
    "http://2130706433/hook",  # 127.0.0.1 as one number
    "http://0x7f000001/hook",
    "http://0177.0.0.1/hook",  # octal
    "http://0x7f.1/hook",
    "http://127.0.0.1./hook",
    "http://localhost/hook",
    "http://LOCALHOST./hook",
    "http://api.localhost/hook",
    "http://10.0.0.5/hook",
    "http://172.16.3.4/hook",
    "http://192.168.1.10/hook",
    "http://169.254.169.254/latest/meta-data",  # the cloud metadata service
    "http://0.0.0.0/hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:7f00:1]/hook",
    "http://[fe80::1]/hook",
    "http://[fc00::1]/hook",
    "http://[64:ff9b::7f00:1]/hook",  # NAT64 of 127.0.0.1
    "http://[64:ff9b::a9fe:a9fe]/hook",  # NAT64 of 169.254.169.254
    "http://[2002:7f00:1::]/hook",  # 6to4 of 127.0.0.1
    "http://[2002:c0a8:10a::]/hook",  # 6to4 of 192.168.1.10
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook",  # Teredo, client 127.0.0.1
    "http://[::]/hook",
    "http://224.0.0.1/hook",  # multicast
    "http://example.org:99999/hook",  # no such port
]


@pytest.mark.parametrize("url", REFUSED)
def test_a_non_public_address_in_any_spelling_is_refused_when_set(url: str) -> None:
    with pytest.raises(Problem) as refused:
        check_url(url)
    assert refused.value.status == 422


@pytest.mark.parametrize(
    "url", ["https://ats.example-council.gov.uk/hooks/shortlist", "http://93.184.215.14:8080/h"]
)
def test_a_public_url_is_accepted(url: str) -> None:
    assert check_url(url) == url


def test_a_delivery_connects_to_the_address_it_checked() -> None:
    target, refusal = checked_target("https://93.184.215.14:8443/hooks?x=1")
    assert refusal is None and target is not None
    assert target.url == "https://93.184.215.14:8443/hooks?x=1"
    assert target.headers == {"Host": "93.184.215.14:8443"}
    assert target.extensions == {"sni_hostname": "93.184.215.14"}


def test_a_name_resolving_to_loopback_is_refused_at_delivery() -> None:
    target, refusal = checked_target("http://localhost:9/hook")
    assert target is None
    assert refusal is not None and "non-public address" in refusal
