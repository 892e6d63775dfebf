-- wrk: GET /api/stories/{id} for ids drawn at random from $IDS (one id per line).
local ids = {}
init = function(args)
  for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
  math.randomseed(os.time() + math.random(1000))
end
request = function()
  return wrk.format("GET", "/api/stories/" .. ids[math.random(#ids)])
end
