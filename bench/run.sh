#!/usr/bin/env bash
# Benchmarks: what users feel, measured against fer-hub on 127.0.0.1 with a
# release build. Prints a table of medians and the targets beside them.
#
#   bench/run.sh            # all of it (a few minutes)
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
source bench/common.sh
# requests URL: the API requests in the hub's log since it was last cleared.
requests() { curl -s "$1/_hub/log" | python3 -c 'import json,sys; print(sum(1 for e in json.load(sys.stdin) if e["path"].startswith("/v1/")))'; }
clear_log() { curl -s -X DELETE "$1/_hub/log" >/dev/null; }
median_ms() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f" % (r["median"]*1000))' "$1"; }
peak_rss_mb() { awk -F: '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$1"; }

start_hub small
start_hub big --environments "$(env_names 20)" \
  --webhooks-per-env 500 --page-cap 50 --delay-ms 25
start_hub apply --environments production,env-01,env-02,env-03,env-04,env-05 --delay-ms 25

ROWS=()
SB=()
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


# --- Scale: fer side by side with a plain 8-thread (or 32-thread) Python
# client (bench/reference.py) against the same fer-hub, in this run.
REF=$PWD/bench/reference.py
secs() { python3 -c "print('%.2f' % (($2 - $1) / 1e9))" ; }
timed() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); secs "$s" "$e"; }
ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }

# 8. Reading and planning a 100k-entry apply file (one environment, empty).
start_hub empty --environments production
use_hub "$URL_empty"; "$FER" env list >/dev/null
python3 - > "$WORK/100k.toml" <<'PY'
for i in range(100000):
    print(f'[[webhook]]\nenvironment = "production"\nevent = "Flag.created"\nurl = "https://hooks.example.com/{i}"\ndescription = "hook {i}"\n')
PY
/usr/bin/time -v "$FER" webhook apply -f "$WORK/100k.toml" --check -q > /dev/null 2> "$WORK/read100k.time" || true
read_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); print a[1]*60+a[2]}' "$WORK/read100k.time")
row "apply --check reading a 100k-entry file" "${read_s} s" "target < 2 s; peak RSS $(peak_rss_mb "$WORK/read100k.time") MB"

# 9. An account of 100 x 1000 webhooks (page cap 50, 10 ms a request).
start_hub huge --environments "$(env_names 100)" \
  --webhooks-per-env 1000 --page-cap 50 --delay-ms 10
use_hub "$URL_huge"; "$FER" env list >/dev/null
/usr/bin/time -v "$FER" webhook list --all-envs -o json > "$WORK/huge.json" 2> "$WORK/huge.time"
list_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); print a[1]*60+a[2]}' "$WORK/huge.time")
/usr/bin/time -v python3 "$REF" list "$URL_huge" 8 > /dev/null 2> "$WORK/huge-ref.time"
ref_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); print a[1]*60+a[2]}' "$WORK/huge-ref.time")
row "list --all-envs, 100x1000 (100k)" "${list_s} s" "reference (8 threads) ${ref_s} s; RSS fer $(peak_rss_mb "$WORK/huge.time") MB (target < 100), reference $(peak_rss_mb "$WORK/huge-ref.time") MB"
export_s=$(timed sh -c "'$FER' webhook export --all-envs > '$WORK/huge.toml'")
/usr/bin/time -v "$FER" webhook apply -f "$WORK/huge.toml" --check --prune -q > /dev/null 2> "$WORK/check.time"; check_code=$?
check_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); print a[1]*60+a[2]}' "$WORK/check.time")
refcheck_s=$(timed python3 "$REF" check "$URL_huge" 8 "$WORK/huge.toml")
row "export -> apply --check, 100k" "${check_s} s" "export ${export_s} s: $(ratio "$check_s" "$export_s")x (target <= 1.5x); RSS $(peak_rss_mb "$WORK/check.time") MB (target < 300); exit $check_code; reference ${refcheck_s} s"

# 10. test --all: 200 endpoints, 4 of them take 3 s (the others 100 ms).
python3 - "$WORK/mixed.port" <<'PY' &
import http.server, socketserver, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(3 if self.path.startswith("/slow") else 0.1)
        self.send_response(200); self.send_header("content-length", "0"); self.end_headers()
    def log_message(self, *a): pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 256
s = S(("127.0.0.1", 0), H)
open(sys.argv[1], "w").write(str(s.server_address[1]))
s.serve_forever()
PY
PIDS+=($!)
for _ in $(seq 100); do [ -s "$WORK/mixed.port" ] && break; sleep 0.05; done
python3 - "$(cat "$WORK/mixed.port")" > "$WORK/mixed-seed.json" <<'PY'
import json, sys
port = sys.argv[1]
hooks = [{"event": "Flag.created", "url": f"http://127.0.0.1:{port}/{'slow' if i % 50 == 0 else 'fast'}/{i}", "description": ""} for i in range(200)]
print(json.dumps({"environments": [{"name": "production", "is_main": True, "webhooks": hooks}]}))
PY
start_hub mixed --seed "$WORK/mixed-seed.json"
use_hub "$URL_mixed"; "$FER" env list >/dev/null
fer_t=$(timed "$FER" webhook test --all --env production)
ref_t=$(timed python3 "$REF" test "$URL_mixed" 8)
row "test --all, 200 endpoints, 4 take 3 s" "${fer_t} s" "reference (8 workers) ${ref_t} s: $(ratio "$fer_t" "$ref_t")x (target <= 1.2x; floor 3.95 s)"

