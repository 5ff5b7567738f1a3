-- wrk script: GET a check of a random facility (one code per line in codes.txt, next to this script or in
-- $CODES) and a random strength, as the demo distributor dist1 (issue 16's "uncached" line)
local file = os.getenv("CODES") or "codes.txt"
local codes = {}
for line in io.lines(file) do codes[#codes + 1] = line end
local yj = {"4291476A1028", "4291476A2024", "4900409X1022", "4291477D1029", "4291477D2025"}
local auth = "Basic ZGlzdDE6c2l0ZWdhdGUtZGVtbw==" -- dist1:sitegate-demo
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) math.randomseed(os.time() + id * 7919) end
request = function()
  return wrk.format("GET", "/sitegate/api/v1/facilities/" .. codes[math.random(#codes)] .. "/eligibility?product="
      .. yj[math.random(#yj)], {["Authorization"] = auth})
end
