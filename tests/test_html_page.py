"""The static leaderboard page: escaping, determinism, CSP, no network, and behaviour in headless Chromium."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import shutil
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from benchmark.leaderboard.build import write_leaderboard
from benchmark.leaderboard.html import to_html

REPO = Path(__file__).resolve().parent.parent
BOARD_FILE = REPO / "leaderboards" / "leaderboard.json"
HOSTILE = "<script>alert(1)</script>"
HOSTILE_TASK = "Fin<b>STS</b>&\"quoted'"
HOSTILE_SUITE = '"><img src=x onerror=alert(2)>'
CHROMEDRIVER = "/usr/bin/chromedriver"
BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
LOCAL_URL = re.compile(r"^(#|data:)")


# --- boards --------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def board() -> dict[str, Any]:
    """The committed leaderboard data (what `bench leaderboard` rendered)."""
    data: dict[str, Any] = json.loads(BOARD_FILE.read_text(encoding="utf-8"))
    return data


def _hostile(board: dict[str, Any]) -> dict[str, Any]:
    """A copy with markup in a model name, task name, suite and revision; facts that sort differently as text."""
    out = copy.deepcopy(board)
    out["suite"]["description"] = HOSTILE_SUITE
    rows = {r["name"]: r for r in out["models"]}
    victim = next(r for r in out["models"] if r["complete"] and r["rank"] == max(x["rank"] or 0 for x in out["models"]))
    victim["name"] = victim["model"] = HOSTILE
    victim["revision"] = "</style><script>alert(3)</script>"
    params = iter([22_713_216, 9_000_000, 110_000_000])
    for row in out["models"]:
        row["facts"]["n_parameters"] = next(params, None) if row["complete"] else None
    old = next(t["name"] for t in out["tasks"] if t["domain"] == "finance" and t["type"] == "sts")
    for task in out["tasks"]:
        if task["name"] == old:
            task["name"] = HOSTILE_TASK
    for row in rows.values():
        row["tasks"] = {(HOSTILE_TASK if k == old else k): v for k, v in row["tasks"].items()}
    # one tie that is not the best, so that shading is exercised
    entry = out["models"][1]["tasks"][HOSTILE_TASK]
    entry["tied_with_best"], entry["p_holm_vs_best"] = True, 0.2
    return out


@pytest.fixture(scope="module")
def hostile(board: dict[str, Any]) -> dict[str, Any]:
    """The committed board with hostile strings in it."""
    return _hostile(board)


class _Collector(HTMLParser):
    """Every start tag with its attributes, plus the text of <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._open = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.raw[self._open][-1] += data


def _parse(page: str) -> _Collector:
    parser = _Collector()
    parser.feed(page)
    parser.close()
    return parser


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


# --- unit tests (no browser) ---------------------------------------------------------------------------------------


def test_hostile_strings_are_escaped_everywhere(hostile: dict[str, Any]) -> None:
    page = to_html(hostile)
    parsed = _parse(page)
    assert [t for t, _ in parsed.tags].count("script") == 1  # ours only
    assert "img" not in {t for t, _ in parsed.tags}
    assert not [(t, a) for t, attrs in parsed.tags for a in attrs if a.startswith("on")]
    for needle in (HOSTILE, HOSTILE_TASK, HOSTILE_SUITE, "</style><script>alert(3)"):
        assert needle not in page
    for needle in (HOSTILE, HOSTILE_TASK, HOSTILE_SUITE):  # in attributes, text and SVG <title>s, as text
        assert str(escape(needle)) in page
    models = [a["data-model"] for t, a in parsed.tags if t == "tr" and "data-model" in a]
    assert models == [r["name"] for r in hostile["models"]]
    svg_titles = re.findall(r"<svg[^>]*>.*?</svg>", page, flags=re.S)
    assert any(str(escape(HOSTILE)) in s for s in svg_titles)
    assert not any("<script" in s for s in svg_titles)


