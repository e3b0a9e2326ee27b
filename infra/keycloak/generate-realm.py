#!/usr/bin/env python3
"""Writes vidan-realm.json, the Keycloak realm of the demo directory, from the directory's seed SQL.

Every seeded person becomes a user (password "demo") in the group of their unit, with realm roles from their
position and unit; "admin" (password "admin") gets every role. Run after changing the demo directory:
    python3 infra/keycloak/generate-realm.py
"""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "app/src/main/resources/db/demo/V1000__demo_directory.sql"
OUT = pathlib.Path(__file__).resolve().parent / "vidan-realm.json"

ROLES = {
    "officer": "Cán bộ chiến sĩ: works the cases of their units",
    "unit_leader": "Lãnh đạo đơn vị: approves for their own unit",
    "duty_officer": "Trực ban: triages tip reports",
    "personnel": "Tổ chức cán bộ: runs secondment waves",
    "process_designer": "Deploys BPMN, DMN and forms",
    "auditor": "Reads the audit log",
    "commune_leader": "Bí thư, Chủ tịch UBND xã/phường",
    "admin": "Administers Vidan",
}


def rows(sql, table):
    result = []
    for block in re.finditer(r"INSERT INTO %s \(([^)]*)\) VALUES\s*(.*?);\n" % table, sql, re.S):
        columns = [c.strip() for c in block.group(1).split(",")]
        values = re.findall(r"\(((?:'(?:[^']|'')*'|NULL|[^,()])(?:\s*,\s*(?:'(?:[^']|'')*'|NULL|[^,()]+))*)\)", block.group(2))
        for value in values:
            cells = re.findall(r"'((?:[^']|'')*)'|(NULL)", value)
            result.append(dict(zip(columns, [None if null else text.replace("''", "'") for text, null in cells])))
    return result


def main():
    # Every demo migration, in order: later ones add people (V1003: a second desk officer in Hòa Minh).
    sql = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEED.parent.glob("V*.sql")))
    functions = {}
    for row in rows(sql, "org_unit_function"):
        functions.setdefault(row["unit_code"], set()).add(row["function_code"])
    skills = {}
    for row in rows(sql, "org_officer_skill"):
        skills.setdefault(row["username"], set()).add(row["skill"])
    users = []
    for officer in rows(sql, "org_officer"):
        roles = ["officer"]
        if officer["position_code"] in ("CHIEF", "DEPUTY_CHIEF"):
            roles.append("unit_leader")
        if officer["position_code"] == "DUTY_OFFICER":
            roles.append("duty_officer")
        if "PERSONNEL" in functions.get(officer["unit_code"], set()):
            roles.append("personnel")
        unit = officer["unit_code"]
        # The same Camunda groups as vn.vidan.org.UnitGroup gives: the unit, and its leaders, desk, duty, area.
        groups = [unit]
        if officer["position_code"] in ("CHIEF", "DEPUTY_CHIEF"):
            groups.append(unit + ".leaders")
        if "ONE_STOP_DESK" in skills.get(officer["username"], set()):
            groups.append(unit + ".desk")
        if officer["position_code"] == "DUTY_OFFICER":
            groups.append(unit + ".duty")
        if officer["position_code"] == "AREA_OFFICER":
            groups.append(unit + ".area")
        users.append(user(officer["username"], officer["full_name"], unit, roles, "demo", groups))
    for leader in rows(sql, "org_commune_leader"):
        users.append(user(leader["username"], leader["full_name"], leader["unit_code"], ["commune_leader"], "demo", []))
    users.append(user("admin", "Quản trị Vidan", None, list(ROLES), "admin", []))
    users.append(user("designer", "Thiết kế Quy trình", None, ["process_designer"], "demo", []))
    users.append(user("auditor", "Kiểm tra Nội bộ", None, ["auditor"], "demo", []))
    units = sorted({group.lstrip("/") for u in users for group in u["groups"]})
    # Vidan writes directory changes (and secondments, as group memberships) into the realm with this client's
    # service account; the secret below is for development only (set VIDAN_KEYCLOAK_SYNC_SECRET in production).
    users.append({
        "username": "service-account-vidan-sync",
        "enabled": True,
        "serviceAccountClientId": "vidan-sync",
        "clientRoles": {"realm-management": ["manage-users", "view-users", "query-users", "query-groups"]},
    })
    realm = {
        "realm": "vidan",
        "displayName": "Vidan — Vì Nhân dân phục vụ",
        "enabled": True,
        "sslRequired": "external",
        "accessTokenLifespan": 300,
        "internationalizationEnabled": True,
        "supportedLocales": ["vi", "en"],
        "defaultLocale": "vi",
        "roles": {"realm": [{"name": name, "description": text} for name, text in ROLES.items()]},
        "groups": [{"name": code} for code in units],
        "clients": [
            {
                "clientId": "vidan-ui",
                "name": "Vidan (browser sign-in)",
                "publicClient": True,
                "standardFlowEnabled": True,
                "directAccessGrantsEnabled": False,
                "redirectUris": ["http://localhost:8080/*", "http://127.0.0.1:8080/*"],
                "webOrigins": ["+"],
                "attributes": {"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "+"},
                "protocolMappers": mappers(),
            },
            {
                "clientId": "vidan-cli-short",
                "name": "Like vidan-cli, with tokens that expire after 2 seconds (for expiry tests)",
                "publicClient": True,
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": True,
                "attributes": {"access.token.lifespan": "2"},
                "protocolMappers": mappers(),
            },
            {
                "clientId": "vidan-sync",
                "name": "Vidan directory sync (service account)",
                "publicClient": False,
                "secret": "vidan-sync-dev-secret",
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": False,
                "serviceAccountsEnabled": True,
            },
            {
                "clientId": "vidan-cli",
                "name": "Vidan (tokens for scripts and tests; password grant, development only)",
                "publicClient": True,
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": True,
                "protocolMappers": mappers(),
            },
        ],
        "users": users,
    }
    OUT.write_text(json.dumps(realm, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(users)} users, {len(units)} groups")


def user(username, full_name, unit, roles, password, groups):
    return {
        "username": username,
        "enabled": True,
        "emailVerified": True,
        # Keycloak's user profile wants both names: the family name comes first in Vietnamese.
        "firstName": full_name.split(" ", 1)[1] if " " in full_name else full_name,
        "lastName": full_name.split(" ", 1)[0],
        "email": f"{username}@vidan.local",
        "attributes": {"unit": [unit]} if unit else {},
        "credentials": [{"type": "password", "value": password, "temporary": False}],
        "realmRoles": roles,
        "groups": [f"/{group}" for group in groups],
    }


def mappers():
    return [
        {
            "name": "units",
            "protocol": "openid-connect",
            "protocolMapper": "oidc-group-membership-mapper",
            "config": {"claim.name": "units", "full.path": "false", "access.token.claim": "true",
                       "id.token.claim": "true", "userinfo.token.claim": "true"},
        },
        {
            "name": "roles",
            "protocol": "openid-connect",
            "protocolMapper": "oidc-usermodel-realm-role-mapper",
            "config": {"claim.name": "roles", "multivalued": "true", "jsonType.label": "String",
                       "access.token.claim": "true", "id.token.claim": "true", "userinfo.token.claim": "true"},
        },
    ]


if __name__ == "__main__":
    main()
