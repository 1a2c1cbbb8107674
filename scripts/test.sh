#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine with the .NET SDK, then runs every test project.
# Ends with one plain line: "N passed, N failed" summed over all test projects.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/lib/libgdiplus.so ] || [ -e /usr/lib/x86_64-linux-gnu/libgdiplus.so ] || need+=(libgdiplus)
python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >&2 || { echo "apt-get install failed" >&2; exit 1; }
fi

dotnet build Briefing.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0; status=0
results=$(mktemp -d)
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name" >&2
  log="$results/$name.log"
  dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  p=$(grep -E '^\s*succeeded:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
  f=$(grep -E '^\s*failed:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
  if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then f=1; fi
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  [ "$rc" -ne 0 ] && status=1
done
echo "${passed} passed, ${failed} failed"
exit $status
