"""Guards of the web face: loopback detection, API tokens, and the opt-in URL fetcher.

The fetcher refuses any address that is not globally routable (private, loopback,
link-local, multicast, reserved...), checks every redirect hop, and connects to the
address it checked (the hostname is kept for TLS), so DNS cannot swap in another one.
"""

from __future__ import annotations

import hmac
import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

import httpx

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class FetchRefused(ValueError):
    """A URL the server will not fetch, with a reason safe to show the caller."""


def is_loopback_host(host: str | None) -> bool:
    """True for a bind address or client address that only this machine can reach."""
    if not host:
        return False
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def token_matches(header: str | None, token: str) -> bool:
    """`Authorization: Bearer <token>`, compared in constant time."""
    if not header:
        return False
    scheme, _, value = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


def _public(ip: str) -> bool:
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast


def resolve_public(host: str, port: int) -> str:
    """One globally routable address of host, or FetchRefused when any address is not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"cannot resolve {host!r}") from exc
    addrs = [info[4][0] for info in infos]
    if not addrs:
        raise FetchRefused(f"cannot resolve {host!r}")
    # refuse when any answer is private: a mixed answer is a rebinding attempt
    for ip in addrs:
        if not _public(ip.split("%")[0]):
            raise FetchRefused(f"{host!r} resolves to a non-public address")
    return addrs[0]


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a fetchable URL, else FetchRefused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused("malformed URL") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused("only absolute http(s) URLs can be fetched")
    if parts.username or parts.password:
        raise FetchRefused("URLs with credentials are not fetched")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


def fetch_public(url: str, *, max_bytes: int = 5_000_000, timeout: float = 10.0,
                 max_redirects: int = 5) -> tuple[str, str]:
    """(final URL, body text) of a public http(s) page; FetchRefused otherwise."""
    for _ in range(max_redirects + 1):
        scheme, host, port = check_url(url)
        ip = resolve_public(host, port)
        parts = urlsplit(url)
        netloc_ip = f"[{ip}]" if ":" in ip else ip
        pinned = parts._replace(netloc=f"{netloc_ip}:{port}").geturl()
        host_header = parts.hostname + (f":{parts.port}" if parts.port else "")
        extensions = {"sni_hostname": host} if scheme == "https" else {}
        with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
            request = client.build_request(
                "GET", pinned, headers={"Host": host_header, "User-Agent": "synoptic"},
                extensions=extensions,
            )
            response = client.send(request, stream=True)
            try:
                if response.is_redirect and response.headers.get("location"):
                    url = urljoin(url, response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise FetchRefused(f"the page answered HTTP {response.status_code}")
                body = b""
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchRefused("the page is too large")
                return url, body.decode(response.encoding or "utf-8", errors="replace")
            finally:
                response.close()
    raise FetchRefused("too many redirects")
