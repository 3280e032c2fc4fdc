#!/usr/bin/env bash
# DocPipe's news plugins against compromise (npm) on the same article, on this machine, in one run:
#
#   bench/peers.sh [SECONDS]        (default 10 s per measurement; needs Node.js and npm)
#
# Both sides on one thread, after a warm-up. Ours: the entities and quotes steps alone, in thread CPU time
# (Pipeline.Benchmarks steps), and the whole news chain per document (Pipeline.Benchmarks profile); theirs:
# bench/peers/compromise.js. compromise reads the scrape as it is, our steps the text the cleaners made of it.
set -euo pipefail

seconds="${1:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
sample="$root/../shared/samples/000_2513f709a0890ad6.txt"
[ -f "$sample" ] || { echo "no sample at $sample" >&2; exit 2; }

npm ci --prefix "$root/bench/peers" --no-audit --no-fund > /dev/null
dotnet build "$root/tests/Benchmarks" -c Release --nologo -v quiet > /dev/null
bench="$root/tests/Benchmarks/bin/Release/net10.0/Pipeline.Benchmarks"

# About one document per millisecond: as many as the seconds asked for.
documents=$(( seconds * 1000 ))
steps="$("$bench" steps news "$documents")"
chain="$("$bench" profile news "$documents")"
theirs="$(node "$root/bench/peers/compromise.js" "$sample" "$seconds")"

ours_people_quotes=$(awk '$1 == "entities" || $1 == "quotes" { sum += $2 } END { printf "%.3f", sum / 1000 }' <<< "$steps")
ours_chain=$(awk '$1 == "cpu" && $3 == "document" { printf "%.3f", $4 / 1000 }' <<< "$chain")
theirs_people_quotes=$(awk -F'\t' '$1 == "people+quotes" { print $2 + 0 }' <<< "$theirs")
theirs_all=$(awk -F'\t' '$1 == "all" { print $2 + 0 }' <<< "$theirs")

echo "$steps" >&2
echo "$theirs" >&2
printf '%-52s %10s %10s %8s\n' "work, on the sample" "DocPipe" "compromise" "ratio"
printf '%-52s %8s ms %8s ms %7.0fx\n' "people and quotes (entities + quotes steps)" "$ours_people_quotes" "$theirs_people_quotes" \
  "$(awk -v a="$theirs_people_quotes" -v b="$ours_people_quotes" 'BEGIN { print a / b }')"
printf '%-52s %8s ms %8s ms %7.0fx\n' "whole news chain vs compromise people and quotes" "$ours_chain" "$theirs_people_quotes" \
  "$(awk -v a="$theirs_people_quotes" -v b="$ours_chain" 'BEGIN { print a / b }')"
printf '%-52s %8s ms %8s ms %7.0fx\n' "whole news chain vs compromise all it offers" "$ours_chain" "$theirs_all" \
  "$(awk -v a="$theirs_all" -v b="$ours_chain" 'BEGIN { print a / b }')"
