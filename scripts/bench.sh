#!/usr/bin/env bash
# The yardstick benchmark of issue 14 (docs/benchmarks.md): the portal's partnership list against a plain-Npgsql page
# with the same SQL and the same size (bench/CityPartnerships.Yardstick), both in Release/Production, driven by wrk in
# interleaved rounds (portal, yardstick, portal, ...) at 4, 16 and 64 connections; then depth, details, dashboards and
# the association overview through the in-process benchmark (bench/CityPartnerships.Benchmarks) on the same data set.
#
#   scripts/bench.sh                  # everything, about 25 minutes
#   ROUNDS=1 SECONDS_PER_ROUND=10 CONNECTIONS="16" scripts/bench.sh   # a quick look
#   SKIP_DEPTH=1 scripts/bench.sh     # only the yardstick comparison
#   SKIP_BUILD=1 scripts/bench.sh     # the Release build is current
#   WARMUP_SECONDS=60                 # each app is driven this long before the first round (default 60)
#   DEPTH_SECONDS=40                  # the depth pages on their own, per account, after the every-page run (default 40)
#   SKIP_LOAD=1 scripts/bench.sh      # the data set from the last run is still in the cluster
#   LIBRARY=1 scripts/bench.sh        # instead of the comparison: the library's search (issue 11) with word pairs nobody
#                                     # asked in the last minute (bench/library-pairs.lua), 4 connections, 3 rounds a
#                                     # minute apart; PRACTICE_TEXT=salad loads the worst case instead of topical texts
#   SOAK=1 scripts/bench.sh           # instead of the comparison: every page in turn for SOAK_SECONDS (default 300) at
#                                     # 16 connections, the working set every 30 s (issue 15: under 400 MB, not growing)
#   PROFILE=1 scripts/bench.sh        # instead of the comparison: a CPU trace of the portal under wrk load (16
#                                     # connections, PROFILE_SECONDS, default 20) with dotnet-trace, summarised by
#                                     # scripts/lib/trace_summary.py (top frames, inclusive and exclusive), and the
#                                     # statements per request from pg_stat_statements
#
# Prints per round: requests/s, p50/p95/p99 latency, errors, CPU milliseconds per request of the app and of PostgreSQL,
# and the portal/yardstick ratio; then the median ratio per connection count. The machine is shared and noisy: the
# ratio within one run is the figure that counts, absolute figures are context.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

rounds="${ROUNDS:-3}"
seconds="${SECONDS_PER_ROUND:-20}"
connections="${CONNECTIONS:-4 16 64}"
pg_port="${CITYPARTNERSHIPS_BENCH_PG_PORT:-55433}"
portal_port="${CITYPARTNERSHIPS_BENCH_PORTAL_PORT:-5180}"
yardstick_port="${CITYPARTNERSHIPS_BENCH_YARDSTICK_PORT:-5181}"
work="${CITYPARTNERSHIPS_BENCH_DIR:-/var/tmp/citypartnerships/bench}"
database=bench_yardstick
email=duesseldorf.staff@example.org
password='Partnerships-Demo-2026!' # the demo accounts' password (DemoDataSeeder), not a secret
threads=2

if ! command -v wrk >/dev/null; then
  log "Installing wrk (Debian package 'wrk')"
  apt_install wrk
fi
ensure_postgres_installed

mkdir -p "$work"
pg_dir="$work/postgres"
start_local_cluster "$pg_dir" "$pg_port"
if [ -n "${PROFILE:-}" ] && ! grep -q pg_stat_statements "$pg_dir/postgresql.auto.conf"; then
  # The profile counts statements per request; the extension ships with PostgreSQL but must be loaded at start.
  "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -X -q -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
  as_pg_owner "$(pg_bin_dir)/pg_ctl" -D "$pg_dir" -l "$pg_dir/server.log" -w -t 30 restart >/dev/null
