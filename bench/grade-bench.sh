#!/usr/bin/env bash
# Grading benchmark: `azmoon grade` on a class of 1,000 answer files of 50 questions each.
#
#   mvn -q -DskipTests package && bench/grade-bench.sh
#
# Run from the repository root. Makes a drill spec (50 questions of the bundled korean-war bank,
# fixed seed) and 1,000 deterministic answer files in a temporary folder, times
#   java -jar target/azmoon.jar grade --spec SPEC --out DIR <1000 files>
# and, in the same run, a bare `java -version` and `grade` of a single file, and prints wall time,
# CPU time, peak memory (max RSS) and the ratios. The temporary folder is removed on exit.
#
# Environment: RUNS (default 3) timed runs of each command, the median and the best are reported;
# STUDENTS (default 1000); JAVA_HOME picks the Java, as for ./azmoon. See bench/README.md.
set -eu

jar=target/azmoon.jar
runs=${RUNS:-3}
students=${STUDENTS:-1000}
questions=50
seed=2026

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
[ -f "$jar" ] || { echo "grade-bench: $jar not found: run 'mvn -q -DskipTests package' in the repository root first" >&2; exit 2; }
command -v "$java" >/dev/null 2>&1 || { echo "grade-bench: no java found (set JAVA_HOME)" >&2; exit 2; }
case "$runs" in '' | *[!0-9]* | 0) echo "grade-bench: RUNS must be a whole number >= 1" >&2; exit 2 ;; esac
case "$students" in '' | *[!0-9]* | 0) echo "grade-bench: STUDENTS must be a whole number >= 1" >&2; exit 2 ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/azmoon-grade-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
# A data folder of our own, so that banks in the user's data folder cannot shadow the bundled one.
export AZMOON_HOME="$tmp/home"
mkdir -p "$tmp/class" "$AZMOON_HOME"

# ---------------------------------------------------------------- the drill and its answer key
spec="$tmp/bench.json"
cat >"$spec" <<EOF
{
  "format": "azmoon/drill@1",
  "title": "grade bench",
  "bank": "korean-war",
  "count": $questions,
  "seed": $seed,
  "pass": 60
}
EOF

# The key prints a title, a blank line, then "۱. ANSWER" per question: keep ANSWER.
"$java" -jar "$jar" drill "$spec" --key | tail -n +3 | sed 's/^[^ ]* //' >"$tmp/key.txt"
[ "$(wc -l <"$tmp/key.txt")" -eq "$questions" ] || { echo "grade-bench: the key has not $questions lines" >&2; exit 1; }

# The key's own answers must score 100%: a check that the key and the grader agree.
"$java" -jar "$jar" drill "$spec" --answers "$tmp/key.txt" --report json >"$tmp/key-check.json" ||
  { echo "grade-bench: the answer key does not pass its own drill" >&2; exit 1; }
if ! grep -q '^  "percent": 100,$' "$tmp/key-check.json"; then
  echo "grade-bench: the answer key does not score 100%:" >&2
  grep -B3 '"correct": false' "$tmp/key-check.json" >&2
  exit 1
fi

# ---------------------------------------------------------------- 1,000 students
# Deterministic: a Park–Miller generator (exact in awk's doubles). Student s has an ability from
# 5% to 95%; each answer is right with that probability, else wrong (a few plausible wrong
# answers) or blank. Every 10th file names its student on a first "# name:" line, every 7th
# stops 5 lines early (missing lines = no answer), every 13th has CRLF line ends.
awk -v n="$students" -v q="$questions" -v dir="$tmp/class" '
  function rnd() { state = (state * 16807) % 2147483647; return state / 2147483647 }
  BEGIN { state = 20261127; split("1|2|4|درست|نادرست|۱۹۵۰|استالین|۱۰۰|۱ ۲ ۳|نمی‌دانم", wrong, "|") }
  { key[NR] = $0 }
  END {
    for (s = 1; s <= n; s++) {
      file = sprintf("%s/student-%04d.txt", dir, s)
      eol = (s % 13 == 0) ? "\r\n" : "\n"
      ability = 0.05 + 0.9 * rnd()
      if (s % 10 == 0) printf "# name: دانش‌آموز %d%s", s, eol > file
      last = (s % 7 == 0) ? q - 5 : q
      for (i = 1; i <= last; i++) {
        r = rnd()
        if (r < ability) line = key[i]
        else if (r < ability + (1 - ability) * 0.7) line = wrong[1 + int(rnd() * 10)]
        else line = ""
        printf "%s%s", line, eol > file
      }
      close(file)
    }
  }' "$tmp/key.txt"

files=$(find "$tmp/class" -name 'student-*.txt' | wc -l)
[ "$files" -eq "$students" ] || { echo "grade-bench: made $files files, not $students" >&2; exit 1; }
one=$(find "$tmp/class" -name 'student-*.txt' | sort | head -n 1)

# ---------------------------------------------------------------- timing
# measure NAME CMD…: runs CMD $runs times; sets last_wall and last_best (median and best wall
# seconds), last_cpu (median user+sys seconds) and last_rss (max KiB), and prints them.
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then timer=gnu; else timer=bash; fi

