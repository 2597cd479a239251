#!/usr/bin/env bash
# Two builds of fer side by side, in one run, against the same fer-hubs on
# 127.0.0.1: the figures a refactor must keep (startup, a warm list, the
# 20 x 500 listing, an apply of 500), as medians and the ratio after/before.
# Each figure is taken in rounds, the builds taking turns at going first.
#
#   bench/compare.sh BEFORE_FER [AFTER_FER]     # AFTER defaults to this checkout's release build
#
# A BEFORE build: git worktree add /tmp/before REV && cargo build --release
# --manifest-path /tmp/before/Cargo.toml. Needs hyperfine and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

BEFORE=$(realpath "${1:?usage: bench/compare.sh BEFORE_FER [AFTER_FER]}")
cargo build --release --workspace --quiet
AFTER=$(realpath "${2:-target/release/fer}")
HUB=$PWD/target/release/fer-hub
source bench/common.sh
# medians FILE: the two medians of a hyperfine run, in ms.
medians() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join("%.2f" % (x["median"]*1000) for x in r))' "$1"; }
ROWS=()
row() {
  local ratio
  ratio=$(python3 -c 'import sys; b,a=map(float,sys.argv[1:]); print("%.3f" % (a/b))' "$2" "$3")
  ROWS+=("$(printf '%-40s %10s ms %10s ms   %s' "$1" "$2" "$3" "$ratio")")
}
# side_by_side NAME FILE ROUNDS HYPERFINE_OPTS... -- BEFORE_CMD AFTER_CMD: ROUNDS
# hyperfine runs, the two builds taking turns at going first (drift on a
# shared machine falls on both); the median of each build's medians.
side_by_side() {
  local name=$1 file=$2 rounds=$3; shift 3
  local opts=() bs=() as=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  local before_cmd=$1 after_cmd=$2 r b a
  for r in $(seq 1 "$rounds"); do
    if [ $((r % 2)) = 1 ]; then
      hyperfine -N "${opts[@]}" --export-json "$WORK/$file.$r.json" "$before_cmd" "$after_cmd" >/dev/null 2>&1
      read -r b a < <(medians "$WORK/$file.$r.json")
    else
      hyperfine -N "${opts[@]}" --export-json "$WORK/$file.$r.json" "$after_cmd" "$before_cmd" >/dev/null 2>&1
      read -r a b < <(medians "$WORK/$file.$r.json")
    fi
    bs+=("$b"); as+=("$a")
  done
  local mid=$(( (rounds + 1) / 2 ))
  b=$(printf '%s\n' "${bs[@]}" | sort -n | sed -n "${mid}p")
  a=$(printf '%s\n' "${as[@]}" | sort -n | sed -n "${mid}p")
  row "$name" "$b" "$a"
}

start_hub small
start_hub big --environments "$(env_names 20)" \
  --webhooks-per-env 500 --page-cap 50 --delay-ms 25
start_hub apply --environments "$(env_names 12)" --delay-ms 25

side_by_side "fer --version" version 5 --warmup 20 --runs 200 -- "$BEFORE --version" "$AFTER --version"

use_hub "$URL_small"
"$AFTER" webhook list --env production >/dev/null   # a token in the cache
side_by_side "webhook list, warm token" list 5 --warmup 5 --runs 60 -- \
  "$BEFORE webhook list --env production" "$AFTER webhook list --env production"

use_hub "$URL_big"
side_by_side "list --all-envs -o json, 20 x 500" allenvs 3 --warmup 1 --runs 6 -- \
  "$BEFORE webhook list --all-envs -o json" "$AFTER webhook list --all-envs -o json"

# Apply creating 500 webhooks: a fresh environment a run, the builds taking turns.
use_hub "$URL_apply"
for i in $(seq 1 10); do
  env=$(printf 'env-%02d' "$i")
  python3 - "$env" > "$WORK/$env.toml" <<'EOF'
import sys
env = sys.argv[1]
for i in range(500):
    print(f'[[webhook]]\nenvironment = "{env}"\nevent = "Flag.created"\nurl = "https://hooks.example.com/{env}/{i}"\n')
EOF
done
declare -a tb ta
for i in $(seq 1 10); do
  env=$(printf 'env-%02d' "$i")
  bin=$BEFORE; [ $((i % 2)) = 0 ] && bin=$AFTER
  s=$(date +%s%N)
  "$bin" webhook apply -f "$WORK/$env.toml" -q >/dev/null
  ms=$(( ($(date +%s%N) - s) / 1000000 ))
  if [ "$bin" = "$BEFORE" ]; then tb+=("$ms"); else ta+=("$ms"); fi
done
mb=$(printf '%s\n' "${tb[@]}" | sort -n | sed -n 3p)
ma=$(printf '%s\n' "${ta[@]}" | sort -n | sed -n 3p)
row "apply creating 500 (median of 5)" "$mb" "$ma"

echo
printf '%-40s %13s %13s   %s\n' "figure" "before" "after" "after/before"
printf '%s\n' "${ROWS[@]}"
printf '\nbefore: %s (%s bytes)\nafter:  %s (%s bytes)\n' "$BEFORE" "$(stat -c %s "$BEFORE")" "$AFTER" "$(stat -c %s "$AFTER")"
