"""Save a PNG of leaderboards/index.html as rendered by headless Chromium (for the README).

Uses the system Chromium and chromedriver (Debian: ``apt-get install chromium chromium-driver``) through selenium;
nothing is downloaded. Usage: ``.venv/bin/python scripts/screenshot_leaderboard.py [--width 1280] [--height 0]``
(``--height 0`` captures the whole page).
"""

from __future__ import annotations

import argparse
import base64
import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
CHROMEDRIVER = "/usr/bin/chromedriver"
BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def main() -> None:
    """Render the page at the given width and write the PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, default=ROOT / "leaderboards" / "index.html")
    parser.add_argument("--out", type=Path, default=ROOT / "leaderboards" / "screenshot.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=0, help="clip height in CSS pixels (0: the whole page)")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    parser.add_argument("--dark", action="store_true", help="emulate prefers-color-scheme: dark")
    args = parser.parse_args()

    browser = next((b for b in BROWSERS if Path(b).exists()), shutil.which("chromium"))
    if browser is None or not Path(CHROMEDRIVER).exists():
        raise SystemExit("needs Chromium and chromedriver: apt-get install -y chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    options.add_argument(f"--window-size={args.width},900")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": args.width, "height": 900, "deviceScaleFactor": args.scale, "mobile": False},
        )
        if args.dark:
            driver.execute_cdp_cmd(
                "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
            )
        driver.get(args.html.resolve().as_uri())
        height = args.height or int(driver.execute_script("return document.documentElement.scrollHeight"))
        shot = driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": args.width, "height": height, "scale": 1},
            },
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(base64.b64decode(shot["data"]))
        print(f"wrote {args.out} ({args.width}x{height} CSS px)")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
