"""Generator for the bundled FinanceQARetrieval task (finance domain, BEIR layout).

Investor and analyst questions are retrieved against a corpus of short excerpts from earnings-call remarks,
10-K/10-Q/8-K filings, sell-side notes, press releases and sustainability reports about 26 FICTIONAL listed
companies (names, tickers, executives, places and numbers are all invented for this benchmark).

How it is built: every company gets a set of "facts" (Q2 and Q3 revenue, a sector KPI for both quarters, two
segment results, and a random selection of EPS, margins, guidance, free cash flow, capex, dividends, buybacks,
leverage, covenants, bond issues, restructuring, M&A, tax, FX, litigation, ESG and management facts). Each fact
is written out as one to three passages in different genres from the hand-written templates below. Some facts are
then asked about in paraphrased questions; the passages of that fact are relevant (score 1) and all the other
passages - same company, neighbouring quarter, guidance versus actuals, other segment, same metric at other
companies - are distractors.

Run from the repository root:  python3 tasks/tools/finance_qa_retrieval.py
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import possessive, task_dir, upper_first, write_beir, write_task_yaml

SEED = 20240917
OUT = task_dir("finance", "FinanceQARetrieval")
N_QUERIES = 160
FACTS_PER_COMPANY = 21

# --------------------------------------------------------------------------------------------------------------
# Companies (all fictional)
# --------------------------------------------------------------------------------------------------------------
# fields: co, short, tk, exch, sector, city, ceo, cfo (outgoing), cfo_pos (his/her), new_cfo, nc_pron, prevco,
#         rev (approx. quarterly revenue, $M), eps (approx. quarterly adj. EPS), px (share price),
#         seg1/seg2 (segment names) with seg1q/seg2q (how people name them in questions),
#         tgt/tdesc (acquisition target), capex_focus, lit (pending litigation), fx_ccy
COMPANIES = [
    dict(co="Halvorsen Marine Logistics", short="Halvorsen", tk="HVML", exch="NYSE", sector="shipping",
         city="Bergport", ceo="Ingrid Solberg-Maas", cfo="Tomas Reinholt", cfo_pos="his", new_cfo="Aditi Varma",
         nc_pron="she", prevco="Corlett Freight", rev=640, eps=1.35, px=48,
         seg1="Container Shipping", seg1q=["container shipping", "container liner"],
         seg2="Port & Terminal Services", seg2q=["terminals", "port services"],
         tgt="Kelso Bay Terminals", tdesc="a two-berth container terminal operator",
         capex_focus="dual-fuel vessel newbuilds and scrubber retrofits",
         lit="a cargo-damage claim brought by a charterer following the 2022 grounding of the MV Arnhold Star",
         fx_ccy="the euro and the Norwegian krone"),
    dict(co="Brightwater Utilities", short="Brightwater", tk="BWTR", exch="NYSE", sector="utility",
         city="Lyndale", ceo="Marcus Oduya", cfo="Helen Farrow", cfo_pos="her", new_cfo="Gregory Tan",
         nc_pron="he", prevco="Eastmere Power", rev=1850, eps=1.12, px=67,
         seg1="Regulated Electric", seg1q=["electric utility", "regulated electric"],
         seg2="Gas Distribution", seg2q=["gas utility", "gas distribution"],
         tgt="Cobble Creek Gas Company", tdesc="a regulated gas distribution utility serving about 140,000 customers",
         capex_focus="grid hardening, transmission upgrades and advanced metering",
         lit="a wildfire-related lawsuit filed in Marlow County Superior Court",
         fx_ccy="the Canadian dollar"),
    dict(co="Corvane Semiconductor", short="Corvane", tk="CRVN", exch="NASDAQ", sector="semis",
         city="Aldenbrook", ceo="Priya Natarajan-Holt", cfo="Daniel Whitcombe", cfo_pos="his",
         new_cfo="Lena Ostrowski", nc_pron="she", prevco="Perimeter Logic", rev=1420, eps=1.88, px=142,
         seg1="Data Center", seg1q=["data center", "data-center chip"],
         seg2="Automotive & Industrial", seg2q=["auto and industrial", "automotive"],
         tgt="Siltrace Photonics", tdesc="a developer of optical interconnect IP",
         capex_focus="300mm capacity expansion at its Fab 4 facility",
         lit="a patent infringement suit brought by Meridian IP Holdings",
         fx_ccy="the Japanese yen and the New Taiwan dollar"),
    dict(co="Tessaly Foods", short="Tessaly", tk="TSLY", exch="NYSE", sector="food",
         city="Carrow Falls", ceo="Ronald Achebe", cfo="Maria Kessling", cfo_pos="her", new_cfo="Jonah Pruitt",
         nc_pron="he", prevco="Harlow Brands", rev=2300, eps=0.94, px=58,
         seg1="Snacks", seg1q=["snacks", "salty snacks"],
         seg2="Frozen Meals", seg2q=["frozen food", "frozen meals"],
         tgt="Little Orchard Kitchen", tdesc="a premium organic baby food brand",
         capex_focus="automation at its two largest snack plants",
         lit="a consumer class action alleging misleading 'all natural' labeling",
         fx_ccy="the Mexican peso and the British pound"),
    dict(co="Quarrystone Materials", short="Quarrystone", tk="QRYS", exch="NYSE", sector="materials",
         city="Fenwick", ceo="Allison Baptiste", cfo="Roger Dunleavy", cfo_pos="his", new_cfo="Samuel Okafor",
         nc_pron="he", prevco="Granite Peak Holdings", rev=1100, eps=2.45, px=212,
         seg1="Aggregates", seg1q=["aggregates", "crushed stone"],
         seg2="Cement", seg2q=["cement", "cement and clinker"],
         tgt="Tallow Creek Sand & Gravel", tdesc="a three-quarry aggregates producer",
         capex_focus="a new kiln line and reserve expansions",
         lit="an environmental enforcement action over dust emissions at its Hadley quarry",
         fx_ccy="the Canadian dollar and the Mexican peso"),
    dict(co="Ondrel Therapeutics", short="Ondrel", tk="ONDL", exch="NASDAQ", sector="biotech",
         city="Wrenfield", ceo="Dr. Samira Kovac", cfo="Peter Lindqvist", cfo_pos="his", new_cfo="Alana Briggs",
         nc_pron="she", prevco="Trellis Bio", rev=310, eps=0.42, px=39,
         seg1="Velqira", seg1q=["Velqira", "Velqira product"],
         seg2="Tozentra", seg2q=["Tozentra", "Tozentra product"],
         tgt="Havenpoint Bio", tdesc="a clinical-stage developer of oral GLP-1 candidates",
         capex_focus="expanding biologics fill-finish capacity",
         lit="a securities class action related to disclosures about the Tozentra phase 3 trial",
         fx_ccy="the euro and the Swiss franc"),
    dict(co="Ashcombe Regional Bancorp", short="Ashcombe", tk="ASRB", exch="NASDAQ", sector="bank",
         city="Marston", ceo="James Thackery", cfo="Nadia Ferreira", cfo_pos="her", new_cfo="Owen Castellano",
         nc_pron="he", prevco="Birchfield Savings", rev=420, eps=1.07, px=36,
         seg1="Commercial Banking", seg1q=["commercial banking", "commercial bank"],
         seg2="Wealth Management", seg2q=["wealth management", "wealth"],
         tgt="Harbor Mills Bank", tdesc="a $2.1 billion-asset community bank",
         capex_focus="branch consolidation and digital banking platforms",
         lit="a putative class action over overdraft fees", fx_ccy="the Canadian dollar"),
    dict(co="Ardent Loom Apparel", short="Ardent Loom", tk="ARLM", exch="NYSE", sector="apparel",
         city="Selby Harbor", ceo="Camille Durand-West", cfo="Victor Huang", cfo_pos="his",
         new_cfo="Rebecca Sallow", nc_pron="she", prevco="Fenwright Outfitters", rev=880, eps=0.61, px=27,
         seg1="Wholesale", seg1q=["wholesale", "wholesale channel"],
         seg2="Direct-to-Consumer", seg2q=["DTC", "direct-to-consumer"],
         tgt="Northfold", tdesc="a digitally native outerwear brand",
         capex_focus="new store openings and a distribution center in Calder",
         lit="a wage-and-hour class action brought by former store associates",
         fx_ccy="the euro and the Chinese renminbi"),
    dict(co="Sable Ridge Energy", short="Sable Ridge", tk="SBRG", exch="NYSE", sector="energy",
         city="Tarrant Springs", ceo="Wade Kellerman", cfo="Lucia Marchetti", cfo_pos="her", new_cfo="Brent Hollis",
         nc_pron="he", prevco="Coldwater Resources", rev=1250, eps=1.71, px=61,
         seg1="Upstream", seg1q=["upstream", "exploration and production"],
         seg2="Gathering & Processing", seg2q=["midstream", "gathering and processing"],
         tgt="Pelican Draw Resources", tdesc="a private operator with 38,000 net acres in the Halcomb Basin",
         capex_focus="development drilling in the Halcomb Basin",
         lit="royalty-owner litigation over post-production cost deductions", fx_ccy="the Canadian dollar"),
    dict(co="Velmora Hotels", short="Velmora", tk="VLMR", exch="NYSE", sector="hotels",
         city="Port Isidore", ceo="Elena Markovic", cfo="Ashok Menon", cfo_pos="his", new_cfo="Claire Dubois-Fenn",
         nc_pron="she", prevco="Seaglass Resorts", rev=960, eps=1.24, px=88,
         seg1="Owned & Leased", seg1q=["owned and leased hotels", "owned hotels"],
         seg2="Franchise & Management", seg2q=["franchise and management", "fee-based"],
         tgt="Casa Lumbre", tdesc="a collection of 14 boutique resorts",
         capex_focus="renovations across its owned portfolio",
         lit="a class action stemming from a 2023 reservation-system data breach",
         fx_ccy="the euro and the Mexican peso"),
    dict(co="Kestrel Aerostructures", short="Kestrel", tk="KSTR", exch="NYSE", sector="aero",
         city="Halden Field", ceo="Gordon Pryce", cfo="Yuki Tanabe", cfo_pos="her", new_cfo="Marcus Ellery",
         nc_pron="he", prevco="Aerolith Systems", rev=1680, eps=1.02, px=74,
         seg1="Commercial Aerostructures", seg1q=["commercial aerostructures", "commercial aircraft"],
         seg2="Defense & Space", seg2q=["defense", "defense and space"],
         tgt="Vantor Composites", tdesc="a maker of thermoplastic composite brackets and clips",
         capex_focus="rate-readiness tooling for narrowbody fuselage sections",
         lit="a contract dispute with an airframe customer over pricing on a legacy program",
         fx_ccy="the British pound and the euro"),
    dict(co="Northwick Insurance Group", short="Northwick", tk="NWKG", exch="NYSE", sector="insurance",
         city="Ellsmere", ceo="Patricia Langford", cfo="Henrik Stahl", cfo_pos="his", new_cfo="Monique Adeyemi",
         nc_pron="she", prevco="Greystone Re", rev=2900, eps=2.15, px=118,
         seg1="Personal Lines", seg1q=["personal lines", "personal auto and home"],
         seg2="Commercial Lines", seg2q=["commercial lines", "commercial insurance"],
         tgt="Aldersey Specialty", tdesc="an excess and surplus lines managing general agent",
         capex_focus="claims and policy-administration technology",
         lit="class actions challenging the depreciation of labor costs in property claims",
         fx_ccy="the British pound"),
    dict(co="Lumenfield Software", short="Lumenfield", tk="LMFD", exch="NASDAQ", sector="saas",
         city="Quillon", ceo="Nathan Birk", cfo="Sofia Albescu", cfo_pos="her", new_cfo="Dev Malhotra",
         nc_pron="he", prevco="Cloudmere", rev=520, eps=0.73, px=96,
         seg1="Subscription", seg1q=["subscription", "cloud subscription"],
         seg2="Professional Services", seg2q=["services", "professional services"],
         tgt="Tallyhawk", tdesc="a workflow-automation startup",
         capex_focus="data-center capacity and capitalized software",
         lit="a breach-of-contract suit brought by a former reseller",
         fx_ccy="the euro and the Australian dollar"),
    dict(co="Granmoor Rail", short="Granmoor", tk="GRMR", exch="NYSE", sector="rail",
         city="Kettering Junction", ceo="Frank Delacroix", cfo="Amara Nwosu", cfo_pos="her", new_cfo="Ian Whitford",
         nc_pron="he", prevco="Prairie Line Holdings", rev=2100, eps=2.31, px=181,
         seg1="Intermodal", seg1q=["intermodal", "container and trailer"],
         seg2="Bulk & Merchandise", seg2q=["bulk and merchandise", "carload"],
         tgt="Coldbrook Short Line", tdesc="a 210-mile regional railroad",
         capex_focus="track renewal, siding extensions and locomotive modernization",
         lit="lawsuits arising from the 2023 derailment near Ashby Crossing", fx_ccy="the Mexican peso"),
    dict(co="Caddis Medical Devices", short="Caddis", tk="CDMD", exch="NYSE", sector="medtech",
         city="Brenford", ceo="Helena Voss", cfo="Raymond Okoye", cfo_pos="his", new_cfo="Tara McAllister",
         nc_pron="she", prevco="Orison Health", rev=1350, eps=1.19, px=103,
         seg1="Cardiovascular", seg1q=["cardiovascular", "cardio"],
         seg2="Orthopedics", seg2q=["orthopedics", "ortho"],
         tgt="Kinetra Spine", tdesc="a developer of navigation-enabled spinal implants",
         capex_focus="catheter manufacturing capacity at its Costa Serena plant",
         lit="product liability claims related to a recalled hip implant line",
         fx_ccy="the euro and the Japanese yen"),
    dict(co="Ferrovia Steelworks", short="Ferrovia", tk="FRVS", exch="NYSE", sector="steel",
         city="Millbrook", ceo="Anton Reyes", cfo="Deborah Klein", cfo_pos="her", new_cfo="Mateo Salgado",
         nc_pron="he", prevco="Ironhill Metals", rev=2600, eps=2.02, px=129,
         seg1="Flat-Rolled", seg1q=["flat-rolled", "sheet steel"],
         seg2="Long Products", seg2q=["long products", "rebar and beams"],
         tgt="Brackwater Scrap Recycling", tdesc="a ferrous scrap processor with 11 yards",
         capex_focus="a new electric arc furnace at its Millbrook works",
         lit="an antitrust suit brought by a group of steel purchasers", fx_ccy="the Mexican peso and the euro"),
    dict(co="Oaklash Homebuilders", short="Oaklash", tk="OKLH", exch="NYSE", sector="home",
         city="Redhaven", ceo="Trevor Banks", cfo="Jasmine Clarke", cfo_pos="her", new_cfo="Leon Hartigan",
         nc_pron="he", prevco="Summerfield Communities", rev=1900, eps=3.10, px=142,
         seg1="Homebuilding", seg1q=["homebuilding", "home sales"],
         seg2="Financial Services", seg2q=["mortgage", "financial services"],
         tgt="Meadowgate Homes", tdesc="a private builder active in three Sunbelt markets",
         capex_focus="model homes and a new wall-panel manufacturing plant",
         lit="construction-defect claims in its Western division", fx_ccy="the Canadian dollar"),
    dict(co="Ridgemont Telecom", short="Ridgemont", tk="RDGT", exch="NYSE", sector="telecom",
         city="Castlebury", ceo="Olivia Sandoval", cfo="Paul Ekwueme", cfo_pos="his", new_cfo="Hannah Lindgren",
         nc_pron="she", prevco="Beacon Wireless", rev=3400, eps=0.86, px=41,
         seg1="Wireless", seg1q=["wireless", "mobile"],
         seg2="Fiber Broadband", seg2q=["fiber", "broadband"],
         tgt="Skyline Fiber Co.", tdesc="a regional fiber-to-the-home provider with 420,000 passings",
         capex_focus="mid-band 5G deployment and new fiber passings",
         lit="a dispute with a tower lessor over lease escalators", fx_ccy="the Mexican peso"),
    dict(co="Solvane Renewables", short="Solvane", tk="SLVN", exch="NASDAQ", sector="renew",
         city="Ashgrove", ceo="Mikkel Brandt", cfo="Irene Castillo", cfo_pos="her", new_cfo="Kwame Asante",
         nc_pron="he", prevco="Terrapin Energy", rev=450, eps=0.38, px=23,
         seg1="Utility-Scale Solar", seg1q=["utility-scale solar", "solar"],
         seg2="Energy Storage", seg2q=["battery storage", "energy storage"],
         tgt="Bluestem Storage", tdesc="a developer with a 2.4 GW battery pipeline",
         capex_focus="construction of contracted solar-plus-storage projects",
         lit="an interconnection cost dispute with a regional transmission operator",
         fx_ccy="the euro and the Chilean peso"),
    dict(co="Marrow & Finch Markets", short="Marrow & Finch", tk="MRFN", exch="NYSE", sector="grocery",
         city="Dunmore", ceo="Stuart Pellegrini", cfo="Ayesha Raman", cfo_pos="her", new_cfo="Colin Barraclough",
         nc_pron="he", prevco="Hearthside Markets", rev=5200, eps=0.79, px=34,
         seg1="Grocery", seg1q=["grocery", "food retail"],
         seg2="Pharmacy", seg2q=["pharmacy", "drugstore"],
         tgt="Greenbasket", tdesc="a 38-store regional natural-foods chain",
         capex_focus="store remodels and an automated fulfillment center",
         lit="opioid-dispensing lawsuits filed by several counties", fx_ccy="the Canadian dollar"),
    dict(co="Tidewell Water Systems", short="Tidewell", tk="TDWL", exch="NYSE", sector="water",
         city="Lake Corran", ceo="Beatrice Nyholm", cfo="Carlos Medeiros", cfo_pos="his", new_cfo="Fiona Strachan",
         nc_pron="she", prevco="Clearbrook Pumps", rev=780, eps=0.97, px=77,
         seg1="Municipal", seg1q=["municipal", "municipal water"],
         seg2="Industrial", seg2q=["industrial", "industrial water"],
         tgt="Purlock Membranes", tdesc="a maker of ultrafiltration membranes",
         capex_focus="a new membrane production line",
         lit="a warranty claim related to a desalination project in Port Arlow",
         fx_ccy="the euro and the Singapore dollar"),
    dict(co="Pinecrest Payments", short="Pinecrest", tk="PNCP", exch="NASDAQ", sector="payments",
         city="Hollins Park", ceo="Ravi Subramanian", cfo="Grace Whitaker", cfo_pos="her", new_cfo="Tobias Renner",
         nc_pron="he", prevco="Ledgerline", rev=1150, eps=1.46, px=112,
         seg1="Merchant Solutions", seg1q=["merchant acquiring", "merchant solutions"],
         seg2="Issuer Processing", seg2q=["issuer processing", "card issuer services"],
         tgt="Tabletap", tdesc="a restaurant point-of-sale software provider",
         capex_focus="platform modernization and capitalized software development",
         lit="a consumer class action over chargeback fees", fx_ccy="the euro and the Brazilian real"),
    dict(co="Auberon Chemicals", short="Auberon", tk="AUBR", exch="NYSE", sector="chem",
         city="Westvale", ceo="Karl Eriksen", cfo="Simone Achterberg", cfo_pos="her", new_cfo="Darius Moradi",
         nc_pron="he", prevco="Fennick Polymers", rev=1600, eps=1.28, px=84,
         seg1="Coatings Additives", seg1q=["coatings additives", "coatings"],
         seg2="Engineered Polymers", seg2q=["engineered polymers", "polymers"],
         tgt="Calvera Resins", tdesc="a specialty resin producer in northern Italy",
         capex_focus="debottlenecking projects and a new compounding plant",
         lit="groundwater-contamination claims at a former manufacturing site in Westvale",
         fx_ccy="the euro and the Chinese renminbi"),
    dict(co="Wrenhaven Media", short="Wrenhaven", tk="WRNM", exch="NASDAQ", sector="media",
         city="Port Ellery", ceo="Joanna Whitfield", cfo="Marcus Lindell", cfo_pos="his", new_cfo="Rosa Delgado",
         nc_pron="she", prevco="Starling Pictures", rev=2700, eps=0.55, px=19,
         seg1="Streaming", seg1q=["streaming", "direct-to-consumer streaming"],
         seg2="Linear Networks", seg2q=["linear TV", "cable networks"],
         tgt="Fablehouse Studios", tdesc="an independent animation studio",
         capex_focus="studio production facilities and streaming infrastructure",
         lit="a breach-of-contract suit brought by a former distribution partner",
         fx_ccy="the euro and the British pound"),
    dict(co="Drummond Agri Equipment", short="Drummond", tk="DRMD", exch="NYSE", sector="ag",
         city="Cedar Plains", ceo="Harold Viken", cfo="Renee Mallory", cfo_pos="her", new_cfo="Sunil Kapoor",
         nc_pron="he", prevco="Fieldstar Implements", rev=2400, eps=2.64, px=156,
         seg1="Large Agriculture", seg1q=["large ag", "tractors and combines"],
         seg2="Construction & Forestry", seg2q=["construction and forestry", "construction equipment"],
         tgt="Agronav", tdesc="a precision-agriculture software company",
         capex_focus="an automated cab-assembly line and new product tooling",
         lit="a lawsuit brought by a terminated dealer", fx_ccy="the Brazilian real and the euro"),
    dict(co="Calloway Realty Trust", short="Calloway", tk="CLWY", exch="NYSE", sector="reit",
         city="Marlstone", ceo="Dennis Forsythe", cfo="Ana Beltran", cfo_pos="her", new_cfo="Julian Mercer",
         nc_pron="he", prevco="Keystone Property Group", rev=290, eps=0.82, px=52,
         seg1="Industrial", seg1q=["industrial", "warehouse"],
         seg2="Office", seg2q=["office", "office property"],
         tgt="a 14-building logistics portfolio owned by Ridgewood Capital",
         tdesc="comprising 3.1 million square feet in the Inland corridor",
         capex_focus="development and redevelopment projects",
         lit="a dispute with a former anchor tenant over lease termination fees", fx_ccy="the Canadian dollar"),
]

# typical gross margin and adjusted EBITDA margin ranges (%) by sector
MARGINS = {
    "shipping": (25, 38, 22, 40), "utility": (30, 45, 30, 42), "semis": (48, 66, 28, 42), "food": (28, 37, 15, 21),
    "materials": (24, 33, 24, 34), "biotech": (78, 90, 10, 25), "apparel": (48, 60, 10, 17),
    "energy": (30, 45, 45, 62), "hotels": (30, 45, 18, 30), "aero": (13, 21, 11, 17), "saas": (70, 81, 18, 32),
    "rail": (30, 45, 44, 52), "medtech": (58, 70, 24, 32), "steel": (11, 21, 12, 22), "home": (20, 27, 15, 21),
    "telecom": (55, 63, 33, 40), "renew": (22, 32, 50, 70), "grocery": (25, 30, 5, 8), "water": (36, 43, 18, 24),
    "payments": (48, 62, 30, 42), "chem": (26, 36, 17, 24), "media": (34, 44, 12, 20), "ag": (24, 31, 17, 24),
    "reit": (60, 70, 55, 65),
}

GOODS = {"semis", "food", "materials", "apparel", "aero", "medtech", "steel", "home", "grocery", "water", "chem", "ag"}

# fact types that do not fit a sector
EXCLUDE = {
    "bank": {"gm", "ebitda", "leverage", "capex", "fx", "covenant", "liquidity", "fcf"},
    "insurance": {"gm", "ebitda", "leverage", "capex", "covenant", "liquidity", "fcf"},
    "utility": {"gm"},
    "rail": {"gm"},
    "hotels": {"gm"},
    "energy": {"gm"},
    "biotech": {"dividend", "ebitda", "leverage"},
    "saas": {"dividend"},
    "reit": {"gm", "fx", "tax"},
    "renew": {"dividend"},
}

# --------------------------------------------------------------------------------------------------------------
# Sector KPIs (reported for Q2 and Q3)
# --------------------------------------------------------------------------------------------------------------
# gen(rng) -> slot dict; "call"/"press"/"note" are sentences; "ctx" commentary; "qn" how askers name the KPI


def _pm(x):
    return f"+{x}" if not str(x).startswith("-") else str(x)


def kpi_shipping(r):
    v = r.randint(18, 42) * 1000 + r.randint(1, 9) * 100
    c = round(r.uniform(-12, 18), 1)
    return dict(kv=f"${v:,}", kchg=abs(c), ksign=_pm(c), kud="up" if c > 0 else "down",
                kview="reflecting tighter vessel supply" if c > 0 else "as spot rates continued to normalize")


def kpi_utility(r):
    c = round(r.uniform(0.4, 3.6), 1)
    return dict(kv=f"{c}%", kdrv=r.choice(["data-center load", "new commercial connections", "residential growth"]))


def kpi_semis(r):
    v = round(r.uniform(0.86, 1.24), 2)
    return dict(kv=f"{v:.2f}", kword="ahead of" if v >= 1 else "below",
                kview="orders ran ahead of shipments" if v >= 1 else "orders trailed shipments")


def kpi_food(r):
    pm = round(r.uniform(0.5, 4.5), 1)
    vol = round(r.uniform(-3.5, 2.5), 1)
    return dict(kv=f"{round(pm + vol, 1)}%", kpm=pm, kvol=_pm(vol))


def kpi_materials(r):
    t = round(r.uniform(38, 62), 1)
    p = round(r.uniform(17, 26), 2)
    c = round(r.uniform(-7, 6), 1)
    return dict(kv=f"{t} million tons", kprice=f"${p:.2f}", kchg=abs(c), kud="up" if c > 0 else "down",
                ksign=_pm(c))


def kpi_biotech(r):
    v = r.randint(9, 19) * 1000 + r.randint(1, 9) * 100
    n = r.randint(4, 14) * 100
    return dict(kv=f"{v:,}", knew=f"{n:,}")


def kpi_bank(r):
    v = round(r.uniform(2.85, 3.65), 2)
    b = r.randint(2, 14)
    up = r.random() < 0.5
    return dict(kv=f"{v:.2f}%", kbps=b, kud="up" if up else "down", ksign="+" if up else "-",
                kview="as asset yields repriced faster than deposits" if up else "as deposit costs kept climbing")


def kpi_apparel(r):
    c = round(r.uniform(-6, 8), 1)
    return dict(kv=f"{_pm(c)}%", kabs=abs(c), kud="increased" if c > 0 else "declined",
                kview="on stronger full-price selling" if c > 0 else "on lower traffic to our stores")


def kpi_energy(r):
    v = round(r.uniform(140, 320), 1)
    oil = r.randint(42, 61)
    return dict(kv=f"{v} Mboe/d", knum=v, koil=oil)


def kpi_hotels(r):
    v = round(r.uniform(96, 188), 2)
    c = round(r.uniform(-4, 9), 1)
    return dict(kv=f"${v:.2f}", kchg=abs(c), kud="up" if c > 0 else "down", ksign=_pm(c))


def kpi_aero(r):
    v = round(r.uniform(11, 29), 1)
    return dict(kv=f"${v} billion", kbb=round(r.uniform(0.9, 1.4), 1))


def kpi_insurance(r):
    v = round(r.uniform(89, 101), 1)
    cat = round(r.uniform(1.5, 9.5), 1)
    return dict(kv=f"{v}%", kcat=cat)


def kpi_saas(r):
    v = r.randint(1700, 2400)
    g = r.randint(11, 27)
    return dict(kv=f"${v / 1000:.2f} billion", kg=g, knrr=r.randint(104, 121))


def kpi_rail(r):
    v = round(r.uniform(58, 67), 1)
    b = r.randint(30, 260)
    up = r.random() < 0.55
    return dict(kv=f"{v}%", kbps=b, kword="improvement" if up else "deterioration",
                kud="improved" if up else "worsened")


def kpi_medtech(r):
    n = r.randint(28, 74)
    base = r.randint(900, 1600)
    return dict(kv=f"{n}", kbase=f"{base:,}")


def kpi_steel(r):
    v = r.randint(880, 1240)
    c = r.randint(-90, 70) or 15
    return dict(kv=f"${v:,}", kchg=abs(c), kud="up" if c > 0 else "down", ksign="+" if c > 0 else "-")


def kpi_home(r):
    v = r.randint(1400, 4200)
    c = round(r.uniform(-9, 16), 1)
    return dict(kv=f"{v:,}", kchg=abs(c), kud="up" if c > 0 else "down", ksign=_pm(c))


def kpi_telecom(r):
    v = r.randint(40, 260) * 1000
    ch = round(r.uniform(0.78, 0.96), 2)
    return dict(kv=f"{v:,}", kchurn=f"{ch:.2f}%")


def kpi_renew(r):
    v = r.randint(180, 940)
    return dict(kv=f"{v} MW", knum=v)


def kpi_grocery(r):
    c = round(r.uniform(-1.5, 5.5), 1)
    return dict(kv=f"{_pm(c)}%", kabs=abs(c), kud="rose" if c > 0 else "fell")


def kpi_water(r):
    c = round(r.uniform(-8, 14), 1)
    return dict(kv=f"{_pm(c)}%", kabs=abs(c), kud="grew" if c > 0 else "declined",
                kbb=round(r.uniform(0.92, 1.18), 2))


def kpi_payments(r):
    v = round(r.uniform(60, 190), 1)
    g = r.randint(6, 21)
    return dict(kv=f"${v} billion", kg=g)


def kpi_chem(r):
    c = round(r.uniform(-9, 7), 1)
    p = round(r.uniform(-4, 3), 1)
    return dict(kv=f"{_pm(c)}%", kabs=abs(c), kud="rose" if c > 0 else "fell", kprice=_pm(p))


def kpi_media(r):
    v = round(r.uniform(18, 64), 1)
    a = round(r.uniform(-0.6, 2.2), 1)
    return dict(kv=f"{v} million", kadds=f"{abs(a)} million", kaddw="net additions" if a > 0 else "net losses")


def kpi_ag(r):
    c = round(r.uniform(-1.5, 6.5), 1)
    return dict(kv=f"{_pm(c)}%", kabs=abs(c))


def kpi_reit(r):
    v = round(r.uniform(88.5, 98.4), 1)
    s = round(r.uniform(4, 38), 1)
    return dict(kv=f"{v}%", kspread=s)


KPI = {
    "shipping": dict(gen=kpi_shipping, qn=["average daily TCE rate", "vessel day rates",
                                          "time-charter equivalent earnings per ship per day"],
                     call="Our fleet earned an average time-charter equivalent rate of {kv} per day this quarter, {kud} {kchg}% year over year, {kview}.",
                     press="average time-charter equivalent (TCE) earnings of {kv} per day, {kud} {kchg}% compared with the prior-year quarter.",
                     note="TCE averaged {kv}/day in {perA} ({ksign}% y/y), {kview}.",
                     ctx=["Charter coverage for the coming twelve months stands well above our historical average.",
                          "Red Sea diversions continue to absorb effective capacity."]),
    "utility": dict(gen=kpi_utility, qn=["weather-normalized retail sales growth", "weather-adjusted electricity demand growth",
                                         "normalized load growth"],
                    call="Weather-normalized retail electric sales grew {kv} this quarter, led by {kdrv}.",
                    press="weather-normalized retail electric sales growth of {kv}, driven primarily by {kdrv}.",
                    note="Weather-normalized retail sales rose {kv} in {perA}, with {kdrv} the main contributor.",
                    ctx=["We continue to see a deep queue of large-load interconnection requests.",
                         "Residential usage per customer was broadly stable."]),
    "semis": dict(gen=kpi_semis, qn=["book-to-bill ratio", "book to bill", "orders relative to billings"],
                  call="Book-to-bill for the quarter was {kv}, meaning {kview}.",
                  press="a book-to-bill ratio of {kv}, with bookings {kword} revenue.",
                  note="Book-to-bill of {kv} in {perA}: {kview}.",
                  ctx=["Lead times have come back to roughly normal levels.",
                       "Channel inventory at distributors is now close to our target range."]),
    "food": dict(gen=kpi_food, qn=["organic sales growth", "organic growth rate", "organic net sales growth split between volume and price"],
                 call="Organic net sales were {kv} this quarter, with price/mix contributing {kpm} points and volume {kvol} points.",
                 press="organic net sales growth of {kv}, comprising {kpm} points of favorable price/mix and {kvol} points of volume.",
                 note="Organic sales {kv} in {perA} (price/mix +{kpm}pts, vol/mix {kvol}pts).",
                 ctx=["Promotional intensity in the category picked up late in the period.",
                      "Elasticities are running a little better than we planned."]),
    "materials": dict(gen=kpi_materials, qn=["aggregates shipments", "aggregates tonnage shipped",
                                             "aggregates volumes and pricing"],
                      call="Aggregates shipments totaled {kv} this quarter, {kud} {kchg}% year over year, while average selling price rose to {kprice} per ton.",
                      press="aggregates shipments of {kv}, {kud} {kchg}%, at an average selling price of {kprice} per ton.",
                      note="Aggs volumes {kv} ({ksign}% y/y) at {kprice}/ton ASP in {perA}.",
                      ctx=["Weather disrupted shipping days in several of our southern markets.",
                           "Infrastructure work remains the steadiest part of our demand."]),
    "biotech": dict(gen=kpi_biotech, qn=["number of patients on therapy", "patient count on treatment",
                                         "patients on its drugs"],
                    call="We ended the quarter with approximately {kv} patients on therapy, including about {knew} new patient starts.",
                    press="approximately {kv} patients on therapy at quarter end, reflecting roughly {knew} new patient starts.",
                    note="Patients on therapy reached ~{kv} in {perA} (~{knew} new starts).",
                    ctx=["Persistence rates remain above what we saw in the pivotal studies.",
                         "Payer coverage now reaches the large majority of commercial lives."]),
    "bank": dict(gen=kpi_bank, qn=["net interest margin", "NIM", "spread between loan yields and funding costs"],
                 call="Net interest margin was {kv} this quarter, {kud} {kbps} basis points from the prior quarter, {kview}.",
                 press="net interest margin of {kv}, {kud} {kbps} basis points linked-quarter.",
                 note="NIM printed at {kv} in {perA} ({ksign}{kbps}bps q/q), {kview}.",
                 ctx=["Deposit balances were stable, with some migration into time deposits.",
                      "Loan growth was concentrated in commercial and industrial lending."]),
    "apparel": dict(gen=kpi_apparel, qn=["comparable sales", "comps", "same-store sales growth"],
                    call="Comparable sales {kud} {kabs}% this quarter {kview}.",
                    press="comparable sales of {kv}, including stores and e-commerce.",
                    note="Comps {kv} in {perA}, {kview}.",
                    ctx=["Clearance activity was lower than last year.",
                         "Our loyalty members continue to shop more often than non-members."]),
    "energy": dict(gen=kpi_energy, qn=["daily production volumes", "output in barrels of oil equivalent per day",
                                       "production rate"],
                   call="Production averaged {kv} this quarter, with oil at roughly {koil}% of the mix.",
                   press="average production of {knum} thousand barrels of oil equivalent per day, of which {koil}% was oil.",
                   note="Volumes of {kv} in {perA} ({koil}% oil).",
                   ctx=["Well performance in our newest pads is running ahead of type curve.",
                        "Midstream downtime was minimal in the period."]),
    "hotels": dict(gen=kpi_hotels, qn=["RevPAR", "revenue per available room", "room revenue per available room"],
                   call="Systemwide RevPAR was {kv} this quarter, {kud} {kchg}% year over year.",
                   press="systemwide revenue per available room (RevPAR) of {kv}, {kud} {kchg}% on a comparable basis.",
                   note="Systemwide RevPAR {kv} in {perA} ({ksign}% y/y).",
                   ctx=["Group bookings remained the strongest segment.",
                        "Leisure demand normalized further in our resort markets."]),
    "aero": dict(gen=kpi_aero, qn=["order backlog", "backlog", "total unfilled orders"],
                 call="Total backlog stood at {kv} at the end of the quarter, and book-to-bill was {kbb}.",
                 press="total backlog of {kv} at quarter end and a book-to-bill ratio of {kbb}.",
                 note="Backlog {kv} exiting {perA}, book-to-bill {kbb}x.",
                 ctx=["Supply chain constraints on castings and forgings persist.",
                      "Our customers continue to talk about higher production rates."]),
    "insurance": dict(gen=kpi_insurance, qn=["combined ratio", "underwriting profitability as measured by the combined ratio",
                                             "combined ratio including catastrophe losses"],
                      call="The combined ratio came in at {kv} this quarter, including {kcat} points of catastrophe losses.",
                      press="a consolidated combined ratio of {kv}, including {kcat} points of catastrophe losses.",
                      note="Combined ratio of {kv} in {perA}, of which cats were {kcat}pts.",
                      ctx=["Rate increases continue to earn through the book.",
                           "Prior-year reserve development was modest."]),
    "saas": dict(gen=kpi_saas, qn=["annual recurring revenue", "ARR", "recurring revenue run-rate"],
                 call="Annual recurring revenue reached {kv} at quarter end, up {kg}% year over year, and net revenue retention was {knrr}%.",
                 press="annual recurring revenue (ARR) of {kv}, an increase of {kg}% year over year.",
                 note="ARR of {kv} exiting {perA} (+{kg}% y/y), NRR {knrr}%.",
                 ctx=["Sales cycles for large deals remain elongated.",
                      "Our newest AI features are driving upsell in the installed base."]),
    "rail": dict(gen=kpi_rail, qn=["operating ratio", "OR", "operating expenses as a share of revenue"],
                 call="Our operating ratio was {kv} this quarter, a {kbps} basis point {kword} from last year.",
                 press="an operating ratio of {kv}, which {kud} by {kbps} basis points year over year.",
                 note="OR of {kv} in {perA}, {kbps}bps of y/y {kword}.",
                 ctx=["Train speeds and terminal dwell both improved sequentially.",
                      "Crew availability is back to where we want it."]),
    "medtech": dict(gen=kpi_medtech, qn=["robotic system placements", "installed base of surgical robots",
                                         "surgical robot placements"],
                    call="We placed {kv} Sentra robotic systems this quarter, bringing the global installed base to {kbase}.",
                    press="placement of {kv} Sentra robotic surgical systems, bringing the installed base to {kbase} systems.",
                    note="{kv} Sentra placements in {perA}; installed base now {kbase}.",
                    ctx=["Utilization per system continues to climb.",
                         "Capital budgets at hospitals look healthier than a year ago."]),
    "steel": dict(gen=kpi_steel, qn=["average realized price per ton", "realized steel prices", "selling price per ton"],
                  call="Our average realized price was {kv} per ton this quarter, {kud} ${kchg} from the prior quarter.",
                  press="an average realized selling price of {kv} per ton, {kud} ${kchg} sequentially.",
                  note="Realized price {kv}/t in {perA} ({ksign}${kchg}/t q/q).",
                  ctx=["Scrap costs moved in line with finished steel prices.",
                       "Imports remain a headwind in coastal markets."]),
    "home": dict(gen=kpi_home, qn=["net new home orders", "net orders", "new orders for homes"],
                 call="Net new orders were {kv} homes this quarter, {kud} {kchg}% year over year, with a cancellation rate that stayed in the low teens.",
                 press="net new orders of {kv} homes, {kud} {kchg}% compared with the prior-year quarter.",
                 note="Net orders {kv} in {perA} ({ksign}% y/y).",
                 ctx=["Mortgage rate buydowns remain our main incentive tool.",
                      "Traffic to our communities picked up late in the period."]),
    "telecom": dict(gen=kpi_telecom, qn=["postpaid phone net additions", "postpaid phone subscriber adds",
                                         "net new postpaid phone customers"],
                    call="We added {kv} postpaid phone net additions this quarter, with postpaid phone churn of {kchurn}.",
                    press="{kv} postpaid phone net additions and postpaid phone churn of {kchurn}.",
                    note="Postpaid phone net adds of {kv} in {perA}, churn {kchurn}.",
                    ctx=["Promotional activity in the industry stayed elevated.",
                         "Converged customers who take both fiber and wireless churn meaningfully less."]),
    "renew": dict(gen=kpi_renew, qn=["megawatts placed into service", "new capacity brought online", "MW commissioned"],
                  call="We placed {kv} of new projects into commercial operation this quarter.",
                  press="{knum} megawatts of solar and storage capacity placed into service.",
                  note="{kv} placed in service in {perA}.",
                  ctx=["Module supply is no longer a constraint.",
                       "Interconnection queues remain the main gating factor."]),
    "grocery": dict(gen=kpi_grocery, qn=["identical-store sales", "ID sales excluding fuel", "same-store sales"],
                    call="Identical-store sales excluding fuel {kud} {kabs}% this quarter.",
                    press="identical-store sales, excluding fuel, of {kv}.",
                    note="ID sales ex-fuel {kv} in {perA}.",
                    ctx=["Our own brands continued to gain share of basket.",
                         "Digital sales grew faster than the store base."]),
    "water": dict(gen=kpi_water, qn=["order intake", "orders growth", "organic orders"],
                  call="Organic orders {kud} {kabs}% this quarter, and book-to-bill was {kbb}.",
                  press="organic orders growth of {kv} and a book-to-bill ratio of {kbb}.",
                  note="Organic orders {kv} in {perA}, book-to-bill {kbb}.",
                  ctx=["Municipal funding from the infrastructure program is starting to flow.",
                       "Large industrial projects remain lumpy."]),
    "payments": dict(gen=kpi_payments, qn=["total payment volume", "TPV", "dollar volume processed"],
                     call="Total payment volume was {kv} this quarter, up {kg}% year over year.",
                     press="total payment volume (TPV) of {kv}, an increase of {kg}%.",
                     note="TPV {kv} in {perA} (+{kg}% y/y).",
                     ctx=["Cross-border volumes grew faster than domestic.",
                          "Take rates were stable."]),
    "chem": dict(gen=kpi_chem, qn=["sales volumes", "volume growth", "volumes"],
                 call="Sales volumes {kud} {kabs}% this quarter, while pricing contributed {kprice}%.",
                 press="sales volumes {kud} {kabs}% year over year, with pricing {kprice}%.",
                 note="Volumes {kv} in {perA}, price {kprice}%.",
                 ctx=["Destocking in construction end markets has largely run its course.",
                      "Customers continue to order close to need."]),
    "media": dict(gen=kpi_media, qn=["paid streaming subscribers", "subscriber count", "streaming subs"],
                  call="We ended the quarter with {kv} paid streaming subscribers, {kadds} {kaddw} in the period.",
                  press="{kv} paid streaming subscribers at quarter end, reflecting {kadds} {kaddw}.",
                  note="Streaming subs {kv} at end-{perA} ({kadds} {kaddw}).",
                  ctx=["Our ad-supported tier accounted for most new sign-ups.",
                       "Password-sharing enforcement is still in early innings."]),
    "ag": dict(gen=kpi_ag, qn=["price realization", "pricing", "net price realization"],
               call="Price realization was {kv} this quarter, in line with our expectations.",
               press="price realization of {kv} in equipment operations.",
               note="Price realization {kv} in {perA}.",
               ctx=["Dealer inventories of large tractors are now roughly where we want them.",
                    "Lower crop prices are weighing on farmer sentiment."]),
    "reit": dict(gen=kpi_reit, qn=["portfolio occupancy", "occupancy rate", "percentage of space leased"],
                 call="Portfolio occupancy ended the quarter at {kv}, and cash re-leasing spreads were {kspread}%.",
                 press="portfolio occupancy of {kv} and cash leasing spreads of {kspread}%.",
                 note="Occupancy {kv} at end-{perA}; cash spreads +{kspread}%.",
                 ctx=["Tenant retention remained high.",
                      "Sublease space in our office markets is slowly being absorbed."]),
}

# --------------------------------------------------------------------------------------------------------------
# Periods and genre fillers
# --------------------------------------------------------------------------------------------------------------
PER = {
    2: dict(perT=["Q2 2024", "second-quarter 2024", "2Q24"],
            per_long=["the three months ended June 30, 2024", "the second quarter of 2024"],
            perA=["2Q24", "Q2", "2Q"],
            q=["Q2", "the second quarter", "the June quarter", "Q2 2024", "the April-to-June period",
               "the three months to June", "2Q24", "the second quarter of 2024", "the quarter ended June 30",
               "the 2024 second quarter"],
            q_pre=["Q2", "2Q24", "Q2 2024", "second-quarter", "June-quarter"],
            q_post=["Q2", "2Q24", "Q2 2024", "in the second quarter", "for the June quarter", "in the three months to June"]),
    3: dict(perT=["Q3 2024", "third-quarter 2024", "3Q24"],
            per_long=["the three months ended September 30, 2024", "the third quarter of 2024"],
            perA=["3Q24", "Q3", "3Q"],
            q=["Q3", "the third quarter", "the September quarter", "Q3 2024", "the July-to-September period",
               "the three months to September", "3Q24", "the third quarter of 2024",
               "the quarter ended September 30", "the 2024 third quarter"],
            q_pre=["Q3", "3Q24", "Q3 2024", "third-quarter", "September-quarter"],
            q_post=["Q3", "3Q24", "Q3 2024", "in the third quarter", "for the September quarter",
                    "in the three months to September"]),
}
Q_WEIGHTS = [5, 5, 3, 3, 2, 2, 2, 2, 2, 1]

CALL_T = ["{short} {perT} earnings call — CFO prepared remarks", "{co} ({tk}) {perT} earnings call transcript",
          "{short} {perT} results call: prepared remarks", "{short} ({tk}) {perT} conference call"]
QA_T = ["{short} {perT} earnings call — Q&A", "{co} ({tk}) {perT} earnings call: question-and-answer session"]
CEO_T = ["{short} {perT} earnings call — CEO remarks", "{co} ({tk}) {perT} earnings call transcript"]

OPEN = ["Thanks, {ceo_first}, and good morning, everyone.", "Thank you, operator, and welcome to everyone joining us.",
        "Good afternoon, and thanks for being with us today.", "Let me walk through the financials in a bit more detail.",
        "I'll keep this brief so we have plenty of time for questions.", "", "", "", ""]
CLOSE = ["With that, I'll hand it back to {ceo_first}.", "Operator, we're ready to take questions.",
         "We remain disciplined in how we allocate capital.",
         "The team executed well in what remains a choppy macro environment.",
         "More detail is in the supplemental slides posted to our website.", "", "", "", ""]
QUOTE = ["\"Our teams delivered solid execution across the business,\" said {ceo}, Chief Executive Officer.",
         "\"We continue to make progress against the priorities we set at the start of the year,\" said {ceo}, President and CEO of {short}.",
         "A webcast of the related conference call is available on the company's investor relations website.",
         "", "", ""]
NCLOSE = ["We remain Overweight.", "We reiterate our Neutral rating.", "Risk/reward looks balanced at current levels.",
          "Read-across to peers is modestly positive.", "We would use any weakness as an entry point.",
          "Estimates are under review.", "", "", ""]
FCLOSE = ["See Note 8 to the condensed consolidated financial statements for additional information.",
          "Refer to Part I, Item 1A, \"Risk Factors,\" for factors that could affect future results.",
          "Amounts may not sum due to rounding.", "", "", ""]
ESGCLOSE = ["Data for this metric received limited assurance from an independent third party.",
            "This disclosure was prepared with reference to the GRI Standards.",
            "Historical figures have been restated to reflect acquisitions and divestitures.", "", ""]
FIRMS = ["Harwick Securities", "Blue Fen Capital Markets", "Stoneleigh & Co.", "Marlowe Research",
         "Castellan Partners", "Ortolan Brothers", "Greyfield Equity Research", "Ainsley Kemp"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# --------------------------------------------------------------------------------------------------------------
# Fact templates: P = passages (genre, title, text); Q = questions. {cq} = the company as the asker names it,
# {qper} = the quarter as the asker names it.
# --------------------------------------------------------------------------------------------------------------
T = {}

T["rev"] = dict(P=[
    ("call", "@call", "{open} Consolidated revenue for the quarter was {rev}, {updown} {yoy_abs}% from the same quarter last year{rev_drv}. {close}"),
    ("press", "{co} reports {perT} results", "{city} — {co} ({exch}: {tk}) today reported financial results for {per_long}. Net revenue totaled {rev}, {chg_word} of {yoy_abs}% compared with {prev_rev} in the prior-year period. {quote}"),
    ("filing", "{co} Form 10-Q — Results of Operations", "Total revenues {rose} {yoy_abs}% to {rev_mm} for {per_long}, compared with {prev_mm} for the corresponding period of 2023. The {inc_dec} was primarily attributable to {rev_drv2}. {fclose}"),
    ("note", "{tk}: {perA} revenue {bm_word}", "{tk} reported {perA} revenue of {rev_c}, {ysign}% y/y, against consensus of {cons_c}. {rev_note} {nclose}"),
    ("call", "@ceo", "{ceo} (CEO): {rev_ceo} Sales for the quarter came in at {rev}, {yoy_abs}% {above_below} where we were a year ago."),
], Q=[
    "How much revenue did {cq} bring in during {qper}?",
    "What were {cqp} total sales in {qper} and how did they compare with a year earlier?",
    "{cq} {qper_pre} top line year over year",
    "Did {cq} grow its sales in {qper}?",
    "{cq} net revenue {qper_post}",
    "what top-line number did {cq} post for {qper}",
    "Year-on-year revenue change at {cq} in {qper}?",
])

T["eps"] = dict(P=[
    ("press", "{short} {perT} financial highlights", "{co} ({exch}: {tk}) reported {eps_name} of ${eps} for {per_long}, compared with ${prev_eps} in the prior-year quarter. On a GAAP basis, diluted EPS was ${gaap}. {quote}"),
    ("note", "{tk} {perA}: EPS {bm_word}", "{perA} {eps_abbr} of ${eps} came in {vs_cons} the ${cons} consensus{eps_help}. {nclose}"),
    ("call", "@call", "{open} Moving down the P&L, {eps_name} was ${eps}, versus ${prev_eps} a year ago. GAAP EPS of ${gaap} includes {eps_items}. {close}"),
    ("note", "{short} ({tk}) — {perT} earnings recap", "Bottom line: {eps_abbr} of ${eps} vs. our ${our_est} estimate and the Street at ${cons}. {eps_help2} {nclose}"),
], Q=[
    "What {eps_q} did {cq} report for {qper}?",
    "{cq} {qper_pre} {eps_q}",
    "How did {cqp} {eps_q} come out in {qper}?",
    "{eps_q} at {cq} in {qper}?",
    "how much did {cq} earn per share in {qper}",
])

T["gm"] = dict(P=[
    ("call", "@call", "{open} Gross margin was {gm}% in the quarter, {gm_ud} {bps} basis points year over year, driven by {gm_drv}. {close}"),
    ("filing", "{co} Form 10-Q — Gross Profit", "Gross profit as a percentage of net sales was {gm}% for {per_long}, compared with {prev_gm}% in the same period of the prior year. The {inc_dec_gm} reflects {gm_drv}. {fclose}"),
    ("note", "{tk}: {perA} gross margin {gm_title}", "Gross margin of {gm}% ({bsign}{bps} bps y/y) {gm_note}. {nclose}"),
    ("press", "{short} {perT} results: margin update", "{co} ({tk}) said gross margin {expanded} {bps} basis points to {gm}% in {per_long}, reflecting {gm_drv}. {quote}"),
], Q=[
    "How did {cqp} gross margin move in {qper}?",
    "{cq} {qper_pre} gross margin change in basis points",
    "Did gross margins widen or narrow at {cq} in {qper}?",
    "What gross margin percentage did {cq} report for {qper}?",
    "{cq} gross profit as a share of sales {qper_post}",
])

T["ebitda"] = dict(P=[
    ("press", "{co} reports {perT} results", "{co} ({exch}: {tk}) generated adjusted EBITDA of {ebitda} in {per_long}, {updown} {e_abs}% year over year, representing a margin of {em}%. {quote}"),
    ("call", "@call", "{open} Adjusted EBITDA was {ebitda} for the quarter, and adjusted EBITDA margin came in at {em}%, {em_move}. {close}"),
    ("note", "{tk}: {perA} EBITDA {bm_word}", "{perA} adj. EBITDA of {ebitda_c} ({em}% margin) vs. consensus {econs_c}. {e_note} {nclose}"),
    ("filing", "{co} — Reconciliation of Non-GAAP Measures", "Adjusted EBITDA, a non-GAAP measure, was {ebitda} for {per_long} compared with {prev_ebitda} for the prior-year period. Adjusted EBITDA excludes restructuring costs, acquisition-related expenses and stock-based compensation. {fclose}"),
], Q=[
    "What adjusted EBITDA did {cq} report for {qper}?",
    "{cq} {qper_pre} EBITDA",
    "How much EBITDA did {cq} generate in {qper}?",
    "{cq} adjusted EBITDA for {qper} versus last year",
    "operating profitability before D&A at {cq} in {qper}",
])

T["guide_rev"] = dict(P=[
    ("press", "{co} updates 2024 outlook", "{co} ({exch}: {tk}) {g_verb} its full-year 2024 revenue guidance to {new_rng}{g_from}. {g_reason} {quote}"),
    ("call", "{short} Q3 2024 earnings call — outlook", "{open} Turning to the outlook, we now expect full-year revenue of {new_rng}{g_from_call}. {g_reason_call} {close}"),
    ("note", "{tk}: FY24 sales guide {g_word}", "Management {g_verb} the FY24 revenue guide to {new_rng_c}{g_from_c}; the Street sat at {gcons_c} going in. {nclose}"),
    ("filing", "{co} Form 8-K — Item 2.02", "On October {day}, 2024, {co} issued a press release announcing its results for the third quarter of 2024 and {g_verb} its outlook for fiscal 2024, which now calls for revenue of {new_rng}. A copy of the press release is furnished as Exhibit 99.1."),
], Q=[
    "What is {cqp} revenue outlook for full-year 2024?",
    "Did {cq} change its 2024 sales guidance?",
    "{cq} FY24 revenue guidance range",
    "How much revenue does {cq} now expect for the year?",
    "{cq} annual sales forecast update",
])

T["guide_eps"] = dict(P=[
    ("press", "{co} updates 2024 outlook", "{co} ({exch}: {tk}) now expects full-year 2024 {eps_name} in the range of ${ge_lo} to ${ge_hi}{ge_from}. {quote}"),
    ("call", "{short} Q3 2024 earnings call — outlook", "{open} On the bottom line, we are {ge_ing} our full-year {eps_name} guidance {ge_to} ${ge_lo} to ${ge_hi}. {close}"),
    ("note", "{tk}: FY24 EPS guide {g_word}", "FY24 {eps_abbr} guide now ${ge_lo}–${ge_hi}{ge_from_c}, vs. consensus of ${ge_cons}. {nclose}"),
], Q=[
    "What {eps_q} is {cq} guiding to for 2024?",
    "{cq} full-year {eps_q} outlook",
    "Did {cq} change its earnings guidance for the year?",
    "{cq} 2024 profit forecast per share",
])

T["guide_lt"] = dict(P=[
    ("press", "{co} outlines 2027 financial framework at investor day", "At its investor day, {co} ({exch}: {tk}) introduced financial targets through 2027, including organic revenue growth of {cg_lo}% to {cg_hi}% a year and an {mtype} of at least {tm}% by 2027. {quote}"),
    ("call", "{short} investor day 2024 — CFO presentation", "{open} Our framework through 2027 is simple: {cg_lo} to {cg_hi}% organic growth a year, {mtype} expanding to {tm}% or better, and cumulative free cash flow of roughly {fcf_cum} over the period. {close}"),
    ("note", "{tk}: investor day takeaways", "The 2027 targets ({cg_lo}–{cg_hi}% organic CAGR, ≥{tm}% {mabbr}) look {lt_note}. {nclose}"),
], Q=[
    "What are {cqp} medium-term financial targets?",
    "Where does {cq} expect margins to be by 2027?",
    "{cq} long-range growth targets from the investor day",
    "What annual organic growth is {cq} aiming for through 2027?",
])

T["fcf"] = dict(P=[
    ("filing", "{co} Form 10-K — Liquidity and Capital Resources", "Net cash provided by operating activities was {ocf} in fiscal 2023. After capital expenditures of {capex23}, free cash flow, a non-GAAP measure, was {fcf}. {fclose}"),
    ("press", "{co} reports fourth-quarter and full-year 2023 results", "{co} ({exch}: {tk}) generated full-year 2023 free cash flow of {fcf}, representing {conv}% conversion of adjusted net income. {quote}"),
    ("call", "{short} Q4 2023 earnings call — CFO prepared remarks", "{open} For the full year, we generated {fcf} of free cash flow, {fcf_cmp}. {close}"),
    ("note", "{tk}: cash generation remains a differentiator", "FY23 FCF of {fcf_c} ({conv}% conversion) underpins the capital return story. {nclose}"),
], Q=[
    "How much free cash flow did {cq} generate in 2023?",
    "{cq} FCF for fiscal 2023",
    "{cq} 2023 free cash flow",
    "How much cash did {cq} produce after capital spending in 2023?",
])

T["capex"] = dict(P=[
    ("call", "{short} Q3 2024 earnings call — outlook", "{open} Looking ahead to 2025, we expect capital expenditures of {cx_rng}, with the bulk directed toward {capex_focus}. {close}"),
    ("press", "{co} announces 2025 capital budget", "{co} ({exch}: {tk}) today announced a 2025 capital expenditure budget of {cx_rng}, {cx_cmp} 2024 levels. Spending will prioritize {capex_focus}. {quote}"),
    ("note", "{tk}: 2025 capex preview", "Management's initial FY25 capex range of {cx_rng_c} is {cx_note} our model; most of it goes to {capex_focus}. {nclose}"),
    ("filing", "{co} Form 10-Q — Capital Expenditures", "The Company currently anticipates capital expenditures of approximately {cx_rng} in fiscal 2025, primarily for {capex_focus}, which it expects to fund from cash on hand and cash flows from operations. {fclose}"),
], Q=[
    "How much is {cq} planning to spend on capex in 2025?",
    "{cq} capital budget for next year",
    "What will {cq} invest in property, plant and equipment in 2025?",
    "{cq} 2025 capital expenditure plans",
])

T["dividend"] = dict(P=[
    ("press", "{co} raises quarterly dividend", "{co} ({exch}: {tk}) announced that its board of directors approved a {dpct}% increase in the quarterly cash dividend to ${div_new} per share, from ${div_old}. The dividend is payable on {paydate} to shareholders of record on {recdate}. {div_streak}"),
    ("call", "{short} Q3 2024 earnings call — capital allocation", "{open} Our board approved a {dpct}% increase to the quarterly dividend, taking it to ${div_new} a share, or ${ann} on an annualized basis. {div_streak} {close}"),
    ("note", "{tk}: dividend hike {div_title}", "The {dpct}% dividend increase to ${div_new}/qtr (${ann} annualized, ~{yld}% yield) was {div_note}. {nclose}"),
    ("filing", "{co} Form 10-Q — Dividends", "On {decl_date}, the Board of Directors declared a quarterly cash dividend of ${div_new} per share of common stock, an increase from the ${div_old} per share paid in the prior quarter. {fclose}"),
], Q=[
    "How much did {cq} raise its dividend?",
    "What is {cqp} new quarterly dividend per share?",
    "{cq} dividend increase",
    "What does {cq} now pay shareholders each quarter?",
])

T["buyback"] = dict(P=[
    ("press", "{co} authorizes new share repurchase program", "{co} ({exch}: {tk}) said its board has authorized the repurchase of up to {auth} of its common stock, replacing the {prior_rem} remaining under the prior program. Repurchases may be made in the open market or through accelerated share repurchase agreements. {quote}"),
    ("call", "{short} Q3 2024 earnings call — capital allocation", "{open} We also returned capital through buybacks. The board has approved a new {auth} authorization, and we bought back {q3_rep} of stock during the quarter. {close}"),
    ("filing", "{co} Form 10-Q — Issuer Purchases of Equity Securities", "During the quarter, the Company repurchased {shares} shares of common stock for {q3_rep}. In {auth_month} 2024, the Board authorized a new share repurchase program of up to {auth}, which has no expiration date. {fclose}"),
    ("note", "{tk}: buyback gets bigger", "The new {auth_c} repurchase authorization equals roughly {pct_mcap}% of the current market cap. {nclose}"),
], Q=[
    "How big is {cqp} stock buyback authorization?",
    "Is {cq} repurchasing shares?",
    "{cq} share repurchase program size",
    "How much stock is {cq} allowed to buy back?",
])

T["leverage"] = dict(P=[
    ("call", "@call3", "{open} We ended the quarter with net debt of {net_debt} and net leverage of {lev} times trailing adjusted EBITDA, {lev_vs} our {tgt_lo} to {tgt_hi} times target range. {close}"),
    ("note", "{tk}: balance sheet check", "Net debt/EBITDA stood at {lev}x at end-3Q24 against a {tgt_lo}–{tgt_hi}x target. {lev_note} {nclose}"),
    ("filing", "{co} Form 10-Q — Indebtedness", "As of September 30, 2024, total debt was {gross_debt} and cash and equivalents were {cash_l}, resulting in net debt of {net_debt}. The ratio of net debt to trailing twelve-month adjusted EBITDA was {lev}x. {fclose}"),
    ("press", "{short} Q3 2024 results: balance sheet", "{co} ({tk}) {lev_verb} net leverage of {lev}x at quarter end, {lev_vs} its {tgt_lo}x–{tgt_hi}x target range. {quote}"),
], Q=[
    "What is {cqp} net debt to EBITDA?",
    "How leveraged is {cq} compared with its target?",
    "{cq} leverage ratio at the end of Q3",
    "Is {cqp} balance sheet within its leverage target range?",
])

T["covenant"] = dict(P=[
    ("filing", "{co} Form 10-K — Credit Agreement", "The Company maintains a {rcf} senior unsecured revolving credit facility maturing in {mat}. The credit agreement requires the Company to maintain a consolidated net leverage ratio of not more than {max_lev} to 1.00 and an interest coverage ratio of at least {min_icr} to 1.00. The Company was in compliance with all covenants as of December 31, 2023."),
    ("note", "{tk}: covenant headroom is ample", "{tk}'s revolver ({rcf_c}, due {mat}) carries a {max_lev}x maximum net leverage covenant and a {min_icr}x minimum interest cover test; {cov_note}. {nclose}"),
    ("call", "@qa3", "{cfo} (CFO): On the covenant question, we have plenty of headroom. The revolver tests net leverage at {max_lev} times and interest coverage at {min_icr} times, and we're comfortably inside both. The facility runs to {mat}."),
    ("press", "{co} amends and extends revolving credit facility", "{co} ({exch}: {tk}) entered into an amended and restated {rcf} revolving credit facility that extends the maturity to {mat}. Financial covenants were reset to a maximum net leverage ratio of {max_lev}x and a minimum interest coverage ratio of {min_icr}x."),
], Q=[
    "What financial covenants are in {cqp} revolving credit facility?",
    "{cq} revolver covenant levels",
    "What leverage covenant applies to {cqp} bank debt?",
    "When does {cqp} revolving credit facility mature and what are its covenants?",
])

T["notes"] = dict(P=[
    ("press", "{co} prices senior notes offering", "{co} ({exch}: {tk}) priced an offering of {amt} aggregate principal amount of {coupon}% senior unsecured notes due {due}. The company intends to use the net proceeds to {use}."),
    ("filing", "{co} Form 10-Q — Debt", "In {n_month} 2024, the Company issued {amt} of {coupon}% senior notes due {due}. Interest is payable semi-annually. Net proceeds were used to {use}. {fclose}"),
    ("note", "{tk}: bond deal terms", "{tk} came to market with {amt_c} of {due} paper at a {coupon}% coupon, {spread_note}. {nclose}"),
    ("call", "@call3", "{open} During the quarter we issued {amt} of notes due {due} at a coupon of {coupon}% and used the proceeds to {use_we}. {close}"),
], Q=[
    "What coupon did {cq} pay on its latest bond deal?",
    "Details of {cqp} recent senior notes offering",
    "How much debt did {cq} raise and at what interest rate?",
    "{cq} new notes maturity and coupon",
])

T["seg"] = dict(P=[
    ("filing", "{co} Form 10-Q — Segment Results", "{seg} segment revenue was {seg_rev} for {per_long}, {updown} {g_abs}% compared with the prior-year period. Segment operating margin was {seg_om}%, {om_chg}. {fclose}"),
    ("call", "{short} Q3 2024 earnings call — segment review", "{open} In {seg}, revenue was {seg_rev}, {updown} {g_abs}% year over year, and segment margin was {seg_om}%. {seg_ctx} {close}"),
    ("note", "{tk}: {seg} in focus", "{seg} sales of {seg_rev_c} ({gsign}% y/y) at a {seg_om}% segment margin {seg_note}. {nclose}"),
    ("press", "{co} reports third-quarter 2024 results", "{seg} — revenue of {seg_rev}, {updown} {g_abs}% year over year; segment operating margin of {seg_om}%. {quote}"),
], Q=[
    "How did {cqp} {segq} segment perform in {qper}?",
    "{cq} {segq} revenue {qper_post}",
    "What margin did {cqp} {segq} business earn in {qper}?",
    "{segq} sales growth at {cq} in {qper}",
])

T["restructuring"] = dict(P=[
    ("press", "{co} announces operational efficiency program", "{co} ({exch}: {tk}) announced a restructuring plan expected to reduce its global workforce by approximately {pct_head}%, or about {roles} positions. The company expects pre-tax charges of {ch_lo} to {ch_hi}, primarily severance, and targets annualized run-rate savings of {savings} by the end of 2025."),
    ("call", "@ceo3", "{ceo} (CEO): We made the difficult decision to streamline the organization. Roughly {roles} roles will be affected, and we expect run-rate savings of about {savings} once the program is fully implemented at the end of 2025."),
    ("filing", "{co} Form 10-Q — Restructuring", "In 2024, the Company initiated a restructuring program and expects to incur total pre-tax charges of {ch_lo} to {ch_hi}, consisting primarily of severance and facility exit costs, of which {ch_todate} was recognized through September 30, 2024. {fclose}"),
    ("note", "{tk}: cost program adds upside", "The {savings_c} savings target (about {save_pct}% of the opex base) is not in consensus yet, and headcount is coming down by roughly {pct_head}%. {nclose}"),
], Q=[
    "Is {cq} restructuring?",
    "Details of {cqp} cost-cutting program",
    "{cq} layoffs and expected savings",
    "What is {cq} doing to take costs out of the business?",
])

T["acquisition"] = dict(P=[
    ("press", "{co} to acquire {tgt_s}", "{co} ({exch}: {tk}) has entered into a definitive agreement to acquire {tgt}, {tdesc}, for {price} in cash, {mult}. The transaction is expected to close in {close_t}, subject to regulatory approvals, and to be accretive to adjusted EPS in the first full year."),
    ("call", "{short} acquisition conference call", "{ceo} (CEO): {tgt_cap} is exactly the kind of bolt-on we've talked about. We're paying {price}, {mult}, and we expect to close in {close_t}."),
    ("note", "{tk}: deal makes strategic sense", "At {price_c} ({mult_short}), the purchase of {tgt} is {deal_note}. {nclose}"),
    ("filing", "{co} Form 8-K — Item 1.01", "On {ann_date}, {co} entered into a definitive purchase agreement to acquire {tgt} for aggregate cash consideration of {price}, subject to customary adjustments. {fclose}"),
], Q=[
    "What acquisition has {cq} announced?",
    "How much is {cq} paying for its latest acquisition?",
    "Which business is {cq} buying?",
    "{cq} acquisition price and valuation",
])

T["tax"] = dict(P=[
    ("call", "@call3", "{open} The effective tax rate was {etr}% in the quarter, compared with {etr_prev}% last year, reflecting {tax_reason}. For the full year we now expect a rate of {fy_lo}% to {fy_hi}%. {close}"),
    ("filing", "{co} Form 10-Q — Income Taxes", "The Company's effective tax rate was {etr}% for the three months ended September 30, 2024, compared with {etr_prev}% for the same period of 2023. The change was primarily due to {tax_reason}. {fclose}"),
    ("note", "{tk}: tax a swing factor", "A {etr}% 3Q tax rate ({tax_note}) and a FY24 ETR guide of {fy_lo}–{fy_hi}% leave {tax_note2}. {nclose}"),
], Q=[
    "What is {cqp} effective tax rate?",
    "{cq} tax rate this year",
    "How is {cqp} effective tax rate trending?",
    "what share of pre-tax profit is {cq} paying in taxes",
])

T["esg_emis"] = dict(P=[
    ("esg", "{short} 2023 Sustainability Report — Climate", "{co} has committed to reducing absolute Scope 1 and 2 greenhouse gas emissions by {e_tgt}% by 2030 from a {e_base} baseline. Through 2023, we achieved a {e_ach}% reduction, driven by {e_drv}. {esgclose}"),
    ("press", "{co} sets science-based climate targets", "{co} ({exch}: {tk}) announced that the Science Based Targets initiative has validated its near-term targets, including a {e_tgt}% cut in Scope 1 and 2 emissions by 2030 versus {e_base} and a commitment to reach net zero by {nz}."),
    ("note", "{tk}: ESG scorecard", "On climate, {tk} has cut operational (Scope 1+2) emissions {e_ach}% against its {e_base} base and targets a {e_tgt}% reduction by 2030; {e_note}. {nclose}"),
    ("call", "{short} investor day 2024 — sustainability", "{ceo} (CEO): Our decarbonization plan is on track. We've reduced Scope 1 and 2 emissions by {e_ach}% since {e_base}, and we're targeting {e_tgt}% by the end of the decade."),
], Q=[
    "What are {cqp} targets for cutting greenhouse gas emissions?",
    "How much has {cq} reduced its carbon footprint so far?",
    "{cq} scope 1 and 2 reduction goal",
    "{cq} progress on emissions cuts versus its 2030 goal",
])

T["esg_energy"] = dict(P=[
    ("esg", "{short} 2023 Sustainability Report — Energy", "In 2023, renewable sources supplied {ren}% of the electricity consumed across our operations, up from {ren_prev}% in 2022. We aim to source 100% renewable electricity by {ren_tgt} through power purchase agreements and on-site generation. {esgclose}"),
    ("press", "{co} publishes 2023 sustainability report", "{co} ({exch}: {tk}) said renewable electricity accounted for {ren}% of its total electricity use in 2023 and reaffirmed its goal of 100% renewable power by {ren_tgt}."),
    ("note", "{tk}: ESG scorecard", "{tk} sourced {ren}% renewable electricity in 2023 (target: 100% by {ren_tgt}), {ren_note}. {nclose}"),
], Q=[
    "How much of {cqp} electricity comes from renewable sources?",
    "{cq} renewable power target",
    "What share of {cqp} energy use is renewable?",
])

T["esg_people"] = dict(P=[
    ("esg", "{short} 2023 Sustainability Report — Our People", "Women held {wl}% of director-level and above positions at the end of 2023, compared with {wl_prev}% a year earlier. Our goal is to reach {wl_tgt}% by {wl_yr}. {esgclose}"),
    ("press", "{co} publishes 2023 impact report", "{co} ({exch}: {tk}) said women now hold {wl}% of its senior leadership roles, up from {wl_prev}%, as it works toward a goal of {wl_tgt}% by {wl_yr}."),
    ("note", "{tk}: ESG scorecard", "Social metrics at {tk} are mixed: women hold {wl}% of senior leadership roles versus a {wl_tgt}% goal for {wl_yr}. {nclose}"),
], Q=[
    "What percentage of {cqp} senior leaders are women?",
    "{cq} gender diversity target for management",
    "How is {cq} doing on female representation in leadership?",
])

T["cfo"] = dict(P=[
    ("press", "{co} names {new_cfo} chief financial officer", "{co} ({exch}: {tk}) announced the appointment of {new_cfo} as Executive Vice President and Chief Financial Officer, effective {eff}. {nc_first} succeeds {cfo}, who will retire after {cfo_yrs} years with the company. {nc_first} joins from {prevco}, where {nc_pron} served as CFO."),
    ("filing", "{co} Form 8-K — Item 5.02", "On {ann_date}, {cfo} notified {co} of {cfo_pos} intention to retire as Chief Financial Officer. The Board of Directors appointed {new_cfo} to serve as Chief Financial Officer effective {eff}."),
    ("note", "{tk}: CFO transition", "{tk} named {new_cfo} (ex-{prevco}) as CFO, replacing the retiring {cfo}. {cfo_note} {nclose}"),
    ("call", "@ceo3", "{ceo} (CEO): Before we get into the numbers, I want to thank {cfo} for {cfo_yrs} years of service. As announced, {new_cfo} will take over as CFO on {eff}, and {cfo_first} will stay on as an advisor through year end."),
], Q=[
    "Who is {cqp} new chief financial officer?",
    "Is {cq} getting a new CFO?",
    "{cq} finance chief succession",
    "Who will take over as CFO at {cq}?",
])

T["pt"] = dict(P=[
    ("note", "{firm}: {tk} target {pt_to} ${new_pt}", "We {pt_verb} our {tk} price target to ${new_pt} from ${old_pt} and reiterate our {rating} rating. {pt_reason}"),
    ("news", "{firm} {pt_verbs} {short} price target", "Analysts at {firm} {pt_verbed} their price target on {co} ({tk}) to ${new_pt} from ${old_pt}, keeping {rating_a} rating and citing {pt_reason_lc}"),
    ("note", "{tk} — {rating}, PT ${new_pt}", "Our new 12-month price target of ${new_pt} (previously ${old_pt}) is based on {pt_basis}. Shares closed at ${px} yesterday."),
], Q=[
    "What price target do analysts have on {cq}?",
    "Did an analyst change the target price for {cq}?",
    "{cq} stock price target",
    "Where does the sell side think {cq} shares are headed?",
])

T["liquidity"] = dict(P=[
    ("filing", "{co} Form 10-Q — Liquidity", "As of September 30, 2024, the Company had cash and cash equivalents of {cash} and {undrawn} of available borrowing capacity under its revolving credit facility, for total liquidity of {total}. Management believes existing liquidity and operating cash flows will be sufficient to meet the Company's requirements for at least the next twelve months."),
    ("call", "@call3", "{open} We ended the quarter with {total} of liquidity, including {cash} of cash and an undrawn revolver. {close}"),
    ("note", "{tk}: liquidity not a concern", "Liquidity of {total_c} ({cash_c} of cash plus revolver availability) covers {liq_cover}. {nclose}"),
], Q=[
    "How much liquidity does {cq} have?",
    "{cq} cash and available credit at quarter end",
    "What is {cqp} total available liquidity?",
])

T["litigation"] = dict(P=[
    ("filing", "{co} Form 10-K — Legal Proceedings", "The Company is a defendant in {lit}. The Company believes it has meritorious defenses and intends to defend itself vigorously; however, it has accrued {accrual}, representing its best estimate of probable loss. {fclose}"),
    ("note", "{tk}: legal overhang", "The overhang from {lit} persists; {tk} has reserved {accrual_c}, and we see {lit_note}. {nclose}"),
    ("call", "@qa3", "{cfo} (CFO): On the legal matter, which is {lit}, we recorded an accrual of {accrual} this quarter. It doesn't change how we think about capital allocation."),
], Q=[
    "What lawsuits is {cq} facing?",
    "Has {cq} set aside money for legal claims?",
    "{cq} litigation reserve",
    "Is there any pending litigation against {cq}?",
])

T["fx"] = dict(P=[
    ("call", "@call3", "{open} Foreign exchange was a headwind of about {fx_pct} points to reported growth in the quarter, or roughly {fx_amt} of revenue, mostly from {fx_ccy}. {close}"),
    ("filing", "{co} Form 10-Q — Foreign Currency", "Changes in foreign currency exchange rates reduced net sales by {fx_amt} for the three months ended September 30, 2024, primarily due to the strengthening of the U.S. dollar against {fx_ccy}. {fclose}"),
    ("note", "{tk}: FX drag persists", "FX shaved about {fx_pct} points off 3Q24 growth ({fx_amt_c}); management now sees a {fy_fx}-point drag for FY24. {nclose}"),
], Q=[
    "How much did currency movements hurt {cqp} sales in {qper}?",
    "{cq} foreign exchange headwind in {qper}",
    "What was the FX impact on {cqp} revenue in {qper}?",
])

T["kpi"] = dict(P=[
    ("call", "@call", "{open} {k_call} {k_ctx} {close}"),
    ("press", "{short} {perT} operating highlights", "{co} ({exch}: {tk}) reported the following for {per_long}: {k_press} {quote}"),
    ("note", "{tk}: {perA} KPI check", "{k_note} {k_ctx} {nclose}"),
], Q=[
    "What did {cq} report for {kq} in {qper}?",
    "{cq} {kq} {qper_post}",
    "How did {cqp} {kq} look in {qper}?",
    "Where did {kq} land for {cq} in {qper}?",
])

# --------------------------------------------------------------------------------------------------------------
# Number helpers
# --------------------------------------------------------------------------------------------------------------


def money(m, compact=False):
    if m >= 1000:
        s = f"{m / 1000:.2f}"
        if s.endswith("0"):
            s = s[:-1]
        return f"${s}B" if compact else f"${s} billion"
    if abs(m - round(m)) < 1e-6:
        return f"${m:.0f}M" if compact else f"${m:.0f} million"
    if m >= 100:
        return f"${m:.0f}M" if compact else f"${m:.1f} million"
    return f"${m:.1f}M" if compact else f"${m:.1f} million"


def rng_money(lo, hi, compact=False):
    a, b = money(lo, compact), money(hi, compact)
    if compact:
        return f"{a}–{b}"
    return f"{a} to {b}"


def round_to(x, step):
    return round(x / step) * step


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def signed(x):
    return f"+{x}" if x >= 0 else f"{x}"


# --------------------------------------------------------------------------------------------------------------
# Slots for one fact
# --------------------------------------------------------------------------------------------------------------


def fact_slots(ft, q, c, st, r):
    """st: per-company state (consistent numbers across facts)."""
    s = {}
    if ft == "rev":
        rev = st["rev"][q]
        yoy = st["yoy"][q]
        up = yoy > 0
        prev = rev / (1 + yoy / 100)
        cons = rev * r.uniform(0.975, 1.025)
        bm = "beat" if rev > cons * 1.005 else ("miss" if rev < cons * 0.995 else "in line")
        s.update(rev=money(rev), rev_c=money(rev, True), rev_mm=f"${rev:,.1f} million", prev_mm=f"${prev:,.1f} million", yoy_abs=abs(yoy), ysign=signed(yoy), prev_rev=money(prev),
                 cons_c=money(cons, True), updown="up" if up else "down",
                 chg_word="an increase" if up else "a decrease", rose="increased" if up else "decreased",
                 inc_dec="increase" if up else "decrease", above_below="above" if up else "below",
                 bm_word={"beat": "beat", "miss": "miss", "in line": "in line"}[bm],
                 rev_drv=r.choice([f", as growth in {c['seg1']} more than offset softer trends in {c['seg2']}",
                                   f", driven by higher volumes in both {c['seg1']} and {c['seg2']}",
                                   ", with pricing and volume both contributing"]) if up else
                 r.choice([f", reflecting lower volumes in {c['seg2']}",
                           f", as weaker demand in {c['seg1']} weighed on the top line", ""]),
                 rev_drv2=r.choice(["higher volumes and favorable price/mix",
                                    "contributions from new customer programs and pricing actions"]) if up else
                 r.choice(["lower volumes, partially offset by pricing actions",
                           "softer end-market demand and the exit of lower-margin business"]),
                 rev_note={"beat": f"Upside came mostly from {c['seg1']}.",
                           "miss": f"The shortfall was concentrated in {c['seg2']}.",
                           "in line": "The debate now shifts to the margin trajectory."}[bm],
                 rev_ceo=r.choice(["We're pleased with the momentum we saw.", "Demand held up better than we feared."])
                 if up else r.choice(["It was a tougher quarter on the top line, and we won't sugarcoat that.",
                                      "Demand was softer than we planned for."]))
    elif ft == "eps":
        eps = st["eps"][q]
        prev = eps / (1 + r.uniform(-0.12, 0.25))
        gaap = eps - r.uniform(0.04, 0.35)
        cons = eps + r.choice([-1, 1, 1]) * r.randint(1, 9) / 100
        ours = eps + r.choice([-1, 1]) * r.randint(1, 6) / 100
        beat = eps > cons
        s.update(eps=f"{eps:.2f}", prev_eps=f"{prev:.2f}", gaap=f"{gaap:.2f}", cons=f"{cons:.2f}", our_est=f"{ours:.2f}",
                 bm_word="beat" if beat else "miss", vs_cons="ahead of" if beat else "below",
                 eps_help=r.choice([", helped by a lower tax rate", ", on tighter cost control", ""]) if beat else
                 r.choice([", weighed down by higher interest expense", ", on weaker operating leverage", ""]),
                 eps_help2="Quality of the beat was decent, with most of it operational." if beat else
                 "Below-the-line items did most of the damage.",
                 eps_items=r.choice(["restructuring charges and amortization of acquired intangibles",
                                     "a non-cash impairment and acquisition-related costs",
                                     "mark-to-market losses on investments"]))
    elif ft == "gm":
        gm = st["gm"][q]
        bps = r.randint(20, 240)
        up = r.random() < 0.6
        prev = gm - bps / 100 if up else gm + bps / 100
        s.update(gm=f"{gm:.1f}", prev_gm=f"{prev:.1f}", bps=bps, bsign="+" if up else "-", gm_ud="up" if up else "down",
                 expanded="expanded" if up else "contracted", inc_dec_gm="increase" if up else "decrease",
                 gm_title="surprises to the upside" if up else "disappoints",
                 gm_drv=r.choice(["favorable mix and lower freight costs", "productivity savings and pricing"]) if up
                 else r.choice(["higher input costs and unfavorable mix", "under-absorption from lower production volumes"]),
                 gm_note="was the highlight of the print" if up else "was the weak spot in an otherwise clean quarter")
    elif ft == "ebitda":
        rev = st["rev"][q]
        em = st["em"][q]
        e = rev * em / 100
        chg = round(r.uniform(-9, 18), 1)
        prev = e / (1 + chg / 100)
        econs = e * r.uniform(0.97, 1.03)
        s.update(ebitda=money(e), ebitda_c=money(e, True), em=f"{em:.1f}", e_abs=abs(chg), updown="up" if chg > 0 else "down",
                 prev_ebitda=money(prev), econs_c=money(econs, True), bm_word="beat" if e > econs else "miss",
                 em_move=r.choice(["up about a point from last year", "roughly flat year over year",
                                   "down modestly on mix"]),
                 e_note="Cost discipline did the heavy lifting." if e > econs else "Incremental margins were light.")
    elif ft == "guide_rev":
        fy = st["fy_rev"]
        act = r.choice(["raise", "raise", "lower", "reaffirm"])
        w = fy * 0.02
        new_lo, new_hi = round_to(fy - w, 10 if fy < 5000 else 50), round_to(fy + w, 10 if fy < 5000 else 50)
        shift = fy * r.uniform(0.01, 0.03) * (1 if act == "raise" else -1)
        old_lo, old_hi = round_to(new_lo - shift, 10), round_to(new_hi - shift, 10)
        gcons = fy * r.uniform(0.985, 1.015)
        s.update(new_rng=rng_money(new_lo, new_hi), new_rng_c=rng_money(new_lo, new_hi, True),
                 gcons_c=money(gcons, True), day=r.randint(22, 31),
                 g_verb={"raise": "raised", "lower": "lowered", "reaffirm": "reaffirmed"}[act],
                 g_word={"raise": "goes up", "lower": "comes down", "reaffirm": "held"}[act],
                 g_from="" if act == "reaffirm" else f", from {rng_money(old_lo, old_hi)} previously",
                 g_from_call=", unchanged from our prior outlook" if act == "reaffirm" else
                 f", {'up' if act == 'raise' else 'down'} from {rng_money(old_lo, old_hi)} previously",
                 g_from_c="" if act == "reaffirm" else f" (was {rng_money(old_lo, old_hi, True)})",
                 g_reason={"raise": "The increase reflects stronger-than-expected demand through the third quarter.",
                           "lower": "The revision reflects softer order trends and a more cautious view of the fourth quarter.",
                           "reaffirm": "The company said demand trends remain consistent with its prior assumptions."}[act])
        s["g_reason_call"] = {"raise": "That reflects the strength we saw through September.",
                              "lower": "We're being prudent about the fourth quarter given what we see in orders.",
                              "reaffirm": "Trends are playing out about as we expected."}[act]
    elif ft == "guide_eps":
        fy = st["fy_eps"]
        act = r.choice(["raise", "raise", "lower", "reaffirm"])
        lo, hi = fy - round(fy * 0.025, 2), fy + round(fy * 0.025, 2)
        sh = round(fy * r.uniform(0.015, 0.04), 2) * (1 if act == "raise" else -1)
        s.update(ge_lo=f"{lo:.2f}", ge_hi=f"{hi:.2f}", ge_cons=f"{fy + r.uniform(-0.05, 0.05) * fy:.2f}",
                 ge_from="" if act == "reaffirm" else f", {'up' if act == 'raise' else 'down'} from ${lo - sh:.2f} to ${hi - sh:.2f} previously",
                 ge_from_c="" if act == "reaffirm" else f" (prior ${lo - sh:.2f}–${hi - sh:.2f})",
                 ge_ing={"raise": "raising", "lower": "lowering", "reaffirm": "reaffirming"}[act],
                 ge_to="at" if act == "reaffirm" else "to",
                 g_word={"raise": "raised", "lower": "cut", "reaffirm": "reiterated"}[act])
        if act == "reaffirm":
            s["ge_from"] = ", reaffirming its prior outlook"
    elif ft == "guide_lt":
        lo = r.randint(3, 7)
        mt = r.choice([("adjusted EBITDA margin", "adj. EBITDA margin"), ("adjusted operating margin", "adj. operating margin")])
        s.update(cg_lo=lo, cg_hi=lo + 2, mtype=mt[0], mabbr=mt[1], tm=r.randint(14, 34),
                 fcf_cum=money(st["fy_rev"] * r.uniform(0.25, 0.45)),
                 lt_note=r.choice(["achievable, but leave limited room for upside", "conservative versus our model",
                                   "ambitious given the recent run-rate"]))
        if c["sector"] in ("bank", "insurance"):
            s.update(mtype="adjusted return on tangible equity", mabbr="ROTE")
    elif ft == "fcf":
        ocf = st["fy_rev"] * r.uniform(0.09, 0.2)
        cx = ocf * r.uniform(0.25, 0.55)
        fcf = ocf - cx
        s.update(ocf=money(ocf), capex23=money(cx), fcf=money(fcf), fcf_c=money(fcf, True), conv=r.randint(78, 118),
                 fcf_cmp=r.choice(["a record for the company", "well ahead of our original target",
                                   "down from the prior year as we rebuilt inventory"
                                   if c["sector"] in GOODS else "down from the prior year on higher cash taxes"]))
    elif ft == "capex":
        base = st["fy_rev"] * r.uniform(0.04, 0.14)
        if c["sector"] in ("utility", "telecom", "renew", "energy", "rail"):
            base = st["fy_rev"] * r.uniform(0.2, 0.45)
        lo, hi = round_to(base * 0.95, 5), round_to(base * 1.05, 5)
        s.update(cx_rng=rng_money(lo, hi), cx_rng_c=rng_money(lo, hi, True),
                 cx_cmp=r.choice(["up from", "broadly in line with", "down from"]),
                 cx_note=r.choice(["a little above", "in line with", "below"]))
    elif ft == "dividend":
        old = round(c["px"] * r.uniform(0.004, 0.011), 2)
        pct = r.randint(3, 12)
        new = round(old * (1 + pct / 100), 2)
        pct = round((new / old - 1) * 100)
        m = r.randint(9, 11)
        s.update(div_old=f"{old:.2f}", div_new=f"{new:.2f}", dpct=pct, ann=f"{new * 4:.2f}",
                 yld=f"{new * 4 / c['px'] * 100:.1f}", paydate=f"{MONTHS[m]} {r.randint(1, 28)}, 2024",
                 recdate=f"{MONTHS[m - 1]} {r.randint(1, 28)}, 2024", decl_date=f"{MONTHS[m - 2]} {r.randint(1, 28)}, 2024",
                 div_streak=r.choice([f"This marks the {ordinal(r.randint(6, 31))} consecutive year of dividend increases.",
                                      "The company has paid a dividend every quarter since its listing.", ""]),
                 **dict(zip(("div_title", "div_note"), r.choice([
                     ("in line", "roughly what we expected"),
                     ("a touch light", "a little below our 10% assumption"),
                     ("ahead of expectations", "a signal of confidence in the cash flow outlook")]), strict=True)))
    elif ft == "buyback":
        mcap = c["px"] * r.uniform(40, 160)
        auth = round_to(mcap * r.uniform(0.04, 0.1), 50)
        auth = max(auth, 100)
        rep = auth * r.uniform(0.05, 0.15)
        s.update(auth=money(auth), auth_c=money(auth, True), prior_rem=money(auth * r.uniform(0.05, 0.3)),
                 q3_rep=money(rep), shares=f"{int(rep * 1e6 / c['px']):,}", auth_month=r.choice(MONTHS[4:9]),
                 pct_mcap=f"{auth / mcap * 100:.0f}")
    elif ft == "leverage":
        lev = round(r.uniform(1.1, 3.8), 1)
        tl = round(r.uniform(1.5, 2.5), 1)
        th = round(tl + 1.0, 1)
        nd = st["fy_rev"] * r.uniform(0.1, 0.25) * lev
        vs = "within" if tl <= lev <= th else ("below" if lev < tl else "above")
        s.update(lev=f"{lev:.1f}", tgt_lo=f"{tl:.1f}", tgt_hi=f"{th:.1f}", net_debt=money(nd),
                 gross_debt=money(nd * 1.25), cash_l=money(nd * 0.25), lev_vs={"within": "within", "below": "below",
                                                                               "above": "still above"}[vs],
                 lev_verb=r.choice(["reported", "ended the quarter at"]) if vs != "above" else "reported",
                 lev_note={"within": "No need to delever further; buybacks can resume.",
                           "below": "That leaves dry powder for M&A.",
                           "above": "Deleveraging remains the top priority for cash."}[vs])
        if s["lev_verb"] == "ended the quarter at":
            s["lev_verb"] = "reported"
    elif ft == "covenant":
        rcf = round_to(st["fy_rev"] * r.uniform(0.12, 0.3), 50)
        s.update(rcf=money(rcf), rcf_c=money(rcf, True), mat=r.choice([2027, 2028, 2029, 2029]),
                 max_lev=r.choice(["3.50", "3.75", "4.00", "4.25"]), min_icr=r.choice(["2.50", "3.00", "3.50"]),
                 cov_note=r.choice(["we estimate more than a turn of headroom", "headroom is ample on both tests",
                                    "covenants are not a constraint at current EBITDA"]))
    elif ft == "notes":
        amt = round_to(st["fy_rev"] * r.uniform(0.05, 0.2), 50)
        amt = max(amt, 150)
        s.update(amt=money(amt), amt_c=money(amt, True), coupon=r.choice(["4.875", "5.125", "5.375", "5.650", "5.900",
                                                                         "6.250", "6.500", "7.125"]),
                 due=r.choice([2029, 2030, 2031, 2034]), n_month=r.choice(MONTHS[5:9]),
                 use=r.choice(["repay borrowings under its term loan", "redeem its 3.25% notes due 2025",
                               "fund a portion of a recent acquisition and for general corporate purposes"]),
                 use_we="",
                 spread_note=r.choice(["tightening about 25bps from initial price talk", "with books roughly 4x covered",
                                       "a modest new-issue concession to its curve"]))
        s["use_we"] = s["use"].replace("its ", "our ").replace("fund a portion of a recent acquisition and for general",
                                                             "fund part of a recent acquisition and for general")
    elif ft == "seg":
        i = q  # segment index
        seg = c["seg1"] if i == 1 else c["seg2"]
        share = st["seg_share"] if i == 1 else 1 - st["seg_share"]
        srev = st["rev"][3] * share
        g = round(r.uniform(-9, 17), 1)
        om = round(r.uniform(8, 32), 1)
        s.update(seg=seg, seg_rev=money(srev), seg_rev_c=money(srev, True), g_abs=abs(g), gsign=signed(g),
                 updown="up" if g > 0 else "down", seg_om=om,
                 om_chg=r.choice(["an improvement of 110 basis points", "down 60 basis points from the prior year",
                                  "roughly unchanged year over year", "up 240 basis points on better pricing"]),
                 seg_ctx=r.choice(["Pricing held up well.", "Trends improved as the quarter progressed.",
                                   "We expect a similar run-rate in the fourth quarter.", ""]),
                 seg_note="was the standout" if g > 5 else ("was respectable" if g > 0 else "was a drag"))
    elif ft == "restructuring":
        head = r.randint(3, 11)
        emp = st["fy_rev"] * r.uniform(1.5, 5)
        roles = round_to(emp * head / 100, 50)
        sav = st["fy_rev"] * r.uniform(0.01, 0.03)
        chl = sav * r.uniform(0.6, 1.0)
        s.update(pct_head=head, roles=f"{roles:,}", savings=money(sav), savings_c=money(sav, True),
                 ch_lo=money(chl), ch_hi=money(chl * 1.3), ch_todate=money(chl * r.uniform(0.3, 0.7)),
                 save_pct=r.randint(3, 9))
    elif ft == "acquisition":
        price = round_to(st["fy_rev"] * r.uniform(0.08, 0.4), 25)
        m = round(r.uniform(8, 16), 1)
        sec = c["sector"]
        if sec == "bank":
            mult, ms = f"or about {round(r.uniform(1.2, 1.8), 2)} times tangible book value", "~1.5x TBV"
        elif sec == "insurance":
            mult, ms = f"or roughly {m} times expected 2025 earnings", f"{m}x 2025E earnings"
        elif sec == "reit":
            cap = round(r.uniform(5.4, 7.2), 1)
            mult, ms = f"reflecting an implied cap rate of {cap}%", f"{cap}% cap rate"
        elif sec == "biotech":
            mult, ms = f"plus up to {money(price * 0.6)} in contingent milestone payments", "plus CVRs"
        else:
            mult, ms = f"or about {m} times the target's trailing adjusted EBITDA", f"{m}x trailing EBITDA"
        tgt = c["tgt"]
        s.update(tgt=tgt, tgt_s=tgt if not tgt.startswith("a ") else "logistics portfolio",
                 tgt_cap=upper_first(tgt) if not tgt.startswith("a ") else "This portfolio",
                 tdesc=c["tdesc"], price=money(price), price_c=money(price, True), mult=mult, mult_short=ms,
                 close_t=r.choice(["the first quarter of 2025", "the first half of 2025", "the fourth quarter of 2024"]),
                 ann_date=f"{r.choice(MONTHS[6:10])} {r.randint(2, 27)}, 2024",
                 deal_note=r.choice(["a sensible bolt-on at a fair price", "pricier than recent comps but strategic",
                                     "modestly accretive by our math"]))
    elif ft == "tax":
        etr = round(r.uniform(14, 27), 1)
        prev = round(etr + r.choice([-1, 1]) * r.uniform(1, 5), 1)
        lo = r.randint(19, 24)
        s.update(etr=etr, etr_prev=prev, fy_lo=lo, fy_hi=lo + 2,
                 tax_reason=r.choice(["discrete benefits from share-based compensation",
                                      "a change in the geographic mix of earnings",
                                      "the release of a valuation allowance on foreign tax credits",
                                      "nondeductible acquisition costs"]),
                 tax_note="helped by discrete items" if etr < prev else "above run-rate",
                 tax_note2=r.choice(["little room for a Q4 tax tailwind", "some upside to our FY EPS if discrete items repeat"]))
    elif ft == "esg_emis":
        base = r.choice([2019, 2019, 2020, 2021])
        tgt = r.choice([30, 42, 46, 50, 55])
        s.update(e_base=base, e_tgt=tgt, e_ach=r.randint(8, tgt - 6), nz=r.choice([2040, 2045, 2050]),
                 e_drv=r.choice(["fleet electrification and efficiency upgrades", "fuel switching at our largest sites",
                                 "renewable power purchase agreements"]),
                 e_note=r.choice(["credible, but Scope 3 remains unaddressed", "ahead of most peers",
                                  "the harder abatement is still ahead"]))
    elif ft == "esg_energy":
        ren = r.randint(22, 86)
        s.update(ren=ren, ren_prev=ren - r.randint(4, 15), ren_tgt=r.choice([2027, 2030, 2030, 2035]),
                 ren_note=r.choice(["ahead of the peer median", "mostly via unbundled certificates",
                                    "with a growing share from long-term PPAs"]))
    elif ft == "esg_people":
        wl = r.randint(21, 44)
        s.update(wl=wl, wl_prev=wl - r.randint(1, 5), wl_tgt=min(50, wl + r.randint(4, 12)), wl_yr=r.choice([2026, 2027, 2030]))
    elif ft == "cfo":
        s.update(nc_first=c["new_cfo"].split()[0], cfo_yrs=r.randint(7, 22),
                 eff=r.choice(["November 1, 2024", "December 1, 2024", "January 1, 2025"]),
                 ann_date=f"{r.choice(MONTHS[7:10])} {r.randint(2, 27)}, 2024",
                 cfo_note=r.choice(["An orderly handoff; we don't expect a change in capital allocation.",
                                    "The timing is a surprise, but the successor is well regarded.",
                                    "The market will want clarity on whether guidance philosophy changes."]))
    elif ft == "pt":
        up = r.random() < 0.7
        old = round(c["px"] * r.uniform(0.9, 1.2))
        new = old + (1 if up else -1) * max(1, round(c["px"] * r.uniform(0.05, 0.15)))
        rating = r.choice(["Buy", "Outperform", "Overweight"]) if up else r.choice(["Neutral", "Hold", "Equal Weight"])
        s.update(firm=r.choice(FIRMS), old_pt=old, new_pt=new, rating=rating,
                 rating_a=("an " if rating[0] in "AEIOU" else "a ") + rating, px=c["px"],
                 pt_verb="raise" if up else "lower", pt_verbs="lifts" if up else "cuts",
                 pt_verbed="raised" if up else "lowered", pt_to="to" if up else "cut to",
                 pt_reason=r.choice(["We see upside to consensus margins into 2025.", "Our estimates move higher after the print."])
                 if up else r.choice(["We are trimming estimates for a slower recovery.", "Visibility remains limited."]),
                 pt_reason_lc=r.choice(["upside to margin estimates.", "stronger execution."]) if up
                 else r.choice(["a slower recovery in demand.", "limited visibility into 2025."]),
                 pt_basis=r.choice(["13x our 2025 EPS estimate", "9x our 2025 EV/EBITDA estimate",
                                    "a discounted cash flow analysis with an 8.5% WACC"]))
        if not up:
            s["pt_to"] = "cut to"
    elif ft == "liquidity":
        cash = st["fy_rev"] * r.uniform(0.03, 0.12)
        und = round_to(st["fy_rev"] * r.uniform(0.1, 0.25), 50)
        s.update(cash=money(cash), cash_c=money(cash, True), undrawn=money(und), total=money(cash + und),
                 total_c=money(cash + und, True),
                 liq_cover=r.choice(["all maturities through 2026", "more than two years of planned capex",
                                     "the upcoming note maturity several times over"]))
    elif ft == "litigation":
        acc = st["fy_rev"] * r.uniform(0.002, 0.012)
        s.update(accrual=money(acc), accrual_c=money(acc, True),
                 lit_note=r.choice(["limited risk of a material adverse outcome", "settlement as the likeliest path",
                                    "a resolution unlikely before 2026"]))
    elif ft == "fx":
        p = round(r.uniform(0.5, 3.5), 1)
        amt = st["rev"][3] * p / 100
        s.update(fx_pct=p, fx_amt=money(amt), fx_amt_c=money(amt, True), fy_fx=round(p * r.uniform(0.7, 1.2), 1))
    elif ft == "kpi":
        k = KPI[c["sector"]]
        ks = k["gen"](r)
        s.update(ks)
        s["_kpi"] = k
    return s


# --------------------------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------------------------


def fill(tpl, slots):
    out = tpl.format(**slots)
    out = re.sub(r"\s+", " ", out).strip()
    out = out.replace(" .", ".").replace("..", ".").replace(" ,", ",")
    out = re.sub(r"\b([Aa]) (?=8|11(?![\d,])|18(?![\d,]))", r"\1n ", out)
    return out


def company_state(c, r):
    rev2 = c["rev"] * r.uniform(0.96, 1.04)
    rev3 = rev2 * r.uniform(0.97, 1.08)
    eps2 = c["eps"] * r.uniform(0.93, 1.07)
    eps3 = eps2 * r.uniform(0.94, 1.1)
    gl, gh, el, eh = MARGINS.get(c["sector"], (30, 50, 12, 30))
    gm2 = r.uniform(gl, gh)
    em2 = r.uniform(el, eh)
    y2 = round(r.uniform(-7, 16), 1)
    y3 = round(y2 + r.uniform(-4, 4), 1)
    y2 = y2 if abs(y2) >= 0.5 else 1.2
    y3 = y3 if abs(y3) >= 0.5 else -0.8
    if y3 == y2:
        y3 = round(y3 + 1.1, 1)
    return dict(rev={2: rev2, 3: rev3}, eps={2: eps2, 3: eps3}, yoy={2: y2, 3: y3},
                gm={2: gm2, 3: gm2 + r.uniform(-1.5, 1.5)}, em={2: em2, 3: em2 + r.uniform(-1.2, 1.5)},
                fy_rev=(rev2 + rev3) * 2.02, fy_eps=(eps2 + eps3) * 2.03, seg_share=r.uniform(0.52, 0.72))


OPTIONAL = [("eps", 2), ("eps", 3), ("gm", 2), ("gm", 3), ("ebitda", 2), ("ebitda", 3), ("guide_rev", 0),
            ("guide_eps", 0), ("guide_lt", 0), ("fcf", 0), ("capex", 0), ("dividend", 0), ("buyback", 0),
            ("leverage", 0), ("covenant", 0), ("notes", 0), ("restructuring", 0), ("acquisition", 0), ("tax", 0),
            ("esg_emis", 0), ("esg_energy", 0), ("esg_people", 0), ("cfo", 0), ("pt", 0), ("liquidity", 0),
            ("litigation", 0), ("fx", 0)]
MANDATORY = [("rev", 2), ("rev", 3), ("kpi", 2), ("kpi", 3), ("seg", 1), ("seg", 2)]
QUARTERLY = {"rev", "eps", "gm", "ebitda", "kpi"}
Q_PRIORITY = {"rev": 3, "kpi": 3, "eps": 2, "gm": 2, "ebitda": 2, "seg": 2}


def render_passage(ft, q, tpl, c, slots, r):
    _genre, title_t, text_t = tpl
    pq = q if ft in QUARTERLY else 3
    pd = PER[pq]
    base = dict(c)
    base.update(ceo_first=c["ceo"].replace("Dr. ", "").split()[0], cfo_first=c["cfo"].split()[0])
    base.update(slots)
    base.update(perT=r.choice(pd["perT"]), per_long=r.choice(pd["per_long"]), perA=r.choice(pd["perA"]),
                eps_name="core funds from operations (FFO) per diluted share" if c["sector"] == "reit"
                else "adjusted diluted earnings per share",
                eps_abbr="core FFO/share" if c["sector"] == "reit" else "adj. EPS")
    base.update(open=r.choice(OPEN), close=r.choice(CLOSE), quote=r.choice(QUOTE), nclose=r.choice(NCLOSE),
                fclose=r.choice(FCLOSE), esgclose=r.choice(ESGCLOSE))
    if ft == "kpi":
        k = slots["_kpi"]
        base["k_call"] = k["call"].format(**base)
        base["k_press"] = k["press"].format(**base)
        note = k["note"].format(**base)
        base["k_note"] = upper_first(note)
        base["k_ctx"] = r.choice(k["ctx"] + [""])
    if title_t.startswith("@"):
        kind = title_t[1:]
        if kind.endswith("3"):
            kind = kind[:-1]
            base["perT"] = r.choice(PER[3]["perT"])
        pool = {"call": CALL_T, "qa": QA_T, "ceo": CEO_T}[kind]
        title_t = r.choice(pool)
    for k2 in ("open", "close", "quote", "nclose", "fclose", "esgclose"):
        base[k2] = base[k2].format(**base)
    text = fill(text_t, base)
    title = fill(title_t, base)
    text = upper_first(text)
    return title, text


def mentions(c, s):
    return c["short"] in s or c["co"] in s


def main():
    r = random.Random(SEED)
    corpus = []  # (id, title, text, company, fact-key)
    fact_passages = {}  # (company tk, ft, q) -> list of passage idx
    fact_slots_map = {}
    comp_facts = {}
    for c in COMPANIES:
        st = company_state(c, r)
        c["_st"] = st
        excl = EXCLUDE.get(c["sector"], set())
        pool = [f for f in OPTIONAL if f[0] not in excl]
        chosen = MANDATORY + r.sample(pool, FACTS_PER_COMPANY - len(MANDATORY))
        comp_facts[c["tk"]] = chosen
        for ft, q in chosen:
            fact_slots_map[(c["tk"], ft, q)] = fact_slots(ft, q, c, st, r)

    # decide queries: per company 6 (some 7) facts
    n_comp = len(COMPANIES)
    per_comp = [N_QUERIES // n_comp] * n_comp
    for i in r.sample(range(n_comp), N_QUERIES - sum(per_comp)):
        per_comp[i] += 1
    query_facts = {}
    for c, nq in zip(COMPANIES, per_comp, strict=True):
        facts = comp_facts[c["tk"]]
        weights = [Q_PRIORITY.get(f[0], 1) for f in facts]
        picked = []
        cand = list(facts)
        w = list(weights)
        while len(picked) < nq:
            f = r.choices(cand, weights=w)[0]
            i = cand.index(f)
            cand.pop(i)
            w.pop(i)
            picked.append(f)
        query_facts[c["tk"]] = picked

    # passages
    for c in COMPANIES:
        for ft, q in comp_facts[c["tk"]]:
            slots = fact_slots_map[(c["tk"], ft, q)]
            n = r.choices([1, 2, 3], weights=[50, 35, 15])[0] if (ft, q) in query_facts[c["tk"]] else 1
            tpls = r.sample(T[ft]["P"], min(n, len(T[ft]["P"])))
            ids = []
            for tpl in tpls:
                title, text = render_passage(ft, q, tpl, c, slots, r)
                if not mentions(c, title) and not mentions(c, text) and c["tk"] not in title + text:
                    raise SystemExit(f"no company mention: {title} | {text}")
                if r.random() < 0.08 and mentions(c, text):
                    title = ""
                corpus.append([None, title, text, c["tk"], (ft, q)])
                ids.append(len(corpus) - 1)
            fact_passages[(c["tk"], ft, q)] = ids

    # shuffle corpus order, assign ids
    order = list(range(len(corpus)))
    r.shuffle(order)
    for new_i, old_i in enumerate(order):
        corpus[old_i][0] = f"fd{new_i + 1:04d}"
    texts = [p[2] for p in corpus]
    assert len(set(texts)) == len(texts), "duplicate passage text"

    # queries
    queries = []
    used_q = set()
    comp_by_tk = {c["tk"]: c for c in COMPANIES}
    qlist = [(c["tk"], f) for c in COMPANIES for f in query_facts[c["tk"]]]
    r.shuffle(qlist)
    for tk, (ft, q) in qlist:
        c = comp_by_tk[tk]
        rel = fact_passages[(tk, ft, q)]
        slots = fact_slots_map[(tk, ft, q)]
        tk_ok = all(tk in corpus[i][1] + " " + corpus[i][2] for i in rel)
        for _ in range(50):
            form = r.choices(["short", "co", "tk"], weights=[70, 15, 15 if tk_ok else 0])[0]
            cq = {"short": c["short"], "co": c["co"], "tk": tk}[form]
            pq = q if ft in QUARTERLY else 3
            qs = dict(cq=cq, cqp=possessive(cq),
                      qper_pre=r.choice(PER[pq]["q_pre"]), qper_post=r.choice(PER[pq]["q_post"]), qper=r.choices(PER[q if ft in QUARTERLY else 3]["q"], weights=Q_WEIGHTS)[0],
                      eps_q=r.choice(["FFO per share", "core FFO per share"]) if c["sector"] == "reit"
                      else r.choice(["earnings per share", "EPS", "adjusted EPS", "per-share earnings"]))
            if ft == "seg":
                qs["segq"] = r.choice(c["seg1q"] if q == 1 else c["seg2q"])
            if ft == "kpi":
                qs["kq"] = r.choice(slots["_kpi"]["qn"])
            text = fill(r.choice(T[ft]["Q"]), qs)
            text = upper_first(text)
            if text not in used_q:
                break
        else:
            raise SystemExit("could not make unique query")
        used_q.add(text)
        queries.append((text, [corpus[i][0] for i in rel]))

    corpus_rows = [{"_id": p[0], "title": p[1], "text": p[2]} for p in sorted(corpus, key=lambda p: p[0])]
    query_rows = [{"_id": f"fq{i + 1:03d}", "text": text} for i, (text, _) in enumerate(queries)]
    qrels = [(f"fq{i + 1:03d}", d, 1) for i, (_, rel) in enumerate(queries) for d in sorted(rel)]
    write_beir(OUT, corpus_rows, query_rows, qrels)
    write_task_yaml(OUT, "retrieval", DESCRIPTION.format(nq=len(queries), nd=len(corpus), nc=len(COMPANIES)))
    print(f"{len(queries)} queries, {len(corpus)} passages, {sum(len(x[1]) for x in queries)} qrels")


DESCRIPTION = """\
Investor and analyst questions (paraphrased, as people type them) retrieved against short excerpts from
earnings-call remarks, 10-K/10-Q/8-K filings, sell-side notes, press releases and sustainability reports about
{nc} fictional listed companies across sectors. {nq} queries, {nd} passages; each query has 1-3 relevant passages
(score 1) and the rest are hard distractors from the same company (neighbouring quarter, guidance versus actuals,
other segment, related balance-sheet items) or the same metric at other companies. All text was written for this
benchmark from hand-written templates and is generated deterministically by tasks/tools/finance_qa_retrieval.py.
"""

if __name__ == "__main__":
    main()
