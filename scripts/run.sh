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

# Mail: without Mail__Host, a local mail catcher (smtp4dev, a dotnet tool from NuGet) receives the demo's mail
# (invitations, password resets) and shows it in a web page; nothing leaves this machine.
if [ -z "${Mail__Host:-}" ]; then
  mail_web_port="${CITYPARTNERSHIPS_MAIL_WEB_PORT:-5081}"
  mail_smtp_port="${CITYPARTNERSHIPS_MAIL_SMTP_PORT:-2525}"
  smtp4dev_dir=.local/smtp4dev
  if [ ! -x "$smtp4dev_dir/smtp4dev" ]; then
    log "Installing the local mail catcher (dotnet tool Rnwood.Smtp4dev 3.15.0)"
    dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path "$smtp4dev_dir" >/dev/null
  fi
  log "Starting the mail catcher: SMTP on 127.0.0.1:$mail_smtp_port"
  # In-memory store (--db=), no IMAP or POP3 server, local connections only.
  "$smtp4dev_dir/smtp4dev" --urls="http://127.0.0.1:$mail_web_port" --smtpport="$mail_smtp_port" --bindaddress=127.0.0.1 \
    --db= --imapport="" --pop3port="" --nousersettings >"$smtp4dev_dir/smtp4dev.log" 2>&1 &
  smtp4dev_pid=$!
  trap 'kill "$smtp4dev_pid" 2>/dev/null || true' EXIT
  export Mail__Host=127.0.0.1 Mail__Port="$mail_smtp_port" Mail__Security=None Mail__From="portal@citypartnerships.localhost"
  mail_note="the demo's mails (invitations, password resets) can be read at http://127.0.0.1:$mail_web_port"
else
  mail_note="mail goes to $Mail__Host"
fi
export Mail__PortalUrl="${Mail__PortalUrl:-http://127.0.0.1:$port/}"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"
portal_runtime_settings
log "Building and starting the portal (first build takes about a minute)"
dotnet build src/CityPartnerships.Web -c Release -v quiet -nologo
log "The portal will be at http://127.0.0.1:$port  (demo accounts: see README.md; stop with Ctrl+C)"
log "Mail: $mail_note"
log "The demo admin's sign-in code: scripts/demo-code.sh"
dotnet run --project src/CityPartnerships.Web -c Release --no-build --no-launch-profile --urls "http://127.0.0.1:$port"
