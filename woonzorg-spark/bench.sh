#!/usr/bin/env bash
# Native check vs Spark local[1] and local[2] (SparkCheckBenchmark), records/s.
#
#   woonzorg-spark/bench.sh [JMH options]          # 200,000 generated records
#   woonzorg-spark/bench.sh --stock [JMH options]  # the benchmarks module's 2.3 M records
#   woonzorg-spark/bench.sh --stock 20000 [JMH options]  # the same kind of stock, smaller
#
# Needs the module built first (./mvnw -o verify, or -pl woonzorg-spark -am verify). With
# --stock, the benchmarks module's jar too (built here unless SKIP_BUILD=1): its StreamCheck
# generates benchmarks/target/stock-2300000.ndjson (Workloads.dwelling, as stream-2.3m.sh uses
# it; ~640 MB, once, untimed), which is dealt round-robin into four files under
# woonzorg-spark/target/bench-stock-2300000 (once), so that two cores have files to share.
# Options go to JMH; default -wi 3 -w 5s -i 5 -r 5s (with --stock: -wi 2 -w 60s -i 3 -r 60s,
# as one operation then takes some seconds). Run it on a quiet machine: each benchmark runs in
# its own fork and reads the same files. Prints JMH's table, then records/s by the mean score,
# and per core Spark's time as a multiple of the native check's (goal: within 2x); then, from
# the process CPU time each measured operation took (all threads: JIT and GC included), records
# per CPU-second, the cores each kept busy, and Spark's CPU time per record as a multiple of the
# native check's.
set -euo pipefail
cd "$(dirname "$0")"
[ -f target/test-class-path.txt ] || { echo "no target/test-class-path.txt: build first" >&2; exit 1; }
records=200000
stock=()
if [ "${1:-}" = "--stock" ]; then
  shift
  records=2300000
  # An optional count after --stock, e.g. --stock 20000 to try the script on a small stock.
  if [[ "${1:-}" =~ ^[0-9]+$ ]]; then records=$1; shift; fi
  jar=../benchmarks/target/benchmarks.jar
  if [ -z "${SKIP_BUILD:-}" ]; then
    (cd .. && ./mvnw -q -B -o package -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip \
      -Djazzer.skip=true) >&2
  fi
  [ -f "$jar" ] || { echo "no $jar: build the benchmarks module first" >&2; exit 1; }
  source=../benchmarks/target/stock-$records.ndjson
  java -cp "$jar" nl.woonzorg.benchmarks.StreamCheck --generate-only "$records" "$source"
  dir=target/bench-stock-$records
  if [ "$(cat "$dir"/*.ndjson 2>/dev/null | wc -l)" != "$records" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    awk -v dir="$dir" '{ print > (dir "/" ((NR - 1) % 4) ".ndjson") }' "$source"
  fi
  stock=(-p "stock=$(cd "$dir" && pwd)" -p "records=$records")
fi
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  if [ ${#stock[@]} -gt 0 ]; then args=(-wi 2 -w 60s -i 3 -r 60s); else args=(-wi 3 -w 5s -i 5 -r 5s); fi
fi
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "-p" ] && [[ "${args[$((i + 1))]:-}" == records=* ]]; then
    records=${args[$((i + 1))]#records=}
  fi
done
csv=target/spark-bench.csv
log=target/spark-bench.log
# The figures mean little on a busy machine: say how busy it was, before and after.
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -cp "target/test-classes:target/classes:$(cat target/test-class-path.txt)" \
  org.openjdk.jmh.Main SparkCheckBenchmark "${stock[@]}" "${args[@]}" -rf csv -rff "$csv" \
  | tee "$log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",params…
awk -F, -v records="$records" '
  NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /Param: master/) m = i; next }
  { gsub(/"/, ""); name = $1; sub(/.*\./, "", name); ms = $5
    master = (name == "sparkCheck" && m) ? $m : "one thread"
    printf "%-12s %-10s %12.0f records/s (%.0f ms per %d records)\n", name, master, records / (ms / 1000), ms, records
    if (name == "nativeCheck") native = ms; else spark[master] = ms }
  END { if (native) for (k in spark) {
          cores = (k ~ /local\[2\]/) ? 2 : 1
          printf "per core: Spark %s takes %.2f x the native check'\''s time (goal: <= 2)\n", k, spark[k] * cores / native } }
' "$csv"
# The forks' "cpu-per-op BENCHMARK MASTER OPERATIONS CPU_NANOS WALL_NANOS JAVA_NANOS" (after JMH's
# "Iteration N:"), summed per benchmark over the measured iterations and forks.
awk -v records="$records" '
  { for (i = 1; i + 6 <= NF; i++) if ($i == "cpu-per-op") {
      key = $(i + 1) " " $(i + 2); ops[key] += $(i + 3); cpu[key] += $(i + 4)
      wall[key] += $(i + 5); java[key] += $(i + 6) } }
  END {
    for (k in ops) {
      ms = cpu[k] / ops[k] / 1e6
      printf "cpu time: %-22s %9.0f records per CPU-second (%.0f CPU ms per %d records; %d operations; %.2f cores busy; %.0f %% in Java threads, the rest JIT compiler, GC, VM)\n", k, records / (ms / 1000), ms, records, ops[k], cpu[k] / wall[k], 100 * java[k] / cpu[k]
      if (k ~ /^nativeCheck/) native = ms; else spark[k] = ms
    }
    if (native) for (k in spark)
      printf "cpu time: Spark %s takes %.2f x the native check'\''s CPU time per record (goal: <= 2)\n", k, spark[k] / native
  }
' "$log"
