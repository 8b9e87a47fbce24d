#!/usr/bin/env bash
# Scans a running portal with Debian's wapiti, signed in, and writes a JSON report and a summary.
#
#   scripts/run.sh &                # a demo instance (the scan adds test records through the forms: never production)
#   scripts/scan.sh [URL]           # default http://127.0.0.1:${PORT:-5080}
#
# SCAN_EMAIL / SCAN_PASSWORD choose the account (default: the demo's Düsseldorf staff account, which reaches the most
# forms), SCAN_OUTPUT the report folder (default .local/scan), SCAN_MAX_SECONDS the time limit (default 900).
# Exit status: 0 when no high or medium finding (see docs/security.md for how findings are rated), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

url="${1:-http://127.0.0.1:${PORT:-5080}}"
url="${url%/}"
email="${SCAN_EMAIL:-duesseldorf.staff@example.org}"
password="${SCAN_PASSWORD:-Partnerships-Demo-2026!}"
out="${SCAN_OUTPUT:-$PWD/.local/scan}"
max_seconds="${SCAN_MAX_SECONDS:-900}"

if ! command -v wapiti >/dev/null; then
  log "Installing wapiti (Debian package 'wapiti')"
  apt_install wapiti
fi
if ! curl -fsS -o /dev/null "$url/health/ready"; then
  echo "No portal answers at $url/health/ready; start one first (scripts/run.sh)." >&2
  exit 2
fi

# Debian's wapiti 3.0.4 crashes on Python 3.11 as soon as -x is used (a regular expression with its flags at the end,
# wapitiCore/net/crawler.py wildcard_translate): run it with that one function corrected.
run_wapiti() {
  /usr/bin/python3 - "$@" <<'PY'
import re, sys
import wapitiCore.net.crawler as crawler
crawler.wildcard_translate = lambda pattern: re.compile(
    "(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")
from wapitiCore.main.wapiti import wapiti_main
sys.argv = ["wapiti"] + sys.argv[1:]
sys.exit(wapiti_main())
PY
}

mkdir -p "$out"
rm -f "$out/cookies.json"
log "Signing in as $email"
# Signs in through the real form (antiforgery token included) and hands the cookies to wapiti in its JSON format;
# wapiti-getcookie -d would post without the form's token.
python3 - "$url" "$email" "$password" "$out/cookies.json" <<'PY'
import http.cookiejar, json, re, sys, urllib.parse, urllib.request
url, email, password, target = sys.argv[1:]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(url + "/Account/Login").read().decode()
token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({"Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token}).encode()
opener.open(url + "/Account/Login", form)
cookies = {}
for cookie in jar:
    cookies.setdefault(cookie.domain, {}).setdefault(cookie.path, {})[cookie.name] = {
        "value": cookie.value, "expires": cookie.expires, "secure": cookie.secure, "port": None, "version": 0}
json.dump(cookies, open(target, "w"), indent=2)
PY
grep -q 'CityPartnerships.Auth' "$out/cookies.json" || { echo "Sign-in failed: no sign-in cookie in $out/cookies.json" >&2; exit 2; }

log "Scanning $url (at most ${max_seconds}s; report in $out)"
# Signing out would end the scan's session (and every other session of the account).
run_wapiti -u "$url/" -c "$out/cookies.json" --scope folder \
  -x "$url/Account/Logout*" \
  -m "blindsql,cookieflags,csp,exec,file,http_headers,permanentxss,redirect,sql,xss,csrf,crlf,methods,backup" \
  --max-scan-time "$max_seconds" --max-attack-time 120 --flush-session \
  -f json -o "$out/report.json" >"$out/wapiti.log" 2>&1 || { tail -n 30 "$out/wapiti.log" >&2; exit 2; }

# Wapiti rates findings 1 (low) to 4 (high) in the JSON report: 'level' per vulnerability or anomaly.
python3 - "$out/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
levels = {1: "low", 2: "medium", 3: "high", 4: "critical"}
worst = 0
for section in ("vulnerabilities", "anomalies", "additionals"):
    for category, findings in sorted(report.get(section, {}).items()):
        for finding in findings:
            level = finding.get("level", 0)
            if section != "additionals":
                worst = max(worst, level)
            print(f"{section[:-1]:14} {levels.get(level, level)!s:8} {category}: {finding.get('info', '').splitlines()[0][:110]} [{finding.get('path', '')}]")
print(f"\nWorst rating: {levels.get(worst, 'none')}")
sys.exit(1 if worst >= 2 else 0)
PY
