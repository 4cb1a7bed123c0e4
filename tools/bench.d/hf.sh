# hyperfine helper (sourced by tools/bench): hf NAME RUNS CMD... runs CMD RUNS times after one warm-up, without a
# shell in between, and sets MEAN and SD (seconds).
hf() {
  local name="$1" runs="$2"; shift 2
  mkdir -p "$W/out"
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$W/out/hf-$name.json" "$(printf '%q ' "$@")" >"$W/out/hf-$name.txt" 2>&1 \
    || { echo "  (hyperfine $name failed: see $W/out/hf-$name.txt)" >&2; MEAN=nan; SD=nan; return 0; }
  read -r MEAN SD < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f %.3f" % (r["mean"], r["stddev"] or 0))' "$W/out/hf-$name.json")
}
