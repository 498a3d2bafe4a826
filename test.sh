#!/usr/bin/env bash
# The whole test suite, as a newcomer or CI runs it: install the validators the tests
# call (a no-op when they are present), then run every test, the scale cases (a 10 MB
# story, 2,000 chapters, a 100,000-character word in the PDF) included.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-tools
cargo test --no-fail-fast "$@"
