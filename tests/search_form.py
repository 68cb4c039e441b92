"""Using the search page the way a reader does, for the browser tests (tests/browser/)."""


def submit_search(page, query="", **filters):
    """Type `query`, set the filters (by their ids: a menu is chosen from, the official, month and
    dates are typed) and submit; waits for the status line and returns the result titles' locator."""
    page.locator("#q").fill(query)
    for key, value in filters.items():
        field = page.locator(f"#f-{key}")
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    page.locator("#cari button[type=submit]").click()
    page.wait_for_function(
        "() => /ditemukan|cocok|found|match/.test(document.getElementById('status').textContent)"
    )
    return page.locator("#hasil li a.card-title")


def result_count(page) -> int:
    """The number of matches the search page shows, from its data-result-count element."""
    return int(page.locator("#status [data-result-count]").get_attribute("data-result-count"))
