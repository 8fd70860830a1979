# Sourced by scripts/serve and scripts/test: the Debian programs the readers call.
#   antiword     Word 97-2003 (.doc) files
ensure_debian_readers() {
  local missing=()
  command -v antiword >/dev/null 2>&1 || missing+=(antiword)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing Debian packages for the readers: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "warning: ${missing[*]} missing and installing needs root (apt-get install ${missing[*]}); .doc files will be refused" >&2
      return 0
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
