#!/usr/bin/env bash
# Native check vs Spark local[1] and local[2] (SparkCheckBenchmark), records/s. Needs the module
# built first (./mvnw -o verify, or -pl woonzorg-spark -am verify). Options go to JMH, e.g.
#   woonzorg-spark/bench.sh -p records=2300000
# Defaults: 200,000 records, -wi 3 -w 5s -i 5 -r 5s.
set -euo pipefail
cd "$(dirname "$0")"
[ -f target/test-class-path.txt ] || { echo "no target/test-class-path.txt: build first" >&2; exit 1; }
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-wi 3 -w 5s -i 5 -r 5s)
java -cp "target/test-classes:target/classes:$(cat target/test-class-path.txt)" \
  org.openjdk.jmh.Main SparkCheckBenchmark "${args[@]}"