# 11. The sandbox's apply making 1k / 5k / 20k webhooks.
for n in 1000 5000 20000; do
  python3 - "$n" > "$WORK/sb$n.toml" <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print(f'[[webhook]]\nenvironment = "staging"\nevent = "Flag.created"\nurl = "http://127.0.0.1:9/{i}"\n')
PY
  sb_t=$( export XDG_DATA_HOME=$WORK/sb$n; timed "$FER" --sandbox webhook apply -f "$WORK/sb$n.toml" --yes -q )
  SB+=("$n: ${sb_t} s")
done
row "--sandbox webhook apply making 1k / 5k / 20k" "${SB[2]#*: }" "${SB[*]} (target 20k < 2 s)"

# 12. apply creating 2,000 (25 ms a request) at 8 and 32 in flight.
start_hub wide --environments production,f8,f32,r8,r32 --delay-ms 25
use_hub "$URL_wide"; "$FER" env list >/dev/null
for c in 8 32; do
  python3 - "f$c" > "$WORK/w$c.toml" <<'PY'
import sys
env = sys.argv[1]
for i in range(2000):
    print(f'[[webhook]]\nenvironment = "{env}"\nevent = "Flag.created"\nurl = "https://hooks.example.com/{env}/{i}"\n')
PY
  fw=$(timed "$FER" --concurrency "$c" webhook apply -f "$WORK/w$c.toml" -q)
  rw=$(timed python3 "$REF" create "$URL_wide" "$c" 2000 "r$c")
  row "apply creating 2,000, $c in flight" "${fw} s" "reference ($c threads) ${rw} s: $(ratio "$fw" "$rw")x"
done

# 13. A public listener's start: stub tunnel, probe, 2 leases.
use_hub "$URL_small"; "$FER" env list >/dev/null
pub_ms=$(python3 - "$FER" "$PWD/tests/tools/stub_tunnel.py" <<'PY'
import subprocess, sys, time
fer, stub = sys.argv[1], sys.argv[2]
t = time.time()
p = subprocess.Popen([fer, "webhook", "listen", "--port", "0", "--public", "--tunnel", f"python3 {stub} {{url}}",
                      "--env", "staging", "--event", "flag-created", "--event", "flag-removed"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
n = 0
for line in p.stderr:
    if "Leased webhook" in line:
        n += 1
        if n == 2:
            break
ms = (time.time() - t) * 1000
p.send_signal(2); p.wait(10)
print("%.0f" % ms)
PY
)
row "listen --public start (tunnel, probe, 2 leases)" "${pub_ms} ms" "target < 1000 ms"

# 14. listen under load: 5,000 deliveries printed; 10,000 journalled.
load() {  # load PORT N: N POSTs from 8 threads; prints deliveries a second
python3 - "$1" "$2" <<'PY'
import concurrent.futures as cf, http.client, json, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
body = json.dumps({"event": "Flag.created", "user_id": "u", "user_email": "a@b.c", "user_role": "MEMBER",
                   "date": "2026-12-01T10:00:00+00:00", "flag_id": "f", "flag_name": "x", "flag_type": "boolean"})
def worker(k):
    c = http.client.HTTPConnection("127.0.0.1", port)
    for _ in range(k):
        c.request("POST", "/hook", body, {"content-type": "application/json"}); c.getresponse().read()
t = time.time()
with cf.ThreadPoolExecutor(8) as p:
    list(p.map(worker, [n // 8] * 8))
print("%.0f" % (n / (time.time() - t)))
PY
}
listen_port() { for _ in $(seq 100); do grep -q "Listening on" "$1" 2>/dev/null && break; sleep 0.05; done; sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' "$1" | head -1; }
"$FER" webhook listen --port 0 --max-events 5000 > "$WORK/listen.out" 2> "$WORK/listen.err" &
LP=$!; PIDS+=($LP)
rate=$(load "$(listen_port "$WORK/listen.err")" 5000)
wait "$LP" 2>/dev/null || true
row "listen: deliveries printed a second (5,000, 8 senders)" "$rate /s" "target >= 1000 /s; lines printed: $(wc -l < "$WORK/listen.out")"
/usr/bin/time -v "$FER" webhook listen --port 0 --max-events 10000 --save "$WORK/j.jsonl" > /dev/null 2> "$WORK/journal.err" &
LP=$!; PIDS+=($LP)
jrate=$(load "$(listen_port "$WORK/journal.err")" 10000)
wait "$LP" 2>/dev/null || true
row "listen --save: 10,000 journalled" "$jrate /s" "peak RSS $(peak_rss_mb "$WORK/journal.err") MB (bounded: target < 50 MB); lines $(wc -l < "$WORK/j.jsonl")"

echo
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
echo "fer benchmarks, $(date -u +%Y-%m-%d): $(nproc) cores ($cpu, $(uname -m)), $mem RAM, $(uname -sr), $RUSTC"
echo
printf '%-52s %12s   %s\n' "measure" "result" "note"
printf '%s\n' "${ROWS[@]}"
