-- wrk script: sends the requests listed in the file named by $WRK_REQUESTS in turn, one per line,
-- either "GET <path>" or "POST <path> <form-encoded body>"; each thread starts at a different line.
local requests = {}
local i = 0

function init(args)
  for line in io.lines(os.getenv("WRK_REQUESTS")) do
    local method, path, body = line:match("^(%u+) (%S+) ?(.*)$")
    requests[#requests + 1] = { method = method, path = path, body = body }
  end
  i = math.random(#requests)
end

function request()
  i = i % #requests + 1
  local r = requests[i]
  if r.method == "POST" then
    return wrk.format("POST", r.path, { ["Content-Type"] = "application/x-www-form-urlencoded",
                                        ["Accept"] = "application/sparql-results+json" }, r.body)
  end
  return wrk.format("GET", r.path, { ["Accept"] = os.getenv("WRK_ACCEPT") or "*/*" })
end
