"""The output stage's carrying of unchanged files (Stage.keep), tested on the stage alone: a
kept file is the live one (hard link), an already linked one is left as it is, and a changed,
unsafe or blocked one is not carried."""

import os

from netralitas_site.engine.stage import Stage, file_identity


def _stage(tmp_path, key="k", **extra):
    live, spare = tmp_path / "live", tmp_path / "spare"
    (live / "a" / "b").mkdir(parents=True)
    spare.mkdir()
    (live / "a" / "b" / "page.html").write_bytes(b"<p>x</p>")
    identity = file_identity(os.lstat(live / "a" / "b" / "page.html"))
    stage = Stage(
        str(spare),
        str(live),
        generated=frozenset({"a/b/page.html"}),
        records={"a/b/page.html": (key, *identity)},
        **extra,
    )
    return stage, live, spare, identity


def test_a_kept_file_is_the_live_file_and_a_second_keep_leaves_the_link(tmp_path):
    stage, live, spare, identity = _stage(tmp_path)
    assert stage.keep("a/b/page.html", "k") == identity
    linked = os.lstat(spare / "a" / "b" / "page.html")
    assert linked.st_ino == os.lstat(live / "a" / "b" / "page.html").st_ino
    again = Stage(str(spare), str(live), generated=stage.generated, records=stage.records)
    assert again.keep("a/b/page.html", "k") == identity
    assert os.lstat(spare / "a" / "b" / "page.html").st_ctime_ns == linked.st_ctime_ns


def test_a_spare_file_of_another_version_is_replaced_by_the_live_one(tmp_path):
    stage, live, spare, identity = _stage(tmp_path)
    (spare / "a" / "b").mkdir(parents=True)
    (spare / "a" / "b" / "page.html").write_bytes(b"<p>old</p>")
    assert stage.keep("a/b/page.html", "k") == identity
    assert (spare / "a" / "b" / "page.html").read_bytes() == b"<p>x</p>"


def test_a_file_is_not_kept_for_another_key_or_once_changed(tmp_path):
    stage, live, spare, _ = _stage(tmp_path)
    assert stage.keep("a/b/page.html", "other") is None
    (live / "a" / "b" / "page.html").write_bytes(b"<p>changed by hand</p>")
    assert stage.keep("a/b/page.html", "k") is None
    assert not (spare / "a").exists()


def test_a_file_under_a_users_file_or_unsafe_is_not_kept(tmp_path):
    stage, *_ = _stage(tmp_path, blocked_dirs=frozenset({"a"}))
    assert not stage.allowed("a/b/page.html")
    assert stage.keep("a/b/page.html", "k") is None
    stage, *_ = _stage(tmp_path / "2", blocked=frozenset({"a/b/page.html"}))
    assert stage.keep("a/b/page.html", "k") is None
    assert not stage.allowed("../page.html") and not stage.allowed("a/../../x")
    assert stage.allowed("a/b/other.html")


def test_in_place_a_kept_file_is_left_where_it_is(tmp_path):
    stage, live, _, identity = _stage(tmp_path)
    in_place = Stage(str(live), str(live), generated=stage.generated, records=stage.records)
    assert in_place.keep("a/b/page.html", "k") == identity
    assert (live / "a" / "b" / "page.html").read_bytes() == b"<p>x</p>"
