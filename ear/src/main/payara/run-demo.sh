#!/usr/bin/env bash
# mvn -Prun package (README): SiteGate's demo on Payara Server with SiteGate's server configuration (issue 15).
#   run-demo.sh <payara home> <ear> <http port>
# Creates the domain "sitegate-demo" once, with an administrator password from SITEGATE_ADMIN_PASSWORD or, when that
# is unset, a random one printed once and kept in target/payara-admin.password (mode 600) for asadmin
# --passwordfile; no known password is ever shipped. Then starts it in the foreground (Ctrl+C stops it) with
# server-config.asadmin as pre-boot commands, and deploys the EAR once it is up. The database and the demo
# settings come from the SITEGATE_* environment variables (ear/pom.xml, profile run).
set -euo pipefail
PAYARA="$1"
EAR="$2"
HTTP_PORT="${3:-8080}"
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="$(cd "$(dirname "$EAR")" && pwd)"
DOMAIN=sitegate-demo
ASADMIN="$PAYARA/bin/asadmin"
PASSWORD_FILE="$TARGET/payara-admin.password"

if [ -d "$PAYARA/glassfish/domains/$DOMAIN" ] && [ ! -f "$PASSWORD_FILE" ] && [ -z "${SITEGATE_ADMIN_PASSWORD:-}" ]; then
  # its password is lost: the demo domain holds no data (the database is H2 in memory or outside), make it again
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  "$ASADMIN" delete-domain "$DOMAIN" >/dev/null
fi
if [ -n "${SITEGATE_ADMIN_PASSWORD:-}" ] && [ ! -f "$PASSWORD_FILE" ]; then
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$SITEGATE_ADMIN_PASSWORD" > "$PASSWORD_FILE")
fi
if [ ! -d "$PAYARA/glassfish/domains/$DOMAIN" ]; then
  if [ -n "${SITEGATE_ADMIN_PASSWORD:-}" ]; then
    PASSWORD="$SITEGATE_ADMIN_PASSWORD"
    SHOWN="from SITEGATE_ADMIN_PASSWORD"
  else
    PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
    SHOWN="$PASSWORD"
  fi
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$PASSWORD" > "$PASSWORD_FILE")
  "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" create-domain --adminport 4848 \
    --instanceport "$HTTP_PORT" "$DOMAIN" >/dev/null
  # the demo's heap: 1 GB, as before (the 34 bureau workbooks imported into the in-memory H2 need more than 512 MB)
  sed -i 's|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xmx1g</jvm-options>|' \
    "$PAYARA/glassfish/domains/$DOMAIN/config/domain.xml"
  echo "== Payara domain $DOMAIN created; administrator 'admin', password (shown once): $SHOWN"
  echo "   asadmin --user admin --passwordfile $PASSWORD_FILE ...   (the console and JMX answer 127.0.0.1 only)"
fi

# the key that signs the audit chain's checkpoints (issue 15): SITEGATE_AUDIT_KEY, or one generated for this demo
KEY_FILE="$TARGET/audit.key"
if [ -z "${SITEGATE_AUDIT_KEY:-}" ]; then
  [ -f "$KEY_FILE" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$KEY_FILE")
  SITEGATE_AUDIT_KEY="$(cat "$KEY_FILE")"
  export SITEGATE_AUDIT_KEY
fi

echo "== SiteGate demo starting at http://localhost:$HTTP_PORT/sitegate/ (Ctrl+C stops it)"
# the server runs in the background of this script (its output here); Ctrl+C or the end of Maven stops it
"$ASADMIN" start-domain --verbose --prebootcommandfile "$HERE/server-config.asadmin" "$DOMAIN" &
SERVER=$!
stop() {
  trap - INT TERM EXIT
  echo "== stopping the SiteGate demo"
  # undeployed first, so the next start does not load a stale copy of the application at boot
  "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" undeploy sitegate >/dev/null 2>&1 || true
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
}
trap stop INT TERM EXIT
for _ in $(seq 1 180); do
  "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" uptime >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || exit 1
  sleep 1
done
# deployed once the server is up (a post-boot deploy on a new domain waits forever on Payara's configuration lock),
# after removing what an interrupted run left deployed
"$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" undeploy sitegate >/dev/null 2>&1 || true
"$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" deploy --force=true --name sitegate --contextroot sitegate "$EAR"
echo "== SiteGate demo ready at http://localhost:$HTTP_PORT/sitegate/ — demo users in the README; Ctrl+C stops it"
wait "$SERVER"
