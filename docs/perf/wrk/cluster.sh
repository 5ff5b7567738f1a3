#!/bin/bash
# Issue 17's throughput figures against a running cluster (mvn -Pcluster package): checks through HAProxy (8090)
# with both instances, then with instance sitegate-b stopped (HAProxy sends everything to sitegate-a), and the
# share of a check's time spent in MariaDB (its slow log at long_query_time=0, one client, uncached checks).
# Imports some of the real bureau workbooks first so that the uncached checks have facilities to spread over.
# usage: [SKIP_IMPORT=1] cluster.sh [workbook numbers...]   (default: 08 09 10 11, four prefectures)
# needs wrk and the mysql client
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../../.. && pwd)"
AS=("$ROOT/ear/target/payara6/bin/asadmin" --port 24848 --user admin --passwordfile "$ROOT/ear/target/payara-cluster-admin.password")
DB=sitegate_cluster
URL=http://127.0.0.1:8090
# SKIP_IMPORT=1: the workbooks are imported already
if [ "${SKIP_IMPORT:-}" != 1 ]; then
  for n in ${@:-08 09 10 11}; do
    f="$ROOT/../shared/realdata/kouseikyoku_full_R7/${n}_ika_R7.xlsx"
    curl -fsS -o /dev/null -u safety1:sitegate-demo -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
      --data-binary "@$f" "$URL/sitegate/api/v1/imports/facility-filings?fileName=${n}_ika_R7.xlsx" && echo "imported $n"
  done
fi
mysql --protocol=tcp -h 127.0.0.1 -uroot -N -e "SELECT code FROM ${DB}.facility" > codes.txt
head -50 codes.txt > codes50.txt
run() { # clients codes-file seconds script
  local t=2; [ "$1" = 1 ] && t=1
  CODES=$2 wrk -t$t -c$1 -d${3}s --latency -s $4 $URL 2>&1 | awk '/ 50%/{p50=$2} / 99%/{p99=$2}
    /Requests\/sec/{rps=$2} /Non-2xx/{err=$NF} END {printf "%s req/s, p50 %s, p99 %s, non-2xx %s\n", rps, p50, p99,
    (err==""?0:err)}'
}
measure() {
  run 8 codes.txt 15 random.lua > /dev/null   # warm-up
  echo "  ping 32 clients:     $(run 32 codes.txt 10 ping.lua)"
  echo "  uncached 32 clients: $(run 32 codes.txt 15 random.lua)"
  run 8 codes50.txt 5 random.lua > /dev/null  # fill the caches
  echo "  cached 32 clients:   $(run 32 codes50.txt 10 random.lua)"
}
echo "== $(date -u +%FT%TZ), $(wc -l < codes.txt) facilities, $(nproc) cores shared by MariaDB, HAProxy, wrk and the instances"
# every instance's code compiled first (JIT): the first pass is not counted
measure > /dev/null
echo "two instances (sitegate-a, sitegate-b):"
measure
"${AS[@]}" stop-instance sitegate-b > /dev/null
sleep 3
echo "one instance (sitegate-a; sitegate-b stopped):"
measure
echo "database share of an uncached check (1 client, 10 s, MariaDB slow log at long_query_time=0):"
mysql -uroot -e "SET GLOBAL slow_query_log=0; TRUNCATE mysql.slow_log; SET GLOBAL log_output='TABLE'; SET GLOBAL long_query_time=0; SET GLOBAL slow_query_log=1;"
# a session keeps the long_query_time it started with: the pool's connections are ended, and the pool (which
# validates its connections) opens new ones
mysql -uroot -N -e "SELECT CONCAT('KILL ', id, ';') FROM information_schema.processlist WHERE user = 'sitegate_cluster'" \
  | mysql -uroot || true
sleep 3
run 1 codes.txt 3 random.lua > /dev/null
mysql -uroot -e "TRUNCATE mysql.slow_log;"
line=$(run 1 codes.txt 10 random.lua)
mysql -uroot -e "SET GLOBAL slow_query_log=0; SET GLOBAL long_query_time=10;"
db_s=$(mysql -uroot -N -e "SELECT ROUND(SUM(TIME_TO_SEC(query_time)), 3), COUNT(*) FROM mysql.slow_log WHERE user_host LIKE 'sitegate_cluster%'")
echo "  uncached 1 client:   $line"
echo "  statements' time in MariaDB over the 10 s, and their number: $db_s"
"${AS[@]}" start-instance sitegate-b > /dev/null
echo "sitegate-b started again"
