"""The `danvan` command line: bad input gets one readable line and exit status 1; nothing is half-written."""
import os
import subprocess


def danvan(args, env):
    return subprocess.run([os.environ["DANVAN_BIN"], *args], env=env, capture_output=True, text=True, timeout=300)


def sqlite_env(scratch_dir):
    env = dict(os.environ, DANVAN_DATA_DIR=scratch_dir)
    env.pop("DATABASE_URL", None)
    return env


def test_units_import_rejects_a_csv_with_wrong_columns(scratch_dir):
    env = sqlite_env(scratch_dir)
    bad = os.path.join(scratch_dir, "sai-cot.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("ma,ten\n01,Hà Nội\n")
    assert danvan(["migrate", "--yes"], env).returncode == 0
    result = danvan(["units", "import", "--file", bad], env)
    assert result.returncode == 1
    assert "csv_wrong_columns" in result.stderr
    assert "Tệp CSV thiếu cột" in result.stderr


def test_units_import_rejects_a_latin1_file_and_keeps_what_was_there(scratch_dir):
    env = sqlite_env(scratch_dir)
    assert danvan(["migrate", "--yes"], env).returncode == 0
    assert danvan(["units", "import", "--structure", "2025", "--province", "46"], env).returncode == 0
    latin1 = os.path.join(scratch_dir, "latin1.csv")
    with open(latin1, "wb") as f:
        f.write("code,name,division_type,parent_code,level\n46,Huế,tỉnh,,province\n".encode("latin-1", errors="replace"))
        f.write(b"99,H\xe0 N\xf4i,t\xecnh,,province\n")
    result = danvan(["units", "import", "--file", latin1], env)
    assert result.returncode == 1
    assert "csv_not_utf8" in result.stderr
    again = danvan(["units", "import", "--structure", "2025", "--province", "46"], env)
    assert again.returncode == 0
    assert "0 đơn vị mới" in again.stdout


def test_unknown_role_is_explained(scratch_dir):
    env = sqlite_env(scratch_dir)
    assert danvan(["migrate", "--yes"], env).returncode == 0
    result = danvan(["user", "add", "ai.do", "--role", "vua", "--unit", "46", "--password", "mot-mat-khau-dai"], env)
    assert result.returncode == 1
    assert "invalid_role" in result.stderr


def test_text_and_extract_touch_no_database(scratch_dir):
    """Issue 13: converting an archive with `danvan text` (or reading with `extract`) needs and creates no database."""
    env = sqlite_env(scratch_dir)
    seed = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "seeds", "000_c2cc302cd5231c52.txt")
    out = os.path.join(scratch_dir, "van-ban")
    result = subprocess.run([os.environ["DANVAN_BIN"], "text", seed, "--out", out], env=env, capture_output=True, text=True,
                            timeout=120, cwd=scratch_dir)
    assert result.returncode == 0, result.stderr
    assert os.listdir(out) == ["000_c2cc302cd5231c52.txt"]
    extracted = subprocess.run([os.environ["DANVAN_BIN"], "extract", "--json", seed], env=env, capture_output=True, text=True,
                               timeout=120, cwd=scratch_dir)
    assert '"number": "389/KH-UBND"' in extracted.stdout
    assert not os.path.exists(os.path.join(scratch_dir, "var")) and not any(f.endswith(".sqlite") for f in os.listdir(scratch_dir))
