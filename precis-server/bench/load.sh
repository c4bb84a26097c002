#!/usr/bin/env bash
# Load benchmark of `precis serve` on loopback with wrk (Debian package `wrk`): time from start to
# the first answer, POST /v1/summarize at several connection counts (aleppo-size clusters), the
# story route GET /v1/stories/{id} (a fresh store holding the aleppo-truce articles), then a soak
# with resident memory before and after. Settings: PORT, WARMUP, STEP, CONNECTIONS, SOAK,
# SOAK_CONNECTIONS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$root/../shared}"
port="${PORT:-8190}"
url="http://127.0.0.1:$port"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
python3 "$here/bodies.py" "$shared" 40 >"$work/bodies.jsonl"
head -n 1 "$work/bodies.jsonl" >"$work/aleppo.json"
"$root/precis" --version >/dev/null   # builds the jar (and its class-data archive) when needed

python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); print(json.dumps({"articles": c["documents"]}))' \
  "$work/aleppo.json" >"$work/articles.json"
started=$(date +%s%N)
"$root/precis" serve --port "$port" --store "$work/store" >"$work/server.log" 2>&1 &
server=$!
until curl -s -o /dev/null "$url/live"; do sleep 0.01; done
live=$(date +%s%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' --data-binary @"$work/aleppo.json" "$url/v1/summarize")" = 200 ]; do
  sleep 0.01
done
first=$(date +%s%N)
echo "start: /live after $(( (live - started) / 1000000 )) ms; first summary after $(( (first - started) / 1000000 )) ms" \
  "(server CPU time by then: $(ps -o cputimes= -p "$server" | tr -d ' ') s; load average $(cut -d' ' -f1 /proc/loadavg))"
rss() { echo "$(( $(ps -o rss= -p "$server") / 1024 )) MiB"; }
echo "rss after start: $(rss)"

# A fresh JVM compiles for its first ~2,000 summaries (the compiler threads take as much CPU as the
# requests), so the steps measure the steady state only after about a minute of warm-up on 2 cores.
wrk --timeout 30s -t2 -c2 -d"${WARMUP:-60s}" -s "$here/summarize.lua" "$url" -- "$work/bodies.jsonl" | grep RESULT | sed 's/^/warm-up: /'
for c in ${CONNECTIONS:-1 2 3 4 8}; do
  threads=$(( c < 2 ? c : 2 ))
  wrk --timeout 30s -t"$threads" -c"$c" -d"${STEP:-15s}" -s "$here/summarize.lua" "$url" -- "$work/bodies.jsonl" \
    | grep RESULT | sed "s/^/summarize c=$c: /"
done
story=$(curl -s --data-binary @"$work/articles.json" "$url/v1/articles" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"][0]["story"])')
curl -s -o /dev/null "$url/v1/stories/$story"
for c in 8 32; do
  wrk --timeout 30s -t2 -c"$c" -d"${STEP:-15s}" -s "$here/get.lua" "$url" -- "/v1/stories/$story" \
    | grep RESULT | sed "s|^|GET /v1/stories/$story c=$c: |"
done
echo "soak: rss before $(rss)"
wrk --timeout 30s -t2 -c"${SOAK_CONNECTIONS:-2}" -d"${SOAK:-120s}" -s "$here/summarize.lua" "$url" -- "$work/bodies.jsonl" \
  | grep RESULT | sed "s/^/soak c=${SOAK_CONNECTIONS:-2} ${SOAK:-120s}: /"
echo "soak: rss after $(rss); load average $(cut -d' ' -f1 /proc/loadavg)"
curl -s "$url/metrics" | grep -E '^precis_http_errors_total|^precis_summaries_cancelled_total' || true
