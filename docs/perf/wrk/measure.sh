#!/bin/bash
# Issue 16's table against a running demo on MariaDB (`mvn -Prun package -Dsitegate.db.url=...`, the 34 workbooks
# imported): ping, uncached checks (every facility), cached checks (50 facilities), and the cached load while
# writer.sh changes stock once a second. Needs wrk (apt-get install wrk) and the mysql client.
# usage: measure.sh LABEL [database]   (database defaults to sitegate_perf)
set -euo pipefail
cd "$(dirname "$0")"
db=${2:-sitegate_perf}
mysql --protocol=tcp -h 127.0.0.1 -uroot -N -e "SELECT code FROM ${db}.facility" > codes.txt
head -50 codes.txt > codes50.txt
run() { # clients codes-file seconds script
  local t=2; [ "$1" = 1 ] && t=1
  CODES=$2 wrk -t$t -c$1 -d${3}s --latency -s $4 http://127.0.0.1:8080 2>&1 | awk '/ 50%/{p50=$2} / 99%/{p99=$2}
    /Requests\/sec/{rps=$2} /Non-2xx/{err=$NF} END {printf "%s req/s, p50 %s, p99 %s, non-2xx %s\n", rps, p50, p99,
    (err==""?0:err)}'
}
echo "== $1 $(date -u +%FT%TZ), $(wc -l < codes.txt) facilities"
run 8 codes.txt 20 random.lua > /dev/null   # warm-up
echo "ping 1 client:       $(run 1 codes.txt 10 ping.lua)"
echo "ping 32 clients:     $(run 32 codes.txt 10 ping.lua)"
echo "uncached 1 client:   $(run 1 codes.txt 10 random.lua)"
echo "uncached 32 clients: $(run 32 codes.txt 10 random.lua)"
run 8 codes50.txt 5 random.lua > /dev/null  # fill the cache
echo "cached 32 clients:   $(run 32 codes50.txt 10 random.lua)"
./writer.sh & writer=$!
trap 'kill $writer' EXIT
sleep 1
echo "mixed 32 clients:    $(run 32 codes50.txt 10 random.lua) (a stock movement once a second)"
