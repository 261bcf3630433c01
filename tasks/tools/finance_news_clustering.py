"""Generate tasks/finance/FinanceNewsClustering (clustering, v_measure).

Financial headlines, wire-style sentences and analyst blurbs in eight topics. Every template and slot value below
was written for this benchmark; all companies, tickers, central banks, regulators, tokens and people are
fictional. Deterministic: running it twice gives byte-identical files. Standard library only.

Usage (from the repo root): python3 tasks/tools/finance_news_clustering.py
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import labelled_rows, sample_topic_texts, task_dir, upper_first, write_jsonl, write_task_yaml

SEED = 9053
PER_TOPIC = 60
WIRE_PROB = 0.2
OUT = task_dir("finance", "FinanceNewsClustering")

# ---------------------------------------------------------------- slot values (all fictional)
# Entity pools: "{co}" gives the name, "{co_tk}" the ticker of the same entity in that text.
ENTITIES = {
    "co": [("Halvern Industries", "HLVN"), ("Norvale Group", "NRVG"), ("Brightwater Foods", "BWFD"),
           ("Quillon Systems", "QLSN"), ("Tandem Freight", "TDFR"), ("Castellan Retail", "CSTR"),
           ("Kestrel Aerospace", "KSTA"), ("Vantor Chemicals", "VNTC"), ("Ashgrove Holdings", "ASGH"),
           ("Merrow Consumer Brands", "MRCB"), ("Dunmore Logistics", "DNML"), ("Sable Ridge Software", "SBRS"), ("Corvane Media", "CRVM"),
           ("Larchfield Paper", "LRFP")],
    "tech": [("Quillon Systems", "QLSN"), ("Sable Ridge Software", "SBRS"), ("Corvane Media", "CRVM"),
             ("Nexora Cloud", "NXRC")],
    "chip": [("Halcyne Semiconductor", "HLCS"), ("Aldercore Micro", "ALDM"), ("Kestrix Devices", "KSTX")],
    "retail": [("Castellan Retail", "CSTR"), ("Merrow Consumer Brands", "MRCB"), ("Fennick Stores", "FNKS"),
               ("Larkspur Outfitters", "LKOU")],
    "food": [("Brightwater Foods", "BWFD"), ("Hollis Confectionery", "HLCF"), ("Merrow Consumer Brands", "MRCB")],
    "pharma": [("Orrin Pharmaceuticals", "ORPH"), ("Velmont Biosciences", "VLBX"), ("Calder Therapeutics", "CLDT")],
    "bank": [("Halden Bancorp", "HDBC"), ("First Westmarch Bank", "FWMB"), ("Ostrava Savings", "OSVB"),
             ("Meridane Financial", "MRDF"), ("Coppergate Bank", "CPGB"), ("Baymont Trust", "BYMT")],
    "oil": [("Norvale Energy", "NRVE"), ("Redcliffe Petroleum", "RCPT"), ("Sandmere Oil & Gas", "SMOG"),
            ("Greyhaven Resources", "GHRS")],
    "miner": [("Pellrow Mining", "PLRM"), ("Ironvale Metals", "IRVM"), ("Cobalt Crest", "CBCR"),
              ("Tarrant Copper", "TRCU")],
    "airline": [("Skylark Air", "SKLA"), ("Velaro Airways", "VLRA"), ("Northbound Airlines", "NBAL")],
    "insurer": [("Meridane Insurance", "MRDN"), ("Stoneward Re", "STWR"), ("Castor Mutual", "CSMU")],
    "utility": [("Ashgrove Utilities", "ASGU"), ("Lenn Valley Power", "LVPW"), ("Eastmoor Energy", "EMEN")],
    "exch": [("Coinvault", "CVLT"), ("Blockharbor", "BKHB"), ("Tesseract", "TSRX"), ("Nimbus Trade", "NMBT")],
    "btcminer": [("Hashgrove Digital", "HSHG"), ("Coldforge Mining", "CFMN"), ("Blockyard Compute", "BLYC")],
    "coin": [("Vantacoin", "VNT"), ("Solvane", "SVN"), ("Kyro", "KYR"), ("Orbit", "ORB"), ("Lumera", "LMR"),
             ("Driftchain", "DRFT")],
    "cb": [("the Norland Reserve", "Norland dollar"), ("the Bank of Estoria", "Estorian crown"),
           ("the Valdrian Central Bank", "Valdrian mark"), ("the Reserve Bank of Caldera", "Calderan peso"),
           ("the Seravian Monetary Authority", "Seravian lira")],
}
POOLS = {
    "reg": ["the Securities Oversight Commission", "the Financial Conduct Board", "the Prudential Supervision Authority",
            "the Estorian Markets Authority", "the Consumer Finance Bureau"],
    "ra": ["Harrow Ratings", "Meridian Credit Ratings", "Castor & Vale"],
    "firm": ["Pryce Capital", "Halden & Roe", "Ostrander Securities", "Beckwith Partners", "Larchmont Research"],
    "pe": ["Greystone Harbour Partners", "Alder Peak Capital", "Corran Equity", "Whitfield Crane"],
    "am": ["Fairhaven Asset Management", "Tallis Investors", "Northlight Capital", "Brookvale Pension Fund"],
    "stable": ["USDV", "NorthUSD", "PegDollar"],
    "defi": ["Lendora", "Swapwell", "Aquifer Finance", "Tidepool"],
    "country": ["Estoria", "Valdria", "Seravia", "Caldera", "Norland"],
    "grain": ["the southern grain belt", "the Halden plains", "Valdria's northern farmland"],
    "coffee": ["Seravia's highland growing areas", "the Calderan highlands"],
    "mpc": ["7-2", "6-3", "5-4", "8-1", "9-0"],
    "first": ["Amara", "Jonah", "Priya", "Tomasz", "Elena", "Marcus", "Ingrid", "Kofi", "Sofia", "Declan",
              "Hana", "Rafael", "Maeve", "Oskar", "Leila", "Callum", "Noor", "Mateo"],
    "last": ["Okafor", "Lindqvist", "Carraway", "Moreau", "Haldane", "Petrov", "Vance", "Torvik", "Delacroix",
             "Ferris", "Nakamura", "Brennan", "Whitlock", "Castellano", "Rourke", "Hartigan", "Strand", "Ivers"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "September", "October",
              "November", "December"],
    "q": ["first", "second", "third", "fourth"],
}


def f1(lo, hi):
    return lambda r: f"{r.uniform(lo, hi):.1f}"


def f2(lo, hi):
    return lambda r: f"{r.uniform(lo, hi):.2f}"


def ri(lo, hi):
    return lambda r: str(r.randint(lo, hi))


FUNCS = {
    "person": lambda r: f"{r.choice(POOLS['first'])} {r.choice(POOLS['last'])}",
    "pct": lambda r: f"{r.uniform(1.5, 19):.1f}%",
    "small": lambda r: f"{r.uniform(0.4, 3.9):.1f}%",
    "eps": f2(0.35, 4.8),
    "rev": f1(1.2, 48),
    "margin": ri(14, 58),
    "ni": ri(40, 940),
    "deal": f1(1.4, 62),
    "px": f2(11, 190),
    "bp": lambda r: r.choice(["25", "50", "25", "75"]),
    "rate": lambda r: f"{r.randint(4, 26) * 0.25:.2f}",
    "infl": f1(1.7, 6.9),
    "yld": f2(2.6, 8.9),
    "cpn": lambda r: f"{r.randrange(2750, 9000, 125) / 1000:g}",
    "yy": ri(28, 36),
    "lev": f1(3.1, 6.2),
    "fy": ri(25, 27),
    "qn": ri(1, 4),
    "amt": f1(0.5, 6.5),
    "amtm": ri(12, 880),
    "n": ri(2, 9),
    "x": ri(1, 9),
    "mbbl": f1(1.2, 9.8),
    "bbl": f2(58, 97),
    "oz": lambda r: f"{r.randint(2, 3)},{r.randint(100, 999)}",
    "coinpx": lambda r: f"{r.randint(1, 89)},{r.randint(100, 999)}",
    "votes": lambda r: (lambda a: f"{a}-{r.randint(1, a - 1)}")(r.randint(5, 8)),
    "share": ri(18, 42),
    "bn": ri(110, 480),
    "few": ri(2, 4),
    "bblr": ri(60, 95),
    "inflhi": f1(3.4, 6.9),
    "infllo": f1(2.1, 3.3),
    "finesm": ri(3, 95),
    "ironpx": ri(88, 134),
    "cu": lambda r: f"{r.randint(8, 11)},{r.randint(100, 999)}",
    "agpx": f2(27, 44),
}
# Slots derived from another slot of the same text, so that stated comparisons hold ("beat" means actual > estimate).
DERIVED = {
    "epsest": lambda r, c: f"{max(0.05, float(c['eps']) - r.uniform(0.02, 0.28)):.2f}",
    "revest": lambda r, c: f"{float(c['rev']) * r.uniform(0.94, 0.985):.1f}",
    "revhi": lambda r, c: f"{float(c['rev']) + r.uniform(0.4, 2.5):.1f}",
    "niprev": lambda r, c: f"{int(int(c['ni']) * r.uniform(1.15, 1.9)):,}",
    "marginprev": lambda r, c: str(int(c["margin"]) + r.randint(1, 6)),
    "shareprev": lambda r, c: str(int(c["share"]) - r.randint(4, 12)),
}
DIGITS = "0123456789"


def fill(template, r):
    ctx = {}

    def entity(pool, key):
        if key not in ctx:
            used = {v[0] for k, v in ctx.items() if isinstance(v, tuple)}
            choices = [e for e in ENTITIES[pool] if e[0] not in used]
            ctx[key] = r.choice(choices)
        return ctx[key]

    def repl(m):
        name = m.group(1)
        key, _, attr = name.partition("_")
        base = key.rstrip(DIGITS)
        if base in ENTITIES:
            e = entity(base, key)
            return e[1] if attr else e[0]
        if name in ctx:
            return ctx[name]
        if name in DERIVED:
            ctx[name] = DERIVED[name](r, ctx)
            return ctx[name]
        used = {v for k, v in ctx.items() if k.rstrip(DIGITS) == base}
        for _ in range(20):
            v = FUNCS[base](r) if base in FUNCS else r.choice(POOLS[base])
            if v not in used:
                break
        ctx[name] = v
        return v

    text = re.sub(r"\{(\w+)\}", repl, template)
    text = re.sub(r"s's\b", "s'", text)
    return upper_first(text)


# ---------------------------------------------------------------- templates per topic
# A leading "@" marks a wire-style sentence that may get a dateline ("(Ledger Wire) — ...").
T = {}
T["earnings"] = """
{co} ({co_tk}) Q{qn} EPS ${eps} vs ${epsest} est.; revenue ${rev}B
{tech} beats {q}-quarter estimates as subscription revenue jumps {pct}
@Shares of {co} slid {pct} after the company cut its full-year profit guidance, citing higher oil prices and freight costs.
{co_tk} misses on the top line as management blames weak demand in Europe
Analyst note ({firm}): {co}'s Q{qn} print was clean, with gross margin up 140 bp y/y to {margin}%; we raise our FY{fy} EPS estimate to ${eps}.
@{co} reported record quarterly revenue of ${rev} billion, up {pct} from a year earlier, and said order backlogs remain healthy.
@Net income at {co} fell to ${ni} million in the {q} quarter from ${niprev} million a year earlier.
Earnings preview: what to watch when {co} reports on {day}
{co} raises dividend after strong fourth-quarter results
@On the earnings call, CFO {person} said same-store sales grew {small} and reiterated guidance for fiscal 20{fy}.
{co} posts surprise quarterly loss as restructuring charges weigh
{airline} swings to a quarterly profit on strong summer travel despite higher jet fuel costs
{co_tk} Q{qn}: adj. EBITDA ${amt}B (+{pct} y/y), FCF ahead of consensus, guide maintained
@{bank}'s net interest income rose {pct} in the quarter as higher rates lifted lending margins, pushing profit above forecasts.
{co} shares jump after hours as results top forecasts
@Operating margin narrowed to {margin}% from {marginprev}% as input costs rose, {co} said in its quarterly report.
{miner} first-half profit falls {pct} on lower copper prices
{co} guides Q{qn} revenue below consensus; stock down {pct} premarket
Retailer {retail} says holiday-quarter comparable sales rose {pct}, beating expectations
EPS ${eps} vs. ${epsest} consensus; revenue ${rev}B vs. ${revest}B expected: {co_tk} beats on both lines
@Quarterly profit at {co} doubled, helped by a one-off gain on the sale of its logistics unit, while underlying sales were flat.
{co} lifts FY{fy} revenue guidance to ${rev}-${revhi}B after a strong quarter
Ad revenue growth slows at {tech} for a third straight quarter
Chipmaker {chip} posts record orders and forecasts a strong Q{qn}
{co} misses profit estimates as warranty costs climb
@{insurer} said catastrophe losses from spring storms trimmed quarterly earnings by ${ni} million, though premiums rose {pct}.
Crypto exchange {exch} reports its first quarterly profit as trading volumes surge
{co} revenue flat, but EPS beats on lower share count
Earnings season scorecard: most companies that have reported so far beat estimates
{pharma} lifts outlook after weight-loss drug sales triple
@"Pricing held up better than we feared," {co} chief executive {person} told analysts after the company reported a {pct} rise in quarterly operating profit.
{oil} Q{qn} profit falls as refining margins narrow, buyback pace kept at ${amt}B a quarter
Results: {co} Q{qn} sales ${rev}B (-{small} y/y); inventory write-down of ${ni}M hits gross margin
@{utility} reported a {pct} increase in annual earnings per share and reaffirmed its long-term growth target of 5% to 7%.
""".strip().splitlines()

T["mergers_and_acquisitions"] = """
{co} to acquire {co2} for ${deal} billion in cash
{co} and {co2} agree all-stock merger, creating the sector's second-largest player
{co2} rejects ${deal}B takeover approach from {co}, saying it undervalues the company
{co} nears deal to buy {co2}, people familiar with the matter say
@The offer of ${px} per share represents a {pct} premium to {co2}'s closing price on {day}.
{pe} to take {co2} private in ${deal} billion leveraged buyout
@{co} and {co2} called off their planned combination on {day}, a month after the deal drew objections from competition authorities.
{co2} shareholders approve sale to {co}
{co} explores sale of its non-core packaging division
Hostile bid: {co} takes tender offer directly to {co2} shareholders
{oil} to buy shale producer {oil2} in ${deal}bn deal
Deal: {co} ({co_tk}) to buy {co2} ({co2_tk}) for ${px}/sh in cash and stock
@Activist investor {pe} is pressing {co2} to explore strategic alternatives, including a sale of the whole company.
{co} completes acquisition of {co2} ahead of schedule
Bidding war: {co} raises offer for {co2} to ${px} a share, topping rival bid from {co3}
Merger arbitrage spread on {co2} widens as deal timeline slips
{pharma} to spin off consumer health unit into a separately listed company
@The {co2} board has opened its books to potential suitors after receiving several unsolicited approaches.
@Under the terms of the agreement, {co2} shareholders will receive 0.{x}{x2} shares of {co} for each share they own.
{bank} agrees to merge with regional lender {bank2}
@{co} said the acquisition would be accretive to earnings per share in the first full year after closing.
Crypto exchange {exch} buys custody startup to expand institutional business
{co} agrees to sell {share}% stake in its ports business to a sovereign wealth fund
@A break fee of ${ni} million will be payable if {co2} walks away from the deal for a superior offer.
Exclusive: {pe} in advanced talks to buy {co2}'s logistics arm
Analyst ({firm}): we see ~${ni}m of cost synergies from the {co}/{co2} tie-up; at 11x EBITDA the price looks fair
{co2} stock soars {pct} on reports of takeover interest
{co} and {co2} to combine their logistics businesses in a joint venture
Management buyout of {co2} backed by {pe}
@{miner} said it would not raise its offer for {miner2} after the target's board rejected a third proposal.
Dealmaking rebounds as first-half M&A volumes rise {pct}
{co} confirms preliminary talks over a possible offer for {co2}; no certainty a bid will be made
@Advisers on the {co}-{co2} merger expect the combined company to keep both headquarters for at least two years.
{insurer} to buy rival {insurer2} in ${deal} billion deal to build scale in commercial lines
""".strip().splitlines()

T["monetary_policy"] = """
{cb} raises benchmark rate by {bp} basis points to {rate}%
{cb} holds rates steady, signals cuts possible later this year
@Governor {person} said inflation remains "uncomfortably high" and that {cb} is prepared to tighten further if needed.
Minutes from {cb} show policymakers split over timing of first rate cut
Markets price in {few} rate cuts by year-end after soft inflation data
{cb} to slow the pace of balance sheet runoff from next month
{cb} restarts bond purchases to support a weakening economy
Hawkish surprise: {cb} hikes {bp}bp and the {cb_cur} jumps
@Core inflation eased to {infllo}% in {month}, strengthening the case for {cb} to lower borrowing costs at its next meeting.
{cb} says rates will stay "higher for longer"
{cb} cuts its policy rate to {rate}%, the first reduction in {n} years
Short-dated yields fall as traders bet on faster easing by {cb}
Deputy governor {person}: tight labour market keeps pressure on services prices
{cb} intervenes to support the {cb_cur} as it slides to a record low
Emergency move: {cb} slashes rates by {bp}bp as financial conditions tighten
@Economists polled ahead of {day}'s decision expect {cb} to keep its key rate on hold at {rate}%.
@New projections from {cb} show policymakers expect the policy rate to end next year at {rate}%, implying {few} more cuts.
{cb} raises reserve requirement ratio for commercial banks
{cb} reaffirms 2% inflation target in annual policy review
Rate-setting committee votes {mpc} to leave policy unchanged
Strategist note ({firm}): we now expect {cb} to deliver its first cut in {month}, later than previously forecast; risks skewed to a longer pause
Oil-driven price spike complicates {cb}'s path to easing
{cb} ends negative interest rate policy after eight years
@Governor {person} told lawmakers there was "no pre-set course" for rates and that decisions would depend on incoming data.
Strong wage growth keeps pressure on {cb} to delay cuts
{cb} launches standing repo facility to ease money-market strains
Household inflation expectations rise to {inflhi}%, a worry for {cb}
{cb_cur} weakens after central bank signals dovish turn
Quarterly monetary policy report trims growth forecast, keeps rates unchanged
@{cb} raised its deposit rate by {bp} basis points on {day} and said further increases "cannot be ruled out" while inflation runs at {inflhi}%.
Why {cb} is in no hurry to cut: five charts on inflation, wages and rents
Macro note ({firm}): guidance from {cb} leans dovish; we bring forward our call for the first cut and see the policy rate at {rate}% by end-20{fy}
@Policymakers at {cb} said they would keep shrinking the balance sheet but would review the pace if bank reserves fall too far.
""".strip().splitlines()

T["credit_and_debt"] = """
{co} prices ${amt} billion of senior unsecured notes due 20{yy} at {cpn}%
{ra} cuts {co} to BB+, pushing it into junk territory
{co} misses interest payment, enters 30-day grace period
High-yield spreads widen {bp} bp as default rate ticks higher
@{co} filed for Chapter 11 bankruptcy protection on {day}, listing ${amt} billion of liabilities and a debtor-in-possession loan from existing lenders.
Investment-grade bond issuance hits record for the month
{co} seeks covenant relief from lenders after earnings slump
@{ra} placed {co}'s A- rating on review for downgrade after the company announced a debt-funded acquisition.
Weak demand at government bond auction sends {country}'s 10-year yield to {yld}%
Private credit funds step up lending to mid-sized companies
{co} launches tender offer to buy back 20{yy} bonds at a discount
Credit default swaps on {co} widen to record after profit warning
{co} bondholders organise ahead of restructuring talks
Credit card delinquencies climb to highest level in a decade
@{country} reached an agreement with creditors to restructure ${amt} billion of sovereign bonds, including a 30% haircut on principal.
{co} refinances term loan, pushing maturity out to 20{yy}
@The notes were priced at 99.{x}{x2} to yield {yld}%, and the order book peaked above ${amt} billion, according to a lead manager.
Municipal bond sale to fund water system upgrades draws strong demand
Maturity wall: ${bn}bn of junk-rated debt comes due over the next two years
{ra} upgrades {co} to investment grade on lower leverage
Convertible bond issuance jumps as companies seek cheaper funding
Credit analyst ({firm}): {co}'s net leverage of {lev}x leaves little headroom under its covenant; we move to underweight the bonds
Lenders take control of {co} in debt-for-equity swap
Office loan stress rises as vacancies climb and refinancing gets harder
Bank loan officers tighten lending standards for small businesses, survey shows
{oil}'s bonds rally as crude recovers and the company pays down debt
{co} secures ${amt} billion revolving credit facility from a syndicate of banks
Sovereign rating outlook for {country} revised to negative as deficit widens
@{co}'s 20{yy} bonds fell to 62 cents on the dollar after the company warned it may breach its leverage covenant.
Leveraged loan prices slip as CLO demand cools
{co} taps loan market for ${amt} billion to refinance its bridge facility
{ra} affirms {bank} at A with a stable outlook
Speculative-grade default rate rises to {small}, highest in three years
@Distressed-debt investors have been buying {co}'s secured loans at around 80 cents, betting on a recovery in a restructuring.
Spread check: BBB industrial paper now trades about {bp} bp tighter than a month ago as new supply slows
@{bank} sold ${amt} billion of subordinated notes in its first deal of the year, paying a spread of 185 basis points over government bonds.
""".strip().splitlines()

T["commodities"] = """
Brent crude rises {small} after producers extend output cuts
Gold hits record high as investors seek a safe haven
Copper falls to three-month low on weak factory data from {country}
Wheat futures surge after drought hits harvest in {grain}
Natural gas prices jump as cold snap boosts heating demand
@Crude inventories rose by {mbbl} million barrels last week, more than analysts had expected, weighing on oil prices.
Arabica coffee futures climb on frost damage in {coffee}
Iron ore drops {small} as steel mills cut output
Lithium price slump forces miners to shelve new projects
Silver outperforms gold as solar-panel demand lifts industrial use
Commodity strategist ({firm}): we raise our Brent forecast to ${bbl}/bbl on tighter supply; stocks are drawing faster than seasonal norms
Cocoa futures hit record, squeezing chocolate makers' margins
Oil slips {small} after surprise build in crude stocks
Sugar falls {small} as monsoon rains improve crop outlook
@Tanker rates have spiked as disruptions on a key shipping route force crude cargoes to take longer voyages.
Gold slips {small} as stronger dollar and rising yields weigh
@Spot gold traded at ${oz} an ounce in late trading, down {small} on the day.
Diesel crack spreads widen as refinery outages tighten supply
Uranium prices rise on new reactor demand
Corn futures drop {small} as crop conditions improve
Aluminium premiums rise as smelters curb output over power costs
Hedge funds boost bullish bets on crude to highest in six months
@{country}'s ban on rice exports has sent prices across the region sharply higher, with importers scrambling for supplies.
Platinum market heads for third year of supply deficit
Oil futures curve in steep backwardation as prompt supply tightens
Palm oil climbs on lower output and strong export demand
@Nickel prices fell {small} after {country} raised its mining quota, adding to an oversupplied market.
Commodities index posts biggest weekly gain since March on energy rally
Cattle futures hit record as herd sizes shrink
@Light sweet crude futures settled at ${bbl} a barrel on {day}, while the Brent benchmark added {small}.
Metals note ({firm}): copper's recent dip is a buying opportunity; grid and EV demand should tighten the market by next year
Soybeans rally {small} on strong export sales to {country}
@Heating oil and gasoline futures rose in tandem as refiners cut runs for seasonal maintenance.
Zinc stockpiles in exchange warehouses fall to lowest in a year
Copper climbs {small} as strike at a {country} smelter curbs supply
Gold extends rally to ${oz} an ounce as central banks keep buying
Oil drops {small} as {country} signals higher output next quarter
@Benchmark wheat futures rose {small} to a two-month high after a late frost in {grain} damaged early crops.
@Iron ore for delivery next month fell to ${ironpx} a tonne as port stockpiles swelled.
Natural gas futures slide {small} as mild weather forecasts curb heating demand
Commodities desk ({firm}): we stay long gold into year-end with a ${oz}/oz target; real yields and central-bank buying remain supportive
Copper at ${cu} a tonne: {firm} sees the deficit widening next year
@Crude stockpiles fell by {mbbl} million barrels, the largest weekly draw since {month}, sending oil {small} higher.
Coffee futures fall {small} as the harvest in {coffee} runs ahead of schedule
@Brent fell below ${bblr} a barrel on {day} after data showed slowing fuel demand.
Silver jumps {small} to ${agpx} an ounce, tracking gold higher
""".strip().splitlines()

T["crypto"] = """
{coin} jumps {pct} in 24 hours as trading volume spikes
Crypto exchange {exch} halts withdrawals after suspected hack
Stablecoin {stable} briefly loses its dollar peg, trading at $0.9{x}
@Attackers drained ${amtm} million from DeFi lending protocol {defi} by exploiting a flaw in its price oracle.
{coin} network completes long-awaited switch to proof-of-stake
Bitcoin miner {btcminer} adds new hash rate ahead of the block-reward halving
Total crypto market value falls below $2 trillion in broad sell-off
NFT trading volumes down {pct} from last month
Staking yields on {coin} fall as more validators join the network
@Spot {coin} exchange-traded products took in ${amtm} million of inflows on {day}, the biggest single day since launch.
@On-chain data show large holders moved {n},000 {coin} off exchanges this week, a pattern traders often read as bullish.
Memecoin frenzy: dog-themed token rallies 400% in a week
Crypto lender files for bankruptcy after a run on customer deposits
Token unlock next week will release {pct} of {coin}'s circulating supply
@Liquidations topped ${amtm} million as {coin} slid below ${coinpx}, wiping out leveraged long positions.
Layer-2 network built on {coin} passes 10 million active wallets
Research note ({firm}): funding rates on {coin} perpetuals have turned negative, pointing to crowded shorts; we see scope for a squeeze
Airdrop season: {defi} distributes governance tokens to early users
{coin} developers burn ${amtm} million of tokens to cut supply
Hash rate hits all-time high as new mining rigs come online
Cross-chain bridge exploit costs users ${amtm} million
How to move your {coin} from an exchange to a hardware wallet
Gas fees spike on the {coin} network during NFT mint frenzy
@Tokenized money-market funds on public blockchains have grown past ${amt} billion as crypto firms look for yield on idle stablecoins.
DAO vote approves treasury diversification for {defi}
Altcoins rally as {coin}'s market dominance slips
@The supply of {stable} grew for a sixth straight month, a sign of fresh capital entering crypto markets.
{coin} rebounds above ${coinpx} after weekend rout
Crypto fund flows turn positive for the first time in five weeks
@{exch} said it would list {coin} perpetual futures with up to 20x leverage for users outside restricted regions.
Whale alert: dormant wallet moves {n},000 {coin} after eight years
Validator outage halts block production on {coin} network for four hours
@{coin} fell {pct} in Asian hours after a large holder sold tokens into thin weekend liquidity.
DeFi lending rates climb as traders borrow stablecoins to chase yield
""".strip().splitlines()

T["regulation"] = """
{reg} fines {bank} ${amtm} million over anti-money-laundering failures
{reg} proposes rule requiring funds to disclose fees in plain language
Banks face higher capital requirements under final rules
{reg} charges former {co} executive with insider trading
@{reg} sued crypto exchange {exch} on {day}, alleging it operated as an unregistered securities exchange and broker.
Lawmakers pass bill capping overdraft fees
All but two banks clear {reg}'s annual stress test
Comment period opens on proposed short-selling disclosure rule
{co} settles accounting fraud charges for ${amtm} million without admitting wrongdoing
@Under a new rule, listed companies will have to disclose material cybersecurity incidents within four business days.
{reg} bans payment for order flow for retail brokers
Whistleblower receives ${finesm} million award for tip on bribery scheme
{reg} tightens rules on buy-now-pay-later lenders
Court strikes down {reg}'s private fund disclosure rule
Regulatory note ({firm}): the final rule is softer than proposed, with the leverage surcharge cut to 50 bp, freeing about ${amt}bn of capital for large banks
{reg} opens probe into trading halts on {day}
Trader banned for life for spoofing futures markets
Deposit insurance limit to rise under reform package
{bank} ordered to compensate customers for mis-sold payment protection insurance
{reg} proposes registration regime for paid financial influencers
@{person}, who chairs {reg}, told lawmakers the agency would prioritise enforcement against firms that mislead retail investors.
Audit firm fined ${finesm} million over failures in review of {co}'s accounts
{reg} finalises licensing regime for stablecoin issuers
@{reg} lifted a consent order against {bank}, ending restrictions on its asset growth that had been in place since 20{yy2}.
Supervisors warn banks on concentration risk in commercial property loans
Money market fund reforms take effect, requiring liquidity fees in stressed markets
{reg} fines exchange operator ${finesm} million over outage that froze trading
@{bank} was censured for weak know-your-customer checks after {reg} found thousands of accounts opened without proper identification.
New conduct rules require advisers to act in clients' best interest
{reg} extends compliance deadline for trade reporting rule
@The proposal, approved by a {votes} vote, would require large brokers to hold more capital against client margin loans.
Regulators finalise rule on T+1 settlement for equities
{reg} fines {co} ${finesm} million for failing to disclose executive perks
@{reg} said banks with more than ${bn} billion in assets would have to hold extra liquid assets against uninsured deposits.
{bank} to pay ${finesm} million to settle claims by {reg} that it overcharged on overdraft fees
@{reg} has asked {co} to restate two years of results after questioning how it booked revenue on long-term contracts.
{reg} barred {person}, a former broker, from the industry for churning client accounts
@Under draft guidance from {reg}, banks would need board approval before outsourcing critical systems to cloud providers.
""".strip().splitlines()
T["regulation"] = [t.replace("{yy2}", "{fy}") for t in T["regulation"]]

T["esg"] = """
{co} pledges to reach net zero emissions by 2040
{co}'s sustainability report shows Scope 3 emissions up {pct}
Shareholders back climate resolution at {co} annual meeting
@{am} has dropped {n} companies from its sustainable funds over links to deforestation in their supply chains.
{retail} accused of greenwashing over recycled-content claims
Women now hold {share}% of board seats at large listed companies
{co} cuts factory water use by a third
ESG funds see outflows for a third straight quarter
Investors press {co} on human rights risks in its supply chain
{co} links executive bonuses to emissions targets
{co}'s climate targets approved by science-based standard setter
{oil} scales back renewable energy targets, angering climate-focused investors
{co} publishes first gender pay gap report, showing a median gap of {share}%
Proxy adviser recommends voting against {co} chair over climate lobbying
ESG rating cut for {co} after worker safety incidents
Stewardship note ({am}): we voted against {co}'s pay report because bonus metrics ignore its 2030 decarbonisation goals
{co} signs deal to source all its electricity from wind power
{food} commits to deforestation-free cocoa supply chain by 2027
@{oil} said it had cut methane emissions from its wells by {pct} using satellite leak detection and faster repairs.
{retail} launches take-back scheme for used packaging
{utility} brings forward coal phase-out to 2030
Governance: {co} splits chair and CEO roles after investor pressure
@{am} said it would vote against directors at companies that have not published a credible climate transition plan.
Biodiversity disclosure: {co} maps its sites against protected areas
@{co} reported that {share}% of its managers now come from under-represented groups, up from {shareprev}% five years ago.
Anti-ESG backlash: some pension funds pull mandates from sustainable managers
{retail} faces investor questions over use of forced labour in cotton sourcing
@Net zero alliance loses members as banks cite legal risk, though most say they will keep their own targets.
{miner} sets tailings dam safety standard after investor campaign
{co} to pay living wage across all sites and contractors
ESG analyst ({firm}): {co} scores well on governance but lags peers on emissions intensity; we expect pressure on its capex plan
@{bank} said it would stop financing new thermal coal mines and phase out existing exposure by 2030.
Investor coalition targets {food} over plastic pollution
@Sustainability-focused investors want {co} to report emissions from the products it sells, not just its own operations.
""".strip().splitlines()


def main():
    rng = random.Random(SEED)
    rows = sample_topic_texts(rng, T, PER_TOPIC, fill, dateline=lambda r: "(Ledger Wire)", wire_prob=WIRE_PROB)
    OUT.mkdir(parents=True, exist_ok=True)
    write_jsonl(OUT / "texts.jsonl", labelled_rows("fnc", rows))
    write_task_yaml(OUT, "clustering", DESCRIPTION.format(n=len(rows), k=len(T), per=PER_TOPIC))


DESCRIPTION = """\
Cluster financial news texts by topic. {n} texts ({per} per topic) in {k} topics (earnings,
mergers_and_acquisitions, monetary_policy, credit_and_debt, commodities, crypto, regulation, esg), mixing
headlines, wire-style sentences and analyst-note blurbs with tickers and figures; some vocabulary crosses topics
(oil prices in an earnings story, a crypto exchange in an enforcement story). Generated by
tasks/tools/finance_news_clustering.py from hand-written templates and slot values; all companies, tickers,
central banks, regulators and tokens are fictional.
"""

if __name__ == "__main__":
    main()
