#!/usr/bin/env python3
"""Prints finishedAt - startedAt of an import report (`import --json` output), in seconds."""
import json
import sys
from datetime import datetime

report = json.load(open(sys.argv[1]))
elapsed = datetime.fromisoformat(report["finishedAt"]) - datetime.fromisoformat(report["startedAt"])
print(f"{elapsed.total_seconds():.2f}")
