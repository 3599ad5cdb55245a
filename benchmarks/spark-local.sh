#!/usr/bin/env bash
# Spark local mode throughput: COUNT customers and their scenarios with THREADS executor threads, as JSON Lines or
# Parquet, with the spark module's test class path (Spark is a provided dependency). Prints customers per second and
# per core-second, the figure to multiply by a cluster's cores.
#   benchmarks/spark-local.sh [COUNT] [THREADS] [jsonl|parquet]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000000}"
threads="${2:-2}"
format="${3:-jsonl}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./mvnw -B -q -o -pl spark -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test >/dev/null
cp="spark/target/test-classes:spark/target/classes:$(cat spark/target/test.classpath)"
/usr/bin/time -f "peak RSS %M KB" java -Xmx4g --add-opens=java.base/java.lang=ALL-UNNAMED \
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED \
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true \
  -cp "$cp" io.github.syntheticcustomers.spark.LocalThroughput "$count" "$threads" "$out/run" "$format"
du -sh "$out/run"/* | sed 's/^/  /'
