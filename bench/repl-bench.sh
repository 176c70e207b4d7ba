#!/usr/bin/env bash
# repl-bench.sh — the REPL's speed promises (issue 4), outside JUnit:
#   1. live validation: highlighting a filter (compile + token colours + status lines) on every
#      keystroke, for every prefix of a few realistic filters; target ≤ 5 ms a keystroke
#   2. the first page of results for a filter over a ~1 M-frame capture; target < 1 s
#
# usage: bench/repl-bench.sh [CAPTURE [PAGE_ROWS]]
#   CAPTURE    default /work/benchdata/big.pcap (~0.95 M frames; made by bench/make-bench-pcap.sh)
#   PAGE_ROWS  rows in a page, default 40
# Output: Markdown tables. The JVM runs with the launcher's options (bin/sharkfin).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/..
capture=${1:-/work/benchdata/big.pcap}
page=${2:-40}
cd "$root"
bin/mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/repl-bench.cp >/dev/null
. bin/java25.sh
find_java25
cp="target/classes:target/test-classes:$(cat target/repl-bench.cp)"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xss8m --enable-native-access=ALL-UNNAMED -cp "$cp" \
  io.sharkfin.repl.edit.ReplBench "$capture" "$page"
