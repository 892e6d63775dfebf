-- wrk: GET /api/stories pages: the three sort orders, the first 50 pages of each.
local sorts = {"recent", "size", "sources"}
init = function(args) math.randomseed(os.time() + math.random(1000)) end
request = function()
  return wrk.format("GET", "/api/stories?limit=20&sort=" .. sorts[math.random(3)] ..
                    "&offset=" .. 20 * math.random(0, 49))
end
