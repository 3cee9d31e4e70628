#!/usr/bin/env bash
# Real, coverage-guided fuzzing of the reader's fuzz targets (ReaderFuzzTest) with Jazzer, one
# target after the other, each for a budget of executions or seconds. `./mvnw verify` only replays
# the committed inputs; this script searches for new ones.
#
#   woonzorg-testkit/fuzz.sh [--runs N | --time SECONDS] [TARGET...]
#
# Default: --runs 10000 for every @FuzzTest method. Each target starts from its committed inputs
# (src/test/resources/nl/woonzorg/testkit/fuzz/ReaderFuzzTestInputs/<target>/, which Jazzer finds
# on the class path) and adds what it learns to a scratch folder, so a run never changes the
# repository. The inputs that break a target are left in the scratch
# folder the script names; move one into the target's inputs folder to keep it as a regression
# test. Exits non-zero if any target found a failure.
#
# Jazzer's own CLI runs the targets, not `JAZZER_FUZZ=1 ./mvnw test`: Jazzer's JUnit integration
# takes its time budget only from the @FuzzTest annotation, and runs one target per JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

# The libFuzzer flags given here come after those from the @FuzzTest annotation, so they win:
# a run budget lifts the annotation's default time limit of 5 minutes (0 is none).
budget=(-runs=10000 -max_total_time=0)
case "${1:-}" in
  --runs) budget=("-runs=$2" -max_total_time=0); shift 2 ;;
  --time) budget=("-max_total_time=$2"); shift 2 ;;
esac

class=nl.woonzorg.testkit.fuzz.ReaderFuzzTest
source=woonzorg-testkit/src/test/java/${class//.//}.java
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(grep -A1 '@FuzzTest' "$source" \
    | sed -n 's/.* void \([A-Za-z0-9]*\)(.*/\1/p')
fi

work=$(mktemp -d)
echo "== building the test classes; scratch folder: $work"
./mvnw -B -ntp -q -pl woonzorg-testkit -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test
testkit=$PWD/woonzorg-testkit/target
classpath="$testkit/test-classes:$testkit/classes:$(cat "$work/classpath")"

failed=()
summary=()
for target in "${targets[@]}"; do
  corpus="$work/$target/corpus"
  findings="$work/$target/findings"
  mkdir -p "$corpus" "$findings"
  log="$work/$target/jazzer.log"
  echo "== fuzzing $target (${budget[*]})"
  # -Xmx bounds the JVM instead of libFuzzer's RSS limit, which counts the JVM's own reserve;
  # a target that exhausts the heap is a finding. An input that takes a minute is a hang: the
  # first one, which loads and instruments the classes on a busy machine, can take over 10 s.
  if (cd "$work/$target" && java -Xmx1g -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
      --target_class="$class" --target_method="$target" \
      "${budget[@]}" -rss_limit_mb=0 -timeout=60 -artifact_prefix="$findings/" corpus) \
      >"$log" 2>&1; then
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 executions in \2 s/p' "$log")
    summary+=("$target: $runs")
  else
    # The last status line tells how far it got before the failure.
    runs=$(grep -o '^#[0-9]*' "$log" | tail -1 || true)
    summary+=("$target: FAILED after ${runs:-#0} executions; input in $findings, log $log")
    failed+=("$target")
    grep -E '^(== Java Exception|Caused by|	at nl\.woonzorg)' "$log" | head -12 || true
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
