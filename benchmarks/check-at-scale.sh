#!/usr/bin/env bash
# The documented runs at scale (guide: benchmarks.md): generate COUNT customers with the command line, then check
# them and report on them, each in a 256 MB heap, printing wall time and peak resident memory of each step.
#   benchmarks/check-at-scale.sh COUNT [PARTS] [DIR]
# e.g. benchmarks/check-at-scale.sh 1000000 customers,scenarios,engagement-steps /tmp/scale;
# benchmarks/check-at-scale.sh 10000000 customers,scenarios. PARTS defaults to the three parts the documented runs
# wrote (the command line's default); "all" adds the timeline events, many times the size of the rest.
# Needs GNU time (/usr/bin/time) and the command line's jar (./mvnw -B -pl cli -am package -DskipTests); JAR=path
# runs another copy of it. The dataset stays in DIR for a look at report.html; delete it when done.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:?count}
parts=${2:-customers,scenarios,engagement-steps}
dir=${3:-target/check-at-scale}
jar=${JAR:-$(ls cli/target/synthetic-customers-cli-*-all.jar | head -1)}
rm -rf "$dir"
/usr/bin/time -f "generate: %e s, peak RSS %M KB" java -jar "$jar" generate --count "$count" --parts "$parts" \
    --formats jsonl --output "$dir" --quiet
du -sh "$dir"
/usr/bin/time -f "check (-Xmx256m): %e s, peak RSS %M KB" java -Xmx256m -jar "$jar" check --output "$dir"
/usr/bin/time -f "report (-Xmx256m): %e s, peak RSS %M KB" java -Xmx256m -jar "$jar" report --output "$dir"
ls -l "$dir"
