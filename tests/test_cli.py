import json

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.record import validate

TEXT = (
    "Interior Minister Hamadou Souley said on Monday that the government would open two more "
    "shelters in Niamey this week. “The water came at night,” he told reporters."
)


def test_extract_json_from_stdin_validates():
    result = CliRunner().invoke(
        main, ["extract", "-", "--json", "--published", "2023-09-05"], input=TEXT
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    validate(data)
    assert data["article"]["published"] == "2023-09-05"
    assert any(e["name"] == "Hamadou Souley" for e in data["entities"])


def test_extract_report_is_readable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--published", "2023-09-05"])
    assert result.exit_code == 0, result.output
    assert "Entities" in result.output and "Hamadou Souley" in result.output


def test_single_bad_input_is_one_line_exit_2(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", "utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "empty.txt" in result.output and "Traceback" not in result.output


def test_bad_published_option_is_one_line_exit_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--published", "someday"])
    assert result.exit_code == 2
    assert "publication date" in result.output and "Traceback" not in result.output


def test_jsonl_batch_reports_errors_and_goes_on(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": TEXT}) + "\n{broken\n", "utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["article"]["id"] == "ok"
    assert lines[1]["error"]["code"] == "bad_json"


def test_schema_command_prints_json_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "newsgraph Record"


def test_demo_runs_on_bundled_samples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the demo may write its default store into the working directory
    result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert result.output.strip()
