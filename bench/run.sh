#!/usr/bin/env bash
# Parse-time benchmarks.
#   bench/run.sh [quick] [--iterations N]   quick harness with the peers (pdftotext, python-docx);
#                                           its markdown goes into bench/README.md between the markers
#   bench/run.sh check [--iterations N] [--documents N]
#                                           audit harness: rule/check/read+check times with grep as
#                                           peer, recall and false alarms; into bench/README.md too
#   bench/run.sh render [--iterations N] [--pdf-runs N]
#                                           writing harness: .docx/.xlsx/.html/.json from figures with
#                                           python-docx as peer, PDF conversion timed separately
#   bench/run.sh web [--duration S] [--connections N]
#                                           load test of the public disclosure page with wrk, nginx
#                                           serving the same bytes as peer (bench/web/run-web.sh)
#   bench/run.sh full [--run short|medium|long|dry|default] [BenchmarkDotNet args]
#                                           the BenchmarkDotNet suite (ShortRun unless told)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/Juesuan.Bench"
mode="quick"
if [ $# -gt 0 ] && { [ "$1" = quick ] || [ "$1" = full ] || [ "$1" = check ] || [ "$1" = render ] || [ "$1" = web ]; }; then
    mode="$1"
    shift
fi

# The peers come from Debian. python3-docx is installed for the system /usr/bin/python3, not
# for a pyenv python earlier on PATH, which is why the harness calls /usr/bin/python3.
install_peers() {
    local need=()
    command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
    /usr/bin/python3 -c 'import docx' >/dev/null 2>&1 || need+=(python3-docx)
    [ ${#need[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        # A failed install is not fatal: the harness then reports the peer as not available.
        apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null \
            || echo "run.sh: could not install ${need[*]}; they will show as not available" >&2
    else
        echo "run.sh: not root, cannot install ${need[*]}; they will show as not available" >&2
    fi
}

if [ "$mode" = full ]; then
    # BenchmarkDotNet builds and runs its own child processes.
    exec dotnet run -c Release --project "$project" -- "$@"
fi

marker="results"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
if [ "$mode" = web ]; then
    marker="web"
    bash "$here/web/run-web.sh" "$@" >"$results"
elif [ "$mode" = check ]; then
    marker="check"
elif [ "$mode" = render ]; then
    marker="render"
    install_peers
    bash "$here/../scripts/install-office.sh" || echo "run.sh: LibreOffice not installed; PDF not measured" >&2
else
    install_peers
fi
if [ "$mode" != web ]; then
    dotnet build "$project" -c Release -nologo -v quiet

    # No taskset: the harness pins its parsing thread to one core itself. A process started on a
    # single CPU makes tiered JIT wait ten times longer before optimizing, which would keep the
    # parsers in unoptimized code for most of the run.
    dotnet run -c Release --no-build --project "$project" -- "$mode" "$@" >"$results"
fi
cat "$results"

readme="$here/README.md"
if [ ! -f "$readme" ] || ! grep -q "<!-- $marker:start -->" "$readme"; then
    printf '\n## Results (%s)\n\n<!-- %s:start -->\n<!-- %s:end -->\n' "$marker" "$marker" "$marker" >>"$readme"
fi
awk -v f="$results" -v start="<!-- $marker:start -->" -v end="<!-- $marker:end -->" '
    $0 == start { print; while ((getline line < f) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }
' "$readme" >"$readme.new"
mv "$readme.new" "$readme"
echo "run.sh: results written to $readme" >&2
