"""Directories through the runtime: LDAP groups decide what a person retrieves, one sync after a change."""

from __future__ import annotations

from assistant.retrieval import RetrievalQuery
from assistant.runtime import Runtime, folder_source
from tests.conftest import make_settings
from tests.services.slapd import slapd_fixture

BASE = "dc=example,dc=org"
LDIF = f"""dn: ou=people,{BASE}
objectClass: organizationalUnit
ou: people

dn: ou=groups,{BASE}
objectClass: organizationalUnit
ou: groups

dn: uid=ann,ou=people,{BASE}
objectClass: inetOrgPerson
uid: ann
cn: Ann
sn: A
mail: ann@corp.example

dn: uid=bob,ou=people,{BASE}
objectClass: inetOrgPerson
uid: bob
cn: Bob
sn: B
mail: bob@corp.example

dn: cn=treasury,ou=groups,{BASE}
objectClass: groupOfNames
cn: treasury
member: uid=ann,ou=people,{BASE}

dn: cn=finance,ou=groups,{BASE}
objectClass: groupOfNames
cn: finance
member: cn=treasury,ou=groups,{BASE}
"""

slapd = slapd_fixture(LDIF)


def test_nested_ldap_groups_gate_retrieval_and_a_change_lands_after_one_sync(slapd, tmp_path, embedder):
    settings = make_settings(tmp_path / "data", directories=[{
        "name": "corp", "kind": "ldap",
        "options": {"url": slapd.url, "base_dn": BASE, "bind_dn": slapd.root_dn, "password": slapd.root_pw},
    }])
    rt = Runtime(settings)
    rt.__dict__["embedder"] = embedder
    try:
        docs = tmp_path / "finance"
        docs.mkdir()
        (docs / "forecast.md").write_text("# Forecast\nThe 2027 revenue forecast is 310 million euros.")
        rt.sync.register("finance", "filesystem", folder_source(docs, groups=["finance"]))
        rt.sync.sync("finance")
        summary = rt.sync_directory("corp")
        assert (summary.users, summary.groups) == (2, 2)

        def sees_forecast(email: str) -> bool:
            chunks = rt.chat.retriever.retrieve(RetrievalQuery(text="revenue forecast 2027", principal=rt.principal(email)))
            return any(c.source == "finance" for c in chunks)

        assert sees_forecast("ann@corp.example"), "ann is in treasury, which is in finance"
        assert not sees_forecast("bob@corp.example")

        slapd.modify(f"dn: cn=treasury,ou=groups,{BASE}\nchangetype: modify\nadd: member\nmember: uid=bob,ou=people,{BASE}\n")
        assert not sees_forecast("bob@corp.example"), "nothing changes before the directory sync"
        rt.sync_directory("corp")
        assert sees_forecast("bob@corp.example")
    finally:
        rt.close()
