"""Server-rendered HTML for the sandbox's pages: escaping, the page frame, its headers and its responses.

Every merchant-supplied string goes through `text` (escaped, and isolated in `<bdi>` so bidirectional-override
characters cannot reorder the text around it) or `attribute`; only http(s) URLs become links.
"""

from __future__ import annotations

import html
import time
import urllib.parse

from starlette.types import Send

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f5f5f5;color:#1e2329}
main{max-width:960px;margin:0 auto;padding:24px}
.card{background:#fff;border-radius:8px;padding:20px;margin-bottom:16px;box-shadow:0 1px 3px #0002}
h1{font-size:22px;margin:0 0 12px}h2{font-size:17px;margin:0 0 10px}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;
vertical-align:top}
.amount{font-size:28px;font-weight:600}.muted{color:#707a8a}.banner{background:#fcd535;padding:6px 24px}
button{font:inherit;padding:8px 20px;border-radius:6px;border:0;cursor:pointer;margin-right:8px}
.pay{background:#fcd535}.cancel{background:#eaecef}.outcome{font-size:20px;font-weight:600}
form{display:inline}ul{margin:0;padding-left:18px}
"""

# Same-origin forms only; no scripts, frames or anything fetched from elsewhere. Referrer-Policy same-origin (not
# no-referrer, which makes browsers send `Origin: null` with a form post, refused by the origin check).
PAGE_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)
HTML_CONTENT_TYPE = (b"content-type", b"text/html; charset=utf-8")


def text(value: object) -> str:
    """`value` as escaped, direction-isolated HTML text."""
    return f"<bdi>{html.escape(str(value), quote=True)}</bdi>"


def attribute(value: object) -> str:
    return html.escape(str(value), quote=True)


def link(url: str | None, label: str) -> str:
    """An `<a>` to `url` when it is an http(s) URL (never javascript: and the like); '' otherwise."""
    if not url:
        return ""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return f'<a href="{attribute(url.strip())}" rel="noopener noreferrer">{text(label)}</a>'


def post_button(action: str, label: str, css_class: str) -> str:
    """A same-origin form posting to `action` (a path of the sandbox) with one button."""
    return (
        f'<form method="post" action="{attribute(action)}">'
        f'<button type="submit" class="{attribute(css_class)}">{text(label)}</button></form>'
    )


def utc(ms: int | float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(ms / 1000))


def page(title: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{text(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_STYLE}</style></head><body>"
        '<div class="banner">Binance Pay <strong>sandbox</strong>: no real funds move. '
        '<a href="/">Dashboard</a></div>'
        f"<main>{body}</main></body></html>\n"
    ).encode()


def table(headings: tuple[str, ...], rows: list[str], empty: str) -> str:
    if not rows:
        return f'<p class="muted">{text(empty)}</p>'
    head = "".join(f"<th>{text(heading)}</th>" for heading in headings)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def row(*cells: str) -> str:
    """A table row of cells already rendered as HTML."""
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


async def send_page(send: Send, status: int, body: bytes, head_only: bool = False) -> None:
    headers = [HTML_CONTENT_TYPE, (b"content-length", str(len(body)).encode()), *PAGE_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head_only else body})


async def redirect(send: Send, location: str) -> None:
    """303 See Other: after a form post, the browser GETs `location` (a path of the sandbox)."""
    headers = [(b"location", location.encode("ascii")), (b"content-length", b"0"), *PAGE_HEADERS]
    await send({"type": "http.response.start", "status": 303, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