fi
admin_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
# The in-process benchmark (bench/CityPartnerships.Benchmarks, Release) against this cluster.
in_process_benchmark() {
  CITYPARTNERSHIPS_TEST_CONNECTION="$admin_connection" dotnet run -c Release --no-build --project bench/CityPartnerships.Benchmarks -- "$@"
}
# Both apps with the same pool, and together within PostgreSQL's default max_connections (100).
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database;Maximum Pool Size=40"
psql_db() { "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -X -q -At "$@"; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  as_pg_owner "$(pg_bin_dir)/pg_ctl" -D "$pg_dir" stop -m fast >/dev/null 2>&1 || true
}
trap cleanup EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
  log "Building in Release"
  dotnet build CityPartnerships.sln -c Release -nologo -v quiet >/dev/null
fi

if [ -n "${SKIP_LOAD:-}" ] && [ "$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" = 1 ]; then
  log "Reusing the data set already in $database (SKIP_LOAD)"
else
  log "Loading the large data set (10,000 cities, 50,000 partnerships, 200,000 activities) into $database"
  psql_db -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
  in_process_benchmark --data-only "$database" --practices 5000 --practice-text "${PRACTICE_TEXT:-topical}" | sed 's/^/    /'
fi

# Production needs a certificate for its data-protection keys: a throwaway one for this run.
if [ ! -f "$work/keys.pfx" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 30 -subj /CN=bench 2>/dev/null
  openssl pkcs12 -export -out "$work/keys.pfx" -inkey "$work/key.pem" -in "$work/cert.pem" -passout pass:bench
fi

log "Starting the portal on 127.0.0.1:$portal_port (Release, Production, behind a TLS proxy as deployed)"
# Its content root is the project folder, as the container's is /app: appsettings.json (log levels) and wwwroot apply.
# Started from the repository root without it, the portal ran without its settings and logged ~13 lines per request.
# Production cookies are Secure (__Host-): the requests say they came over HTTPS through a trusted proxy, as they do
# behind the reverse proxy that terminates TLS in a deployment (docs/operations.md).
portal_started=$(date +%s%N)
# The runtime settings of the container image (portal_runtime_settings), exported, so the yardstick and the in-process
# benchmark run with the same garbage-collector budget (the yardstick, on the server GC, measured the same without it).
# It migrates, as the first instance of a deploy does: a data set kept from an older commit (SKIP_LOAD) gets the new columns.
portal_runtime_settings
ASPNETCORE_ENVIRONMENT=Production Database__MigrateOnStartup=true ASPNETCORE_URLS="http://127.0.0.1:$portal_port" ConnectionStrings__Default="$connection" \
  DataProtection__CertificatePath="$work/keys.pfx" DataProtection__CertificatePassword=bench ForwardedHeaders__KnownProxies=127.0.0.1 \
  dotnet src/CityPartnerships.Web/bin/Release/net10.0/CityPartnerships.Web.dll --contentRoot "$PWD/src/CityPartnerships.Web" >"$work/portal.log" 2>&1 &
portal_pid=$!
pids+=("$portal_pid")
# Ready: /health/ready answers 200 (database reachable, migrations and seed data applied) on the existing data set.
for _ in $(seq 600); do
  curl -fs "http://127.0.0.1:$portal_port/health/ready" >/dev/null && break
  kill -0 "$portal_pid" 2>/dev/null || { echo "The portal stopped during its start; see $work/portal.log" >&2; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - portal_started) / 1000000 ))
echo "    ready ${ready_ms} ms after the start (goal: within 5,000 ms on an existing database)"