def test_same_board_same_bytes(board: dict[str, Any], tmp_path: Path) -> None:
    first = to_html(board)
    assert first == to_html(copy.deepcopy(board)) == to_html(json.loads(json.dumps(board)))
    assert not re.search(r"20\d\d-\d\d-\d\d[T ]\d\d:\d\d", first)  # no timestamps
    for out in ("a", "b"):
        assert tmp_path / out / "index.html" in write_leaderboard(board, tmp_path / out)
    written = (tmp_path / "a" / "index.html").read_bytes()
    assert written == (tmp_path / "b" / "index.html").read_bytes() == first.encode("utf-8")


def test_content_security_policy_matches_inline_code(board: dict[str, Any]) -> None:
    parsed = _parse(to_html(board))
    metas = [
        a for t, a in parsed.tags if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    assert len(metas) == 1
    policy = {
        d.split()[0]: d.split()[1:] for d in (metas[0]["content"] or "").split(";") if d.strip()
    }  # directive -> sources
    assert policy["default-src"] == ["'none'"]
    assert policy["img-src"] == ["data:"]
    assert policy["script-src"] == [_csp_hash(s) for s in parsed.raw["script"]]
    assert policy["style-src"] == [_csp_hash(s) for s in parsed.raw["style"]]
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert not [a for _, a in parsed.tags if "style" in a]  # no style attributes (the style hash would block them)
    first = [t for t, _ in parsed.tags][:3]
    assert first[:2] == ["html", "head"] and "meta" in first  # the policy comes before any content


def test_no_external_resources(board: dict[str, Any], hostile: dict[str, Any]) -> None:
    for page in (to_html(board), to_html(hostile)):
        assert not re.search(r"(?i)https?://|//[a-z0-9.-]+\.[a-z]{2,}", page)
        parsed = _parse(page)
        for tag, attrs in parsed.tags:
            for name in ("src", "href", "action", "formaction", "srcset", "poster", "data", "xlink:href", "background"):
                value = attrs.get(name)
                assert value is None or LOCAL_URL.match(value), f"<{tag} {name}={value!r}>"
            assert not (tag == "link" and attrs.get("rel") != "icon"), attrs
            assert tag not in {"iframe", "object", "embed", "img", "audio", "video", "source", "base", "form"}
        code = "".join(parsed.raw["script"] + parsed.raw["style"])
        for forbidden in (
            "@import",
            "url(",
            "fetch(",
            "XMLHttpRequest",
            "import(",
            "WebSocket",
            "EventSource",
            "eval(",
        ):
            assert forbidden not in code


def test_tables_and_pictures_are_server_rendered(board: dict[str, Any]) -> None:
    page = to_html(board)
    parsed = _parse(page)
    rows = [a for t, a in parsed.tags if t == "tr" and "data-model" in a]
    assert [a["data-model"] for a in rows] == [r["name"] for r in board["models"]]
    tasks = [a["data-task"] for t, a in parsed.tags if t == "tr" and "data-task" in a]
    assert tasks == [t["name"] for t in board["tasks"]]
    panels = [a["data-task"] for t, a in parsed.tags if t == "figure"]
    assert panels == tasks
    assert page.count("<svg") >= len(tasks) + 1  # the domain scatter and one panel per task
    assert 'id="domain-scatter-t"' in page
    n_best = sum(1 for t in board["tasks"] if any(r["tasks"].get(t["name"]) for r in board["models"]))
    assert page.count('aria-label="best"') == n_best
    for label in ("Mean by domain", "Mean by task type", "Borda", "Params", "Dim.", "Max tokens", "95% CI"):
        assert label in page
    assert "not significantly different from the best" in page  # the legend


def test_ties_are_shaded_and_marked(hostile: dict[str, Any]) -> None:
    page = to_html(hostile)
    ties = [e for r in hostile["models"] for e in r["tasks"].values() if e and e["tied_with_best"] and not e["is_best"]]
    assert ties and page.count('aria-label="tied with the best"') == len(ties)
    assert re.search(r'<td class="num score[^"]*\btie\b', page)


# --- the page in headless Chromium ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless system Chromium driven by the system chromedriver; fails (never skips) when either is missing."""
    binary = next((b for b in BROWSERS if Path(b).is_file()), None) or shutil.which("chromium")
    if binary is None or not Path(CHROMEDRIVER).is_file():
        pytest.fail(
            f"headless Chromium is required: no browser in {BROWSERS} or no {CHROMEDRIVER} "
            "(Debian/Ubuntu: apt-get install -y chromium chromium-driver)",
            pytrace=False,
        )
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is required for the browser test: pip install -e '.[dev]'", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        # any request that tries to leave the page goes to a dead proxy and fails loudly in the logs
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # Service(executable_path=...) makes selenium skip Selenium Manager: nothing is downloaded.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(15)
    try:
        yield driver
    finally:
        driver.quit()


def _open(driver: Any, board: dict[str, Any], path: Path) -> None:
    path.write_text(to_html(board), encoding="utf-8")
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get_log("performance")
    driver.get(path.as_uri())


def _column(driver: Any, label: str) -> Any:
    from selenium.webdriver.common.by import By

    for th in driver.find_elements(By.CSS_SELECTOR, "#leaderboard thead th[data-col]"):
        if th.text.replace("\n", " ").strip().startswith(label):
            return th
    raise AssertionError(f"no header {label!r}")


def _order(driver: Any) -> list[str]:
    names: list[str] = driver.execute_script(
        "return Array.from(document.querySelectorAll('#leaderboard tbody tr')).map(r => r.getAttribute('data-model'))"
    )
    return names


def _expected(board: dict[str, Any], key: Any, descending: bool) -> list[str]:
    rows = board["models"]
    present = [r for r in rows if key(r) is not None]
    ordered = sorted(present, key=lambda r: (-key(r) if descending else key(r), rows.index(r)))
    return [r["name"] for r in ordered] + [r["name"] for r in rows if key(r) is None]


def _click(driver: Any, th: Any) -> str:
    from selenium.webdriver.common.by import By

    th.find_element(By.CSS_SELECTOR, "button.sort").click()
    state: str = th.get_attribute("aria-sort")
    return state


def test_page_in_headless_chromium(browser: Any, hostile: dict[str, Any], tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    started = time.monotonic()
    driver = browser
    _open(driver, hostile, tmp_path / "index.html")
    models = hostile["models"]

    # rendered rows; the script ran (CSP hash accepted) and the stylesheet applied (CSP hash accepted)
    assert _order(driver) == [r["name"] for r in models]
    assert len(driver.find_elements(By.CSS_SELECTOR, "#leaderboard button.sort")) >= 10
    assert driver.find_element(By.ID, "filters").is_displayed()
    assert driver.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(245, 246, 248)"

    # the hostile strings are text, nothing ran
    cells = driver.find_elements(By.CSS_SELECTOR, "#leaderboard tbody .mname")
    assert HOSTILE in [c.get_attribute("textContent") for c in cells]
    assert driver.execute_script("return document.scripts.length") == 1
    assert driver.execute_script("return document.images.length") == 0
    assert HOSTILE_SUITE in driver.find_element(By.CSS_SELECTOR, "p.lede").text
    task_names = driver.execute_script(
        "return Array.from(document.querySelectorAll('#per-task tbody tr[data-task]')).map(r => r.dataset.task)"
    )
    assert HOSTILE_TASK in task_names
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018

    # sorting: numbers as numbers, blanks last in both directions, aria-sort on the sorted header only
    rank = _column(driver, "Rank")
    assert rank.get_attribute("aria-sort") == "ascending"
    params = _column(driver, "Params")
    assert _click(driver, params) == "descending"
    assert rank.get_attribute("aria-sort") is None
    assert _order(driver) == _expected(hostile, lambda r: r["facts"]["n_parameters"], descending=True)
    values = [r["facts"]["n_parameters"] for r in models if r["facts"]["n_parameters"]]
    assert sorted(values, key=str) != sorted(values)  # the test data would catch a text sort
    assert _click(driver, params) == "ascending"
    assert _order(driver) == _expected(hostile, lambda r: r["facts"]["n_parameters"], descending=False)
    assert driver.find_elements(By.CSS_SELECTOR, "#leaderboard thead th[aria-sort]") == [params]
    mean = _column(driver, "Mean")
    assert _click(driver, mean) == "descending"
    assert _order(driver) == _expected(hostile, lambda r: r["mean"], descending=True)
    assert _order(driver)[-1] == next(r["name"] for r in models if r["mean"] is None)  # blank last
    assert _click(driver, mean) == "ascending"
    assert _order(driver) == _expected(hostile, lambda r: r["mean"], descending=False)
    assert _click(driver, _column(driver, "Model")) == "ascending"
    assert _order(driver) == sorted((r["name"] for r in models), key=lambda n: n.lower())
    assert _click(driver, rank) == "ascending"
    assert _order(driver) == [r["name"] for r in models]

    # filters: domain and type hide the other columns, task rows and chart panels
    tasks = hostile["tasks"]
    Select(driver.find_element(By.ID, "f-domain")).select_by_value("finance")
    shown = [e.get_attribute("data-col-domain") for e in driver.find_elements(By.CSS_SELECTOR, "[data-col-domain]")]
    visible = {
        e.get_attribute("data-col-domain")
        for e in driver.find_elements(By.CSS_SELECTOR, "[data-col-domain]")
        if e.is_displayed()
    }
    assert visible == {"finance"} and "general" in shown
    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "#per-task tbody tr[data-task]") if r.is_displayed()]
    assert [r.get_attribute("data-task") for r in rows] == [t["name"] for t in tasks if t["domain"] == "finance"]
    panels = [p for p in driver.find_elements(By.CSS_SELECTOR, "figure.panel") if p.is_displayed()]
    assert len(panels) == len(rows)
    Select(driver.find_element(By.ID, "f-type")).select_by_value("sts")
    visible_types = {
        e.get_attribute("data-col-type")
        for e in driver.find_elements(By.CSS_SELECTOR, "#leaderboard [data-col-type]")
        if e.is_displayed()
    }
    assert visible_types == {"sts"}
    assert driver.find_element(By.CSS_SELECTOR, "th[data-group='type']").get_attribute("colspan") == "1"
    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "#per-task tbody tr[data-task]") if r.is_displayed()]
    assert [r.get_attribute("data-task") for r in rows] == [HOSTILE_TASK]
    assert driver.find_element(By.ID, "f-status").text == f"Showing 1 of {len(tasks)} tasks"
    driver.find_element(By.ID, "f-reset").click()
    assert all(e.is_displayed() for e in driver.find_elements(By.CSS_SELECTOR, "#leaderboard thead th"))
    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "#per-task tbody tr[data-task]") if r.is_displayed()]
    assert len(rows) == len(tasks)

    # nothing logged, nothing fetched
    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert errors == [], errors
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
        assert message["method"] != "Network.loadingFailed", message
    assert requests and all(u.startswith(("file://", "data:")) for u in requests), requests
    assert time.monotonic() - started < 30


def test_page_reads_without_javascript(browser: Any, board: dict[str, Any], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        _open(browser, board, tmp_path / "index.html")
        rows = browser.find_elements(By.CSS_SELECTOR, "#leaderboard tbody tr")
        assert [r.get_attribute("data-model") for r in rows] == [m["name"] for m in board["models"]]
        first = board["models"][0]
        assert f"{first['mean'] * 100:.2f}" in rows[0].text
        assert not browser.find_element(By.ID, "filters").is_displayed()  # the filters need JS, so they stay hidden
        assert not browser.find_elements(By.CSS_SELECTOR, "button.sort")
        assert len(browser.find_elements(By.CSS_SELECTOR, "figure.panel svg")) == len(board["tasks"])
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
