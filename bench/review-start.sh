#!/bin/sh
# How fast `azmoon review` starts with a history of 1,000,000 reviews, against an empty one,
# and against a bare JVM, in one run. Run from the repository root after `mvn -q -DskipTests package`.
# Prints median wall times of 5 starts each, and the ratios.
set -eu
jar=target/azmoon.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/empty" "$work/big"

# 1,000,000 reviews spread over the bundled bank's cards and ~3 years, as another tool might write them.
java -jar "$jar" list --json | grep '"id"' | sed 's/.*"id": "\([^"]*\)".*/\1/' > "$work/ids"
awk -v n=1000000 'BEGIN { srand(1) } { ids[NR] = $0 } END {
  split("again hard good easy", r, " ")
  t = 1640995200
  for (i = 0; i < n; i++) {
    t += 90
    printf "{\"bank\":\"korean-war\",\"card\":\"%s\",\"at\":\"%s\",\"rating\":\"%s\"}\n", ids[1 + i % NR], strftime("%Y-%m-%dT%H:%M:%SZ", t, 1), r[1 + int(rand() * 4)]
  }
}' "$work/ids" > "$work/big/reviews.jsonl"
echo "history: $(wc -l < "$work/big/reviews.jsonl") reviews, $(du -h "$work/big/reviews.jsonl" | cut -f1)"

# The first start builds the snapshot (a full replay); it is timed apart.
t0=$(date +%s%N)
AZMOON_HOME="$work/big" java -jar "$jar" review --new 0 </dev/null >/dev/null
t1=$(date +%s%N)
echo "first start (full replay, snapshot written): $(( (t1 - t0) / 1000000 )) ms"

median() { # command…: median wall ms of 5 runs
  for i in 1 2 3 4 5; do
    s=$(date +%s%N); "$@" </dev/null >/dev/null 2>&1 || true; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | sort -n | sed -n 3p
}
bare=$(median java -version)
empty=$(median env AZMOON_HOME="$work/empty" java -jar "$jar" review --new 0)
big=$(median env AZMOON_HOME="$work/big" java -jar "$jar" review --new 0)
echo "bare JVM (java -version):           ${bare} ms"
echo "review, empty history:              ${empty} ms"
echo "review, 1,000,000 reviews:          ${big} ms"
awk -v b="$bare" -v e="$empty" -v g="$big" 'BEGIN {
  printf "ratio 1M history / empty history: %.2f\n", g / e
  printf "ratio empty history / bare JVM:    %.2f\n", e / b
}'
