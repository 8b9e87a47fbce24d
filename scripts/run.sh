#!/usr/bin/env bash
# Serves the portal with demo data on http://127.0.0.1:5080 (or $PORT).
# Without ConnectionStrings__Default it installs PostgreSQL if needed and runs a private local cluster;
# with it, it uses that server instead. Migrations and demo data are applied at start (ASPNETCORE_ENVIRONMENT=Demo).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

port="${PORT:-5080}"
if [ -z "${ConnectionStrings__Default:-}" ]; then
  ensure_postgres_installed
  pg_port="${CITYPARTNERSHIPS_PG_PORT:-5433}"
  start_local_cluster "${CITYPARTNERSHIPS_PG_DIR:-/var/tmp/citypartnerships/postgres}" "$pg_port"
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=citypartnerships;Username=postgres"
else
  log "Using the PostgreSQL server from ConnectionStrings__Default"
fi

# The worldwide city gazetteer and its places' names in other languages, loaded once at start.
ensure_geonames_names
export Gazetteer__File="${Gazetteer__File:-$(gazetteer_file)}"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"
log "Building and starting the portal (first build takes about a minute)"
dotnet build src/CityPartnerships.Web -c Release -v quiet -nologo
log "The portal will be at http://127.0.0.1:$port  (demo accounts: see README.md; stop with Ctrl+C)"
exec dotnet run --project src/CityPartnerships.Web -c Release --no-build --no-launch-profile --urls "http://127.0.0.1:$port"
