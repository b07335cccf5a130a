#!/usr/bin/env python3
"""A hostile or broken presenter for the sharing tests: binds Unix sockets, optionally becomes
another user (before `listen`, so SO_PEERCRED names that user), and sends every connection the
lines given, then keeps it open. Runs for --seconds, then writes how many connections it accepted
to --report and removes its sockets.

    fake-presenter.py --path P [--path P2] [--uid 65534] [--line JSON]... [--big-line BYTES]
                      [--make-dirs] --seconds S --report FILE
"""
import argparse
import json
import os
import select
import socket
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--path", action="append", required=True)
    parser.add_argument("--uid", type=int)
    parser.add_argument("--line", action="append", default=[])
    parser.add_argument("--big-line", type=int, default=0, help="a hello of this many bytes, sent first")
    parser.add_argument("--make-dirs", action="store_true", help="create each path's directory 0700 first")
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--report", required=True)
    args = parser.parse_args()

    payload = b""
    if args.big_line:
        entries = ["indicator 3.1.2"] * (args.big_line // 18 + 1)
        hello = {"type": "hello", "hello": {"version": 1, "entries": entries, "notes": [None] * len(entries), "titles": []}}
        payload += json.dumps(hello).encode() + b"\n"
    payload += b"".join(line.encode() + b"\n" for line in args.line)

    # opened before becoming another user, who may not write there; "-": standard output
    report = sys.stdout if args.report == "-" else open(args.report, "w")
    listeners = []
    for path in args.path:
        if args.make_dirs:
            os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        if os.path.exists(path):
            os.unlink(path)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(path)
        os.chmod(path, 0o777)
        listeners.append(s)
    if args.uid is not None:
        os.setgroups([])
        os.setresgid(args.uid, args.uid, args.uid)
        os.setresuid(args.uid, args.uid, args.uid)
    for s in listeners:
        s.listen(64)
        s.setblocking(False)

    accepted = 0
    peers = []
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        readable, _, _ = select.select(listeners, [], [], 0.05)
        for s in readable:
            try:
                conn, _ = s.accept()
            except OSError:
                continue
            accepted += 1
            conn.setblocking(True)
            conn.settimeout(2)
            try:
                conn.sendall(payload)
            except OSError:
                pass
            peers.append(conn)
    for conn in peers:
        conn.close()
    for path in args.path:
        try:
            os.unlink(path)
        except OSError:
            pass
    json.dump({"accepted": accepted}, report)
    report.flush()


if __name__ == "__main__":
    main()
