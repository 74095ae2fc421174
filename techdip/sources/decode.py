"""Bytes to text: UTF-8 first, then a detected legacy encoding (Windows-1256, Windows-1251, ...).

UTF-8 with a few invalid bytes (a damaged download, a bad copy and paste) stays
UTF-8: the bad bytes become U+FFFD and the Decoded carries a warning. Only input
that is mostly not UTF-8 goes to charset-normalizer, which guesses its legacy
encoding. Binary data (NUL bytes, control characters) is refused with a reason
instead of being decoded into garbage.
"""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))


class DecodeError(ValueError):
    """Input that is not text in any encoding we can trust."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes; raise DecodeError with a reason a person can act on."""
    if not data.strip():
        raise DecodeError("empty document: no text")
    for encoding, bom in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding)
    if _looks_binary(data):
        raise DecodeError("binary data, not text (NUL or control bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # a file cut in the middle of its last character: keep everything before it
            head = data[: exc.start]
            try:
                return Decoded(head.decode("utf-8"), "utf-8", "truncated: incomplete last character dropped")
            except UnicodeDecodeError:
                pass  # more damage than a cut: judged below
        repaired = _mostly_utf8(data)
        if repaired is not None:
            return repaired
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else _most_coherent_legacy(data)
    if encoding is None:
        raise DecodeError("not text in any known encoding")
    try:
        return Decoded(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"cannot decode as {encoding}: {exc}") from exc


# Legacy-encoded text read as UTF-8 has at most about a quarter of its non-ASCII characters valid (measured
# on the test articles in Windows-1256, -1251, GB18030, Shift-JIS, EUC-KR); damaged UTF-8 has almost all.
MIN_VALID_UTF8_SHARE = 0.8


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with its few invalid bytes replaced by U+FFFD, or None when the input is mostly not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if not valid or valid / (valid + invalid) < MIN_VALID_UTF8_SHARE:
        return None
    return Decoded(text, "utf-8", _where_invalid(data, invalid))


def _where_invalid(data: bytes, count: int) -> str:
    """A warning naming the lines of the first invalid UTF-8 bytes."""
    lines: list[int] = []
    position = 0
    for _ in range(10):  # a few places are enough to find the damage; never a scan per bad byte
        if len(lines) == 3 or position >= len(data):
            break
        try:
            data[position:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad = position + exc.start
            line = data.count(b"\n", 0, bad) + 1
            if line not in lines:
                lines.append(line)
            position = bad + max(1, exc.end - exc.start)
    where = ", ".join(str(n) for n in lines) + (", ..." if count > len(lines) else "")
    return f"{count} invalid UTF-8 sequence{'s' if count != 1 else ''} replaced by U+FFFD (line {where})"


# Legacy encodings of our languages, for short texts where charset-normalizer has no opinion
# (it gives up on a few lines of Windows-1256 Persian).
_LEGACY = ("cp1256", "cp1251", "gb18030", "shift_jis", "euc-kr", "cp1254", "cp1258", "cp1252")


def _most_coherent_legacy(data: bytes) -> str | None:
    """The legacy encoding whose decoding is most letters of a single script."""
    from techdip.text.tokens import char_script

    best, best_score = None, 0.0
    for encoding in _LEGACY:
        try:
            text = data[:20_000].decode(encoding)
        except UnicodeDecodeError:
            continue
        scripts: dict[str, int] = {}
        for ch in text:
            if ch.isalpha():
                script = char_script(ch)
                scripts[script] = scripts.get(script, 0) + 1
        letters = sum(scripts.values())
        if not letters:
            continue
        score = max(scripts.values()) / letters * letters / max(1, len(text.replace(" ", "")))
        if score > best_score + 0.01:
            best, best_score = encoding, score
    return best


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05
