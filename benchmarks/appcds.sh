#!/usr/bin/env bash
# The AppCDS recipe of docs/performance.md for a guest that cares about start-up: the first run is
# the training run and writes an archive of the classes the boot loads; every later run maps it
# instead of finding, defining and verifying them again. Archive with the same JDK and class path
# the guest runs with; the class path must hold jars only (no directories).
# Usage: bash benchmarks/appcds.sh ARCHIVE CLASS_PATH MAIN_CLASS [ARGUMENTS...]
set -euo pipefail
archive=$1
classpath=$2
shift 2
if [ ! -f "$archive" ]; then
  exec java -XX:ArchiveClassesAtExit="$archive" -cp "$classpath" "$@"
fi
exec java -XX:SharedArchiveFile="$archive" -cp "$classpath" "$@"
