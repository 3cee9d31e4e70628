#!/usr/bin/env bash
# Real, coverage-guided fuzzing of the readers' fuzz targets with Jazzer, one target after the
# other, each for a budget of executions or seconds: the woonzorg reader's (ReaderFuzzTest, in
# this module's tests) and the VERA reader's (VeraReaderFuzzTest, in woonzorg-vera's tests, as
# the testkit may not use vera). `./mvnw verify` only replays the committed inputs; this script
# searches for new ones.
#
#   woonzorg-testkit/fuzz.sh [--runs N | --time SECONDS] [--timeout SECONDS] [TARGET...]
#
# Default: --runs 10000 for every @FuzzTest method of both classes; a TARGET is a method name,
# or Class#method where both classes have it (VeraReaderFuzzTest#ndjson). Each target starts
# from its committed inputs (src/test/resources/<package>/<Class>Inputs/<target>/, which Jazzer
# finds on the class path) and adds what it learns to a scratch folder, so a run never changes
# the repository. The inputs that break a target are left in the scratch folder the script
# names; move one into the target's inputs folder to keep it as a regression test. Exits
# non-zero if any target found a failure.
#
# --timeout is the time one input may take before it counts as a hang (default 60 s). The first
# input of a target also loads and instruments the classes, which can take minutes on a busy
# machine, at a lower priority most of all: the soak run (10^6 executions per target, not in CI)
# is `nice -n 10 woonzorg-testkit/fuzz.sh --runs 1000000 --timeout 600`.
#
# Jazzer's own CLI runs the targets, not `JAZZER_FUZZ=1 ./mvnw test`: Jazzer's JUnit integration
# takes its time budget only from the @FuzzTest annotation, and runs one target per JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

# The libFuzzer flags given here come after those from the @FuzzTest annotation, so they win:
# a run budget lifts the annotation's default time limit of 5 minutes (0 is none).
budget=(-runs=10000 -max_total_time=0)
timeout=60
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) budget=("-runs=$2" -max_total_time=0); shift 2 ;;
    --time) budget=("-max_total_time=$2"); shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    *) break ;;
  esac
done

classes=(woonzorg-testkit:nl.woonzorg.testkit.fuzz.ReaderFuzzTest
  woonzorg-vera:nl.woonzorg.vera.json.VeraReaderFuzzTest)

# Every target as Class#method, in the order of the classes and their sources.
all=()
for entry in "${classes[@]}"; do
  module=${entry%%:*}
  class=${entry#*:}
  source=$module/src/test/java/${class//.//}.java
  while read -r method; do
    all+=("$class#$method")
  done < <(grep -A1 '@FuzzTest' "$source" | sed -n 's/.* void \([A-Za-z0-9]*\)(.*/\1/p')
done
targets=()
for wanted in "$@"; do
  matched=0
  for target in "${all[@]}"; do
    if [ "${target#*#}" = "$wanted" ] || [ "${target##*.}" = "$wanted" ]; then
      targets+=("$target")
      matched=1
    fi
  done
  if [ $matched -eq 0 ]; then
    echo "no fuzz target $wanted; the targets are: ${all[*]##*.}" >&2
    exit 64
  fi
done
if [ ${#targets[@]} -eq 0 ]; then
  targets=("${all[@]}")
fi

work=$(mktemp -d)
echo "== building the test classes; scratch folder: $work"
# Each module writes its test class path into its own target folder (a relative path is taken
# from the module's folder); both are joined, after the two modules' own classes.
./mvnw -B -ntp -q -pl woonzorg-testkit,woonzorg-vera -am test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath -Dmdep.includeScope=test
classpath=""
for module in woonzorg-testkit woonzorg-vera; do
  classpath+="$PWD/$module/target/test-classes:$PWD/$module/target/classes:"
done
classpath+="$(cat woonzorg-testkit/target/fuzz-classpath):$(cat woonzorg-vera/target/fuzz-classpath)"

failed=()
summary=()
for target in "${targets[@]}"; do
  class=${target%#*}
  method=${target#*#}
  name="${class##*.}#$method"
  dir="$work/${class##*.}/$method"
  corpus="$dir/corpus"
  findings="$dir/findings"
  mkdir -p "$corpus" "$findings"
  log="$dir/jazzer.log"
  echo "== fuzzing $name (${budget[*]})"
  # -Xmx bounds the JVM instead of libFuzzer's RSS limit, which counts the JVM's own reserve;
  # a target that exhausts the heap is a finding.
  if (cd "$dir" && java -Xmx1g -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
      --target_class="$class" --target_method="$method" \
      "${budget[@]}" -rss_limit_mb=0 -timeout="$timeout" -artifact_prefix="$findings/" corpus) \
      >"$log" 2>&1; then
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 executions in \2 s/p' "$log")
    summary+=("$name: $runs")
  else
    # The last status line tells how far it got before the failure.
    runs=$(grep -o '^#[0-9]*' "$log" | tail -1 || true)
    summary+=("$name: FAILED after ${runs:-#0} executions; input in $findings, log $log")
    failed+=("$name")
    grep -E '^(== Java Exception|Caused by|	at nl\.woonzorg|SUMMARY)' "$log" | head -12 || true
  fi
  echo "${summary[-1]}"
done

echo "== executions per target"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz targets with failures: ${failed[*]}" >&2
  exit 1
fi
rm -rf "$work"
