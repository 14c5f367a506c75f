#!/usr/bin/env bash
# Builds the client's and the centre's .debs with CPack (one package per component) and, for each:
# installs it with apt, checks what it installed, starts it, and purges it again.
#   client: the installed binary offscreen up to its first window.
#   centre: the service's own command line (ExecStart of nigran-centre.service with its settings; via
#           systemctl when systemd is PID 1) as the service user, then a TLS request with an office
#           certificate issued by the PKI the package created, a refused one without, and SIGTERM.
#   test-deb.sh <build-dir> <version>
# Needs root (it installs system packages): exits 77 (skipped) otherwise, and also when a nigran or
# nigran-centre package is already installed, which it will not replace.
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
for package in nigran nigran-centre; do
    if dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
        skip "a $package package is already installed; not replacing it"
    fi
done

work=$(mktemp -d)
chmod 755 "$work" # apt reads the .deb as its unprivileged _apt user
installed=0
centre_installed=0
centre_pid=
had_centre_user=0
getent passwd nigran-centre >/dev/null && had_centre_user=1
had_centre_data=0
[ -e /var/lib/nigran-centre ] && had_centre_data=1
cleanup() {
    if [ -n "$centre_pid" ]; then
        kill -TERM "$centre_pid" 2>/dev/null || true
        wait "$centre_pid" 2>/dev/null || true
    fi
    if [ "$installed" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq nigran >/dev/null 2>&1 || true
    fi
    if [ "$centre_installed" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq nigran-centre >/dev/null 2>&1 || true
    fi
    # The package keeps the centre's data and user on purge (legal records); remove what this test made.
    [ "$had_centre_data" = 1 ] || rm -rf /var/lib/nigran-centre
    if [ "$had_centre_user" = 0 ] && getent passwd nigran-centre >/dev/null; then
        deluser --quiet --system nigran-centre >/dev/null 2>&1 || userdel nigran-centre 2>/dev/null || true
        getent group nigran-centre >/dev/null && { groupdel nigran-centre 2>/dev/null || true; }
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

# ---------------------------------------------------------------------------------------------
echo "== the centre package"
centre_debs=("$work"/packages/nigran-centre_*.deb)
[ "${#centre_debs[@]}" -eq 1 ] || fail "expected one nigran-centre_*.deb, found: ${centre_debs[*]:-none}"
centre_deb=${centre_debs[0]}
case "$(basename "$centre_deb")" in
"nigran-centre_${version}_"*.deb) ;;
*) fail "centre package file name does not carry version $version" ;;
esac
dpkg-deb --info "$centre_deb"
contents=$(dpkg-deb --contents "$centre_deb")
echo "$contents"
for path in ./usr/bin/nigran-centre ./lib/systemd/system/nigran-centre.service \
    ./lib/systemd/system/nigran-centre-crl.service ./lib/systemd/system/nigran-centre-crl.timer \
    ./etc/nigran-centre/nigran-centre.conf; do
    grep -q " $path\$" <<<"$contents" || fail "the centre package lacks $path"
done
if grep -q ' \./usr/bin/nigran$\|\.desktop$\|/include/\|\.a$' <<<"$contents"; then
    fail "the centre package carries files that are not the centre's"
fi
control=$(mktemp -d -p "$work")
dpkg-deb --control "$centre_deb" "$control"
grep -qx '/etc/nigran-centre/nigran-centre.conf' "$control/conffiles" || fail "the settings file is not a conffile"
for script in postinst prerm postrm; do
    [ -x "$control/$script" ] || fail "the centre package lacks an executable $script"
done
unit=/lib/systemd/system/nigran-centre.service
unit_text=$(dpkg-deb --fsys-tarfile "$centre_deb" | tar -xO ".$unit")
for option in 'User=nigran-centre' 'NoNewPrivileges=yes' 'ProtectSystem=strict' 'ReadWritePaths=/var/lib/nigran-centre' 'KillSignal=SIGTERM'; do
    grep -qx "$option" <<<"$unit_text" || fail "the unit lacks $option"
done

echo "== apt-get install nigran-centre"
centre_installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$centre_deb" || fail "apt-get install of the centre failed"
dpkg -s nigran-centre | grep -qx 'Status: install ok installed' || fail "dpkg does not list nigran-centre as installed"
dpkg -s nigran-centre | grep -qx "Version: $version" || fail "installed centre version is not $version"
if ldd /usr/bin/nigran-centre | grep 'not found'; then
    fail "the installed centre misses shared libraries"
fi
out=$(/usr/bin/nigran-centre --version) || fail "nigran-centre --version failed"
[ "$out" = "nigran-centre $version" ] || fail "nigran-centre --version printed \"$out\""
getent passwd nigran-centre >/dev/null || fail "the package did not create the nigran-centre user"
pki=/var/lib/nigran-centre/pki
[ -f "$pki/ca.pem" ] || fail "the package did not create the PKI in $pki"
[ "$(stat -c %U "$pki/ca.key")" = nigran-centre ] || fail "$pki/ca.key is not owned by nigran-centre"
[ "$(stat -c %a "$pki/ca.key")" = 600 ] || fail "$pki/ca.key is readable by others"

echo "== start the centre as its unit does"
for tool in openssl curl runuser setpriv; do
    command -v "$tool" >/dev/null || fail "$tool not found (installer/install-deps.sh installs it)"
done
set -a
# shellcheck disable=SC1091
. /etc/nigran-centre/nigran-centre.conf
set +a
if [ -d /run/systemd/system ]; then
    systemctl restart nigran-centre.service || fail "systemctl restart nigran-centre failed"
    port=${NIGRAN_CENTRE_LISTEN##*:}
else
    # No systemd here: run the unit's ExecStart line, with its settings, as the unit's user, on a
    # free loopback port instead of the configured one.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    NIGRAN_CENTRE_LISTEN=127.0.0.1:$port
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    [ -n "$exec_start" ] || fail "the unit has no ExecStart"
    command_line=()
    eval "command_line=($exec_start)"
    user=$(sed -n 's/^User=//p' "$unit")
    group=$(sed -n 's/^Group=//p' "$unit")
    echo "as $user:$group: ${command_line[*]}"
    # setpriv execs the centre itself (as systemd's User= does), so SIGTERM reaches it directly;
    # runuser would stay in between and turn the exit status into 143.
    (cd / && exec setpriv --reuid="$user" --regid="$group" --init-groups -- "${command_line[@]}" \
        >"$work/centre.out" 2>"$work/centre.err") &
    centre_pid=$!
fi
for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.2
done

echo "== TLS with an office certificate from the package's PKI"
chmod 755 "$work"
echo "package test password" >"$work/password"
chmod 644 "$work/password"
runuser -u nigran-centre -- /usr/bin/nigran-centre pki issue-office --dir "$pki" --office PKGTEST-1 \
    --district TEST-1 --password-file "$work/password" --out /var/lib/nigran-centre/pkgtest.p12 ||
    fail "pki issue-office failed"
openssl pkcs12 -in /var/lib/nigran-centre/pkgtest.p12 -passin "file:$work/password" -nodes -out "$work/office.pem" ||
    fail "openssl cannot read the office bundle"
rm -f /var/lib/nigran-centre/pkgtest.p12
health=$(curl -sS --max-time 20 --cacert "$pki/ca.pem" --cert "$work/office.pem" "https://127.0.0.1:$port/v1/health") ||
    fail "the centre did not answer TLS with the office certificate"
echo "$health"
grep -q '"peer":"PKGTEST-1"' <<<"$health" || fail "the centre did not name the office: $health"
echo "== CRL renewal (nigran-centre-crl.service) while the centre runs"
runuser -u nigran-centre -- /usr/bin/nigran-centre pki crl --renew --dir "$pki" >/dev/null || fail "pki crl --renew failed"
curl -sS --max-time 20 --cacert "$pki/ca.pem" --cert "$work/office.pem" "https://127.0.0.1:$port/v1/health" >/dev/null ||
    fail "the centre refused the office after the CRL was renewed"
if curl -sS --max-time 20 --cacert "$pki/ca.pem" "https://127.0.0.1:$port/v1/health" >/dev/null 2>&1; then
    fail "the centre answered a client without a certificate"
fi
if curl -sS --max-time 20 --tls-max 1.2 --cacert "$pki/ca.pem" --cert "$work/office.pem" "https://127.0.0.1:$port/v1/health" >/dev/null 2>&1; then
    fail "the centre answered a TLS 1.2 client"
fi

echo "== stop (SIGTERM)"
if [ -d /run/systemd/system ]; then
    systemctl stop nigran-centre.service || fail "systemctl stop failed"
else
    kill -TERM "$centre_pid"
    set +e
    wait "$centre_pid"
    status=$?
    set -e
    centre_pid=
    cat "$work/centre.out"
    tail -n 5 "$work/centre.err"
    [ "$status" -eq 0 ] || fail "the centre exited with $status after SIGTERM"
    grep -q '"event":"stopped"' "$work/centre.err" || fail "the centre did not log its shutdown"
fi

echo "== apt-get purge nigran-centre"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq nigran-centre || fail "apt-get purge of the centre failed"
centre_installed=0
if dpkg-query -W -f '${Status}' nigran-centre 2>/dev/null | grep -q 'ok installed'; then
    fail "nigran-centre is still installed after purge"
fi
[ ! -e /usr/bin/nigran-centre ] || fail "/usr/bin/nigran-centre is still there after purge"
[ ! -e /etc/nigran-centre/nigran-centre.conf ] || fail "the settings file is still there after purge"
[ ! -e "$unit" ] || fail "the unit is still there after purge"
echo "PASS"
