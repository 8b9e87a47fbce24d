#!/usr/bin/env bash
# Writes a backup of the portal's database to FILE (pg_dump's custom format: compressed, restorable table by table).
#
#   PGHOST=db.example.org PGPORT=5432 PGUSER=portal PGPASSWORD=… PGDATABASE=citypartnerships scripts/backup.sh FILE
#
# The connection comes from the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) or
# ~/.pgpass. What a backup contains and how to restore it: docs/operations.md.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

file=${1:?Usage: scripts/backup.sh FILE}
bin=$(pg_bin_dir)
pg_dump=${bin:+$bin/}pg_dump
"$pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file "$file"
log "Backup of ${PGDATABASE:-the default database} written to $file ($(du -h "$file" | cut -f1))"
