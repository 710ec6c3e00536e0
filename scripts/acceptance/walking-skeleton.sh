#!/usr/bin/env bash
# Acceptance transcript for issue 2 (run from the repo root).
set -u
D=$(mktemp -d)
cli() { node bin/churn-cockpit.js "$@"; }
echo '$ churn-cockpit demo $D/demo.churn'; cli demo $D/demo.churn | head -4
echo; echo '$ churn-cockpit serve $D/demo.churn --port 0'
cli serve $D/demo.churn --port 0 > $D/serve.out 2>&1 & SP=$!
for i in $(seq 1 60); do grep -q listening $D/serve.out && break; sleep 0.5; done
cat $D/serve.out
URL=$(grep -o 'http://[^ ]*' $D/serve.out); PORT=$(echo $URL | sed -E 's#.*:([0-9]+)/.*#\1#'); TOKEN=${URL##*token=}
echo; echo '$ curl -X POST -H "Authorization: Bearer $TOKEN" .../api/dashboard.kpis'
curl -s -w '\nHTTP %{http_code}\n' -X POST -H "Authorization: Bearer $TOKEN" http://127.0.0.1:$PORT/api/dashboard.kpis
echo '$ curl -X POST .../api/dashboard.kpis   (no token)'
curl -s -w '\nHTTP %{http_code}\n' -X POST http://127.0.0.1:$PORT/api/dashboard.kpis
echo '$ curl -X POST -H "Host: evil.example:$PORT" -H "Authorization: Bearer $TOKEN" .../api/dashboard.kpis'
curl -s -w '\nHTTP %{http_code}\n' -X POST -H "Host: evil.example:$PORT" -H "Authorization: Bearer $TOKEN" http://127.0.0.1:$PORT/api/dashboard.kpis
echo; echo '# dashboard trend (API) vs independent day-by-day SQL count, last 6 of 24 months'
curl -s -X POST -H "Authorization: Bearer $TOKEN" -d '{"months":24}' http://127.0.0.1:$PORT/api/dashboard.churnTrend > $D/trend.json
node scripts/acceptance/compare-churn-trend.js $D/trend.json $D/demo.churn
kill $SP
echo; echo '# info on broken files: exit code, message, sha256 before/after'
head -c 65536 /dev/urandom > $D/random.churn
cp $D/demo.churn $D/truncated.churn; truncate -s 100000 $D/truncated.churn
cp $D/demo.churn $D/newer.churn; node -e 'const D=require("better-sqlite3");const d=new D(process.argv[1]);d.pragma("user_version = 99");d.close()' $D/newer.churn
for f in random truncated newer; do
  b=$(sha256sum $D/$f.churn | cut -c1-16)
  echo "\$ churn-cockpit info $f.churn"; cli info $D/$f.churn; echo "exit $?  sha256 before $b after $(sha256sum $D/$f.churn | cut -c1-16)"
done
echo; echo '# query refuses writes'
b=$(sha256sum $D/demo.churn | cut -c1-16)
for q in 'DELETE FROM customers' 'DROP TABLE orders' "ATTACH DATABASE '$D/x.db' AS x" 'PRAGMA writable_schema = ON'; do
  echo "\$ churn-cockpit query demo.churn \"$q\""; cli query $D/demo.churn "$q"; echo "exit $?"
done
echo "sha256 before $b after $(sha256sum $D/demo.churn | cut -c1-16)"
echo '$ churn-cockpit query demo.churn "SELECT count(*) AS customers FROM customers"'; cli query $D/demo.churn "SELECT count(*) AS customers FROM customers"
rm -rf $D
