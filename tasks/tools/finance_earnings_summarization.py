"""Generate tasks/finance/FinanceEarningsSummarization (summarization, cosine_spearman).

Forty short finance news items with concrete figures (earnings releases, guidance changes, mergers and
disposals, central bank decisions and data, bond and equity issues, dividend changes, analyst rating changes,
regulatory fines, IPOs, credit ratings, restructurings, management changes), each with two human reference
summaries worded differently from each other and six machine summaries whose relevance (1-5) was assigned by
construction when they were written:

- 5 (or just under): faithful and complete, in words that share little with the article or the references
  ("per-share profit" for EPS, "a point and a half" for 150 basis points, now and then a ticker for the name);
- 4-4.8: faithful but missing one key fact (or a little less complete);
- about 3-3.6: covers only a secondary point of the item, or is vague (no company name, no figure);
- about 2-2.6: a trivial true detail, or a summary with one factual error (a changed or transposed figure, the
  wrong period, the wrong business unit, a detail contradicted by the item);
- 1.6-1.8: the direction reversed (raise/cut, beat/miss) or the roles swapped (acquirer and target, chief executive
  and successor, which company blew the whistle);
- 1: about a different event (often involving the same company).

In every item exactly one of the wrong summaries (level 2 or 1.6-1.8) copies the wording of a reference summary
or of the item with the error slipped in (a role swap can reuse every word of a reference), so that word overlap
alone ranks it near the top; the other wrong summaries state their errors in fresh words.

Which levels appear differs from item to item, and every item has at least three distinct relevance values.
Every text, company, ticker, person, place, currency and regulator below was written for this benchmark and is
fictional. Item order and the order of each item's machine summaries are shuffled with a fixed seed, so running
it twice gives byte-identical files. Standard library only.

Usage (from the repo root): python3 tasks/tools/finance_earnings_summarization.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import summarization_rows, task_dir, write_summarization_task

SEED = 5821
OUT = task_dir("finance", "FinanceEarningsSummarization")
ID_PREFIX = "fsum"

# (article, [human summary, human summary], [(machine summary, relevance 1-5), ...])
ARTICLES = [
    # ------------------------------------------------------------ earnings releases
    (
        "Norcliff Semiconductor (NCSM) reported fiscal second-quarter revenue of $1.84 billion on Wednesday, up "
        "22% from a year earlier and above the $1.76 billion analysts had expected. Net income rose to $312 "
        "million, or $1.48 per diluted share, from $205 million, or 97 cents, a year ago. The company said demand "
        "for its power-management chips from data-centre customers more than offset continued weakness in "
        "consumer electronics, where sales fell 9%. Gross margin widened to 47.3% from 44.1%. For the third "
        "quarter, Norcliff forecast revenue of $1.90 billion to $1.98 billion, compared with a consensus of $1.88 "
        "billion. Shares rose 6% in after-hours trading. Chief executive Maren Ostrander said the company would "
        "increase capital spending by about $150 million this year to add capacity at its Tarrow Falls plant.",
        [
            "Norcliff Semiconductor's fiscal Q2 revenue rose 22% to $1.84 billion, beating estimates, and EPS "
            "climbed to $1.48 from $0.97 on strong data-centre demand; it guided Q3 revenue to $1.90-$1.98 billion, "
            "above consensus.",
            "Data-centre chip sales lifted Norcliff's quarterly profit to $312 million and its gross margin to "
            "47.3%, outweighing a 9% drop in consumer electronics, and an upbeat third-quarter outlook sent the "
            "stock up 6% after hours.",
        ],
        [
            ("Norcliff topped forecasts as server customers snapped up its power chips, growing sales by more than a "
             "fifth and lifting per-share profit by about half; it also projected next-quarter revenue ahead of "
             "expectations.", 5.0),
            ("Norcliff Semiconductor's second-quarter revenue rose 22% to $1.84 billion, ahead of analyst "
             "estimates.", 4.0),
            ("Norcliff plans to spend about $150 million more this year on capacity at its Tarrow Falls plant.",
             3.0),
            ("Norcliff Semiconductor's fiscal Q2 revenue rose 12% to $1.48 billion, missing estimates, and EPS "
             "climbed to $1.84 on strong data-centre demand.", 2.0),
            ("Norcliff's growth came from phones and gadgets, while its server-chip business shrank by 9%.", 1.8),
            ("Norcliff Semiconductor named a new chief financial officer, effective next month.", 1.0),
        ],
    ),
    (
        "Greyfield Financial (GYFD) reported first-quarter net income of $1.02 billion, or $2.31 per share, down "
        "14% from a year earlier and below analysts' average estimate of $2.48. Net interest income, the bank's "
        "main source of revenue, fell 6% to $3.4 billion as customers moved deposits into higher-yielding "
        "accounts, pushing up funding costs. Provisions for credit losses rose to $610 million from $380 million, "
        "mainly because of deteriorating commercial property loans. Investment banking fees were a bright spot, "
        "rising 27% on a rebound in bond underwriting. The bank kept its forecast for full-year net interest "
        "income of $13.5 billion to $14 billion. Greyfield's common equity tier 1 capital ratio was 12.6%, up "
        "from 12.2% at the end of last year. Its shares fell 3.8%.",
        [
            "Greyfield Financial's first-quarter profit fell 14% to $1.02 billion, or $2.31 a share, missing "
            "estimates, as net interest income dropped 6% and credit-loss provisions rose to $610 million.",
            "Higher deposit costs and souring commercial real estate loans hurt Greyfield's quarter, though "
            "investment banking fees jumped 27% and the bank stood by its full-year net interest income outlook; "
            "the shares slipped 3.8%.",
        ],
        [
            ("Greyfield earned less than forecast in the first three months of the year, with profit down about a "
             "seventh, because rising deposit rates squeezed lending income and it set aside more for bad property "
             "loans; dealmaking fees offered some relief.", 5.0),
            ("Greyfield Financial's first-quarter net income fell 14% to $1.02 billion, below expectations.", 4.0),
            ("Greyfield Financial reported weaker first-quarter earnings, hurt by funding costs and loan losses.",
             3.6),
            ("Greyfield's investment banking fees rose 27% as bond underwriting recovered.", 3.0),
            ("Greyfield set aside less for bad loans than a year earlier, $380 million, and lowered its annual "
             "lending-income forecast.", 2.2),
            ("Greyfield Financial's first-quarter profit rose 14% to $1.02 billion, or $2.31 a share, beating "
             "estimates, as net interest income climbed 6%.", 1.8),
        ],
    ),
    (
        "Maplestone Beverages (MPLB) reported fourth-quarter organic sales growth of 7.8%, well ahead of the 4.5% "
        "analysts had forecast, as higher prices and strong demand for its energy drinks offset a 1.2% decline in "
        "volumes of its traditional soft drinks. Revenue rose to $5.6 billion from $5.2 billion, and adjusted "
        "earnings per share increased 11% to 84 cents. Operating margin expanded by 120 basis points to 19.6% as "
        "packaging costs eased. The company said it expects organic sales growth of 5% to 6% in the coming year, "
        "and announced a 6% increase in its quarterly dividend to 53 cents a share. Maplestone shares rose 4.3% to "
        "a record high of $71.40.",
        [
            "Maplestone Beverages' fourth-quarter organic sales grew 7.8%, beating forecasts of 4.5%, lifting "
            "revenue to $5.6 billion and adjusted EPS 11% to 84 cents; it raised its dividend 6% and the shares hit "
            "a record.",
            "Energy-drink demand and price increases more than made up for falling soft-drink volumes at "
            "Maplestone, whose margin widened to 19.6%; the company guided to 5-6% organic growth next year and "
            "lifted its quarterly payout to 53 cents.",
        ],
        [
            ("Maplestone comfortably beat expectations in the final quarter thanks to pricing and energy drinks, grew "
             "per-share profit by about a ninth, raised its dividend and forecast mid-single-digit growth, sending "
             "the stock to an all-time high.", 5.0),
            ("Maplestone's fourth-quarter organic sales rose 7.8%, beating estimates, and the company raised its "
             "dividend by 6%.", 4.4),
            ("Maplestone Beverages reported better-than-expected fourth-quarter sales.", 3.6),
            ("Maplestone's profitability weakened in the quarter, with margins squeezed to 19.6% by dearer packaging.",
             2.2),
            ("Maplestone Beverages' fourth-quarter organic sales grew 4.5%, missing forecasts of 7.8%, and it cut "
             "its dividend 6%.", 1.8),
            ("Maplestone Beverages is launching a line of sparkling water in cans.", 1.0),
        ],
    ),
    (
        "Lumenfield Media (LMFD) swung to a third-quarter net loss of $218 million, or 53 cents a share, from a "
        "profit of $41 million a year earlier, after taking a $260 million charge to write down the value of its "
        "television networks. Revenue fell 4% to $3.3 billion as advertising sales at its cable channels dropped "
        "13%, while its streaming service added 2.4 million subscribers to reach 31.6 million. The streaming "
        "business reported its first quarterly operating profit, of $37 million. Lumenfield said it would explore "
        "'strategic options' for its cable networks, including a possible sale or spin-off. The shares rose 5.7% "
        "as investors focused on the streaming profit.",
        [
            "Lumenfield Media posted a third-quarter net loss of $218 million after a $260 million writedown of its "
            "TV networks, with revenue down 4% to $3.3 billion, but its streaming unit turned its first operating "
            "profit.",
            "Lumenfield's streaming service added 2.4 million subscribers to reach 31.6 million and made $37 million "
            "in operating profit despite a 13% slide in cable advertising; the company may sell or spin off its "
            "cable channels, and the stock rose 5.7%.",
        ],
        [
            ("Despite a loss driven by a big impairment on its cable channels, Lumenfield shares climbed because its "
             "streaming arm made money for the first time and kept adding customers; the company is weighing "
             "options including divesting the networks.", 5.0),
            ("Lumenfield Media reported a third-quarter loss because of a writedown on its TV networks, while its "
             "streaming service became profitable.", 4.4),
            ("Lumenfield's cable advertising sales fell 13% in the third quarter.", 2.8),
            ("Lumenfield's cable channels are being sold, the company said, as its online service signed up 4.2 "
             "million new viewers.", 2.2),
            ("Lumenfield Media posted a third-quarter net profit of $218 million, with revenue up 4% to $3.3 "
             "billion, but its streaming unit posted another operating loss.", 1.6),
            ("Lumenfield Media's streaming service is raising its monthly price by $2.", 1.0),
        ],
    ),
    (
        "Valdren Motors (VLDM) reported a 38% drop in second-quarter operating profit to $1.9 billion, hurt by "
        "price cuts on its electric vehicles and higher warranty costs. Revenue edged up 2% to $41.6 billion, as a "
        "7% increase in vehicle deliveries, to 1.08 million, was largely offset by lower average selling prices. "
        "The company's operating margin fell to 4.6% from 7.6%. Valdren cut its full-year margin target to 5%-6% "
        "from 7%-8% and said it would delay the launch of two electric models at its Brenner plant by about a year "
        "to save $1.2 billion in capital spending. Chief financial officer Katja Morel said the electric vehicle "
        "market had become 'fiercely competitive'. The shares fell 9.4% to a 20-month low.",
        [
            "Valdren Motors' second-quarter operating profit fell 38% to $1.9 billion on EV price cuts and warranty "
            "costs, and it lowered its full-year margin target to 5-6% from 7-8%.",
            "Despite 7% more deliveries and slightly higher revenue of $41.6 billion, Valdren's margin shrank to "
            "4.6%; it will postpone two electric models by a year to save $1.2 billion, and the shares slid 9.4%.",
        ],
        [
            ("Cheaper electric cars and rising warranty bills cut Valdren's quarterly operating earnings by more than "
             "a third even as volumes grew, prompting a lower annual margin goal and a one-year delay to two EV "
             "launches.", 5.0),
            ("Valdren Motors' second-quarter operating profit fell 38% and it cut its margin target.", 4.0),
            ("Valdren's chief financial officer described the electric vehicle market as fiercely competitive.",
             2.4),
            ("The carmaker is scrapping two planned EVs altogether to save $2.1bn after operating profit came in at "
             "$9.1bn.", 2.2),
            ("Valdren Motors' second-quarter operating profit rose 38% to $1.9 billion on EV price increases, and "
             "it raised its full-year margin target to 7-8%.", 1.6),
            ("Valdren Motors will recall 120,000 vehicles to fix a seat-belt fault.", 1.0),
        ],
    ),
    (
        "Skyreach Airlines (SKRA) reported record third-quarter revenue of $6.9 billion, up 9% from a year "
        "earlier, as strong summer demand for international travel pushed fares higher. Net income was $812 "
        "million, or $1.25 a share, compared with $690 million, or $1.06, a year earlier. Capacity rose 6%, while "
        "revenue per available seat mile increased 2.8%. Fuel costs fell 11% because of lower jet fuel prices. "
        "However, the airline warned that fourth-quarter unit revenue would fall 1% to 3% as more seats are added "
        "on long-haul routes, and forecast fourth-quarter earnings of 45 to 60 cents a share, below analysts' "
        "estimate of 68 cents. The shares fell 4.5%.",
        [
            "Skyreach Airlines posted record Q3 revenue of $6.9 billion, up 9%, and net income of $812 million, but "
            "forecast Q4 EPS of 45-60 cents, below the 68 cents expected, sending shares down 4.5%.",
            "Strong summer international demand and cheaper fuel lifted the carrier's quarterly profit to $1.25 a "
            "share, yet it expects unit revenue to decline 1-3% next quarter as it adds long-haul capacity.",
        ],
        [
            ("Although higher fares and lower fuel bills gave Skyreach its best-ever summer quarter, a "
             "gloomier-than-expected outlook for the final three months of the year, with extra long-haul seats "
             "weighing on pricing, sent the stock lower.", 5.0),
            ("Skyreach had a record third quarter, with revenue up 9% to $6.9 billion, but its fourth-quarter "
             "profit forecast fell short of estimates.", 4.6),
            ("Skyreach Airlines reported record third-quarter revenue and higher profit.", 3.6),
            ("Fuel costs at Skyreach fell 11% in the third quarter because of lower jet fuel prices.", 2.6),
            ("Higher jet fuel bills, up 11%, dragged Skyreach's quarterly profit down to $690 million.", 2.0),
            ("Skyreach Airlines posted record Q3 revenue of $6.9 billion, up 9%, and forecast Q4 EPS above "
             "analysts' 68-cent estimate, sending shares up 4.5%.", 1.8),
        ],
    ),
    (
        "Redmarsh Petroleum (RDMP) reported second-quarter adjusted net income of $2.1 billion, down 29% from a "
        "year earlier, as lower oil and gas prices outweighed record production. Output averaged 1.24 million "
        "barrels of oil equivalent per day, up 8%, helped by the start of its Halvard offshore field in April. The "
        "company's realised oil price fell to $74 a barrel from $86. Redmarsh kept its quarterly dividend "
        "unchanged at 91 cents a share but reduced the pace of share buybacks to $1 billion a quarter from $1.5 "
        "billion. It maintained its production forecast for the year of 1.20 million to 1.25 million barrels of "
        "oil equivalent per day. The shares fell 2.2%.",
        [
            "Redmarsh Petroleum's Q2 adjusted profit fell 29% to $2.1 billion as lower oil and gas prices offset "
            "record output of 1.24 million barrels of oil equivalent a day, and it slowed buybacks to $1 billion a "
            "quarter.",
            "Production rose 8% thanks to the new Halvard field, but a drop in realised oil prices to $74 from $86 "
            "cut Redmarsh's earnings; the dividend stays at 91 cents and annual output guidance is unchanged.",
        ],
        [
            ("Weaker crude and gas prices cut Redmarsh's quarterly earnings by almost 30% despite all-time-high "
             "volumes helped by its new offshore field; the payout is unchanged but repurchases are scaled back by a "
             "third.", 5.0),
            ("Redmarsh's quarterly profit dropped 29% to $2.1 billion on lower prices even though output hit a "
             "record; it kept its dividend but cut buybacks.", 4.6),
            ("Redmarsh Petroleum's second-quarter profit fell 29% on lower energy prices.", 4.0),
            ("Redmarsh's Halvard offshore field began producing in April.", 2.6),
            ("Redmarsh Petroleum's Q2 adjusted profit fell 29% to $2.1 billion, and it cut its quarterly dividend "
             "to 19 cents.", 2.0),
            ("Redmarsh had a bumper quarter, with earnings up almost 30% on rising crude prices, and it is stepping "
             "up share repurchases.", 1.6),
        ],
    ),
    (
        "Bellamy & Crane, the department store group, said on Thursday that like-for-like sales rose 4.1% in the "
        "six weeks to 6 January, its best Christmas performance in a decade, driven by strong demand for beauty "
        "products and a 19% jump in online sales. The company now expects full-year pre-tax profit of about £214 "
        "million, at the top of its previous range of £195 million to £215 million. Beauty sales grew 12%, while "
        "clothing rose 2% and home furnishings fell 3%. Chief executive Helen Marchetti said margins had been "
        "protected by less discounting than last year. The group will report full-year results on 14 March. Its "
        "shares rose 11% to 348 pence.",
        [
            "Bellamy & Crane's like-for-like sales rose 4.1% over the six-week Christmas period, its best in ten "
            "years, and it now expects full-year pre-tax profit of about £214 million, the top of its range.",
            "Beauty products and a 19% surge in online sales drove the department store chain's strong festive "
            "trading, with less discounting protecting margins; clothing was up modestly, home furnishings fell 3% "
            "and the shares jumped 11%.",
        ],
        [
            ("Bellamy & Crane enjoyed its strongest holiday season in a decade as cosmetics and web orders lifted "
             "comparable sales by just over 4%, and it now sees annual profit at the upper end of guidance; the "
             "stock rallied 11%.", 5.0),
            ("Strong beauty and online sales lifted Bellamy & Crane's Christmas like-for-like sales 4.1%, and it "
             "expects annual profit of about £214 million.", 4.6),
            ("Bellamy & Crane reported its best Christmas sales in a decade.", 3.8),
            ("Bellamy & Crane will publish its full-year results on 14 March.", 2.6),
            ("Furniture and fashion led the department store's festive gains, while its cosmetics counters saw sales "
             "drop 3%.", 2.2),
            ("Bellamy & Crane's like-for-like sales fell 4.1% over the six-week Christmas period, and it now "
             "expects full-year pre-tax profit at the bottom of its range.", 1.6),
        ],
    ),
    # ------------------------------------------------------------ guidance changes
    (
        "Halvorsen Home Goods (HHG) cut its full-year outlook on Tuesday, saying shoppers were pulling back on "
        "big-ticket purchases such as sofas and kitchen appliances. The retailer now expects fiscal 2024 sales of "
        "$7.2 billion to $7.4 billion, down from its previous forecast of $7.8 billion to $8.0 billion, and "
        "earnings per share of $2.10 to $2.30, compared with $3.05 to $3.25 before. Comparable sales fell 6.4% in "
        "the first quarter, while the company had expected a decline of about 2%. Halvorsen also said it would "
        "slow new store openings to 15 this year from a planned 30 and cut about 400 corporate jobs. Shares fell "
        "17% to $41.20 in early trading, their lowest level since 2020.",
        [
            "Halvorsen Home Goods lowered its fiscal 2024 guidance to sales of $7.2-$7.4 billion and EPS of "
            "$2.10-$2.30 as demand for big-ticket items weakened, and its shares dropped 17%.",
            "After a 6.4% slide in first-quarter comparable sales, far worse than it expected, Halvorsen cut its "
            "annual profit forecast by about 30%, halved planned store openings to 15 and will eliminate some 400 "
            "office jobs.",
        ],
        [
            ("Halvorsen slashed its annual targets, warning that customers are shying away from furniture and "
             "appliances; the retailer will open half as many stores as planned, trim 400 head-office roles, and "
             "saw its stock tumble 17%.", 5.0),
            ("Halvorsen Home Goods lowered its fiscal 2024 sales and earnings forecasts as consumers cut back on "
             "big-ticket purchases.", 4.0),
            ("Halvorsen Home Goods will cut about 400 corporate jobs.", 3.0),
            ("Halvorsen now plans to open 30 stores this year, twice as many as before, despite a modest 2% drop in "
             "comparable sales.", 2.2),
            ("Halvorsen Home Goods raised its fiscal 2024 guidance to sales of $7.8-$8.0 billion and EPS of "
             "$3.05-$3.25 as demand for big-ticket items strengthened, and its shares jumped 17%.", 1.6),
            ("Halvorsen Home Goods launched an online marketplace for third-party furniture sellers.", 1.0),
        ],
    ),
    (
        "Tallis Medical Devices (TMDV) raised its full-year forecast on Tuesday for the second time this year, "
        "after strong sales of its heart-valve products drove a 15% rise in second-quarter revenue to $2.26 "
        "billion. The company now expects organic revenue growth of 9.5% to 10.5% for the year, up from 8% to 9%, "
        "and adjusted earnings per share of $5.40 to $5.50, up from $5.15 to $5.30. Sales of transcatheter valves "
        "rose 29%, helped by approval of the company's newest model in several markets. Chief financial officer "
        "Eamon Reyes said the outlook assumed a 2-cent hit from currency movements. Tallis shares rose 7.1% to "
        "$238, their biggest one-day gain in more than two years.",
        [
            "Tallis Medical Devices raised its full-year guidance for a second time, to 9.5-10.5% organic growth and "
            "EPS of $5.40-$5.50, after heart-valve sales pushed Q2 revenue up 15% to $2.26 billion.",
            "A 29% jump in transcatheter valve sales led TMDV to lift its annual outlook again, sending the shares "
            "up 7.1% to $238, their best day in over two years.",
        ],
        [
            ("For the second time this year, Tallis upgraded its targets for sales growth and profit after booming "
             "demand for its heart valves lifted quarterly revenue by 15%; the stock had its strongest day in more "
             "than two years.", 5.0),
            ("Tallis Medical Devices raised its full-year forecast after strong second-quarter sales.", 4.0),
            ("Strong sales of heart valves led Tallis to lift its outlook, and its shares climbed.", 3.6),
            ("Tallis's outlook assumes a two-cent hit from currency movements, its finance chief said.", 2.6),
            ("Tallis Medical Devices raised its full-year guidance for a second time, to EPS of $5.40-$5.50, after "
             "hip-implant sales pushed Q2 revenue up 15% to $2.62 billion.", 2.2),
            ("Weaker demand for its heart valves forced Tallis to lower its annual targets, and the stock fell.", 1.6),
        ],
    ),
    # ------------------------------------------------------------ mergers, acquisitions, disposals
    (
        "Brackenridge Industries (BKRD) agreed on Monday to acquire Solway Flow Controls for $3.6 billion in cash "
        "and stock, in a deal that would double the size of its fluid-handling division. Solway shareholders will "
        "receive $28 in cash plus 0.35 of a Brackenridge share for each share they own, valuing Solway at about "
        "$52 a share, a 31% premium to Friday's closing price. Brackenridge expects $120 million in annual cost "
        "savings by the third year and says the deal will add to adjusted earnings in the first full year. The "
        "boards of both companies have approved the transaction, which is expected to close in the first half of "
        "next year, subject to regulatory and Solway shareholder approval. Brackenridge will fund the cash portion "
        "with new debt, raising its leverage to about 3.2 times earnings before interest, tax, depreciation and "
        "amortisation.",
        [
            "Brackenridge Industries will buy Solway Flow Controls for $3.6 billion in cash and stock, paying about "
            "$52 a share, a 31% premium, and expects $120 million of annual cost savings.",
            "Solway investors are to receive $28 in cash and 0.35 of a Brackenridge share per share under a "
            "board-approved takeover that doubles Brackenridge's fluid-handling business, is expected to close in "
            "the first half of next year and will be partly debt-funded.",
        ],
        [
            ("Brackenridge has struck a $3.6bn cash-and-share deal for valve maker Solway, offering a premium of "
             "almost a third, and forecasts $120m in yearly savings and accretion to adjusted EPS within the first "
             "full year.", 5.0),
            ("Brackenridge Industries agreed to acquire Solway Flow Controls for $3.6 billion.", 4.0),
            ("Brackenridge's leverage will rise to about 3.2 times EBITDA after it takes on new debt.", 2.8),
            ("The Solway takeover is worth $6.3bn and will be paid entirely in cash, a 13% premium for Solway holders.",
             2.2),
            ("Solway Flow Controls will buy Brackenridge Industries for $3.6 billion in cash and stock, paying "
             "about $52 a share, a 31% premium.", 1.8),
            ("Brackenridge Industries raised its quarterly dividend by 5%.", 1.0),
        ],
    ),
    (
        "Varden Health Systems (VRDH) and Ambrook Medical have abandoned their planned $9.4 billion merger after "
        "the Competition Tribunal said it would block the deal, ending a 14-month review. The regulator concluded "
        "that the combined company would control about 60% of the market for hospital infusion pumps and could "
        "raise prices for hospitals. Under the terms of the agreement, Varden must pay Ambrook a break fee of $470 "
        "million. Varden chief executive Lena Harrow said the company remained confident in its standalone "
        "strategy and would resume share buybacks, announcing a new $2 billion programme. Ambrook shares fell 19% "
        "to $38.60, well below the $61 a share that Varden had offered, while Varden's stock rose 4%.",
        [
            "Varden Health Systems and Ambrook Medical dropped their $9.4 billion merger after the Competition "
            "Tribunal moved to block it over a 60% share of the infusion pump market, leaving Varden owing a $470 "
            "million break fee.",
            "After regulators said the combination would dominate hospital infusion pumps, Varden walked away from "
            "its $61-a-share offer for Ambrook and unveiled a $2 billion buyback; Ambrook stock sank 19% while "
            "Varden gained 4%.",
        ],
        [
            ("Regulatory opposition has killed Varden's planned $9.4bn tie-up with Ambrook, as the watchdog feared "
             "the pair would dominate infusion pumps; Varden will pay a $470m termination fee and restart "
             "buybacks.", 5.0),
            ("Varden Health Systems and Ambrook Medical have called off their merger after regulators objected.",
             4.0),
            ("Varden Health Systems announced a new $2 billion share buyback programme.", 3.0),
            ("Varden Health Systems and Ambrook Medical dropped their $4.9 billion merger, leaving Ambrook owing "
             "Varden a $470 million break fee.", 2.0),
            ("Regulators waved through the Varden-Ambrook combination, and the two companies have now closed the deal.",
             1.6),
            ("Ambrook Medical recalled a batch of infusion pumps over a software fault.", 1.0),
        ],
    ),
    (
        "Private equity firm Harrington Vale agreed to take Orchard Lane Software (ORLS) private in a deal worth "
        "$5.2 billion, including debt, the companies said on Monday. Harrington Vale will pay $36.50 per share in "
        "cash, a 28% premium to Orchard Lane's average share price over the past 30 days. The board of Orchard "
        "Lane, which makes accounting software for small businesses, unanimously recommended the offer. The "
        "agreement includes a 40-day 'go-shop' period during which Orchard Lane can seek a better offer from other "
        "bidders. The founder and chairman, Felix Rowe, who owns 14% of the shares, has agreed to vote in favour. "
        "The deal is expected to close in the fourth quarter. Orchard Lane shares rose 22% to $34.70.",
        [
            "Harrington Vale agreed to buy Orchard Lane Software for $36.50 a share in cash, a 28% premium, in a "
            "$5.2 billion deal including debt that Orchard Lane's board unanimously backs.",
            "The small-business accounting software maker is being taken private by a buyout firm; it can solicit "
            "rival bids for 40 days, founder Felix Rowe supports the sale with his 14% stake, and completion is "
            "expected in the fourth quarter.",
        ],
        [
            ("A buyout group will acquire Orchard Lane for $36.50 a share in cash, valuing the business at $5.2bn "
             "with debt and backed by the board and its founder, though the seller may shop for a higher offer for "
             "40 days.", 5.0),
            ("Orchard Lane Software agreed to be acquired by Harrington Vale for $5.2 billion.", 4.0),
            ("A private equity firm is taking a software company private at a premium.", 3.2),
            ("Orchard Lane founder Felix Rowe owns 14% of the company's shares.", 2.6),
            ("Orchard Lane's directors oppose the buyout, which offers shareholders Harrington Vale stock worth "
             "$34.70 each.", 2.0),
            ("Orchard Lane Software agreed to buy Harrington Vale for $36.50 a share in cash, a 28% premium.", 1.8),
        ],
    ),
    (
        "Regional lenders Harbourside Bancorp (HBSB) and Pinehurst Financial (PNHF) agreed on Thursday to combine "
        "in an all-stock merger of equals that will create a bank with $86 billion in assets and about 620 "
        "branches. Pinehurst shareholders will receive 0.84 of a Harbourside share for each share they own and "
        "will hold about 47% of the combined company, with Harbourside investors owning 53%. The new bank will be "
        "called Harbourside Pinehurst and be headquartered in Tarrow Falls. Harbourside chief executive Colin "
        "Ames will become chief executive, while Pinehurst's Joanna Sato will be executive chair. The banks expect "
        "to cut annual costs by $480 million, about 13% of their combined expenses, partly by closing 70 "
        "overlapping branches. The deal is expected to close late next year.",
        [
            "Harbourside Bancorp and Pinehurst Financial agreed an all-stock merger of equals creating an $86 "
            "billion-asset bank with about 620 branches, with Pinehurst holders getting 0.84 Harbourside shares each "
            "and owning about 47%.",
            "The combined Harbourside Pinehurst, based in Tarrow Falls and run by Colin Ames with Joanna Sato as "
            "executive chair, aims to save $480 million a year, partly by shutting 70 overlapping branches; "
            "completion is expected late next year.",
        ],
        [
            ("Two regional banks, Harbourside and Pinehurst, will join forces through a share swap to form an $86bn "
             "lender, targeting roughly $480m of annual savings that include closing 70 branches; Harbourside's boss "
             "will lead the group.", 5.0),
            ("Harbourside Bancorp and Pinehurst Financial agreed to merge in an all-stock deal.", 3.8),
            ("The merged bank will be headquartered in Tarrow Falls and named Harbourside Pinehurst.", 2.8),
            ("Harbourside Bancorp and Pinehurst Financial agreed an all-stock merger creating an $86 billion-asset "
             "bank, with Harbourside holders getting 0.84 Pinehurst shares each and owning about 47%.", 2.0),
            ("Pinehurst's Joanna Sato will be chief executive of the merged lender, with Harbourside's Colin Ames as "
             "chair; targeted savings are $840m.", 1.8),
            ("Pinehurst Financial reported higher quarterly profit on rising mortgage lending.", 1.0),
        ],
    ),
    (
        "Drummell Group (DRML) agreed to sell its specialty chemicals division to Torvane Industries for $2.75 "
        "billion in cash, as the conglomerate narrows its focus to aerospace components and industrial software. "
        "The unit, which makes coatings and adhesives, had revenue of $1.6 billion last year and employs about "
        "4,200 people. The price is about 11 times the division's expected earnings before interest, tax, "
        "depreciation and amortisation for this year. Drummell said it would use roughly half the proceeds to pay "
        "down debt and the rest for share buybacks. The sale, which requires regulatory approval, is expected to "
        "be completed in the first quarter. It follows Drummell's disposal of its packaging business for $1.1 "
        "billion last year. Drummell shares rose 3.2%, while Torvane's fell 1.4%.",
        [
            "Drummell Group will sell its specialty chemicals division to Torvane Industries for $2.75 billion in "
            "cash, about 11 times EBITDA, to focus on aerospace components and industrial software.",
            "The conglomerate is offloading its coatings and adhesives unit, with $1.6 billion in revenue and 4,200 "
            "staff, and will split the proceeds between debt reduction and buybacks; the deal follows last year's "
            "$1.1 billion packaging sale.",
        ],
        [
            ("Drummell is divesting its coatings-and-adhesives arm to Torvane for $2.75bn in cash, continuing a "
             "streamlining toward aerospace parts and software, and will spend the money on reducing debt and "
             "repurchasing shares.", 5.0),
            ("Drummell Group agreed a $2.75 billion cash sale of its specialty chemicals business to Torvane, with "
             "proceeds going to debt repayment and buybacks.", 4.6),
            ("Drummell Group is selling its specialty chemicals unit to Torvane Industries.", 3.8),
            ("Drummell sold its packaging business for $1.1 billion last year.", 2.4),
            ("Drummell is getting out of aerospace parts, selling that business to Torvane for shares worth $2.75bn.",
             2.0),
            ("Torvane Industries will sell its specialty chemicals division to Drummell Group for $2.75 billion in "
             "cash.", 1.8),
        ],
    ),
    # ------------------------------------------------------------ central banks and economic data
    (
        "The Reserve Bank of Valdoria left its main policy rate unchanged at 5.25% on Thursday for a fourth "
        "consecutive meeting, but signalled that cuts could come as early as June if inflation continues to ease. "
        "Seven of the nine members of the monetary policy committee voted to hold, while two favoured a "
        "quarter-point reduction. Consumer price inflation slowed to 3.1% in February from 3.6% in January, still "
        "above the bank's 2% target. In its statement, the committee said wage growth remained 'uncomfortably "
        "strong' at 5.4% and that it needed more evidence that price pressures were fading. Governor Ilse "
        "Brandvold told reporters that markets were 'broadly right' to expect lower rates later in the year. The "
        "Valdorian crown fell 0.6% against the dollar after the decision, and two-year government bond yields "
        "dropped 9 basis points to 4.48%.",
        [
            "The Reserve Bank of Valdoria held its policy rate at 5.25% for a fourth straight meeting in a 7-2 vote, "
            "with two members backing a cut, and signalled easing could begin in June if inflation keeps falling.",
            "Valdoria's central bank kept borrowing costs on hold but hinted at cuts later this year as inflation "
            "slowed to 3.1%, though it called 5.4% wage growth too strong; the crown weakened and two-year yields "
            "fell 9 basis points.",
        ],
        [
            ("Valdorian policymakers kept the benchmark at 5.25% once again, with a minority pushing for a "
             "reduction, and opened the door to lowering rates from mid-year should price growth keep cooling.",
             5.0),
            ("The Reserve Bank of Valdoria kept its policy rate at 5.25%.", 3.8),
            ("Valdoria's wage growth of 5.4% remains uncomfortably strong, the central bank said.", 2.8),
            ("The Reserve Bank of Valdoria held its policy rate at 5.25% and signalled easing could begin in June, "
             "after inflation slowed to 3.6% in February from 3.1%.", 2.4),
            ("Valdoria's central bank lowered interest rates to 5.25%, with most of the committee in favour, and said "
             "more reductions could follow in June.", 1.8),
            ("Valdoria's finance ministry announced a government bond buyback programme.", 1.0),
        ],
    ),
    (
        "The Central Bank of Ostravia raised its benchmark rate by 150 basis points to 18.5% at an unscheduled "
        "meeting on Sunday, in an effort to halt a slide in the Ostravian mark, which has lost 22% of its value "
        "against the dollar since the start of the year. It was the bank's largest single increase since 2015. The "
        "bank also raised reserve requirements on lenders' foreign-currency deposits to 12% from 8%. Annual "
        "inflation reached 14.7% in August, driven by higher import prices for fuel and food. Governor Tomas "
        "Reinholt said the bank would 'use all available tools' to restore price stability and did not rule out "
        "further increases. The mark rose 3.1% against the dollar in early trading on Monday, while the main stock "
        "index fell 2.4%.",
        [
            "Ostravia's central bank raised its benchmark rate by 150 basis points to 18.5% at an emergency meeting, "
            "its biggest hike since 2015, to defend the mark, which has fallen 22% against the dollar this year.",
            "With inflation at 14.7%, Ostravian policymakers made a surprise weekend rate increase, lifted reserve "
            "requirements on foreign-currency deposits to 12% and warned of more tightening; the currency rallied "
            "3.1% while stocks fell.",
        ],
        [
            ("In an unscheduled Sunday move, Ostravia's monetary authority lifted borrowing costs by a point and a "
             "half to 18.5% to prop up its sliding currency and tame inflation, signalling it may go further.", 5.0),
            ("The Central Bank of Ostravia raised its benchmark interest rate to 18.5%.", 3.8),
            ("Ostravia's annual inflation reached 14.7% in August on higher fuel and food import costs.", 2.8),
            ("At its regular meeting, Ostravia's central bank added half a percentage point, taking the key rate to "
             "15.8%.", 2.2),
            ("The Central Bank of Ostravia cut its benchmark rate by 150 basis points to 18.5% at an emergency "
             "meeting, and the mark fell 3.1% against the dollar.", 1.8),
            ("Ostravia's government announced plans to privatise its state airline.", 1.0),
        ],
    ),
    (
        "The Bank of Caldera cut its benchmark interest rate by a quarter of a percentage point to 3.75% on "
        "Wednesday, its first reduction in more than four years, citing a sharp slowdown in inflation and rising "
        "unemployment. The decision was widely expected by economists. Annual inflation fell to 2.4% in the latest "
        "reading, close to the bank's 2% target, while the jobless rate rose to 6.1%, its highest since 2021. "
        "Governor Anselm Rask said further cuts were likely if the economy evolved as forecast, but that they would "
        "be 'gradual'. The bank lowered its growth forecast for this year to 0.8% from 1.2%. The Calderan dollar "
        "slipped 0.4%, and major banks said they would cut their prime lending rates by the same amount from "
        "Thursday.",
        [
            "The Bank of Caldera lowered its key rate by 25 basis points to 3.75%, its first cut in over four years, "
            "as inflation fell to 2.4% and unemployment rose to 6.1%, and said further gradual cuts were likely.",
            "Calderan policymakers began easing as expected, pointing to cooling prices and a weakening jobs market, "
            "and trimmed this year's growth forecast to 0.8%; commercial banks will pass the cut on to prime rates "
            "from Thursday.",
        ],
        [
            ("Caldera's central bank reduced borrowing costs for the first time in more than four years, taking its "
             "policy rate down a quarter point to 3.75% as price growth neared target and joblessness climbed, and "
             "flagged more slow, step-by-step easing.", 5.0),
            ("The Bank of Caldera cut its benchmark rate to 3.75%.", 3.8),
            ("Caldera's major banks will lower their prime lending rates from Thursday after a central bank move.",
             3.2),
            ("The Bank of Caldera cut its economic growth forecast for this year to 0.8% from 1.2%.", 3.0),
            ("Caldera's policymakers delivered a half-point reduction to 3.25% and indicated this would be the only "
             "cut of the year.", 2.0),
            ("The Bank of Caldera raised its key rate by 25 basis points to 3.75%, its first hike in over four "
             "years, as inflation rose to 2.4%.", 1.8),
        ],
    ),
    (
        "Estrania's consumer prices rose 4.8% in the year to October, up from 4.1% in September and above the 4.4% "
        "economists had expected, the national statistics office said on Tuesday. The increase was driven mainly "
        "by energy bills, which rose 11% after a regulated price cap was lifted, and by food prices, up 6.2%. Core "
        "inflation, which excludes energy and food, edged down to 3.6% from 3.7%. The figures make an interest "
        "rate increase by the Estranian central bank at its meeting next month more likely, analysts said; markets "
        "now price a 70% chance of a quarter-point rise, up from 35% before the data. The Estranian krone rose "
        "0.8% against the dollar, and two-year government bond yields rose 14 basis points to 3.92%.",
        [
            "Estrania's annual inflation jumped to 4.8% in October from 4.1%, above forecasts of 4.4%, as energy "
            "bills rose 11% after a price cap ended, lifting the odds of a central bank rate rise next month to "
            "70%.",
            "Higher energy and food costs pushed Estranian consumer prices up faster than expected, though core "
            "inflation eased slightly to 3.6%; the krone strengthened and two-year yields climbed 14 basis points.",
        ],
        [
            ("Price growth in Estrania accelerated more than economists predicted last month, to 4.8%, mainly "
             "because energy bills surged once a cap was removed, and traders now see a rate hike next month as "
             "likely.", 5.0),
            ("Estrania's inflation rate rose to 4.8% in October, above expectations.", 4.0),
            ("Estrania's core inflation eased to 3.6% in October.", 2.8),
            ("Estrania's annual inflation jumped to 4.8% in October, driven by food prices up 11%, and markets now "
             "expect a rate cut next month.", 2.0),
            ("Price pressures in Estrania eased last month, undershooting forecasts, as energy became cheaper after a "
             "cap was introduced.", 1.6),
            ("Estrania's unemployment rate was unchanged at 5.2% in September.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ bonds and equity raises
    (
        "Corrigan Utilities (CRGN) sold $1.25 billion of bonds on Tuesday in its largest debt offering to date, "
        "taking advantage of strong investor demand for high-grade corporate debt. The deal was split between "
        "$700 million of 10-year notes with a 5.15% coupon and $550 million of 30-year notes paying 5.60%. Orders "
        "peaked at more than $4.8 billion, almost four times the amount on offer, allowing the company to price "
        "the bonds about 20 basis points tighter than initial guidance. Corrigan said it would use the proceeds to "
        "repay $600 million of notes maturing in March and to fund its grid modernisation programme. The bonds are "
        "rated A3 by Meridian Ratings and A- by Castell Credit.",
        [
            "Corrigan Utilities raised $1.25 billion in its biggest bond sale yet, issuing $700 million of 10-year "
            "notes at 5.15% and $550 million of 30-year notes at 5.60%, with orders of over $4.8 billion.",
            "Heavy demand, nearly four times the deal size, let Corrigan price its two-part bond offering about 20 "
            "basis points inside initial talk; proceeds will refinance $600 million of March maturities and fund "
            "grid upgrades.",
        ],
        [
            ("CRGN tapped the high-grade market for a record $1.25bn across ten- and thirty-year maturities, drawing "
             "nearly fourfold oversubscription and tighter pricing, and will use the cash to refinance debt and "
             "modernise its network.", 5.0),
            ("Corrigan Utilities sold $1.25 billion of 10- and 30-year bonds, its largest offering, to refinance "
             "debt and fund grid work.", 4.4),
            ("Corrigan Utilities sold $1.25 billion of bonds.", 3.6),
            ("Corrigan Utilities raised $1.25 billion in its biggest bond sale yet, issuing $550 million of 10-year "
             "notes at 5.60% and $700 million of 30-year notes at 5.15%, with orders of over $4.8 billion.", 2.0),
            ("Investors showed little appetite for Corrigan's new debt, so the utility had to pay more than it first "
             "indicated.", 1.8),
            ("Corrigan Utilities asked regulators to approve a 7% increase in electricity rates.", 1.0),
        ],
    ),
    (
        "The Republic of Sarovia sold $3 billion of dollar-denominated bonds on Wednesday, its first international "
        "bond sale in six years, after restructuring its debt in 2021. The government issued $1.75 billion of "
        "seven-year bonds at a yield of 8.25% and $1.25 billion of 12-year bonds at 9.1%. Orders exceeded $11 "
        "billion, according to the finance ministry, allowing it to increase the deal from an initial $2 billion. "
        "Finance Minister Adela Korvin said the proceeds would repay more expensive domestic debt and fund road "
        "and power projects. Analysts said the strong demand reflected the country's improving finances, with the "
        "budget deficit narrowing to 3.8% of GDP last year from 7.2% in 2020. The ratings agency Meridian upgraded "
        "Sarovia to B+ last month.",
        [
            "Sarovia sold $3 billion of dollar bonds, its first international issue in six years, with seven-year "
            "notes yielding 8.25% and 12-year notes 9.1%, after orders topped $11 billion.",
            "Investor demand of more than five times the initial target allowed Sarovia, which restructured its "
            "debt in 2021, to enlarge its return to global markets by $1 billion; the money will refinance costlier "
            "domestic debt and pay for infrastructure.",
        ],
        [
            ("Making its comeback to overseas debt markets after six years, Sarovia raised $3bn across two "
             "maturities amid heavy demand, upsizing from $2bn, and will use the funds for refinancing and for roads "
             "and power.", 5.0),
            ("Sarovia sold $3 billion of international bonds, its first in six years.", 4.0),
            ("Strong investor demand allowed Sarovia to increase the size of its international bond sale.", 3.6),
            ("Sarovia's budget deficit narrowed to 3.8% of GDP last year from 7.2% in 2020.", 2.6),
            ("Sarovia sold $3 billion of dollar bonds, with seven-year notes yielding 9.1% and 12-year notes 8.25%, "
             "after orders of just $2 billion.", 2.0),
            ("Sarovia has missed payments on its dollar debt and is heading for a second restructuring.", 1.6),
        ],
    ),
    (
        "Electric-vehicle charger maker VoltArc (VARC) sold $900 million of convertible bonds due 2030, more than "
        "the $750 million it had planned, the company said on Thursday. The notes carry a coupon of 2.75% and can "
        "be converted into shares at about $41.60 each, a 32.5% premium to Wednesday's closing price. VoltArc will "
        "use about $110 million of the proceeds to buy 'capped call' options intended to limit dilution for "
        "existing shareholders if the notes are converted, and the rest to expand manufacturing and repay a $300 "
        "million term loan. The shares fell 9.2% to $28.50, as some buyers of convertible bonds typically sell "
        "the underlying stock short to hedge.",
        [
            "VoltArc sold an upsized $900 million of 2.75% convertible bonds due 2030, convertible at about $41.60 a "
            "share, a 32.5% premium, and its shares fell 9.2%.",
            "The EV charger maker raised more than the planned $750 million and will spend about $110 million on "
            "capped calls to limit dilution, with the rest going to expand production and repay a $300 million "
            "term loan.",
        ],
        [
            ("VARC increased its convertible note sale to $900m from $750m, with a low coupon and a conversion price "
             "about a third above the stock, and will fund anti-dilution hedges, factory expansion and loan "
             "repayment; the shares slid.", 5.0),
            ("VoltArc sold $900 million of convertible bonds.", 3.8),
            ("VoltArc will repay a $300 million term loan.", 2.4),
            ("VoltArc's new convertibles pay a 7.25% coupon and convert at only a 23.5% premium to the share price.",
             2.2),
            ("VoltArc sold $750 million of 2.75% convertible bonds, less than planned, convertible at about $41.60 a "
             "share, and its shares rose 9.2%.", 1.8),
            ("VoltArc opened its 10,000th fast-charging station.", 1.0),
        ],
    ),
    (
        "Kingsmere Property Trust launched a $1.2 billion rights issue on Monday to shore up its balance sheet "
        "after a fall in office valuations pushed its loan-to-value ratio close to limits set by its lenders. "
        "Shareholders are being offered three new shares for every seven they hold at 240 cents each, a 38% "
        "discount to Friday's closing price. The real estate investment trust reported that the value of its "
        "portfolio had fallen 14% over the past year to $8.6 billion, taking its loan-to-value ratio to 46%, "
        "against a covenant limit of 50%. The proceeds will be used to repay debt, lowering the ratio to about "
        "35%. Kingsmere also cut its annual distribution guidance by 20%. The issue is fully underwritten by three "
        "banks. The shares fell 17%.",
        [
            "Kingsmere Property Trust is raising $1.2 billion through a three-for-seven rights issue at a 38% "
            "discount to repay debt, after a 14% fall in property values pushed its loan-to-value ratio to 46%, near "
            "a 50% covenant.",
            "Shrinking office valuations have forced the REIT to seek fresh equity from investors, which will bring "
            "gearing down to about 35%; it also cut distribution guidance by a fifth and its shares dropped 17%.",
        ],
        [
            ("Kingsmere is asking investors for $1.2bn at a steep discount to pay down borrowings, as slumping "
             "office values left it uncomfortably close to its lenders' leverage limit; payouts will also be "
             "reduced.", 5.0),
            ("Kingsmere Property Trust launched a $1.2 billion rights issue to cut debt.", 4.0),
            ("A property trust is selling new shares to investors at a discount because falling office values "
             "have strained its finances.", 3.4),
            ("Kingsmere's rights issue is fully underwritten by three banks.", 2.4),
            ("Kingsmere Property Trust is raising $1.2 billion through a seven-for-three rights issue at a 14% "
             "premium, after property values rose 38%.", 1.8),
            ("Kingsmere is raising fresh equity to go shopping for more offices and expects to pay investors a fifth "
             "more.", 1.6),
        ],
    ),
    # ------------------------------------------------------------ dividends, buybacks, splits
    (
        "Pemberton Chemicals (PMBC) halved its quarterly dividend to 38 cents a share from 76 cents on Thursday, "
        "the first reduction in its 41-year history as a listed company, as weak demand and lower prices for its "
        "plastics squeezed cash flow. The company reported a third-quarter net loss of $84 million, compared with "
        "a profit of $212 million a year earlier, on sales that fell 18% to $2.9 billion. Chief financial officer "
        "Dana Whitlock said the cut would preserve about $540 million a year to reduce debt, which stands at $6.1 "
        "billion. Pemberton also suspended its share buyback programme. The stock fell 8.5% to $44.10, taking its "
        "decline this year to 31%. The new dividend is payable on 15 January to shareholders of record on 20 "
        "December.",
        [
            "Pemberton Chemicals cut its quarterly dividend in half to 38 cents, its first cut in 41 years, after "
            "swinging to an $84 million third-quarter loss as plastics demand and prices slumped.",
            "To save roughly $540 million a year for paying down $6.1 billion of debt, Pemberton has halved its "
            "payout and paused buybacks; third-quarter sales dropped 18% and the shares slid 8.5%.",
        ],
        [
            ("Pemberton slashed its dividend by 50% for the first time in over four decades and stopped repurchasing "
             "stock, aiming to free up cash for debt reduction after a weak plastics market pushed it into the red.",
             5.0),
            ("Pemberton halved its dividend and suspended buybacks after a third-quarter loss, to conserve cash for "
             "debt repayment.", 4.4),
            ("Pemberton Chemicals halved its quarterly dividend to 38 cents a share.", 4.0),
            ("Pemberton's new dividend is payable on 15 January to holders of record on 20 December.", 2.6),
            ("Pemberton Chemicals cut its quarterly dividend by a quarter to 57 cents, its first cut in 41 years, "
             "after swinging to an $84 million third-quarter loss.", 2.2),
            ("Pemberton is doubling its payout to shareholders after a profitable third quarter.", 1.6),
        ],
    ),
    (
        "Brannock Insurance Group (BNIG) raised its quarterly dividend by 12% to $1.12 a share and declared a "
        "special dividend of $3.00, after reporting record annual operating earnings of $4.7 billion. The "
        "insurer's combined ratio, a measure of underwriting profitability where a figure below 100% indicates a "
        "profit, improved to 91.4% from 95.8%, helped by fewer large catastrophe losses and higher premiums. Net "
        "investment income rose 24% to $2.1 billion as the company reinvested maturing bonds at higher yields. The "
        "special dividend will be paid on 28 March to shareholders of record on 10 March. Chief executive Ruth "
        "Delacourt said the company had capital well above its regulatory requirements. Brannock's shares rose "
        "2.9%.",
        [
            "Brannock Insurance lifted its quarterly dividend 12% to $1.12 and added a $3.00 special dividend after "
            "record operating earnings of $4.7 billion and an improvement in its combined ratio to 91.4%.",
            "Fewer big catastrophe claims, higher premiums and a 24% rise in investment income gave BNIG a record "
            "year, and it is returning surplus capital through a bigger regular payout and a one-off $3 dividend "
            "payable on 28 March.",
        ],
        [
            ("A record year for BNIG, with underwriting margins sharply better and investment income up nearly a "
             "quarter, has produced a 12% higher regular payout plus a one-time $3 distribution to shareholders.",
             5.0),
            ("Brannock Insurance Group raised its quarterly dividend by 12% and declared a special dividend.", 4.0),
            ("Brannock's net investment income rose 24% to $2.1 billion on higher bond yields.", 3.0),
            ("Brannock Insurance lifted its quarterly dividend 3% to $1.12 and added a $12.00 special dividend "
             "after record operating earnings.", 2.0),
            ("Heavier catastrophe claims hurt Brannock's underwriting, pushing its combined ratio up to 95.8%.", 1.8),
            ("Brannock Insurance Group appointed Ruth Delacourt as chief executive.", 1.0),
        ],
    ),
    (
        "Quillon Networks (QLNX) announced a four-for-one stock split and a new $15 billion share repurchase "
        "programme on Thursday alongside fiscal first-quarter results that beat expectations. Revenue rose 34% to "
        "$9.1 billion, and adjusted earnings were $3.12 per share, compared with the $2.86 analysts expected. The "
        "split will take effect after the close of trading on 28 June, with shareholders receiving three "
        "additional shares for each share held. Quillon's shares, which closed at $812 before the announcement, "
        "rose 9% in extended trading. The buyback replaces the previous programme, under which about $2.3 billion "
        "remained. Chief executive Amara Voss said the split would make the stock more accessible to employees and "
        "individual investors.",
        [
            "Quillon Networks announced a four-for-one stock split effective after 28 June and a $15 billion "
            "buyback, as fiscal Q1 revenue jumped 34% to $9.1 billion and adjusted EPS of $3.12 topped estimates.",
            "Stronger-than-expected quarterly results, a new $15bn repurchase plan replacing the old one and a split "
            "giving holders three extra shares each sent Quillon's $812 stock up 9% after hours.",
        ],
        [
            ("Quillon beat first-quarter forecasts on 34% sales growth and rewarded investors with a 4-for-1 split and "
             "$15bn of buybacks, lifting the shares 9% in after-hours trading.", 5.0),
            ("Quillon Networks' first-quarter revenue rose 34% to $9.1 billion, beating expectations, and it "
             "unveiled a four-for-one split and a $15 billion repurchase programme.", 4.8),
            ("Quillon Networks announced a four-for-one stock split and a $15 billion share buyback.", 4.0),
            ("Quillon's chief executive said a stock split would make the shares more accessible to employees and "
             "individual investors.", 2.6),
            ("Quillon Networks announced a three-for-one stock split and a $2.3 billion buyback, as fiscal Q1 "
             "revenue jumped 34% to $9.1 billion.", 2.0),
            ("Disappointing quarterly numbers led Quillon to consolidate its shares, four old ones becoming one new "
             "one.", 1.6),
        ],
    ),
    (
        "Sentrova Cloud (SNTV) will pay its first-ever dividend, the software company said on Wednesday, declaring "
        "a quarterly payment of 20 cents a share and authorising an additional $10 billion of share buybacks. The "
        "announcement came as fiscal third-quarter revenue rose 17% to $12.4 billion, slightly ahead of "
        "estimates, and free cash flow reached a record $4.6 billion. Sentrova had about $38 billion in cash and "
        "investments at the end of the quarter and $9 billion of debt. Chief financial officer Marcus Feld said "
        "the company could fund both shareholder returns and continued investment in artificial intelligence "
        "products. The dividend will be paid on 12 September to shareholders of record on 22 August. The shares "
        "rose 7% in after-hours trading.",
        [
            "Sentrova Cloud declared its first dividend, 20 cents a share quarterly, and added $10 billion to its "
            "buyback as fiscal Q3 revenue grew 17% to $12.4 billion, slightly beating estimates.",
            "Record free cash flow of $4.6 billion and a $38 billion cash pile allow the software firm to start "
            "returning more money to shareholders while still investing in AI, its CFO said; the shares climbed 7% "
            "after hours.",
        ],
        [
            ("Sentrova is initiating a quarterly payout of 20 cents and expanding repurchases by $10bn on the back of "
             "record cash generation, alongside quarterly sales growth of 17% that edged past forecasts.", 5.0),
            ("Sentrova Cloud announced its first quarterly dividend, of 20 cents a share, and a further $10 billion "
             "in buybacks, alongside 17% revenue growth.", 4.6),
            ("Sentrova Cloud will pay a dividend for the first time.", 3.6),
            ("Sentrova Cloud had about $38 billion in cash and investments and $9 billion of debt at the end of the "
             "quarter.", 2.6),
            ("Sentrova lifted its existing payout to 20 cents and topped up repurchases by a modest $1bn.", 2.2),
            ("Sentrova Cloud declared its first dividend, 20 cents a share quarterly, and suspended its buyback as "
             "fiscal Q3 revenue fell 17% to $12.4 billion.", 1.8),
        ],
    ),
    # ------------------------------------------------------------ analyst rating changes
    (
        "Analysts at Whitcombe & Lyle downgraded Auralis Software (AURS) to 'underperform' from 'neutral' on "
        "Wednesday and cut their price target to $58 from $84, arguing that the company's shift to subscription "
        "pricing is taking longer than management has suggested. In a note to clients, analyst Priyanka Dole said "
        "customer surveys showed that fewer than a third of Auralis's large clients planned to move to the new "
        "model within two years, which could keep revenue growth below 8% through 2026. She also flagged rising "
        "competition from cheaper rivals in the mid-market segment. Auralis shares fell 5.2% to $66.75 by midday. "
        "Of the 24 analysts covering the stock, 11 rate it a buy, 10 a hold and three a sell, according to data "
        "from Tessaly Markets.",
        [
            "Whitcombe & Lyle downgraded Auralis Software to underperform from neutral and slashed its price target "
            "to $58 from $84, saying the move to subscriptions is slower than management claims; the shares fell "
            "5.2%.",
            "Surveys suggesting fewer than a third of big customers will switch to subscriptions within two years, "
            "plus cheaper competitors, led analyst Priyanka Dole to turn bearish on AURS, warning that growth could "
            "stay under 8% through 2026.",
        ],
        [
            ("A Whitcombe & Lyle analyst turned negative on Auralis, cutting the target by $26 to $58 on doubts "
             "about how quickly clients will adopt subscription pricing, and the stock slid about 5%.", 5.0),
            ("Auralis Software was downgraded to underperform by Whitcombe & Lyle.", 4.0),
            ("Most of the 24 analysts covering Auralis Software rate it a buy or a hold.", 3.0),
            ("Whitcombe & Lyle now values Auralis at $66.75 a share, blaming slowing hardware sales for its bearish "
             "call.", 2.2),
            ("Whitcombe & Lyle upgraded Auralis Software to outperform from neutral and raised its price target to "
             "$84 from $58, saying the move to subscriptions is faster than management claims.", 1.6),
            ("Auralis Software agreed to acquire a mid-market analytics start-up.", 1.0),
        ],
    ),
    (
        "Morrow Keane upgraded Ferrowind Energy (FRWD) to 'buy' from 'hold' on Monday and raised its price target "
        "to $47 from $31, saying the wind-turbine maker's cost-cutting programme and higher contract prices should "
        "return it to profitability in 2025, a year earlier than the market expects. Analyst Jonas Eklund wrote "
        "that Ferrowind's order backlog of $28 billion now consisted mostly of contracts signed after a round of "
        "price increases in 2023, and that warranty costs from faulty blades had peaked. He forecast an operating "
        "margin of 4% in 2025 and 7% in 2026. Ferrowind shares rose 8.6% to $36.20, their highest close in 14 "
        "months. The company reports quarterly results on 6 November.",
        [
            "Morrow Keane upgraded Ferrowind Energy to buy from hold and lifted its target to $47 from $31, "
            "predicting a return to profit in 2025, a year ahead of market expectations; the stock rose 8.6%.",
            "Analyst Jonas Eklund turned positive on the wind-turbine maker, arguing that its $28 billion backlog is "
            "now dominated by higher-priced contracts and that blade warranty costs have peaked, and forecast "
            "operating margins of 4% in 2025 and 7% in 2026.",
        ],
        [
            ("A Morrow Keane analyst now recommends buying FRWD, seeing better pricing and cost cuts making the "
             "turbine maker profitable sooner than expected, with a $47 target; the shares hit a 14-month closing "
             "high.", 5.0),
            ("Ferrowind Energy was upgraded to buy by Morrow Keane.", 4.0),
            ("An analyst expects warranty costs from faulty blades at Ferrowind to decline and margins to "
             "improve.", 3.4),
            ("Ferrowind Energy will report quarterly results on 6 November.", 2.6),
            ("Morrow Keane upgraded Ferrowind Energy to buy and lifted its target to $74, predicting a return to "
             "profit in 2027.", 2.2),
            ("Morrow Keane has soured on the turbine maker, cutting its recommendation and warning that losses will "
             "run until 2026.", 1.6),
        ],
    ),
    (
        "Brightwater Securities initiated coverage of Paxford Payments (PXFP) with a 'sell' rating and a $22 price "
        "target, about 30% below the current share price, citing slowing transaction growth and the risk of new "
        "caps on card fees. Analyst Celeste Marlowe estimated that proposed rules limiting interchange fees for "
        "small merchants, if adopted, could cut Paxford's revenue by 6% to 9% from 2026. She also noted that "
        "Paxford's largest client, the grocery chain Marlbury, which accounts for 11% of payment volume, is "
        "testing a rival provider. Paxford shares fell 3.9% to $30.40. Paxford said in a statement that it had a "
        "'strong pipeline' of new merchants and that the regulatory proposals were still at an early stage.",
        [
            "Brightwater Securities started coverage of Paxford Payments with a sell rating and a $22 target, "
            "roughly 30% below the share price, warning of slowing growth and possible card-fee caps; the stock fell "
            "3.9%.",
            "Analyst Celeste Marlowe said proposed interchange fee limits could cut Paxford's revenue by 6-9% from "
            "2026 and that its biggest client, the grocer Marlbury, is trialling a competitor; Paxford says its "
            "pipeline is strong.",
        ],
        [
            ("A new bearish call from Brightwater on Paxford, with a target well under the current price, points to "
             "decelerating payment volumes, looming fee regulation and the risk of losing a key grocery customer.",
             5.0),
            ("Brightwater Securities initiated Paxford Payments at sell.", 3.8),
            ("Paxford Payments says proposed interchange fee rules are still at an early stage.", 2.4),
            ("Fee caps could wipe out most of Paxford's revenue, Brightwater warns, and its top grocery client has "
             "already switched providers.", 2.0),
            ("Brightwater Securities started coverage of Paxford Payments with a buy rating and a $22 target, "
             "roughly 30% above the share price.", 1.8),
            ("Paxford Payments signed a deal to process payments for a chain of petrol stations.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ regulatory fines and settlements
    (
        "The Markets Conduct Authority fined Lindqvist Brothers Bank $148 million on Monday for failing to monitor "
        "traders' use of personal messaging apps between 2019 and 2023, the largest penalty of its kind the "
        "regulator has imposed. The authority said that more than 1,100 employees, including senior managers, had "
        "used unapproved apps to discuss client business, making it impossible to keep proper records. Lindqvist "
        "Brothers admitted the failings, which allowed it to receive a 30% discount on the fine for early "
        "settlement. The bank must also hire an independent consultant to review its compliance systems within 90 "
        "days. In a statement, the bank said it had 'fully cooperated' and had already disciplined 47 staff. Its "
        "shares were little changed.",
        [
            "The Markets Conduct Authority fined Lindqvist Brothers Bank $148 million, its largest penalty of the "
            "kind, for failing to police staff use of personal messaging apps from 2019 to 2023, with a 30% "
            "discount for early settlement.",
            "More than 1,100 Lindqvist Brothers employees discussed client business on unapproved apps, leaving "
            "records incomplete; the bank admitted the breaches, has disciplined 47 staff and must appoint an "
            "independent compliance reviewer.",
        ],
        [
            ("A watchdog has handed Lindqvist Brothers a $148m penalty, the biggest it has levied for such "
             "record-keeping lapses, after staff routinely used private chat apps for client work; the bank "
             "settled early and agreed to an outside review.", 5.0),
            ("Lindqvist Brothers Bank was fined $148 million over employees' use of unapproved messaging apps.",
             4.0),
            ("Lindqvist Brothers Bank says it has disciplined 47 employees and cooperated fully with regulators.",
             2.8),
            ("The Markets Conduct Authority fined Lindqvist Brothers Bank $184 million for failing to police staff "
             "use of personal messaging apps, and the bank denied the failings.", 2.0),
            ("The penalty against Lindqvist Brothers relates to rigging benchmark interest rates over four years.",
             1.8),
            ("Lindqvist Brothers Bank reported a 12% rise in quarterly trading revenue.", 1.0),
        ],
    ),
    (
        "The Competition Commission fined cement makers Harrowby Materials and Dunwell Aggregates a combined $312 "
        "million on Thursday for fixing prices and dividing up customers in the southern region between 2017 and "
        "2022. Harrowby was fined $198 million and Dunwell $114 million. A third company, Crestmoor Cement, which "
        "reported the cartel to the authorities, received full immunity. The commission said the arrangement had "
        "raised prices for construction firms and public infrastructure projects by an estimated 8% to 12%. Both "
        "companies said they would appeal. Harrowby said it had set aside $150 million for the case last year and "
        "would take an additional charge in its second-quarter results. Construction industry groups said they "
        "were considering claims for damages.",
        [
            "The Competition Commission fined Harrowby Materials $198 million and Dunwell Aggregates $114 million "
            "for running a cement price-fixing cartel from 2017 to 2022, while whistleblower Crestmoor Cement "
            "escaped a fine.",
            "Two cement producers face $312 million in penalties for colluding on prices and customers in the "
            "south, which raised costs by 8-12%; both plan to appeal and construction firms may sue for damages.",
        ],
        [
            ("Harrowby and Dunwell were hit with over $300m in cartel penalties for rigging cement prices in the "
             "south for five years, with Crestmoor, which blew the whistle, spared; the two will challenge the "
             "ruling.", 5.0),
            ("Cement makers Harrowby and Dunwell were fined $198m and $114m for a 2017-2022 cartel that lifted "
             "prices 8-12%; both will appeal.", 4.6),
            ("Two cement companies were fined a total of $312 million for price fixing.", 4.0),
            ("Harrowby Materials will take an additional charge in its second-quarter results.", 2.6),
            ("Harrowby and Dunwell will not appeal the $132m combined penalty for their cement cartel.", 2.2),
            ("The Competition Commission fined Crestmoor Cement $198 million and Dunwell Aggregates $114 million for "
             "a cement price-fixing cartel, while Harrowby Materials, which reported it, escaped a fine.", 1.8),
        ],
    ),
    (
        "Orvale Mining (ORVM) agreed to pay $62 million to settle charges by the Securities Regulatory Board that "
        "it misled investors about the safety of a tailings dam at its Skarn Ridge copper mine. The regulator said "
        "that between 2019 and 2021 the company repeatedly described the dam as meeting international standards "
        "in its annual reports, even though internal inspections had found cracks and seepage. The dam partially "
        "collapsed in 2022, forcing the mine to close for seven months. Orvale neither admitted nor denied the "
        "findings. Its former chief executive, Pieter Halloran, agreed to pay a separate $1.5 million penalty and "
        "is barred from serving as a director of a listed company for five years. Orvale has also set aside $340 "
        "million to compensate affected communities.",
        [
            "Orvale Mining will pay $62 million to settle Securities Regulatory Board charges that it misled "
            "investors from 2019 to 2021 about the safety of its Skarn Ridge tailings dam, which partly collapsed in "
            "2022.",
            "Despite internal reports of cracks and seepage, Orvale told shareholders its copper mine dam met "
            "international standards, the regulator said; former chief executive Pieter Halloran will pay $1.5 "
            "million and faces a five-year director ban.",
        ],
        [
            ("Orvale has agreed a $62m settlement with the markets regulator over claims it played down known "
             "structural problems at a mine waste dam that later gave way, and its former boss is fined and barred "
             "from boardrooms.", 5.0),
            ("Orvale Mining will pay $62 million to settle charges of misleading investors about a dam.", 4.0),
            ("Orvale Mining has set aside $340 million to compensate communities affected by a dam collapse.", 3.0),
            ("Orvale Mining will pay $26 million to settle charges that it misled investors about the safety of its "
             "Skarn Ridge tailings dam, and admitted the findings.", 2.0),
            ("Regulators found no wrongdoing by Orvale's ex-boss Pieter Halloran over the dam disclosures.", 1.6),
            ("Orvale Mining reopened its Skarn Ridge copper mine after a seven-month closure.", 1.0),
        ],
    ),
    (
        "The Data Protection Office fined Lendlark, the consumer lending app, $27 million for sharing customers' "
        "financial data with advertising partners without proper consent, the largest fine it has issued to a "
        "fintech company. The regulator found that between 2020 and 2023 Lendlark passed details including income "
        "ranges and repayment history for around 2.3 million users to 14 marketing firms. Lendlark must ensure the "
        "shared data is deleted within 60 days and submit to independent audits for three years. The company, "
        "which is privately owned and was valued at $1.9 billion in its last funding round, said it would appeal "
        "the size of the fine but had already changed its consent process. Consumer groups called for "
        "compensation for affected users.",
        [
            "Lendlark was fined $27 million by the Data Protection Office, a record for a fintech, for sharing about "
            "2.3 million users' financial data with 14 marketing firms without proper consent between 2020 and "
            "2023.",
            "The lending app must have the shared data deleted within 60 days and face three years of independent "
            "audits; it plans to appeal the amount of the penalty and says its consent process has already "
            "changed.",
        ],
        [
            ("Regulators have imposed their heaviest fintech penalty yet, $27m, on the lending app Lendlark for "
             "passing customers' income and repayment details to marketers without valid consent; the firm will "
             "contest the amount.", 5.0),
            ("Lendlark was fined $27 million for sharing customer data without consent.", 4.0),
            ("A consumer lending app has been penalised by the data regulator for sharing users' information with "
             "advertisers.", 3.6),
            ("Consumer groups want compensation for Lendlark users whose data was shared.", 2.6),
            ("Lendlark was fined $27 million for sharing the financial data of about 2.3 million users, and said it "
             "accepted the fine in full.", 2.2),
            ("Hackers broke into Lendlark's systems and stole records on 14 million borrowers, earning the app a "
             "$2.7m penalty.", 1.8),
        ],
    ),
    # ------------------------------------------------------------ IPOs
    (
        "Shares of Tillwater Robotics (TLWR) jumped 41% in their stock market debut on Friday, valuing the "
        "warehouse automation company at about $6.8 billion. The company sold 32 million shares at $24 each, "
        "above the marketed range of $20 to $22, raising $768 million. The stock opened at $31.50 and closed at "
        "$33.84. Tillwater, founded in 2016, makes autonomous robots that pick and pack goods in distribution "
        "centres, and counts three of the country's ten largest retailers as customers. Revenue rose 58% last "
        "year to $412 million, but the company is not yet profitable, reporting a net loss of $96 million. Chief "
        "executive Oren Vasquez said the proceeds would fund international expansion and research. The listing is "
        "the largest technology IPO on the Meridian Exchange this year.",
        [
            "Tillwater Robotics shares rose 41% on their first day of trading after an IPO priced at $24, above the "
            "$20-$22 range, raising $768 million and valuing the company at about $6.8 billion.",
            "The warehouse-robot maker's listing, the Meridian Exchange's biggest tech IPO of the year, closed at "
            "$33.84 on debut; the company's revenue grew 58% to $412 million last year, though it lost $96 million.",
        ],
        [
            ("Tillwater soared more than 40% in its market debut after pricing above its target range, bringing in "
             "close to $770m and putting a value of roughly $6.8bn on the loss-making warehouse automation firm.", 5.0),
            ("Tillwater Robotics raised $768 million in its IPO, and its shares rose sharply on their first day.",
             4.0),
            ("Tillwater Robotics' revenue rose 58% last year to $412 million.", 3.0),
            ("Tillwater Robotics shares rose 14% on their first day of trading after an IPO priced at $20, the "
             "bottom of its range, raising $768 million.", 2.2),
            ("Tillwater is already solidly in the black, with a $96m profit last year, which helped its shares on "
             "their first day.", 1.8),
            ("Tillwater Robotics opened a new research centre in Port Alder.", 1.0),
        ],
    ),
    (
        "Kestrel Energy Storage postponed its planned initial public offering on Wednesday, a day before it was "
        "due to price, citing market volatility after a sell-off in clean-energy stocks. The battery maker had "
        "aimed to raise up to $1.1 billion by selling 44 million shares at $23 to $25 each, which would have "
        "valued it at about $7.5 billion. People familiar with the deal said investor orders had not covered the "
        "full offering even at the bottom of the range. An index of clean-energy shares has fallen 18% over the "
        "past month as higher interest rates raised financing costs for renewable projects. Kestrel said it "
        "remained committed to a listing and would 'revisit timing when conditions improve'. The company's revenue "
        "doubled last year to $640 million.",
        [
            "Kestrel Energy Storage postponed its IPO, which aimed to raise up to $1.1 billion at $23-$25 a share "
            "and value it at around $7.5 billion, a day before pricing because of market volatility.",
            "Weak investor demand, which reportedly fell short of the full deal even at the low end of the range, "
            "and an 18% slump in clean-energy stocks led the battery maker to delay its listing, though it still "
            "plans to go public later.",
        ],
        [
            ("Kestrel Energy Storage shelved its roughly $1.1bn share sale at the last minute as a slide in "
             "green-energy stocks left it without enough orders, saying it will return to the market when "
             "conditions improve.", 5.0),
            ("Citing volatility, Kestrel Energy Storage put off its planned $1.1 billion IPO a day before pricing "
             "after orders fell short, but says it still intends to list.", 4.6),
            ("Kestrel Energy Storage has delayed its initial public offering.", 3.8),
            ("Clean-energy shares have fallen 18% in the past month as higher rates raise financing costs.", 2.6),
            ("Kestrel Energy Storage postponed its IPO, which aimed to raise up to $11 billion at $32-$35 a share, "
             "after orders exceeded the offering several times.", 2.0),
            ("The battery maker's share sale went ahead at the top of its range, bringing in $1.1bn.", 1.6),
        ],
    ),
    (
        "Corran Foods priced its initial public offering at $17 a share on Tuesday, below its marketed range of "
        "$19 to $21, raising $612 million and valuing the frozen-food maker at about $3.4 billion. The company "
        "sold 36 million shares, fewer than the 40 million it had originally planned. Its shares fell 6% in their "
        "first day of trading on the Meridian Exchange, closing at $15.98. Corran, which is owned by the private "
        "equity firm Almsworth Partners, will use the proceeds to cut its $2.1 billion debt load. Almsworth will "
        "retain about 78% of the company. Corran's sales rose 5% last year to $2.9 billion, and it made a net "
        "profit of $84 million.",
        [
            "Corran Foods' IPO priced at $17 a share, below the $19-$21 range, raising $612 million and valuing the "
            "frozen-food maker at $3.4 billion, and the shares fell 6% on debut.",
            "Almsworth Partners-owned Corran sold 36 million shares, fewer than planned, and will use the money to "
            "reduce $2.1 billion of debt; the stock closed its first day at $15.98 on the Meridian Exchange.",
        ],
        [
            ("Frozen-food group Corran went public at a price under its target range, raised about $610m after "
             "shrinking the deal and then slipped 6% in its first session; the cash will pay down debt.", 5.0),
            ("Corran Foods raised $612 million in its initial public offering.", 3.6),
            ("Almsworth Partners will keep about 78% of Corran Foods after the listing.", 2.8),
            ("Corran's listing raised just $216m but valued the frozen-food maker at $4.3bn.", 2.2),
            ("Corran Foods' IPO priced at $21 a share, the top of its range, raising $612 million, and the shares "
             "rose 6% on debut.", 1.6),
            ("Corran Foods recalled frozen pizzas over possible plastic contamination.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ credit, restructuring, management
    (
        "Castell Credit cut Farrowgate Retail Group's credit rating by one notch to BB+ from BBB- on Wednesday, "
        "stripping the department store chain of its investment-grade status. The agency cited weaker-than-"
        "expected holiday sales, with comparable sales down 5% in the eight weeks to early January, and said "
        "Farrowgate's debt was likely to remain above 4 times EBITDA until at least 2026. It assigned a negative "
        "outlook, meaning a further downgrade is possible. The move could raise Farrowgate's borrowing costs and "
        "force some investment funds, which can only hold investment-grade debt, to sell its bonds. Farrowgate's "
        "2031 bonds fell 3.5 cents to 88 cents on the dollar. The company said it had $1.4 billion of liquidity "
        "and no significant debt maturities before 2027.",
        [
            "Castell Credit downgraded Farrowgate Retail Group one notch to BB+, cutting it to junk, after weak "
            "holiday sales, and kept a negative outlook as leverage stays above 4 times EBITDA.",
            "Farrowgate lost its investment-grade rating after comparable sales fell 5% over the holidays, which may "
            "force some funds to sell its bonds and push up its funding costs; its 2031 notes dropped to 88 cents on "
            "the dollar.",
        ],
        [
            ("Farrowgate's debt has been demoted to speculative grade by Castell after a disappointing festive "
             "season, with the agency warning it could cut again; the retailer's bonds slid as forced selling "
             "loomed.", 5.0),
            ("Castell Credit downgraded Farrowgate Retail Group to BB+, below investment grade.", 4.0),
            ("A ratings agency lowered a department store chain's credit rating because of weak holiday trading.",
             3.4),
            ("Farrowgate Retail Group says it has $1.4 billion of liquidity and no major debt due before 2027.", 3.0),
            ("Castell Credit downgraded Farrowgate Retail Group two notches to BB, citing a 15% drop in holiday "
             "sales, and assigned a stable outlook.", 2.2),
            ("Farrowgate is back in investment-grade territory after a strong Christmas persuaded Castell to raise "
             "its rating.", 1.6),
        ],
    ),
    (
        "Arlen Airways filed for bankruptcy protection on Monday, saying it had reached agreement with holders of "
        "about 70% of its $2.9 billion of bonds on a restructuring plan that would cut its debt by roughly $1.6 "
        "billion. Under the plan, bondholders would swap their debt for most of the equity in the reorganised "
        "airline, wiping out existing shareholders. The carrier, which operates 84 aircraft, said flights would "
        "continue as normal and that tickets and loyalty points would be honoured. It has secured $450 million of "
        "new financing from a group of creditors to fund operations during the process, which it expects to "
        "complete within four months. Arlen has struggled with high fuel costs, engine problems that grounded 11 "
        "planes and competition from low-cost rivals. Its shares fell 62% to 41 cents.",
        [
            "Arlen Airways filed for bankruptcy with a plan backed by holders of 70% of its $2.9 billion of bonds to "
            "cut about $1.6 billion of debt, handing bondholders most of the equity and wiping out shareholders.",
            "The 84-plane airline will keep flying and honour tickets and loyalty points while it restructures with "
            "$450 million of creditor financing, after fuel costs, grounded jets and budget competition squeezed "
            "it; its stock plunged 62%.",
        ],
        [
            ("Arlen has sought court protection under a creditor-supported deal that swaps bonds for ownership and "
             "strips out more than half its bond debt, leaving current stockholders with nothing; operations "
             "continue as usual.", 5.0),
            ("Arlen Airways filed for bankruptcy but says its flights will operate normally.", 3.8),
            ("Engine problems have grounded 11 of Arlen Airways' planes.", 2.6),
            ("Arlen Airways filed for bankruptcy with a plan backed by holders of 70% of its bonds, under which "
             "existing shareholders will keep most of the equity.", 2.2),
            ("Creditors have pumped $1.6bn of fresh capital into Arlen, keeping it out of court, and the stock soared "
             "62%.", 1.6),
            ("Arlen Airways is launching new routes to three island destinations this winter.", 1.0),
        ],
    ),
    (
        "Ashcombe Pharmaceuticals (ASHP) said on Tuesday that chief executive Gregor Lindh would step down at the "
        "end of the year after nine years in the role, and that chief operating officer Nadia Ferreira would "
        "succeed him. Under Lindh, Ashcombe's annual revenue rose from $11 billion to $19 billion, driven by its "
        "blockbuster diabetes drug Glucora, but the company faces the loss of patent protection in 2027 on "
        "Glucora, which accounts for about 35% of sales. Ferreira, 49, joined Ashcombe in 2015 and led the "
        "company's $6.8 billion acquisition of the cancer-drug developer Veltris last year. Lindh will remain an "
        "adviser until mid-2026. Analysts said the smooth succession removed an uncertainty, and the shares rose "
        "1.6%.",
        [
            "Ashcombe Pharmaceuticals CEO Gregor Lindh will step down at year-end after nine years and be succeeded "
            "by COO Nadia Ferreira, who led last year's $6.8 billion Veltris acquisition.",
            "Ferreira, 49, will take over as Ashcombe faces the 2027 patent expiry of its diabetes drug Glucora, "
            "about 35% of sales; Lindh, who grew revenue from $11 billion to $19 billion, will stay on as an adviser "
            "until mid-2026.",
        ],
        [
            ("Ashcombe has named its operations chief, Nadia Ferreira, to replace long-serving boss Gregor Lindh "
             "from the start of next year, a handover analysts welcomed as the drugmaker approaches Glucora's "
             "patent cliff.", 5.0),
            ("Nadia Ferreira, Ashcombe's COO, will succeed Gregor Lindh as chief executive when he steps down at "
             "the end of the year.", 4.4),
            ("Ashcombe Pharmaceuticals chief executive Gregor Lindh will step down at the end of the year.", 3.6),
            ("Ashcombe's diabetes drug Glucora loses patent protection in 2027.", 2.6),
            ("Gregor Lindh will step down as Ashcombe's chief executive and be replaced by an outside candidate "
             "from Veltris.", 2.0),
            ("Ashcombe Pharmaceuticals CEO Nadia Ferreira will step down at year-end after nine years and be "
             "succeeded by COO Gregor Lindh.", 1.8),
        ],
    ),
]

DESCRIPTION = """\
Summarization on finance news with concrete figures: earnings releases, guidance changes, mergers and disposals,
central bank decisions and inflation data, bond and equity issues, dividend changes and buybacks, analyst rating
changes, regulatory fines, IPOs, credit ratings, restructurings and management changes. {n} articles of 90-200
words, each with 2 human reference summaries ({n_human} in all) and 6 machine summaries ({n_machine} in all)
scored for relevance from 1 to 5. Articles and summaries were written for this benchmark and relevance was
assigned by construction: faithful low-overlap paraphrases (5), faithful summaries missing a key fact (about 4),
summaries of a secondary point or vague ones (about 3), trivial true details (2.4-2.6), summaries with one factual
error such as a changed or transposed figure, wrong period or wrong business unit (about 2), reversed direction or
swapped roles such as acquirer and target (1.6-1.8) and summaries of a different event (1). In each article
exactly one wrong summary copies the wording of a reference or of the article with the error slipped in; every
article has at least three distinct relevance values. Generated by tasks/tools/finance_earnings_summarization.py;
all companies, tickers, people, places, currencies and regulators are fictional.
"""


def main():
    rng = random.Random(SEED)
    rows = summarization_rows(rng, ID_PREFIX, ARTICLES)
    write_summarization_task(OUT, rows, DESCRIPTION)


if __name__ == "__main__":
    main()
