#!/bin/bash
# Changes 市立甲府病院's tocilizumab stock once a second until killed (issue 16's "mixed" line): one vial received,
# then one used, as its facility administrator fadmin1.
base=${BASE:-http://127.0.0.1:8080/sitegate/}
i=0
while true; do
  if (( i % 2 == 0 )); then t=RECEIVED; else t=USED; fi
  curl -s -o /dev/null -u fadmin1:sitegate-demo -H "Content-Type: application/json" \
    -d "{\"type\":\"$t\",\"yjCode\":\"6399421A1020\",\"lotNumber\":\"DEMO-200-K\",\"expiryDate\":\"2030-03-31\",\"vials\":1}" \
    "${base}api/v1/facilities/1910114451/stock/movements"
  i=$((i+1)); sleep 1
done
