#!/usr/bin/env bash
# scripts/check-layers passes on our tree and fails on each kind of crossing: ui/ including net/, models/
# including ui/, a header of ours included by bare name, and a widget continuing a future.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
check="$here/scripts/check-layers"
"$check" "$here" || { echo "FAIL: our own tree crosses a layer"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
expect_refused() {
  local name=$1 file=$2 line=$3
  rm -rf "$work/$name"; mkdir -p "$work/$name/$(dirname "$file")"
  printf '%s\n' "$line" > "$work/$name/$file"
  if "$check" "$work/$name" 2>"$work/$name.err"; then
    echo "FAIL: $name passed: $file: $line"; exit 1
  fi
  grep -q "$file" "$work/$name.err" || { echo "FAIL: $name: the report does not name $file"; cat "$work/$name.err"; exit 1; }
}
expect_refused ui_net ui/plans/PlansPage.cpp '#include <net/PgSession.h>'
expect_refused models_ui models/tenants/Tenant.cpp '#include <ui/tenants/TenantsPage.h>'
expect_refused net_models net/PgSession.cpp '#include <models/common/Fetched.h>'
expect_refused bare_name ui/plans/PlansPage.cpp '#include "PgSession.h"'
expect_refused ui_then ui/plans/PlansPage.cpp '    m_plans->plans().then(this, [this](const Fetched<QVector<Plan>>& p) { show(p); });'
expect_refused ui_future ui/keys/KeysPage.h '    QFuture<Fetched<bool>> m_pending;'
# Allowed: ui/ on models/ and async/, models/ on net/.
mkdir -p "$work/fine/ui/x" "$work/fine/models/y"
printf '#include <models/common/Fetched.h>\n#include <async/Guarded.h>\n#include <QWidget>\n' > "$work/fine/ui/x/A.cpp"
printf '#include <net/PgSession.h>\n' > "$work/fine/models/y/B.cpp"
"$check" "$work/fine" || { echo "FAIL: allowed includes were refused"; exit 1; }
echo "check-layers: 6 crossings refused, allowed includes passed, our tree clean"
