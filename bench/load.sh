#!/usr/bin/env bash
# Load test of a published host against the echo service (the transport ceiling), on the shared sample.
#
#   bench/load.sh [SECONDS]        (default 10 s per run; needs h2load and nghttp: apt-get install nghttp2-client)
#   PIN=1 bench/load.sh [SECONDS]  the host, the echo service and the in-process figure on core 0, h2load and the
#                                  C# driver on core 1 (taskset): the ratios then compare the host with in-process
#                                  on the same core, and the load tools take no time from it
#
# Prints requests/s and p50/p90/p99 latency for: echo and the host's `empty` and `news` chains through
# Process (h2load, one pre-framed request body; `news` also with its reply trimmed to people and quotes),
# ProcessStream (h2load, a body of 32 framed documents per stream; and the C# driver, which also gives per-document latency), the news chain in-process on as many
# documents in flight and on the host's collector and JIT settings, Process at half the host's maximum (the
# open-loop driver), and the ratios the README's performance table gives.
set -euo pipefail

seconds="${1:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
sample="$root/../shared/samples/000_2513f709a0890ad6.txt"
out="$root/bench/out"
host_port=5301
echo_port=5302
connections=2
streams=16

for tool in h2load nghttp; do
  command -v "$tool" > /dev/null || { echo "bench/load.sh needs $tool (apt-get install nghttp2-client)" >&2; exit 2; }
done
[ -f "$sample" ] || { echo "no sample at $sample" >&2; exit 2; }
on_host=()
on_tools=()
if [ "${PIN:-0}" = 1 ]; then
  command -v taskset > /dev/null || { echo "PIN=1 needs taskset (util-linux)" >&2; exit 2; }
  [ "$(nproc)" -ge 2 ] || { echo "PIN=1 needs two cores" >&2; exit 2; }
  on_host=(taskset -c 0)
  on_tools=(taskset -c 1)
fi

echo "# publishing (Release)" >&2
# A fresh folder: bench/startup.sh publishes ReadyToRun there, whose runtime-specific files would stay.
rm -rf "$out/host"
dotnet publish "$root/src/Pipeline.Host" -c Release -o "$out/host" --nologo -v quiet > /dev/null
dotnet publish "$root/bench/Pipeline.Load" -c Release -o "$out/load" --nologo -v quiet > /dev/null
dotnet build "$root/tests/Benchmarks" -c Release --nologo -v quiet > /dev/null
load=("${on_tools[@]}" dotnet "$out/load/Pipeline.Load.dll")

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done; }
trap cleanup EXIT

(cd "$out/host" && exec "${on_host[@]}" dotnet Pipeline.Host.dll --urls "http://127.0.0.1:$host_port" --Serilog:MinimumLevel:Default=Warning --Pipeline:WatchForChanges=false) > "$out/host.log" 2>&1 &
pids+=($!)
(cd "$out/load" && exec "${on_host[@]}" dotnet Pipeline.Load.dll echo --urls "http://127.0.0.1:$echo_port") > "$out/echo.log" 2>&1 &
pids+=($!)

"${load[@]}" frame "$sample" empty "$out/empty.bin"
"${load[@]}" frame "$sample" news "$out/news.bin"
"${load[@]}" frame "$sample" news "$out/news-people.bin" person,quote
batch=32
for _ in $(seq "$batch"); do cat "$out/news.bin"; done > "$out/news-stream.bin"

# Both up, and every body answered with grpc-status 0: h2load counts a gRPC error as an HTTP 200 success.
check() {
  local port="$1" body="$2" method="${3:-Process}" trailers
  for _ in $(seq 1 100); do
    trailers="$(nghttp -v -H ':method: POST' -H 'content-type: application/grpc' -H 'te: trailers' -d "$body" \
        "http://127.0.0.1:$port/docpipe.v1.PipelineService/$method" 2>&1 | grep -a 'grpc-' || true)"
    if grep -q 'grpc-status: 0' <<< "$trailers"; then return 0; fi
    if grep -q 'grpc-status' <<< "$trailers"; then echo "port $port: $trailers" >&2; exit 1; fi
    sleep 0.1
  done
  echo "nothing answers on port $port" >&2; exit 1
}
check "$echo_port" "$out/news.bin"
check "$host_port" "$out/empty.bin"
check "$host_port" "$out/news.bin"
check "$host_port" "$out/news-people.bin"
# The stream repeats the document Process answered with status 0; a document failing in a stream would be in its reply.
check "$host_port" "$out/news-stream.bin" ProcessStream

