"""What keeps untrusted article data inert in a browser: which URLs may become links, and the headers every
response carries (a strict Content-Security-Policy among them)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Everything the dashboard loads is served by the app: no inline script or style (the heatmap's shades are
# classes, the charts set styles through the DOM), no plugin, no framing, forms post only to the app.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
LINK_SCHEMES = ("http://", "https://")


def link_url(url: str | None) -> str | None:
    """The URL if it may become a link (http or https), else None: it is then shown as text.

    Browsers drop leading and trailing spaces and control characters and remove tabs and newlines
    anywhere ("java\\tscript:" runs as "javascript:"), so a URL holding any of them is not linked at all."""
    if not url:
        return None
    cleaned = url.strip()
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in cleaned):
        return None
    if not cleaned.lower().startswith(LINK_SCHEMES) or len(cleaned) <= len("https://"):
        return None
    return cleaned


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every HTTP response (pages, API, static files, errors).

    Plain ASGI rather than BaseHTTPMiddleware, so streamed exports pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.headers if name not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
