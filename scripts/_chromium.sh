# Sourced by scripts/test, after _debian.sh (install_debian_packages): make sure Debian's chromium is installed for the browser tests, with the fonts the
# test scans are printed in: Liberation Serif has the metrics of Times New Roman, the font Vietnamese
# administrative documents are typed in (Nghị định 30/2020/NĐ-CP); Noto for every other page.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -q "Liberation Serif" && fc-list 2>/dev/null | grep -q "Noto Serif"; then
    return 0
  fi
  echo "==> installing Debian's chromium and fonts (browser tests, test scans)"
  can_install_debian_packages || {
    echo "error: /usr/bin/chromium is missing and installing it needs root (apt-get install chromium)" >&2
    return 1
  }
  install_debian_packages chromium fonts-noto-core fonts-liberation fontconfig
}
