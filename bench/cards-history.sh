#!/bin/sh
# How `azmoon cards` and `azmoon stats` cost with 1,000,000 reviews over 20,000 cards, against the
# same bank with an empty history, in one run (issue 13). Run from the repository root after
# `mvn -q -DskipTests package`. Prints median wall times of RUNS runs (default 5) and the ratios:
#   cards, empty history                 (the baseline)
#   cards, 1M reviews, from the snapshot (what a learner sees once `review` has run)
#   cards, 1M reviews, no snapshot       (full replay: the log alone)
#   stats, the same three
# and checks that the snapshot path prints byte for byte what the full replay prints.
set -eu
jar=${JAR:-target/azmoon.jar}
runs=${RUNS:-5}
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/empty/banks" "$work/big/banks"

# A bank of 20,000 numeric questions, and 1,000,000 reviews of them over ~3 years.
awk 'BEGIN {
  print "{\"format\":\"azmoon/bank@1\",\"id\":\"big\",\"title\":{\"en\":\"Big\"},\"language\":\"en\",\"questions\":["
  for (i = 0; i < 20000; i++) printf "%s{\"id\":\"q-%d\",\"type\":\"numeric\",\"prompt\":\"How many %d?\",\"answer\":%d}\n", (i ? "," : ""), i, i, i
  print "]}"
}' > "$work/big/banks/big.json"
cp "$work/big/banks/big.json" "$work/empty/banks/big.json"
awk -v n=1000000 'BEGIN {
  srand(1); split("again hard good easy", r, " "); t = 1640995200
  for (i = 0; i < n; i++) {
    t += 90
    printf "{\"bank\":\"big\",\"card\":\"q-%d\",\"at\":\"%s\",\"rating\":\"%s\",\"ms\":%d}\n", int(rand() * 20000), strftime("%Y-%m-%dT%H:%M:%SZ", t, 1), r[1 + int(rand() * 4)], int(rand() * 9000)
  }
}' > "$work/big/reviews.jsonl"
echo "history: $(wc -l < "$work/big/reviews.jsonl") reviews, $(du -h "$work/big/reviews.jsonl" | cut -f1)"
now=2026-01-01T00:00:00Z

# Full replay first (no snapshot yet), then a review session writes the snapshot.
AZMOON_HOME="$work/big" java -jar "$jar" cards --bank big --now $now > "$work/full.txt"
AZMOON_HOME="$work/big" java -jar "$jar" stats --bank big --now $now > "$work/stats-full.txt"
AZMOON_HOME="$work/big" java -jar "$jar" review --bank big --new 0 </dev/null >/dev/null
AZMOON_HOME="$work/big" java -jar "$jar" cards --bank big --now $now > "$work/snap.txt"
AZMOON_HOME="$work/big" java -jar "$jar" stats --bank big --now $now > "$work/stats-snap.txt"
cmp "$work/full.txt" "$work/snap.txt" && echo "cards: snapshot path prints what the full replay prints"
cmp "$work/stats-full.txt" "$work/stats-snap.txt" && echo "stats: the same output with and without the snapshot"

median() { # command…: median wall ms of $runs runs
  i=0
  while [ $i -lt "$runs" ]; do
    s=$(date +%s%N); "$@" </dev/null >/dev/null 2>&1 || true; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 )); i=$((i + 1))
  done | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
for cmd in cards stats; do
  empty=$(median env AZMOON_HOME="$work/empty" java -jar "$jar" $cmd --bank big --now $now)
  snap=$(median env AZMOON_HOME="$work/big" java -jar "$jar" $cmd --bank big --now $now)
  mv "$work/big/reviews.snapshot.json" "$work/aside.json"
  full=$(median env AZMOON_HOME="$work/big" java -jar "$jar" $cmd --bank big --now $now)
  mv "$work/aside.json" "$work/big/reviews.snapshot.json"
  echo "$cmd: empty ${empty} ms · 1M from snapshot ${snap} ms · 1M full replay ${full} ms"
  awk -v e="$empty" -v s="$snap" -v f="$full" -v c="$cmd" 'BEGIN {
    printf "%s ratios to an empty history: from snapshot %.2f, full replay %.2f\n", c, s / e, f / e }'
done
