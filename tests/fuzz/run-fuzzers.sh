#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) in a small separate CMake tree and runs
# each for the given number of seconds on its seed corpus (tests/fuzz/corpus/<target>/). Fails on
# the first crash, leak, sanitizer report or timeout; the crashing input is kept in the build dir.
#
#   tests/fuzz/run-fuzzers.sh [seconds per target, default 60] [build dir, default <repo>/build-fuzz]
set -euo pipefail

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${2:-${NIGRAN_FUZZ_BUILD:-$root/build-fuzz}}
targets=(fuzz_nmea fuzz_gpx fuzz_csvfix fuzz_syncmessage fuzz_fixcodec fuzz_vendorbatch)

if [[ ! -f "$build/build.ninja" ]]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER}
fi
cmake --build "$build" -j"${NIGRAN_FUZZ_JOBS:-2}" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    work="$build/corpus-work/$target"
    artifacts="$build/artifacts/$target/"
    mkdir -p "$work" "$artifacts"
    echo "== $target: ${seconds}s"
    dict=()
    [[ -f "$here/$name.dict" ]] && dict=(-dict="$here/$name.dict")
    if ! "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        "${dict[@]}" -artifact_prefix="$artifacts" -print_final_stats=1 \
        "$work" "$here/corpus/$target" 2>"$build/$target.log"; then
        echo "!! $target failed; see $build/$target.log and $artifacts" >&2
        tail -40 "$build/$target.log" >&2
        status=1
        continue
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$build/$target.log" | tail -3
done
exit $status
