#!/usr/bin/env bash
# Builds the nexus image with Jib where no registry can be reached, and checks what is in it.
#
# The base image is made here from Debian's packages (debootstrap: bookworm + openjdk-17-jre-headless, the same
# JRE the shipped base gcr.io/distroless/java17-debian12 is built from), saved as a `docker save` tarball, and
# handed to Jib as tar://…; then `mvn jib:buildTar` builds the image tarball. The checks read the image's
# config (entrypoint, flags file, user, port) and unpack its layers to run `java -version` and the entrypoint
# itself (`--help`) as the image's user, in a chroot.
#
# Opt-in and not part of CI (it downloads ~150 MB of Debian packages and needs root for debootstrap/chroot):
#   sudo deploy/image/build-offline.sh            # base is cached in target/image-offline/base.tar
#   FRESH=1 deploy/image/build-offline.sh         # rebuild the base too
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian), WORK (default target/image-offline).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
WORK=${WORK:-target/image-offline}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
BASE="$WORK/base.tar"
IMAGE="$WORK/nexus-image.tar"
say() { printf 'build-offline: %s\n' "$*"; }
fail() { printf 'build-offline: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "debootstrap and chroot need root"
command -v mvn >/dev/null || fail "mvn is not on PATH"
command -v python3 >/dev/null || fail "python3 is needed to write and read the image JSON"
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
BASE="$WORK/base.tar"
IMAGE="$WORK/nexus-image.tar"

# 1. The base image, from Debian's packages.
if [ -n "${FRESH:-}" ] || [ ! -s "$BASE" ]; then
  rootfs="$WORK/base-rootfs"
  rm -rf "$rootfs" "$WORK/base-layout"
  say "debootstrap bookworm + openjdk-17-jre-headless from $MIRROR"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
    bookworm "$rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 || fail "debootstrap (see $WORK/debootstrap.log)"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/tmp/*
  mkdir -p "$WORK/base-layout"
  tar --numeric-owner -C "$rootfs" -cf "$WORK/base-layout/layer.tar" .
  python3 - "$WORK/base-layout" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
h = hashlib.sha256()
with open(os.path.join(d, "layer.tar"), "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
config = {
    "architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                       "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64"]},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + h.hexdigest()]},
    "history": [{"created_by": "debootstrap bookworm openjdk-17-jre-headless"}],
}
with open(os.path.join(d, "config.json"), "w") as f:
    json.dump(config, f)
with open(os.path.join(d, "manifest.json"), "w") as f:
    json.dump([{"Config": "config.json", "RepoTags": ["nexus-base:offline"], "Layers": ["layer.tar"]}], f)
PY
  tar -C "$WORK/base-layout" -cf "$BASE" manifest.json config.json layer.tar
  rm -rf "$rootfs" "$WORK/base-layout"
  say "base image: $BASE ($(du -h "$BASE" | cut -f1))"
else
  say "reusing base image $BASE (FRESH=1 rebuilds it)"
fi
base_done=$SECONDS

# 2. The nexus image, by Jib, against that base.
say "mvn package jib:buildTar (from tar://$BASE)"
mvn -B -q -DskipTests package jib:buildTar -Djib.from.image="tar://$BASE" -Dnexus.image=nexus:offline \
  -Djib.outputPaths.tar="$IMAGE" >"$WORK/jib.log" 2>&1 || fail "jib:buildTar (see $WORK/jib.log)"
jib_done=$SECONDS

# 3. What the image holds: its config, and its layers unpacked in order.
unpacked="$WORK/image"
root="$WORK/image-root"
rm -rf "$unpacked" "$root"
mkdir -p "$unpacked" "$root"
tar -C "$unpacked" -xf "$IMAGE"
python3 - "$unpacked" "$root" <<'PY' || fail "image config"
import json, os, sys, tarfile
d, root = sys.argv[1], sys.argv[2]
def blob(digest):
    return os.path.join(d, "blobs", *digest.split(":", 1))
# jib:buildTar with <format>OCI</format> writes an OCI image layout: index.json → manifest → config and layers.
index = json.load(open(os.path.join(d, "index.json")))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
config = json.load(open(blob(manifest["config"]["digest"])))["config"]
def check(what, ok, seen):
    print(f"  {'ok ' if ok else 'BAD'} {what}: {seen}")
    if not ok:
        sys.exit(1)
entry = config.get("Entrypoint") or []
check("entrypoint reads deploy/jvm.options", entry[:2] == ["java", "@/app/jvm.options"], entry)
check("command", config.get("Cmd") == ["serve"], config.get("Cmd"))
check("user is not root", config.get("User") not in (None, "", "0", "root", "0:0"), config.get("User"))
check("port", "3000/tcp" in (config.get("ExposedPorts") or {}), list((config.get("ExposedPorts") or {})))
names = set()
for layer in manifest["layers"]:
    with tarfile.open(blob(layer["digest"])) as t:
        for m in t.getmembers():
            names.add(m.name.lstrip("./"))
        t.extractall(root, numeric_owner=True)
jars = sorted(n for n in names if n.startswith("app/classpath/") and n.endswith(".jar"))
check("layers", True, len(manifest["layers"]))
check("java in the layers", "usr/bin/java" in names, "usr/bin/java")
check("nexus jar in the layers", bool(jars), jars)
check("jvm.options in the layers", "app/jvm.options" in names, "app/jvm.options")
libs = sum(n.startswith("app/libs/") for n in names)
check("libraries in the layers", libs > 10, f"{libs} files under app/libs")
check("runbooks", True, "app/runbooks present" if any(n.startswith("app/runbooks/") for n in names)
      else "no runbooks/ directory in this checkout yet")
with open(os.path.join(d, "user"), "w") as f:
    f.write(config["User"])
with open(os.path.join(d, "entrypoint"), "w") as f:
    f.write(" ".join(entry))
PY
cmp -s deploy/jvm.options "$root/app/jvm.options" || fail "/app/jvm.options differs from deploy/jvm.options"
say "  ok  /app/jvm.options is deploy/jvm.options"

# 4. Run it: java -version and the entrypoint (with --help) as the image's user, in the unpacked image.
user=$(cat "$unpacked/user")
mkdir -p "$root/proc" "$root/tmp" && chmod 1777 "$root/tmp"
mounted=""
if mount -t proc proc "$root/proc" 2>/dev/null; then mounted=1; fi
trap '[ -n "$mounted" ] && umount "$root/proc" 2>/dev/null || true' EXIT
say "java -version (as $user):"
chroot --userspec="$user" "$root" /usr/bin/java -version 2>&1 | sed 's/^/    /' || fail "java -version in the image"
entry=$(cat "$unpacked/entrypoint")
say "entrypoint --help (as $user): $entry --help"
# shellcheck disable=SC2086 # the entrypoint's words hold no spaces: split them as the runtime would
chroot --userspec="$user" "$root" $entry --help >"$WORK/help.txt" 2>&1 \
  || { cat "$WORK/help.txt"; fail "the entrypoint did not run"; }
grep -q "serve" "$WORK/help.txt" || { cat "$WORK/help.txt"; fail "--help did not list the subcommands"; }
sed 's/^/    /' "$WORK/help.txt" | head -8

say "image: $IMAGE ($(du -h "$IMAGE" | cut -f1), $(stat -c %s "$IMAGE") bytes)"
say "time: base $((base_done - start)) s, jib $((jib_done - base_done)) s, checks $((SECONDS - jib_done)) s, total $((SECONDS - start)) s"
