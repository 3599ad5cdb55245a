#!/usr/bin/env bash
# Runs the TypeScript consumer against a fresh dataset: installs the locked npm dependencies, checks that the
# declarations in types/ are the ones the shipped schemas give, type-checks the consumer and validates every
# record of a dataset the command-line jar writes (its FHIR files against HL7's R4 JSON Schema). Run from anywhere
# after ./mvnw verify (or package) built the jar.
#   examples/typescript-consumer/run.sh [DATASET_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$(ls "$root"/cli/target/synthetic-customers-cli-*-all.jar 2>/dev/null | head -1 || true)"
if [ -z "$jar" ]; then
  echo "no command-line jar under cli/target: build it first (./mvnw -B package -DskipTests)" >&2
  exit 2
fi
dataset="${1:-$here/target/dataset}"
# every part, the timeline events (not written by default) included
java -jar "$jar" generate --output "$dataset" --count 500 --formats json,jsonl,csv,fhir,fhir-bundle --parts all --quiet
java -jar "$jar" report --output "$dataset"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
npm run -s all -- "$dataset"
