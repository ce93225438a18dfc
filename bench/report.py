"""Writes bench/RESULTS.md from llama-bench's JSON and `agenthost bench --json` (run by bench/run.sh)."""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

llama_path, agent_path, model, threads = sys.argv[1:5]
llama = json.load(open(llama_path))
agent = json.load(open(agent_path))

pp = next(r for r in llama if r["n_prompt"] > 0 and r["n_gen"] == 0)
tg = next(r for r in llama if r["n_gen"] > 0 and r["n_prompt"] == 0)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
size_mb = os.path.getsize(model) / 1e6


def ratio(ours, theirs):
    return f"{100 * ours / theirs:.1f} %"


print("# Benchmark results\n")
print("Written by `bench/run.sh`; do not edit by hand. Each number is the median (AgentHost) or mean (llama-bench) of 5 runs.\n")
print(f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, AgentHost commit `{commit}`, llama.cpp build `{tg.get('build_commit', '?')}`")
print(f"- machine: {cpu}, {os.cpu_count()} logical CPUs; {threads} threads on both sides")
print(f"- model: `{os.path.basename(model)}` ({size_mb:.0f} MB, {tg.get('model_type', '?')}, {tg.get('model_n_params', 0) / 1e6:.0f} M params)")
print("- llama-bench: built from node-llama-cpp 3.22.1's llama.cpp source bundle (`bench/build-llama-bench.sh`, Release, native CPU flags); AgentHost: the prebuilt npm libraries it ships with, CPU variant picked at run time\n")
print("| measure | llama.cpp llama-bench | AgentHost engine | AgentHost / llama.cpp |")
print("|---|---:|---:|---:|")
print(f"| prompt processing, pp{pp['n_prompt']} (tokens/s) | {pp['avg_ts']:.1f} ± {pp['stddev_ts']:.1f} | {agent['prompt_tokens_per_second']:.1f} | {ratio(agent['prompt_tokens_per_second'], pp['avg_ts'])} |")
print(f"| single-stream decode, tg{tg['n_gen']} (tokens/s) | {tg['avg_ts']:.1f} ± {tg['stddev_ts']:.1f} | {agent['decode_tokens_per_second']:.1f} | {ratio(agent['decode_tokens_per_second'], tg['avg_ts'])} |")
print()
print("Aggregate generation with concurrent requests (one decode loop, one batch per step):\n")
print("| concurrent requests | aggregate tokens/s | decode calls for the run | vs. 1 request |")
print("|---:|---:|---:|---:|")
base = agent["aggregate"][0]["tokens_per_second"]
for level in agent["aggregate"]:
    print(f"| {level['concurrency']} | {level['tokens_per_second']:.1f} | {level['decode_calls']} | {level['tokens_per_second'] / base:.2f}× |")
print()
print("AgentHost's decode rate is measured from the first to the last generated token of one request, so it includes")
print("sampling (greedy over the 151,939-token vocabulary) and detokenization, which llama-bench's tg does not do.")