now() { # nanoseconds since the epoch, or nothing where date has no %N
  local t
  t=$(date +%s%N 2>/dev/null) || return 0
  case "$t" in *N* | '') ;; *) echo "$t" ;; esac
}

to_seconds() { # "1:02:03.45", "2:03.45" or "3.45" -> seconds
  echo "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f", s }'
}

measure() {
  local name=$1 i wall rss cpu start end walls="" cpus="" maxrss=0
  shift
  for i in $(seq "$runs"); do
    rm -rf "$tmp/out" "$tmp/out-one" # every run grades into a new folder, as a teacher's first run does
    if [ "$timer" = gnu ]; then
      start=$(now)
      /usr/bin/time -v -o "$tmp/time.txt" "$@" >"$tmp/out.txt" 2>"$tmp/err.txt" || {
        echo "grade-bench: $name failed:" >&2; cat "$tmp/err.txt" >&2; exit 1; }
      end=$(now)
      # time -v reports wall time in 10 ms steps, too coarse for `java -version`: when the clock
      # has nanoseconds, time the run with it (that includes /usr/bin/time's own ~1 ms).
      if [ -n "$start" ] && [ -n "$end" ]; then
        wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
      else
        wall=$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time.txt")")
      fi
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time.txt")
      cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tmp/time.txt")
    else
      local TIMEFORMAT=%3R
      wall=$({ time "$@" >"$tmp/out.txt" 2>"$tmp/err.txt"; } 2>&1) || {
        echo "grade-bench: $name failed:" >&2; cat "$tmp/err.txt" >&2; exit 1; }
      rss=0 cpu=0
    fi
    walls="$walls $wall"
    cpus="$cpus $cpu"
    if [ "$rss" -gt "$maxrss" ]; then maxrss=$rss; fi
  done
  last_wall=$(printf '%s\n' $walls | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  last_best=$(printf '%s\n' $walls | sort -n | head -n 1)
  last_rss=$maxrss
  last_cpu=$(printf '%s\n' $cpus | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  printf '  %-26s wall: median %6.3f s, best %6.3f s (runs:%s)\n' "$name" "$last_wall" "$last_best" "$walls"
  if [ "$timer" = gnu ]; then
    printf '  %-26s CPU (user+sys): median %.2f s; max RSS %d MiB\n' "" "$last_cpu" "$((maxrss / 1024))"
  fi
}

echo "Azmoon grade bench — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  java: $("$java" -version 2>&1 | head -n 1); $(nproc 2>/dev/null || echo '?') CPUs; timer: $timer; $runs runs each"
echo "  class: $students answer files x $questions questions (spec seed $seed)"
echo

measure "java -version" "$java" -version
base_wall=$last_wall base_best=$last_best base_rss=$last_rss

measure "grade, 1 answer file" "$java" -jar "$jar" grade --spec "$spec" --out "$tmp/out-one" "$one"
one_wall=$last_wall one_best=$last_best one_cpu=$last_cpu

# The file list is passed as arguments: 1,000 paths of ~60 bytes, far below ARG_MAX.
measure "grade, $students answer files" "$java" -jar "$jar" grade --spec "$spec" --out "$tmp/out" "$tmp"/class/student-*.txt
class_wall=$last_wall class_best=$last_best class_rss=$last_rss class_cpu=$last_cpu
summary=$(head -n 1 "$tmp/out.txt")

# ---------------------------------------------------------------- sanity of what was graded
rows=$(($(wc -l <"$tmp/out/gradebook.csv") - 1))
items=$(($(wc -l <"$tmp/out/items.csv") - 1))
reports=$(find "$tmp/out/reports" -name '*.json' | wc -l)
echo
echo "  graded: $rows gradebook rows, $items item rows, $reports reports; summary: $summary"
[ "$rows" -eq "$students" ] && [ "$items" -eq "$questions" ] && [ "$reports" -eq "$students" ] ||
  { echo "grade-bench: the output is not complete" >&2; exit 1; }

echo
awk -v b="$base_wall" -v o="$one_wall" -v c="$class_wall" -v bb="$base_best" -v ob="$one_best" \
  -v cb="$class_best" -v n="$students" -v br="$base_rss" -v cr="$class_rss" -v t="$timer" \
  -v oc="$one_cpu" -v cc="$class_cpu" 'BEGIN {
    printf "  ratios (median, best):\n"
    printf "    grade %d files / java -version   %6.1fx  %6.1fx\n", n, c / b, cb / bb
    printf "    grade %d files / grade 1 file    %6.1fx  %6.1fx\n", n, c / o, cb / ob
    if (n > 1) printf "    per file beyond the first         %6.2f ms %5.2f ms\n", (c - o) * 1000 / (n - 1), (cb - ob) * 1000 / (n - 1)
    if (t == "gnu" && oc > 0) printf "    CPU grade %d files / grade 1 file %6.1fx\n", n, cc / oc
    if (t == "gnu" && br > 0) printf "    max RSS grade / java -version     %6.1fx\n", cr / br
  }'
