#!/usr/bin/env bash
# mvn -Pcluster package (README "Running a cluster", issue 17): SiteGate on Payara Server's own clustering.
#   run-cluster.sh <payara home> <ear>
# One Payara domain "sitegate-cluster" (administration on 127.0.0.1:24848) with a deployment group "sitegate-dg" of
# two instances on this machine, sitegate-a (HTTP 28080) and sitegate-b (HTTP 28081), sharing one configuration
# (sitegate-config: server-config.asadmin's settings) and Payara's Data Grid (its bundled Hazelcast; every instance
# of the domain is a member); the EAR deployed to the group; HAProxy on 127.0.0.1:8090 in front (haproxy.cfg).
# The database is MariaDB/MySQL: database sitegate_cluster and user sitegate_cluster on 127.0.0.1:3306, created if
# missing with the root account (SITEGATE_CLUSTER_DB_* override them). Prints "== SiteGate cluster ready" when both
# instances answer through HAProxy; Ctrl+C (or the end of Maven) stops HAProxy, the instances and the domain.
set -euo pipefail
PAYARA="$1"
EAR="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="$(cd "$(dirname "$EAR")" && pwd)"
DOMAIN=sitegate-cluster
GROUP=sitegate-dg
CONFIG=sitegate-config
ADMIN_PORT=24848
DB_HOST="${SITEGATE_CLUSTER_DB_HOST:-127.0.0.1}"
DB_PORT="${SITEGATE_CLUSTER_DB_PORT:-3306}"
DB_NAME="${SITEGATE_CLUSTER_DB_NAME:-sitegate_cluster}"
DB_USER="${SITEGATE_CLUSTER_DB_USER:-sitegate_cluster}"
DB_PASSWORD="${SITEGATE_CLUSTER_DB_PASSWORD:-sitegate_cluster}"
ASADMIN="$PAYARA/bin/asadmin"
PASSWORD_FILE="$TARGET/payara-cluster-admin.password"
AS=("$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$PASSWORD_FILE")
HAPROXY_PID=""

command -v haproxy >/dev/null || { echo "haproxy is not installed: apt-get install haproxy" >&2; exit 1; }

