#!/usr/bin/env python3
"""Start-up timing: runs each command RUNS times, the commands taking turns (so a burst of load on a shared machine
hits each alike), after one warm-up run each; prints medians of wall time and of CPU time (user + system of the
child processes). Usage: turns.py RUNS 'command A' 'command B' ..."""
import os
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
commands = sys.argv[2:]
results = {c: [] for c in commands}
for c in commands:
    subprocess.run(c, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(runs):
    for c in commands:
        before, start = os.times(), time.time()
        subprocess.run(c, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end, after = time.time(), os.times()
        user = after.children_user - before.children_user
        system = after.children_system - before.children_system
        results[c].append((end - start, user + system, user, system))
for c in commands:
    wall = [r[0] for r in results[c]]
    print(f"wall median {statistics.median(wall):.3f} s (min {min(wall):.3f}, max {max(wall):.3f}); "
          f"CPU median {statistics.median([r[1] for r in results[c]]):.3f} s "
          f"(user {statistics.median([r[2] for r in results[c]]):.3f} + "
          f"system {statistics.median([r[3] for r in results[c]]):.3f}); {runs} runs: {c}")
