#!/usr/bin/env bash
# Checks the package as a user receives it: packs the tarball, lints it (publint, attw), installs it in
# a fresh folder, runs every example there as ESM and as CJS, and type-checks a TypeScript consumer
# under node16 and bundler resolution. Run after `npm run build`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "--- npm pack"
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
ls -l "$tarball"

echo "--- publint"
npx --no-install publint --strict --level warning "$tarball"

echo "--- attw (node10, node16 CJS and ESM, bundler)"
npx --no-install attw "$tarball" --format table-flipped

echo "--- install the tarball in a fresh project"
consumer="$work/consumer"
mkdir -p "$consumer"
zod_version=$(node -p "require('./node_modules/zod/package.json').version")
cat > "$consumer/package.json" <<JSON
{ "name": "sejahtera-consumer", "version": "0.0.0", "private": true }
JSON
(cd "$consumer" && npm install --no-audit --no-fund --loglevel=error "$tarball" "zod@$zod_version" >/dev/null)

echo "--- the JSON Schemas are published"
(cd "$consumer" && node -e '
  const list = require("sejahtera/schemas/index.json");
  const rupiah = require("sejahtera/schemas/Rupiah.json");
  if (!Array.isArray(list) || list.length < 10 || rupiah.type === undefined && rupiah.$ref === undefined) process.exit(1);
  console.log(`ok  ${list.length} JSON Schemas, e.g. Rupiah`);
')

echo "--- run every example as ESM and as CJS against the installed package"
shopt -s nullglob
for example in examples/*.ts; do
  name=$(basename "$example" .ts)
  for format in esm cjs; do
    ext=$([ "$format" = esm ] && echo mjs || echo cjs)
    out="$consumer/examples/$name.$ext"
    npx --no-install esbuild "$example" --bundle --platform=node --format="$format" \
      --packages=external --ignore-annotations --log-level=warning --outfile="$out"
    if ! (cd "$consumer" && node "$out" >"$work/$name.$format.log" 2>&1); then
      echo "example $name failed as $format:"
      cat "$work/$name.$format.log"
      exit 1
    fi
    echo "ok  $name ($format, $(wc -l <"$work/$name.$format.log") lines of output)"
  done
done

echo "--- type-check a TypeScript consumer (node16 and bundler resolution)"
cp scripts/consumer/consumer.ts "$consumer/consumer.ts"
for resolution in node16 bundler; do
  module=$([ "$resolution" = node16 ] && echo node16 || echo esnext)
  cat > "$consumer/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "target": "ES2022", "module": "$module", "moduleResolution": "$resolution",
    "strict": true, "noEmit": true, "skipLibCheck": false, "types": [],
    "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true
  },
  "files": ["consumer.ts"]
}
JSON
  (cd "$consumer" && "$root/node_modules/.bin/tsc" -p tsconfig.json)
  echo "ok  TypeScript consumer ($resolution)"
done
echo "--- the command line: pack sejahtera-cli, install its tarball alone in a fresh project (the library is"
echo "    bundled in: cli/tsup.config.ts), run npx sejahtera"
cli_tarball="$work/$(cd cli && npm pack --silent --pack-destination "$work" | tail -n 1)"
ls -l "$cli_tarball"
tar -tzf "$cli_tarball" | sort
# The bundled packages' licences travel with it (cli/notices.ts).
notices=$(tar -xzf "$cli_tarball" -O package/dist/THIRD-PARTY-NOTICES.md)
for name in sejahtera zod; do
  grep -q "^## $name " <<<"$notices" || { echo "THIRD-PARTY-NOTICES.md lacks $name"; exit 1; }
done
cli_consumer="$work/cli-consumer"
mkdir -p "$cli_consumer"
cat > "$cli_consumer/package.json" <<JSON
{ "name": "sejahtera-cli-consumer", "version": "0.0.0", "private": true }
JSON
(cd "$cli_consumer" && npm install --no-audit --no-fund --loglevel=error "$cli_tarball" >/dev/null)
# Standing alone: neither the library nor zod was installed beside it.
if [ -e "$cli_consumer/node_modules/sejahtera" ] || [ -e "$cli_consumer/node_modules/zod" ]; then
  echo "sejahtera-cli pulled in the library or zod"
  exit 1
fi
(cd "$cli_consumer" && npx --no-install sejahtera --help | grep -q '^  poverty ')
printf 'kab,expenditurePerCapita\nA,100\nA,300\n' > "$cli_consumer/h.csv"
out=$(cd "$cli_consumer" && npx --no-install sejahtera poverty h.csv --by kab --line 200 --format jsonl -q)
[ "$(node -p 'JSON.parse(process.argv[1]).p0' "$out")" = "0.5" ] || { echo "unexpected output: $out"; exit 1; }
echo "ok  npx sejahtera --help and poverty from the packed sejahtera-cli tarball alone"
echo "package checks passed"
