#!/usr/bin/env bash
# Measures AgentHost's engine against llama.cpp's own llama-bench (built from the source of exactly the llama.cpp
# AgentHost binds) on the same GGUF file and thread count, and writes bench/RESULTS.md.
#   bench/run.sh [model.gguf]      default model: the small demo model (~1 B params), generated into bench/work/
#   THREADS=N bench/run.sh         default: all processors
# Run it on a quiet machine: ggml's worker threads spin while waiting, so any other load skews both sides.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
threads=${THREADS:-$(nproc)}
work="$root/bench/work"
mkdir -p "$work"

dotnet build -c Release "$root/src/AgentHost/AgentHost.csproj" -nologo -v q >&2
app="$root/src/AgentHost/bin/Release/net10.0/AgentHost"
model=${1:-$work/agenthost-demo-small.gguf}
[ -f "$model" ] || "$app" models demo --size small --out "$model" >&2
llama_bench=$(bash "$root/bench/build-llama-bench.sh")

"$llama_bench" -m "$model" -t "$threads" -p 64 -n 128 -r 5 -o json > "$work/llama-bench.json"
"$app" bench --model "$model" --threads "$threads" --tokens 128 --prompt-tokens 64 --concurrency 1 4 8 \
  --repetitions 5 --json "$work/agenthost-bench.json"
python3 "$root/bench/report.py" "$work/llama-bench.json" "$work/agenthost-bench.json" "$model" "$threads" > "$root/bench/RESULTS.md"
cat "$root/bench/RESULTS.md"
