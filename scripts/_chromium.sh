# Sourced by scripts/test: make sure Debian's chromium is installed for the browser tests, with the fonts the
# test scans are printed in: Liberation Serif has the metrics of Times New Roman, the font Vietnamese
# administrative documents are typed in (Nghị định 30/2020/NĐ-CP); Noto for every other page.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -q "Liberation Serif" && fc-list 2>/dev/null | grep -q "Noto Serif"; then
    return 0
  fi
  echo "==> installing Debian's chromium and fonts (browser tests, test scans)"
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "error: /usr/bin/chromium is missing and installing it needs root (apt-get install chromium)" >&2
      return 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-liberation fontconfig >/dev/null
}
