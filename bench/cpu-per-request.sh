#!/bin/bash
# CPU time (user + system) that one request costs the portal process and the PostgreSQL cluster, from /proc, for N
# sequential anonymous requests per path. Unlike response times, CPU time hardly changes when other work keeps the
# machine busy, so it shows what a change saved even on a loaded machine (docs/benchmarks.md, library search).
#
# usage: bench/cpu-per-request.sh PORTAL_PID POSTMASTER_PID BASE_URL N PATH...
#   with the benchmark's --keep: PORTAL_PID is the "process id" it prints, POSTMASTER_PID the first line of
#   <cluster folder>/data/postmaster.pid, BASE_URL the portal address it prints.
# Prints one Markdown table row per path: portal ms, PostgreSQL ms, both, wall-clock ms per request.
set -euo pipefail
portal=$1; postmaster=$2; base=$3; n=$4; shift 4
tck=$(getconf CLK_TCK)
cpu() { # sum utime+stime of the given pids (ticks)
  local total=0
  for p in "$@"; do
    [ -r /proc/$p/stat ] || continue
    read -r -a f < <(sed 's/^.*) //' /proc/$p/stat)
    total=$((total + f[11] + f[12]))
  done
  echo $total
}
pgpids() { echo $postmaster $(ps -o pid= --ppid $postmaster); }
for path in "$@"; do
  curl -s -o /dev/null "$base$path"; curl -s -o /dev/null "$base$path"
  p0=$(cpu $portal); g0=$(cpu $(pgpids)); t0=$(date +%s.%N)
  for i in $(seq $n); do curl -s -o /dev/null "$base$path"; done
  p1=$(cpu $portal); g1=$(cpu $(pgpids)); t1=$(date +%s.%N)
  awk -v p=$((p1-p0)) -v g=$((g1-g0)) -v n=$n -v t=$tck -v w=$(echo "$t1 - $t0" | bc) -v path="$path" \
    'BEGIN { printf "| `%s` | %.1f | %.1f | %.1f | %.0f |\n", path, p*1000/t/n, g*1000/t/n, (p+g)*1000/t/n, w*1000/n }'
done
