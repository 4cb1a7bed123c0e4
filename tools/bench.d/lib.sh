# Shared helpers of tools/bench (sourced, not run). Every figure goes through `record`, so the table, the TSV and
# docs/PERFORMANCE.md come from the same numbers.

W="${BENCH_DIR:-/tmp/bitaxe-bench}"
RESULTS="$W/results.tsv"
mkdir -p "$W"

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

# record SCENARIO FIGURE VALUE UNIT PEER PEER_VALUE TARGET VERDICT
# RATIO is computed as VALUE/PEER_VALUE when both are numbers (for times: >1 means we are slower).
record() {
  local ratio="-"
  if [[ "$2" != "" && "$6" =~ ^[0-9.]+$ && "$3" =~ ^[0-9.]+$ ]] && awk "BEGIN{exit !($6>0)}"; then
    ratio=$(awk "BEGIN{printf \"%.2f\", $3/$6}")
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%H:%M:%S)" "$1" "$2" "$3" "$4" "$5" "$6" "$ratio" "$7" "$8" >>"$RESULTS"
  printf '  %-10s %-44s %10s %-6s | %-26s %10s | ratio %6s | %s %s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$ratio" "$7" "$8" >&2
}

# timed NAME CMD... : runs CMD (or `jrun MAIN ARGS`) with stdout to $W/out/NAME.out, and sets WALL USER SYS CPU RSS_MB (GNU time).
timed() {
  local name="$1"; shift
  # shellcheck disable=SC2086
  [[ "$1" == jrun ]] && { shift; set -- java ${BENCH_JAVA_OPTS:-} -cp "$CP" "$@"; }
  mkdir -p "$W/out"
  /usr/bin/time -f '%e %U %S %M' -o "$W/out/$name.time" "$@" >"$W/out/$name.out" 2>"$W/out/$name.err" || {
    echo "  ($name exited non-zero: see $W/out/$name.err)" >&2; }
  read -r WALL USER SYS RSS_KB < <(tail -1 "$W/out/$name.time")
  RSS_MB=$(awk "BEGIN{printf \"%.0f\", $RSS_KB/1024}")
  CPU=$(awk "BEGIN{printf \"%.2f\", $USER+$SYS}")
}

# kv FILE KEY: the value of KEY=... in the last line of FILE that has it.
kv() { grep -o "$2=[^ ]*" "$1" | tail -1 | cut -d= -f2; }

mbps() { awk "BEGIN{printf \"%.1f\", $1/1e6/$2}"; }       # bytes seconds -> MB/s
div() { awk "BEGIN{ if (($2) == 0) print \"inf\"; else printf \"%.3f\", ($1)/($2) }"; }
# le VALUE LIMIT: "met" when VALUE <= LIMIT; a value that is not a number (inf, nan, empty) never meets a target.
le() { [[ "$1" =~ ^[0-9.]+$ ]] && awk "BEGIN{exit !($1<=$2)}" && echo met || echo MISSED; }

# Builds the jar and the test classes (benchmarks, generator), and the test classpath, when sources changed.
build() {
  local stamp="$W/.built" src
  src=$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$stamp" -print -quit 2>/dev/null || true)
  if [[ ! -f "$stamp" || -n "$src" || ! -f "$ROOT/target/bitaxe-monitor.jar" ]]; then
    say "building (mvn -o -DskipTests package)"
    (cd "$ROOT" && mvn -q -B -o -DskipTests package >&2 && \
      mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$W/classpath.txt" >/dev/null)
    touch "$stamp"
  fi
  # CP_OVERRIDE: a scratch build's classes (tools/bench candidate) instead of this tree's.
  CP="${CP_OVERRIDE:-$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$W/classpath.txt")}"
}

# Installs the peers from Debian when one is missing.
peers() {
  local missing=()
  for t in mlr csvclean csvstat hyperfine tmux; do command -v "$t" >/dev/null || missing+=("$t"); done
  if ((${#missing[@]})); then
    say "installing peers (missing: ${missing[*]})"
    apt-get update -q >/dev/null && apt-get install -y -q miller csvkit hyperfine tmux >/dev/null
  fi
}

jrun() { java ${BENCH_JAVA_OPTS:-} -cp "$CP" "$@"; }

# The machine, for the report header.
machine() {
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores;" \
       "memory: $(free -g | awk '/Mem:/{print $2}') GiB; disk: $(df -h "$W" | awk 'NR==2{print $1", "$2" total, "$4" free"}')" \
       "(rotational=$(cat /sys/block/"$(basename "$(df "$W" | awk 'NR==2{print $1}')")"/queue/rotational 2>/dev/null || echo '?'));" \
       "java: $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
}
