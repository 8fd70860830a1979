# Sourced by scripts/serve and scripts/test: make .venv and install the pinned requirements.
# Installs again only when a requirements file changed (a stamp holds their hash).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"

pick_python() {
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "error: Python 3.11 or newer is needed (python3.11 not found)" >&2
  return 1
}

ensure_venv() {  # ensure_venv requirements-file
  local requirements="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "==> creating $VENV"
    "$(pick_python)" -m venv "$VENV"
  fi
  local stamp="$VENV/.requirements-$(basename "$requirements").sha256"
  local want
  want="$(cat "$ROOT"/requirements*.txt | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "==> installing $(basename "$requirements")"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/$requirements"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --upgrade \
      --target "$VENV/divisions-2025" -r "$ROOT/requirements-divisions.txt"
    echo "$want" > "$stamp"
  fi
}
