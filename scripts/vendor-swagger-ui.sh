#!/usr/bin/env bash
# Refresh the vendored Swagger UI (served at /docs/interactive) from the npm registry.
# Usage: scripts/vendor-swagger-ui.sh [VERSION]   (default: the latest swagger-ui-dist)
# Uses `npm pack`, which downloads the package tarball and runs none of its install scripts.
set -euo pipefail
version="${1:-latest}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/techdip/web/static/vendor/swagger-ui"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm pack --json --pack-destination "$tmp" "swagger-ui-dist@$version" >"$tmp/pack.json"
# name, version, tarball and integrity, as npm reports them
read -r name resolved tarball integrity < <(node -e '
  const [p] = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(p.name, p.version, p.filename, p.integrity);' "$tmp/pack.json")
tar -xzf "$tmp/$tarball" -C "$tmp"
licence="$(node -p 'require(process.argv[1]).license' "$tmp/package/package.json")"

# the files the page loads, and the licence texts that must travel with them
files=(swagger-ui-bundle.js swagger-ui.css favicon-32x32.png LICENSE NOTICE swagger-ui-bundle.js.LICENSE.txt)
rm -rf "$dest"
mkdir -p "$dest"
for file in "${files[@]}"; do
  cp "$tmp/package/$file" "$dest/$file"
done
echo "$resolved" >"$dest/VERSION"
{
  echo "# Swagger UI, vendored"
  echo
  echo "The assets of the interactive API docs at /docs/interactive, served by the app itself (no CDN)."
  echo "Do not edit: refresh with \`scripts/vendor-swagger-ui.sh [VERSION]\`."
  echo
  echo "- name: $name"
  echo "- version: $resolved"
  echo "- licence: $licence (LICENSE, NOTICE; the bundled libraries' licences in swagger-ui-bundle.js.LICENSE.txt)"
  echo "- source: https://registry.npmjs.org/$name/-/$tarball"
  echo "- integrity: $integrity"
  echo
  echo "SHA-256 of the files as copied:"
  echo
  echo '```'
  (cd "$dest" && sha256sum "${files[@]}")
  echo '```'
} >"$dest/README.md"
echo "vendored $name $resolved into ${dest#"$root"/}"
