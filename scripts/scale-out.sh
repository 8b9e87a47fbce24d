#!/usr/bin/env bash
# The production topology on this machine: one PostgreSQL, two portal instances, Debian's nginx in front of them with
# the repository's configuration (deploy/nginx). Prints nginx's address; Ctrl+C stops everything it started.
#
#   scripts/scale-out.sh                 demo data, nginx on http://127.0.0.1:8080, instances on 5091 and 5092
#   PORT=9000 INSTANCE_PORTS="6001 6002" scripts/scale-out.sh
#   ConnectionStrings__Default=... scripts/scale-out.sh     another PostgreSQL server instead of the local cluster
#
# The database is migrated and seeded once, by the first instance, before the second starts (two instances starting at
# once also work: they take turns under a PostgreSQL advisory lock, see Data/StartupLock.cs). State (nginx's
# configuration, pid, temp files and logs, the instances' logs) lives in $SCALE_OUT_STATE (/var/tmp/citypartnerships/scale-out).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

port="${PORT:-8080}"
read -r port_a port_b <<<"${INSTANCE_PORTS:-5091 5092}"
state="${SCALE_OUT_STATE:-/var/tmp/citypartnerships/scale-out}"
configuration="${CONFIGURATION:-Release}"

ensure_nginx_installed
if [ -z "${ConnectionStrings__Default:-}" ]; then
  ensure_postgres_installed
  pg_port="${CITYPARTNERSHIPS_PG_PORT:-5433}"
  start_local_cluster "${CITYPARTNERSHIPS_PG_DIR:-/var/tmp/citypartnerships/postgres}" "$pg_port"
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=citypartnerships;Username=postgres"
fi

# Both instances as in production: no sticky sessions, the proxy named as the only one whose X-Forwarded-For counts.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"
export ForwardedHeaders__KnownProxies="${ForwardedHeaders__KnownProxies:-127.0.0.1}"
export Mail__PortalUrl="${Mail__PortalUrl:-http://127.0.0.1:$port/}"
portal_runtime_settings

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "Building the portal ($configuration)"
  dotnet build src/CityPartnerships.Web -c "$configuration" -v quiet -nologo
fi
binary="$PWD/src/CityPartnerships.Web/bin/$configuration/net10.0/CityPartnerships.Web.dll"

mkdir -p "$state"
pids=()
stop() {
  trap - INT TERM EXIT
  log "Stopping nginx and both instances"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

# True when http://127.0.0.1:PORT/health/ready answers 200 (bash's /dev/tcp: a fresh Debian has no curl).
ready() {
  local status
  status=$( { exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
    && read -r _ code _ <&3 && echo "$code"; } 2>/dev/null ) || return 1
  [ "$status" = 200 ]
}

wait_ready() { # wait_ready PORT NAME LOG
  for _ in $(seq 1 180); do
    if ready "$1"; then return 0; fi
    sleep 0.5
  done
  echo "$2 did not become ready; last lines of $3:" >&2
  tail -n 30 "$3" >&2
  return 1
}

start_instance() { # start_instance NAME PORT
  log "Starting instance $1 on http://127.0.0.1:$2 (log: $state/instance-$1.log)"
  (cd src/CityPartnerships.Web && exec dotnet "$binary" --urls "http://127.0.0.1:$2") >"$state/instance-$1.log" 2>&1 &
  pids+=($!)
}

# The first instance migrates and seeds; the second finds everything done.
start_instance a "$port_a"
wait_ready "$port_a" "Instance a" "$state/instance-a.log"
start_instance b "$port_b"
wait_ready "$port_b" "Instance b" "$state/instance-b.log"

sed -e "s#@STATE@#$state#g" -e "s#@PORT_A@#$port_a#g" -e "s#@PORT_B@#$port_b#g" -e "s#@PORT@#$port#g" -e "s#@REPO@#$PWD#g" \
  deploy/nginx/local-topology.conf >"$state/nginx.conf"
log "Starting nginx on http://127.0.0.1:$port (configuration: $state/nginx.conf)"
/usr/sbin/nginx -p "$state" -c "$state/nginx.conf" -e "$state/error.log" &
pids+=($!)
wait_ready "$port" "nginx" "$state/error.log"

log "The portal is at http://127.0.0.1:$port (instances: http://127.0.0.1:$port_a, http://127.0.0.1:$port_b); stop with Ctrl+C"
[ "$ASPNETCORE_ENVIRONMENT" = Demo ] && log "Demo accounts: see README.md"
# Runs until Ctrl+C (or nginx stops). An instance killed by hand leaves nginx and the other instance serving.
wait "${pids[-1]}"
