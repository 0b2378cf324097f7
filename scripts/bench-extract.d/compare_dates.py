#!/usr/bin/env python3
"""Date finding, side by side: DanVan's DateFinder (JSON from bench-reader) and dateparser.

Recall is measured against the gold dates of the seeds (the plan's date, the dates of cited
documents and of deadlines). Usage: compare_dates.py GOLD_DIR SWIFT_JSON SEED.txt...
"""
import json, os, sys, time

from dateparser.search import search_dates

gold_dir, swift_json, seeds = sys.argv[1], sys.argv[2], sys.argv[3:]
swift = json.load(open(swift_json))


def gold_dates(name):
    g = json.load(open(os.path.join(gold_dir, os.path.splitext(name)[0] + ".gold.json"), encoding="utf-8"))
    dates = {g.get("date")} | {r.get("date") for r in g.get("legal_refs") or []} | {d.get("date") for d in g.get("deadlines") or []}
    return {d for d in dates if d}


texts = {os.path.basename(p): open(p, encoding="utf-8").read() for p in seeds}
total_bytes = sum(len(t.encode("utf-8")) for t in texts.values())
dp_found, gold_total, hit_swift, hit_dp = {}, 0, 0, 0
start = time.perf_counter()
for name, text in texts.items():
    found = search_dates(text, languages=["vi"]) or []
    dp_found[name] = {d.date().isoformat() for _, d in found}
dp_seconds = time.perf_counter() - start
for name in texts:
    gold = gold_dates(name)
    gold_total += len(gold)
    hit_swift += len(gold & set(swift["found"].get(name, [])))
    hit_dp += len(gold & dp_found[name])
result = {
    "gold_dates": gold_total,
    "danvan": {"recall": hit_swift / gold_total, "mb_per_s": swift["mb_per_s"], "seconds_per_pass": swift["seconds_per_pass"]},
    "dateparser": {"recall": hit_dp / gold_total, "mb_per_s": total_bytes / 1048576 / dp_seconds, "seconds_per_pass": dp_seconds},
}
print(json.dumps(result))
