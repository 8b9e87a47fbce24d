#!/usr/bin/env bash
# The scale-out load run (docs/benchmarks.md "Scale-out"): the signed-in partnership list through nginx, driven by wrk,
# with nginx passing to ONE instance and then to TWO instances (scripts/scale-out.sh's topology, demo data), in
# interleaved rounds. Not part of CI.
#
#   scripts/scale-out-bench.sh                                   # 3 rounds of 20 s at 16 and 64 connections
#   ROUNDS=1 SECONDS_PER_ROUND=10 CONNECTIONS=16 scripts/scale-out-bench.sh
#   SKIP_BUILD=1 CONFIGURATION=Release scripts/scale-out-bench.sh
#
# Prints per round and set-up: requests/s, p50/p99 latency and errors. Two instances can only be faster than one when
# the machine has cores to spare for the second; see docs/benchmarks.md for what a 2-core machine shows.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

rounds="${ROUNDS:-3}"
seconds="${SECONDS_PER_ROUND:-20}"
connections="${CONNECTIONS:-16 64}"
state="${SCALE_OUT_STATE:-/var/tmp/citypartnerships/scale-out-bench}"
both_port=8180
one_port=8181
read -r port_a port_b <<<"5191 5192"
email=duesseldorf.staff@example.org
password='Partnerships-Demo-2026!' # the demo accounts' password (DemoDataSeeder), not a secret

command -v wrk >/dev/null || { log "Installing wrk (Debian package 'wrk')"; apt_install wrk; }
command -v curl >/dev/null || { log "Installing curl"; apt_install curl; }
mkdir -p "$state"

# The topology: nginx on $both_port in front of both instances (Release build, logs in $state).
log "Starting the topology (scripts/scale-out.sh)"
PORT=$both_port INSTANCE_PORTS="$port_a $port_b" SCALE_OUT_STATE="$state" CONFIGURATION="${CONFIGURATION:-Release}" \
  ASPNETCORE_ENVIRONMENT=Demo Serilog__MinimumLevel__Default=Warning scripts/scale-out.sh >"$state/scale-out.log" 2>&1 &
topology=$!
one_nginx=
cleanup() {
  [ -n "$one_nginx" ] && kill "$one_nginx" 2>/dev/null || true
  kill "$topology" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 600); do
  grep -q "The portal is at" "$state/scale-out.log" 2>/dev/null && break
  kill -0 "$topology" 2>/dev/null || { cat "$state/scale-out.log" >&2; exit 1; }
  sleep 1
done

# A second nginx with the same configuration whose upstream is instance A alone.
mkdir -p "$state/one"
sed -e "s#@STATE@#$state/one#g" -e "s#@PORT_A@#$port_a#g" -e "s#@PORT_B@#$port_a#g" -e "s#@PORT@#$one_port#g" -e "s#@REPO@#$PWD#g" \
  deploy/nginx/local-topology.conf >"$state/one/nginx.conf"
/usr/sbin/nginx -p "$state/one" -c "$state/one/nginx.conf" -e "$state/one/error.log" &
one_nginx=$!
sleep 1

log "Signing in as $email through nginx"
set_cookies() { tr -d '\r' | grep -i '^set-cookie:' | sed 's/^[^:]*: *//; s/;.*//' | paste -sd ';' - | sed 's/;/; /g'; }
login_headers=$(curl -fs -D - -o "$state/login.html" "http://127.0.0.1:$both_port/Account/Login")
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$state/login.html" | head -n 1 | sed 's/.*value="//; s/"$//')
cookie=$(curl -s -D - -o /dev/null -H "Cookie: $(set_cookies <<<"$login_headers")" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token" \
  "http://127.0.0.1:$both_port/Account/Login" | set_cookies)
for port in $both_port $one_port; do
  bytes=$(curl -fs -H "Cookie: $cookie" -H "Accept-Language: en" "http://127.0.0.1:$port/Partnerships" | wc -c)
  [ "$bytes" -gt 10000 ] || { echo "The signed-in list was not served through port $port ($bytes bytes)" >&2; exit 1; }
done

run() { # run PORT CONNECTIONS -> "requests/s p50 p99 errors"
  local out
  out=$(wrk -t 2 -c "$2" -d "${seconds}s" --latency -H "Cookie: $cookie" -H "Accept-Language: en" "http://127.0.0.1:$1/Partnerships")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {sum += $NF} END {print sum + 0}' <<<"$out")
  echo "$rps $p50 $p99 $errors"
}

log "Warming up both set-ups (10 s each)"
seconds_saved=$seconds; seconds=10
run $one_port 16 >/dev/null; run $both_port 16 >/dev/null
seconds=$seconds_saved

printf '\n%-12s %-6s %-5s %12s %10s %10s %7s\n' "connections" "round" "set-up" "requests/s" "p50" "p99" "errors"
for c in $connections; do
  for round in $(seq 1 "$rounds"); do
    read -r rps p50 p99 errors <<<"$(run $one_port "$c")"
    printf '%-12s %-6s %-5s %12s %10s %10s %7s\n' "$c" "$round" "one" "$rps" "$p50" "$p99" "$errors"
    read -r rps p50 p99 errors <<<"$(run $both_port "$c")"
    printf '%-12s %-6s %-5s %12s %10s %10s %7s\n' "$c" "$round" "two" "$rps" "$p50" "$p99" "$errors"
  done
done
echo
log "CPU: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
