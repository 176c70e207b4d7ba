# lib.sh — pieces the whole-run benchmark scripts share (sourced, not run).

# frames in a capture, as capinfos counts them
count_frames() { capinfos -c -M "$1" 2>/dev/null | awk -F': *' '/Number of packets/ {gsub(/ /,"",$2); print $2}'; }

# median of numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# ensure_inputs DATADIR CAPTURE...: the benchmark captures (made when missing) and the jar (built when missing)
ensure_inputs() {
  local data=$1 c; shift
  for c in "$@"; do
    [[ -s $data/$c ]] || { "$BENCH_DIR/make-bench-pcap.sh" "$data" >/dev/null; break; }
  done
  [[ -f $BENCH_DIR/../target/sharkfin.jar ]] || "$BENCH_DIR/../bin/mvn" -q package -DskipTests
}
