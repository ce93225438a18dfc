#!/usr/bin/env bash
# Retrieval benchmark: quality on bench/knowledge/questions.yaml and embedded-store latency at 10k and 100k chunks.
# Writes the "## Retrieval" section of bench/RESULTS.md. Not part of `dotnet test`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet run -c Release --project "$root/bench/knowledge/AgentHost.Knowledge.Bench" -- --repo "$root" "$@"
