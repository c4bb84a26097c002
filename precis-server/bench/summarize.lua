-- wrk script: POST /v1/summarize, cycling through the bodies file given after "--".
local bodies = {}
local next_body = 0

function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/v1/summarize", {["Content-Type"] = "application/json"}, bodies[next_body])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT req/s=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
