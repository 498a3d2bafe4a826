#!/usr/bin/env bash
# The whole test suite, as a newcomer or CI runs it: install the validators the tests
# call (a no-op when they are present), then run every test.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-tools
cargo test "$@"
