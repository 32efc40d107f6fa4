#!/usr/bin/env python3
"""Writes N distinct Markdown listing documents (about 4 KB each) in the seeds' format, for import-scaling.sh.

Document i lists 12 posts, i*4 .. i*4+11 of one pool, so each post is mentioned by three documents and
the importer has to merge across documents (by title), as with real scrapes. Every document is its own
page (its own **URL**), so nothing supersedes anything. Usage: make-documents.py COUNT FOLDER
"""
import os
import random
import sys

WORDS = ("data platform experiment confidence listening model pipeline backend mobile search "
         "recommendation audio streaming latency signal quality metrics testing release fleet "
         "engineering culture design scale insight ranking playlist podcast").split()
CATEGORIES = ["DATA SCIENCE", "DATA", "MACHINE LEARNING", "PLATFORM", "BACKEND", "MOBILE"]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def post(k):
    r = random.Random(k)
    title = f"Post {k}: " + " ".join(r.choice(WORDS).capitalize() for _ in range(6))
    excerpt = f"Story {k} about " + " ".join(r.choice(WORDS) for _ in range(22)) + "..."
    date = f"{MONTHS[k % 12]} {1 + k % 28}, {2015 + k % 10}"
    categories = r.sample(CATEGORIES, 1 + k % 2)
    return date, title, excerpt, categories


def document(i):
    lines = [f"# Listing {i} | Spotify Engineering", "", "**Source**: Spotify Engineering",
             f"**URL**: https://engineering.atspotify.com/page/{i}", "**Scraped**: 2025-10-10T06:26:11.966904",
             "**Category**: dev_code", "", "---", "", "Engineering", ""]
    for k in range(i * 4, i * 4 + 12):
        date, title, excerpt, categories = post(k)
        lines += [date, title, excerpt, *categories]
    lines += ["Load More", ""]
    return "\n".join(lines)


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        with open(os.path.join(folder, f"listing-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(document(i))


if __name__ == "__main__":
    main()
