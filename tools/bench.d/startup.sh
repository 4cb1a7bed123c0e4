# Scenario 5 of issue 5 (sourced by tools/bench): start-up of the launchers, with and without the AppCDS archive
# tools/launch builds on first run (BITAXE_NO_CDS=1 turns it off), next to the bare JVM.
source "$D/hf.sh"

scenario_startup() {
  local small="$W/hist-small/data/metrics.csv" jsa="$ROOT/target/bitaxe-monitor.jsa"
  [[ -d "$W/hist-small/data" ]] || { echo "no small history: run 'tools/bench gen' first" >&2; return 1; }
  say "start-up (hyperfine, 10 runs each)"
  hf jvm 10 java -Xshare:auto -version
  local jvm="$MEAN"
  record startup "java -version (JVM floor)" "$MEAN" s "" "" "-" "sd $SD"
  rm -f "$jsa"
  "$ROOT/tools/viewer" --summary --data "$small" >/dev/null 2>&1 || true   # builds the archive from a real run
  [[ -f "$jsa" ]] && record startup "AppCDS archive size" "$(($(stat -c %s "$jsa") / 1000000))" MB "" "" "-" info
  hf version-cds 10 "$ROOT/tools/monitor" --version
  record startup "tools/monitor --version (CDS)" "$MEAN" s "java -version" "$jvm" "-" "sd $SD"
  hf version-nocds 10 env BITAXE_NO_CDS=1 "$ROOT/tools/monitor" --version
  record startup "tools/monitor --version (no CDS)" "$MEAN" s "java -version" "$jvm" "-" "sd $SD"
  hf summary-cds 10 "$ROOT/tools/viewer" --summary --data "$small"
  record startup "tools/viewer --summary, 1 MB (CDS)" "$MEAN" s "java -version" "$jvm" "<0.35 s" "$(le "$MEAN" 0.35)"
  hf summary-nocds 10 env BITAXE_NO_CDS=1 "$ROOT/tools/viewer" --summary --data "$small"
  record startup "tools/viewer --summary, 1 MB (no CDS)" "$MEAN" s "java -version" "$jvm" "<0.35 s" "$(le "$MEAN" 0.35)"
}