log "Signing in as $email through the sign-in form"
proxy=(-H "X-Forwarded-Proto: https")
# The cookies a response sets, as one Cookie header value.
set_cookies() { tr -d '\r' | grep -i '^set-cookie:' | sed 's/^[^:]*: *//; s/;.*//' | paste -sd ';' - | sed 's/;/; /g'; }
login_headers=$(curl -fs -D - -o "$work/login.html" "${proxy[@]}" "http://127.0.0.1:$portal_port/Account/Login")
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/login.html" | head -n 1 | sed 's/.*value="//; s/"$//')
cookie=$(curl -s -D - -o /dev/null "${proxy[@]}" -H "Cookie: $(set_cookies <<<"$login_headers")" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token" \
  "http://127.0.0.1:$portal_port/Account/Login" | set_cookies)
page_bytes=$(curl -fs "${proxy[@]}" -H "Cookie: $cookie" -H "Accept-Language: en" "http://127.0.0.1:$portal_port/Partnerships" | wc -c)
[ "$page_bytes" -gt 10000 ] || { echo "The signed-in list page was not served ($page_bytes bytes); see $work/portal.log" >&2; exit 1; }

log "Starting the yardstick on 127.0.0.1:$yardstick_port (same SQL, page padded to $page_bytes bytes)"
ASPNETCORE_ENVIRONMENT=Production URLS="http://127.0.0.1:$yardstick_port" ConnectionStrings__Default="$connection" \
  YARDSTICK_EMAIL="$email" YARDSTICK_PAGE_BYTES="$page_bytes" \
  dotnet bench/CityPartnerships.Yardstick/bin/Release/net10.0/CityPartnerships.Yardstick.dll >"$work/yardstick.log" 2>&1 &
yardstick_pid=$!
pids+=("$yardstick_pid")
for _ in $(seq 60); do curl -fs -o /dev/null "http://127.0.0.1:$yardstick_port/Partnerships" && break; sleep 1; done
echo "    portal page $page_bytes bytes, yardstick page $(curl -fs "http://127.0.0.1:$yardstick_port/Partnerships" | wc -c) bytes"

# wrk reports p50/p90/p99 by itself; this prints p95 as well, and the error count, in one line.
lua="$work/percentiles.lua"
cat >"$lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
LUA

# CPU time (ms) used so far by a process, and by the PostgreSQL server with all its backends.
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ print ($14 + $15) * 1000 / t }' "/proc/$1/stat"; }
postmaster=$(head -n 1 "$pg_dir/postmaster.pid")
# The postmaster's own time plus that of its children: the ones running now and (cutime, cstime) the ones that have
# ended, so a backend closed during a round (the pool trims idle connections) does not take its time with it.
pg_cpu_ms() {
  local total pid
  total=$(awk -v t="$ticks" '{ print ($14 + $15 + $16 + $17) * 1000 / t }' "/proc/$postmaster/stat")
  for pid in $(pgrep -P "$postmaster"); do
    [ -r "/proc/$pid/stat" ] && total=$(awk -v t="$ticks" -v s="$total" '{ print s + ($14 + $15) * 1000 / t }' "/proc/$pid/stat")
  done
  echo "$total"
}

# run NAME PID URL CONNECTIONS HEADERS...: one round; prints a table row, leaves "requests/s" in $last_rps.
run() {
  local name=$1 pid=$2 url=$3 conns=$4
  shift 4
  local app0 pg0 app1 pg1 line
  # A short warm-up so that each round starts from the same state (JIT, connection pool, prepared statements).
  wrk -t"$threads" -c"$conns" -d3s "$@" "$url" >/dev/null
  app0=$(cpu_ms "$pid")
  pg0=$(pg_cpu_ms)
  line=$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 10s -s "$lua" "$@" "$url" | grep '^RESULT')
  app1=$(cpu_ms "$pid")
  pg1=$(pg_cpu_ms)
  read -r _ rps p50 p95 p99 errors requests <<<"$line"
  last_rps=$rps
  printf "| %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f |\n" "$name" "$conns" "$rps" "$p50" "$p95" "$p99" "$errors" \
    "$(echo "($app1 - $app0) / $requests" | bc -l)" "$(echo "($pg1 - $pg0) / $requests" | bc -l)"
}

