"""Using the search page the way a reader does, for the browser tests (tests/browser/)."""


def submit_search(page, query="", **filters):
    """Type `query`, choose the filters (officials, outlet, region, year by their select ids) and
    submit; waits for the status line and returns the result titles' locator."""
    page.locator("#q").fill(query)
    for key, value in filters.items():
        page.locator(f"#f-{key}").select_option(value)
    page.locator("#cari button[type=submit]").click()
    page.wait_for_function("() => /ditemukan|cocok|found|match/.test(document.getElementById('status').textContent)")
    return page.locator("#hasil li a.card-title")
