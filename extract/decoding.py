"""Bytes to text: UTF-8, a byte-order mark's encoding, else the detected one; binary refused.

Archives of older releases are full of Windows-1252 and Latin-1, so text that is not UTF-8 is
decoded in the encoding charset-normalizer finds rather than refused, and the encoding is kept
on the record. Only what is not text is an error: NUL bytes, many control characters, or no
plausible encoding at all.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Text with a byte-order mark is read in that encoding (UTF-32 marks first: they begin like
# UTF-16 ones).
BOMS = [(b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
SAMPLE = 8192  # bytes (or characters) looked at for the binary checks
MAX_CONTROL_SHARE = 0.02  # text has next to no control characters; random bytes ~11%
# C0 controls and DEL (not tab, newlines, form feed). C1 controls are left out: scraped UTF-8
# text often holds them where Windows quotes were decoded as Latin-1 ("it\x92s").
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Non-ASCII characters a Western release plausibly holds besides letters: typographic
# punctuation, spaces, currency and a few signs. Others ("³", "¤", "¦", "¸") are the marks of a
# wrong single-byte code page.
_PLAIN_CATEGORIES = {"Pd", "Pi", "Pf", "Ps", "Pe", "Po", "Zs", "Sc"}
_PLAIN_SIGNS = set("©®™°§¶•")
# HTML labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
              "windows-1252", "cp1252", "x-cp1252"}
_META_CHARSET = re.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})""")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's canonical codec name: "utf-8", "cp1252", "utf-16", ...


def decode_text(data: bytes, declared: str | None = None) -> Decoded | str:
    """The text of `data` and its encoding, or the reason it is not text. `declared` is an
    encoding the container names (an HTML meta charset), tried before detection."""
    if not data.strip():
        return "empty input"
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError as error:
                return f"not {codec} text despite its byte-order mark (offset {error.start})"
            return _checked(Decoded(text, codec))
    if b"\x00" in data[:SAMPLE]:
        return "binary file, not text"
    try:
        return _checked(Decoded(data.decode("utf-8-sig"), "utf-8"))
    except UnicodeDecodeError:
        pass
    if declared and (found := _decode_as(data, declared)):
        return _checked(found)
    return _checked(detect(data))


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in its first 2 KB (`<meta charset=...>`)."""
    match = _META_CHARSET.search(html[:2048])
    return match.group(1).decode("ascii").lower() if match else None


def detect(data: bytes) -> Decoded | str:
    """Text that is not UTF-8: the encoding charset-normalizer finds most plausible, except
    that Windows-1252 wins where it reads as well: over the other Latin code pages (curly
    quotes 0x93/0x94 and dashes are cp1252; Latin-1 text reads the same in it), and over a
    non-Latin guess for mostly-ASCII text with a few clean accents (too short for detection)."""
    from charset_normalizer import from_bytes

    try:
        western: Decoded | None = Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        western = None
    best = from_bytes(data).best()
    found = None
    if best is not None:
        try:
            found = Decoded(data.decode(best.encoding), _canonical(best.encoding))
        except (UnicodeDecodeError, LookupError):
            found = None
    if western is None or (found is not None and found.encoding == "cp1252"):
        return found or "not text: no plausible encoding found"
    if found is not None and _latin_script(found.text):
        return western if _odd_characters(western.text) <= _odd_characters(found.text) \
            else found
    if _odd_characters(western.text) == 0 and _mostly_ascii(western.text):
        return western
    return found or "not text: no plausible encoding found"


def _decode_as(data: bytes, label: str) -> Decoded | None:
    """`data` in a declared encoding, where it decodes. A page cannot declare UTF-16/32 in its
    own bytes (browsers ignore such a meta charset), so that claim is left to detection."""
    if label.startswith(("utf-16", "utf16", "utf-32", "utf32")):
        return None
    codec = "cp1252" if label in _AS_CP1252 else label
    try:
        return Decoded(data.decode(codec), _canonical(codec))
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(decoded: Decoded | str) -> Decoded | str:
    """Refuse decoded "text" that is mostly control characters (a binary file that happened
    to decode), and text that is only white space."""
    if isinstance(decoded, str):
        return decoded
    if not decoded.text.strip():
        return "empty input"
    sample = decoded.text[:SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > MAX_CONTROL_SHARE * len(sample):
        return f"binary file, not text ({controls / len(sample):.0%} control characters)"
    return decoded


def _canonical(codec: str) -> str:
    return codecs.lookup(codec).name


def _latin_script(text: str) -> bool:
    """Whether every non-ASCII letter of `text` is a Latin one."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")
               for ch in set(_NON_ASCII.findall(text)))


def _mostly_ascii(text: str) -> bool:
    """Whether at most a third of the letters are non-ASCII (English with a few accents, not
    a non-Latin script read in the wrong code page)."""
    letters = sum(1 for ch in text[:SAMPLE] if ch.isalpha())
    return len(_NON_ASCII.findall(text[:SAMPLE])) * 3 <= letters


def _odd_characters(text: str) -> int:
    """Non-ASCII characters that are neither letters nor common typography."""
    return sum(1 for ch in _NON_ASCII.findall(text) if not ch.isalpha()
               and unicodedata.category(ch) not in _PLAIN_CATEGORIES and ch not in _PLAIN_SIGNS)
