#!/usr/bin/env python3
"""Builds examples/demo/warc/demo.warc.gz from tools/demo/warc_src/.

The demo WARC holds fictional news pages written for storyline (see
examples/demo/README.md). Output is byte-for-byte deterministic: fixed
WARC-Date values from the manifest, WARC-Record-IDs derived from the source
file name (uuid5), and every record is its own gzip member with mtime=0,
as in CC-NEWS files.

Layout of the output:
  1. one warcinfo record;
  2. for each manifest entry, in order: an optional `request` record (readers
     must skip it) and a `response` record whose block is an HTTP/1.1 200
     response carrying the HTML page as text/html; charset=utf-8.

The article id storyline gives a WARC record is its WARC-Record-ID without
the angle brackets; `--list` prints those ids next to the file names.

Usage (from the repository root):
  python3 tools/demo/make_warc.py            # writes examples/demo/warc/demo.warc.gz
  python3 tools/demo/make_warc.py --list     # prints file -> record id, writes nothing
"""
import base64
import email.utils
import gzip
import hashlib
import json
import os
import sys
import uuid
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SRC = os.path.join(HERE, "warc_src")
OUT = os.path.join(ROOT, "examples", "demo", "warc", "demo.warc.gz")

# Namespace for the demo's deterministic record ids. Changing it changes every
# WARC article id, and tests/golden/demo_expected.json would have to follow.
ID_PREFIX = "storyline-demo:"
WARCINFO_DATE = "2025-08-01T00:00:00Z"


def record_id(name):
    """<urn:uuid:...> derived from a stable name."""
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, ID_PREFIX + name)


def response_id(file_name):
    return record_id(file_name)


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_date(warc_date):
    dt = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ")
    return email.utils.format_datetime(dt.replace(tzinfo=None), usegmt=False).replace("-0000", "GMT")


def warc_record(headers, block):
    """One WARC/1.1 record: header lines, blank line, block, two CRLFs."""
    head = ["WARC/1.1"]
    for k, v in headers:
        head.append("%s: %s" % (k, v))
    head.append("Content-Length: %d" % len(block))
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def gz_member(data):
    # mtime=0 and no file name keep the output reproducible.
    return gzip.compress(data, compresslevel=9, mtime=0)


def build(manifest):
    info_id = record_id("warcinfo")
    info_block = ("software: storyline tools/demo/make_warc.py\r\n"
                  "format: WARC File Format 1.1\r\n"
                  "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
                  "isPartOf: storyline-demo\r\n"
                  "description: Fictional news pages written for the storyline demo corpus. "
                  "All people, organisations and events are invented.\r\n").encode("utf-8")
    out = [gz_member(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", info_id),
        ("WARC-Date", WARCINFO_DATE),
        ("WARC-Filename", "demo.warc.gz"),
        ("Content-Type", "application/warc-fields"),
    ], info_block))]
    for i, entry in enumerate(manifest):
        path = os.path.join(SRC, entry["file"])
        with open(path, "rb") as f:
            html = f.read()
        html.decode("utf-8")  # the pages must be UTF-8; fail loudly otherwise
        url, date = entry["url"], entry["warc_date"]
        rid = response_id(entry["file"])
        host = url.split("/")[2]
        ip = "203.0.113.%d" % (10 + i)  # TEST-NET-3, never a real server
        if entry.get("request"):
            path_part = "/" + url.split("/", 3)[3]
            req = ("GET %s HTTP/1.1\r\nHost: %s\r\n"
                   "User-Agent: storyline-demo-crawler/1.0\r\nAccept: text/html\r\n"
                   "Accept-Encoding: identity\r\n\r\n" % (path_part, host)).encode("utf-8")
            out.append(gz_member(warc_record([
                ("WARC-Type", "request"),
                ("WARC-Record-ID", record_id("request:" + entry["file"])),
                ("WARC-Date", date),
                ("WARC-Target-URI", url),
                ("WARC-Concurrent-To", rid),
                ("WARC-IP-Address", ip),
                ("WARC-Warcinfo-ID", info_id),
                ("WARC-Block-Digest", sha1_b32(req)),
                ("Content-Type", "application/http; msgtype=request"),
            ], req)))
        http_head = ("HTTP/1.1 200 OK\r\n"
                     "Date: %s\r\n"
                     "Server: nginx\r\n"
                     "Content-Type: text/html; charset=utf-8\r\n"
                     "Content-Length: %d\r\n"
                     "Cache-Control: max-age=300\r\n"
                     "Connection: close\r\n\r\n" % (http_date(date), len(html))).encode("ascii")
        block = http_head + html
        out.append(gz_member(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", rid),
            ("WARC-Date", date),
            ("WARC-Target-URI", url),
            ("WARC-IP-Address", ip),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Payload-Digest", sha1_b32(html)),
            ("WARC-Block-Digest", sha1_b32(block)),
            ("WARC-Identified-Payload-Type", "text/html"),
            ("Content-Type", "application/http; msgtype=response"),
        ], block)))
    return b"".join(out)


def main(argv):
    with open(os.path.join(SRC, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    if "--list" in argv:
        for e in manifest:
            print("%s\t%s" % (e["file"], response_id(e["file"])[1:-1]))
        return 0
    data = build(manifest)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s: %d response records, %d bytes" % (os.path.relpath(OUT, ROOT), len(manifest), len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
