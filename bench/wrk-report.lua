-- wrk script for bench/wrk.ts: at the end, one JSON line with the figures (latency in microseconds).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK-REPORT {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
