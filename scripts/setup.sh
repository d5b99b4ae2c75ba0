#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there.
# Usage: scripts/setup.sh [build|test]   (test also installs Chromium for the browser tests)
# Everything comes from the package registries (crates.io, npm, Debian): nothing
# downloads a prebuilt binary or a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
TOOLS=${TOOLS:-$PWD/.tools}
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# 1. The wasm32 standard library for the toolchain in use.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen CLI: must be exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have_bindgen() { "$1" --version 2>/dev/null | grep -qx "wasm-bindgen $want"; }
if have_bindgen "$TOOLS/bin/wasm-bindgen"; then :
elif command -v wasm-bindgen >/dev/null && have_bindgen "$(command -v wasm-bindgen)" \
     && command -v wasm-bindgen-test-runner >/dev/null; then
  mkdir -p "$TOOLS/bin"
  ln -sf "$(command -v wasm-bindgen)" "$TOOLS/bin/wasm-bindgen"
  ln -sf "$(command -v wasm-bindgen-test-runner)" "$TOOLS/bin/wasm-bindgen-test-runner"
else
  say "installing wasm-bindgen-cli $want into $TOOLS (about 2 minutes)"
  # No --locked: the CLI's own lockfile pins a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$want" --root "$TOOLS"
fi

# 3. npm dev tools (playwright-core to drive Chromium, binaryen for wasm-opt), from package-lock.json.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 4. For the browser tests: Debian's Chromium and its driver.
if [ "$what" = test ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
exit 0
