#!/usr/bin/env bash
# Runs the suites again at another hour and in other time zones, without rebuilding: no test may
# depend on the wall clock or the machine's zone (product code takes both as parameters).
#   mocha   the mocha suites (unit, CLI, protocol, seeds, browser) with TZ=Pacific/Kiritimati (UTC+14)
#           and the clock 12 hours ahead (libfaketime), then with TZ=America/Adak (UTC-10/-9)
#   vscode  the extension host and UI suites inside code-server, Kiritimati and 12 hours ahead
# faketime (Debian's libfaketime) shifts the clock of every process started under it, code-server,
# the extension host, the language server and Chromium included. File times are left real
# (NO_FAKE_STAT): tests are about the clock, and editors compare file times to notice changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NO_FAKE_STAT=1

if ! command -v faketime >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "test/clocks/run.sh: faketime is missing; install it as root (apt-get install faketime)." >&2
    exit 1
  fi
  echo "test/clocks/run.sh: installing Debian's faketime"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends faketime >/dev/null
fi
[[ -f dist/server.js ]] || { echo "test/clocks/run.sh: dist/ is not built; run npm test (or npm run build) first." >&2; exit 1; }

case "${1:-mocha}" in
  mocha)
    echo "== mocha suites, TZ=Pacific/Kiritimati, clock +12 h: $(TZ=Pacific/Kiritimati faketime -f +12h date) =="
    TZ=Pacific/Kiritimati faketime -f +12h npx mocha
    echo "== mocha suites, TZ=America/Adak: $(TZ=America/Adak date) =="
    TZ=America/Adak npx mocha
    ;;
  vscode)
    [[ -f dist/test/vscode/index.js ]] || { echo "test/clocks/run.sh: the VS Code suite is not built; run npm run test:vscode:offline first." >&2; exit 1; }
    echo "== VS Code suites in code-server, TZ=Pacific/Kiritimati, clock +12 h: $(TZ=Pacific/Kiritimati faketime -f +12h date) =="
    TZ=Pacific/Kiritimati faketime -f +12h npx tsx test/vscode/offline/run.ts
    ;;
  *)
    echo "usage: test/clocks/run.sh mocha|vscode" >&2
    exit 2
    ;;
esac
