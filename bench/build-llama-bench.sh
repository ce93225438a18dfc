#!/usr/bin/env bash
# Builds llama.cpp's own llama-bench from the source bundle of exactly the build AgentHost binds
# (node-llama-cpp 3.22.1's llama/gitRelease.bundle), into bench/work/llama.cpp/build/bin/llama-bench.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$root/bench/work"
bin="$work/llama.cpp/build/bin/llama-bench"
[ -x "$bin" ] && { echo "$bin"; exit 0; }
bash "$root/native/fetch.sh" cpu >/dev/null
mkdir -p "$work"
[ -d "$work/llama.cpp/.git" ] || git clone -q "$root/native/node_modules/node-llama-cpp/llama/gitRelease.bundle" "$work/llama.cpp"
cmake -S "$work/llama.cpp" -B "$work/llama.cpp/build" -DCMAKE_BUILD_TYPE=Release \
  -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF >&2
cmake --build "$work/llama.cpp/build" --target llama-bench -j "$(nproc)" >&2
echo "$bin"
