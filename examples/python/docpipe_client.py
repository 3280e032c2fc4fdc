#!/usr/bin/env python3
"""A small command-line client for the DocPipe gRPC API (protos/docpipe/v1/pipeline.proto).

Nothing is generated at import time: the stubs must already be on sys.path (or PYTHONPATH).
The proto imports google/api/annotations.proto (its HTTP/JSON routes), which grpc_tools does not ship:
take it from npm's google-proto-files (`npm ci --prefix examples/node`) and generate its modules too.
Once, from the repository root, with Debian's python3-grpc-tools:

    /usr/bin/python3 -m grpc_tools.protoc -I protos -I examples/node/node_modules/google-proto-files \
        --python_out=OUT --grpc_python_out=OUT \
        docpipe/v1/pipeline.proto google/api/annotations.proto google/api/http.proto

(On Debian `google` is a namespace package, so OUT/google/api joins the system's google.protobuf.)

then run, for example:

    PYTHONPATH=OUT /usr/bin/python3 examples/python/docpipe_client.py process article.txt --chain news
    PYTHONPATH=OUT /usr/bin/python3 examples/python/docpipe_client.py list-plugins
    PYTHONPATH=OUT /usr/bin/python3 examples/python/docpipe_client.py stream samples/
    PYTHONPATH=OUT /usr/bin/python3 examples/python/docpipe_client.py process article.txt --types person,quote --no-annotation-text

(--types: only those annotation types come back; --no-annotation-text: annotations without their text, to be
sliced from the reply's text at their offsets. Every step of the chain still runs.)

The server defaults to $DOCPIPE_SERVER, else 127.0.0.1:5000 (the host's appsettings.json). The host speaks
HTTP/2 without TLS, hence an insecure channel. Offsets in replies count code points, so Python slicing
applies as is: response.text[a.start:a.end] == a.text.
"""

import argparse
import json
import os
import pathlib
import sys

import grpc

try:
    from docpipe.v1 import pipeline_pb2, pipeline_pb2_grpc
except ImportError as error:  # pragma: no cover - a usage error, explained to the user
    sys.exit(f"docpipe_client: generated stubs not found ({error}); see the comment at the top of {__file__}")

DEFAULT_SERVER = os.environ.get("DOCPIPE_SERVER", "127.0.0.1:5000")

# Large enough for any document the host accepts (its gRPC message limit is 64 MiB).
MAX_MESSAGE_BYTES = 64 * 1024 * 1024

# The HTTP/2 stream window the client offers, as the CLI's.
REPLY_WINDOW_BYTES = 8 * 1024 * 1024


def connect(server=DEFAULT_SERVER):
    """A stub for the PipelineService at host:port."""
    channel = grpc.insecure_channel(
        server,
        options=[
            ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
            ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
            # A stream window larger than any reply: with the 64 KB default, a large reply's window updates can
            # arrive after its trailers, and the host's Kestrel then sometimes never sends a later reply
            # (README, "Faults").
            ("grpc.http2.lookahead_bytes", REPLY_WINDOW_BYTES),
        ],
    )
    return pipeline_pb2_grpc.PipelineServiceStub(channel)


def make_request(doc_id, text, chain="", chain_json="", metadata=None, trace=False, types=(), omit_text=False):
    document = pipeline_pb2.Document(id=doc_id, text=text, media_type="text/plain", metadata=metadata or {})
    return pipeline_pb2.ProcessRequest(
        document=document, chain=chain, chain_json=chain_json, trace=trace,
        annotation_types=types, omit_annotation_text=omit_text)