# h2load: requests/s from its summary, percentiles from its per-request log (microseconds, 3rd column).
h2() {
  local name="$1" port="$2" body="$3" method="${4:-Process}" per_connection="${5:-$streams}" log="$out/$1.h2load.log" report
  report="$("${on_tools[@]}" h2load -D "$seconds" --warm-up-time=2 -c "$connections" -m "$per_connection" -H 'content-type: application/grpc' -H 'te: trailers' \
    -d "$body" --log-file="$log" "http://127.0.0.1:$port/docpipe.v1.PipelineService/$method")"
  local rps; rps="$(grep -o 'finished in [^,]*, [0-9.]* req/s' <<< "$report" | grep -o '[0-9.]* req/s' | cut -d' ' -f1)"
  local failed; failed="$(grep -o '[0-9]* failed' <<< "$report" | head -1 | cut -d' ' -f1)"
  sort -n -k3 "$log" | awk -v name="$name" -v rps="$rps" -v failed="$failed" '
    { t[NR] = $3 }
    END { printf "%-22s %8.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  (%d failed)\n", name, rps,
          t[int(NR*0.50)]/1000, t[int(NR*0.90)]/1000, t[int(NR*0.99)]/1000, failed }'
  echo "$rps" > "$out/$name.rps"
}

# Warm-up: tiered compilation recompiles the plugins' hot code for seconds after the first documents, as the
# in-process figure's own warm-up lets it.
"${load[@]}" unary "http://127.0.0.1:$host_port" news "$sample" 4 15 > /dev/null
"${load[@]}" unary "http://127.0.0.1:$echo_port" news "$sample" 4 3 > /dev/null

echo "# ${seconds} s per run, $connections connections x $streams streams, $(nproc) cores$([ ${#on_host[@]} -gt 0 ] && echo ', host and in-process on core 0, load tools on core 1')"
h2 echo "$echo_port" "$out/news.bin"
h2 empty "$host_port" "$out/empty.bin"
h2 news "$host_port" "$out/news.bin"
# The same chain, the reply trimmed to people and quotes (annotation_types): what the reply's size costs.
h2 news-people "$host_port" "$out/news-people.bin"
# Four streams a connection, each running Pipeline:StreamConcurrency (one per core) of its documents at once.
h2 news-stream "$host_port" "$out/news-stream.bin" ProcessStream 4
awk -v batch="$batch" '{ printf "%-22s %8.0f documents/s (%d per stream)\n", "news-stream", $1 * batch, batch }' "$out/news-stream.rps"
stream="$("${load[@]}" stream "http://127.0.0.1:$host_port" news "$sample" "$connections" "$streams" "$seconds")"
echo "$stream"
inproc="$(DOTNET_gcServer=1 DOTNET_TC_QuickJit=0 "${on_host[@]}" dotnet "$root/tests/Benchmarks/bin/Release/net10.0/Pipeline.Benchmarks.dll" parallel news "$((connections * streams))" "$seconds")"
echo "$inproc"
half="$(awk '{ printf "%d", $1 / 2 }' "$out/news.rps")"
"${load[@]}" rate "http://127.0.0.1:$host_port" news "$sample" "$half" "$seconds"

awk -v echo_rps="$(cat "$out/echo.rps")" -v empty="$(cat "$out/empty.rps")" -v news="$(cat "$out/news.rps")" -v people="$(cat "$out/news-people.rps")" \
    -v batched="$(awk -v batch="$batch" '{ print $1 * batch }' "$out/news-stream.rps")" \
    -v stream="$(grep -o '= [0-9]* /s' <<< "$stream" | grep -o '[0-9]*')" -v inproc="$(grep -o '[0-9]* documents/s' <<< "$inproc" | cut -d' ' -f1)" '
  BEGIN {
    printf "empty chain / echo:                       %.2f (target >= 0.80)\n", empty / echo_rps
    printf "Process news / in-process:                %.2f (target >= 0.85)\n", news / inproc
    printf "  the reply trimmed to people and quotes: %.2f\n", people / inproc
    printf "ProcessStream news (h2load) / in-process: %.2f (target >= 0.95)\n", batched / inproc
    printf "ProcessStream news (C# driver) / in-proc: %.2f\n", stream / inproc
  }'
