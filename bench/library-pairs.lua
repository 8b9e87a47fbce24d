-- wrk script for the library's uncached search (docs/benchmarks.md, issue 11): each request a two-word search from the
-- words of the benchmark's practice texts, walking the 4,761 pairs in steps of 7 from an offset per SEED, the threads
-- 2,380 steps apart, so that two threads ask each pair at most once until they have sent 4,761 requests between them
-- and no answer comes from the portal's result cache (rounds of the same portal at least a minute apart).
--   SEED=1 wrk -t2 -c4 -d20s -s bench/library-pairs.lua http://127.0.0.1:<port>
local words = {"climate","adaptation","heat","partnership","school","water","waste","youth","exchange","energy","migration",
  "health","business","training","refugees","flooding","trees","mobility","cycling","digital","culture","sport","networks",
  "municipal","cooperation","sustainable","indicators","adapting","schools","volunteers","Klima","Anpassung","Hitze",
  "Partnerschaft","Schulen","Wasser","Abfall","Jugend","Austausch","Energie","Gesundheit","Wirtschaft","Ausbildung",
  "Hochwasser","Kultur","Sport","Netzwerke","kommunale","Zusammenarbeit","Entwicklung","nachhaltige","Indikatoren",
  "Partnerschaften","Integration","Handel","Kompetenzen","Beschaffung","Krankenhaus","Migration","trade","fair",
  "procurement","hospital","skills","twinning","reporting","integration","development","partnerships"}
local threads = 0
local seed = tonumber(os.getenv("SEED") or "1")

function setup(thread)
  threads = threads + 1
  thread:set("offset", seed * 7919 + threads * 7 * 2380)
end

local n = 0
request = function()
  n = n + 1
  local k = (offset + n * 7) % (#words * #words)
  local a = words[(k % #words) + 1]
  local b = words[(math.floor(k / #words) % #words) + 1]
  return wrk.format("GET", "/BestPractices?q=" .. a .. "+" .. b)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests %d, %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
end
