#!/usr/bin/env bash
# Nigran's two set-up commands (see README.md), for a fresh Debian 12 machine:
#   bash installer/setup.sh run    install packages, build, start a local centre and the client on the
#                                  synthetic demo office, enrolled with that centre (real sync)
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
    cmake --build "$build" -j "$jobs" --target nigran nigran-centre
    nigran=$build/app/nigran
    centre=$build/app/nigran-centre

    # A local centre for the demo (embedded SQLite store, its own generated PKI), so that the demo office
    # syncs for real over mutual TLS on loopback. Everything is synthetic.
    data=${XDG_DATA_HOME:-$HOME/.local/share}/nigran
    demo_centre=$data/demo-centre
    mkdir -p "$demo_centre"
    chmod 700 "$demo_centre"
    if [ ! -f "$demo_centre/pki/ca.pem" ]; then
        port=${NIGRAN_DEMO_PORT:-18443}
        "$centre" pki init --dir "$demo_centre/pki" --url "https://127.0.0.1:$port"
        echo "$port" >"$demo_centre/port"
    fi
    port=$(cat "$demo_centre/port")
    # The demo office (created on first use) and its bundle, issued for its office id.
    office_id=$(QT_QPA_PLATFORM=offscreen "$nigran" --demo --print-office-id | tail -n 1)
    if [ ! -f "$demo_centre/office.p12" ] || [ "$(cat "$demo_centre/office.id" 2>/dev/null)" != "$office_id" ]; then
        (umask 077 && head -c 24 /dev/urandom | base64 >"$demo_centre/office.password")
        rm -f "$demo_centre/office.p12"
        "$centre" pki issue-office --dir "$demo_centre/pki" --office "$office_id" --district PB-LHR \
            --password-file "$demo_centre/office.password" --out "$demo_centre/office.p12"
        echo "$office_id" >"$demo_centre/office.id"
    fi
    # A tag vendor's bundle for the simulated tags.
    if [ ! -f "$demo_centre/vendor.p12" ]; then
        (umask 077 && head -c 24 /dev/urandom | base64 >"$demo_centre/vendor.password")
        "$centre" pki issue-vendor --dir "$demo_centre/pki" --vendor demo-tag-vendor \
            --password-file "$demo_centre/vendor.password" --out "$demo_centre/vendor.p12"
    fi

    "$centre" serve --dir "$demo_centre/pki" --listen "127.0.0.1:$port" \
        --store "sqlite:$demo_centre/centre.db" 2>>"$demo_centre/centre.log" &
    centre_pid=$!
    simulator_pid=
    # The centre and the tag simulator stop with the client (SIGTERM: the centre finishes the requests
    # in flight).
    trap 'kill -TERM $simulator_pid "$centre_pid" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            break
        fi
        if ! kill -0 "$centre_pid" 2>/dev/null; then
            echo "The demo centre did not start; see $demo_centre/centre.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "Demo centre: https://127.0.0.1:$port (log: $demo_centre/centre.log)"
    # Synthetic tags of the demo's monitored people (DEMO-TAG-xxxxx) post to the centre's vendor endpoint:
    # the last two days at high speed, then live. Re-posted fixes are idempotent at the centre. The seed
    # and the city are those DemoOffice made the zones with (ui/demooffice.cpp, DemoTagSeed).
    "$centre" simulate-tags --url "https://127.0.0.1:$port" --bundle "$demo_centre/vendor.p12" \
        --password-file "$demo_centre/vendor.password" --devices DEMO-TAG-00000..DEMO-TAG-00299 \
        --seed 2026 --city Lahore --rate 3000 --start "$(date -u -d '-2 days' +%Y-%m-%dT%H:%M:%SZ)" --speedup 3600 \
        >>"$demo_centre/simulator.log" 2>&1 &
    simulator_pid=$!
    echo "Tag simulator: 300 synthetic tags (log: $demo_centre/simulator.log)"

    client=("$nigran" --demo --enrol-bundle "$demo_centre/office.p12" --enrol-password-file "$demo_centre/office.password")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the client under Xvfb (virtual display)." >&2
        xvfb-run -a -s "-screen 0 1366x768x24" "${client[@]}"
    else
        "${client[@]}"
    fi
fi
