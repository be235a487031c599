"""The cluster profile and the Compose file of deploy/cluster: they load and say what the deployment note says.

Nothing here runs a container (there is no container runtime on these machines); the files are parsed and
checked for the parts a cluster depends on.
"""

from __future__ import annotations

import re

import pytest
import yaml

from assistant.errors import SettingsError
from assistant.settings import load_settings
from tests.conftest import CONFIGS, REPO

DEPLOY = REPO / "deploy" / "cluster"
ENV = {"QDRANT_URL": "https://qdrant-0:6333", "QDRANT_API_KEY": "k", "ASSISTANT_VAULT_KEY": "v",
       "ASSISTANT_DATABASE_URL": "postgresql+psycopg://assistant:pw@postgres:5432/assistant"}


@pytest.fixture
def env(monkeypatch):
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)


def test_the_cluster_profile_points_at_a_server_and_postgresql(env):
    s = load_settings(["default", "cluster"], CONFIGS)
    server = s.store.server
    assert s.store.backend == "server" and server.url == "https://qdrant-0:6333" and server.api_key == "k"
    assert (server.shard_number, server.replication_factor, server.write_consistency_factor) == (3, 2, 2)
    assert server.collection == "assistant" and server.ca_file == "" and server.verify
    assert s.database_url == ENV["ASSISTANT_DATABASE_URL"] and s.privacy.vault_key == "v"
    assert s.api.host == "0.0.0.0" and s.api.sync_scheduler is False


@pytest.mark.parametrize("missing", ["QDRANT_URL", "QDRANT_API_KEY", "ASSISTANT_DATABASE_URL", "ASSISTANT_VAULT_KEY"])
def test_the_cluster_profile_needs_its_environment(env, monkeypatch, missing):
    monkeypatch.delenv(missing)
    with pytest.raises(SettingsError, match=f"cluster.yaml: environment variable {missing} is not set"):
        load_settings(["default", "cluster"], CONFIGS)


def test_the_compose_file_runs_a_three_node_qdrant_cluster_behind_one_address():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    nodes = {name: svc for name, svc in services.items() if name.startswith("qdrant-")}
    balancer = (DEPLOY / "qdrant-lb.conf").read_text()
    assert services["qdrant"]["volumes"] == ["./qdrant-lb.conf:/etc/nginx/nginx.conf:ro"]
    assert sorted(nodes) == ["qdrant-0", "qdrant-1", "qdrant-2"]
    for name, node in nodes.items():
        assert node["environment"]["QDRANT__CLUSTER__ENABLED"] == "true"
        assert node["image"].startswith("qdrant/qdrant:")
        assert "--uri" in node["command"] and f"http://{name}:6335" in node["command"]
        if name != "qdrant-0":
            assert node["command"][node["command"].index("--bootstrap") + 1] == "http://qdrant-0:6335"
        assert node["environment"]["QDRANT__SERVICE__API_KEY"].startswith("${QDRANT_API_KEY")
        assert f"server {name}:6333" in balancer


def test_the_compose_file_runs_postgresql_and_stateless_replicas_behind_a_proxy():
    services = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]
    assert services["postgres"]["image"].startswith("postgres:")
    replicas, sync = services["assistant"], services["assistant-sync"]
    assert re.fullmatch(r"\$\{ASSISTANT_REPLICAS:-\d+\}", str(replicas["deploy"]["replicas"]))
    assert "volumes" not in replicas, "answering replicas keep no state of their own"
    for svc in (replicas, sync):
        env = svc["environment"]
        assert env["ASSISTANT_PROFILES"] == "default,cluster" and env["QDRANT_URL"] == "http://qdrant:6333"
        assert env["ASSISTANT_DATABASE_URL"].startswith("postgresql+psycopg://assistant:")
    assert (replicas["environment"]["ASSISTANT_SYNC_SCHEDULER"], sync["environment"]["ASSISTANT_SYNC_SCHEDULER"]) == (
        "false", "true")
    assert sync["build"]["dockerfile"] == "deploy/cluster/Dockerfile" and (REPO / sync["build"]["dockerfile"]).exists()
    proxy = services["proxy"]
    assert proxy["image"].startswith("nginx:") and "./nginx.conf:/etc/nginx/nginx.conf:ro" in proxy["volumes"]
    conf = (DEPLOY / "nginx.conf").read_text()
    assert "proxy_pass http://$replicas;" in conf and "proxy_buffering off;" in conf


def test_every_variable_the_compose_file_requires_is_in_the_example_env():
    text = (DEPLOY / "compose.yaml").read_text()
    required = set(re.findall(r"\$\{([A-Z_]+):\?", text))
    example = {line.split("=", 1)[0] for line in (DEPLOY / "env.example").read_text().splitlines()
               if line and not line.startswith("#")}
    assert required and required <= example
