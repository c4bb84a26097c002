#!/usr/bin/env python3
"""Writes the request bodies of the load benchmark, one JSON cluster a line, from the shared data
(never copied into the repository): the aleppo-truce example folder, then the Multi-News
validation clusters of about its size (12-30 KB, as aleppo's 19 KB)."""
import json
import os
import sys

shared = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 40
folder = os.path.join(shared, "examples", "aleppo-truce")
docs = [{"id": f.rsplit(".", 1)[0], "text": open(os.path.join(folder, f), encoding="utf-8").read()}
        for f in sorted(os.listdir(folder)) if f.endswith(".txt")]
print(json.dumps({"id": "aleppo-truce", "documents": docs}))
written = 1
with open(os.path.join(shared, "data", "multinews", "val-raw.jsonl"), encoding="utf-8") as lines:
    for line in lines:
        if written >= limit:
            break
        if 12_000 <= len(line.encode("utf-8")) <= 30_000:
            cluster = json.loads(line)
            assert not cluster["id"].startswith("multinews-test-")
            print(json.dumps({"id": cluster["id"], "documents": cluster["documents"]}))
            written += 1
