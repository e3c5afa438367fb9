#!/usr/bin/env bash
# Lints the OpenAPI description of a running Review Ledger with Redocly's recommended rules:
# 0 errors is the bar (warnings allowed). The app's own test (OpenApiDocumentTest) keeps the
# committed copy, app/src/test/resources/openapi/review-ledger.json, equal to the live one.
#
#   docs/openapi-lint.sh                        # the app at http://localhost:8080
#   docs/openapi-lint.sh http://host:port       # another instance
#   docs/openapi-lint.sh --file app/src/test/resources/openapi/review-ledger.json
#
# Needs Node.js (npx installs @redocly/cli on first use; set REDOCLY_CLI to use an installed one).
set -euo pipefail

version="${REDOCLY_VERSION:-2.77.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ "${1:-}" == "--file" ]]; then
  cp "${2:?a file after --file}" "$work/openapi.json"
else
  base="${1:-http://localhost:8080}"
  curl -fsS "${base%/}/v3/api-docs" -o "$work/openapi.json"
fi

if [[ -n "${REDOCLY_CLI:-}" ]]; then
  "$REDOCLY_CLI" lint "$work/openapi.json" --format=stylish
else
  npx --yes "@redocly/cli@${version}" lint "$work/openapi.json" --format=stylish
fi
