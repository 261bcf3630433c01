"""Generate tasks/finance/FinanceParaphrasePairClassification (pair classification, label 1 = same meaning).

Every sentence comes from the hand-written frames below; all companies, tickers, funds, people, agencies, central
banks and places are fictional. A frame is one meaning written several ways (`para`, all of which say the same
thing for the same slot values), slot values, the slots whose change alters the meaning (`key`), and `contrast`
templates that look like the first paraphrase but mean something else (direction flip, negation, swapped roles,
target instead of result, another instrument). From each frame the script draws two paraphrase pairs (label 1),
three near-duplicate pairs that differ in one material fact (label 0) and one same-topic or unrelated pair
(label 0). No sentence appears twice in the file. Standard library only; deterministic.

Run from the repository root:  python3 tasks/tools/finance_paraphrase_pair_classification.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import frame as F
from _common import generate_paraphrase_pairs, task_dir, write_paraphrase_task

SEED = 20240612
OUT = task_dir("finance", "FinanceParaphrasePairClassification")
ID_PREFIX = "fpp"
P_UNRELATED = 0.3  # share of the "other" negatives drawn from another topic instead of the same topic
P_CLOSE = 0.5  # chance that a frame gets its closest near-duplicate negative (else one more same-topic negative)


def C(co, cs, tk):
    return {"co": co, "cs": cs, "tk": tk}


COMPANIES = [
    C("Norvale Logistics", "Norvale", "NVLG"), C("Brightwater Energy", "Brightwater", "BWTR"),
    C("Kestrel Semiconductor", "Kestrel", "KSMC"), C("Halden Pharmaceuticals", "Halden", "HLDN"),
    C("Quillfield Bancorp", "Quillfield", "QLFB"), C("Marrowick Retail Group", "Marrowick", "MRWK"),
    C("Teravine Software", "Teravine", "TRVN"), C("Pellmark Mining", "Pellmark", "PMKM"),
    C("Solvane Motors", "Solvane", "SLVM"), C("Ardengrove Foods", "Ardengrove", "AGFD"),
    C("Ironcrest Insurance", "Ironcrest", "ICRI"), C("Lumera Health", "Lumera", "LUMH"),
]
QUARTERS = [{"q": "Q1", "qw": "first quarter"}, {"q": "Q2", "qw": "second quarter"},
            {"q": "Q3", "qw": "third quarter"}, {"q": "Q4", "qw": "fourth quarter"}]
FUNDS = ["Pinecrest Total Market ETF", "Harbor Lane Dividend Fund", "Summitview Short-Term Bond ETF",
         "Calloway Global Equity Fund", "Redfern Clean Energy ETF", "Whitlock Municipal Bond Fund"]
FIRMS = ["Ridley Stone Securities", "Hawthorne Capital Markets", "Peregrine & Vos", "Castellan Research"]

FRAMES = [
    # ---------------------------------------------------------------- investor questions
    F("investor", [
        "When is the ex-dividend date for {cs}'s {qw} dividend?",
        "By what date do I need to own {cs} ({tk}) shares to get the {q} dividend?",
        "What's the cutoff for holding {cs} stock if I want the {qw} payout?",
        "What is the ex-dividend date on {cs} stock for the {qw} dividend?",
    ], {"c": COMPANIES[0:6], "p": QUARTERS},
        contrast=["When is the payment date for {cs}'s {qw} dividend?",
                  "How much is {cs}'s {qw} dividend per share?"]),
    F("investor", [
        "Can I contribute to a Roth IRA if I earn more than {x} a year?",
        "Am I still eligible to put money in a Roth IRA with an income above {x}?",
        "If I make over {x} annually, am I allowed to fund a Roth IRA?",
        "Is a Roth IRA off limits once my salary goes over {x}?",
    ], {"x": ["$95,000", "$120,000", "$150,000", "$165,000", "$200,000", "$240,000"]},
        contrast=["Can I contribute to a traditional IRA if I earn more than {x} a year?",
                  "Can I convert a traditional IRA to a Roth if I earn more than {x} a year?"]),
    F("investor", [
        "What's the expense ratio on the {fund}?",
        "How much does the {fund} charge in annual fees?",
        "What percentage of my investment goes to yearly fees if I hold the {fund}?",
        "What does it cost per year, as a percent of assets, to own the {fund}?",
    ], {"fund": FUNDS},
        contrast=["What's the dividend yield on the {fund}?",
                  "What's the minimum initial investment for the {fund}?"]),
    F("investor", [
        "When does the {r}-for-1 stock split at {co} take effect?",
        "What date will {cs} ({tk}) shares start trading on a split-adjusted basis after the {r}-for-1 split?",
        "On which day does {cs}'s {r}-for-1 split become effective?",
        "When will the {r}-for-1 split of {co} stock become effective?",
    ], {"c": COMPANIES[6:12], "r": ["2", "3", "4", "10"]},
        contrast=["When does the 1-for-{r} reverse stock split at {co} take effect?"]),
    F("investor", [
        "Do I owe capital gains tax if I sell {asset} that I've held for {period}?",
        "If I've owned {asset} for {period}, is capital gains tax due when I sell?",
        "Selling {asset} after holding {it} for {period}: will I pay capital gains tax?",
    ], {"a": [{"asset": "shares", "it": "them"}, {"asset": "a rental property", "it": "it"},
              {"asset": "cryptocurrency", "it": "it"}, {"asset": "gold coins", "it": "them"}],
        "period": ["less than a year", "more than five years", "about eighteen months"]},
        contrast=["Do I owe capital gains tax if I give away {asset} that I've held for {period}?"]),
    F("investor", [
        "Can I roll my old 401(k) into {dest} without owing taxes?",
        "Is there a way to move my previous employer's 401(k) into {dest} tax-free?",
        "Will I get taxed if I transfer my old 401(k) to {dest}?",
        "Does rolling a 401(k) from a former job into {dest} trigger any tax?",
        "If I move the 401(k) from my last job into {dest}, do I have to pay tax on it?",
    ], {"dest": ["a traditional IRA", "a Roth IRA", "my new employer's plan", "a solo 401(k)"]},
        contrast=["Can I take a loan from my old 401(k) instead of moving it into {dest}?"]),
    F("investor", [
        "Where can I find {cs}'s annual report for fiscal {yr}?",
        "How do I get a copy of the fiscal {yr} 10-K filed by {co}?",
        "Is the fiscal {yr} annual filing for {co} ({tk}) available online, and where?",
        "Where do I find the fiscal {yr} annual report for {co}?",
    ], {"c": COMPANIES[3:9], "yr": ["2022", "2023", "2024"]},
        contrast=["Where can I find {cs}'s proxy statement for fiscal {yr}?",
                  "Where can I find {cs}'s quarterly report for the third quarter of fiscal {yr}?"]),
    F("investor", [
        "How do I sign up for the {cs} dividend reinvestment plan?",
        "What are the steps to have my {cs} ({tk}) dividends automatically reinvested in more shares?",
        "I'd like my {cs} dividends to buy additional shares instead of being paid in cash. How do I set that up?",
        "How can I enroll my {co} holdings in the company's DRIP?",
        "How do I join the dividend reinvestment plan for my {cs} shares?",
    ], {"c": COMPANIES},
        contrast=["How do I opt out of the {cs} dividend reinvestment plan?",
                  "How do I sign up for the {cs} employee stock purchase plan?"]),
    # ---------------------------------------------------------------- capital / balance sheet
    F("capital", [
        "{Co} {raised} its quarterly dividend {pct}% to {amt} per share.",
        "The board of {cs} approved a {pct} percent {increase} in the quarterly payout, bringing it to {amt} a share.",
        "{Cs} ({tk}) holders will now receive {amt} per share each quarter after a {pct}% dividend {hike}.",
        "{Cs} {raised} its quarterly dividend by {pct} percent, to {amt} a share.",
    ], {"c": COMPANIES[2:8], "pct": ["5", "10", "12", "20", "25"], "amt": ["$0.18", "$0.42", "$0.65", "$1.10"],
        "dir": [{"raised": "raised", "increase": "increase", "hike": "hike"},
                {"raised": "cut", "increase": "reduction", "hike": "cut"}]}),
    F("capital", [
        "The board of {co} authorized a {amt} stock buyback.",
        "{Cs} will repurchase up to {amt} of its own shares under a newly approved program.",
        "New buyback at {cs} ({tk}): directors cleared up to {amt} in share repurchases.",
        "{Co} said its board approved a share buyback of up to {amt}.",
    ], {"c": COMPANIES[5:11], "amt": ["$75 million", "$250 million", "$500 million", "$1.5 billion", "$2 billion"]},
        contrast=["The board of {co} suspended its {amt} stock buyback.",
                  "{Cs} plans to raise {amt} by selling new shares to investors."]),
    F("capital", [
        "{Co} priced {amt} of senior unsecured notes maturing in {yr} with a {rate}% coupon.",
        "{Cs} sold {amt} in {rate}% senior notes due {yr}.",
        "A {amt} offering of senior notes by {cs} ({tk}), carrying a {rate}% coupon and due in {yr}, was completed.",
        "{Co} issued {amt} of senior notes due {yr} with a {rate}% coupon.",
    ], {"c": COMPANIES[0:6], "amt": ["$500 million", "$750 million", "$1.25 billion"],
        "rate": ["4.875", "5.25", "6.125", "7.5"], "yr": ["2029", "2031", "2034"]},
        contrast=["{Co} redeemed {amt} of its {rate}% senior notes due {yr}."]),
    F("capital", [
        "{Ag} downgraded {co} to {r1} from {r2}.",
        "{Ag} lowered its rating on {co} by one notch, to {r1} from {r2}.",
        "{Cs}'s credit rating was cut to {r1} from {r2} by {ag}.",
        "{Ag} moved {cs} down a notch, from {r2} to {r1}.",
    ], {"ag": ["Corbett Ratings", "Linwood Credit Services", "Arden & Pike Ratings"], "c": COMPANIES[6:12],
        "r": [{"r1": "BBB-", "r2": "BBB"}, {"r1": "BB+", "r2": "BBB-"}, {"r1": "A-", "r2": "A"},
              {"r1": "BB", "r2": "BB+"}]},
        contrast=["{Ag} upgraded {co} to {r2} from {r1}."]),
    F("capital", [
        "We believe our existing cash of {amt} will be sufficient to fund operations for at least the next {n} months.",
        "Management expects the {amt} in cash on hand to cover operating needs for a minimum of {n} months.",
        "Our {amt} cash balance should, in our view, fund the business for no less than {n} months.",
        "We expect our current cash of {amt} to be enough to fund operations for at least {n} months.",
    ], {"amt": ["$45 million", "$92 million", "$210 million", "$1.3 billion"], "n": ["twelve", "eighteen", "twenty-four"]},
        contrast=["We do not believe our existing cash of {amt} will be sufficient to fund operations for the next {n} months."]),
    # ---------------------------------------------------------------- earnings results and calls
    F("earnings", [
        "{Co} posted {q} earnings per share of {x}, ahead of the {y} analysts expected.",
        "{Cs}'s {qw} EPS came in at {x} versus a consensus estimate of {y}.",
        "Analysts were looking for {y} a share from {co} ({tk}) in {q}, and the company delivered {x}.",
        "{Cs} reported {qw} EPS of {x}, beating the {y} consensus.",
    ], {"c": COMPANIES[0:6], "p": QUARTERS,
        "eps": [{"x": "$1.14", "y": "$1.02"}, {"x": "$0.87", "y": "$0.79"}, {"x": "$2.31", "y": "$2.05"},
                {"x": "$0.46", "y": "$0.41"}]},
        contrast=["{Co} posted {q} earnings per share of {y}, short of the {x} analysts expected."]),
    F("earnings", [
        "{Co} {cut} its {yr} revenue forecast to a range of {rng}.",
        "{Cs} now expects full-year {yr} sales of {rng}, {down} from its prior outlook.",
        "{Cs} ({tk}) {trimmed} guidance, with {yr} revenue now seen at {rng}.",
        "{Co} {cut} its full-year {yr} sales outlook to {rng}.",
    ], {"c": COMPANIES[6:12], "yr": ["2024", "2025"],
        "rng": ["$780 million to $820 million", "$1.35 billion to $1.42 billion", "$2.1 billion to $2.3 billion",
                "$4.6 billion to $4.9 billion"],
        "dir": [{"cut": "cut", "down": "down", "trimmed": "trimmed"},
                {"cut": "raised", "down": "up", "trimmed": "lifted"}]},
        contrast=["{Co} reaffirmed its {yr} revenue forecast of {rng}."]),
    F("earnings", [
        "{Margin} margin {expanded} {bp} basis points year over year to {m}%.",
        "Compared with the same quarter last year, our {margin} margin was {up} {bp} bps at {m} percent.",
        "We finished the quarter with a {m}% {margin} margin, {bp} basis points {higher} than a year ago.",
        "Our {margin} margin {expanded} by {bp} basis points from a year earlier, to {m}%.",
    ], {"margin": ["gross", "operating"], "bp": ["40", "90", "150", "220"], "m": ["29.7", "38.5", "41.2", "46.8", "52.1"],
        "dir": [{"expanded": "expanded", "up": "up", "higher": "higher"},
                {"expanded": "contracted", "up": "down", "higher": "lower"}]}),
    F("earnings", [
        "Revenue in our {seg} segment grew {pct}% in the {qw}, driven mainly by {drv}.",
        "{Drv} drove a {pct} percent increase in {seg} sales during {q}.",
        "In {q}, {seg} revenue was up {pct}%, led by {drv}.",
    ], {"seg": ["cloud", "consumer", "industrial", "payments", "medical devices"], "pct": ["6", "9", "17", "24"],
        "p": QUARTERS, "drv": ["new enterprise contracts", "higher pricing", "stronger volumes in Asia",
                               "a recovery in replacement demand"]},
        contrast=["Revenue in our {seg} segment fell {pct}% in the {qw}, despite {drv}."]),
    F("earnings", [
        "As part of the restructuring, we reduced headcount by about {pct}%.",
        "The restructuring included cutting roughly {pct} percent of our workforce.",
        "Approximately {pct}% of employee positions were eliminated under the restructuring plan.",
        "Our restructuring plan took out about {pct}% of total headcount.",
    ], {"pct": ["4", "6", "7", "10", "12", "15"]},
        contrast=["As part of the restructuring, we closed about {pct}% of our stores.",
                  "Despite the restructuring, we grew headcount by about {pct}%."]),
    F("earnings", [
        "We expect capital expenditures of roughly {amt} in {yr}, mostly for {p}.",
        "Our {yr} capex budget is about {amt}, with the bulk going toward {p}.",
        "Most of the approximately {amt} we plan to spend on capital projects in {yr} will go to {p}.",
    ], {"amt": ["$85 million", "$120 million", "$340 million", "$1.1 billion"], "yr": ["2025", "2026"],
        "p": ["new distribution centers", "data center capacity", "fleet upgrades", "plant automation"]},
        contrast=["We spent roughly {amt} on capital expenditures in {yr}, mostly for {p}."]),
    F("earnings", [
        "Inventories {rose} {pct}% from the prior quarter to {amt}.",
        "Sequentially, inventory was {up} {pct} percent, ending the quarter at {amt}.",
        "We closed the quarter with {amt} of inventory, a {pct}% {increase} versus last quarter.",
        "Compared with last quarter, inventories {rose} {pct}% to {amt}.",
    ], {"pct": ["3", "6", "9", "14"], "amt": ["$238 million", "$412 million", "$1.06 billion", "$2.7 billion"],
        "dir": [{"rose": "rose", "up": "up", "increase": "increase"},
                {"rose": "fell", "up": "down", "increase": "decrease"}]},
        contrast=["Inventories {rose} {pct}% from a year earlier to {amt}."]),
    F("earnings", [
        "{Qw} free cash flow came to {a1}, versus {a2} in the year-ago quarter.",
        "We generated {a1} of free cash flow in {q}, compared with {a2} a year earlier.",
        "Free cash flow was {a2} in last year's {qw} and {a1} this time.",
    ], {"p": QUARTERS,
        "a": [{"a1": "$184 million", "a2": "$131 million"}, {"a1": "$62 million", "a2": "$97 million"},
              {"a1": "$1.2 billion", "a2": "$940 million"}, {"a1": "$310 million", "a2": "$305 million"}]},
        contrast=["{Qw} free cash flow came to {a2}, versus {a1} in the year-ago quarter."]),
    F("earnings", [
        "Monthly churn improved to {x}% from {y}% a year ago.",
        "We cut monthly customer churn from {y}% last year to {x}%.",
        "Only {x}% of customers cancelled each month, down from {y}% in the prior year.",
        "Month-to-month customer losses fell to {x}% from {y}% twelve months earlier.",
        "Monthly customer churn improved to {x}% from {y}% last year.",
    ], {"ch": [{"x": "1.8", "y": "2.4"}, {"x": "3.1", "y": "3.9"}, {"x": "0.9", "y": "1.3"}, {"x": "2.2", "y": "2.6"},
               {"x": "4.5", "y": "5.8"}, {"x": "1.1", "y": "1.7"}]},
        contrast=["Monthly churn worsened to {y}% from {x}% a year ago."]),
    F("earnings", [
        "Can you walk us through what drove the {bp} basis point {decline} in {seg} margins this quarter?",
        "What caused {seg} margins to {contract} by {bp} bps in the quarter?",
        "Could you explain the {bp}-basis-point {drop} in {seg} margin we saw this quarter?",
    ], {"seg": ["North America", "wholesale", "services", "international"], "bp": ["80", "120", "250"],
        "dir": [{"decline": "decline", "contract": "contract", "drop": "drop"},
                {"decline": "improvement", "contract": "expand", "drop": "increase"}]},
        contrast=["Can you walk us through what drove the {bp} basis point {decline} in {seg} margins you expect next year?"]),
    F("earnings", [
        "How are you prioritizing {a} versus {b} in {yr}?",
        "How do you rank {a} relative to {b} in your capital allocation for {yr}?",
        "Can you talk about how you'll weigh {a} against {b} in {yr}?",
    ], {"ab": [{"a": "share buybacks", "b": "paying down debt"}, {"a": "dividend growth", "b": "acquisitions"},
               {"a": "capital spending", "b": "buybacks"}, {"a": "debt reduction", "b": "M&A"}],
        "yr": ["2025", "2026"]}),
    # ---------------------------------------------------------------- deals
    F("deals", [
        "{Acq} agreed to buy {tgt} for {amt} in cash.",
        "{Tgt} will be acquired by {acq} in an all-cash deal valued at {amt}.",
        "In a {amt} cash transaction, {acqs} is taking over {tgt}.",
    ], {"d": [{"acq": "Norvale Logistics", "acqs": "Norvale", "tgt": "Carrick Freight"},
              {"acq": "Teravine Software", "acqs": "Teravine", "tgt": "Bluefen Analytics"},
              {"acq": "Lumera Health", "acqs": "Lumera", "tgt": "Oakridge Diagnostics"},
              {"acq": "Quillfield Bancorp", "acqs": "Quillfield", "tgt": "Harmon Savings Bank"},
              {"acq": "Ardengrove Foods", "acqs": "Ardengrove", "tgt": "Sunvale Snacks"}],
        "amt": ["$410 million", "$640 million", "$1.8 billion", "$3.2 billion"]},
        contrast=["{Tgt} agreed to buy {acq} for {amt} in cash.",
                  "{Acq} agreed to buy {tgt} for {amt} in stock."]),
    F("deals", [
        "{Co} priced its IPO at {p} a share, above the {rng} range it had marketed.",
        "{Cs}'s initial public offering priced at {p} per share, topping the expected {rng} band.",
        "{Co} sold shares in its IPO at {p}, more than the {rng} indicated to investors.",
        "{Co} set its IPO price at {p} per share, above its marketed range of {rng}.",
    ], {"c": [C("Veltrix Robotics", "Veltrix", "VLTX"), C("Cobaltine Payments", "Cobaltine", "CBLT"),
              C("Marisol Biotherapeutics", "Marisol", "MRSB"), C("Greenhollow Farms", "Greenhollow", "GHFM")],
        "pr": [{"p": "$24", "rng": "$19-$21"}, {"p": "$31", "rng": "$26-$28"}, {"p": "$16", "rng": "$12-$14"},
               {"p": "$42", "rng": "$36-$38"}]},
        contrast=["{Co} postponed its IPO, which had been marketed at {rng} a share."]),
    F("deals", [
        "Regulators approved {acqs}'s {amt} acquisition of {tgt}.",
        "{Acq} won regulatory clearance for its {amt} deal to buy {tgt}.",
        "The {amt} takeover of {tgt} by {acq} has been cleared by regulators.",
    ], {"d": [{"acq": "Kestrel Semiconductor", "acqs": "Kestrel", "tgt": "Novalight Photonics"},
              {"acq": "Brightwater Energy", "acqs": "Brightwater", "tgt": "Tidewell Power"},
              {"acq": "Marrowick Retail Group", "acqs": "Marrowick", "tgt": "Fennick Home Stores"},
              {"acq": "Ironcrest Insurance", "acqs": "Ironcrest", "tgt": "Keystead Mutual"}],
        "amt": ["$950 million", "$2.4 billion", "$5.1 billion"]},
        contrast=["Regulators blocked {acqs}'s {amt} acquisition of {tgt}."]),
    # ---------------------------------------------------------------- analyst notes
    F("analyst", [
        "{Firm} raised its price target on {cs} ({tk}) to {pt} from {old} and kept its {rt} rating.",
        "{Firm} analysts lifted their {cs} target to {pt}, up from {old}, while maintaining {a_rt} rating.",
        "{Cs} ({tk}): {firm} now sees the stock at {pt}, previously {old}, with the rating unchanged at {rt}.",
    ], {"firm": FIRMS, "c": COMPANIES[0:6],
        "pt": [{"pt": "$48", "old": "$42"}, {"pt": "$125", "old": "$110"}, {"pt": "$19", "old": "$16"},
               {"pt": "$310", "old": "$285"}],
        "rt": [{"rt": "Buy", "a_rt": "a Buy"}, {"rt": "Hold", "a_rt": "a Hold"},
               {"rt": "Outperform", "a_rt": "an Outperform"}]},
        contrast=["{Firm} cut its price target on {cs} ({tk}) to {old} from {pt} and kept its {rt} rating."]),
    F("analyst", [
        "{Firm} began covering {co} with {a_rt} rating and a {pt} price target.",
        "{Firm} started coverage on {cs} ({tk}) at {rt}, setting a {pt} target.",
        "{Cs} picked up new coverage from {firm}, which rates it {rt} with a {pt} target.",
    ], {"firm": FIRMS, "c": COMPANIES[6:12],
        "rt": [{"rt": "Overweight", "a_rt": "an Overweight"}, {"rt": "Underweight", "a_rt": "an Underweight"},
               {"rt": "Neutral", "a_rt": "a Neutral"}],
        "pt": ["$36", "$54", "$64", "$142"]},
        contrast=["{Firm} dropped coverage of {co}, which it had rated {rt} with a {pt} price target."]),
    F("analyst", [
        "We see downside risk to consensus estimates for {cs} given softer {drv}.",
        "The weakness in {drv} leads us to believe {cs} could fall short of Street expectations.",
        "With {drv} slowing, we think results at {co} ({tk}) may come in below consensus.",
        "We think {co} faces downside risk to consensus numbers given weakening {drv}.",
    ], {"c": COMPANIES[2:8], "drv": ["ad spending", "freight volumes", "housing starts", "consumer electronics demand",
                                     "enterprise software budgets", "air travel bookings"]},
        contrast=["We see upside risk to consensus estimates for {cs} given stronger {drv}."]),
    F("analyst", [
        "Short interest in {cs} ({tk}) {rose} to {pct}% of the float as of {date}.",
        "As of {date}, {pct} percent of {cs}'s float was sold short, {up} from the prior reading.",
        "Bearish bets against {co} {climbed}, with short interest at {pct}% of float on {date}.",
        "Short interest in {co} {rose} to {pct} percent of its float on {date}.",
    ], {"c": COMPANIES[4:10], "pct": ["6.2", "11.8", "18.4", "24.9"], "date": ["March 15", "June 30", "September 15"],
        "dir": [{"rose": "rose", "up": "up", "climbed": "climbed"}, {"rose": "fell", "up": "down", "climbed": "eased"}]}),
    F("analyst", [
        "{Name}, {role} of {co}, {sold} {n} shares on {date}.",
        "On {date}, {cs}'s {role2} {name} {sold2} {n} shares of the company's stock.",
        "A filing shows {co} {role3} {name} {sold3} {n} company shares on {date}.",
    ], {"c": COMPANIES[0:4], "name": ["Elena Marsh", "Tobias Rehn", "Gwen Adeyemi"],
        "role": [{"role": "chief financial officer", "role2": "finance chief", "role3": "CFO"},
                 {"role": "chief executive officer", "role2": "chief executive", "role3": "CEO"}],
        "act": [{"sold": "sold", "sold2": "offloaded", "sold3": "disposed of"},
                {"sold": "bought", "sold2": "purchased", "sold3": "acquired"}],
        "n": ["12,000", "45,500", "150,000"], "date": ["May 2", "August 14", "November 20"]}),
    # ---------------------------------------------------------------- markets and news
    F("markets", [
        "{Co} shares {fell} {pct}% after {ev}.",
        "{Cs} ({tk}) {dropped} {pct} percent as investors reacted to {ev}.",
        "Stock in {cs} {slid} {pct}% following {ev}.",
    ], {"c": COMPANIES[6:12], "pct": ["4", "7", "11", "18"],
        "ev": ["its quarterly report", "the CEO's resignation", "news of a merger", "a court ruling on its patents",
               "a product recall"],
        "dir": [{"fell": "fell", "dropped": "dropped", "slid": "slid"},
                {"fell": "rose", "dropped": "jumped", "slid": "climbed"}]}),
    F("markets", [
        "The {cb} {raised} its benchmark rate by {bp} basis points to {r}%.",
        "Policymakers at the {cb} {lifted} the key interest rate {bp} bps, taking it to {r} percent.",
        "A {bp}-basis-point {hike} by the {cb} brings the policy rate to {r}%.",
        "The {cb} {raised} its policy rate {bp} basis points, to {r} percent.",
    ], {"cb": ["Reserve Bank of Veloria", "Estmark Central Bank", "Monetary Authority of Cardessa"],
        "bp": ["25", "50", "75"], "r": ["3.25", "4.5", "5.75"],
        "dir": [{"raised": "raised", "lifted": "lifted", "hike": "hike"},
                {"raised": "cut", "lifted": "lowered", "hike": "cut"}]},
        contrast=["The {cb} held its benchmark rate at {r}%, resisting calls for a {bp}-basis-point move."]),
    F("markets", [
        "{Co} to cut {n} jobs as it closes its {site}.",
        "About {n} workers will lose their jobs when {cs} shuts down its {site}.",
        "{Cs} plans {n} layoffs tied to the closure of its {site}.",
    ], {"c": COMPANIES[0:6], "n": ["300", "850", "1,200", "2,400"],
        "site": ["Dunmore Falls plant", "Westbury distribution center", "Port Aldry call center", "Calder Ridge smelter"]},
        contrast=["{Co} to hire {n} workers as it expands its {site}."]),
    F("markets", [
        "{Cm} prices {rose} {pct}% this week on {cause}.",
        "{Cm} {rallied} {pct} percent over the week amid {cause2}.",
        "Driven by {cause3}, {cm} {gained} {pct}% this week.",
    ], {"cm": ["copper", "crude oil", "wheat", "coffee", "aluminum", "natural gas"], "pct": ["3", "5", "8", "12"],
        "dir": [{"rose": "rose", "rallied": "rallied", "gained": "gained", "cause": "worries about supply",
                 "cause2": "supply fears", "cause3": "concerns over tight supply"},
                {"rose": "fell", "rallied": "slid", "gained": "lost", "cause": "signs of weaker demand",
                 "cause2": "fading demand", "cause3": "worries that demand is cooling"}]}),
    F("markets", [
        "{Co} will report {qw} results on {date} {t1}.",
        "{Cs} is scheduled to release {q} earnings {t2} on {date}.",
        "{Cs} ({tk}) plans to announce its {qw} results on {date}, {t3}.",
        "{Co} will release its {q} results on {date} {t1}.",
    ], {"c": COMPANIES[6:12], "p": QUARTERS, "date": ["February 6", "April 24", "July 30", "October 28"],
        "t": [{"t1": "after the market close", "t2": "after the bell", "t3": "once the market has closed"},
              {"t1": "before the market opens", "t2": "before the opening bell", "t3": "ahead of the market open"}]},
        contrast=["{Co} will hold its annual shareholder meeting on {date} {t1}."]),
    F("markets", [
        "Investors {pulled} a net {amt} {from} the {fund} during {month}.",
        "In {month}, the {fund} recorded net {flow} of {amt}.",
        "The {fund} saw {amt} of net {flow} in {month}.",
    ], {"fund": FUNDS, "month": ["January", "March", "August", "November"],
        "amt": ["$85 million", "$340 million", "$1.2 billion"],
        "dir": [{"pulled": "pulled", "from": "out of", "flow": "outflows"},
                {"pulled": "put", "from": "into", "flow": "inflows"}]}),
    # ---------------------------------------------------------------- ESG
    F("esg", [
        "We cut Scope {sc} emissions by {pct}% against our {yr} baseline.",
        "Compared with {yr} levels, our Scope {sc} emissions are down {pct} percent.",
        "Our Scope {sc} footprint is now {pct}% lower than in the {yr} base year.",
    ], {"sc": ["1 and 2", "3"], "pct": ["18", "27", "35", "42"], "yr": ["2019", "2020", "2021"]},
        contrast=["We aim to cut Scope {sc} emissions by {pct}% against our {yr} baseline by 2030."]),
    F("esg", [
        "In {yr}, renewable sources supplied {pct}% of the electricity our operations used.",
        "{pct}% of our operational power came from renewables in {yr}.",
        "Renewables accounted for {pct} percent of our operations' electricity consumption in {yr}.",
    ], {"pct": ["38", "54", "67", "81", "92"], "yr": ["2022", "2023", "2024"]},
        contrast=["In {yr}, renewable sources supplied {pct}% of the electricity used by our suppliers."]),
    F("esg", [
        "Women now hold {n} of the {m} seats on our board of directors.",
        "Our {m}-member board includes {n} women.",
        "{N} out of {m} directors on our board are women.",
    ], {"n": ["three", "four", "five"], "m": ["nine", "eleven", "twelve"]},
        contrast=["Independent directors now hold {n} of the {m} seats on our board of directors."]),
    F("esg", [
        "In {yr} we audited {n} suppliers and ended {k} relationships because of labor violations.",
        "Labor violations led us to terminate {k} supplier relationships in {yr}, out of {n} audits conducted.",
        "Of the {n} suppliers we audited during {yr}, {k} were dropped for breaching labor standards.",
    ], {"yr": ["2023", "2024"], "n": ["85", "120", "340"], "k": ["4", "9", "12"]},
        contrast=["In {yr} we audited {n} suppliers and ended {k} relationships because of environmental violations."]),
    # ---------------------------------------------------------------- filings and disclosures
    F("filing", [
        "We are a defendant in a lawsuit alleging {claim}, which we believe is without merit.",
        "A suit has been filed against us claiming {claim}, and in our view the claims lack merit.",
        "We consider the pending lawsuit accusing us of {claim2} to be without merit.",
        "We intend to vigorously defend a lawsuit in which we are accused of {claim2}, a claim we believe has no merit.",
    ], {"cl": [{"claim": "patent infringement", "claim2": "infringing patents"},
               {"claim": "breach of a supply contract", "claim2": "breaching a supply contract"},
               {"claim": "misleading statements to investors", "claim2": "misleading investors"},
               {"claim": "wrongful termination of a distributor", "claim2": "wrongfully terminating a distributor"},
               {"claim": "antitrust violations", "claim2": "violating antitrust laws"}]},
        contrast=["We have filed a lawsuit against a competitor alleging {claim}.",
                  "We settled a lawsuit alleging {claim} for an amount that was not material."]),
    F("filing", [
        "Our largest customer accounted for approximately {pct}% of net sales in fiscal {yr}.",
        "In fiscal {yr}, roughly {pct} percent of our net sales came from our single largest customer.",
        "About {pct}% of fiscal {yr} net sales were to our biggest customer.",
    ], {"pct": ["11", "14", "19", "23", "31"], "yr": ["2023", "2024"]},
        contrast=["Our three largest customers accounted for approximately {pct}% of net sales in fiscal {yr}."]),
    F("filing", [
        "A hypothetical {pct}% strengthening of the U.S. dollar would have reduced our revenue by about {amt}.",
        "Had the dollar been {pct} percent stronger, revenue would have been roughly {amt} lower.",
        "We estimate that a {pct}% rise in the U.S. dollar would have cut revenue by approximately {amt}.",
    ], {"pct": ["5", "10"], "amt": ["$7 million", "$18 million", "$42 million", "$96 million", "$130 million"]},
        contrast=["A hypothetical {pct}% weakening of the U.S. dollar would have increased our revenue by about {amt}."]),
    F("filing", [
        "We lease our {city} headquarters under an agreement that expires in {yr}.",
        "Our head office in {city} is leased, with the lease running through {yr}.",
        "The lease on our {city} headquarters building ends in {yr}.",
    ], {"city": ["Harrowgate Point", "Lindell", "New Carrow", "Bellmere", "Stanmoor"], "yr": ["2027", "2030", "2033"]},
        contrast=["We own our {city} headquarters building, financed by a mortgage that matures in {yr}."]),
    F("filing", [
        "Starting with {q} {yr}, {seg} will be reported as its own segment.",
        "Beginning in the {qw} of {yr}, we plan to break out {seg} as a separate reportable segment.",
        "{Seg} will become a standalone reporting segment from {q} {yr}.",
    ], {"seg": ["our advertising business", "the services unit", "international operations", "the payments division"],
        "p": QUARTERS, "yr": ["2025", "2026"]},
        contrast=["Starting with {q} {yr}, {seg} will no longer be reported as its own segment."]),
    # ---------------------------------------------------------------- customer banking
    F("banking", [
        "How do I dispute a {amt} charge on my {card} that I don't recognize?",
        "There's a {amt} transaction on my {card} I never made. How do I contest it?",
        "I want to challenge an unfamiliar {amt} charge on my {card}. What are the steps?",
        "How can I dispute an unrecognized {amt} charge on my {card}?",
    ], {"amt": ["$37.50", "$79.99", "$412.00", "$1,250", "$2,999"], "card": ["credit card", "debit card", "corporate card"]},
        contrast=["How do I cancel a pending {amt} charge on my {card} that I made by mistake?"]),
    F("banking", [
        "How long does it take for a wire transfer in {cur} to reach the recipient?",
        "If I send {a_cw} wire today, when will the other bank receive it?",
        "What's the typical arrival time for an outgoing {cw} wire?",
        "When does money sent by international wire in {cur} usually land in the receiving account?",
    ], {"cur": [{"cur": "euros", "cw": "euro", "a_cw": "a euro"}, {"cur": "yen", "cw": "yen", "a_cw": "a yen"},
                {"cur": "Canadian dollars", "cw": "Canadian dollar", "a_cw": "a Canadian dollar"},
                {"cur": "Swiss francs", "cw": "Swiss franc", "a_cw": "a Swiss franc"},
                {"cur": "pounds sterling", "cw": "sterling", "a_cw": "a sterling"},
                {"cur": "Mexican pesos", "cw": "peso", "a_cw": "a peso"}]},
        contrast=["How much does it cost to send a wire transfer in {cur}?",
                  "Can I cancel a wire transfer in {cur} after I've sent it?"]),
    F("banking", [
        "Is it worth refinancing my {loan} if current rates are {r} lower than what I'm paying?",
        "Rates are now about {r} below the rate on my {loan}. Should I refinance?",
        "Would refinancing my {loan} pay off when market rates sit {r} under my existing rate?",
    ], {"loan": ["30-year mortgage", "15-year mortgage", "home equity loan"],
        "r": ["half a percentage point", "one percentage point", "1.5 percentage points", "two percentage points"]},
        contrast=["Is it worth paying points on my {loan} to lower the rate by {r}?"]),
    F("banking", [
        "Why was I charged a {amt} {fee} fee on my {acct}?",
        "My {acct} shows a {amt} {fee} fee. Why did I get charged that?",
        "What's this {amt} {fee} fee that showed up on my {acct}?",
    ], {"fee": ["overdraft", "monthly maintenance", "foreign transaction", "wire"], "amt": ["$4.50", "$12", "$25", "$35"],
        "acct": ["checking account", "joint account"]}, key=["fee", "amt"],
        contrast=["How do I get a refund of the {amt} {fee} fee on my {acct}?"]),
    F("banking", [
        "How do I request a higher credit limit on my {card}?",
        "What's the process for getting the limit on my {card} raised?",
        "Can I ask the bank to bump up the spending limit on my {card}, and how?",
        "I'd like more available credit on my {card}. How do I apply for an increase?",
    ], {"card": ["Platinum Rewards card", "student credit card", "business credit card", "secured credit card",
                 "travel card"]},
        contrast=["How do I request a lower credit limit on my {card}?",
                  "How do I request a lower interest rate on my {card}?"]),
    F("banking", [
        "I lost my {card}. How do I freeze it right away?",
        "My {card} is missing. What's the quickest way to lock it?",
        "Can I temporarily block my {card}? I can't find it anywhere.",
        "Misplaced my {card}, how can I stop anyone from using it until I find it?",
    ], {"card": ["debit card", "credit card", "corporate card", "Platinum Rewards card", "HSA card"]},
        contrast=["I found my {card} again. How do I unfreeze it?",
                  "I lost my {card}. How do I order a replacement?"]),
    F("banking", [
        "If my employer pays on {day}, when will the direct deposit hit my account?",
        "Payday is {day}. When does the direct deposit usually show up in my balance?",
        "When should I expect my {day2} paycheck to appear via direct deposit?",
        "How soon after my employer sends payroll on {day} can I use the money from direct deposit?",
    ], {"d": [{"day": "Friday", "day2": "Friday"}, {"day": "the 15th", "day2": "mid-month"},
              {"day": "the last day of the month", "day2": "end-of-month"}, {"day": "Monday", "day2": "Monday"},
              {"day": "Wednesday", "day2": "Wednesday"}]},
        contrast=["If my employer pays on {day}, when will a paper paycheck clear?"]),
    F("banking", [
        "How do I add {who} to my {acct} as a joint owner?",
        "What do I need to make {who} a joint holder on my {acct}?",
        "Can {who} be added to my {acct} so we both own it? How?",
    ], {"who": ["my spouse", "my adult son", "my business partner", "my elderly mother"],
        "acct": ["checking account", "savings account", "brokerage account"]},
        contrast=["How do I remove {who} from my {acct} as a joint owner?",
                  "How do I add {who} to my {acct} as a beneficiary?"]),
    F("banking", [
        "Is there a penalty for paying off my {loan} early?",
        "Will I be charged a fee if I repay my {loan} ahead of schedule?",
        "Does paying my {loan} off before the end of the term trigger a prepayment fee?",
        "If I clear my {loan} balance early, do I owe any prepayment penalty?",
    ], {"loan": ["auto loan", "mortgage", "personal loan", "student loan", "home equity loan", "small business loan"]},
        contrast=["Is there a penalty for making a late payment on my {loan}?"]),
]


DESCRIPTION = (
    "Paraphrase / duplicate detection on English finance text: investor and retail-banking questions, earnings "
    "results and call remarks, analyst notes, market headlines, ESG statements and filing disclosures, all about "
    "fictional companies, tickers, funds and central banks. {n} pairs, {pos} labelled 1 (same meaning, usually "
    "reworded with little word overlap, e.g. ticker vs company name, Q2 vs second quarter) and {neg} labelled 0: "
    "mostly near-duplicates that change one material fact (a figure, period, company, direction up/down, negation, "
    "swapped roles, target vs result or another instrument), plus same-topic and a few unrelated pairs. Generated "
    "deterministically by tasks/tools/finance_paraphrase_pair_classification.py from hand-written templates and slot "
    "values; no sentence repeats."
)


def main():
    pairs = generate_paraphrase_pairs(random.Random(SEED), FRAMES, P_UNRELATED, P_CLOSE)
    write_paraphrase_task(OUT, ID_PREFIX, pairs, DESCRIPTION)


if __name__ == "__main__":
    main()
