#!/usr/bin/env bash
# Starts Keycloak without Docker: the server distribution from Maven Central (org.keycloak:keycloak-quarkus-dist),
# in dev mode on 127.0.0.1:${KC_PORT:-8180}, with the vidan realm (infra/keycloak/vidan-realm.json) imported.
# Needs only Java 17. First start about 50 s, later ones about 15 s. Admin console: admin/admin (KC_BOOTSTRAP_*).
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${KC_VERSION:-26.7.3}"
base="$PWD/data/keycloak"
home="$base/keycloak-$version"
if [ ! -x "$home/bin/kc.sh" ]; then
  mkdir -p "$base"
  ./mvnw -B -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" -DoutputDirectory="$base"
  unzip -q -o "$base/keycloak-quarkus-dist-$version.zip" -d "$base"
fi
mkdir -p "$home/data/import"
cp infra/keycloak/vidan-realm.json "$home/data/import/vidan-realm.json"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
exec "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="${KC_PORT:-8180}" --import-realm
