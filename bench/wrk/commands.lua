-- Signed slash commands for wrk, read from a data file in init(): wrk -s commands.lua URL -- FILE THREADS
-- Each line of FILE is "timestamp<TAB>signature<TAB>form body". Thread k sends lines k, k+T, k+2T… once each and
-- stops when its share runs out, so no command is sent twice (a repeat would be a cheap duplicate for nexus).
-- The data file exists because a Lua chunk holding tens of thousands of literal strings silently fails to load.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local path, count = args[1], tonumber(args[2])
  requests, sent, done_count = {}, 0, 0
  busy, non200, in_ack, exhausted = 0, 0, 0, 0
  local i = 0
  for line in io.lines(path) do
    if i % count == id then
      local ts, sig, body = line:match("^(%d+)\t([^\t]+)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", "/slack/events", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Slack-Request-Timestamp"] = ts,
        ["X-Slack-Signature"] = sig,
      }, body)
    end
    i = i + 1
  end
end

function request()
  sent = sent + 1
  -- past the end only while the last responses are in flight; stop() below ends the thread
  return requests[((sent - 1) % #requests) + 1]
end

function response(status, headers, body)
  done_count = done_count + 1
  if status ~= 200 then
    non200 = non200 + 1
  elseif body ~= nil and body:find("busy", 1, true) then
    busy = busy + 1
  elseif body ~= nil and #body > 0 then
    in_ack = in_ack + 1
  end
  if sent >= #requests then
    exhausted = 1
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local b, n, a, x = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    b = b + t:get("busy")
    n = n + t:get("non200")
    a = a + t:get("in_ack")
    x = x + t:get("exhausted")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d busy=%d non200=%d in_ack=%d exhausted=%d"
      .. " connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    b, n, a, x, e.connect, e.read, e.write, e.timeout))
end
