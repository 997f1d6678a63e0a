#!/usr/bin/env bash
# The script behind the two README commands, for a fresh Debian 12 machine:
#   packaging/ejournal.sh demo   install what is missing, build, create the demo school,
#                                start the server and the desktop client
#   packaging/ejournal.sh test   install what is missing, build, run the whole test suite
# Idempotent; works as root (CI) and as a user with sudo.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR="$ROOT/build"
PORT=${EJOURNAL_PORT:-7443}
# As root, PostgreSQL runs as the postgres user, who cannot pass through /root.
if [ "$(id -u)" -eq 0 ]; then
    DEMO_DIR=${EJOURNAL_DEMO_DIR:-/var/lib/ejournal/demo}
else
    DEMO_DIR=${EJOURNAL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/ejournal/demo}
fi

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libsodium-dev libssl-dev libpq-dev
    postgresql-15
    xvfb xauth poppler-utils fonts-dejavu-core
    clang libclang-rt-14-dev
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "Debian packages: all present"
        return
    fi
    say "Installing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    say "Building (2 jobs)"
    cmake --preset default -S "$ROOT" >/dev/null
    cmake --build --preset default
}

run_tests() {
    say "Running the test suite"
    cd "$ROOT"
    ctest --preset default
}

server_answers() {
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

run_demo() {
    local server="$BUILD_DIR/server/ejournal-server"
    say "Demo school in $DEMO_DIR"
    mkdir -p "$(dirname "$DEMO_DIR")"
    "$server" demo --data-dir "$DEMO_DIR"
    if server_answers; then
        say "A server already answers on port $PORT"
    else
        say "Starting the server on port $PORT (log: $DEMO_DIR/server.log)"
        nohup "$server" serve --data-dir "$DEMO_DIR" --listen "0.0.0.0:$PORT" \
            >"$DEMO_DIR/server.log" 2>&1 </dev/null &
        echo $! >"$DEMO_DIR/server.pid"
        for _ in $(seq 1 100); do
            server_answers && break
            sleep 0.2
        done
        server_answers || { cat "$DEMO_DIR/server.log"; echo "The server did not start." >&2; exit 1; }
    fi
    say "Demo accounts (one per role here; all of them in $DEMO_DIR/demo-credentials.csv):"
    awk -F, 'NR == 1 || !seen[$3]++' "$DEMO_DIR/demo-credentials.csv" | column -s, -t
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        say "Starting the desktop client"
        exec "$BUILD_DIR/desktop/ejournal" --server "localhost:$PORT" --login deputy --trust-on-first-use
    fi
    cat <<TXT

No display here, so the desktop client was not started. The server keeps running:
  address      localhost:$PORT (TLS; the client asks you to trust its certificate once)
  stop it      kill \$(cat "$DEMO_DIR/server.pid")
  try it       $BUILD_DIR/cli/ejournal-cli --server localhost:$PORT --trust-on-first-use \\
                   --login deputy --password-file <file with the deputy's password> me
  on a desktop $BUILD_DIR/desktop/ejournal --server localhost:$PORT --login deputy
TXT
}

case "${1:-}" in
demo)
    install_packages
    build
    run_demo
    ;;
test)
    install_packages
    build
    run_tests
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
