#!/usr/bin/env bash
# Installs every Debian 12 package Nigran needs to build, run and test.
# Safe to run repeatedly; needs root (or sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-private-dev qt6-positioning-dev qt6-tools-dev qt6-l10n-tools
    qt6-tools-dev-tools qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    libsqlcipher-dev sqlcipher libssl-dev openssl libexpected-dev
    libcpp-httplib-dev libpqxx-dev postgresql libzstd-dev
    libbenchmark-dev xvfb xauth fonts-noto-core poppler-utils clang-14 libclang-rt-14-dev
    clang-format-14 curl
)
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
