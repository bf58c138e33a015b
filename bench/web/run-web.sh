#!/usr/bin/env bash
# Load test of the public disclosure page (issue 6 target: p99 <= 50 ms at 200 concurrent
# connections on loopback). Starts `juesuan serve` (Release) on a fresh demo database, then runs
# wrk against:
#   1. /disclosures/{id} as the public reads it (output cache on: published pages are cached
#      until the next publication);
#   2. the same page with a random query string, so every request misses the output cache and
#      runs the page (Razor, from the page data kept in memory since the last publication);
#   3. the peer: nginx (Debian) serving the same HTML bytes as a static file.
# Prints a markdown section on stdout. Usage: bench/web/run-web.sh [--duration 20] [--connections 200]
set -euo pipefail

duration=20
connections=200
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        *) echo "run-web.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then echo "run-web.sh: needs ${need[*]} (apt-get install as root)" >&2; exit 2; fi
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

work="$(mktemp -d)"
server_pid=""; nginx_conf=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [ -n "$nginx_conf" ] && /usr/sbin/nginx -c "$nginx_conf" -s stop 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$root/src/Juesuan.Cli" -c Release -nologo -v quiet >&2
port=5187; peer_port=5188
"$root/src/Juesuan.Cli/bin/Release/net10.0/juesuan" serve --urls "http://127.0.0.1:$port" --data "$work/data" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do grep -q "Juesuan 已启动" "$work/serve.log" 2>/dev/null && break; sleep 0.5; done
grep -q "Juesuan 已启动" "$work/serve.log" || { cat "$work/serve.log" >&2; echo "run-web.sh: server did not start" >&2; exit 1; }

base="http://127.0.0.1:$port"
id=$(curl -s "$base/api/disclosures" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
page="/disclosures/$id"
curl -s "$base$page" >"$work/page.html"
bytes=$(wc -c <"$work/page.html")

# The peer serves the very same bytes.
mkdir -p "$work/www/disclosures" "$work/nginx"
chmod 755 "$work"   # nginx workers run as www-data
cp "$work/page.html" "$work/www/disclosures/$id"
nginx_conf="$work/nginx/nginx.conf"
cat >"$nginx_conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
    server { listen 127.0.0.1:$peer_port; root $work/www; }
}
CONF
/usr/sbin/nginx -c "$nginx_conf"

cat >"$work/random.lua" <<'LUA'
request = function()
    return wrk.format("GET", wrk.path .. "?r=" .. math.random(1, 1000000000))
end
LUA

# wrk prints "50%   1.23ms" lines with --latency; normalise every latency to ms.
ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.2f", v }' "$2"; }
run() { # name url [script]
    local out="$work/$1.txt"
    wrk -t2 -c50 -d3s ${3:+-s "$3"} "$2" >/dev/null 2>&1   # warm-up (JIT, caches, connections)
    wrk -t2 -c"$connections" -d"${duration}s" --latency --timeout 10s ${3:+-s "$3"} "$2" >"$out" 2>&1
    local rps errors
    rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$out")
    errors=$(awk '/Non-2xx|Socket errors/ { print }' "$out" | tr '\n' ' ')
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$4" "$rps" "$(ms 50% "$out")" "$(ms 90% "$out")" "$(ms 99% "$out")" "$(awk '/Latency/ { print $4 }' "$out")" "${errors:-none}"
}

echo "Public disclosure page \`$page\` ($bytes bytes), wrk -t2 -c$connections -d${duration}s on loopback, $(nproc) cores shared by wrk and the server, $(date -u +%Y-%m-%d)."
echo
echo "| what | requests/s | p50 ms | p90 ms | p99 ms | max | errors |"
echo "|---|---:|---:|---:|---:|---:|---|"
run cached "$base$page" "" "Juesuan, output cache (what readers get)"
run uncached "$base$page" "$work/random.lua" "Juesuan, output cache missed: every request runs the page"
run peer "http://127.0.0.1:$peer_port$page" "" "peer: nginx $(/usr/sbin/nginx -v 2>&1 | sed 's/.*\///') static file, same bytes"