if [ -n "${PROFILE:-}" ]; then
  profile_seconds="${PROFILE_SECONDS:-20}"
  dotnet tool restore >/dev/null
  psql_db -d "$database" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
  portal_url="http://127.0.0.1:$portal_port/Partnerships"
  log "Warming up the portal, then $profile_seconds s of wrk (16 connections) under dotnet-trace"
  wrk -t"$threads" -c16 -d5s -H "Cookie: $cookie" -H "Accept-Language: en" -H "X-Forwarded-Proto: https" "$portal_url" >/dev/null
  psql_db -d "$database" -c "SELECT pg_stat_statements_reset()" >/dev/null
  app0=$(cpu_ms "$portal_pid")
  wrk -t"$threads" -c16 -d"$((profile_seconds + 4))s" -s "$lua" -H "Cookie: $cookie" -H "Accept-Language: en" -H "X-Forwarded-Proto: https" \
    "$portal_url" >"$work/profile-wrk.txt" &
  wrk_pid=$!
  sleep 2
  rm -f "$work/portal.nettrace" "$work/portal.speedscope.json"
  dotnet dotnet-trace collect -p "$portal_pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$profile_seconds" \
    -o "$work/portal.nettrace" >/dev/null
  wait "$wrk_pid"
  app1=$(cpu_ms "$portal_pid")
  read -r _ rps _ _ _ _ requests <<<"$(grep '^RESULT' "$work/profile-wrk.txt")"
  printf "Under the trace: %s requests/s, portal CPU %.2f ms/request (tracing adds its own cost), load average %s\n" \
    "$rps" "$(echo "($app1 - $app0) / $requests" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet dotnet-trace convert --format Speedscope -o "$work/portal" "$work/portal.nettrace" >/dev/null
  python3 scripts/lib/trace_summary.py "$work/portal.speedscope.json"
  echo
  echo "Statements per request (pg_stat_statements, $requests requests):"
  psql_db -d "$database" -F ' | ' -c "SELECT round(calls::numeric / $requests, 2) AS per_request, round(total_exec_time::numeric / calls, 3) AS ms,
      left(regexp_replace(query, '\s+', ' ', 'g'), 160) FROM pg_stat_statements WHERE calls >= $requests / 20 ORDER BY calls DESC LIMIT 20"
  [ -n "${KEEP_RUNNING:-}" ] && { log "Portal still running on $portal_url (cookie in $work/cookie.txt); Ctrl-C ends it"; echo "$cookie" >"$work/cookie.txt"; wait "$portal_pid"; }
  exit 0
fi

if [ -n "${LIBRARY:-}" ]; then
  # The result cache keeps a search for a minute: each round starts where the pairs of the last have not been asked,
  # and rounds are a minute apart, so every request is a search the portal runs.
  library_lua="$PWD/bench/library-pairs.lua"
  echo
  echo "## Library search, two words nobody asked in the last minute, 4 connections, $rounds rounds of $seconds s a minute apart"
  echo
  echo "| Round | Result | Portal CPU ms/search | PostgreSQL CPU ms/search |"
  echo "|---|---|---:|---:|"
  SEED=900 wrk -t"$threads" -c4 -d30s -H "X-Forwarded-Proto: https" -s "$library_lua" "http://127.0.0.1:$portal_port" >/dev/null
  for round in $(seq "$rounds"); do
    sleep 60
    app0=$(cpu_ms "$portal_pid")
    pg0=$(pg_cpu_ms)
    line=$(SEED="$round" wrk -t"$threads" -c4 -d"${seconds}s" --timeout 10s -H "X-Forwarded-Proto: https" -s "$library_lua" \
      "http://127.0.0.1:$portal_port" | tail -n 1)
    app1=$(cpu_ms "$portal_pid")
    pg1=$(pg_cpu_ms)
    searches=$(sed 's/^requests \([0-9]*\),.*/\1/' <<<"$line")
    printf "| %s | %s | %.2f | %.2f |\n" "$round" "$line" "$(echo "($app1 - $app0) / $searches" | bc -l)" "$(echo "($pg1 - $pg0) / $searches" | bc -l)"
  done
  exit 0
fi

