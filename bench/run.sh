#!/usr/bin/env bash
# Benchmarks: what users feel, measured against fer-hub on 127.0.0.1 with a
# release build. Prints a table of medians and the targets beside them.
#
#   bench/run.sh            # all of it (about a minute)
#
# Needs hyperfine and /usr/bin/time (Debian packages hyperfine and time; the
# script installs them with apt-get when it may) and python3 for JSON.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; }
if ! need hyperfine || ! need /usr/bin/time; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null
  else
    echo "bench: install hyperfine and time (Debian packages) first" >&2; exit 1
  fi
fi

cargo build --release --workspace --quiet
RUSTC=$(rustc --version | cut -d' ' -f1-2)   # before HOME moves below
FER=$PWD/target/release/fer
HUB=$PWD/target/release/fer-hub
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

export HOME=$WORK XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache NO_COLOR=1
export FER_ACCOUNT_ID=acc-local FER_CLIENT_ID=fer-hub-admin FER_CLIENT_SECRET=hub-admin-secret

# start_hub NAME ARGS...: starts fer-hub on a free port; sets URL_<NAME>.
start_hub() {
  local name=$1; shift
  "$HUB" --port 0 "$@" > "$WORK/$name.out" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do
    grep -q "listening on" "$WORK/$name.out" 2>/dev/null && break
    sleep 0.05
  done
  printf -v "URL_$name" '%s' "$(head -1 "$WORK/$name.out" | awk '{print $4}')"
}
use_hub() { export FER_API_URL=$1/v1 FER_AUTH_URL=$1/auth; }
# requests URL: the API requests in the hub's log since it was last cleared.
requests() { curl -s "$1/_hub/log" | python3 -c 'import json,sys; print(sum(1 for e in json.load(sys.stdin) if e["path"].startswith("/v1/")))'; }
clear_log() { curl -s -X DELETE "$1/_hub/log" >/dev/null; }
median_ms() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f" % (r["median"]*1000))' "$1"; }
peak_rss_mb() { awk -F: '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$1"; }

start_hub small
start_hub big --environments "$(python3 -c 'print(",".join(["production"]+["env-%02d"%i for i in range(1,20)]))')" \
  --webhooks-per-env 500 --page-cap 50 --delay-ms 25
start_hub apply --environments production,env-01,env-02,env-03,env-04,env-05 --delay-ms 25

ROWS=()
row() { ROWS+=("$(printf '%-52s %12s   %s' "$1" "$2" "$3")"); }

# 1. Process start.
hyperfine -N --warmup 20 --runs 300 --export-json "$WORK/version.json" "$FER --version" >/dev/null
hyperfine -N --warmup 20 --runs 300 --export-json "$WORK/events.json" "$FER events list" >/dev/null
row "fer --version (median)" "$(median_ms "$WORK/version.json") ms" "target < 5 ms"
row "fer events list (median)" "$(median_ms "$WORK/events.json") ms" "target < 5 ms"

# 2. webhook list with a warm token.
use_hub "$URL_small"
"$FER" env list >/dev/null                      # fetches and caches the token
hyperfine -N --warmup 5 --runs 100 --export-json "$WORK/list.json" "$FER webhook list --env production" >/dev/null
clear_log "$URL_small"
"$FER" webhook list --env production >/dev/null
row "webhook list, warm token (median)" "$(median_ms "$WORK/list.json") ms" "requests made: $(requests "$URL_small") (target 1)"

# 3. list --all-envs over 20 x 500 webhooks, page cap 50, 25 ms a request.
use_hub "$URL_big"
"$FER" env list >/dev/null
clear_log "$URL_big"
/usr/bin/time -v "$FER" webhook list --all-envs -o json > "$WORK/all.json" 2> "$WORK/all.time"
count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/all.json")
reqs=$(requests "$URL_big")
hyperfine -N --warmup 1 --runs 10 --export-json "$WORK/allenvs.json" "$FER webhook list --all-envs -o json" >/dev/null
all_ms=$(median_ms "$WORK/allenvs.json")
floor_ms=$((reqs * 25))
ratio=$(python3 -c "print('%.1f' % ($floor_ms / $all_ms))")
row "list --all-envs, 20x500, cap 50, 25 ms (median)" "$all_ms ms" "target < 1500 ms"
row "  webhooks returned" "$count" "target 10000"
row "  requests / sequential floor (x 25 ms)" "$reqs / $floor_ms ms" "${ratio}x under the floor (target >= 4x)"
row "  peak RSS (one run, /usr/bin/time -v)" "$(peak_rss_mb "$WORK/all.time") MB" "target < 50 MB"

# 4. apply creating 500 webhooks, 25 ms a request: one fresh environment a run.
use_hub "$URL_apply"
"$FER" env list >/dev/null
times=()
for env in env-01 env-02 env-03 env-04 env-05; do
  python3 - "$env" > "$WORK/$env.toml" <<'PY'
import sys
env = sys.argv[1]
for i in range(500):
    print(f'[[webhook]]\nenvironment = "{env}"\nevent = "Flag.created"\nurl = "https://hooks.example.com/{env}/{i}"\n')
PY
  start=$(date +%s%N)
  "$FER" webhook apply -f "$WORK/$env.toml" -q >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
apply_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
made=$(curl -s "$URL_apply/_hub/state" | python3 -c 'import json,sys; print(sum(len(e["webhooks"]) for e in json.load(sys.stdin)["environments"]))')
row "apply creating 500 webhooks, 25 ms (median of 5)" "$apply_ms ms" "target < 3000 ms (runs: ${times[*]} ms; $made made)"

# 5. The sandbox: a whole emulator started and stopped inside one command.
( export XDG_DATA_HOME=$WORK/sandbox-data
  "$FER" --sandbox env list >/dev/null
  hyperfine -N --warmup 5 --runs 100 --export-json "$WORK/sandbox.json" "$FER --sandbox webhook list --env production" >/dev/null )
row "fer --sandbox webhook list (median)" "$(median_ms "$WORK/sandbox.json") ms" "target < 50 ms"

# 6. webhook test --all: 100 webhooks whose endpoints take 100 ms to answer.
python3 - "$WORK/slow.port" <<'PY' &
import http.server, socketserver, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(0.1)
        self.send_response(200); self.send_header("content-length", "0"); self.end_headers()
    def log_message(self, *a): pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 128
s = S(("127.0.0.1", 0), H)
open(sys.argv[1], "w").write(str(s.server_address[1]))
s.serve_forever()
PY
PIDS+=($!)
for _ in $(seq 100); do [ -s "$WORK/slow.port" ] && break; sleep 0.05; done
python3 - "$(cat "$WORK/slow.port")" > "$WORK/slow-seed.json" <<'PY'
import json, sys
port = sys.argv[1]
hooks = [{"event": "Flag.created", "url": f"http://127.0.0.1:{port}/{i}", "description": ""} for i in range(100)]
print(json.dumps({"environments": [{"name": "production", "is_main": True, "webhooks": hooks}]}))
PY
start_hub slow --seed "$WORK/slow-seed.json"
use_hub "$URL_slow"
"$FER" env list >/dev/null
hyperfine -N --warmup 1 --runs 5 --export-json "$WORK/testall.json" "$FER webhook test --all --env production" >/dev/null
row "webhook test --all, 100 endpoints of 100 ms (median)" "$(median_ms "$WORK/testall.json") ms" "target < 2000 ms (sequential floor 10000 ms)"

# 7. An endless answer: fer stops reading at its cap.
use_hub "$URL_small"
"$FER" env list >/dev/null
curl -s -X POST "$URL_small/_hub/faults" -H 'content-type: application/json' -d '{"kind":"endless"}' >/dev/null
/usr/bin/time -v "$FER" env list > /dev/null 2> "$WORK/endless.time" || true
grep -q "larger than" "$WORK/endless.time" && cut_off=yes || cut_off=no
row "env list against an endless body: peak RSS" "$(peak_rss_mb "$WORK/endless.time") MB" "target < 100 MB (cut off with exit 1: $cut_off)"

echo
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
echo "fer benchmarks, $(date -u +%Y-%m-%d): $(nproc) cores ($cpu, $(uname -m)), $mem RAM, $(uname -sr), $RUSTC"
echo
printf '%-52s %12s   %s\n' "measure" "result" "note"
printf '%s\n' "${ROWS[@]}"
