#!/usr/bin/env bash
# Peak memory of the published host on one long document: one Process call over gRPC with the shared sample
# repeated to 8 MB, through the shipped news chain.
#
#   bench/longdoc.sh [RUNS]   (default 2; needs nghttp: apt-get install nghttp2-client)
#
# Prints, per run: the host's resident set when idle, its peak (VmHWM) after the call and the difference, the
# host's CPU time since start, and the call's latency (from the C# driver of bench/Pipeline.Load).
set -euo pipefail

runs="${1:-2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
sample="$root/../shared/samples/000_2513f709a0890ad6.txt"
out="$root/bench/out"
port=5304

command -v nghttp > /dev/null || { echo "bench/longdoc.sh needs nghttp (apt-get install nghttp2-client)" >&2; exit 2; }
[ -f "$sample" ] || { echo "no sample at $sample" >&2; exit 2; }

echo "# publishing (Release)" >&2
rm -rf "$out/host"
dotnet publish "$root/src/Pipeline.Host" -c Release -o "$out/host" --nologo -v quiet > /dev/null
dotnet publish "$root/bench/Pipeline.Load" -c Release -o "$out/load" --nologo -v quiet > /dev/null
dotnet "$out/load/Pipeline.Load.dll" frame "$sample" news "$out/news.bin"

document="$out/sample-8MB.txt"
: > "$document"
while [ "$(stat -c %s "$document")" -lt $((8 * 1024 * 1024)) ]; do cat "$sample" >> "$document"; done

for run in $(seq "$runs"); do
  (cd "$out/host" && exec dotnet Pipeline.Host.dll --urls "http://127.0.0.1:$port" --Serilog:MinimumLevel:Default=Warning --Pipeline:WatchForChanges=false) > "$out/longdoc-host.log" 2>&1 &
  pid=$!
  # Up once the sample is answered with grpc-status 0; then idle, as bench/startup.sh measures it.
  until nghttp -H ':method: POST' -H 'content-type: application/grpc' -H 'te: trailers' -d "$out/news.bin" -v \
      "http://127.0.0.1:$port/docpipe.v1.PipelineService/Process" 2> /dev/null | grep -aq 'grpc-status: 0'; do
    kill -0 "$pid" 2> /dev/null || { echo "the host stopped:" >&2; cat "$out/longdoc-host.log" >&2; exit 1; }
    sleep 0.05
  done
  sleep 3
  idle="$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")"
  # One caller for one second: the document takes longer than that, so exactly one call is made.
  call="$(cd "$out/load" && dotnet Pipeline.Load.dll unary "http://127.0.0.1:$port" news "$document" 1 1 | tail -1)"
  peak="$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")"
  cpu="$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat")"
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo "run $run: $(stat -c %s "$document") bytes; idle $((idle / 1024)) MB, peak $((peak / 1024)) MB, $(((peak - idle) / 1024)) MB above idle; host CPU ${cpu} s; ${call#*: }"
done
