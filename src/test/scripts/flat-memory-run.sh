#!/usr/bin/env bash
# The flat-memory run of docs/performance.md: the command line over a large WARC file with a 256 MB
# heap, under /usr/bin/time -v, sampling the JVM's resident set size and the progress line every 30 s.
#
#   src/test/scripts/flat-memory-run.sh target/accords-0.1.0-SNAPSHOT-cli.jar /tmp/crawl-50k.warc /tmp/out-50k.jsonl /tmp/run50k
#
# Writes LOG.err (stderr of the run, then time -v's report) and LOG.samples (one line per 30 s).
set -u
JAR=$1 WARC=$2 OUT=$3 LOG=$4
/usr/bin/time -v java -Xmx256m -jar "$JAR" --progress --out "$OUT" "$WARC" 2> "$LOG.err" &
TPID=$!
sleep 2
JPID=$(pgrep -P "$TPID" java)
echo "time pid $TPID, java pid $JPID" > "$LOG.samples"
START=$(date +%s)
while kill -0 "$JPID" 2>/dev/null; do
  RSS=$(awk '/VmRSS/{print $2}' "/proc/$JPID/status" 2>/dev/null)
  HWM=$(awk '/VmHWM/{print $2}' "/proc/$JPID/status" 2>/dev/null)
  PROGRESS=$(tail -c 300 "$LOG.err" | tr '\r' '\n' | grep accords | tail -1)
  echo "$(( $(date +%s) - START ))s rss=${RSS}kB hwm=${HWM}kB | $PROGRESS" >> "$LOG.samples"
  sleep 30
done
wait "$TPID"
echo "exit $?" >> "$LOG.samples"
