#!/usr/bin/env bash
# Builds AgentHost for a Linux x64 host without containers: a self-contained publish (no .NET install needed on
# the target) with the pinned llama.cpp libraries next to the app, the agent packages, the systemd unit and the
# deployment guide, packed as one tarball to carry into the hospital network.
#   deploy/publish.sh [cpu|cuda] [output-folder]      (default: cpu, artifacts/)
# Needs, on the build machine only: the .NET 10 SDK, Node.js/npm and git (native/fetch.sh), and internet access.
# Result: <output>/agenthost-<version>-linux-x64-<backend>.tar.gz and its .sha256; it unpacks to agenthost/,
# meant for /opt/agenthost (deploy/systemd/agenthost.service).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
backend=${1:-cpu}
out=${2:-$root/artifacts}
case "$backend" in cpu|cuda) ;; *) echo "deploy/publish.sh: unknown backend '$backend' (expected cpu or cuda)" >&2; exit 2;; esac
command -v dotnet >/dev/null 2>&1 || { echo "deploy/publish.sh: the .NET 10 SDK (dotnet) is needed to build" >&2; exit 3; }

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
name="agenthost-${version:-0.0.0}-linux-x64-$backend"
mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
app="$stage/agenthost"

# The llama.cpp build is fetched for the requested backend (CUDA includes the CPU libraries as a fallback).
bash "$root/native/fetch.sh" "$backend"

# Self-contained: the target needs only glibc, libstdc++, ICU (libicu) and, for CUDA, the NVIDIA driver plus the
# CUDA 13 runtime (libcudart.so.13, libcublas.so.13).
dotnet publish "$root/src/AgentHost/AgentHost.csproj" -c Release -r linux-x64 --self-contained true \
  -p:LlamaBackend="$backend" -o "$app" --nologo

native_lib="$app/llama/cpu/libllama.v0.5.0.so"
[ "$backend" = cuda ] && native_lib="$app/llama/cuda/libllama.cuda.v0.5.0.so"
[ -f "$native_lib" ] || { echo "deploy/publish.sh: $native_lib is missing from the publish output" >&2; exit 4; }

# Agents:Directory is /opt/agenthost/agents; its parent holds the shared prompts/ and safety/ folders.
cp -R "$root/agents" "$root/prompts" "$root/safety" "$app/"
mkdir -p "$app/docs" "$app/deploy"
cp "$root/docs/DEPLOYMENT.md" "$root/docs/CONFIGURATION.md" "$app/docs/"
cp "$root/deploy/systemd/agenthost.service" "$app/deploy/"

tar -C "$stage" -czf "$out/$name.tar.gz" agenthost
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$out/$name.tar.gz"
