#!/usr/bin/env python3
"""Assigns the test bed's events to the dev and sealed splits (corpus/split.json).

One third of the events are sealed: scored by `triangulate eval corpus`, never read while rules change. The draw is
seeded and repeatable; events already in split.json keep their split, so adding events never moves a sealed event
into dev. New events are shuffled with the seed and their ids, and the sealed ones are drawn until a third of the
whole bed is sealed.

Usage: scripts/split-corpus.py [corpus-folder]   (rewrites split.json; prints what it assigned)
"""
import json
import os
import random
import sys

SEED = 20261203


def main() -> int:
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "corpus")
    events = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "gold.json")))
    path = os.path.join(root, "split.json")
    split = {"seed": SEED, "dev": [], "sealed": []}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            split.update(json.load(f))
    known = set(split["dev"]) | set(split["sealed"])
    new = [e for e in events if e not in known]
    rng = random.Random(f"{SEED}:{','.join(new)}")
    rng.shuffle(new)
    target = round(len(events) / 3)
    for event in new:
        (split["sealed"] if len(split["sealed"]) < target else split["dev"]).append(event)
        print(f"{event}: {'sealed' if event in split['sealed'] else 'dev'}")
    split["dev"] = sorted(e for e in split["dev"] if e in events)
    split["sealed"] = sorted(e for e in split["sealed"] if e in events)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(split, f, indent=1)
        f.write("\n")
    print(f"{len(split['dev'])} dev, {len(split['sealed'])} sealed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
