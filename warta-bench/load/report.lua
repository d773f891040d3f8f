-- wrk script for wrk.sh: requests cycle through the paths in WARTA_PATHS (space-separated), and the run
-- ends with one RESULT line: requests, requests/s, median and 99th-percentile latency, errors of every kind.
local paths = {}
for p in string.gmatch(os.getenv("WARTA_PATHS") or "/api/stats", "%S+") do
  paths[#paths + 1] = p
end
local n = 0

request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d (non-2xx %d, timeouts %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, e.status, e.timeout))
end
