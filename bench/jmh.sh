#!/usr/bin/env bash
# jmh.sh [JMH-ARGS...] — builds the JMH benchmarks (bench/jmh) and runs them.
#   bench/jmh.sh                      all benchmarks
#   bench/jmh.sh FilterBenchmark.filterOnly -p filterText='dns.flags.rcode == 3'
# The capture is bench/data/big.pcap (made by bench/make-bench-pcap.sh when missing).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
[[ -s bench/data/big.pcap ]] || bench/make-bench-pcap.sh bench/data >/dev/null
bin/mvn -q -Pjmh package -DskipTests
. bin/java25.sh
find_java25
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
