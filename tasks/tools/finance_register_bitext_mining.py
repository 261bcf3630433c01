"""Generate tasks/finance/FinanceRegisterBitextMining (bitext mining across two registers of English).

Every sentence below was written for this benchmark; all companies, tickers, people, banks, rating agencies,
audit firms, drugs and places are fictional. Each pair states one finance fact twice: sentence1 in the formal
register of a filing, disclosure or press release ("Tavistone Holdings recognized a non-cash goodwill impairment
charge of $41.2 million ..."), sentence2 in the plain register of a journalist or a customer letter ("Tavistone
wrote down $41 million of goodwill on its shops business ..."): other words, rounded figures, "the last three
months of 2024" for "the fourth quarter of 2024", "core capital" for "Common Equity Tier 1".

The facts come in 20 topics of 10 pairs. Inside a topic, groups share one formal and one or two plain templates
and differ only in their slot values: the same company with another period or figure, another company with
nearly the same figures, the opposite direction (raised vs cut, acquirer vs target, hired vs replaced auditor),
agreed vs completed, or the same figures swapped (a dividend raised from 42 to 46 cents and later cut back to 42),
and the 18 main companies recur across topics, so a model has to match figures, entities, periods and direction,
not topic or company name. Each plain sentence fits exactly one formal sentence. Where a group has several
templates, one is drawn per pair with random.Random(SEED); the pairs are then shuffled. Standard library only;
deterministic.

Run from the repository root:  python3 tasks/tools/finance_register_bitext_mining.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import fill_frame, possessive, task_dir, write_bitext_task

SEED = 20240612
OUT = task_dir("finance", "FinanceRegisterBitextMining")
ID_PREFIX = "fbm"
PER_TOPIC = 10

# key -> (formal name, short name used in plain text, ticker or "")
ENTITIES = {
    "tav": ("Tavistone Holdings", "Tavistone", "NYSE: TVST"),
    "cal": ("Calder Ridge Bancorp", "Calder Ridge", "NYSE: CLRB"),
    "ves": ("Vessant Therapeutics", "Vessant", "Nasdaq: VSNT"),
    "orr": ("Orrin Logistics Group", "Orrin", "NYSE: ORLG"),
    "hal": ("Halvard Energy", "Halvard", "NYSE: HLVD"),
    "tam": ("Tamsin Foods Corporation", "Tamsin Foods", "NYSE: TMSN"),
    "bri": ("Brisbee Software", "Brisbee", "Nasdaq: BRSB"),
    "mar": ("Marrowfield Industries", "Marrowfield", "NYSE: MRFD"),
    "qui": ("Quillon Financial", "Quillon", "NYSE: QLFN"),
    "ell": ("Ellery National Bank", "Ellery", "Nasdaq: ELNB"),
    "pel": ("Pellam Communications", "Pellam", "NYSE: PLMC"),
    "wre": ("Wrenfold Insurance Group", "Wrenfold", "NYSE: WRNF"),
    "sol": ("Solvane Semiconductor", "Solvane", "Nasdaq: SLVN"),
    "cor": ("Corbel Airways", "Corbel", "Nasdaq: CRBW"),
    "gan": ("Gantry Hill Properties", "Gantry Hill", "NYSE: GHPT"),
    "rav": ("Ravelin Solar", "Ravelin", "Nasdaq: RVLN"),
    "bra": ("Brackwater Health", "Brackwater", "NYSE: BRKW"),
    "ost": ("Ostrand Therapeutics", "Ostrand", "Nasdaq: OSTR"),
    # counterparties: targets, buyers, banks, rating agencies, audit firms
    "dal": ("Dalby Freight Systems", "Dalby Freight", ""),
    "kel": ("Kelsmere Capital Partners", "Kelsmere Capital", ""),
    "mer": ("Merrin Biosciences", "Merrin", ""),
    "pru": ("Pruett Analytics", "Pruett", ""),
    "car": ("Carrick Photonics", "Carrick", ""),
    "ash": ("Ashby Rowe Capital", "Ashby Rowe", ""),
    "hlw": ("Halloway Brands", "Halloway", ""),
    "stn": ("Stanway Controls", "Stanway", ""),
    "vey": ("Veyra Microdevices", "Veyra", ""),
    "hls": ("Harcourt Lane Securities", "Harcourt Lane", ""),
    "hrw": ("Harwell Ratings", "Harwell", ""),
    "bmr": ("Brightmoor Ratings Service", "Brightmoor", ""),
    "pry": ("Pryce Whitcombe LLP", "Pryce Whitcombe", ""),
    "dkc": ("Dalton Keyes & Co. LLP", "Dalton Keyes", ""),
    "mgr": ("Marlowe Grant LLP", "Marlowe Grant", ""),
    "arr": ("Ashcombe Reid LLP", "Ashcombe Reid", ""),
}


def G(formal, plain, items):
    """A group: formal template(s), plain template(s) and the slot values of each pair."""
    as_list = lambda t: [t] if isinstance(t, str) else list(t)  # noqa: E731
    return (as_list(formal), as_list(plain), items)


# Slot names: c, o, o2 are entity keys, expanded to {co} (formal name), {s} (short name), {co_pos}, {s_pos},
# {tk} (ticker) and {o}, {os}, {o_pos}, {os_pos}, {o2}, {o2s}; {p_last} and {q_last} are the surnames of {p}, {q}.
TOPICS = {
    "impairment": [
        G(
            [
                "{co} recognized a non-cash goodwill impairment charge of {amt} in {pf} related to its {seg} segment.",
                "In {pf}, {co} recorded a non-cash goodwill impairment charge of {amt} attributable to its {seg} reporting unit.",
            ],
            [
                "{s} wrote down {amt_p} of goodwill on its {seg_p} in {pp}.",
                "{s} wrote off {amt_p} in {pp} because its {seg_p} is worth less than it once thought.",
            ],
            [
                dict(c="tav", amt="$41.2 million", pf="the fourth quarter of fiscal 2023", seg="Retail",
                     amt_p="$41 million", pp="the last quarter of its 2023 financial year", seg_p="shops business"),
                dict(c="tav", amt="$18.7 million", pf="the second quarter of fiscal 2024", seg="Wholesale",
                     amt_p="about $19 million", pp="the second quarter of its 2024 financial year", seg_p="wholesale arm"),
                dict(c="mar", amt="$126.5 million", pf="the third quarter of 2023", seg="Aerospace Components",
                     amt_p="roughly $127 million", pp="the July-to-September quarter of 2023", seg_p="aircraft parts business"),
                dict(c="pel", amt="$412.0 million", pf="the fourth quarter of 2024", seg="Enterprise",
                     amt_p="more than $400 million", pp="the last three months of 2024", seg_p="unit serving business customers"),
                dict(c="orr", amt="$9.8 million", pf="the first quarter of 2024", seg="Freight Forwarding",
                     amt_p="nearly $10 million", pp="the first three months of 2024", seg_p="freight-forwarding arm"),
            ],
        ),
        G(
            "{co} recorded an impairment charge of {amt} on {asset}, reflecting {reason}.",
            [
                "{s} took a {amt_p} hit on {asset_p} because {reason_p}.",
                "{s} knocked {amt_p} off the value of {asset_p} because {reason_p}.",
            ],
            [
                dict(c="hal", amt="$230.0 million", asset="its offshore natural gas properties in the Merrow Basin",
                     reason="lower long-term natural gas price assumptions", amt_p="$230 million",
                     asset_p="its offshore gas fields", reason_p="it now expects gas prices to stay low for longer"),
                dict(c="hal", amt="$87.4 million", asset="certain onshore oil properties",
                     reason="a downward revision to estimated proved reserves", amt_p="$87 million",
                     asset_p="some of its oil fields on land", reason_p="it has lowered its estimate of how much oil they hold"),
                dict(c="gan", amt="$64.3 million", asset="two suburban office properties",
                     reason="declining occupancy and lower market rents", amt_p="$64 million",
                     asset_p="two office buildings in the suburbs", reason_p="tenants are leaving and rents are falling"),
                dict(c="sol", amt="$152.0 million", asset="acquired in-process research and development",
                     reason="the discontinuation of its 3-nanometer modem program", amt_p="$152 million",
                     asset_p="technology it had bought before it was fully developed", reason_p="it scrapped its 3-nanometer modem project"),
                dict(c="ves", amt="$310.0 million", asset="intangible assets related to its VX-114 program",
                     reason="the decision to discontinue the phase 3 trial of VX-114", amt_p="$310 million",
                     asset_p="an experimental drug", reason_p="it halted the drug's final round of human testing"),
            ],
        ),
    ],
    "revenue_recognition": [
        G(
            "{co} restated its previously issued financial statements for {pf}, reducing reported revenue by {amt} "
            "to correct the timing of revenue recognition on {item}.",
            "{s} cut {pp} by {amt_p} after finding it had booked revenue from {item_p} too early.",
            [
                dict(c="bri", pf="fiscal 2023", amt="$23.6 million", item="multi-year license agreements",
                     pp="the sales it reported for its 2023 financial year", amt_p="about $24 million",
                     item_p="software licenses that run for several years"),
                dict(c="bri", pf="the first quarter of fiscal 2024", amt="$4.1 million", item="bundled hardware and support contracts",
                     pp="the sales it reported for the first quarter of its 2024 financial year", amt_p="about $4 million",
                     item_p="equipment sold together with service plans"),
                dict(c="pel", pf="the years 2022 and 2023", amt="$58.3 million", item="device installment plans",
                     pp="the sales it reported for 2022 and 2023", amt_p="about $58 million",
                     item_p="phones sold on monthly payment plans"),
            ],
        ),
        G(
            "{co} recognizes revenue from {stream} {timing}.",
            "{s} counts {stream_p} as sales {timing_p}.",
            [
                dict(c="bri", stream="subscription services", timing="ratably over the contract term",
                     stream_p="subscription fees", timing_p="bit by bit over the length of each contract"),
                dict(c="bri", stream="perpetual software licenses",
                     timing="at the point in time when the software is made available to the customer",
                     stream_p="one-time software license fees", timing_p="up front, as soon as the customer can use the software"),
                dict(c="mar", stream="long-term defense contracts",
                     timing="over time, using costs incurred to date relative to total estimated costs to measure progress",
                     stream_p="its long-running military contracts",
                     timing_p="gradually, in step with how much of the expected cost of the work it has spent"),
                dict(c="mar", stream="aftermarket spare parts", timing="at a point in time, upon shipment to the customer",
                     stream_p="spare parts", timing_p="when they leave its warehouses"),
            ],
        ),
        G(
            "{co} reported remaining performance obligations of {amt} as of {date}, of which approximately {pct} "
            "is expected to be recognized as revenue over the next twelve months.",
            "{s} had {amt_p} of contracted business still to deliver at {date_p}, and expects to book about {frac_p} "
            "of it as sales in the coming year.",
            [
                dict(c="bri", amt="$1.84 billion", date="January 31, 2024", pct="62%",
                     amt_p="$1.8 billion", date_p="the end of January 2024", frac_p="three-fifths"),
                dict(c="mar", amt="$9.27 billion", date="December 31, 2023", pct="35%",
                     amt_p="$9.3 billion", date_p="the end of 2023", frac_p="a third"),
                dict(c="orr", amt="$2.13 billion", date="September 30, 2024", pct="48%",
                     amt_p="$2.1 billion", date_p="the end of September 2024", frac_p="half"),
            ],
        ),
    ],
    "guidance": [
        G(
            "{co} {verb} its fiscal {y} guidance for {metric} to {new} from {old}.",
            "{s} {verb_p} its forecast and now expects {metric_p} of {new_p} for its {y} financial year, {dir_p} from {old_p}.",
            [
                dict(c="tam", verb="raised", y="2024", metric="adjusted earnings per share", new="$3.10 to $3.25",
                     old="$2.95 to $3.05", verb_p="lifted", metric_p="underlying earnings", new_p="roughly $3.18 a share",
                     dir_p="up", old_p="about $3"),
                dict(c="tam", verb="lowered", y="2024", metric="organic net sales growth", new="1% to 2%",
                     old="3% to 4%", verb_p="cut", metric_p="underlying sales growth", new_p="only about 1.5%",
                     dir_p="down", old_p="about 3.5%"),
            ],
        ),
        G(
            "{co} raised its full-year 2024 revenue guidance to $8.4 billion to $8.6 billion from $8.1 billion to $8.3 billion.",
            "{s} now expects sales of about $8.5 billion in 2024, up from around $8.2 billion previously.",
            [dict(c="cor")],
        ),
        G(
            "{co} lowered its full-year 2024 revenue guidance to $8.1 billion to $8.3 billion from $8.4 billion to $8.6 billion.",
            "{s} now expects sales of about $8.2 billion in 2024, down from around $8.5 billion previously.",
            [dict(c="cor")],
        ),
        G(
            "{co} increased its 2024 production guidance to 412,000 to 420,000 barrels of oil equivalent per day "
            "from 400,000 to 410,000.",
            "{s} now expects to pump the equivalent of roughly 416,000 barrels of oil a day in 2024, up from about 405,000.",
            [dict(c="hal")],
        ),
        G(
            "{co} reduced its 2024 capital expenditure budget to $2.1 billion from $2.5 billion.",
            "{s} will spend $400 million less on new projects in 2024, bringing its budget down to $2.1 billion.",
            [dict(c="hal")],
        ),
        G(
            "{co} reaffirmed its full-year 2024 outlook for adjusted EBITDA of $610 million to $640 million.",
            "{s} stuck to its forecast of about $625 million in core earnings for 2024.",
            [dict(c="orr")],
        ),
        G(
            "{co} withdrew its full-year 2024 financial guidance, citing uncertainty regarding new export license requirements.",
            "{s} pulled its forecast for 2024, saying it can't predict the effect of new export license rules.",
            [dict(c="sol")],
        ),
        G(
            "For {pf}, {co} expects revenue of {mid}, plus or minus {band}.",
            "{s} expects sales of between {lo} and {hi} in {pp}.",
            [
                dict(c="sol", pf="the third quarter of 2024", mid="$1.12 billion", band="$50 million",
                     lo="$1.07 billion", hi="$1.17 billion", pp="the July-to-September quarter of 2024"),
                dict(c="sol", pf="the fourth quarter of 2024", mid="$1.31 billion", band="$60 million",
                     lo="$1.25 billion", hi="$1.37 billion", pp="the last three months of 2024"),
            ],
        ),
    ],
    "dividend": [
        G(
            [
                "The Board of Directors of {co} ({tk}) declared a quarterly cash dividend of {new} per share, an increase "
                "from {old}, payable on {pay}, to shareholders of record as of {rec}.",
                "{co} ({tk}) declared a quarterly dividend of {new} per share, up from {old} per share, payable {pay}, "
                "to shareholders of record on {rec}.",
            ],
            [
                "{s} is raising its quarterly dividend to {new_p} a share from {old_p}.",
                "{s} will pay shareholders {new_p} a share this quarter, up from {old_p}.",
            ],
            [
                dict(c="cal", new="$0.42", old="$0.38", pay="January 15, 2025", rec="December 31, 2024",
                     new_p="42 cents", old_p="38 cents"),
                dict(c="qui", new="$0.46", old="$0.42", pay="February 3, 2025", rec="January 17, 2025",
                     new_p="46 cents", old_p="42 cents"),
            ],
        ),
        G(
            [
                "The Board of Directors of {co} ({tk}) declared a quarterly cash dividend of {new} per share, a reduction "
                "from {old}, payable on {pay}, to shareholders of record as of {rec}.",
                "{co} ({tk}) declared a quarterly dividend of {new} per share, down from {old} per share, payable {pay}, "
                "to shareholders of record on {rec}.",
            ],
            [
                "{s} is cutting its quarterly dividend to {new_p} a share from {old_p}.",
                "{s} will pay shareholders only {new_p} a share this quarter, down from {old_p}.",
            ],
            [
                dict(c="gan", new="$0.30", old="$0.55", pay="October 15, 2024", rec="September 30, 2024",
                     new_p="30 cents", old_p="55 cents"),
                dict(c="orr", new="$0.20", old="$0.30", pay="November 8, 2024", rec="October 25, 2024",
                     new_p="20 cents", old_p="30 cents"),
                dict(c="qui", new="$0.42", old="$0.46", pay="April 15, 2026", rec="March 31, 2026",
                     new_p="42 cents", old_p="46 cents"),
            ],
        ),
        G(
            "{co} suspended its quarterly cash dividend of {old} per share to preserve liquidity.",
            "{s} has stopped paying its quarterly dividend of {old_p} a share to hold on to cash.",
            [dict(c="cor", old="$0.15", old_p="15 cents")],
        ),
        G(
            "{co} declared a regular quarterly dividend of {amt} per share, unchanged from the prior quarter.",
            "{s} is keeping its quarterly payout at {amt_p} a share.",
            [dict(c="pel", amt="$0.28", amt_p="28 cents")],
        ),
        G(
            "{co} declared a special cash dividend of {amt} per share in addition to its regular quarterly dividend of {reg} per share.",
            "{s} is handing shareholders a one-off {amt_p} a share on top of its usual {reg_p} quarterly payout.",
            [
                dict(c="cal", amt="$1.00", reg="$0.42", amt_p="$1", reg_p="42-cent"),
                dict(c="hal", amt="$0.75", reg="$0.60", amt_p="75 cents", reg_p="60-cent"),
            ],
        ),
        G(
            "{co} reinstated its quarterly dividend at {amt} per share, its first dividend payment since {y}.",
            "{s} is paying a dividend again, {amt_p} a share, for the first time since {y}.",
            [dict(c="cor", amt="$0.10", amt_p="10 cents", y="2020")],
        ),
    ],
    "buyback": [
        G(
            "{co_pos} Board of Directors authorized a share repurchase program of up to {amt} {extra}.",
            "{s_pos} board has approved buying back as much as {amt_p} of its stock {extra_p}.",
            [
                dict(c="bri", amt="$2.0 billion", extra="with no expiration date", amt_p="$2 billion", extra_p="with no deadline"),
                dict(c="sol", amt="$5.0 billion", extra="to be executed over three years", amt_p="$5 billion",
                     extra_p="over the next three years"),
                dict(c="tav", amt="$500 million", extra="through the end of fiscal 2026", amt_p="half a billion dollars",
                     extra_p="by the end of its 2026 financial year"),
                dict(c="wre", amt="$300 million", extra="expiring in December 2026", amt_p="$300 million",
                     extra_p="until December 2026"),
            ],
        ),
        G(
            "During {pf}, {co} repurchased {n} shares of its common stock for {amt}, at an average price of {px} per share.",
            "{s} spent {amt_p} buying back {n} of its shares in {pp}.",
            [
                dict(c="bri", pf="the third quarter of fiscal 2024", n="1.2 million", amt="$186.4 million", px="$155.33",
                     pp="the third quarter of its 2024 financial year", amt_p="$186 million", px_p="$155"),
                dict(c="bri", pf="the fourth quarter of fiscal 2024", n="2.1 million", amt="$341.7 million", px="$162.71",
                     pp="the final quarter of its 2024 financial year", amt_p="$342 million", px_p="$163"),
                dict(c="cal", pf="the second quarter of 2024", n="3.4 million", amt="$98.6 million", px="$29.00",
                     pp="the April-to-June quarter of 2024", amt_p="nearly $99 million", px_p="$29"),
            ],
        ),
        G(
            "{co} suspended share repurchases for the remainder of 2024 in order to support its capital ratios.",
            "{s} has stopped buying back its own shares for the rest of 2024 to protect its capital cushion.",
            [dict(c="qui")],
        ),
        G(
            "{co} entered into an accelerated share repurchase agreement with {o} to repurchase {amt} of its common stock{tail}.",
            "{s} will buy back {amt} of its stock in one go through a deal with {os}{tail_p}.",
            [
                dict(c="tav", o="hls", amt="$250 million", tail="", tail_p=""),
                dict(c="sol", o="hls", amt="$1.5 billion", tail=" under its existing $5.0 billion authorization",
                     tail_p=", using part of its $5 billion buyback plan"),
            ],
        ),
    ],
    "debt": [
        G(
            "{co} priced an offering of {amt} aggregate principal amount of {rate} senior notes due {y}.",
            [
                "{s} is borrowing {amt_p} by selling bonds that pay {rate_p} interest and mature in {y}.",
                "{s} is raising {amt_p} from a bond sale; the debt pays {rate_p} a year and is due in {y}.",
            ],
            [
                dict(c="hal", amt="$750 million", amt_p="three-quarters of a billion dollars", rate="5.375%", y="2034",
                     rate_p="about 5.4%"),
                dict(c="hal", amt="$500 million", amt_p="half a billion dollars", rate="6.125%", y="2054", rate_p="just over 6%"),
                dict(c="pel", amt="$1.25 billion", amt_p="$1.25 billion", rate="4.875%", y="2031", rate_p="just under 4.9%"),
                dict(c="orr", amt="$400 million", amt_p="$400 million", rate="7.250%", y="2029", rate_p="7.25%"),
            ],
        ),
        G(
            "{co} entered into an amended and restated credit agreement providing for a {amt} revolving credit facility "
            "maturing in {y}, replacing its {old} facility due {oy}.",
            "{s} swapped its {old_p} credit line, which was due to expire in {oy}, for a {size_p} {amt_p} one that runs until {y}.",
            [
                dict(c="tam", amt="$1.5 billion", y="2029", old="$1.0 billion", oy="2026", old_p="$1 billion",
                     size_p="larger", amt_p="$1.5 billion"),
                dict(c="cor", amt="$900 million", y="2028", old="$1.2 billion", oy="2025", old_p="$1.2 billion",
                     size_p="smaller", amt_p="$900 million"),
            ],
        ),
        G(
            "{co} redeemed all {amt} of its outstanding {rate} senior notes due {y}, using {src}.",
            "{s} paid off its {amt} of {rate_p} bonds due in {y} early, using {src_p}.",
            [
                dict(c="pel", amt="$600 million", rate="6.500%", y="2026", src="proceeds from its offering of 4.875% senior notes due 2031",
                     rate_p="6.5%", src_p="money from its new bonds due in 2031"),
                dict(c="hal", amt="$350 million", rate="8.000%", y="2027", src="cash on hand",
                     rate_p="8%", src_p="cash it already had"),
            ],
        ),
        G(
            "{co} refinanced its {amt} term loan, reducing the interest rate margin by {bps} basis points to SOFR plus {m} "
            "and extending the maturity to {y}.",
            "{s} renegotiated its {amt} bank loan, cutting the interest rate by {cut_p} and pushing "
            "back repayment to {y}.",
            [
                dict(c="orr", amt="$1.1 billion", bps="50", m="2.75%", y="2031", cut_p="half a percentage point"),
                dict(c="mar", amt="$650 million", bps="25", m="2.25%", y="2030", cut_p="a quarter of a percentage point"),
            ],
        ),
    ],
    "covenant": [
        G(
            "{co} obtained a waiver from the lenders under its {fac} of the {cov} covenant for {pf}.",
            "{s_pos} lenders agreed not to enforce {cov_p} in its {fac_p} for {pp}.",
            [
                dict(c="cor", fac="revolving credit facility", cov="maximum net leverage ratio",
                     pf="the quarter ended June 30, 2024", fac_p="credit line",
                     cov_p="the cap on its debt relative to earnings", pp="the April-to-June quarter of 2024"),
                dict(c="cor", fac="revolving credit facility", cov="minimum interest coverage ratio",
                     pf="the quarter ended September 30, 2024", fac_p="credit line",
                     cov_p="the rule that its earnings must cover its interest bill by a set margin",
                     pp="the July-to-September quarter of 2024"),
                dict(c="gan", fac="term loan agreement", cov="minimum fixed charge coverage ratio",
                     pf="the quarter ended December 31, 2023", fac_p="term loan",
                     cov_p="the requirement that its income cover its fixed costs", pp="the last three months of 2023"),
                dict(c="orr", fac="credit agreement", cov="minimum liquidity", pf="the quarter ended March 31, 2024",
                     fac_p="main bank loan", cov_p="the rule on the minimum amount of cash it must keep on hand",
                     pp="the first three months of 2024"),
            ],
        ),
        G(
            "{co} amended its credit agreement to increase the maximum permitted net leverage ratio to {new} from {old} "
            "through {until}.",
            "{s_pos} lenders will let it carry debt of up to {new_p} its annual earnings, instead of {old_p}, until {until_p}.",
            [
                dict(c="orr", new="4.75x", old="4.00x", until="December 31, 2025", new_p="4.75 times", old_p="4 times",
                     until_p="the end of 2025"),
                dict(c="mar", new="4.25x", old="3.50x", until="June 30, 2025", new_p="4.25 times", old_p="3.5 times",
                     until_p="the middle of 2025"),
            ],
        ),
        G(
            "{co} disclosed that it was not in compliance with the {cov} covenant under its {fac} as of {date}, "
            "which constitutes an event of default.",
            "{s} said it broke a condition of its {fac_p} at {date_p}, which means it is technically in default.",
            [
                dict(c="gan", cov="minimum debt service coverage", fac="mortgage loan agreement", date="March 31, 2024",
                     fac_p="mortgage", date_p="the end of March 2024"),
                dict(c="tav", cov="maximum total leverage ratio", fac="term loan facility", date="February 1, 2025",
                     fac_p="term loan", date_p="the start of February 2025"),
            ],
        ),
        G(
            "{co} entered into a forbearance agreement under which its lenders agreed not to exercise their remedies "
            "under the {fac} through {date}.",
            "{s_pos} lenders have agreed to hold off on demanding repayment of its {fac_p} until {date_p}.",
            [
                dict(c="gan", fac="mortgage loan agreement", date="August 31, 2024", fac_p="mortgage",
                     date_p="the end of August 2024"),
                dict(c="tav", fac="term loan facility", date="April 30, 2025", fac_p="term loan",
                     date_p="the end of April 2025"),
            ],
        ),
    ],
    "m_and_a": [
        G(
            "{co} entered into a definitive agreement to acquire {o} for {px} per share in cash, representing a total "
            "equity value of approximately {val}.",
            "{s} has agreed to buy {os} for {px_p} a share in cash, valuing it at about {val}.",
            [
                dict(c="orr", o="dal", px="$18.50", px_p="$18.50", val="$1.2 billion"),
                dict(c="ves", o="mer", px="$27.00", px_p="$27", val="$2.3 billion"),
            ],
        ),
        G(
            "{co} entered into a definitive agreement to be acquired by {o} for {px} per share in cash, in a transaction "
            "valued at approximately {val}.",
            "{os} is buying {s} for {px_p} a share in cash, a deal worth about {val}.",
            [dict(c="orr", o="kel", px="$42.00", px_p="$42", val="$3.6 billion")],
        ),
        G(
            "{co} completed its previously announced acquisition of {o} for {px} per share in cash.",
            "{s} has closed its {px_p}-a-share cash purchase of {os}.",
            [dict(c="ves", o="mer", px="$27.00", px_p="$27"), dict(c="orr", o="dal", px="$18.50", px_p="$18.50")],
        ),
        G(
            "{co} agreed to acquire privately held {o} for {val} in a combination of cash and stock.",
            "{s} is buying {os}, a private company, for {val}, paying partly in cash and partly in its own shares.",
            [dict(c="bri", o="pru", val="$640 million")],
        ),
        G(
            "{co} agreed to sell its {unit} to {o} for {val} in cash, subject to customary closing conditions.",
            "{s} is selling its {unit_p} to {os} for {val}.",
            [
                dict(c="pel", o="ash", unit="data center business", unit_p="data centers", val="$2.8 billion"),
                dict(c="tam", o="hlw", unit="frozen desserts business", unit_p="ice cream and frozen desserts arm",
                     val="$325 million"),
            ],
        ),
        G(
            "{co} agreed to acquire the {unit} of {o} for {val} in cash.",
            "{s} is buying {os_pos} {unit_p} for {val}.",
            [dict(c="tam", o="hlw", unit="snacks business", unit_p="snack food brands", val="$780 million")],
        ),
        G(
            "{co} terminated its agreement to acquire {o} after the parties were unable to obtain required regulatory "
            "approvals, and will pay a reverse termination fee of {fee}.",
            "{s_pos} takeover of {os} is off because regulators would not approve it, and {s} owes {os} a {fee_p} break-up fee.",
            [dict(c="mar", o="stn", fee="$95.0 million", fee_p="$95 million")],
        ),
    ],
    "litigation": [
        G(
            "{co} recorded a pre-tax charge of {amt} in {pf} to increase its accrual for {matter}.",
            "{s} set aside {amt_p} more in {pp} to cover {matter_p}.",
            [
                dict(c="ves", amt="$145.0 million", pf="the third quarter of 2024",
                     matter="product liability claims related to its discontinued arthritis drug Corvanil",
                     amt_p="$145 million", pp="the July-to-September quarter of 2024",
                     matter_p="lawsuits over an arthritis drug it no longer sells"),
                dict(c="ves", amt="$62.5 million", pf="the fourth quarter of 2024",
                     matter="product liability claims related to its discontinued arthritis drug Corvanil",
                     amt_p="about $63 million", pp="the last three months of 2024",
                     matter_p="lawsuits over an arthritis drug it no longer sells"),
                dict(c="pel", amt="$38.0 million", pf="the second quarter of 2024",
                     matter="a consumer class action alleging undisclosed fees", amt_p="$38 million",
                     pp="the April-to-June quarter of 2024",
                     matter_p="a lawsuit by customers who say they were charged hidden fees"),
                dict(c="wre", amt="$27.3 million", pf="the first quarter of 2024",
                     matter="a regulatory investigation into its claims-handling practices", amt_p="about $27 million",
                     pp="the first three months of 2024", matter_p="a regulator's probe into how it handles claims"),
            ],
        ),
        G(
            "{co} reached an agreement in principle to settle {matter} for {amt}{tail}.",
            "{s} will pay {amt_p} to settle {matter_p}{tail_p}.",
            [
                dict(c="pel", matter="the consumer class action alleging undisclosed fees", amt="$52.0 million",
                     tail=", of which $20.0 million is expected to be covered by insurance", amt_p="$52 million",
                     matter_p="the customer lawsuit over hidden fees", tail_p=", with insurance expected to cover $20 million of it"),
                dict(c="orr", matter="a wage-and-hour class action brought by its delivery drivers", amt="$14.5 million",
                     tail=", without admitting liability", amt_p="$14.5 million",
                     matter_p="a lawsuit by its couriers over pay and hours",
                     tail_p=", without admitting it did anything wrong"),
                dict(c="cal", matter="a state regulatory investigation into its overdraft fee practices", amt="$31.0 million",
                     tail=", including $24.0 million in restitution to customers", amt_p="$31 million",
                     matter_p="a state probe into the fees it charged customers who overdrew their accounts", tail_p=", and $24 million of that will go back to customers"),
            ],
        ),
        G(
            "{co} has not recorded an accrual for {matter} because a loss is not considered probable and the amount "
            "cannot be reasonably estimated.",
            "{s} hasn't set aside any money for {matter_p}, saying it can't yet tell whether it will lose or how much it might cost.",
            [
                dict(c="hal", matter="claims arising from the 2023 pipeline release in Tarrow County",
                     matter_p="lawsuits over a pipeline spill in 2023"),
                dict(c="sol", matter="the patent infringement lawsuit filed by Veyra Microdevices",
                     matter_p="the patent lawsuit brought against it by Veyra"),
            ],
        ),
        G(
            "A jury returned a verdict against {co} in the patent infringement lawsuit brought by {o}, awarding damages "
            "of {amt}; {s} intends to appeal.",
            "A jury ordered {s} to pay {os} {amt_p} for infringing its patents, and the company plans to appeal.",
            [dict(c="sol", o="vey", amt="$218.0 million", amt_p="$218 million")],
        ),
    ],
    "restructuring": [
        G(
            "{co} announced a restructuring plan that includes the elimination of approximately {n} positions, or {pct} "
            "of its global workforce, and expects to incur pre-tax charges of {lo} to {hi}.",
            "{s} is cutting about {n} jobs, {frac_p} of its staff, and expects the overhaul to cost {cost_p}.",
            [
                dict(c="bri", n="1,200", pct="9%", lo="$85 million", hi="$100 million", frac_p="nearly one in ten",
                     cost_p="as much as $100 million"),
                dict(c="sol", n="2,500", pct="12%", lo="$210 million", hi="$240 million", frac_p="roughly one in eight",
                     cost_p="about $225 million"),
                dict(c="pel", n="800", pct="4%", lo="$40 million", hi="$50 million", frac_p="about one in 25",
                     cost_p="around $45 million"),
                dict(c="wre", n="600", pct="7%", lo="$30 million", hi="$35 million", frac_p="around 7%",
                     cost_p="a little over $30 million"),
            ],
        ),
        G(
            "{co} will close its manufacturing facility in {site} by {date}, affecting approximately {n} employees, and "
            "transfer production to {dest}.",
            "{s} is shutting its {site_p} factory by {date_p}, putting around {n} people out of work, and moving the work to {dest_p}.",
            [
                dict(c="mar", site="Larkin Falls, Pennsylvania,", date="the end of the second quarter of 2025", n="420",
                     dest="its plant in Monterrey, Mexico", site_p="Pennsylvania", date_p="mid-2025", dest_p="Mexico"),
                dict(c="tam", site="Carvell, Iowa,", date="December 31, 2024", n="260",
                     dest="its facilities in Nebraska and Kansas", site_p="Iowa", date_p="the end of 2024",
                     dest_p="its other plants in Nebraska and Kansas"),
            ],
        ),
        G(
            "{co} recorded restructuring charges of {amt} in {pf} related to the previously announced elimination of "
            "approximately {n} positions, consisting primarily of severance and related costs.",
            "{s} booked {amt_p} of costs in {pp} for cutting {n} jobs, mostly payouts to the employees who are leaving.",
            [
                dict(c="bri", n="1,200", amt="$47.8 million", pf="the second quarter of fiscal 2025", amt_p="nearly $48 million",
                     pp="the second quarter of its 2025 financial year"),
                dict(c="sol", n="2,500", amt="$126.4 million", pf="the fourth quarter of 2024", amt_p="$126 million",
                     pp="the last three months of 2024"),
            ],
        ),
        G(
            "{co} expanded its cost-reduction program and now targets annual savings of {new} by {y}, up from {old} previously.",
            "{s} now aims to save {new} a year by {y_p}, more than the {old} it had targeted.",
            [
                dict(c="cor", new="$400 million", y="2026", old="$250 million", y_p="2026"),
                dict(c="tav", new="$150 million", y="fiscal 2026", old="$100 million", y_p="its 2026 financial year"),
            ],
        ),
    ],
    "fx": [
        G(
            "Changes in foreign currency exchange rates reduced {co_pos} reported revenue by {amt} in {pf}, primarily "
            "reflecting the stronger U.S. dollar against the {ccy}.",
            "The strong dollar cost {s} {amt_p} in sales in {pp}, mostly because of the weaker {ccy_p}.",
            [
                dict(c="mar", amt="$38.4 million", pf="the third quarter of 2024", ccy="euro and the Japanese yen",
                     amt_p="about $38 million", pp="the July-to-September quarter of 2024", ccy_p="euro and yen"),
                dict(c="orr", amt="$21.9 million", pf="the second quarter of 2024", ccy="Chinese renminbi",
                     amt_p="about $22 million", pp="the April-to-June quarter of 2024", ccy_p="Chinese yuan"),
                dict(c="cor", amt="$54.0 million", pf="2024", ccy="Brazilian real and the Mexican peso",
                     amt_p="$54 million", pp="2024", ccy_p="currencies of Brazil and Mexico"),
            ],
        ),
        G(
            "Changes in foreign currency exchange rates increased {co_pos} reported revenue by {amt} in {pf}, primarily "
            "reflecting the weaker U.S. dollar against the {ccy}.",
            "{s_pos} sales got a {amt_p} lift from currency moves in {pp}, mainly thanks to a stronger {ccy_p}.",
            [dict(c="mar", amt="$12.6 million", pf="the first quarter of 2025", ccy="euro", amt_p="nearly $13 million",
                  pp="the first three months of 2025", ccy_p="euro")],
        ),
        G(
            "Foreign currency movements were a headwind of {amt} per diluted share to {co_pos} earnings in {pf}.",
            "Currency swings knocked {amt_p} a share off {s_pos} earnings in {pp}.",
            [dict(c="tam", amt="$0.03", pf="the fourth quarter of fiscal 2024", amt_p="3 cents",
                  pp="the last quarter of its 2024 financial year")],
        ),
        G(
            "Foreign currency movements were a tailwind of {amt} per diluted share to {co_pos} earnings in {pf}.",
            "Currency swings added {amt_p} a share to {s_pos} earnings in {pp}.",
            [dict(c="tam", amt="$0.03", pf="the first quarter of fiscal 2025", amt_p="3 cents",
                  pp="the first quarter of its 2025 financial year")],
        ),
        G(
            "On a constant-currency basis, {co_pos} revenue increased {cc} in {pf}, compared with reported growth of {rep}.",
            "Stripping out currency moves, {s_pos} sales grew {cc_p} in {pp}; the reported figure was only {rep_p}.",
            [dict(c="bri", cc="14%", rep="11%", pf="the fourth quarter of fiscal 2024", cc_p="14%", rep_p="11%",
                  pp="the final quarter of its 2024 financial year")],
        ),
        G(
            "On a constant-currency basis, {co_pos} revenue increased {cc} in {pf}, compared with reported growth of {rep}.",
            "{s_pos} sales rose {rep_p} in {pp}, but only {cc_p} once currency moves are stripped out.",
            [dict(c="bri", cc="11%", rep="14%", pf="the first quarter of fiscal 2025", cc_p="11%", rep_p="14%",
                  pp="the first quarter of its 2025 financial year")],
        ),
        G(
            "{co} recognized a foreign exchange {kind} of {amt} in {pf} related to the remeasurement of {item}.",
            "{s} {verb_p} {amt_p} in {pp} because {item_p}.",
            [
                dict(c="cor", kind="loss", amt="$17.3 million", pf="the first quarter of 2024",
                     item="cash balances denominated in Argentine pesos", verb_p="lost", amt_p="about $17 million",
                     pp="the first three months of 2024", item_p="the Argentine pesos it holds lost value"),
                dict(c="cor", kind="gain", amt="$8.1 million", pf="the third quarter of 2024", item="euro-denominated debt",
                     verb_p="made", amt_p="about $8 million", pp="the July-to-September quarter of 2024",
                     item_p="its euro loans got cheaper in dollar terms"),
            ],
        ),
    ],
    "segment": [
        G(
            "{co_pos} {seg} segment reported revenue of {rev} for {pf}, {chg} {pct} year over year, with operating income of {oi}.",
            "{s_pos} {seg_p} brought in {rev_p} in {pp}, {pct} {more_p} than a year before, and made {oi_p} in operating profit.",
            [
                dict(c="mar", seg="Aerospace Components", rev="$612.4 million", pf="the second quarter of 2024", chg="up",
                     pct="9%", oi="$88.1 million", seg_p="aircraft parts business", rev_p="$612 million",
                     pp="the April-to-June quarter of 2024", more_p="more", oi_p="$88 million"),
                dict(c="mar", seg="Industrial Automation", rev="$431.0 million", pf="the second quarter of 2024", chg="down",
                     pct="6%", oi="$37.5 million", seg_p="factory equipment business", rev_p="$431 million",
                     pp="the April-to-June quarter of 2024", more_p="less", oi_p="about $38 million"),
                dict(c="mar", seg="Aerospace Components", rev="$655.8 million", pf="the third quarter of 2024", chg="up",
                     pct="12%", oi="$97.2 million", seg_p="aircraft parts business", rev_p="$656 million",
                     pp="the July-to-September quarter of 2024", more_p="more", oi_p="$97 million"),
                dict(c="pel", seg="Consumer Wireless", rev="$3.42 billion", pf="the fourth quarter of 2024", chg="up",
                     pct="2%", oi="$910 million", seg_p="mobile phone business", rev_p="$3.4 billion",
                     pp="the last three months of 2024", more_p="more", oi_p="$910 million"),
                dict(c="pel", seg="Enterprise", rev="$1.18 billion", pf="the fourth quarter of 2024", chg="down",
                     pct="4%", oi="$126 million", seg_p="unit serving business customers", rev_p="nearly $1.2 billion",
                     pp="the last three months of 2024", more_p="less", oi_p="$126 million"),
            ],
        ),
        G(
            "{co_pos} {seg} segment reported an operating loss of {loss} for {pf}, compared with operating income of "
            "{prior} in the prior-year period.",
            "{s_pos} {seg_p} lost {loss_p} in {pp}, after making {prior_p} a year earlier.",
            [dict(c="orr", seg="Freight Forwarding", loss="$14.2 million", pf="the first quarter of 2024",
                  prior="$22.6 million", seg_p="freight-forwarding arm", loss_p="about $14 million",
                  pp="the first three months of 2024", prior_p="about $23 million")],
        ),
        G(
            "{co_pos} {seg} segment accounted for {pct} of total revenue in {y}, {dir} from {prior} in {py}.",
            "{s} made {frac_p} of its {y} sales from {seg_p}, compared with {prior_p} the year before.",
            [
                dict(c="sol", seg="Data Center", pct="58%", y="2024", dir="up", prior="41%", py="2023",
                     frac_p="almost three-fifths", seg_p="data center chips", prior_p="about two-fifths"),
                dict(c="sol", seg="Automotive", pct="9%", y="2024", dir="down", prior="14%", py="2023",
                     frac_p="less than a tenth", seg_p="chips for cars", prior_p="14%"),
            ],
        ),
        G(
            "{co_pos} {seg} segment reported a combined ratio of {cr} for {pf}, compared with {prior} in the prior-year period.",
            "In {pp}, {s_pos} {seg_p} paid out about {c_p} in claims and costs for every dollar of premiums, versus "
            "{prior_p} a year earlier.",
            [
                dict(c="wre", seg="Commercial Lines", cr="94.3%", pf="the third quarter of 2024", prior="98.7%",
                     pp="the July-to-September quarter of 2024", seg_p="business insurance arm", c_p="94 cents",
                     prior_p="nearly 99 cents"),
                dict(c="wre", seg="Personal Lines", cr="103.1%", pf="the third quarter of 2024", prior="99.4%",
                     pp="the July-to-September quarter of 2024", seg_p="home and car insurance arm", c_p="$1.03",
                     prior_p="99 cents"),
            ],
        ),
    ],
    "rating": [
        G(
            "{o} downgraded {co_pos} senior unsecured rating to {new} from {old}; the outlook is {outlook}.",
            "{os} cut {s_pos} credit rating {how_p}{out_p}.",
            [
                dict(c="cor", o="hrw", new="BB", old="BB+", outlook="negative",
                     how_p="a notch deeper into junk territory, to BB", out_p=", and warned that another cut could follow"),
                dict(c="cor", o="hrw", new="BB-", old="BB", outlook="stable",
                     how_p="by one notch to BB-", out_p=", but signaled no further change for now"),
                dict(c="gan", o="hrw", new="BB+", old="BBB-", outlook="negative",
                     how_p="to junk, at BB+", out_p=", and warned it could go lower still"),
            ],
        ),
        G(
            "{o} upgraded {co_pos} {kind} rating to {new} from {old}; the outlook is stable.",
            "{os} raised {s_pos} credit rating one notch to {new}.",
            [
                dict(c="pel", o="hrw", kind="senior unsecured", new="A-", old="BBB+"),
                dict(c="qui", o="bmr", kind="long-term issuer", new="A", old="A-"),
            ],
        ),
        G(
            "{o} revised its outlook on {co} to {new} from stable and affirmed the {r} rating.",
            "{os} kept {s_pos} rating at {r} but said its next move is now more likely to be {dir_p}.",
            [
                dict(c="hal", o="bmr", new="positive", r="BBB", dir_p="an upgrade"),
                dict(c="hal", o="bmr", new="negative", r="BBB", dir_p="a downgrade"),
            ],
        ),
        G(
            "{o} placed {co_pos} ratings on review for downgrade following {event}.",
            "{os} warned it may cut {s_pos} credit rating because {event_p}.",
            [
                dict(c="ves", o="hrw", event="the company's announced acquisition of Merrin Biosciences",
                     event_p="it will borrow heavily to pay for Merrin"),
                dict(c="orr", o="bmr", event="the company's agreement to be acquired by Kelsmere Capital Partners in a leveraged buyout valued at "
                     "approximately $3.6 billion",
                     event_p="its $3.6 billion buyout by Kelsmere Capital is likely to load it with debt"),
            ],
        ),
        G(
            "{o} assigned a {r} rating to {co_pos} proposed {amt} senior notes due {y}.",
            "{os} gave {s_pos} planned {amt} bond sale a {r} rating; the bonds are due in {y}.",
            [dict(c="hal", o="hrw", r="BBB", amt="$750 million", y="2034")],
        ),
    ],
    "loan_loss": [
        G(
            "{co} recorded a provision for credit losses of {amt} in {pf}, compared with {prior} in the prior-year "
            "quarter, reflecting {reason}.",
            "{s} set aside {amt_p} for bad loans in {pp}, versus {prior_p} a year earlier, because of {reason_p}.",
            [
                dict(c="cal", amt="$184 million", pf="the second quarter of 2024", prior="$96 million",
                     reason="higher expected losses in its commercial real estate portfolio", amt_p="$184 million",
                     pp="the April-to-June quarter of 2024", prior_p="$96 million",
                     reason_p="souring loans on office buildings and other business property"),
                dict(c="cal", amt="$142 million", pf="the third quarter of 2024", prior="$121 million",
                     reason="growth in credit card balances", amt_p="$142 million",
                     pp="the July-to-September quarter of 2024", prior_p="$121 million",
                     reason_p="customers carrying bigger balances on their cards"),
                dict(c="qui", amt="$61.5 million", pf="the second quarter of 2024", prior="$73.2 million",
                     reason="an improved macroeconomic outlook", amt_p="about $62 million",
                     pp="the April-to-June quarter of 2024", prior_p="$73 million", reason_p="a brighter economic outlook"),
                dict(c="ell", amt="$38.9 million", pf="the fourth quarter of 2024", prior="$12.4 million",
                     reason="a specific reserve for a large commercial borrower in the trucking industry",
                     amt_p="nearly $39 million", pp="the last three months of 2024", prior_p="just over $12 million",
                     reason_p="one big freight hauler that borrowed from it"),
            ],
        ),
        G(
            "{co} recorded a net release of credit loss reserves of {amt} in {pf}.",
            "{s} freed up {amt_p} it had put aside for bad loans in {pp}, which boosted its profit.",
            [
                dict(c="qui", amt="$18.0 million", pf="the third quarter of 2024", amt_p="$18 million",
                     pp="the July-to-September quarter of 2024"),
                dict(c="ell", amt="$4.6 million", pf="the first quarter of 2024", amt_p="nearly $5 million",
                     pp="the first three months of 2024"),
            ],
        ),
        G(
            "{co_pos} net charge-offs were {amt}, or {r} of average loans, in {pf}, up from {pr} a year earlier.",
            "{s} wrote off {amt} of loans it doesn't expect to get back in {pp}, about {r_p} of its lending, up from {pr} a year before.",
            [
                dict(c="cal", amt="$128 million", r="0.61%", pf="the second quarter of 2024", pr="0.44%",
                     pp="the April-to-June quarter of 2024", r_p="0.6%"),
                dict(c="qui", amt="$44 million", r="0.38%", pf="the fourth quarter of 2024", pr="0.29%",
                     pp="the last three months of 2024", r_p="0.4%"),
            ],
        ),
        G(
            "{co_pos} allowance for credit losses totaled {amt}, or {pct} of total loans, at {date}.",
            "At {date_p}, {s} had {amt_p} set aside for loans that might go bad, equal to about {pct_p} of everything it had lent.",
            [
                dict(c="cal", amt="$2.41 billion", pct="1.62%", date="December 31, 2024", date_p="the end of 2024",
                     amt_p="$2.4 billion", pct_p="1.6%"),
                dict(c="ell", amt="$286.5 million", pct="1.18%", date="June 30, 2024", date_p="the end of June 2024",
                     amt_p="$287 million", pct_p="1.2%"),
            ],
        ),
    ],
    "capital": [
        G(
            "{co_pos} Common Equity Tier 1 capital ratio was {r} at {date}, compared with {pr} at {pdate}.",
            "{s_pos} key measure of capital strength {verb_p} {r} at {date_p}, from {pr} {pdate_p}.",
            [
                dict(c="cal", r="11.8%", date="September 30, 2024", pr="11.2%", pdate="December 31, 2023",
                     verb_p="rose to", date_p="the end of September 2024", pdate_p="at the end of 2023"),
                dict(c="cal", r="12.1%", date="December 31, 2024", pr="11.8%", pdate="September 30, 2024",
                     verb_p="rose to", date_p="the end of 2024", pdate_p="three months earlier"),
                dict(c="qui", r="10.4%", date="June 30, 2024", pr="10.9%", pdate="March 31, 2024",
                     verb_p="slipped to", date_p="the end of June 2024", pdate_p="three months earlier"),
                dict(c="qui", r="10.9%", date="March 31, 2025", pr="10.4%", pdate="December 31, 2024",
                     verb_p="rose to", date_p="the end of March 2025", pdate_p="three months earlier"),
            ],
        ),
        G(
            "{co} targets a Common Equity Tier 1 ratio of {lo} to {hi} over the medium term, compared with its "
            "regulatory minimum of {min}.",
            "{s} aims to keep its core capital at {range_p} of risk-weighted assets in the coming years, comfortably "
            "above the {min} regulators require.",
            [
                dict(c="qui", lo="11.0%", hi="11.5%", min="9.5%", range_p="11-11.5%"),
                dict(c="cal", lo="11.5%", hi="12.0%", min="10.2%", range_p="11.5-12%"),
            ],
        ),
        G(
            "Following the {y} supervisory stress test, {co_pos} stress capital buffer requirement was set at {scb}, "
            "{dir} from {pr}.",
            "After this year's stress test, regulators will require {s} to hold an extra {scb} of capital as a cushion, "
            "{cmp_p} the {pr} it needed before.",
            [
                dict(c="cal", y="2024", scb="3.1%", dir="up", pr="2.5%", cmp_p="more than"),
                dict(c="cal", y="2025", scb="2.5%", dir="down", pr="3.1%", cmp_p="less than"),
            ],
        ),
        G(
            "{co} reported an average liquidity coverage ratio of {lcr} for {pf}.",
            "{s} held enough easy-to-sell assets in {pp} to cover about {x_p} the cash it could lose in a 30-day crisis.",
            [dict(c="ell", lcr="128%", pf="the fourth quarter of 2024", pp="the last three months of 2024", x_p="1.3 times")],
        ),
        G(
            "{co_pos} estimated solvency ratio was {r} at {date}, above its target range of {lo} to {hi}.",
            "{s} had slightly more than twice the capital regulators require at {date_p}, above its own goal of {goal_p}.",
            [dict(c="wre", r="212%", date="June 30, 2024", lo="170%", hi="200%", date_p="the end of June 2024",
                  goal_p="1.7 to 2 times")],
        ),
    ],
    "esg": [
        G(
            "{co} has committed to reduce its absolute Scope 1 and Scope 2 greenhouse gas emissions by {pct} by {y} "
            "from a {base} baseline.",
            "{s} has promised to cut the emissions from its own operations and the energy it buys by {pct_p} by {y}, "
            "compared with {base} levels.",
            [
                dict(c="hal", pct="40%", y="2030", base="2019", pct_p="two-fifths"),
                dict(c="mar", pct="50%", y="2032", base="2021", pct_p="half"),
            ],
        ),
        G(
            "{co} has set a target of net-zero Scope 1 and Scope 2 greenhouse gas emissions by {y}.",
            "{s} aims to cancel out all of the greenhouse gases from its own operations and the energy it buys by {y}.",
            [dict(c="hal", y="2045")],
        ),
        G(
            "{co} aims to reduce the carbon intensity of its operations, measured in grams of CO2 per revenue passenger "
            "kilometer, by {pct} by {y} compared with {base}.",
            "{s} wants to cut the carbon it emits for each passenger it flies one kilometer by {pct_p} by {y}, compared with {base}.",
            [dict(c="cor", pct="20%", y="2030", base="2019", pct_p="a fifth")],
        ),
        G(
            "{co} targets sourcing {pct} of its {input} from {src} by {y}.",
            "{s} wants {pct_p} of its {input_p} to come from {src_p} by {y}.",
            [
                dict(c="cor", pct="10%", input="jet fuel", src="sustainable aviation fuel", y="2030", pct_p="a tenth",
                     input_p="fuel", src_p="cleaner, non-fossil sources"),
                dict(c="tam", pct="100%", input="electricity", src="renewable sources", y="2030", pct_p="all",
                     input_p="power", src_p="wind, solar and other renewables"),
                dict(c="tam", pct="100%", input="palm oil", src="suppliers certified as deforestation-free", y="2026",
                     pct_p="all", input_p="palm oil", src_p="suppliers certified not to have cleared forests"),
                dict(c="sol", pct="75%", input="water", src="recycled sources", y="2028", pct_p="three-quarters",
                     input_p="water", src_p="recycling"),
            ],
        ),
        G(
            "{co} aims for women to hold at least {pct} of senior leadership positions by {y}, up from {cur} today.",
            "{s} wants {pct_p} of its most senior managers to be female by {y}, up from {cur_p} now.",
            [dict(c="cal", pct="40%", y="2027", cur="31%", pct_p="at least two out of every five", cur_p="under a third")],
        ),
        G(
            "{co} withdrew its target to reduce Scope 3 emissions by {pct} by {y}, citing {reason}.",
            "{s} has dropped its goal of cutting emissions from the use of its products by {pct} by {y}, saying {reason_p}.",
            [dict(c="hal", pct="40%", y="2030", reason="the slower-than-expected adoption of electric vehicles",
                  reason_p="people are switching to electric cars more slowly than it expected")],
        ),
    ],
    "auditor": [
        G(
            "The Audit Committee of {co} approved the engagement of {o} as the company's independent registered public "
            "accounting firm for the fiscal year ending {fy}, replacing {o2}.",
            "{s} has hired {os} to audit its {y} accounts, replacing {o2s}.",
            [
                dict(c="ves", o="mgr", o2="pry", fy="December 31, 2025", y="2025"),
                dict(c="orr", o="pry", o2="mgr", fy="December 31, 2025", y="2025"),
                dict(c="gan", o="arr", o2="dkc", fy="December 31, 2024", y="2024"),
                dict(c="qui", o="dkc", o2="arr", fy="December 31, 2026", y="2026"),
            ],
        ),
        G(
            "{o} notified {co} that it will resign as the company's independent registered public accounting firm, "
            "effective {when}.",
            "{os} is quitting as {s_pos} auditor {when_p}.",
            [
                dict(c="tav", o="dkc", when="upon completion of its audit of the fiscal 2024 financial statements",
                     when_p="once it finishes auditing the accounts for the 2024 financial year"),
                dict(c="sol", o="pry", when="immediately", when_p="right away"),
            ],
        ),
        G(
            "{o_pos} report on {co_pos} {y} financial statements included an adverse opinion on the effectiveness of the "
            "company's internal control over financial reporting.",
            "{os} said {s_pos} checks on its own financial reporting were not working properly in {y}.",
            [dict(c="cor", o="arr", y="2023")],
        ),
        G(
            "{co} identified a material weakness in its internal control over financial reporting related to {area}.",
            "{s} found a serious flaw in the way it checks {area_p}.",
            [
                dict(c="bri", area="revenue recognition for contracts with multiple performance obligations",
                     area_p="the accounting for deals that bundle several products"),
                dict(c="gan", area="the valuation of real estate held for sale",
                     area_p="the values it puts on properties it plans to sell"),
            ],
        ),
        G(
            "{co} dismissed {o} as its independent registered public accounting firm following a competitive tender process.",
            "{s} dropped its auditor, {os}, after putting the job out to bid.",
            [dict(c="wre", o="mgr")],
        ),
    ],
    "going_concern": [
        G(
            "{co} disclosed that there is substantial doubt about its ability to continue as a going concern, citing {reason}.",
            "{s} warned it may not be able to stay in business, because {reason_p}.",
            [
                dict(c="rav", reason="recurring operating losses and $180.0 million of debt maturing in March 2025",
                     reason_p="it keeps losing money and has $180 million of debt due in March 2025"),
                dict(c="gan", reason="its inability to refinance $420.0 million of mortgage debt maturing within the next twelve months",
                     reason_p="it can't find new lenders for $420 million of property loans due within a year"),
                dict(c="ost", reason="negative topline results from its lead program and limited cash resources",
                     reason_p="its main drug failed in testing and it is running low on cash"),
                dict(c="tav", reason="the event of default under its term loan facility and the absence of committed financing",
                     reason_p="it broke the terms of its main loan and has no new funding lined up"),
            ],
        ),
        G(
            "{o_pos} audit report on {co_pos} {y} financial statements includes an explanatory paragraph expressing "
            "substantial doubt about the company's ability to continue as a going concern.",
            "{os}, {s_pos} auditor, has raised serious doubts that the company can survive, in its review of the {y} accounts.",
            [dict(c="rav", o="arr", y="2023"), dict(c="bra", o="dkc", y="2024")],
        ),
        G(
            "{co} concluded that the substantial doubt about its ability to continue as a going concern has been "
            "alleviated following {event}.",
            "{s} says it is no longer at risk of going under, now that {event_p}.",
            [
                dict(c="rav", event="the completion of a $250.0 million equity offering and the repayment of its $180.0 million "
                     "of debt due in March 2025",
                     event_p="it has raised $250 million from investors and paid off the $180 million of debt due in March 2025"),
                dict(c="gan", event="the refinancing of $420.0 million of mortgage debt that was scheduled to mature within "
                     "twelve months",
                     event_p="it has refinanced the $420 million of property loans that were coming due"),
            ],
        ),
        G(
            "{co} estimates that its cash and cash equivalents of {cash} will be sufficient to fund operations only into {when}.",
            "{s} has {cash_p} in the bank, which it says will last only until some time in {when_p}.",
            [
                dict(c="bra", cash="$46.3 million", when="the second quarter of 2025", cash_p="about $46 million",
                     when_p="the April-to-June quarter of 2025"),
                dict(c="ost", cash="$12.8 million", when="the fourth quarter of 2024", cash_p="about $13 million",
                     when_p="the last three months of 2024"),
            ],
        ),
    ],
    "stock_split": [
        G(
            "{co_pos} Board of Directors approved a {ratio} forward stock split, to be effected as a stock dividend, with "
            "shares expected to begin trading on a split-adjusted basis on {date}.",
            "{s} is splitting its stock {ratio_p}, giving shareholders {extra_p}, with the new shares trading from {date_p}.",
            [
                dict(c="sol", ratio="10-for-1", date="June 10, 2024", ratio_p="ten for one",
                     extra_p="nine extra shares for every share they own", date_p="June 10"),
                dict(c="bri", ratio="3-for-1", date="March 4, 2025", ratio_p="three for one",
                     extra_p="two extra shares for each one they hold", date_p="March 4"),
                dict(c="hal", ratio="3-for-2", date="September 16, 2024", ratio_p="three for two",
                     extra_p="one extra share for every two they own", date_p="September 16"),
                dict(c="ves", ratio="4-for-1", date="November 18, 2024", ratio_p="four for one",
                     extra_p="three extra shares for every share they own", date_p="November 18"),
                dict(c="pel", ratio="2-for-1", date="August 5, 2024", ratio_p="two for one",
                     extra_p="one extra share for every share they own", date_p="August 5"),
            ],
        ),
        G(
            "{co} will effect a 1-for-{n} reverse stock split, effective {date}, to regain compliance with the {exch} "
            "minimum bid price requirement.",
            "{s} will merge every {n_p} of its shares into one on {date_p}, to lift its stock price back above the $1 the exchange requires.",
            [
                dict(c="rav", n="20", date="February 3, 2025", exch="Nasdaq", n_p="20", date_p="February 3"),
                dict(c="ost", n="15", date="October 7, 2024", exch="Nasdaq", n_p="15", date_p="October 7"),
                dict(c="bra", n="8", date="December 2, 2024", exch="New York Stock Exchange", n_p="eight",
                     date_p="December 2"),
            ],
        ),
        G(
            "{co} will ask shareholders at its {y} annual meeting to approve an amendment to its certificate of "
            "incorporation to effect a {ratio} stock split.",
            "{s} wants shareholders to vote for a {ratio_p} stock split at this year's shareholder meeting.",
            [dict(c="mar", y="2025", ratio="5-for-1", ratio_p="five-for-one")],
        ),
        G(
            "{co} completed its {ratio} stock split, and its shares began trading on a split-adjusted basis on {date}.",
            "{s_pos} shares started trading at their new, lower post-split price on {date_p} after a {ratio_p} split.",
            [dict(c="sol", ratio="10-for-1", date="June 10, 2024", date_p="June 10", ratio_p="ten-for-one")],
        ),
    ],
    "executive": [
        G(
            "{co} announced that {p}, its {title}, will succeed {q} as Chief Executive Officer, effective {date}; "
            "{q_last} will {fate}.",
            "{s_pos} {title_p}, {p}, will take over as CEO from {q} on {date_p}, and {q_last} {fate_p}.",
            [
                dict(c="pel", p="Mira Okonkwo", title="Chief Operating Officer", q="Daniel Reyes", date="January 1, 2025",
                     fate="serve as executive chairman", title_p="operations chief", date_p="January 1",
                     fate_p="will stay on as executive chairman"),
                dict(c="cal", p="Priya Venkataraman", title="Chief Financial Officer", q="Robert Hale",
                     date="March 1, 2025", fate="retire", title_p="finance chief", date_p="March 1", fate_p="is retiring"),
                dict(c="sol", p="Kenji Arakawa", title="President of the Data Center Group", q="Lena Hartwig",
                     date="October 1, 2024", fate="remain on the Board of Directors", title_p="head of data center chips",
                     date_p="October 1", fate_p="will keep a seat on the board"),
            ],
        ),
        G(
            "{co} announced that {p} will step down as Chief Financial Officer, effective {date}; {q}, {qtitle}, has been "
            "named interim CFO.",
            "{s_pos} finance chief, {p}, is leaving on {date_p}, and {q} will fill in until a permanent replacement is found.",
            [
                dict(c="orr", p="Elena Sorvik", date="June 30, 2024", q="Jared Kimball",
                     qtitle="the company's Corporate Controller", date_p="June 30"),
                dict(c="sol", p="Rachel Dunmore", date="August 15, 2024", q="Victor Oyelaran",
                     qtitle="Vice President of Finance", date_p="August 15"),
            ],
        ),
        G(
            "{co_pos} Board of Directors terminated {p} as Chief Executive Officer, effective immediately, following an "
            "investigation into {reason}.",
            "{s} has fired its chief executive, {p}, after looking into {reason_p}.",
            [
                dict(c="bra", p="Gregory Lann", reason="irregularities in his expense reimbursements",
                     reason_p="his expense claims"),
                dict(c="rav", p="Alan Ferro", reason="undisclosed related-party transactions",
                     reason_p="deals with businesses linked to him that he had not disclosed"),
            ],
        ),
        G(
            "{co} appointed {p} as Chief Financial Officer, effective {date}, succeeding {q}; {p_last} previously "
            "served as Chief Financial Officer of {o}.",
            "{s} has hired {p}, formerly finance chief at {os}, to take over from {q} as CFO on {date_p}.",
            [
                dict(c="cal", p="Marcus Whitfield", date="March 1, 2025", q="Priya Venkataraman", o="ell", date_p="March 1"),
                dict(c="orr", p="Sofia Brandt", date="September 3, 2024", q="Elena Sorvik", o="dal", date_p="September 3"),
            ],
        ),
        G(
            "{co} announced that {p} has been elected Chair of its Board of Directors, succeeding {q}, who will retire "
            "from the board at the {y} annual meeting of shareholders.",
            "{p} is {s_pos} new chair, replacing {q}, who leaves the board at this year's shareholder meeting.",
            [dict(c="sol", p="Lena Hartwig", q="Peter Abernathy", y="2025")],
        ),
    ],
}


def slot_values(item):
    """Slot mapping of one pair: its own values plus the names derived from its entity and person slots."""
    m = {k: v for k, v in item.items() if k not in ("c", "o", "o2")}
    co, s, tk = ENTITIES[item["c"]]
    m.update(co=co, s=s, tk=tk, co_pos=possessive(co), s_pos=possessive(s))
    if "o" in item:
        o, os_, _ = ENTITIES[item["o"]]
        m.update(o=o, os=os_, o_pos=possessive(o), os_pos=possessive(os_))
    if "o2" in item:
        o2, o2s, _ = ENTITIES[item["o2"]]
        m.update(o2=o2, o2s=o2s)
    for k in ("p", "q"):
        if k in m:
            m[f"{k}_last"] = m[k].split()[-1]
    return m


def build_pairs(rng):
    """(formal, plain) pairs of every topic, each with a template drawn per pair, shuffled."""
    pairs = []
    for topic, groups in TOPICS.items():
        n = 0
        for formal, plain, items in groups:
            for item in items:
                m = slot_values(item)
                pairs.append((fill_frame(rng.choice(formal), m), fill_frame(rng.choice(plain), m)))
                n += 1
        assert n == PER_TOPIC, (topic, n)
    assert len({a for a, _ in pairs}) == len(pairs), "duplicate formal sentence"
    assert len({b for _, b in pairs}) == len(pairs), "duplicate plain sentence"
    rng.shuffle(pairs)
    return pairs


def main():
    rng = random.Random(SEED)
    pairs = build_pairs(rng)
    description = (
        "Bitext mining between two registers of English finance text: {n} parallel sentence pairs, each one fact\n"
        "stated in the formal register of a filing, disclosure or press release (sentence1) and in plain,\n"
        "conversational English as a journalist or a customer letter would put it (sentence2), with other wording,\n"
        "rounded figures and plain periods (\"the last three months of 2024\" for \"the fourth quarter of 2024\").\n"
        f"{len(TOPICS)} topics of {PER_TOPIC} pairs: impairments, revenue recognition, guidance, dividends, buybacks, debt issuance\n"
        "and refinancing, covenant waivers, M&A, litigation provisions, restructuring, FX effects, segment results,\n"
        "rating actions, loan loss provisions, capital ratios, ESG targets, auditor changes, going-concern doubts,\n"
        "stock splits and executive changes. Inside a topic, pairs are near-duplicate facts from shared templates\n"
        "(same company with another period or figure, another company with close figures, opposite direction,\n"
        "acquirer vs target, agreed vs completed, swapped figures), and the companies recur across topics, so\n"
        "matching needs figures, entities, periods and direction, not topic or name. Every sentence1 is matched\n"
        "to its nearest sentence2 among all of them.\n"
        "Written for this benchmark with fictional companies, people, agencies and places; generated\n"
        "deterministically by tasks/tools/finance_register_bitext_mining.py.\n"
    )
    write_bitext_task(OUT, ID_PREFIX, pairs, description)


if __name__ == "__main__":
    main()
