#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a new or empty database.
#
#   PGHOST=… PGPORT=… PGUSER=… PGPASSWORD=… PGDATABASE=citypartnerships_restored scripts/restore.sh FILE
#
# Creates PGDATABASE if it does not exist and refuses to write into one that already has tables, so a restore never
# mixes with live data. Point the portal's ConnectionStrings__Default at the restored database afterwards (with the
# same DataProtection certificate, or every user signs in again). See docs/operations.md.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

file=${1:?Usage: scripts/restore.sh FILE}
database=${PGDATABASE:?Set PGDATABASE to the database to restore into}
bin=$(pg_bin_dir)
psql=${bin:+$bin/}psql
pg_restore=${bin:+$bin/}pg_restore

exists=$("$psql" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${database//\'/\'\'}'")
if [ "$exists" = 1 ]; then
  tables=$("$psql" -d "$database" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
  if [ "$tables" != 0 ]; then
    echo "Database $database already has $tables tables; restore into a new database instead." >&2
    exit 1
  fi
else
  "$psql" -d postgres -qc "CREATE DATABASE \"${database//\"/\"\"}\""
fi
"$pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname "$database" "$file"
log "Restored $file into $database"
