#!/usr/bin/env bash
# Prints the current sign-in code of the demo admin (admin@example.org), as an authenticator app would show it.
# The demo admin's key is public on purpose (README, DemoDataSeeder.DemoAdminAuthenticatorKey): never use it elsewhere.
set -euo pipefail
key="${1:-CITYPARTNERSHIPSDEMOADMINKEYABCD}"
python3 - "$key" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1].replace(" ", "").upper())
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
print(f"{code:06d}  (valid for {30 - int(time.time()) % 30} more seconds)")
PY