# Types the host cannot tell from the bytes (Markdown reads like plain text) or that are worth saying.
MEDIA_TYPES = {
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def file_request(path, chain="", types=(), omit_text=False):
    """A .txt file as text; any other file as bytes, for the host to decode or the chain's converter to read."""
    if path.suffix.lower() == ".txt":
        return make_request(path.name, path.read_text(encoding="utf-8"), chain=chain, types=types, omit_text=omit_text)
    document = pipeline_pb2.Document(id=path.name, data=path.read_bytes(), media_type=MEDIA_TYPES.get(path.suffix.lower(), ""))
    return pipeline_pb2.ProcessRequest(document=document, chain=chain, annotation_types=types, omit_annotation_text=omit_text)


def response_to_dict(response):
    """The parts of a ProcessResponse a caller usually wants, as plain JSON-able values."""
    result = {
        "document_id": response.document_id,
        "chain": response.chain,
        "text": response.text,
        "metadata": dict(response.metadata),
        "annotations": [
            {
                "type": a.type,
                "start": a.start,
                "end": a.end,
                "text": a.text,
                "original_start": a.original_start,
                "original_end": a.original_end,
                "plugin": a.plugin,
            }
            for a in response.annotations
        ],
        "steps": [
            {
                "step": s.step,
                "plugin": s.plugin,
                "status": pipeline_pb2.StepStatus.Name(s.status),
                "duration_us": s.duration_us,
                "edits": s.edits,
                "message": s.message,
            }
            for s in response.steps
        ],
    }
    if response.HasField("error"):
        result["error"] = {"code": response.error.code, "message": response.error.message, "step": response.error.step}
    return result


def print_json(value):
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_process(args):
    path = pathlib.Path(args.file)
    request = file_request(path, chain=args.chain or "", types=args.types, omit_text=args.no_annotation_text)
    print_json(response_to_dict(connect(args.server).Process(request, timeout=args.timeout)))


def cmd_list_plugins(args):
    response = connect(args.server).ListPlugins(pipeline_pb2.ListPluginsRequest(), timeout=args.timeout)
    print_json([
        {
            "name": p.name,
            "kind": p.kind,
            "version": p.version,
            "description": p.description,
            "options_schema": json.loads(p.options_schema),
        }
        for p in response.plugins
    ])


def cmd_stream(args):
    """Sends every *.txt file of DIR on one stream; prints one JSON line per reply, in file order."""
    paths = sorted(pathlib.Path(args.dir).glob("*.txt"))
    requests = (
        make_request(p.name, p.read_text(encoding="utf-8"), chain=args.chain or "", types=args.types, omit_text=args.no_annotation_text)
        for p in paths
    )
    failed = 0
    for response in connect(args.server).ProcessStream(requests, timeout=args.timeout):
        reply = response_to_dict(response)
        failed += "error" in reply
        print(json.dumps(reply, ensure_ascii=False))
    print(f"{len(paths)} documents, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def annotation_types(value):
    return [name.strip() for name in value.split(",") if name.strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(description="DocPipe gRPC client")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="host:port of the DocPipe host (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=60.0, help="deadline of each call, in seconds")
    commands = parser.add_subparsers(dest="command", required=True)

    process = commands.add_parser("process", help="run one file through a chain and print the result as JSON")
    process.add_argument("file")
    process.add_argument("--chain", help="a configured chain (default: the host's default chain)")
    process.set_defaults(run=cmd_process)

    plugins = commands.add_parser("list-plugins", help="print the loaded plugins as JSON")
    plugins.set_defaults(run=cmd_list_plugins)

    stream = commands.add_parser("stream", help="run every *.txt file of a folder on one stream")
    stream.add_argument("dir")
    stream.add_argument("--chain", help="a configured chain (default: the host's default chain)")
    stream.set_defaults(run=cmd_stream)

    for sub in (process, stream):
        sub.add_argument("--types", type=annotation_types, default=[],
                         help="only these annotation types in the reply, comma-separated (default: all)")
        sub.add_argument("--no-annotation-text", action="store_true",
                         help="annotations without their text; slice the reply's text at their offsets")

    # The global options may also follow the command: `process FILE --server HOST:PORT`.
    for sub in (process, plugins, stream):
        sub.add_argument("--server", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sub.add_argument("--timeout", type=float, default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except grpc.RpcError as error:
        print(f"docpipe_client: {error.code().name}: {error.details()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
