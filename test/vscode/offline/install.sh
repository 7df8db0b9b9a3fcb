#!/usr/bin/env bash
# Installs what the offline VS Code runner needs: Debian packages (Chromium, ripgrep and the
# toolchain code-server's native modules compile with) and code-server from npm into a cache
# folder ignored by git. Nothing is downloaded from outside the npm registry and apt.
# Re-running it reuses the cache. See ../shared/vscode-offline-testing.md for why each step exists.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3  # the newest release whose engines accept Node 20 (VS Code 1.100)
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
CACHE="${POSTMORTEM_VSCODE_CACHE:-$ROOT/.cache/vscode-offline}"
APT_PACKAGES=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install.sh: missing Debian packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})." >&2
    exit 1
  fi
  echo "install.sh: installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

installed_version="$(node -p "require('$CACHE/node_modules/code-server/package.json').version" 2>/dev/null || true)"
if [[ "$installed_version" == "$CODE_SERVER_VERSION" && -x "$CACHE/node_modules/.bin/code-server" ]]; then
  echo "install.sh: code-server $CODE_SERVER_VERSION already in $CACHE"
  exit 0
fi

# @vscode/ripgrep downloads rg from GitHub unless it finds this archive in its cache.
ripgrep_cache="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
mkdir -p "$ripgrep_cache"
tar -czf "$ripgrep_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg

mkdir -p "$CACHE"
[[ -f "$CACHE/package.json" ]] || echo '{ "name": "postmortem-vscode-offline", "private": true }' > "$CACHE/package.json"
echo "install.sh: installing code-server $CODE_SERVER_VERSION into $CACHE (a few minutes: native modules compile)"
start=$SECONDS
# npm 11 ignores --unsafe-perm, so the environment says it; npx inside node-pty's postinstall
# must not stop to ask.
(cd "$CACHE" && npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --no-save --foreground-scripts "code-server@$CODE_SERVER_VERSION" >"$CACHE/install.log" 2>&1) || {
  echo "install.sh: installing code-server failed; the end of $CACHE/install.log:" >&2
  tail -40 "$CACHE/install.log" >&2
  exit 1
}
echo "install.sh: code-server installed in $((SECONDS - start)) s"
