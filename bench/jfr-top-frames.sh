#!/bin/sh
# Top frames of a JFR recording's CPU samples: what the notes in RESULTS.md quote.
# Usage: bench/jfr-top-frames.sh bench/target/ours-1.jfr [how-many]
set -e
n=${2:-25}
jfr print --events jdk.ExecutionSample "$1" | awk '
  /stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/ line:.*/, ""); top[$0]++; total++;
                      # the first frame of our own code or of Flowable/Axon/H2/Hibernate in the stack
                      while ((getline line) > 0 && line !~ /\]/) {
                        if (line ~ /vn\.reviewledger|org\.axonframework|org\.flowable|org\.h2|org\.hibernate|com\.github\.kagkarlsson/) {
                          sub(/^[ \t]+/, "", line); sub(/ line:.*/, "", line); first[line]++; break } } }
  END { printf "%d samples\n\n-- top frames --\n", total;
        for (f in top) printf "%6d %5.1f%% %s\n", top[f], 100*top[f]/total, f | "sort -rn | head -'"$n"'";
        close("sort -rn | head -'"$n"'");
        printf "\n-- first framework/app frame --\n";
        for (f in first) printf "%6d %5.1f%% %s\n", first[f], 100*first[f]/total, f | "sort -rn | head -'"$n"'" }'