if [ -n "${SOAK:-}" ]; then
  soak_seconds="${SOAK_SECONDS:-300}"
  base="http://127.0.0.1:$portal_port"
  # A staff member's mix of the portal's pages, each record picked at random from the data set: lists, details,
  # search, both kinds of map data, the public directory, the dashboard, the climate-twin finder and suggestions.
  mapfile -t partnerships < <(psql_db -d "$database" -c "SELECT \"Id\" FROM \"Partnerships\" WHERE NOT \"IsInternal\" AND \"DeletedAt\" IS NULL ORDER BY random() LIMIT 20")
  mapfile -t cities < <(psql_db -d "$database" -c "SELECT \"Id\" FROM \"Cities\" WHERE \"IsAssociationMember\" ORDER BY random() LIMIT 20")
  mapfile -t climate < <(psql_db -d "$database" -c "SELECT \"CityId\" FROM \"CityClimates\" ORDER BY random() LIMIT 10" 2>/dev/null || true)
  paths=(/Partnerships "/Partnerships?p=500" "/Partnerships?sort=partner&p=1000" "/Partnerships?q=berlin" /BestPractices "/BestPractices?q=Partnerschaften"
    "/BestPractices?q=adapting+heat" /Dashboard /MyCity /Directory "/Directory?q=paris" /Map "/Map?handler=Data" "/Directory/Map?handler=Data"
    /Suggestions /Climate /Projects /ActionAreas)
  for id in "${partnerships[@]}"; do paths+=("/Partnerships/Details/$id"); done
  for id in "${cities[@]}"; do paths+=("/Directory/City/$id"); done
  for id in "${climate[@]}"; do [ -n "$id" ] && paths+=("/Climate/Twins?id=$id"); done
  for path in "${paths[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "${proxy[@]}" -H "Cookie: $cookie" -H "Accept-Language: de" "$base$path")
    [ "$status" = 200 ] || { echo "The soak mix needs every page to answer 200: $path answered $status (see $work/portal.log)" >&2; exit 1; }
  done
  soak_lua="$work/soak.lua"
  { echo "paths = {"; for path in "${paths[@]}"; do printf '  "%s",\n' "$path"; done; echo "}"
    cat <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
LUA
    cat "$lua"; } >"$soak_lua"
  rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$portal_pid/status"; }
  # The working set split by kind: the process's own memory (heaps, JIT code, the C library's arenas) and mapped files
  # (the runtime's and the app's libraries and assemblies, ICU data), which the kernel can drop and read again.
  rss_parts() { awk '/^RssAnon/ { a = $2 } /^RssFile/ { f = $2 } /^RssShmem/ { s = $2 } END { printf "%.0f MB own memory, %.0f MB mapped files, %.0f MB shared memory", a / 1024, f / 1024, s / 1024 }' "/proc/$portal_pid/status"; }
  echo
  echo "## Mixed load for $soak_seconds s: ${#paths[@]} pages in turn, 16 connections, working set (RSS) every 30 s"
  echo
  echo "| Seconds under load | Working set MB |"
  echo "|---:|---:|"
  echo "| 0 (after the start and one request per page) | $(rss_mb) |"
  wrk -t"$threads" -c16 -d"${soak_seconds}s" --timeout 10s -s "$soak_lua" -H "Cookie: $cookie" -H "Accept-Language: de" \
    -H "X-Forwarded-Proto: https" "$base/" >"$work/soak-wrk.txt" &
  wrk_pid=$!
  samples=()
  for elapsed in $(seq 30 30 "$soak_seconds"); do
    sleep 30
    samples+=("$(rss_mb)")
    echo "| $elapsed | ${samples[-1]} |"
  done
  wait "$wrk_pid"
  read -r _ rps p50 p95 p99 errors requests <<<"$(grep '^RESULT' "$work/soak-wrk.txt")"
  echo
  echo "Mixed load: $requests requests, $rps requests/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, $errors errors."
  half=$(( ${#samples[@]} / 2 ))
  echo "Working set: ${samples[-1]} MB at the end (goal under 400 MB); ${samples[$half]} MB half-way, so $(( samples[-1] - samples[half] )) MB in the second half (goal: not growing)."
  echo "At the end: $(rss_parts)."
  exit 0
fi

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo
echo "## Portal against the yardstick: /Partnerships as $email, $rounds interleaved rounds of $seconds s"
echo
echo "| App | Connections | Requests/s | p50 ms | p95 ms | p99 ms | Errors | App CPU ms/request | PostgreSQL CPU ms/request |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
# Both apps warm up once before the first round (tiered JIT: right after a start, code runs unoptimised and the
# first round would measure the compiler, not the app; restart behaviour is measured separately, see docs/benchmarks.md).
# The portal needs about a minute: measured after a start in 20-s runs, 204, 315, 424 and then 508 requests/s.
warmup_seconds="${WARMUP_SECONDS:-60}"
wrk -t"$threads" -c16 -d"${warmup_seconds}s" -H "Cookie: $cookie" -H "Accept-Language: en" -H "X-Forwarded-Proto: https" \
  "http://127.0.0.1:$portal_port/Partnerships" >/dev/null
wrk -t"$threads" -c16 -d"${warmup_seconds}s" "http://127.0.0.1:$yardstick_port/Partnerships" >/dev/null
summary=""
for conns in $connections; do
  ratios=""
  for round in $(seq "$rounds"); do
    run portal "$portal_pid" "http://127.0.0.1:$portal_port/Partnerships" "$conns" -H "Cookie: $cookie" -H "Accept-Language: en" \
      -H "X-Forwarded-Proto: https"
    portal_rps=$last_rps
    run yardstick "$yardstick_pid" "http://127.0.0.1:$yardstick_port/Partnerships" "$conns"
    ratio=$(echo "$portal_rps / $last_rps" | bc -l)
    ratios="$ratios $ratio"
    printf "| ratio, round %s | %s | **%.2f×** | | | | | | |\n" "$round" "$conns" "$ratio"
  done
  summary="$summary$(printf '%s connections: median ratio %.2f× (rounds:%s)' "$conns" "$(echo "$ratios" | tr ' ' '\n' | grep . | median)" \
    "$(for r in $ratios; do printf ' %.2f' "$r"; done)")\n"
done
echo
printf "%b" "$summary"

kill "$portal_pid" "$yardstick_pid" 2>/dev/null || true
if [ -z "${SKIP_DEPTH:-}" ]; then
  echo
  echo "## Every page: depth (pages 1, 100 and 1,000 of every sort order), library search (5,000 practices), details, public directory, both maps' data, climate twins, suggestions, dashboards, association overview (8 users)"
  in_process_benchmark --concurrency 8 --seconds "$seconds" --out "$work/depth.md" >/dev/null
  cat "$work/depth.md"

  # The depth goal on its own: in the mix above each page gets ~130 requests beside searches and maps, so its p50
  # moves by 10-20 % from run to run; alone, each of the 21 depth pages gets several hundred.
  depth_seconds="${DEPTH_SECONDS:-40}"
  echo
  echo "## Depth on its own: pages 1, 100 and 1,000 of every sort order, $depth_seconds s per account (8 users)"
  in_process_benchmark --concurrency 8 --seconds "$depth_seconds" --only "Depth:" --out "$work/depth-only.md" >/dev/null
  cat "$work/depth-only.md"
  echo
  echo "p50 of page 1,000 against page 1 (goal: within 1.2x):"
  awk -F'|' '
    /^#### / { account = $0; sub(/^#### /, "", account); sub(/:.*/, "", account) }
    $2 ~ /Depth: by .*, page 1 *$/ { split($2, name, /by |,/); first[name[2]] = $5 }
    $2 ~ /Depth: by .*, page 1,000 *$/ { split($2, name, /by |,/); sort = name[2]
      ratio = $5 / first[sort]
      printf "  %-32s %-9s %5.2fx%s\n", account, sort, ratio, (ratio > 1.2 ? "  over 1.2x" : "") }
  ' "$work/depth-only.md"
fi
