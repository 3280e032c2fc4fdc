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
port=5303

command -v nghttp > /dev/null || { echo "bench/longdoc.sh needs nghttp (apt-get install nghttp2-client)" >&2; exit 2; }
[ -f "$sample" ] || { echo "no sample at $sample" >&2; exit 2; }

echo "# publishing (Release)" >&2
rm -rf "$out/host"
dotnet publish "$root/src/Pipeline.Host" -c Release -o "$out/host" --nologo -v quiet > /dev/null
dotnet publish "$root/bench/Pipeline.Load" -c Release -o "$out/load" --nologo -v quiet > /dev/null

document="$out/sample-8MB.txt"
: > "$document"
while [ "$(stat -c %s "$document")" -lt $((8 * 1024 * 1024)) ]; do cat "$sample" >> "$document"; done

for run in $(seq "$runs"); do
  (cd "$out/host" && exec dotnet Pipeline.Host.dll --urls "http://127.0.0.1:$port" --Serilog:MinimumLevel:Default=Warning --Pipeline:WatchForChanges=false) > "$out/longdoc-host.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do nghttp "http://127.0.0.1:$port/" > /dev/null 2>&1 && break; sleep 0.1; done
  sleep 3
  idle="$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")"
  call="$(cd "$out/load" && dotnet Pipeline.Load.dll unary "http://127.0.0.1:$port" news "$document" 1 1 | tail -1)"
  peak="$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")"
  cpu="$(awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$pid/stat")"
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo "run $run: $(stat -c %s "$document") bytes; idle $((idle / 1024)) MB, peak $((peak / 1024)) MB, $(((peak - idle) / 1024)) MB above idle; host CPU ${cpu} s; ${call#*: }"
done
