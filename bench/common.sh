# Sourced by the benchmark scripts: a work directory that is also HOME,
# fer-hub's credentials, and starting hubs on free ports of 127.0.0.1.
# Expects HUB (the fer-hub binary) to be set.

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
# env_names N: production and env-01 … env-(N-1), comma-separated.
env_names() { python3 -c 'import sys; print(",".join(["production"]+["env-%02d"%i for i in range(1,int(sys.argv[1]))]))' "$1"; }
