"""Fetch an article by URL without letting the server be used against its own network (SSRF).

Every address the host name resolves to must be public (not loopback, private,
link-local, multicast, reserved or unspecified) unless the operator allows private
fetches; the connection goes to the checked address (no second DNS lookup), redirects are
followed by hand and each hop is checked again; the body is capped in size and the whole
fetch in time.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from newsgraph.errors import InputError

__all__ = ["FetchError", "Fetched", "check_address", "fetch_url"]

Resolver = Callable[[str, int], list[str]]


class FetchError(InputError):
    """A URL that may not or could not be fetched."""

    code = "fetch_refused"


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    body: bytes


def _system_resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise FetchError(f"cannot resolve {host!r}", code="fetch_failed") from e
    return sorted({str(info[4][0]) for info in infos})


def check_address(address: str, *, allow_private: bool) -> None:
    """Raise FetchError unless ``address`` is one the server may connect to."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved:
        raise FetchError(f"address {address} is not allowed")
    if allow_private:
        return
    if ip.is_loopback or ip.is_private or ip.is_link_local or not ip.is_global:
        raise FetchError(
            f"address {address} is loopback, private or link-local; "
            "start the server with --allow-private-fetch to allow it"
        )


def _target(url: str, *, allow_private: bool, resolve: Resolver) -> tuple[str, str, int, str]:
    """Check ``url``; return (scheme, host, port, first allowed address)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'none'!r}")
    if not parts.hostname:
        raise FetchError("the URL has no host")
    if parts.username or parts.password:
        raise FetchError("URLs with credentials are not fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = parts.hostname
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"{host!r} resolves to no address", code="fetch_failed")
    for address in addresses:  # every one: a name may mix public and private answers
        check_address(address, allow_private=allow_private)
    return parts.scheme, host, port, addresses[0]


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = 5 * 1024 * 1024,
    timeout_s: float = 10.0,
    max_redirects: int = 5,
    resolve: Resolver = _system_resolve,
    transport: httpx.BaseTransport | None = None,
) -> Fetched:
    """GET ``url`` under the rules in the module docstring."""
    deadline = time.monotonic() + timeout_s
    for _ in range(max_redirects + 1):
        scheme, host, port, address = _target(url, allow_private=allow_private, resolve=resolve)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("fetch timed out", code="fetch_failed")
        # Connect to the address we checked, not to whatever a second lookup returns;
        # for https the SNI and certificate check still use the host name.
        ip_host = f"[{address}]" if ":" in address else address
        parts = urlsplit(url)
        connect_url = parts._replace(netloc=f"{ip_host}:{port}").geturl()
        extensions = {"sni_hostname": host} if scheme == "https" else {}
        headers = {
            "Host": host if parts.port is None else f"{host}:{port}",
            "User-Agent": "newsgraph",
        }
        try:
            with httpx.Client(
                transport=transport, timeout=remaining, follow_redirects=False, verify=True
            ) as client:
                request = client.build_request(
                    "GET", connect_url, headers=headers, extensions=extensions
                )
                response = client.send(request, stream=True)
                try:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError("redirect without a Location", code="fetch_failed")
                        url = urljoin(url, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(
                            f"the server answered {response.status_code}", code="fetch_failed"
                        )
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise FetchError(
                            f"the page is larger than {max_bytes} bytes", code="too_large"
                        )
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise FetchError(
                                f"the page is larger than {max_bytes} bytes", code="too_large"
                            )
                        if time.monotonic() > deadline:
                            raise FetchError("fetch timed out", code="fetch_failed")
                    return Fetched(url, response.headers.get("content-type", ""), bytes(body))
                finally:
                    response.close()
        except httpx.HTTPError as e:
            raise FetchError(f"fetch failed: {type(e).__name__}", code="fetch_failed") from e
    raise FetchError(f"more than {max_redirects} redirects", code="fetch_failed")
