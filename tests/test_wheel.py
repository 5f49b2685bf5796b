"""The built wheel carries templates, static files, migrations and fixtures, and serves pages."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import annotate, sys
from annotate import create_app
assert annotate.__file__.startswith(sys.argv[1]), annotate.__file__
app = create_app({"SECRET_KEY": "k", "DATABASE_URL": "sqlite:///" + sys.argv[2]})
result = app.test_cli_runner().invoke(args=["demo", "--no-serve"])
assert result.exit_code == 0, result.output
page = app.test_client().get("/login")
assert page.status_code == 200 and b"Log in" in page.data, page.status_code
css = app.test_client().get("/static/annotate.css")
assert css.status_code == 200
print(result.output)
"""


def test_wheel_installs_and_renders_the_login_page(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True)
    [wheel] = tmp_path.glob("annotate-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for required in ("annotate/templates/login.html", "annotate/static/annotate.css",
                     "annotate/migrations/env.py", "annotate/fixtures/sources.json"):
        assert required in names
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)  # a pure-Python wheel installs by extraction
    result = subprocess.run([sys.executable, "-c", PROBE, str(target), str(tmp_path / "w.db")],
                            cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "registered" in result.stdout and "password:" in result.stdout
