#!/usr/bin/env bash
# Byte-identity check of two builds of csv-repair: runs analyze (text and --json), repair (output file, quarantine
# file, text and --json report) and stats (text and --json) with each jar on the same files, then cmp's every output
# and exit code. Prints one line per difference and a final count; exits 1 when anything differs.
#
# Usage: compare-csv-repair.sh BEFORE.jar AFTER.jar WORK_DIR FILE...
# Files are repaired one by one; analyze and stats get all files at once (as a user would give a day's parts).
set -uo pipefail
before="$1" after="$2" work="$3"; shift 3
rm -rf "$work" && mkdir -p "$work/before" "$work/after" "$work/run"
run() { # run SIDE NAME ARGS...: stdout and exit code of one command, kept under the side's directory
  local side="$1" name="$2" jar; shift 2
  jar=$([[ "$side" == before ]] && echo "$before" || echo "$after")
  java -jar "$jar" csv-repair "$@" >"$work/$side/$name.out" 2>"$work/$side/$name.err"
  echo $? >"$work/$side/$name.rc"
}
for side in before after; do
  run "$side" analyze analyze "$@"
  run "$side" analyze-json analyze --json "$@"
  run "$side" stats stats "$@"
  run "$side" stats-json stats --json "$@"
  i=0
  for f in "$@"; do
    i=$((i + 1))
    # The same output path for both sides, so that reports naming it compare equal.
    rm -f "$work/run/out.csv" "$work/run/out.csv.quarantine.txt"
    run "$side" "repair-$i" repair "$f" -o "$work/run/out.csv"
    [[ -f "$work/run/out.csv" ]] && mv "$work/run/out.csv" "$work/$side/repair-$i.csv"
    [[ -f "$work/run/out.csv.quarantine.txt" ]] && mv "$work/run/out.csv.quarantine.txt" "$work/$side/repair-$i.quarantine.txt"
    run "$side" "repair-json-$i" repair --json --force "$f" -o "$work/run/out.csv"
    rm -f "$work/run/out.csv" "$work/run/out.csv.quarantine.txt"
  done
done
differ=0 compared=0
for b in "$work"/before/*; do
  a="$work/after/$(basename "$b")"
  compared=$((compared + 1))
  if [[ ! -f "$a" ]] || ! cmp -s "$b" "$a"; then
    echo "DIFFERS: $(basename "$b")"; differ=$((differ + 1))
  fi
done
[[ $(ls "$work/after" | wc -l) == $(ls "$work/before" | wc -l) ]] || { echo "DIFFERS: the sets of outputs"; differ=$((differ + 1)); }
echo "compared $compared outputs of $# files: $differ differ"
((differ == 0))
