#!/usr/bin/env bash
# Obtains the pinned llama.cpp build that AgentHost binds, into this folder:
#   node_modules/@node-llama-cpp/linux-x64/bins/linux-x64/   prebuilt CPU libraries (always)
#   node_modules/@node-llama-cpp/linux-x64-cuda/bins/...     prebuilt CUDA 13 libraries (with "cuda")
#   llama/                                                   from node-llama-cpp's source bundle of exactly that
#                                                            build: include/*.h, the qwen2 vocab GGUF, templates
# Idempotent and fast when everything is present; run by the first `dotnet build` (AgentHost.Inference.csproj).
# Usage: native/fetch.sh [cpu|cuda]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
backend=${1:-cpu}
version=3.22.1
cpu_lib="$here/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64/libllama.v0.5.0.so"
cuda_lib="$here/node_modules/@node-llama-cpp/linux-x64-cuda/bins/linux-x64-cuda/libllama.cuda.v0.5.0.so"
bundle="$here/node_modules/node-llama-cpp/llama/gitRelease.bundle"
extracted="$here/llama/.complete"

case "$backend" in cpu|cuda) ;; *) echo "native/fetch.sh: unknown backend '$backend' (expected cpu or cuda)" >&2; exit 2;; esac

need_npm=0
[ -f "$cpu_lib" ] && [ -f "$bundle" ] || need_npm=1
[ "$backend" = cuda ] && [ ! -f "$cuda_lib" ] && need_npm=1
if [ $need_npm = 0 ] && [ -f "$extracted" ]; then exit 0; fi

# One fetch at a time, even when several builds start together.
exec 9>"$here/.fetch.lock"
flock 9
[ -f "$cpu_lib" ] && [ -f "$bundle" ] && need_npm=0
[ "$backend" = cuda ] && [ ! -f "$cuda_lib" ] && need_npm=1

if [ $need_npm = 1 ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "AgentHost needs npm (Node.js) once, to fetch the pinned llama.cpp libraries into native/." >&2
    echo "Install Node.js and npm (Debian: apt-get install nodejs npm), or build with -p:LlamaSkipFetch=true and set Inference:LibraryDirectory (and Inference:ModelPath) to a libllama and model of your own." >&2
    exit 3
  fi
  echo "native/fetch.sh: fetching llama.cpp $version packages (npm, --ignore-scripts) ..."
  (cd "$here" && npm install --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error)
  if [ "$backend" = cuda ]; then
    (cd "$here" && npm install --ignore-scripts --no-save --no-audit --no-fund --loglevel=error "@node-llama-cpp/linux-x64-cuda@$version")
  fi
  [ -f "$cpu_lib" ] || { echo "native/fetch.sh: npm finished but $cpu_lib is missing" >&2; exit 4; }
fi

if [ ! -f "$extracted" ]; then
  command -v git >/dev/null 2>&1 || { echo "native/fetch.sh: git is needed to read node-llama-cpp's source bundle" >&2; exit 3; }
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  git clone -q --bare "$bundle" "$tmp/src.git"
  rm -rf "$here/llama"
  mkdir -p "$here/llama"
  git --git-dir="$tmp/src.git" archive HEAD include ggml/include models/ggml-vocab-qwen2.gguf models/templates LICENSE \
    | tar -x -C "$here/llama"
  git --git-dir="$tmp/src.git" rev-parse HEAD > "$here/llama/COMMIT"
  touch "$extracted"
fi
