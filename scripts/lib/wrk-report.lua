-- Prints one Markdown row per wrk run: requests/s and latency percentiles (wrk itself prints no p95).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("| %s | %.0f | %.1f | %.1f | %.1f | %d |\n", os.getenv("WRK_LABEL") or "?",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
end
