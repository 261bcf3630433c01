"""Generate the FinanceSTS task (semantic textual similarity, finance domain).

Every sentence below was written for this benchmark. Each group holds an anchor sentence and hand-scored
variants (paraphrases with little word overlap, variants with a missing detail, high-overlap near-misses such as
reversed direction, changed numbers, wrong period or swapped roles such as who acquired whom, pairs sharing some details, topic-only pairs). Unrelated pairs
(score 0) are drawn deterministically from groups with different topic tags and no shared named entity.

Run from the repository root:  python3 tasks/tools/finance_sts.py
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import build_sts_pairs, sts_rows, task_dir, write_jsonl, write_task_yaml

SEED = 20240612
N_UNRELATED = 50
OUT_DIR = task_dir("finance", "FinanceSTS")
ID_PREFIX = "fsts"

# (topic tag, anchor, [(variant, gold score 0-5), ...])
GROUPS = [
    ("results", "Norvane Systems (NRVS) reported third-quarter revenue of $412 million, up 14% from a year earlier.", [
        ("NRVS posted Q3 sales of $412M, a 14% year-over-year increase.", 5.0),
        ("Norvane Systems grew third-quarter revenue 14% year on year.", 4.0),
        ("Norvane Systems (NRVS) reported second-quarter revenue of $412 million, up 14% from a year earlier.", 3.0),
        ("Norvane Systems (NRVS) reported third-quarter revenue of $412 million, down 14% from a year earlier.", 2.2),
        ("Norvane Systems will host its investor day in November.", 1.0),
    ]),
    ("guidance", "Caldera Foods raised its full-year EPS guidance to $3.10-$3.25 from $2.95-$3.10.", [
        ("Caldera Foods lifted its annual per-share earnings outlook to a $3.10 to $3.25 range, up from $2.95 to $3.10.", 5.0),
        ("Caldera Foods increased its full-year profit forecast.", 3.4),
        ("Caldera Foods raised its full-year EPS outlook by 15 cents at both ends of the range.", 4.0),
        ("Caldera Foods cut its full-year EPS guidance to $2.95-$3.10 from $3.10-$3.25.", 1.8),
        ("Packaged food companies face rising ingredient costs.", 1.0),
    ]),
    ("deal", "Brightwell Pharma agreed to acquire Solenne Biotech for $2.3 billion in cash.", [
        ("Solenne Biotech is being bought by Brightwell in an all-cash deal valued at $2.3bn.", 5.0),
        ("Brightwell Pharma will buy Solenne Biotech for about $2.3 billion.", 4.2),
        ("Brightwell Pharma agreed to acquire Solenne Biotech for $3.2 billion in stock.", 3.0),
        ("Solenne Biotech agreed to acquire Brightwell Pharma for $2.3 billion in cash.", 2.0),
        ("Biotech deal activity picked up in the first half.", 1.0),
    ]),
    ("rates", "The central bank held its policy rate at 4.25% and signalled that cuts could begin in the autumn.", [
        ("Policymakers kept the benchmark unchanged at 4.25%, hinting that easing may start in the fall.", 4.8),
        ("The central bank left rates at 4.25%.", 3.2),
        ("The central bank cut its policy rate to 4.25% and signalled that further cuts could begin in the autumn.", 2.6),
        ("The central bank held its policy rate at 4.25% and signalled that hikes could resume in the autumn.", 2.4),
        ("Mortgage rates remain elevated across the region.", 1.0),
    ]),
    ("bank", "I'd like to increase the daily withdrawal limit on my debit card to $1,000.", [
        ("Can you raise how much cash I can take out per day with my debit card to one thousand dollars?", 5.0),
        ("I want a higher daily limit on my debit card.", 3.8),
        ("I'd like to lower the daily withdrawal limit on my debit card to $100.", 2.2),
        ("My debit card was declined at the ATM this morning.", 1.6),
        ("How do I order a replacement credit card?", 1.0),
    ]),
    ("analyst", "Analysts at Trenholm Securities upgraded Kestrel Air (KSTR) to buy with a $48 price target.", [
        ("Trenholm Securities lifted KSTR to a buy rating and set a $48 target.", 4.8),
        ("Kestrel Air was upgraded to buy by Trenholm Securities.", 4.0),
        ("Analysts at Trenholm Securities upgraded Kestrel Air (KSTR) to buy with an $84 price target.", 3.4),
        ("Analysts at Trenholm Securities downgraded Kestrel Air (KSTR) to sell with a $48 price target.", 1.8),
        ("Airline stocks rallied on lower fuel prices.", 1.0),
    ]),
    ("market", "Halberd Energy shares slump 11% after output forecast disappoints.", [
        ("Halberd Energy stock tumbles 11% on a weaker-than-expected production outlook.", 4.8),
        ("Halberd Energy shares fall sharply on production guidance.", 3.8),
        ("Halberd Energy to publish production forecast next week.", 2.0),
        ("Halberd Energy shares jump 11% after output forecast beats expectations.", 1.8),
        ("Oil prices steadied on Tuesday.", 0.8),
    ]),
    ("payout", "The board declared a quarterly dividend of $0.42 per share, payable on 15 March to holders of record on 1 March.", [
        ("A quarterly distribution of 42 cents a share was approved, to be paid March 15 to shareholders registered as of March 1.", 5.0),
        ("The board declared a $0.42 quarterly dividend.", 3.8),
        ("The board declared a quarterly dividend of $0.24 per share, payable on 15 March to holders of record on 1 March.", 3.2),
        ("The board suspended its quarterly dividend of $0.42 per share.", 1.8),
        ("Dividend stocks tend to be less volatile.", 1.0),
    ]),
    ("results", "Gross margin contracted 180 basis points, mainly due to higher freight and raw material costs.", [
        ("Pricier shipping and inputs were the main reason gross margin fell by 1.8 percentage points.", 4.8),
        ("Gross margin declined because of higher freight and material costs.", 3.8),
        ("Gross margin contracted 180 basis points in the quarter.", 3.2),
        ("Gross margin expanded 180 basis points, mainly due to lower freight and raw material costs.", 1.8),
        ("Operating expenses were in line with our plan.", 1.0),
    ]),
    ("bank", "Why was I charged a $35 overdraft fee when my paycheck was deposited the same day?", [
        ("My salary landed that very day, so why did you hit me with a $35 charge for going negative?", 4.8),
        ("Why did I get an overdraft fee?", 3.4),
        ("Why was I charged a $35 overdraft fee?", 3.4),
        ("My paycheck hasn't been deposited yet.", 1.6),
        ("What are the fees on a premium checking account?", 1.2),
    ]),
    ("esg", "Dunmore Cement aims to cut Scope 1 emissions by 40% by 2030 compared with 2019 levels.", [
        ("Dunmore Cement targets a 40% reduction in its direct emissions by 2030 versus a 2019 baseline.", 4.8),
        ("Dunmore Cement plans to cut its emissions 40% by 2030.", 4.0),
        ("Dunmore Cement aims to cut Scope 1 emissions by 40% by 2040 compared with 2019 levels.", 3.0),
        ("Dunmore Cement aims to reduce its carbon emissions substantially by the end of the decade.", 3.2),
        ("Cement production is a major source of carbon dioxide.", 1.2),
    ]),
    ("capital", "The company had $1.8 billion in cash and equivalents and no borrowings under its revolving credit facility at year-end.", [
        ("At the end of the year, liquid holdings stood at $1.8bn and the revolver was undrawn.", 5.0),
        ("The company ended the year with $1.8 billion of cash.", 3.6),
        ("The company had $1.8 billion drawn on its revolving credit facility at year-end.", 1.8),
        ("The company amended its revolving credit facility to extend the maturity.", 1.6),
        ("Liquidity is a key concern for investors in a downturn.", 1.0),
    ]),
    ("market", "Regulators fine Marlow Bank $60 million over anti-money-laundering failures.", [
        ("Marlow Bank hit with $60M penalty for lapses in AML controls.", 5.0),
        ("Marlow Bank fined over money-laundering controls.", 4.0),
        ("Regulators fine Marlow Bank $6 million over anti-money-laundering failures.", 3.0),
        ("Marlow Bank hires new chief compliance officer.", 1.6),
        ("Banks spend billions on compliance each year.", 1.0),
    ]),
    ("question", "What was the company's free cash flow in fiscal 2023, and how much was returned to shareholders?", [
        ("How much FCF did they generate in FY23, and what portion went back to investors?", 4.8),
        ("What was free cash flow in fiscal 2023?", 3.2),
        ("What was the company's free cash flow in fiscal 2022, and how much was returned to shareholders?", 3.2),
        ("How much did the company spend on buybacks last year?", 2.4),
        ("How is free cash flow different from net income?", 1.2),
    ]),
    ("guidance", "Management expects second-half revenue growth to slow to the low single digits.", [
        ("The company anticipates H2 sales gains will decelerate to around 1-3%.", 4.4),
        ("Growth is expected to slow in the second half.", 3.8),
        ("Management sees revenue growth slowing in the third and fourth quarters.", 3.8),
        ("Management expects second-half revenue growth to accelerate to the low double digits.", 1.8),
        ("Consumer spending is softening.", 1.0),
    ]),
    ("market", "Pellucid Software will cut 8% of its workforce, about 600 jobs, to lower costs.", [
        ("Roughly 600 positions, or 8% of staff, are being eliminated at Pellucid as part of a cost-reduction push.", 5.0),
        ("Pellucid Software is laying off about 600 employees.", 4.0),
        ("Pellucid Software plans job cuts to reduce costs.", 3.2),
        ("Pellucid Software will hire 600 people, expanding its workforce by 8%.", 1.6),
        ("Tech companies announced several rounds of layoffs this year.", 1.2),
    ]),
    ("bank", "Please transfer $2,500 from my savings account to my checking account today.", [
        ("Move two and a half thousand dollars out of savings into checking for me today, please.", 5.0),
        ("Please move money from savings to checking.", 3.4),
        ("Please transfer $2,500 from my checking account to my savings account today.", 2.4),
        ("Please transfer $2,500 from my savings account to my checking account next Friday.", 3.4),
        ("What's the interest rate on my savings account?", 1.2),
    ]),
    ("analyst", "We see downside risk to consensus estimates given slowing order intake at Fennick Industrial.", [
        ("Weaker new bookings at Fennick Industrial suggest Street forecasts may be too high.", 4.6),
        ("Fennick Industrial's orders are slowing.", 3.0),
        ("We see upside risk to consensus estimates given accelerating order intake at Fennick Industrial.", 1.6),
        ("Fennick Industrial reports earnings on Thursday.", 1.2),
        ("Industrial stocks have lagged the market this year.", 1.0),
    ]),
    ("market", "Trevant Motors recalls 85,000 vehicles over faulty airbag sensors; stock dips 3%.", [
        ("Shares of Trevant slip 3% as the carmaker calls back 85,000 cars for defective airbag sensors.", 5.0),
        ("Trevant Motors recalls 85,000 vehicles over airbag issue.", 4.0),
        ("Trevant Motors recalls 58,000 vehicles over faulty brake sensors; stock dips 3%.", 2.6),
        ("Trevant Motors stock falls after a recall of 85,000 vehicles.", 3.6),
        ("Auto recalls have become more frequent as cars add electronics.", 1.2),
    ]),
    ("rates", "The Bank of Aldoria raised its benchmark rate by 50 basis points to 5.5%, the biggest increase since 2008.", [
        ("Aldoria's central bank lifted its key rate half a percentage point to 5.5%, its largest hike since 2008.", 5.0),
        ("The Bank of Aldoria raised rates by half a point.", 3.6),
        ("The Bank of Aldoria raised its benchmark rate by 25 basis points to 5.25%.", 2.8),
        ("The Bank of Aldoria cut its benchmark rate by 50 basis points to 4.5%, the biggest reduction since 2008.", 1.8),
        ("Aldoria's inflation rate eased to 3.1% in May.", 1.2),
    ]),
    ("bank", "I lost my credit card yesterday; can you block it and send a new one?", [
        ("My credit card went missing yesterday, so please freeze it and issue a replacement.", 5.0),
        ("Please block my lost credit card.", 3.8),
        ("I found my credit card; can you unblock it?", 2.2),
        ("Please cancel my lost debit card and send a replacement.", 3.0),
        ("What should I do if I notice fraud on my account?", 1.2),
    ]),
    ("results", "Net income fell to $56 million, or 71 cents a share, from $83 million, or $1.04, a year ago.", [
        ("Profit dropped to $56M ($0.71 per share) from $83M ($1.04) in the prior-year period.", 5.0),
        ("Net income declined to $56 million from $83 million.", 4.0),
        ("Earnings per share came in at 71 cents, beating estimates.", 2.0),
        ("Net income rose to $83 million, or $1.04 a share, from $56 million, or 71 cents, a year ago.", 2.0),
        ("The company will report results after the market closes.", 1.0),
    ]),
    ("market", "Oriel Retail to close 120 stores as online sales grow.", [
        ("With more shoppers buying on the web, Oriel plans to shut 120 locations.", 5.0),
        ("Oriel Retail to shutter about 120 shops.", 4.0),
        ("Oriel Retail plans to close stores as e-commerce grows.", 3.8),
        ("Oriel Retail to open 120 stores despite strong online sales.", 1.8),
        ("Mall traffic continues to decline nationwide.", 1.2),
    ]),
    ("filing", "A significant portion of our revenue comes from three customers, and the loss of any of them could materially harm our results.", [
        ("We depend heavily on three clients for sales; losing one could seriously hurt our financial performance.", 5.0),
        ("We rely on a few large customers for much of our revenue.", 3.6),
        ("Our three largest suppliers provide most of our components.", 1.8),
        ("No single customer accounted for more than 5% of our revenue.", 1.6),
        ("We face intense competition in all of our markets.", 1.0),
    ]),
    ("payout", "Is ZPHR's dividend covered by earnings, or is the payout ratio above 100%?", [
        ("Does Zephra earn enough to fund its distribution, or is it paying out more than it makes?", 4.8),
        ("What is ZPHR's payout ratio?", 3.4),
        ("Is ZPHR's debt covered by its cash flow?", 2.0),
        ("When is ZPHR's next dividend paid?", 1.8),
        ("Which utilities have the highest dividend yields?", 1.0),
    ]),
    ("bank", "I'd like to refinance my mortgage from a 30-year fixed at 7.1% to a 15-year fixed.", [
        ("Can I switch my thirty-year home loan locked at 7.1% into a fifteen-year fixed-rate one?", 5.0),
        ("I want to refinance my mortgage to a shorter term.", 3.6),
        ("I'd like to refinance my mortgage from a 15-year fixed to a 30-year fixed at 7.1%.", 2.2),
        ("I'd like to refinance my 30-year fixed mortgage at 7.1%.", 3.2),
        ("How much house can I afford on my income?", 1.0),
    ]),
    ("market", "Corvid Logistics beats estimates as quarterly profit doubles.", [
        ("Corvid's quarterly earnings double, topping analyst forecasts.", 5.0),
        ("Corvid Logistics posts better-than-expected quarterly profit.", 3.8),
        ("Corvid Logistics' quarterly profit doubled.", 3.8),
        ("Corvid Logistics misses estimates as quarterly profit halves.", 1.6),
        ("Freight volumes remain weak heading into the holidays.", 1.0),
    ]),
    ("capital", "We repurchased 4.2 million shares for $310 million during the quarter and have $1.1 billion remaining under the authorization.", [
        ("In the quarter we bought back 4.2M shares for $310M, leaving $1.1B available under the program.", 5.0),
        ("We repurchased $310 million of stock in the quarter.", 3.6),
        ("We repurchased 2.4 million shares for $130 million during the quarter and have $1.1 billion remaining under the authorization.", 3.0),
        ("We issued 4.2 million new shares for $310 million during the quarter.", 1.8),
        ("Share buybacks have reached record levels this year.", 1.2),
    ]),
    ("analyst", "Hartmoor Capital initiated coverage of Lumora Grid (LMRG) with an underweight rating.", [
        ("LMRG was started at underweight by Hartmoor Capital.", 4.8),
        ("Hartmoor Capital is bearish on Lumora Grid.", 3.6),
        ("Hartmoor Capital initiated coverage of Lumora Grid (LMRG) with an overweight rating.", 2.2),
        ("Hartmoor Capital raised its price target on Lumora Grid.", 1.8),
        ("Utility stocks are seen as defensive plays.", 0.8),
    ]),
    ("bank", "How long does an international wire transfer to Europe usually take?", [
        ("What's the typical processing time for sending money abroad to a European bank account?", 4.6),
        ("How long does an international wire take?", 4.0),
        ("How much does an international wire transfer to Europe cost?", 2.6),
        ("My wire transfer to Europe hasn't arrived after a week.", 2.2),
        ("What's the exchange rate between dollars and euros today?", 1.2),
    ]),
    ("property", "Quarry Point REIT cuts payout by 30% as office vacancies climb.", [
        ("Rising office emptiness leads Quarry Point to slash its dividend by nearly a third.", 4.6),
        ("Quarry Point REIT reduces its dividend.", 3.4),
        ("Office vacancies in the region reached 19%.", 1.6),
        ("Quarry Point REIT raises payout by 30% as office occupancy improves.", 1.6),
        ("Commercial real estate loans are under scrutiny.", 1.0),
    ]),
    ("results", "Same-store sales rose 3.4% in the fourth quarter, driven by higher average ticket.", [
        ("Q4 comparable sales grew 3.4%, helped by bigger average transaction sizes.", 5.0),
        ("Fourth-quarter same-store sales increased 3.4%.", 4.0),
        ("Same-store sales rose 4.3% in the fourth quarter, driven by higher traffic.", 2.8),
        ("Same-store sales fell 3.4% in the fourth quarter, driven by lower traffic.", 1.8),
        ("Restaurant chains are raising menu prices.", 1.0),
    ]),
    ("debt", "Vantrell Utilities priced $750 million of 10-year senior notes at a 5.2% coupon.", [
        ("Vantrell sold $750M of senior bonds due in ten years, carrying a 5.2% coupon.", 5.0),
        ("Vantrell Utilities issued $750 million of bonds.", 3.6),
        ("Vantrell Utilities priced $570 million of 30-year senior notes at a 5.2% coupon.", 3.0),
        ("Vantrell Utilities redeemed $750 million of 10-year senior notes early.", 2.0),
        ("Corporate bond spreads tightened this week.", 1.0),
    ]),
    ("market", "Shares of Nimbus Pay rose 38% in their trading debut after the IPO was priced at $21.", [
        ("Nimbus Pay's stock jumped 38% on its first day on the exchange, having priced its initial offering at $21.", 5.0),
        ("Nimbus Pay shares surged in their market debut.", 3.6),
        ("Shares of Nimbus Pay fell 38% in their trading debut after the IPO was priced at $21.", 2.2),
        ("Nimbus Pay, which priced its IPO at $21, climbed on its first day of trading.", 3.6),
        ("Fintech startups are struggling to raise money.", 1.0),
    ]),
    ("bank", "Can I open a joint savings account with my spouse online?", [
        ("Is it possible for my husband and me to set up a shared savings account over the internet?", 4.6),
        ("Can I open a joint account online?", 3.8),
        ("Can I open a savings account for my child online?", 2.4),
        ("How do I remove my spouse from our joint savings account?", 2.0),
        ("What documents do I need to bring to a branch?", 1.0),
    ]),
    ("analyst", "We estimate each $5 move in crude prices shifts Halberd's annual EBITDA by about $120 million.", [
        ("By our math, a $5 per barrel change in oil alters Halberd's yearly EBITDA by roughly $120M.", 5.0),
        ("Halberd's EBITDA is sensitive to oil prices.", 3.2),
        ("We estimate each $5 move in crude prices shifts Halberd's annual EBITDA by about $12 million.", 3.0),
        ("Halberd's annual EBITDA was $1.2 billion.", 1.8),
        ("Crude prices fell for a third straight week.", 1.2),
    ]),
    ("people", "Stellan Group names former CFO Aiko Tan as chief executive, effective April 1.", [
        ("Aiko Tan, who previously served as Stellan Group's finance chief, will become CEO on April 1.", 5.0),
        ("Stellan Group appoints Aiko Tan as CEO.", 4.0),
        ("Stellan Group names former CEO Aiko Tan as chief financial officer, effective April 1.", 2.0),
        ("Stellan Group's new chief executive, Aiko Tan, takes over in April.", 4.0),
        ("CEO turnover has risen at large companies.", 1.0),
    ]),
    ("results", "Backlog reached a record $6.4 billion, giving us visibility into 2026.", [
        ("Our order book hit an all-time high of $6.4bn, which gives us line of sight through 2026.", 5.0),
        ("Backlog hit a record $6.4 billion.", 4.0),
        ("Backlog fell to $4.6 billion, limiting our visibility into 2026.", 1.8),
        ("We expect revenue to grow through 2026.", 1.6),
        ("Defense budgets are rising in many countries.", 0.8),
    ]),
    ("bank", "Can you waive the late fee on my credit card? I've never missed a payment before.", [
        ("This is the first time I've been behind on my card, so would you remove the penalty charge?", 4.6),
        ("Please waive my credit card late fee.", 3.8),
        ("Why was my credit card late fee waived?", 2.0),
        ("When is my credit card payment due?", 1.8),
        ("How can I improve my credit score?", 1.0),
    ]),
    ("rates", "Aldoria's economy grew 0.6% in the second quarter, beating forecasts of 0.3%.", [
        ("Second-quarter GDP in Aldoria expanded 0.6%, twice the pace economists expected.", 5.0),
        ("Aldoria's GDP growth in Q2 beat expectations.", 3.6),
        ("Aldoria's economy grew 0.6% in the first quarter, beating forecasts of 0.3%.", 3.0),
        ("Aldoria's economy shrank 0.6% in the second quarter, missing forecasts of 0.3% growth.", 2.0),
        ("Aldoria's unemployment rate held at 4.8%.", 1.2),
    ]),
    ("fund", "The Westmere Balanced Fund charges an expense ratio of 0.45% and has no sales load.", [
        ("There's no load on the Westmere Balanced Fund, and its annual costs come to 0.45% of assets.", 5.0),
        ("The Westmere Balanced Fund has a 0.45% expense ratio.", 3.8),
        ("The Westmere Balanced Fund charges an expense ratio of 0.54% and a 5% front-end load.", 2.2),
        ("The Westmere Balanced Fund returned 7% last year.", 1.6),
        ("Index funds tend to have lower fees than active funds.", 1.2),
    ]),
    ("market", "Carrow Mining halts operations at its Redfield copper mine after a flood.", [
        ("Flooding forces Carrow to suspend work at the Redfield copper site.", 5.0),
        ("Carrow Mining stops production at a copper mine.", 3.6),
        ("Carrow Mining resumes operations at its Redfield copper mine after a flood.", 2.4),
        ("Carrow Mining halts operations at its Redfield copper mine after a fire.", 3.0),
        ("Copper prices hit a six-month high.", 1.0),
    ]),
    ("question", "How much of the company's debt matures before the end of 2025?", [
        ("What portion of the firm's borrowings comes due prior to year-end 2025?", 5.0),
        ("When does the company's debt mature?", 3.4),
        ("How much of the company's debt matures after 2030?", 2.6),
        ("What is the interest rate on the company's bonds?", 1.6),
        ("Is the company's credit rating at risk?", 1.2),
    ]),
    ("results", "Operating cash flow was $920 million for the year, up from $640 million.", [
        ("Cash from operations rose to $920M in the year, versus $640M previously.", 5.0),
        ("Operating cash flow increased to $920 million.", 4.0),
        ("Operating cash flow was $640 million for the year, down from $920 million.", 2.0),
        ("Capital expenditures were $640 million for the year.", 1.4),
        ("Cash flow is a better guide to value than earnings.", 1.0),
    ]),
    ("bank", "There's a $129.99 charge from StreamNest on my statement that I don't recognize.", [
        ("I see an unfamiliar StreamNest transaction of $129.99 on my account.", 5.0),
        ("I don't recognize a charge on my statement.", 3.4),
        ("I was charged $129.99 by StreamNest twice this month.", 2.6),
        ("How do I cancel my StreamNest subscription?", 1.6),
        ("Where can I download my monthly statements?", 1.2),
    ]),
    ("esg", "Half of Ferrin Bank's board members are now women, up from a quarter three years ago.", [
        ("Women make up 50% of Ferrin Bank's directors, double the 25% share of three years earlier.", 5.0),
        ("Ferrin Bank's board is now half women.", 4.0),
        ("A quarter of Ferrin Bank's board members are now women, down from half three years ago.", 2.2),
        ("Ferrin Bank appointed two new board members.", 1.6),
        ("Investors are pressing companies on diversity disclosures.", 1.2),
    ]),
    ("deal", "Kessock Chemicals shares rise after activist Brannock Partners discloses 7% stake.", [
        ("Activist investor Brannock Partners reveals a 7% holding in Kessock Chemicals, sending the stock higher.", 5.0),
        ("Brannock Partners takes a stake in Kessock Chemicals.", 3.4),
        ("Kessock Chemicals stock climbs as an activist investor builds a position.", 3.8),
        ("Brannock Partners shares rise after Kessock Chemicals discloses 7% stake.", 1.8),
        ("Activist campaigns reached a record last year.", 1.0),
    ]),
    ("guidance", "We now expect capital expenditure of $1.4 to $1.6 billion this year, about $200 million lower than our prior outlook.", [
        ("Our updated capex forecast is $1.4bn-$1.6bn for the year, roughly $200M below the earlier plan.", 5.0),
        ("We've lowered our capex guidance for the year.", 3.6),
        ("We now expect capital expenditure of $1.4 to $1.6 billion this year, about $200 million higher than our prior outlook.", 3.0),
        ("Capital expenditure was $1.5 billion last year.", 2.0),
        ("Data center spending is driving demand for equipment.", 0.8),
    ]),
    ("bank", "What's the penalty if I withdraw from my 12-month CD before it matures?", [
        ("How much will I lose if I cash out my one-year certificate of deposit early?", 4.8),
        ("Is there an early withdrawal penalty on CDs?", 3.8),
        ("My 12-month CD matures next week; what are my options?", 2.2),
        ("What's the interest rate on a 12-month CD?", 2.0),
        ("Are high-yield savings accounts better than CDs?", 1.2),
    ]),
    ("deal", "Redwick Telecom to sell its tower unit to Alder Peak Infrastructure for $4.1 billion.", [
        ("Alder Peak Infrastructure will buy Redwick's tower business in a $4.1bn deal.", 5.0),
        ("Redwick Telecom is selling its tower unit.", 3.6),
        ("Redwick Telecom to sell its fiber unit to Alder Peak Infrastructure for $4.1 billion.", 3.0),
        ("Alder Peak Infrastructure to sell its tower unit to Redwick Telecom for $4.1 billion.", 2.0),
        ("Telecom operators are selling assets to cut debt.", 1.4),
    ]),
]

# Hand-written stand-alone pairs (sentence1, sentence2, gold score).
EXTRA = [
    ("Kinley Foods expects fiscal 2025 revenue of roughly $5 billion.", "Kinley Foods guides FY25 sales to about $5bn.", 4.8),
    ("Loan loss provisions rose to $210 million as commercial real estate exposures deteriorated.", "The bank's credit-loss reserve build climbed to $210M, driven by souring commercial property loans.", 4.6),
    ("How do I dispute a transaction on my credit card?", "What's the process for challenging a card charge I don't agree with?", 4.8),
    ("Please close my checking account and send the remaining balance to my savings.", "I want to shut my current account and move whatever's left into savings.", 4.8),
    ("Net interest margin narrowed to 2.9% from 3.2% as deposit costs rose.", "Higher funding costs squeezed NIM by 30 basis points to 2.9%.", 4.6),
    ("We expect the deal to be accretive to earnings in the first full year after closing.", "The acquisition should add to EPS within its first full year.", 4.6),
    ("What's the minimum balance to avoid the monthly maintenance fee?", "How much do I need to keep in the account so I'm not charged every month?", 4.8),
    ("Inventory days improved to 61 from 74 a year ago.", "We cut inventory days by 13 to 61 year over year.", 4.8),
    ("Can I get a paper statement mailed instead of an e-statement?", "Please switch me from online statements to printed ones sent by post.", 4.4),
    ("Sorrel Air carried 14.2 million passengers in the quarter, a record.", "Sorrel Air flew a record number of passengers in the quarter.", 3.8),
    ("The Aldorian dollar fell 1.2% against the euro after weak jobs data.", "Weak employment figures pushed the Aldorian dollar down versus the euro.", 3.8),
    ("Severn Mills guided to flat volumes for next year.", "Severn Mills expects volumes to be roughly unchanged next year.", 4.8),
    ("Revenue from the cloud segment grew 31% to $880 million.", "Cloud revenue rose by roughly a third.", 3.6),
    ("The stock trades at 14 times forward earnings, below its five-year average of 18.", "On a forward P/E basis the shares look cheap versus their own history.", 3.8),
    ("Rosling Pharma's drug candidate failed its phase 3 trial.", "Rosling Pharma's shares plunged after a late-stage study missed its main goal.", 3.4),
    ("Marlow Bank's CET1 ratio stood at 13.1% at quarter-end.", "Marlow Bank's CET1 ratio stood at 11.3% at quarter-end.", 3.0),
    ("Tolland Insurance's combined ratio improved to 94% from 99%.", "Tolland Insurance's combined ratio worsened to 99% from 94%.", 1.8),
    ("Gilder Health will spin off its diagnostics business into a separately listed company.", "Gilder Health will acquire a separately listed diagnostics company.", 1.8),
    ("We expect the deal to be dilutive to earnings for at least two years.", "The acquisition should add to EPS within its first full year.", 1.6),
    ("Please increase my credit limit to $10,000.", "Please decrease my credit limit to $1,000.", 2.0),
    ("The 10-year yield climbed 12 basis points to 4.6%.", "The 10-year yield fell 12 basis points to 4.4%.", 2.0),
    ("Our effective tax rate for the year was 21.5%.", "Our effective tax rate for the year was roughly 25%.", 3.0),
    ("Can I deposit a check using the mobile app?", "What's the daily limit for mobile check deposits?", 2.4),
    ("Corvid Logistics opened a new distribution hub in Tallow Creek.", "Corvid Logistics opened a new hub.", 3.4),
    ("Freight rates on Asia-Europe routes doubled in a month.", "Container shipping costs between Asia and Europe have risen sharply.", 3.4),
    ("Our mortgage application was approved yesterday.", "Housing starts fell 5% in March.", 0.6),
    ("Wheat futures rose on drought concerns.", "The bank raised its savings rate.", 0.2),
    ("I'd like to set up a standing order for my rent.", "Copper output at the mine fell 6% year on year.", 0.0),
    ("Please update the mailing address on my account.", "The central bank's minutes showed a split committee.", 0.0),
    ("Analysts expect the retailer's holiday sales to rise 4%.", "Can I add a beneficiary to my savings account?", 0.0),
    ("Why is my pending transaction taking so long to clear?", "The miner's new smelter will start up in 2027.", 0.0),
    ("Gold hit a record as investors sought safety.", "Please send me a new PIN for my debit card.", 0.0),
]

assert len({g[1] for g in GROUPS}) == len(GROUPS)


def names(text):
    """Capitalised words after the first token, used to keep unrelated pairs free of shared named entities."""
    return set(re.findall(r"[A-Z][a-z]+|[A-Z]{2,}", text)[1:])


def main():
    rng = random.Random(SEED)
    pairs = build_sts_pairs(rng, GROUPS, EXTRA, N_UNRELATED, names)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    write_jsonl(OUT_DIR / "pairs.jsonl", sts_rows(rng, ID_PREFIX, pairs))
    description = (
        "Semantic textual similarity on finance text: earnings statements, guidance, analyst notes, headlines,\n"
        f"rate decisions, filings, ESG statements and banking customer requests ({len(pairs)} sentence pairs,\n"
        "gold scores 0-5 spread evenly over the range). Pairs were written for this benchmark around 50 anchor\n"
        "sentences with hand-scored variants: low-overlap paraphrases, variants missing a figure, high-overlap\n"
        "near-misses (up vs down, changed numbers, wrong quarter, swapped acquirer and target), topic-only and\n"
        "unrelated pairs; generated by tasks/tools/finance_sts.py with fictional companies and tickers.\n"
    )
    write_task_yaml(OUT_DIR, "sts", description)


if __name__ == "__main__":
    main()
