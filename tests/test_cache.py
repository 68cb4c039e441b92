"""The build cache's pages table, written in full or by its differences with what it held."""

from netralitas_site.engine.cache import BuildCache


def test_pages_written_by_their_differences_equal_pages_written_in_full(tmp_path):
    first = {f"artikel/{n}/index.html": (f"k{n}", n, 100 + n, 1_000 + n) for n in range(50)}
    cache = BuildCache(tmp_path / "a")
    cache.put_pages(first)
    cache.commit()
    before = cache.pages()
    assert before == first
    second = {p: v for p, v in first.items() if not p.startswith("artikel/1")}  # removed
    second["artikel/2/index.html"] = ("k2-new", 2, 102, 5_000)  # made again
    second["artikel/7/index.html"] = ("k7", 99, 107, 1_007)  # the same key, another file
    second["en/artikel/3/index.html"] = ("k3", 3, 103, 1_003)  # new
    cache.put_pages(second, before)
    cache.commit()
    assert cache.pages() == second
    cache.close()
    whole = BuildCache(tmp_path / "b")
    whole.put_pages(second)
    assert whole.pages() == BuildCache(tmp_path / "a").pages()


def test_pages_cleared_by_a_build_from_scratch_are_all_written_again(tmp_path):
    cache = BuildCache(tmp_path)
    cache.put_pages({"index.html": ("k", 1, 2, 3), "old.html": ("k", 4, 5, 6)})
    cache.commit()
    cache.clear()  # build --no-cache: what the build reads next is empty
    before = cache.pages()
    assert before == {}
    cache.put_pages({"index.html": ("k2", 1, 2, 3)}, before)
    cache.commit()
    assert cache.pages() == {"index.html": ("k2", 1, 2, 3)}


def test_a_remembered_value_holds_while_its_inputs_and_the_code_do(tmp_path, monkeypatch):
    from netralitas_site.engine import cache as cache_module

    made: list[int] = []

    def make(n):
        return lambda: (made.append(n), {"value": n})[1]

    first = BuildCache(tmp_path)
    assert first.remember("related", "inputs-1", make(1)) == {"value": 1}
    first.commit()
    first.close()
    again = BuildCache(tmp_path)  # the next build
    assert again.remember("related", "inputs-1", make(2)) == {"value": 1}
    assert again.remember("related", "inputs-2", make(3)) == {"value": 3}
    monkeypatch.setattr(cache_module, "code_digest", lambda: "another program")
    assert again.remember("related", "inputs-2", make(4)) == {"value": 4}
    assert made == [1, 3, 4]
