#!/usr/bin/env bash
# Start-up and idle memory of the published host with all built-in plugins:
#
#   bench/startup.sh [RUNS]        (default 5; needs nghttp: apt-get install nghttp2-client)
#
# Each run starts the host and times it to its first answered Process request (the news chain on the
# sample, grpc-status 0), with the CPU time it had used by then (steadier than the wall clock on a shared
# machine), then reads its resident memory after five idle seconds. The host is published for this
# machine's runtime identifier, which makes it and its plugins ReadyToRun (src/Pipeline.Host's project).
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
sample="$root/../shared/samples/000_2513f709a0890ad6.txt"
out="$root/bench/out"
port=5303

command -v nghttp > /dev/null || { echo "bench/startup.sh needs nghttp (apt-get install nghttp2-client)" >&2; exit 2; }
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
# A fresh folder: files of an earlier publish (IL, or another runtime) would stay beside the new ones.
rm -rf "$out/host"
dotnet publish "$root/src/Pipeline.Host" -c Release -r "$rid" -o "$out/host" --nologo -v quiet > /dev/null
dotnet publish "$root/bench/Pipeline.Load" -c Release -o "$out/load" --nologo -v quiet > /dev/null
dotnet "$out/load/Pipeline.Load.dll" frame "$sample" news "$out/news.bin"

for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$out/host" && exec dotnet Pipeline.Host.dll --urls "http://127.0.0.1:$port" --Serilog:MinimumLevel:Default=Warning) > "$out/startup.log" 2>&1 &
  pid=$!
  until nghttp -H ':method: POST' -H 'content-type: application/grpc' -H 'te: trailers' -d "$out/news.bin" -v \
      "http://127.0.0.1:$port/docpipe.v1.PipelineService/Process" 2> /dev/null | grep -aq 'grpc-status: 0'; do
    kill -0 "$pid" 2> /dev/null || { echo "the host stopped:" >&2; cat "$out/startup.log" >&2; exit 1; }
    sleep 0.02
  done
  first=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
  sleep 5
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo "run $run: first answer after $first ms ($cpu ms CPU), idle resident memory $rss MB"
done
