#!/usr/bin/env bash
# Side-by-side load benchmark: feelback's script tag as the "OURS" rows of the peers benchmark in
# ../shared/bench/peers (PostHog, Formbricks, SurveyJS, Sentry, bare Lit + zod/mini). Run by hand:
#   npm run build && bash bench/peers.sh            # RUNS=3 THROTTLE="1 4" ONLY=... as in its README
# The shared folder is read-only, so it runs in a copy under bench/results/peers/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
src="${PEERS_DIR:-$root/../shared/bench/peers}"
work="$here/results/peers"
[ -f "$root/dist/feelback.js" ] || { echo "build first: npm run build" >&2; exit 2; }
mkdir -p "$work"
# Copy the benchmark itself, not its results or node_modules.
tar -C "$src" --exclude=node_modules --exclude=results --exclude=dist --exclude=site -cf - . | tar -C "$work" -xf -
chmod -R u+w "$work"
export RUNS="${RUNS:-5}"
# Two feelback rows, each a run of the harness (it takes one extra row at a time): one NPS question in a
# survey, then the default survey (NPS, emotion, comment). The first run also measures the peers (narrow it
# with ONLY=...); the second only feelback. Each counts as rendered when its 11 NPS options are visible (the
# radios themselves are transparent over their labels, which the harness's opacity check would never call
# visible). The harness serves dist/ beside the script, so the chunks load as on a site.
export CUSTOM_SELECTOR='[part~="option"]' CUSTOM_MIN=11
bash "$work/run.sh" "$root/dist/feelback.js" \
  '<feelback-survey endpoint="/collect" lang="en"><feelback-nps></feelback-nps></feelback-survey>'
cp "$work/results/table.md" "$here/results/peers-table.md"
cp "$work/results/summary.json" "$here/results/peers-nps.json"
ONLY=custom bash "$work/run.sh" "$root/dist/feelback.js" '<feelback-survey endpoint="/collect" lang="en"></feelback-survey>'
cp "$work/results/table.md" "$here/results/peers-default-survey.md"
cp "$work/results/summary.json" "$here/results/peers-default.json"
echo
echo "one NPS question (with the peers): bench/results/peers-table.md"
echo "default survey: bench/results/peers-default-survey.md"
echo
node "$here/peers-summary.mjs"
