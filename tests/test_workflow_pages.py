"""The GitHub Pages workflow is valid YAML and does what docs/editor.md says."""

import yaml

from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def load() -> dict:
    return yaml.safe_load(WORKFLOW.read_text("utf-8"))


def uses(steps: list[dict]) -> list[str]:
    return [step["uses"].split("@")[0] for step in steps if "uses" in step]


def test_triggers_and_permissions():
    workflow = load()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_build_job_checks_out_sets_up_python_builds_and_uploads_site():
    steps = load()["jobs"]["build"]["steps"]
    assert uses(steps) == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ]
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert str(python["with"]["python-version"]) == "3.11"
    [run] = [s["run"] for s in steps if "run" in s]
    assert (
        run.startswith("bash scripts/build.sh --base-url ")
        and "steps.pages.outputs.base_url" in run
    )
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"].rstrip("/") == "site"
    order = [s.get("uses", s.get("run", "")).split("@")[0] for s in steps]
    assert order.index("actions/upload-pages-artifact") == len(order) - 1  # upload after the build


def test_deploy_job_deploys_the_artifact():
    deploy = load()["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert uses(deploy["steps"]) == ["actions/deploy-pages"]


def test_build_script_it_runs_exists_and_the_docs_describe_it():
    assert (REPO / "scripts" / "build.sh").is_file()
    docs = (REPO / "docs" / "editor.md").read_text("utf-8")
    assert ".github/workflows/pages.yml" in docs and "bash scripts/build.sh --base-url" in docs
