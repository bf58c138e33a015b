#!/usr/bin/env bash
# Regenerates the PNG pages in docs/images/render/: the project's sample rendered from its input
# workbook (juesuan demo), and seed 001's tables rendered the same way, as PDF pages through
# LibreOffice and pdftoppm. Needs ../shared beside the checkout and scripts/install-office.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-office.sh
out=docs/images/render
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Juesuan.Cli -v q -nologo >/dev/null
juesuan=src/Juesuan.Cli/bin/Debug/net10.0/juesuan
"$juesuan" demo --out "$work/demo" >/dev/null
"$juesuan" render ../shared/seeds/001_*.txt --out "$work/seed" --name seed001 --formats pdf >/dev/null 2>&1

# The first page (after the contents) whose text holds every given string.
page_of() {
    local pdf=$1; shift
    local pages; pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    for ((p = 3; p <= pages; p++)); do
        # pdftotext spaces out runs in different fonts ("公开 01 表"): compare without blanks.
        local text; text=$(pdftotext -f "$p" -l "$p" "$pdf" - 2>/dev/null | tr -d ' \n')
        local all=1
        for s in "$@"; do grep -qF -- "$s" <<<"$text" || { all=0; break; }; done
        if [ $all -eq 1 ]; then echo "$p"; return; fi
    done
    echo "docs-pages.sh: no page of $pdf holds: $*" >&2
    exit 1
}

shot() { # PDF PAGE NAME
    [ -n "$2" ] || exit 1
    pdftoppm -png -r 70 -f "$2" -l "$2" -singlefile "$1" "$out/$3"
    echo "$out/$3.png (page $2)"
}

rm -rf "$out"; mkdir -p "$out"
sample="$work/demo/rendered/sample-disclosure.pdf"
shot "$sample" 2 sample-contents
shot "$sample" "$(page_of "$sample" 公开01表)" sample-01-summary
shot "$sample" "$(page_of "$sample" 公开02表)" sample-02-income
shot "$sample" "$(page_of "$sample" 公开06表)" sample-06-basic
shot "$sample" "$(page_of "$sample" 公开09表)" sample-09-three-public
shot "$sample" "$(page_of "$sample" 第三部分 收入支出决算总体情况说明)" sample-explanation
shot "$sample" "$(page_of "$sample" 整体支出绩效自评表 总分)" sample-self-evaluation
seed="$work/seed/seed001.pdf"
shot "$seed" "$(page_of "$seed" 公开06表)" seed001-06-basic

# The web system's screenshots in docs/images/web/, taken by the browser tests themselves.
bash scripts/install-browser.sh
shots="$work/shots"
JUESUAN_SCREENSHOTS="$shots" dotnet test tests/Juesuan.Web.BrowserTests -v q --nologo >/dev/null
mkdir -p docs/images/web
for name in 01-findings-beside-the-sentence 03-review-dashboard 06-public-page-with-charts 07-county-summary 08-bulk-audit; do
    cp "$shots/$name.png" docs/images/web/
done
echo "docs-pages.sh: docs/images/web/ updated" >&2
