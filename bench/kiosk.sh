#!/usr/bin/env bash
# Kiosk benchmarks of the README's "Benchmarks" section: criterion (drawing screens, a key
# in a text field) and the pty measurements (first frame, bytes per keystroke, peak RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS=2
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
cargo test --release -q --test pty measure:: -- --ignored --nocapture 2>&1 | grep -E "^(start|bytes|peak)"
cargo bench --bench render -- --noplot 2>&1 | python3 bench/criterion_summary.py
