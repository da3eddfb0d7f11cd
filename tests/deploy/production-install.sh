#!/usr/bin/env bash
# A production install, as the Dockerfile's runtime stage makes it: the server's sources and a
# build (`npm run build` first), production dependencies only (`npm ci --omit=dev`). Starts the
# server on the embedded database, checks /api/health and the app, then stops it with SIGTERM.
# Usage: tests/deploy/production-install.sh [dist folder]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
test -f "$dist/.server/course.json" || { echo "No build with a compiled course in $dist: run npm run build first." >&2; exit 1; }

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cp "$root/package.json" "$root/package-lock.json" "$work/"
cp -r "$root/src" "$work/src"
cp -r "$dist" "$work/dist"
(cd "$work" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
if [ -e "$work/node_modules/vite" ] || [ -e "$work/node_modules/unified" ]; then
  echo "development dependencies were installed" >&2
  exit 1
fi

(cd "$work" && PORT=0 HOST=127.0.0.1 DATA_DIR="$work/data" exec node --import tsx src/server/start.ts >"$work/server.log" 2>&1) &
pid=$!
url=
for _ in $(seq 1 120); do
  url=$(grep -o 'Server listening at http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -n 1 | sed 's/Server listening at //' || true)
  [ -n "$url" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.5
done
[ -n "$url" ] || { cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; }

health=$(curl -fsS "$url/api/health")
[ "$health" = '{"status":"ok","database":"pglite"}' ] || { echo "unexpected health answer: $health" >&2; exit 1; }
curl -fsS "$url/" | grep -q '<div id="root"' || { echo "the app is not served" >&2; exit 1; }
grep -q '"course: as built in DIST_DIR"' "$work/server.log" || { echo "the server did not run on the built course" >&2; exit 1; }

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || { cat "$work/server.log" >&2; echo "the server exited with $status on SIGTERM" >&2; exit 1; }
echo "production install: health ok at $url, stopped cleanly"
