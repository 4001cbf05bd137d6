#!/usr/bin/env bash
# Installs code-server (the VS Code server and web workbench) from the npm registry into
# .vscode-test/code-server, for the end-to-end tests (test/vscode/run-e2e.mjs). Idempotent: a second
# run with the same version is a no-op. Works where only npm and Debian packages can be reached.
#
#   bash scripts/install-code-server.sh [PREFIX]      (default PREFIX: .vscode-test/code-server)
#   env: CODE_SERVER_VERSION (default 4.100.3: VS Code 1.100.3, the newest whose engines.node is 20)
#
# Needs build-essential python3 pkg-config libkrb5-dev ripgrep (scripts/setup-e2e.sh installs them).
# Four things would otherwise fail:
#   - code-server's postinstall refuses to run as root unless npm_config_unsafe_perm=true;
#   - node-pty's install runs `npx node-gyp`, which cancels without a TTY unless npm_config_yes=true;
#   - the kerberos addon builds against gssapi headers (Debian libkrb5-dev);
#   - @vscode/ripgrep's postinstall downloads rg from GitHub, but looks in
#     $TMPDIR/vscode-ripgrep-cache-<version>/ first: we put Debian's rg there as the tarball it expects.
# Prebuilt-binary downloads of argon2 and others fail too, and fall back to building with g++.
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PREFIX="${1:-.vscode-test/code-server}"

if [ "$(cat "$PREFIX/.installed" 2>/dev/null)" = "$VERSION" ] &&
   [ -f "$PREFIX/node_modules/code-server/out/node/entry.js" ]; then
  echo "code-server $VERSION already installed in $PREFIX"
  exit 0
fi

missing=()
for p in build-essential python3 pkg-config libkrb5-dev ripgrep; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-code-server: missing Debian packages: ${missing[*]} (run scripts/setup-e2e.sh)" >&2
  exit 1
fi

mkdir -p "$PREFIX"
cd "$PREFIX"
[ -f package.json ] || echo '{ "name": "code-server-host", "private": true }' > package.json

# Which @vscode/ripgrep (and rg release tag) this code-server wants. Newer code-server uses
# @vscode/ripgrep-universal, which carries its binaries: nothing to seed then.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cs_tgz="$(cd "$work" && npm pack "code-server@$VERSION" --silent 2>/dev/null | tail -1)"
rg_ver="$(tar -xzOf "$work/$cs_tgz" package/lib/vscode/npm-shrinkwrap.json |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).packages["node_modules/@vscode/ripgrep"];console.log(p?p.version:"")})')"
if [ -n "$rg_ver" ]; then
  rg_tgz="$(cd "$work" && npm pack "@vscode/ripgrep@$rg_ver" --silent 2>/dev/null | tail -1)"
  rg_tag="$(tar -xzOf "$work/$rg_tgz" package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';.*/\1/p")"
  case "$(uname -m)" in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64) rg_target=aarch64-unknown-linux-musl ;;
    *) echo "install-code-server: unsupported architecture $(uname -m)" >&2; exit 1 ;;
  esac
  # Same TMPDIR as the npm install below, since the postinstall looks in os.tmpdir().
  rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$rg_ver"
  mkdir -p "$rg_cache" "$work/rg"
  cp "$(command -v rg)" "$work/rg/rg"
  tar -czf "$rg_cache/ripgrep-$rg_tag-$rg_target.tar.gz" -C "$work/rg" rg
  echo "seeded $rg_cache/ripgrep-$rg_tag-$rg_target.tar.gz with $(command -v rg)"
fi

echo "installing code-server $VERSION into $PREFIX (about a minute; log: $PREFIX/install.log)"
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --foreground-scripts "code-server@$VERSION" > install.log 2>&1 ||
  { tail -40 install.log >&2; echo "code-server install failed; full log: $PREFIX/install.log" >&2; exit 1; }

# XDG_CONFIG_HOME: --version would otherwise write a default config into ~/.config/code-server.
XDG_CONFIG_HOME="$work" node node_modules/code-server/out/node/entry.js --version
echo "$VERSION" > .installed
