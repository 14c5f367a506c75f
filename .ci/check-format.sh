#!/usr/bin/env bash
# Fails when a C++ source is not formatted by the checked-in .clang-format (clang-format 14).
set -u
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 1
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui models sync tests -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || { echo "no sources"; exit 0; }
# shellcheck disable=SC2086
if ! clang-format-14 --dry-run --Werror $files; then
    echo "Run: clang-format-14 -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
echo "format ok: $(echo "$files" | wc -l) files"
