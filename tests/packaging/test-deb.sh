#!/usr/bin/env bash
# Builds the client's .deb with CPack, installs it with apt, checks what it installed, starts the
# installed binary offscreen up to its first window, and purges it again.
#   test-deb.sh <build-dir> <version>
# Needs root (it installs a system package): exits 77 (skipped) otherwise, and also when a nigran
# package is already installed, which it will not replace.
set -euo pipefail
build=${1:?usage: test-deb.sh <build-dir> <version>}
version=${2:?usage: test-deb.sh <build-dir> <version>}
build=$(cd "$build" && pwd)

skip() {
    echo "SKIP: $*"
    exit 77
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in cpack apt-get dpkg; do
    command -v "$tool" >/dev/null || skip "$tool not found"
done
if dpkg-query -W -f '${Status}' nigran 2>/dev/null | grep -q 'ok installed'; then
    skip "a nigran package is already installed; not replacing it"
fi

work=$(mktemp -d)
chmod 755 "$work" # apt reads the .deb as its unprivileged _apt user
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq nigran >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/packages") || fail "cpack failed"
shopt -s nullglob
debs=("$work"/packages/nigran_*.deb)
[ "${#debs[@]}" -eq 1 ] || fail "expected one nigran_*.deb, found: ${debs[*]:-none}"
deb=${debs[0]}
echo "package: $(basename "$deb")"
case "$(basename "$deb")" in
"nigran_${version}_"*.deb) ;;
*) fail "package file name does not carry version $version" ;;
esac

echo "== package contents"
dpkg-deb --info "$deb"
contents=$(dpkg-deb --contents "$deb")
echo "$contents"
for path in ./usr/bin/nigran ./usr/share/applications/nigran.desktop \
    ./usr/share/icons/hicolor/scalable/apps/nigran.svg ./usr/share/metainfo/nigran.metainfo.xml; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
if grep -q 'nigran-centre\|/include/\|\.a$' <<<"$contents"; then
    fail "the client package carries files that are not the client's"
fi

echo "== apt-get install"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" || fail "apt-get install failed"
dpkg -s nigran
dpkg -s nigran | grep -qx 'Status: install ok installed' || fail "dpkg does not list nigran as installed"
dpkg -s nigran | grep -qx "Version: $version" || fail "installed version is not $version"
[ -x /usr/bin/nigran ] || fail "/usr/bin/nigran is missing"
if ldd /usr/bin/nigran | grep 'not found'; then
    fail "the installed binary misses shared libraries"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/nigran.desktop || fail "invalid desktop file"
fi
if command -v appstreamcli >/dev/null; then
    # Warnings (such as the non-rDNS component id) are reported but do not fail the test.
    report=$(appstreamcli validate --no-net /usr/share/metainfo/nigran.metainfo.xml 2>&1 || true)
    echo "$report"
    if grep -q '^E:' <<<"$report"; then fail "invalid AppStream metadata"; fi
fi

echo "== nigran --version"
out=$(/usr/bin/nigran --version) || fail "nigran --version failed"
echo "$out"
[ "$out" = "nigran $version" ] || fail "nigran --version printed \"$out\", expected \"nigran $version\""

echo "== start offscreen on an empty data folder"
data=$(mktemp -d -p "$work")
set +e
out=$(cd "$work" && QT_QPA_PLATFORM=offscreen NIGRAN_TEST_FAST_KDF=1 timeout 60 \
    /usr/bin/nigran --data-dir "$data" --exit-after-startup 2>"$work/stderr")
status=$?
set -e
echo "$out"
cat "$work/stderr" >&2
[ "$status" -eq 0 ] || fail "nigran exited with $status (124: timed out before showing a window)"
grep -qx 'startup-window: firstRunDialog' <<<"$out" || fail "nigran did not reach the first-run window"

echo "== apt-get purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq nigran || fail "apt-get purge failed"
installed=0
if dpkg-query -W -f '${Status}' nigran 2>/dev/null | grep -q 'ok installed'; then
    fail "nigran is still installed after purge"
fi
[ ! -e /usr/bin/nigran ] || fail "/usr/bin/nigran is still there after purge"
echo "PASS"
