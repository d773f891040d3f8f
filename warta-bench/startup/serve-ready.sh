#!/usr/bin/env bash
# Start-up of 'warta serve': starts COMMAND with --port PORT --store STORE, polls /api/stats every 10 ms and prints
# the wall seconds until it first answers and the CPU seconds the server had used by then, then stops it.
# Usage: serve-ready.sh PORT STORE COMMAND...   e.g. serve-ready.sh 18120 /tmp/store ./warta serve
set -u
port=$1; store=$2; shift 2
start=$(date +%s.%N)
"$@" --port "$port" --store "$store" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 3000); do
  curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/api/stats" && break
  sleep 0.01
done
end=$(date +%s.%N)
read -r user system < <(awk '{print $14, $15}' "/proc/$pid/stat")   # the launcher execs java: same pid
echo "ready after $(echo "$end - $start" | bc) s wall, $(echo "($user + $system) / $(getconf CLK_TCK)" | bc -l | cut -c1-5) s CPU"
kill -TERM "$pid"; wait "$pid" 2>/dev/null
