#!/usr/bin/env bash
# Runs every benchmark of snpgate and writes docs/performance.md. Run it while no other build or
# benchmark runs on the machine (its timings are whole processes):
#   bash benchmarks/run.sh
# It takes about 12 minutes. Smaller counts for a quick look (the doc says which were used):
#   COLD_ROUNDS=5 COMPILE_ROUNDS=2 GROWTH_ROUNDS=4 JMH_ITERATIONS=2 PAIRED_ROUNDS=31 bash benchmarks/run.sh
# EXTRA_JDKS: further java homes (space separated) the paired cold start also runs on, e.g. a JDK 25.
set -euo pipefail
cd "$(dirname "$0")/.."

COLD_ROUNDS=${COLD_ROUNDS:-21}
COMPILE_ROUNDS=${COMPILE_ROUNDS:-11}
GROWTH_ROUNDS=${GROWTH_ROUNDS:-15}
JMH_FORKS=${JMH_FORKS:-1}
JMH_WARMUPS=${JMH_WARMUPS:-3}
JMH_ITERATIONS=${JMH_ITERATIONS:-5}
JMH_SECONDS=${JMH_SECONDS:-1}
PAIRED_ROUNDS=${PAIRED_ROUNDS:-101}
EXTRA_JDKS=${EXTRA_JDKS:-}
OUT=${OUT:-docs/performance.md}
MVN_OFFLINE=${MVN_OFFLINE:--o}

target=benchmarks/target
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== building the benchmarks and what they measure (tests skipped: mvn verify runs them) ==" >&2
mvn -B -q $MVN_OFFLINE -pl benchmarks -am package -DskipTests >&2

run() { java -cp "$target/benchmarks.jar" "$@"; }

echo "== gate (JMH) ==" >&2
run dev.snpgate.benchmarks.measure.GateReport "$JMH_FORKS" "$JMH_WARMUPS" "$JMH_ITERATIONS" "$JMH_SECONDS" \
  >"$work/gate.jmh.log"
# JMH prints its progress first; the report starts at its first line.
sed -n '/^JMH 1.37, average time/,$p' "$work/gate.jmh.log" >"$work/gate.md"

echo "== cold start ($COLD_ROUNDS rounds) ==" >&2
run dev.snpgate.benchmarks.measure.ColdStart "$target/coldstart.jar" "$COLD_ROUNDS" >"$work/cold.md"

echo "== cold start against hand-written, with and without AppCDS ($PAIRED_ROUNDS rounds) ==" >&2
# shellcheck disable=SC2086 # one argument per java home
run dev.snpgate.benchmarks.measure.PairedColdStart "$target/processor-path" "$work/paired" "$PAIRED_ROUNDS" \
  $EXTRA_JDKS >"$work/paired.md"

echo "== compile cost ($COMPILE_ROUNDS rounds, growth $GROWTH_ROUNDS rounds) ==" >&2
run dev.snpgate.benchmarks.measure.CompileCost "$target/processor-path" "$target/classes" "$work/compile" \
  "$COMPILE_ROUNDS" "$GROWTH_ROUNDS" >"$work/compile.md" 2>"$work/compile.err"

machine_cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
machine_mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
jdk=$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')
load=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "# Performance"
  echo
  echo "Written by \`benchmarks/run.sh\` (do not edit by hand; run it again). Every ratio compares figures"
  echo "measured side by side in the same run. Where start-up time goes, what was changed, and why any"
  echo "target is missed: [Analysis](#analysis) at the end (from \`benchmarks/analysis.md\`)."
  echo
  echo "## Machine and commands"
  echo
  echo "- CPU: $machine_cpu, $(nproc) cores; memory: $machine_mem; $(uname -sr)"
  echo "- JDK: $jdk"
  echo "- Load average when the run ended: $load (a machine shared with other work: figures vary between runs)"
  echo "- Command: \`bash benchmarks/run.sh\` with COLD_ROUNDS=$COLD_ROUNDS,"
  echo "  COMPILE_ROUNDS=$COMPILE_ROUNDS, GROWTH_ROUNDS=$GROWTH_ROUNDS, JMH_FORKS=$JMH_FORKS,"
  echo "  JMH_WARMUPS=$JMH_WARMUPS, JMH_ITERATIONS=$JMH_ITERATIONS, JMH_SECONDS=$JMH_SECONDS,"
  echo "  PAIRED_ROUNDS=$PAIRED_ROUNDS and $(echo $EXTRA_JDKS | wc -w) further JDK(s) in EXTRA_JDKS"
  echo "- It runs \`java -cp benchmarks/target/benchmarks.jar dev.snpgate.benchmarks.measure.GateReport\`,"
  echo "  \`...ColdStart benchmarks/target/coldstart.jar N\`, \`...PairedColdStart\` and \`...CompileCost\`"
  echo "  (see the script)."
  echo
  echo "## Targets"
  echo
  grep -h '^TARGET' "$work/gate.md" "$work/cold.md" "$work/paired.md" "$work/compile.md" | sed 's/^TARGET /- /'
  echo
  echo "## Gate evaluation (JMH)"
  echo
  grep -v '^TARGET' "$work/gate.md" | cat -s
  echo
  echo "## Cold start: JVM launch to the first decision"
  echo
  echo "The guest of 20 feature classes (bits 3..22, \`benchmarks/src/main/java/dev/snpgate/benchmarks/guest\`),"
  echo "compiled with snpgate's processor; 2 enabled is SEV_STATUS 0x887 (DebugSwap, SecureTSC), 20 enabled"
  echo "0x7fffff. Each contender decides, enables the enabled features and prints one line."
  echo
  grep -v '^TARGET' "$work/cold.md" | cat -s
  echo
  echo "## Cold start against the hand-written registry, with and without AppCDS"
  echo
  echo "Each guest compiled with snpgate's processor beside its hand-written twin (the same masks"
  echo "kept by hand, a \`SevStatus\` built and \`enable\` called through a switch) and a hello-world, in"
  echo "one jar with the runtime's jar beside it (\`benchmarks/src/main/java/dev/snpgate/benchmarks/measure/BootGuest.java\`);"
  echo "the AppCDS rows follow the recipe in the analysis below, one archive per contender."
  echo
  grep -v '^TARGET' "$work/paired.md" | cat -s
  echo
  echo "## Compile cost"
  echo
  grep -v '^TARGET' "$work/compile.md" | cat -s
  echo
  cat benchmarks/analysis.md
} >"$OUT"
echo "wrote $OUT" >&2
