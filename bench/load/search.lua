-- wrk: GET /api/search?q=WORDS with one or two words drawn at random from $WORDS.
local words = {}
init = function(args)
  for line in io.lines(os.getenv("WORDS")) do words[#words + 1] = line end
  math.randomseed(os.time() + math.random(1000))
end
request = function()
  local q = words[math.random(#words)]
  if math.random(2) == 1 then q = q .. "+" .. words[math.random(#words)] end
  return wrk.format("GET", "/api/search?limit=20&q=" .. q)
end
