"""Make Pagefind's output byte-identical from build to build.

Pagefind 1.5 writes its filter files, and the list of them in its metadata, in hash-map order,
which changes from run to run. The files are gzipped CBOR; here the filter values and the
filter list are sorted, the files renamed after a hash of their new content and the references
(metadata -> filter files, entry JSON -> metadata) updated. Pagefind's JavaScript loads files by
the names it is given and does not check the hashes.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct

SIGNATURE = b"pagefind_dcd"


class Raw(bytes):
    """A CBOR item kept as encoded (simple values, floats, tags): passed through unchanged."""


def _head(data: bytes, pos: int) -> tuple[int, int, int]:
    major, info = data[pos] >> 5, data[pos] & 31
    pos += 1
    if info < 24:
        return major, info, pos
    size = {24: 1, 25: 2, 26: 4, 27: 8}[info]
    return major, int.from_bytes(data[pos : pos + size], "big"), pos + size


def _decode(data: bytes, pos: int):
    start = pos
    major, value, pos = _head(data, pos)
    if major == 0:
        return value, pos
    if major == 1:
        return -1 - value, pos
    if major == 2:
        return bytes(data[pos : pos + value]), pos + value
    if major == 3:
        return data[pos : pos + value].decode("utf-8"), pos + value
    if major == 4:
        items = []
        for _ in range(value):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        pairs = []
        for _ in range(value):
            key, pos = _decode(data, pos)
            item, pos = _decode(data, pos)
            pairs.append((key, item))
        return dict(pairs), pos
    if major == 6:
        _, pos = _decode(data, pos)
        return Raw(data[start:pos]), pos
    size = {24: 1, 25: 2, 26: 4, 27: 8}.get(data[start] & 31, 0)
    return Raw(data[start : start + 1 + size]), start + 1 + size


def _encode_head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if value < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | info]) + struct.pack(fmt, value)
    raise ValueError(value)


def _encode(item) -> bytes:
    if isinstance(item, Raw):
        return bytes(item)
    if isinstance(item, bool) or item is None:
        raise TypeError("simple values are kept as Raw")
    if isinstance(item, int):
        return _encode_head(0, item) if item >= 0 else _encode_head(1, -1 - item)
    if isinstance(item, bytes):
        return _encode_head(2, len(item)) + item
    if isinstance(item, str):
        raw = item.encode("utf-8")
        return _encode_head(3, len(raw)) + raw
    if isinstance(item, list):
        return _encode_head(4, len(item)) + b"".join(_encode(x) for x in item)
    if isinstance(item, dict):
        return _encode_head(5, len(item)) + b"".join(
            _encode(k) + _encode(v) for k, v in item.items()
        )
    raise TypeError(type(item))


def read(blob: bytes):
    data = gzip.decompress(blob) if not blob.startswith(SIGNATURE) else blob
    if not data.startswith(SIGNATURE):
        raise ValueError("not a Pagefind file")
    item, _ = _decode(data, len(SIGNATURE))
    return item


def write(item) -> bytes:
    return gzip.compress(SIGNATURE + _encode(item), compresslevel=9, mtime=0)


def _name(prefix: str, blob: bytes, length: int) -> str:
    return f"{prefix}_{hashlib.sha256(blob).hexdigest()[:length]}"


def canonical(files: dict[str, bytes]) -> dict[str, bytes]:
    """Pagefind's files (paths relative to its folder) with filters in a stable order."""
    out = dict(files)
    entry = json.loads(files["pagefind-entry.json"])
    for _language, info in sorted(entry["languages"].items()):
        meta_path = f"pagefind.{info['hash']}.pf_meta"
        meta = read(out.pop(meta_path))
        prefix = info["hash"].split("_")[0]
        renamed = {}
        for key, value in meta[3] if len(meta) > 3 else []:
            old = f"filter/{value}.pf_filter"
            name, values = read(out.pop(old))
            blob = write([name, sorted(values, key=lambda v: v[0])])
            new = _name(prefix, blob, 7)
            out[f"filter/{new}.pf_filter"] = blob
            renamed[key] = new
        if len(meta) > 3:
            meta[3] = sorted([[key, renamed[key]] for key, _ in meta[3]], key=lambda kv: kv[0])
        if len(meta) > 4 and isinstance(meta[4], list):
            meta[4] = sorted(
                meta[4],
                key=lambda item: (
                    item[0] if isinstance(item, list) and item and isinstance(item[0], str) else ""
                ),
            )
        if len(meta) > 5 and isinstance(meta[5], list) and all(isinstance(x, str) for x in meta[5]):
            meta[5] = sorted(meta[5])
        blob = write(meta)
        info["hash"] = _name(prefix, blob, 10)
        out[f"pagefind.{info['hash']}.pf_meta"] = blob
    out["pagefind-entry.json"] = json.dumps(
        entry, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    return out
