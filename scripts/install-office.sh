#!/usr/bin/env bash
# Installs what `juesuan render --formats pdf` and the PDF tests need, from Debian's packages,
# when it is missing: LibreOffice Writer (headless), the Noto CJK fonts it embeds, and
# poppler-utils (pdftoppm, for the PNG pages in docs/). Needs root (CI) or sudo.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fonts="$(fc-list 2>/dev/null || true)"
grep -qi "Noto Serif CJK\|Noto Sans CJK" <<<"$fonts" || missing+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 && sudo="sudo" || { echo "install-office.sh: need root to install ${missing[*]}" >&2; exit 1; }
fi
echo "install-office.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
