#!/usr/bin/env python3
"""Checks that DocPipe's offsets are code points, as the API promises, from a Python client's side.

Sends a document with characters outside the Basic Multilingual Plane (which are two UTF-16 units each,
four UTF-8 bytes) through an inline `marker` chain that inserts a prefix, deletes text and marks words,
then asserts for every annotation, with plain Python slicing:

    response.text[a.start:a.end] == a.text
    document.text[a.original_start:a.original_end] == a.text    (unless the span lies in inserted text: -1)

Needs the generated stubs on sys.path (see docpipe_client.py) and a host that has loaded the test plugin
`marker` (tests/TestPlugins/Marker). Exits 0 when every check passes, 1 otherwise.

    PYTHONPATH=OUT /usr/bin/python3 examples/python/check_offsets.py --server 127.0.0.1:5000
"""

import argparse
import json
import sys

import grpc

from docpipe_client import DEFAULT_SERVER, connect, make_request

PREFIX = "\U0001F642 mark: "  # 🙂, inserted by the chain's first step

CHAIN = {
    "steps": [
        {"id": "edit", "plugin": "marker", "options": {"prefix": PREFIX, "delete": "xx", "word": "tail"}},
        {"id": "mark", "plugin": "marker", "options": {"word": "mark"}},
    ]
}

# 𝒜 (U+1D49C), 😀, 👍🏽 (with a skin-tone modifier) and 𝄞: astral characters before, between and after the words.
DOCUMENT = "\U0001D49C mark \U0001F600xx\U0001F600 mark \U0001D49C\U0001D49C tail xx \U0001F44D\U0001F3FD mark\n\U0001D11E end"


def occurrences(text, word):
    found, at = [], text.find(word)
    while at >= 0:
        found.append((at, at + len(word)))
        at = text.find(word, at + len(word))
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=DEFAULT_SERVER)
    args = parser.parse_args(argv)

    request = make_request("offsets", DOCUMENT, chain_json=json.dumps(CHAIN, ensure_ascii=False))
    try:
        response = connect(args.server).Process(request, timeout=30)
    except grpc.RpcError as error:
        print(f"FAIL: Process failed: {error.code().name}: {error.details()}")
        return 1

    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    submitted = request.document.text
    expected_text = PREFIX + submitted.replace("xx", "")
    check(response.text == expected_text, f"text is the prefix plus the document without 'xx': {response.text!r}")

    for a in response.annotations:
        sliced = response.text[a.start:a.end]
        check(sliced == a.text, f"response.text[{a.start}:{a.end}] == {a.text!r} (got {sliced!r})")
        if a.original_start == -1:
            check(a.original_end == -1 and a.end <= len(PREFIX),
                  f"annotation [{a.start}:{a.end}] {a.text!r} lies in the inserted prefix (original -1)")
        else:
            original = submitted[a.original_start:a.original_end]
            check(original == a.text,
                  f"document.text[{a.original_start}:{a.original_end}] == {a.text!r} (got {original!r})")

    expected_originals = sorted(occurrences(submitted, "mark") + occurrences(submitted, "tail"))
    got_originals = sorted((a.original_start, a.original_end) for a in response.annotations if a.original_start >= 0)
    check(got_originals == expected_originals,
          f"original ranges are the words' code point ranges in the document: {got_originals}")
    check(sum(a.original_start == -1 for a in response.annotations) == 1, "exactly one annotation lies in the inserted prefix")

    print(f"{len(response.annotations)} annotations checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
