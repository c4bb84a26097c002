-- wrk script: GET the path given after "--" (a story), with the same one-line result as summarize.lua.
local path = "/"

function init(args)
  path = args[1]
end

function request()
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT req/s=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
