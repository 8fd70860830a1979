# Sourced by scripts/serve and scripts/test: the Debian programs the readers call.
#   antiword                      Word 97-2003 (.doc) files
#   tesseract-ocr(-vie)           scans and images, read by OCR with the Vietnamese model
#   poppler-utils                 pdftoppm, which renders a scanned PDF's pages for OCR
#   libgl1, libglib2.0-0          what OpenCV (under the recogniser of hand-written figures on scans) links to
ensure_debian_readers() {
  local missing=()
  command -v antiword >/dev/null 2>&1 || missing+=(antiword)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
  { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; } || missing+=(tesseract-ocr-vie)
  ldconfig -p 2>/dev/null | grep -q 'libGL\.so\.1 ' || missing+=(libgl1)
  ldconfig -p 2>/dev/null | grep -q 'libgthread-2\.0\.so\.0 ' || missing+=(libglib2.0-0)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing Debian packages for the readers: ${missing[*]}"
  can_install_debian_packages || {
    echo "warning: ${missing[*]} missing and installing needs root (apt-get install ${missing[*]}); .doc files and scans will be refused" >&2
    return 0
  }
  install_debian_packages "${missing[@]}"
}

# Whether Debian packages can be installed here: as root, or through sudo.
can_install_debian_packages() {
  [ "$(id -u)" = "0" ] || command -v sudo >/dev/null 2>&1
}

# install_debian_packages PACKAGE...: apt-get, as root or through sudo, quietly, without recommends.
install_debian_packages() {
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
