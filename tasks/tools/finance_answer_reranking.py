"""Generate the FinanceAnswerReranking task (domain: finance).

Investor and retail-banking questions, each with a short list of candidate passages (earnings-call remarks,
press releases, 10-Q/10-K excerpts, analyst notes, bank FAQs, ESG statements, credit notes). Every company,
bank, ticker, person and number is fictional and every sentence was written for this benchmark.

Two parts:
  A. Earnings questions about fictional listed companies ("how did X's gross margin move in Q3 2024?").
     Facts (company x metric x quarter) are drawn with a seeded RNG and rendered through many hand-written
     templates. The candidates of a question are 1-3 renderings of the asked fact plus hard negatives: the same
     metric in another quarter (wrong period), another metric of the same quarter, the same metric of another
     company (wrong entity), management guidance for that quarter and an analyst preview estimate (neither
     reports the actual figure).
  B. Hand-written topic threads (credit covenants, bank fees, cards, mortgages, dividends, ESG, guidance,
     analyst notes, deposits, bond terms, payments, brokerage, filing items, M&A). The candidates of a
     question are its own answers plus the answers to the other questions of its thread and passages written
     as near misses (another account type, an earlier year, another company, a neighbouring fee).

Run from the repository root:  python3 tasks/tools/finance_answer_reranking.py
Standard library only, deterministic output.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import possessive, task_dir, upper_first, write_beir, write_task_yaml

SEED = 771203
OUT = task_dir("finance", "FinanceAnswerReranking")
Q_PREFIX = "frq"
D_PREFIX = "frd"
MIN_CANDS, MAX_CANDS = 8, 10
N_EARNINGS_QUERIES = 40
YEAR = 2024

# =====================================================================================================
# Part A material: fictional companies, drivers and templates
# =====================================================================================================
COMPANIES = [
    {
        "name": "Orvane Logistics", "short": "Orvane", "tic": "ORVL", "cfo": "Dana Whitlock",
        "rev": 1850, "gm": 20.5, "om": 8.4, "fcf": 140,
        "gm_up": ["lower purchased transportation costs", "better network density in less-than-truckload"],
        "gm_down": ["higher linehaul and driver wage costs", "weaker pricing in the brokerage segment"],
        "om_up": ["the terminal consolidation programme", "operating leverage on higher tonnage"],
        "om_down": ["higher insurance claims expense", "wage inflation across the terminal network"],
        "rev_up": ["higher shipment volumes and new contract logistics wins", "stronger tonnage per day"],
        "rev_down": ["lower fuel surcharges and softer industrial freight demand", "fewer shipments from retail customers"],
    },
    {
        "name": "Bramwell Foods", "short": "Bramwell", "tic": "BRMW", "cfo": "Priya Natarajan",
        "rev": 2400, "gm": 33.0, "om": 14.1, "fcf": 260,
        "gm_up": ["pricing actions and easing packaging costs", "productivity savings in the bakery plants"],
        "gm_down": ["higher cocoa and dairy input costs", "unfavourable mix as shoppers traded down"],
        "om_up": ["savings from the supply chain efficiency programme", "lower freight and warehousing costs"],
        "om_down": ["stepped-up marketing behind new snack launches", "higher incentive compensation"],
        "rev_up": ["price increases and strong snacking volumes", "distribution gains in convenience stores"],
        "rev_down": ["volume declines as consumers switched to private label", "the exit from low-margin frozen lines"],
    },
    {
        "name": "Kestrel Microdevices", "short": "Kestrel", "tic": "KSMD", "cfo": "Tomasz Reiner",
        "rev": 910, "gm": 56.0, "om": 24.0, "fcf": 150,
        "gm_up": ["better fab utilisation and a richer automotive mix", "lower wafer costs from the new supply agreement"],
        "gm_down": ["under-absorption as wafer starts were cut", "inventory reserves on older analog parts"],
        "om_up": ["operating leverage on higher revenue", "lower variable compensation"],
        "om_down": ["higher R&D spending on the 28-nanometre power platform", "start-up costs at the new test facility"],
        "rev_up": ["demand for data-centre power management chips", "a recovery in industrial orders"],
        "rev_down": ["an inventory correction at industrial customers", "weaker consumer electronics demand"],
    },
    {
        "name": "Vantor Home Retail", "short": "Vantor", "tic": "VNHR", "cfo": "Gillian Achebe",
        "rev": 3100, "gm": 35.0, "om": 6.8, "fcf": 180,
        "gm_up": ["lower ocean freight costs and fewer markdowns", "a higher share of private-label products"],
        "gm_down": ["heavier promotions and clearance of seasonal inventory", "higher shrink in urban stores"],
        "om_up": ["tight control of store payroll", "lower advertising spend as a share of sales"],
        "om_down": ["deleverage on fixed occupancy costs", "investment in same-day delivery"],
        "rev_up": ["comparable sales growth and new store openings", "strong demand for outdoor living categories"],
        "rev_down": ["softer demand for big-ticket furniture", "fewer customer transactions in stores"],
    },
    {
        "name": "Quillon Software", "short": "Quillon", "tic": "QLLN", "cfo": "Marcus Hale",
        "rev": 420, "gm": 78.0, "om": 16.0, "fcf": 95,
        "gm_up": ["hosting cost savings after the cloud migration", "a higher subscription share of revenue"],
        "gm_down": ["a larger professional services mix", "duplicate hosting costs during the data-centre move"],
        "om_up": ["disciplined hiring and lower sales commissions", "lower travel and event spending"],
        "om_down": ["investment in the AI assistant rollout", "higher stock-based compensation"],
        "rev_up": ["subscription growth and strong net revenue retention", "large enterprise renewals"],
        "rev_down": ["lower services revenue and slower new-logo bookings", "churn among small-business customers"],
    },
    {
        "name": "Pinecrest Homes", "short": "Pinecrest", "tic": "PNCH", "cfo": "Lorna Strick",
        "rev": 1250, "gm": 23.0, "om": 13.0, "fcf": 120,
        "gm_up": ["lower lumber costs and fewer buyer incentives", "shorter build cycle times"],
        "gm_down": ["mortgage rate buydowns and other buyer incentives", "higher land and development costs"],
        "om_up": ["SG&A leverage on higher closings", "lower broker commissions"],
        "om_down": ["land impairment and option abandonment charges", "higher selling costs in Texas and Florida"],
        "rev_up": ["more closings and higher average selling prices", "a larger backlog converting to deliveries"],
        "rev_down": ["fewer closings as cancellation rates rose", "a lower average selling price on entry-level homes"],
    },
    {
        "name": "Halvard Chemicals", "short": "Halvard", "tic": "HLVD", "cfo": "Henrik Dahl",
        "rev": 1600, "gm": 29.0, "om": 12.0, "fcf": 110,
        "gm_up": ["lower natural gas and feedstock costs", "price discipline in specialty additives"],
        "gm_down": ["a planned maintenance shutdown at the Brenmoor site", "pass-through of lower prices to customers"],
        "om_up": ["fixed-cost reductions from the site rationalisation", "lower logistics costs"],
        "om_down": ["lower volumes in coatings", "higher pension and insurance costs"],
        "rev_up": ["recovering volumes in agricultural chemicals", "new capacity in battery materials"],
        "rev_down": ["price deflation passed through to customers", "destocking in construction markets"],
    },
    {
        "name": "Solenne Apparel", "short": "Solenne", "tic": "SOLN", "cfo": "Aiko Brandt",
        "rev": 780, "gm": 55.0, "om": 10.0, "fcf": 60,
        "gm_up": ["more full-price selling and lower freight", "fewer promotions in the outlet channel"],
        "gm_down": ["clearance of excess outerwear inventory", "higher cotton and product costs"],
        "om_up": ["lower distribution centre costs", "leverage on store occupancy"],
        "om_down": ["marketing investment behind the brand relaunch", "higher e-commerce fulfilment costs"],
        "rev_up": ["direct-to-consumer growth", "strong sell-through of the spring collection"],
        "rev_down": ["weaker wholesale orders in Europe", "lower traffic in department store partners"],
    },
]
FCF_UP = ["lower capital expenditure", "a release of working capital as inventories normalised",
          "higher operating cash flow and lower cash taxes"]
FCF_DOWN = ["an inventory build ahead of the peak season", "the timing of supplier payments and higher cash taxes",
            "stepped-up capital spending on capacity expansion"]
BROKERS = ["Ashgrove Securities", "Pell & Marne Research", "Northgate Capital Markets", "Tidewell Partners",
           "Corbin Hale Equity Research"]
METRICS = ["gm", "om", "rev", "fcf"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth"}
QEND = {1: "March 31", 2: "June 30", 3: "September 30", 4: "December 31"}
MONTHQ = {1: "March", 2: "June", 3: "September", 4: "December"}
REPORT_DATE = {1: "April 24", 2: "July 25", 3: "October 23", 4: "February 6"}

TEMPLATES = {
    ("gm", "call"): [
        "Turning to profitability. Gross margin for the {ord} quarter was {val}, {updown} {chg} from a year ago, mainly reflecting {driver}.",
        "On gross margin, we came in at {val} this quarter versus {prev} in the {ord} quarter of {py}. The {change_noun} was driven by {driver}.",
        "Let me give you some colour on margins. Gross margin {moved} {chg} year over year to {val} in the {ord} quarter, and the biggest factor was {driver}.",
    ],
    ("gm", "release"): [
        "{name} today reported results for the {ord} quarter of {yr}. Gross margin was {val}, compared with {prev} in the {ord} quarter of {py}, reflecting {driver}.",
        "{Ord}-quarter {yr} summary for {name} ({tic}): gross profit margin of {val} ({ord} quarter {py}: {prev}), a year-over-year {change_noun} of {chg} that the company attributed to {driver}.",
    ],
    ("gm", "filing"): [
        "Gross margin was {val} for the three months ended {qend}, {yr}, compared to {prev} for the three months ended {qend}, {py}. The {change_noun} of {chg} was primarily attributable to {driver}.",
        "Gross profit as a percentage of net sales {moved_past} to {val} in the {ord} quarter of {yr} from {prev} in the same period of {py}, primarily due to {driver}.",
    ],
    ("gm", "note"): [
        "{tic} {qs}: gross margin printed at {val}, {updown} {chg_s} y/y, with management citing {driver}. We had modelled a smaller move.",
        "First take on {short}'s {ord}-quarter numbers: GM of {val} against {prev} a year ago ({updown} {chg_s}). The swing came from {driver}.",
    ],
    ("om", "call"): [
        "Adjusted operating margin was {val} in the {ord} quarter, {updown} {chg} versus last year, driven by {driver}.",
        "Moving down the P&L, our adjusted operating margin {moved} to {val} from {prev} in the prior-year quarter. The main factor there was {driver}.",
        "On operating profitability, we delivered an adjusted operating margin of {val} for the quarter, {chg} {higher_lower} than a year ago, reflecting {driver}.",
    ],
    ("om", "release"): [
        "{name} ({tic}) reported an adjusted operating margin of {val} for the {ord} quarter of {yr}, compared with {prev} a year earlier, as a result of {driver}.",
        "{Ord} quarter {yr}: adjusted operating margin {val}, {updown} {chg} year over year; {name} said the change reflected {driver}.",
    ],
    ("om", "filing"): [
        "Adjusted operating margin, a non-GAAP measure, was {val} for the three months ended {qend}, {yr}, compared to {prev} in the corresponding period of {py}, primarily due to {driver}.",
        "The {change_noun} in adjusted operating margin to {val} in the {ord} quarter of {yr}, from {prev} in the {ord} quarter of {py}, was mainly the result of {driver}.",
    ],
    ("om", "note"): [
        "{tic} {qs}: adjusted EBIT margin {val}, {updown} {chg_s} y/y. {driver_cap} explained most of the move, per the CFO.",
        "{short} posted a {val} adjusted operating margin in the {ord} quarter ({prev} a year ago); we attribute the {change_noun} to {driver}.",
    ],
    ("rev", "call"): [
        "Revenue for the {ord} quarter was {rev}, {updown} {growth} year over year, mainly reflecting {driver}.",
        "Starting with the top line, we generated {rev} of net sales in the quarter compared with {prev_rev} a year ago, {a_change} of {growth}, driven by {driver}.",
        "Sales came in at {rev} for the quarter, {growth} {higher_lower} than the {ord} quarter of {py}, as a result of {driver}.",
    ],
    ("rev", "release"): [
        "{name} reported {ord}-quarter {yr} net sales of {rev}, {updown} {growth} from {prev_rev} in the prior-year quarter, reflecting {driver}.",
        "{Ord} quarter {yr} highlights ({tic}): revenue of {rev} versus {prev_rev} a year earlier, {a_change} of {growth}, which management linked to {driver}.",
    ],
    ("rev", "filing"): [
        "Net revenue for the three months ended {qend}, {yr} was {rev}, {a_change} of {growth} compared with {prev_rev} for the three months ended {qend}, {py}, primarily due to {driver}.",
        "Net sales {moved_rev} {growth} to {rev} in the {ord} quarter of {yr}, compared to the {ord} quarter of {py}, as a result of {driver}.",
    ],
    ("rev", "note"): [
        "{tic} {qs}: revenue {rev}, {updown} {growth} y/y, on {driver}.",
        "{short}'s {ord}-quarter sales of {rev} were {growth} {higher_lower} than a year ago ({prev_rev}); management pointed to {driver}.",
    ],
    ("fcf", "call"): [
        "Free cash flow for the {ord} quarter was {fcf}, compared with {prev_fcf} in the same quarter last year, reflecting {driver}.",
        "On cash, we generated {fcf} of free cash flow in the quarter, {up_from} {prev_fcf} a year ago, largely because of {driver}.",
    ],
    ("fcf", "release"): [
        "{name} generated free cash flow of {fcf} in the {ord} quarter of {yr} ({ord} quarter {py}: {prev_fcf}), with the year-over-year change driven by {driver}.",
        "{Ord}-quarter {yr} ({tic}): operating cash flow less capital expenditures, or free cash flow, totalled {fcf} versus {prev_fcf} in the prior-year period, reflecting {driver}.",
    ],
    ("fcf", "filing"): [
        "Free cash flow, a non-GAAP measure defined as net cash from operating activities less capital expenditures, was {fcf} for the three months ended {qend}, {yr}, compared with {prev_fcf} for the comparable period of {py}, reflecting {driver}.",
    ],
    ("fcf", "note"): [
        "{tic} {qs}: FCF of {fcf} vs {prev_fcf} last year; the CFO flagged {driver}.",
        "Cash was the story in {short}'s {ord} quarter: free cash flow of {fcf} compared with {prev_fcf} a year earlier, on {driver}.",
    ],
}
GUIDE_TEMPLATES = {
    "gm": [
        "Looking ahead to the {ord} quarter, we expect gross margin in a range of {lo} to {hi}, with pricing and input costs broadly in line with what we've seen recently.",
        "For the {ord} quarter, we're guiding gross margin to roughly {mid}, plus or minus half a point.",
    ],
    "om": [
        "For the {ord} quarter, we expect adjusted operating margin of about {mid}, in line with our full-year framework.",
        "Our outlook for the {ord} quarter assumes an adjusted operating margin between {lo} and {hi}.",
    ],
    "rev": [
        "For the {ord} quarter, we expect revenue in the range of {rlo} to {rhi}.",
        "Turning to guidance, we see {ord}-quarter sales of approximately {rmid}, give or take 2%.",
    ],
    "fcf": [
        "We expect free cash flow in the {ord} quarter of around {fmid}, with working capital seasonally {season}.",
        "For the {ord} quarter we are planning for free cash flow of {flo} to {fhi}.",
    ],
}
PREVIEW_TEMPLATES = {
    "gm": [
        "Ahead of {short}'s {qs} results on {date}, we model gross margin of {est}, slightly {vs} the consensus of {cons}. Input costs are the key swing factor.",
        "What to watch when {tic} reports its {ord} quarter: our gross margin estimate is {est} (consensus {cons}).",
    ],
    "om": [
        "Into the {qs} print on {date}, we forecast an adjusted operating margin of {est} for {short}, versus consensus at {cons}.",
        "Our {ord}-quarter estimates for {tic} assume adjusted operating margin of {est}; the Street is at {cons}.",
    ],
    "rev": [
        "We expect {short} to report {ord}-quarter revenue of {rest} when it reports on {date}, a touch {vs} consensus of {rcons}.",
        "Preview: for {tic} {qs} we estimate sales of {rest} (consensus {rcons}).",
    ],
    "fcf": [
        "For {tic} {qs}, we model free cash flow of {fest}; consensus sits at {fcons}. Inventory is the main swing factor.",
        "Ahead of {date}, our {ord}-quarter free cash flow estimate for {short} is {fest}, against a Street number of {fcons}.",
    ],
}
TITLES = {
    "call": ["{name} ({tic}) Q{n} {yr} earnings call transcript", "{tic} {qs} earnings call - CFO {cfo}, prepared remarks",
             "{name} {Ord} Quarter {yr} Results Conference Call"],
    "release": ["{name} Reports {Ord} Quarter {yr} Results", "Press release: {name} announces Q{n} {yr} financial results",
                "{tic} {qs} earnings release"],
    "filing": ["{name} Form 10-Q, quarter ended {qend}, {yr} - MD&A"],
    "filing4": ["{name} Form 10-K {yr} - MD&A, fourth-quarter results"],
    "note": ["{broker} - {tic} {qs} first take", "{broker} equity research: {short} ({tic}) results review"],
    "guide": ["{name} ({tic}) Q{gn} {gy} earnings call - outlook", "{tic} {gqs} earnings call transcript - guidance"],
    "preview": ["{broker} - {tic} {qs} preview", "{broker}: what to watch in {short}'s {ord}-quarter print"],
}
QUERY_TEMPLATES = {
    "gm": [
        "How did {name_s} gross margin move in {qp}?",
        "{tic} gross margin in {qp}: up or down year over year, and why?",
        "What gross margin did {name} report for {qp}?",
        "Did {short} expand or compress gross margin in {qp}?",
        "What drove the change in {short_s} gross margin in {qp}?",
    ],
    "om": [
        "How did {name_s} operating margin change in {qp}?",
        "{tic} adjusted operating margin in {qp} versus the prior year?",
        "What adjusted operating margin did {short} deliver in {qp}?",
        "Was {name_s} operating margin higher or lower in {qp} than a year earlier?",
    ],
    "rev": [
        "How much revenue did {name} post in {qp}, and how fast did it grow?",
        "{tic} sales growth in {qp}?",
        "Did {short_s} revenue grow year over year in {qp}?",
        "What was {name_s} top-line growth for {qp}?",
    ],
    "fcf": [
        "How much free cash flow did {name} generate in {qp}?",
        "{tic} free cash flow in {qp} vs last year",
        "Was {short_s} free cash flow up or down in {qp}?",
    ],
}
QP = ["Q{n} {yr}", "the {ord} quarter of {yr}", "{qs}", "the {month} {yr} quarter", "Q{n} FY{yy}"]


def pct(x):
    return f"{x:.1f}%"


def money_m(x):
    return f"${x / 1000:.2f} billion" if x >= 1000 else f"${x:,.0f} million"


def fmt_bp(rng, d):
    d = abs(d)
    style = rng.randrange(3)
    if style == 0:
        return f"{d} basis points"
    if style == 1:
        return f"{d / 100:.1f} percentage points" if d % 10 == 0 else f"{d} basis points"
    return f"{d} bps"


def make_facts(rng):
    facts = {}
    for c in COMPANIES:
        for q in (1, 2, 3, 4):
            for m in METRICS:
                up = rng.random() < 0.55
                f = {"up": up}
                if m in ("gm", "om"):
                    base = c[m] + rng.uniform(-1.2, 1.2)
                    d = rng.choice([30, 40, 50, 60, 70, 80, 90, 110, 120, 140, 160, 180, 210, 240])
                    val = round(base, 1)
                    prev = round(val - (d if up else -d) / 100, 1)
                    f.update(val=val, prev=prev, bp=d, driver=rng.choice(c[m + ("_up" if up else "_down")]))
                elif m == "rev":
                    g = round(rng.uniform(1.5, 14.0) if up else rng.uniform(1.0, 9.0), 1)
                    rev = round(c["rev"] * rng.uniform(0.9, 1.12))
                    prev = round(rev / (1 + (g if up else -g) / 100))
                    f.update(val=rev, prev=prev, g=g, driver=rng.choice(c["rev_up" if up else "rev_down"]))
                else:
                    val = round(c["fcf"] * rng.uniform(0.5, 1.5))
                    ratio = rng.uniform(0.6, 0.92)
                    prev = round(val * ratio) if up else round(val / ratio)
                    f.update(val=val, prev=prev, driver=rng.choice(FCF_UP if up else FCF_DOWN))
                facts[(c["tic"], m, q)] = f
    return facts


def slots(c, q, f=None, rng=None):
    s = {
        "name": c["name"], "short": c["short"], "tic": c["tic"], "cfo": c["cfo"], "n": q, "yr": YEAR,
        "py": YEAR - 1, "yy": str(YEAR)[2:], "ord": ORD[q], "Ord": ORD[q].capitalize(), "qend": QEND[q],
        "qs": f"{q}Q{str(YEAR)[2:]}", "month": MONTHQ[q],
        "name_s": possessive(c["name"]), "short_s": possessive(c["short"]),
        "date": REPORT_DATE[q] if q < 4 else f"{REPORT_DATE[q]}, {YEAR + 1}",
    }
    if f is not None:
        up = f["up"]
        s.update(updown="up" if up else "down", higher_lower="higher" if up else "lower",
                 change_noun="increase" if up else "decrease", a_change="an increase" if up else "a decrease",
                 moved="expanded" if up else "contracted", moved_past="increased" if up else "decreased",
                 moved_rev="increased" if up else "decreased", up_from="up from" if up else "down from",
                 driver=f["driver"], driver_cap=upper_first(f["driver"]))
        if "bp" in f:
            s.update(val=pct(f["val"]), prev=pct(f["prev"]), chg=fmt_bp(rng, f["bp"]), chg_s=f"{f['bp']}bp")
        elif "g" in f:
            s.update(rev=money_m(f["val"]), prev_rev=money_m(f["prev"]), growth=f"{f['g']:.1f}%")
        else:
            s.update(fcf=money_m(f["val"]), prev_fcf=money_m(f["prev"]))
    return s


def render_fact(rng, c, m, q, f, source):
    s = slots(c, q, f, rng)
    s["broker"] = rng.choice(BROKERS)
    text = rng.choice(TEMPLATES[(m, source)]).format(**s)
    if source == "filing" and q == 4:
        title = rng.choice(TITLES["filing4"]).format(**s)
    else:
        title = rng.choice(TITLES[source]).format(**s)
    return title, text


def render_guide(rng, c, m, q, f):
    s = slots(c, q)
    gq, gy = (q - 1, YEAR) if q > 1 else (4, YEAR - 1)
    s.update(gn=gq, gy=gy, gqs=f"{gq}Q{str(gy)[2:]}")
    v = f["val"]
    if m in ("gm", "om"):
        mid = round(v + rng.uniform(-0.8, 0.8), 1)
        s.update(mid=pct(mid), lo=pct(mid - 0.5), hi=pct(mid + 0.5))
    elif m == "rev":
        mid = v * rng.uniform(0.95, 1.05)
        s.update(rmid=money_m(mid), rlo=money_m(mid * 0.98), rhi=money_m(mid * 1.02))
    else:
        mid = v * rng.uniform(0.8, 1.2)
        s.update(fmid=money_m(mid), flo=money_m(mid * 0.9), fhi=money_m(mid * 1.1),
                 season=rng.choice(["a use of cash", "a modest source of cash"]))
    return rng.choice(TITLES["guide"]).format(**s), rng.choice(GUIDE_TEMPLATES[m]).format(**s)


def render_preview(rng, c, m, q, f):
    s = slots(c, q)
    s["broker"] = rng.choice(BROKERS)
    v = f["val"]
    if m in ("gm", "om"):
        est = round(v + rng.choice([-1, 1]) * rng.uniform(0.2, 1.0), 1)
        cons = round(est + rng.choice([-1, 1]) * rng.uniform(0.1, 0.4), 1)
        s.update(est=pct(est), cons=pct(cons), vs="above" if est > cons else "below")
    elif m == "rev":
        est = v * rng.uniform(0.96, 1.04)
        cons = est * rng.uniform(0.98, 1.02)
        s.update(rest=money_m(est), rcons=money_m(cons), vs="above" if est > cons else "below")
    else:
        est = v * rng.uniform(0.8, 1.2)
        s.update(fest=money_m(est), fcons=money_m(est * rng.uniform(0.9, 1.1)))
    return rng.choice(TITLES["preview"]).format(**s), rng.choice(PREVIEW_TEMPLATES[m]).format(**s)


def earnings_queries(rng):
    facts = make_facts(rng)
    comp = {c["tic"]: c for c in COMPANIES}
    rend = {}  # (tic, m, q) -> {source: (title, text)}
    for key in sorted(facts):
        tic, m, q = key
        rend[key] = {src: render_fact(rng, comp[tic], m, q, facts[key], src)
                     for src in ("call", "release", "filing", "note")}
    guides = {key: render_guide(rng, comp[key[0]], key[1], key[2], facts[key]) for key in sorted(facts)}
    previews = {key: render_preview(rng, comp[key[0]], key[1], key[2], facts[key]) for key in sorted(facts)}

    def rendering(key):
        """One rendering of a fact, from a random source."""
        return rend[key][rng.choice(sorted(rend[key]))]

    per_company = N_EARNINGS_QUERIES // len(COMPANIES)
    combos = [(m, q) for m in METRICS for q in (1, 2, 3, 4)]
    out = []
    for c in COMPANIES:
        tic = c["tic"]
        chosen = []
        pool = combos[:]
        rng.shuffle(pool)
        for m, q in pool:  # spread metrics: at most 2 per metric per company
            if sum(1 for mm, _ in chosen if mm == m) < 2:
                chosen.append((m, q))
            if len(chosen) == per_company:
                break
        for m, q in chosen:
            key = (tic, m, q)
            k = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
            srcs = sorted(rend[key])
            rng.shuffle(srcs)
            pos = [rend[key][s] for s in srcs[:k]]
            # wrong period, wrong metric and wrong company, then guidance and an analyst preview
            negs = [rendering((tic, m, q2)) for q2 in rng.sample([x for x in (1, 2, 3, 4) if x != q], 2)]
            negs += [rendering((tic, m2, q)) for m2 in rng.sample([x for x in METRICS if x != m], 2)]
            negs += [rendering((c2, m, q)) for c2 in rng.sample([x["tic"] for x in COMPANIES if x["tic"] != tic], 2)]
            negs += [guides[key], previews[key]]
            rng.shuffle(negs)
            negs = negs[: MAX_CANDS - len(pos)]
            s = slots(c, q)
            qp = rng.choice(QP).format(**s)
            qtext = rng.choice(QUERY_TEMPLATES[m]).format(qp=qp, **s)
            out.append((qtext, pos, negs))
    return out


# =====================================================================================================
# Part B material: hand-written threads. Passages are (title, text).
# =====================================================================================================
T_TSRO_10K = "Tessaro Industrial (TSRO) 2024 Form 10-K - Liquidity and capital resources"
T_HBL_FAQ = "Harbourline Bank - Personal account fee schedule FAQ"
T_HBL_HELP = "Harbourline Bank help centre"
T_CALDER = "Calder Credit Union - Rewards card terms and FAQ"
T_NMR = "Northmere Building Society - Mortgage product guide"
T_ALDG = "Aldergrove Utilities plc - Full-year results FY2024"
T_MRFG = "Marrowfield Group - Sustainability report 2024"
T_CRVL = "Corvell Aerospace (CRVL) Q3 2024 earnings call"
T_LNWD = "Ashgrove Securities - Linwood Pharma (LNWD) rating change"
T_SBNT = "Sabine Telecom - credit research"
T_LARK = "Larkspur Invest - Fees, funds and accounts FAQ"
T_DNMR = "Dunmore Rail plc - Annual report 2024, notes to the accounts"
T_HTHY = "Hatherley Group plc - Recommended cash offer for Penmore Snacks plc"

THREADS = [
    # ------------------------------------------------------------------ covenants
    {
        "qa": [
            ("What does the net leverage covenant in Tessaro's amended revolving credit facility require?", [
                (T_TSRO_10K, "Following the June 2024 amendment, our $750 million revolving credit facility requires consolidated net leverage of no more than 3.75 to 1.00, stepping down to 3.50 to 1.00 for test dates from March 31, 2026. The ratio is tested at quarter-end only when revolver utilisation exceeds 35% of commitments."),
                ("Tidewell Partners credit note - TSRO", "TSRO's amended RCF keeps a single springing maintenance test: net debt / LTM covenant EBITDA of 3.75x or lower (3.50x from 1Q26), triggered above 35% drawn. With the facility undrawn at quarter-end, the test is not currently live."),
            ]),
            ("What happens if Tessaro breaches the financial covenant in its revolver?", [
                (T_TSRO_10K, "A failure to comply with the financial covenant would constitute an event of default under the revolving credit facility. Lenders holding a majority of the commitments could then terminate their commitments and declare all outstanding revolver borrowings immediately due, and through cross-default provisions such acceleration could trigger defaults under our other debt."),
                ("Tessaro Industrial Q2 2024 earnings call - Q&A", "Analyst: And if you did trip the test? CFO Ruth Okafor: Then it's an event of default, and the banks could cancel the undrawn lines and demand repayment of anything drawn, which can cross-default into the term loan. Realistically you'd go to the lenders for a waiver well before that, and we have more than a turn of headroom."),
            ]),
            ("Does Tessaro's credit agreement allow an equity cure?", [
                (T_TSRO_10K, "The credit agreement contains an equity cure right: within 15 business days after a compliance certificate is due, the company may receive a cash equity contribution that is added to covenant EBITDA for the relevant test period. The cure may be exercised no more than twice in any four consecutive quarters and five times over the life of the facility, and may not exceed the amount needed to restore compliance."),
            ]),
            ("Which add-backs can Tessaro include when it calculates covenant EBITDA?", [
                ("Tessaro Industrial credit agreement summary", "Covenant EBITDA, as defined, starts from operating income and adds back depreciation and amortisation, non-cash stock compensation, restructuring and integration costs capped at 15% of EBITDA in any trailing twelve-month period, and projected cost synergies from acquisitions expected to be realised within 18 months of closing."),
            ]),
            ("Is Tessaro's term loan B covenant-lite?", [
                ("Tidewell Partners credit note - TSRO", "Yes. The $600m TLB due 2030 carries no financial maintenance covenants and relies on incurrence-based tests in the negative covenants, such as a 4.50x total leverage ratio governing additional debt. Only the revolving lenders benefit from a maintenance-style test."),
            ]),
        ],
        "neg": [
            ("Tessaro Industrial (TSRO) 2021 Form 10-K - Debt", "Under the original 2021 credit agreement, Tessaro was required to keep net leverage below 3.25x and interest cover above 4.0x, with both ratios tested at every quarter-end regardless of how much of the revolver was drawn."),
            ("Aldergrove Utilities plc - Financing and liquidity", "Aldergrove's bank facilities require net debt to regulatory asset value to remain below 75% and an adjusted interest cover ratio of at least 1.5x, tested twice a year at the March and September reporting dates."),
            (T_TSRO_10K, "The indenture governing our senior notes restricts dividends and new borrowing unless the fixed charge coverage ratio is at least 2.0x on a pro forma basis. Failing this ratio is not a default; it only limits the transactions we may undertake."),
        ],
    },
    # ------------------------------------------------------------------ bank fees
    {
        "qa": [
            ("How do I get the monthly fee waived on a Harbourline Everyday Checking account?", [
                (T_HBL_FAQ, "Everyday Checking has a $12 monthly maintenance fee. We waive it for any statement period in which you receive at least $500 in qualifying direct deposits, keep a minimum daily balance of $1,500, or the primary account holder is under 24."),
                ("Harbourline Bank - live chat transcript", "Agent: Happy to help! You won't see the $12 service charge on Everyday Checking in a month where your paycheck, or other direct deposits adding up to $500 or more, lands in the account, or if the balance never dips below $1,500. Customers under 24 are exempt too."),
            ]),
            ("If I spend more than I have and Harbourline pays the transaction anyway, how much is the fee?", [
                (T_HBL_FAQ, "When we authorise and pay a transaction that overdraws your account, we charge an overdraft fee of $29 per item, up to three fees per business day. There's no fee if you're overdrawn by $50 or less at the end of the day, or if you bring the balance back above zero by 11:59 p.m. ET on the next business day."),
            ]),
            ("Are there fees for using my Harbourline debit card abroad?", [
                (T_HBL_FAQ, "Purchases and ATM withdrawals made in a foreign currency, or processed outside the US, carry a foreign transaction fee of 3% of the US dollar amount. ATM operators abroad may also add their own surcharge."),
            ]),
            ("What does Harbourline charge to send money by international wire?", [
                (T_HBL_FAQ, "Outgoing international wires cost $45 when sent through online banking or $50 in a branch. Incoming international wires are $15. Intermediary and receiving banks may deduct their own charges from the amount sent."),
            ]),
            ("How much will it cost me to take cash out of another bank's ATM with my Harbourline card?", [
                (T_HBL_FAQ, "Each withdrawal or balance inquiry at a non-Harbourline ATM in the US costs $3.00, plus any fee the ATM owner charges. Premier Checking customers get up to four non-Harbourline ATM fees refunded each statement cycle."),
            ]),
        ],
        "neg": [
            (T_HBL_FAQ, "Premier Checking carries a $25 monthly service fee, waived when combined balances across your linked Harbourline deposit and investment accounts reach $15,000 or more."),
            (T_HBL_FAQ, "Everyday Savings has a $5 monthly fee, waived with a $300 minimum daily balance or an automatic transfer of $25 or more each month from a Harbourline checking account."),
            (T_HBL_FAQ, "If we decline a transaction or return a check because there isn't enough money in your account, we don't charge a returned-item fee. The payee may charge you its own fee."),
            (T_HBL_FAQ, "Domestic wire transfers cost $25 outgoing through online banking or $30 in a branch; incoming domestic wires are free."),
        ],
    },
    # ------------------------------------------------------------------ credit card
    {
        "qa": [
            ("If I don't pay my Calder Rewards card in full, when does interest start on new purchases?", [
                (T_CALDER, "Your due date is at least 25 days after the close of each billing cycle. We will not charge interest on purchases if you pay your entire new balance by the due date each month. If you carry any balance over, interest on new purchases begins from the transaction date."),
                ("Calder Credit Union member forum - staff reply", "Once you revolve a balance you lose the grace period, so new purchases start accruing interest the day they post. Pay the full statement balance two months in a row and the grace period comes back."),
            ]),
            ("What's the balance transfer fee on the Calder Rewards card?", [
                (T_CALDER, "Balance transfers: 3% of each transfer (minimum $5) for transfers completed within 60 days of account opening; 5% (minimum $5) after that. An introductory 0% APR applies to transfers for the first 15 billing cycles."),
            ]),
            ("How is the minimum payment worked out on my Calder card?", [
                (T_CALDER, "Your minimum payment is the greater of $25 or 1% of the new balance plus any interest and late fees charged in that cycle. If the balance is under $25, you pay the full balance."),
            ]),
            ("What happens if my Calder card payment is late?", [
                (T_CALDER, "A late payment fee of up to $40 applies if we don't receive at least the minimum payment by the due date. If you're more than 60 days late, a penalty APR of up to 29.99% may apply to your balances until you make six consecutive on-time payments."),
            ]),
            ("Is the interest rate on Calder cash advances different from the purchase rate?", [
                (T_CALDER, "Yes. Cash advances accrue interest at the cash advance APR of 29.49% variable from the day you take them, with no grace period, and each advance carries a fee of 5% or $10, whichever is greater."),
            ]),
        ],
        "neg": [
            (T_CALDER, "The purchase APR on Calder Rewards is 21.24% variable, calculated as the Prime Rate plus a margin of 12.74 percentage points, and it changes when Prime changes."),
            (T_CALDER, "If a payment you make is returned unpaid by your bank, a returned payment fee of up to $40 is charged and the payment is reversed on your account."),
            ("Calder Credit Union - Secured card overview", "The Calder Secured Card has no annual fee and a $300 minimum security deposit. Balance transfers and cash advances aren't available on this card."),
            (T_CALDER, "Calder Rewards has no annual fee and no foreign transaction fee, and earns 1.5 points per dollar on every purchase."),
        ],
    },
    # ------------------------------------------------------------------ mortgages
    {
        "qa": [
            ("Is there a charge for paying off my Northmere five-year fixed mortgage early?", [
                (T_NMR, "Our five-year fixed rates carry early repayment charges during the fixed period: 5% of the amount repaid in year one, 4% in year two, 3% in year three, 2% in year four and 1% in year five. You can overpay up to 10% of the outstanding balance each year without a charge."),
                ("Keelby Mortgage Advisers blog", "Clearing a Northmere five-year fix before the deal ends triggers an ERC on a sliding scale from 5% down to 1%, unless your repayments stay within the 10% annual overpayment allowance."),
            ]),
            ("What loan-to-value do I need to get Northmere's lowest mortgage rates?", [
                (T_NMR, "Our best rates are reserved for borrowers with at least a 40% deposit or equity, in other words 60% LTV or below. Rates step up at the 75%, 85%, 90% and 95% LTV bands."),
            ]),
            ("What rate will I pay when my Northmere fixed deal ends?", [
                (T_NMR, "When your fixed or tracker product ends, your mortgage reverts to our Standard Variable Rate, currently 7.49%. You can choose a new product up to four months before your current deal ends to avoid moving onto SVR."),
            ]),
            ("How long is a Northmere mortgage offer valid for?", [
                (T_NMR, "Mortgage offers are valid for six months from the date of issue, or nine months for new-build purchases. If your purchase hasn't completed by then, we may need to reassess your application."),
            ]),
            ("Can I take my Northmere mortgage with me if I move house?", [
                (T_NMR, "Most of our mortgages are portable: you can apply to transfer your existing rate to a new property, subject to our lending criteria and an affordability assessment. Any additional borrowing is on a rate available at the time."),
                ("Northmere Building Society - member Q&A", "Good news if you're moving: Northmere will consider letting you carry your current fixed rate across to the new property, provided you pass the usual checks. Any top-up borrowing sits on a separate product."),
            ]),
        ],
        "neg": [
            (T_NMR, "Our two-year tracker mortgages have no early repayment charges, so you can overpay or repay in full at any time without penalty."),
            (T_NMR, "Buy-to-let mortgages need a minimum 25% deposit, and the expected rent must cover 125% of the monthly interest calculated at a stressed rate."),
            (T_NMR, "An agreement in principle is valid for 90 days and only involves a soft credit search, so it won't affect your credit score."),
        ],
    },
    # ------------------------------------------------------------------ dividends
    {
        "qa": [
            ("Did Aldergrove Utilities raise or cut its full-year dividend for FY2024?", [
                (T_ALDG, "The Board recommends a final dividend of 41.35 pence per share, giving a total dividend for the year ended 31 March 2024 of 62.0 pence, an increase of 3.5% on the prior year, in line with our policy of growth at or above CPIH inflation."),
                ("Pell & Marne Research - ALDG results note", "ALDG: FY24 DPS up 3.5% to 62.0p, exactly on policy; cover from underlying EPS improves to 1.1x."),
            ]),
            ("When does Aldergrove's final dividend go ex?", [
                (T_ALDG, "Key dates for the final dividend: ex-dividend date 6 June 2024, record date 7 June 2024, payment date 19 July 2024."),
            ]),
            ("Is Aldergrove buying back any shares?", [
                (T_ALDG, "We do not intend to buy back shares during the current regulatory period. Free cash flow after dividends will be reinvested in the £9.2bn capital programme, and we expect gearing to rise towards 65% of RAV."),
            ]),
            ("What dividend policy has Aldergrove set for the next regulatory period?", [
                (T_ALDG, "For the regulatory period running from April 2025 to March 2030, the Board intends to grow the dividend each year at least in line with CPIH inflation, starting from a base of 62.0 pence."),
            ]),
            ("Does Aldergrove offer a scrip dividend alternative?", [
                (T_ALDG, "Shareholders may elect to receive new ordinary shares instead of cash under the scrip dividend scheme. Elections for the final dividend must reach the registrar by 28 June 2024; existing mandates continue until cancelled."),
            ]),
        ],
        "neg": [
            ("Aldergrove Utilities plc - Full-year results FY2023", "The total dividend for the year ended 31 March 2023 was 59.9 pence per share, up 9.2%, reflecting the high CPIH figure used under the dividend policy."),
            ("Aldergrove Utilities plc - Half-year results FY2025", "The interim dividend of 20.65 pence per share will go ex-dividend on 28 November 2024 and be paid on 10 January 2025."),
            ("Fenwick Media plc - Trading update", "Fenwick Media suspended its dividend and announced a £50m share buyback programme, saying repurchases offer better value at the current share price."),
            ("Pell & Marne Research - ALDG FY23 review", "Aldergrove's dividend cover fell to 0.9x in FY2023 because of elevated power costs, the first time it has dipped below one."),
        ],
    },
    # ------------------------------------------------------------------ ESG
    {
        "qa": [
            ("By what year has Marrowfield committed to reach net zero?", [
                (T_MRFG, "Marrowfield has committed to reach net zero greenhouse gas emissions across its value chain, covering scopes 1, 2 and 3, by 2045, five years ahead of the 2050 goal in its original climate plan."),
                ("Verdane ESG Ratings - Marrowfield Group profile", "MRFG's net zero date of 2045, covering all three scopes, is among the more ambitious in the household goods peer group, although delivery depends heavily on supplier decarbonisation."),
            ]),
            ("What emissions cuts is Marrowfield targeting by 2030?", [
                (T_MRFG, "Our near-term targets are to reduce absolute scope 1 and 2 emissions by 50% and scope 3 emissions by 30% by 2030, both against a 2020 baseline."),
            ]),
            ("How will the proceeds from Marrowfield's green bond be spent?", [
                ("Marrowfield Group - Green Financing Framework", "An amount equal to the net proceeds of the EUR 500m green bond will be allocated to eligible projects: renewable energy, energy efficiency at manufacturing sites, clean transportation and sustainable packaging. Allocation and impact are reported annually until the proceeds are fully allocated."),
            ]),
            ("What share of Marrowfield's electricity came from renewables in 2024?", [
                (T_MRFG, "In 2024, 78% of the electricity used across our operations came from renewable sources, up from 64% in 2023, through a mix of on-site solar and power purchase agreements. We remain on track for 100% by 2027."),
            ]),
            ("Is Marrowfield's executive pay linked to its climate targets?", [
                ("Marrowfield Group - Directors' remuneration report 2024", "15% of the performance share plan awarded in 2024 vests on progress against our scope 1 and 2 reduction target, measured over three years; a further 5% is linked to the share of women in senior leadership."),
            ]),
        ],
        "neg": [
            ("Marrowfield Group - Sustainability report 2022", "Renewable electricity reached 51% of total consumption in 2022, with the first solar arrays commissioned at the Lisbon and Monterrey plants."),
            ("Aldergrove Utilities plc - Climate transition plan", "Aldergrove has pledged net zero operational emissions by 2040 and is targeting a 42% cut in scope 1 and 2 emissions by 2030."),
            ("Marrowfield Group - Financing update", "Marrowfield's EUR 1.2bn sustainability-linked revolving credit facility has a margin that moves up or down by 5bp depending on whether it meets emissions and packaging KPIs. There is no restriction on how drawn funds are used."),
            ("Marrowfield Group - Corporate governance report 2024", "Women made up 45% of the Board at year end, and the Remuneration Committee is chaired by an independent non-executive director."),
        ],
    },
    # ------------------------------------------------------------------ guidance
    {
        "qa": [
            ("Did Corvell Aerospace raise its 2024 revenue guidance?", [
                (T_CRVL, "Given the strength in aftermarket, we are raising our full-year 2024 revenue guidance to $4.35 billion to $4.45 billion, from $4.20 billion to $4.30 billion previously."),
                ("Markets wire", "Corvell lifts annual sales outlook as spare-parts demand surges; shares up 6% premarket. The aerospace supplier now sees 2024 revenue of $4.35-4.45 billion."),
            ]),
            ("How much capex is Corvell planning for this year?", [
                (T_CRVL, "We still expect capital expenditures of approximately $310 million for 2024, including around $90 million for the new composite wing-skin facility."),
            ]),
            ("How much is currency weighing on Corvell's results?", [
                (T_CRVL, "Foreign exchange translation reduced reported revenue growth by about 1.5 percentage points in the quarter, mainly from a weaker euro and yen; at the operating line the impact was roughly $12 million."),
            ]),
            ("What did Corvell say about supply chain constraints?", [
                (T_CRVL, "Castings and forgings remain the bottleneck. We missed 14 shipsets in the quarter because of late structural castings, and we don't expect supplier output to normalise until mid-2025."),
            ]),
            ("What free cash flow does Corvell expect for 2024?", [
                (T_CRVL, "We continue to expect free cash flow of $380 million to $420 million for the year, or about 90% conversion of adjusted net income, weighted to the fourth quarter."),
            ]),
        ],
        "neg": [
            ("Corvell Aerospace (CRVL) Q4 2023 earnings call", "Corvell initiated 2024 guidance in February, calling for revenue of $4.20 billion to $4.30 billion and an adjusted operating margin of 12% to 12.5%."),
            ("Dunmore Rail plc - Trading statement", "Dunmore Rail raised its full-year revenue outlook to 2.9 billion pounds after strong passenger volumes over the summer timetable."),
            (T_CRVL, "We are reaffirming our adjusted operating margin guidance of 12% to 12.5% for 2024, as cost inflation is offsetting the benefit of higher volumes."),
            ("Corvell Aerospace - 2025 preliminary outlook", "Corvell expects mid-single-digit revenue growth in 2025 and free cash flow conversion above 90%, with detailed guidance to follow in February."),
        ],
    },
    # ------------------------------------------------------------------ analyst note
    {
        "qa": [
            ("Why did the analyst downgrade Linwood Pharma?", [
                (T_LNWD, "We downgrade LNWD to Underweight from Equal-weight. Generic competition for Corvexa now looks likely from 2026 after the district court ruling, and the pipeline is too thin to fill the gap."),
                ("Markets wire", "Linwood Pharma shares fell 9% after a broker cut its rating to sell, citing the expected patent loss on its top-selling drug and a lack of late-stage pipeline assets."),
            ]),
            ("What's the new price target on Linwood?", [
                (T_LNWD, "Our price target falls to $48 from $62, based on 11x our 2026E EPS, a discount to the peer average to reflect the patent cliff."),
            ]),
            ("What EPS does the analyst now expect for Linwood in 2025?", [
                (T_LNWD, "We cut 2025E EPS to $4.10 from $4.65, 9% below consensus of $4.52, as we bring forward generic erosion of Corvexa and add higher litigation costs."),
            ]),
            ("What upcoming catalysts should Linwood investors watch?", [
                (T_LNWD, "Upcoming events: the appeal hearing on the Corvexa patent in May, phase III data for LNW-204 in migraine in the third quarter, and the investor day in September."),
            ]),
            ("How much of Linwood's revenue depends on Corvexa?", [
                (T_LNWD, "Corvexa generated $2.7bn last year, about 38% of group sales and an estimated 55% of operating profit, which is why its loss of exclusivity matters so much."),
            ]),
        ],
        "neg": [
            ("Ashgrove Securities - Brightwater Pharma (BWPH) rating change", "We upgrade Brightwater Pharma to Overweight: its obesity franchise is ramping faster than expected and the balance sheet supports bolt-on deals."),
            (T_LNWD, "We leave our 2024E EPS of $4.80 unchanged; the current year is largely protected, with generic entry not expected before 2026."),
            ("Consensus snapshot - LNWD", "Across the 18 brokers covering Linwood, the average price target is $57 and ratings split 5 buy, 9 hold and 4 sell."),
            ("Ashgrove Securities - Brightwater Pharma (BWPH) initiation", "Brightwater's top product, Solvane, contributed 22% of revenue in 2024 and is protected by patents until 2033."),
        ],
    },
    # ------------------------------------------------------------------ deposits
    {
        "qa": [
            ("What's the difference between the interest rate and the APY on a Harbourline CD?", [
                (T_HBL_HELP, "The interest rate is the annual rate we pay before compounding. The annual percentage yield (APY) shows what you'd earn over a year once interest compounds, so it's slightly higher: our 12-month CD pays 4.40% compounded monthly, which works out to a 4.49% APY."),
            ]),
            ("What's the penalty for taking money out of a Harbourline 12-month CD before it matures?", [
                (T_HBL_HELP, "For CDs with terms of 12 months or less, the early withdrawal penalty is 90 days of simple interest on the amount withdrawn; for longer terms it's 180 days. The penalty can reduce your principal if you haven't yet earned enough interest."),
                ("Harbourline Bank - live chat transcript", "Agent: If you break the 12-month CD early you'd give up three months' interest on the amount you take out. If that's more than the interest earned so far, the difference comes out of your deposit."),
            ]),
            ("How much of my money at Harbourline is covered by deposit insurance?", [
                (T_HBL_HELP, "Deposits at Harbourline Bank are insured by the FDIC up to $250,000 per depositor, per insured bank, for each account ownership category, such as single, joint and certain retirement accounts."),
            ]),
            ("When does Harbourline pay interest on its High Yield Savings account?", [
                (T_HBL_HELP, "Interest on High Yield Savings is calculated daily on the collected balance and credited on the last business day of each statement cycle, which is usually monthly."),
            ]),
            ("What happens when my Harbourline CD matures?", [
                (T_HBL_HELP, "You'll have a 10-day grace period after maturity to withdraw funds, add money or change the term without penalty. If you do nothing, the CD renews automatically for the same term at the rate in effect on the renewal date."),
            ]),
        ],
        "neg": [
            ("Retirement accounts explained", "Withdrawals from a traditional IRA before age 59 and a half are generally subject to a 10% additional federal tax on top of ordinary income tax, unless an exception applies."),
            ("Northmere Building Society - 95-day notice saver", "If you need money without giving notice, you can still withdraw, but you'll lose 95 days' interest on the amount taken out."),
            (T_HBL_HELP, "Stocks, bonds, mutual funds and annuities bought through Harbourline Investments are not deposits, are not FDIC insured and may lose value."),
            (T_HBL_HELP, "High Yield Savings pays a variable 4.15% APY on balances of $10,000 or more and 0.50% APY below that."),
        ],
    },
    # ------------------------------------------------------------------ bonds
    {
        "qa": [
            ("What did the rating agency just do to Sabine Telecom?", [
                (T_SBNT, "The agency affirmed Sabine Telecom's BBB- long-term issuer rating and revised the outlook to negative from stable, citing net leverage that is likely to stay above 3.5x through 2025 because of the fibre build-out."),
                ("Credit markets wire", "Sabine outlook cut to negative, rating kept at BBB-; the company's bonds widened about 15bp on the news."),
            ]),
            ("What does the coupon step-up on Sabine's 2031 notes mean?", [
                (T_SBNT, "If either rating agency downgrades Sabine below investment grade, the coupon on the 2031 notes increases by 125 basis points from the next interest period. It steps back down once the company regains investment-grade ratings from both agencies."),
            ]),
            ("When can Sabine call its 2029 bonds?", [
                (T_SBNT, "The 2029 notes can be redeemed at par at Sabine's option on or after 15 March 2029, three months before maturity; before that date only with a make-whole premium at the government bond yield plus 30bp."),
            ]),
            ("How much Sabine debt matures over the next two years?", [
                (T_SBNT, "Sabine faces EUR 1.8bn of bond maturities in 2026 and 2027, against liquidity of EUR 2.3bn including an undrawn EUR 1.5bn revolver, so refinancing risk looks manageable."),
            ]),
            ("Why did Sabine's bond spreads widen last week?", [
                (T_SBNT, "Sabine's curve widened by up to 60bp after the government published draft rules for the 2025 spectrum auction, which imply a much larger cash outlay than the market had assumed."),
            ]),
        ],
        "neg": [
            ("Sabine Telecom - credit research (2022)", "In 2022 the agency revised Sabine Telecom's outlook to stable from negative after the sale of its tower portfolio brought leverage below 3x."),
            ("Credit markets wire", "The agency upgraded Aldergrove Utilities to A- from BBB+ with a stable outlook, citing the supportive regulatory settlement."),
            (T_SBNT, "Sabine's 2029 notes pay a fixed annual coupon of 4.125% and were issued at 99.4% of par in June 2022."),
            (T_SBNT, "Sabine's 2033 sustainability-linked bonds carry a 25bp coupon step-up if the company fails to cut scope 1 and 2 emissions by 40% by 2030."),
        ],
    },
    # ------------------------------------------------------------------ payments
    {
        "qa": [
            ("There's a charge on my Harbourline debit card I don't recognise. How do I dispute it?", [
                (T_HBL_HELP, "In the app, open the transaction and tap Report a problem, then choose I don't recognise this charge. For debit card disputes we'll usually give you a provisional credit within 10 business days while we investigate."),
                (T_HBL_HELP, "Call the number on the back of your card or use the app to raise a dispute. We may ask whether you've contacted the merchant, and we'll send you a form to confirm the details; disputes must be raised within 60 days of the statement date."),
            ]),
            ("Can I temporarily freeze my Harbourline debit card?", [
                (T_HBL_HELP, "Yes. In the app, go to Cards and switch on Lock card. New purchases and ATM withdrawals will be declined until you unlock it, but recurring payments and refunds still go through."),
            ]),
            ("How long does an international transfer from Harbourline take to arrive?", [
                (T_HBL_HELP, "International wires submitted before 3 p.m. ET on a business day are usually sent the same day and typically arrive within one to four business days, depending on the destination country and any intermediary banks."),
            ]),
            ("How do I stop a company taking a recurring payment from my Harbourline checking account?", [
                (T_HBL_HELP, "To stop a recurring ACH debit, contact us at least three business days before the scheduled payment. A stop payment order costs $30 and stays in effect until you cancel it. You should also tell the company you've withdrawn your authorisation."),
            ]),
            ("What's the daily ATM cash withdrawal limit on a Harbourline debit card?", [
                (T_HBL_HELP, "Everyday Checking debit cards can withdraw up to $800 in cash per day from ATMs; Premier Checking cards up to $1,500. Limits reset at midnight ET."),
            ]),
        ],
        "neg": [
            (T_HBL_HELP, "If your card is lost or stolen, report it right away in the app or by phone. We'll cancel it permanently and mail a replacement within 5 to 7 business days."),
            (T_HBL_HELP, "The daily limit for debit card purchases at merchants is $5,000 for Everyday Checking and $7,500 for Premier Checking."),
            (T_HBL_HELP, "Transfers between your own Harbourline accounts are instant and available 24/7, including weekends and holidays."),
            (T_HBL_HELP, "To stop payment on a paper check you wrote, give us the check number and exact amount. The order lasts six months and can be renewed."),
        ],
    },
    # ------------------------------------------------------------------ brokerage
    {
        "qa": [
            ("What's the ongoing charge of the Larkspur Global Equity Index Fund?", [
                (T_LARK, "The Larkspur Global Equity Index Fund (Accumulation) has an ongoing charges figure of 0.12% a year, covering management and administration costs. It tracks a global developed-markets index of more than 1,400 companies."),
            ]),
            ("Does Larkspur charge an annual account fee on its stocks and shares ISA?", [
                (T_LARK, "There's a platform fee of 0.25% a year on the value of your ISA, taken monthly, and capped at 375 pounds a year for holdings in shares, ETFs and investment trusts. There's no separate fee for opening or closing the account."),
            ]),
            ("Does the Larkspur index fund pay out dividends or reinvest them?", [
                (T_LARK, "It depends on the unit class. Accumulation units reinvest income automatically, which is reflected in the unit price; Income units pay dividends out to you twice a year, in March and September."),
            ]),
            ("What happens if my Larkspur margin account drops below the maintenance requirement?", [
                (T_LARK, "If your equity falls below the 30% maintenance requirement, we'll issue a margin call. You'll have two business days to deposit cash or securities; if you don't, we may sell positions in your account without further notice."),
            ]),
            ("Can I buy fractional shares on Larkspur?", [
                (T_LARK, "Yes, for US-listed shares and ETFs you can invest by value from as little as $5. Fractional investing isn't currently available for UK-listed shares, which are bought in whole shares."),
                ("Larkspur Invest - community forum", "Short answer from the support team: fractional trading works for US stocks and ETFs, but London-listed shares can only be bought as whole shares for now."),
            ]),
        ],
        "neg": [
            (T_LARK, "The Larkspur Sustainable Corporate Bond Fund has an ongoing charges figure of 0.20% and a historic yield of around 4.6%."),
            (T_LARK, "Online share dealing costs 3.95 pounds per trade in UK and US shares; buying and selling funds is free."),
            (T_LARK, "Transaction costs for the Global Equity Index Fund were 0.02% over the last year. They arise when the fund buys and sells holdings and come on top of the ongoing charge."),
            (T_LARK, "Interest on margin loans is charged at base rate plus 2.5% on balances under 50,000 pounds, calculated daily and charged monthly."),
        ],
    },
    # ------------------------------------------------------------------ filing items
    {
        "qa": [
            ("Why did Dunmore Rail take a goodwill impairment?", [
                (T_DNMR, "We recognised a 142m pound impairment of goodwill allocated to the Freight Services cash-generating unit. Lower forecast volumes following the loss of two aggregates contracts, together with a higher pre-tax discount rate of 11.2% (2023: 9.8%), reduced the recoverable amount below carrying value."),
                ("Northgate Capital Markets - Dunmore Rail results note", "The 142m freight writedown is non-cash; it reflects the lost aggregates contracts and a higher discount rate, not any change in our view of the passenger business."),
            ]),
            ("What did Dunmore's restructuring charge include?", [
                (T_DNMR, "Restructuring costs of 38m pounds comprise 27m of redundancy costs relating to around 450 roles in maintenance and back-office functions, and 11m for the closure of the Hexley and Marston depots."),
            ]),
            ("Why did Dunmore's contract liabilities go up?", [
                (T_DNMR, "Contract liabilities rose to 214m pounds (2023: 171m), mainly reflecting higher advance sales of season tickets following the January fare change, which are recognised as revenue over the period of travel."),
            ]),
            ("What caused the big working capital outflow at Dunmore Rail?", [
                (T_DNMR, "The working capital outflow of 96m pounds was largely due to the delayed receipt of 70m of performance payments from the transport authority, which were received shortly after the year end."),
            ]),
            ("What was Dunmore Rail's effective tax rate and why is it above the statutory rate?", [
                (T_DNMR, "The effective tax rate was 31.4% compared with the UK statutory rate of 25%, mainly because the goodwill impairment is not deductible for tax purposes."),
            ]),
        ],
        "neg": [
            ("Dunmore Rail plc - Annual report 2022, notes to the accounts", "No impairment was recognised in 2022. Headroom on the Freight Services cash-generating unit was 60m pounds, and a 1.5 percentage point rise in the discount rate would have eliminated it."),
            ("Corvell Aerospace 2024 Form 10-K", "Corvell recorded a $55 million restructuring charge for the closure of two machining plants and the consolidation of work into its facility in Mexico."),
            (T_DNMR, "Adjusted operating profit excludes impairments, restructuring costs and the amortisation of acquired intangibles, which management considers not representative of underlying performance."),
            (T_DNMR, "Deferred tax assets of 32m pounds were recognised on losses in the freight business, supported by forecasts of future taxable profits."),
        ],
    },
    # ------------------------------------------------------------------ M&A
    {
        "qa": [
            ("How much is Hatherley paying for Penmore Snacks?", [
                (T_HTHY, "The offer values Penmore's entire issued share capital at approximately 945m pounds, or 840 pence per share in cash, implying an enterprise value of 1.1bn pounds and a multiple of 12.5x Penmore's adjusted EBITDA for the year to March 2024."),
                ("Markets wire", "Hatherley agrees 945m-pound cash deal for Penmore Snacks; 840p a share represents a 34% premium to Penmore's undisturbed price."),
            ]),
            ("What cost synergies does Hatherley expect from buying Penmore?", [
                (T_HTHY, "We expect annual pre-tax cost synergies of 45m pounds by the end of the third full year after completion, from procurement, a combined distribution network and overlapping head-office functions. One-off costs to achieve are estimated at 60m."),
            ]),
            ("Have Penmore's directors recommended the Hatherley offer?", [
                (T_HTHY, "The Penmore directors, who have been so advised by Caske Brothers as to the financial terms, consider the terms of the acquisition fair and reasonable and intend to recommend unanimously that shareholders vote in favour of the scheme."),
            ]),
            ("How is Hatherley funding the Penmore acquisition?", [
                (T_HTHY, "The cash consideration will be funded from a new 600m-pound bridge facility, which we intend to refinance in the bond market, together with existing cash and 300m drawn under our revolving credit facility. Pro forma net leverage is expected to be 2.9x at completion, falling below 2.0x within two years."),
            ]),
            ("When is the Hatherley-Penmore deal expected to complete?", [
                (T_HTHY, "Completion is expected in the first half of 2025, subject to Penmore shareholder approval of the scheme, court sanction and clearance from the competition authority."),
            ]),
        ],
        "neg": [
            ("Bramwell Foods - Acquisition announcement", "Bramwell Foods agreed to acquire Orchard Valley Dairies for 410m pounds, equivalent to 9.8 times EBITDA, funded entirely from cash on hand."),
            (T_HTHY, "Beyond cost savings, Hatherley sees revenue synergies of about 20m pounds from selling Penmore brands through its export channels, although these are not included in the valuation."),
            ("Hatherley Group plc - Annual report 2022", "The acquisition of Tarn Beverages completed in 2022 after a five-month competition review that ended with no remedies required."),
            ("Tarn Beverages plc - Statement re possible offer (2021)", "The board of Tarn Beverages rejected an earlier, lower approach from Hatherley as significantly undervaluing the company and its prospects."),
        ],
    },
]


def main() -> None:
    rng = random.Random(SEED)
    items = earnings_queries(rng)  # (query, [pos], [neg]) with passages as (title, text)
    for th in THREADS:
        docs = [p for _, pos in th["qa"] for p in pos] + list(th["neg"])
        for q, pos in th["qa"]:
            negs = [d for d in docs if d not in pos]
            rng.shuffle(negs)
            items.append((q, pos, negs[: MAX_CANDS - len(pos)]))

    # collect passages; texts must be unique
    docs = {}
    for _, pos, negs in items:
        for d in pos + negs:
            docs.setdefault(d, None)
    texts = [d[1] for d in docs]
    assert len(set(texts)) == len(texts), "duplicate passage text"
    assert len({q for q, _, _ in items}) == len(items), "duplicate query"
    ordered = sorted(docs, key=lambda d: (d[1], d[0]))
    rng.shuffle(ordered)
    doc_id = {d: f"{D_PREFIX}-{n + 1:04d}" for n, d in enumerate(ordered)}

    order = list(range(len(items)))
    rng.shuffle(order)  # interleave earnings and thread questions in the query file
    q_rows, qrels, cand_rows = [], [], []
    for n, i in enumerate(order):
        q, pos, negs = items[i]
        qid = f"{Q_PREFIX}-{n + 1:03d}"
        assert 1 <= len(pos) <= 3 and not set(pos) & set(negs)
        cands = pos + negs
        assert MIN_CANDS <= len(cands) <= MAX_CANDS, (q, len(cands))
        rng.shuffle(cands)
        q_rows.append({"_id": qid, "text": q})
        qrels.extend((qid, doc_id[p], 1) for p in pos)
        cand_rows.append({"query_id": qid, "candidates": [doc_id[c] for c in cands]})

    corpus_rows = sorted(({"_id": doc_id[d], "title": d[0], "text": d[1]} for d in docs), key=lambda r: r["_id"])
    write_beir(OUT, corpus_rows, q_rows, sorted(qrels), candidates=cand_rows)
    n_pos = [len(p) for _, p, _ in items]
    n_cand = [len(r["candidates"]) for r in cand_rows]
    description = (
        "Rerank candidate passages (earnings-call remarks, press releases, 10-Q/10-K excerpts, analyst notes, bank\n"
        "FAQs, ESG and credit documents) for investor and retail-banking questions about fictional companies and\n"
        f"banks. {len(items)} questions with {min(n_cand)}-{max(n_cand)} candidates each, 1-3 of them relevant\n"
        f"({sum(n_pos)} positives, {len(corpus_rows)} passages). Hard negatives share entity and jargon but answer\n"
        "something else: another quarter, another metric, another company, guidance or analyst estimates instead of\n"
        "reported figures, neighbouring fees and terms. Built by tasks/tools/finance_answer_reranking.py (seeded\n"
        f"templates for {N_EARNINGS_QUERIES} earnings questions, hand-written threads for the rest).\n"
    )
    write_task_yaml(OUT, "reranking", description)
    print(f"{len(items)} queries, {len(corpus_rows)} passages, {sum(n_pos)} positives, "
          f"candidates {min(n_cand)}-{max(n_cand)}, positives per query {min(n_pos)}-{max(n_pos)}")


if __name__ == "__main__":
    main()