echo "== MariaDB: database $DB_NAME and user $DB_USER on $DB_HOST:$DB_PORT (created if missing)"
mysql --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS ${DB_NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '${DB_USER}'@'%' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON ${DB_NAME}.* TO '${DB_USER}'@'%';
GRANT ALL PRIVILEGES ON ${DB_NAME}.* TO '${DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL

stop() {
  trap - INT TERM EXIT
  echo "== stopping the SiteGate cluster"
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  # one instance at a time and killed if it does not stop: stop-deployment-group waits long for an instance that
  # was killed (ClusterIT kills one)
  for instance in sitegate-a sitegate-b; do
    timeout 90 "${AS[@]}" stop-instance --kill=true "$instance" 2>&1 | tail -1 || true
  done
  timeout 90 "$ASADMIN" stop-domain --kill=true "$DOMAIN" 2>&1 | tail -1 || true
  # whatever is left of this domain's processes
  pkill -9 -f "$PAYARA/glassfish/(domains/$DOMAIN|nodes/localhost-$DOMAIN)/" 2>/dev/null || true
  [ -n "$HAPROXY_PID" ] && wait "$HAPROXY_PID" 2>/dev/null || true
}

if [ -d "$PAYARA/glassfish/domains/$DOMAIN" ] && [ ! -f "$PASSWORD_FILE" ]; then
  # its password is lost: the cluster's domain holds no data (the database is outside), make it again
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  "$ASADMIN" delete-domain "$DOMAIN" >/dev/null
fi
trap stop INT TERM EXIT
if [ ! -d "$PAYARA/glassfish/domains/$DOMAIN" ]; then
  PASSWORD="${SITEGATE_ADMIN_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)}"
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$PASSWORD" > "$PASSWORD_FILE")
  "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" create-domain --portbase 24800 "$DOMAIN" >/dev/null
  echo "== Payara domain $DOMAIN created; administrator 'admin', password in $PASSWORD_FILE"
  "$ASADMIN" start-domain "$DOMAIN" >/dev/null
  "${AS[@]}" copy-config default-config "$CONFIG" >/dev/null
  # SiteGate's server settings (issue 15), written for the group's configuration
  sed -e 's/configs\.config\.server-config\./configs.config.'"$CONFIG"'./' \
      -e '/admin-listener.address=/d' -e '/jmx-connector.system.address=/d' \
      "$HERE/../payara/server-config.asadmin" | grep -v '^\s*#' | grep -v '^\s*$' > "$TARGET/cluster-config.asadmin"
  "${AS[@]}" multimode --file "$TARGET/cluster-config.asadmin" >/dev/null
  # the database, the demo data and clustering for the application (MicroProfile Config reads system properties);
  # a colon inside a JVM option is escaped for asadmin
  esc() { printf '%s' "$1" | sed 's/:/\\:/g'; }
  URL="jdbc:mysql://${DB_HOST}:${DB_PORT}/${DB_NAME}?cachePrepStmts=true&prepStmtCacheSqlLimit=16384"
  "${AS[@]}" create-jvm-options --target "$CONFIG" \
    "-Dsitegate.cluster=true:-Dsitegate.db.url=$(esc "$URL"):-Dsitegate.db.user=${DB_USER}:-Dsitegate.db.password=${DB_PASSWORD}:-Dsitegate.db.datasource=com.mysql.cj.jdbc.MysqlDataSource:-Dsitegate.demo=${SITEGATE_DEMO:-true}" >/dev/null
  # a member that stops answering leaves the data grid after 10 s, not Hazelcast's default 60 s, so the other
  # instance's reads of the shared counters do not wait a minute for a killed instance (the DAS is a member too)
  for target in "$CONFIG" server-config; do
    "${AS[@]}" create-jvm-options --target "$target" \
      "-Dhazelcast.max.no.heartbeat.seconds=10:-Dhazelcast.heartbeat.interval.seconds=1" >/dev/null
  done
  "${AS[@]}" delete-jvm-options --target "$CONFIG" "-Xmx512m" >/dev/null
  "${AS[@]}" create-jvm-options --target "$CONFIG" "-Xmx768m" >/dev/null
  "${AS[@]}" create-deployment-group "$GROUP" >/dev/null
  NODE="localhost-$DOMAIN"
  "${AS[@]}" create-instance --node "$NODE" --config "$CONFIG" --portbase 28100 \
    --systemproperties HTTP_LISTENER_PORT=28080 sitegate-a >/dev/null
  "${AS[@]}" create-instance --node "$NODE" --config "$CONFIG" --portbase 28200 \
    --systemproperties HTTP_LISTENER_PORT=28081 sitegate-b >/dev/null
  "${AS[@]}" add-instance-to-deployment-group --instance sitegate-a --deploymentgroup "$GROUP" >/dev/null
  "${AS[@]}" add-instance-to-deployment-group --instance sitegate-b --deploymentgroup "$GROUP" >/dev/null
  "$ASADMIN" restart-domain "$DOMAIN" >/dev/null
  echo "== deployment group $GROUP: sitegate-a (HTTP 28080), sitegate-b (HTTP 28081), configuration $CONFIG"
else
  "$ASADMIN" start-domain "$DOMAIN" >/dev/null
fi

echo "== starting the deployment group $GROUP"
"${AS[@]}" start-deployment-group "$GROUP"
"${AS[@]}" undeploy --target "$GROUP" sitegate >/dev/null 2>&1 || true
"${AS[@]}" deploy --target "$GROUP" --force=true --name sitegate --contextroot sitegate "$EAR"

haproxy -db -f "$HERE/haproxy.cfg" &
HAPROXY_PID=$!
for port in 28080 28081; do
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/sitegate/api/v1/ping" && break
    sleep 1
  done
done
for _ in $(seq 1 30); do
  curl -fsS -o /dev/null "http://127.0.0.1:8090/sitegate/api/v1/ping" && break
  sleep 1
done
echo "== SiteGate cluster ready at http://localhost:8090/sitegate/ (HAProxy) — instances http://localhost:28080/sitegate/ and http://localhost:28081/sitegate/; Ctrl+C stops it"
wait "$HAPROXY_PID"
