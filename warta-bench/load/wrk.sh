#!/usr/bin/env bash
# Load test of 'warta serve' with wrk (Debian package 'wrk'), on loopback: 16 connections, a bounded time per
# endpoint, for full-text search, a claim filter and an article fetch. Prints requests/s, median and p99
# latency and errors for each.
#
#   warta-bench/load/wrk.sh STORE_DIR [SECONDS] [CONNECTIONS]
#
# STORE_DIR is a store folder, e.g. one made by the store bench:
#   java -Xmx1g -cp warta-bench/target/warta-bench.jar org.warta.bench.store.StoreBench 100000 10 /tmp/bench
#   warta-bench/load/wrk.sh /tmp/bench/store
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
store="${1:?usage: wrk.sh STORE_DIR [SECONDS] [CONNECTIONS]}"
seconds="${2:-30}"
connections="${3:-16}"
port="${WARTA_PORT:-7171}"
command -v wrk >/dev/null || { echo "wrk.sh: wrk is missing; apt-get install wrk" >&2; exit 2; }
jar="$root/warta-cli/target/warta.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -o -DskipTests package -pl warta-cli -am)

java -Xmx1g -jar "$jar" serve --store "$store" --port "$port" > /tmp/warta-wrk-serve.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -sf "$base/api/stats" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "$base/api/stats" >/dev/null || { echo "wrk.sh: the server did not start:" >&2; cat /tmp/warta-wrk-serve.log >&2; exit 1; }
echo "store: $(curl -s "$base/api/stats" | tr -d '\n' | cut -c1-200)"

# 20 article ids from a search, for the fetches
ids="$(curl -s "$base/api/articles?size=20&q=tentara%20OR%20troops%20OR%20killed" | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\1/' || true)"
[ -n "$ids" ] || { echo "wrk.sh: the store returned no article to fetch" >&2; exit 1; }
fetches=""
for id in $ids; do fetches="$fetches /api/articles/$id"; done

searches="/api/articles?q=tentara /api/articles?q=troops%20killed /api/articles?q=serangan&lang=id"
searches="$searches /api/articles?q=ceasefire /api/articles?q=%22rumah%20sakit%22 /api/articles?q=minister&from=2021-01-01"
claims="/api/claims?claimant=AZE&predicate=KILLED /api/claims?claimant=RUS&predicate=DESTROYED"
claims="$claims /api/claims?affected=UKR /api/claims?claimant=ISR&from=2022-01-01&to=2022-12-31"

run() {
  local name="$1" paths="$2"
  # a short warm-up, not counted
  WARTA_PATHS="$paths" wrk -t2 -c"$connections" -d5s -s "$here/report.lua" "$base" >/dev/null
  local line
  line="$(WARTA_PATHS="$paths" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$here/report.lua" "$base" | grep '^RESULT' || true)"
  printf '%-16s %s\n' "$name" "${line#RESULT }"
}
echo "wrk: $connections connections, 2 threads, ${seconds}s per endpoint after a 5 s warm-up"
run "search" "$searches"
run "claim filter" "$claims"
run "article fetch" "$fetches"
