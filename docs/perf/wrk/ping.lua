-- wrk script: the trivial endpoint, as dist1
request = function()
  return wrk.format("GET", "/sitegate/api/v1/ping", {["Authorization"] = "Basic ZGlzdDE6c2l0ZWdhdGUtZGVtbw=="})
end
