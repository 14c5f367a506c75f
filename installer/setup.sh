#!/usr/bin/env bash
# Nigran's two set-up commands (see README.md), for a fresh Debian 12 machine:
#   bash installer/setup.sh run    install packages, build, start the client on the synthetic demo office
#   bash installer/setup.sh test   install packages, build with warnings as errors, run every test
set -euo pipefail
mode=${1:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

case "$mode" in
run | test) ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

bash installer/install-deps.sh

jobs=${NIGRAN_JOBS:-2}
if [ "$mode" = test ]; then
    build=${NIGRAN_BUILD_DIR:-build-ci}
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNIGRAN_WERROR=ON -DNIGRAN_BUILD_BENCHMARKS=ON
    cmake --build "$build" -j "$jobs"
    # GUI tests use real widgets on the offscreen platform; Xvfb is used for screenshots.
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure --timeout 900 -j "$jobs"
else
    build=${NIGRAN_BUILD_DIR:-build}
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNIGRAN_BUILD_TESTS=OFF
    cmake --build "$build" -j "$jobs" --target nigran
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the client under Xvfb (virtual display)." >&2
        exec xvfb-run -a -s "-screen 0 1366x768x24" "$build/app/nigran" --demo
    fi
    exec "$build/app/nigran" --demo
fi
