"""Generate tasks/general/GeneralNewsSummarization (summarization, cosine_spearman).

Forty short general-news articles (local government, science, sport, weather, transport, culture, health,
education), each with two human reference summaries worded differently from each other and six machine
summaries whose relevance (1-5) was assigned by construction when they were written:

- 5 (or just under): faithful and complete, in words that share little with the article or the references;
- 4-4.6: faithful but missing one key fact (or a little less complete);
- about 3-3.6: covers only a secondary point of the article, or is vague (no name, no figure);
- about 2-2.6: a trivial true detail, or a summary with one factual error (a changed figure, the wrong day, the
  wrong group of people, a detail contradicted by the article);
- 1.6-1.8: the main fact reversed or the roles swapped;
- 1: about a different event (often involving the same place or organisation).

In every article exactly one of the wrong summaries (level 2 or 1.6-1.8) copies the wording of a reference summary
or of the article with the error slipped in (a role swap can reuse every word of a reference), so that word overlap
alone ranks it near the top; the other wrong summaries state their errors in fresh words.

Which levels appear differs from article to article, and every article has at least three distinct relevance
values. Every text, person, place, team and organisation below was written for this benchmark and is fictional.
Article order and the order of each article's machine summaries are shuffled with a fixed seed, so running it
twice gives byte-identical files. Standard library only.

Usage (from the repo root): python3 tasks/tools/general_news_summarization.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import summarization_rows, task_dir, write_summarization_task

SEED = 7305
OUT = task_dir("general", "GeneralNewsSummarization")
ID_PREFIX = "gsum"

# (article, [human summary, human summary], [(machine summary, relevance 1-5), ...])
ARTICLES = [
    # ------------------------------------------------------------ local government
    (
        "Tarrington's town council approved a £48.6 million budget for the coming year on Tuesday night, voting 7 "
        "to 2 after a three-hour debate. The plan raises council tax by 3.9%, adding about £71 a year to a typical "
        "band D bill. Most of the extra money will go to adult social care, whose costs have risen by almost a "
        "fifth since 2021, and to repairing roads damaged during last winter's floods. To close a remaining gap of "
        "£1.2 million, the council will cut the opening hours of two of its five libraries and raise parking "
        "charges in the town centre from April. Council leader Ruth Ambrose said the choices were 'painful but "
        "unavoidable'. The two councillors who voted against, both from the opposition Independent group, argued "
        "that the library cuts would hit older residents hardest and proposed using reserves instead.",
        [
            "Tarrington council passed a £48.6 million budget by 7 votes to 2, raising council tax 3.9% mainly to "
            "fund social care and flood-damaged roads, and will trim library hours and raise parking fees to close "
            "a £1.2 million gap.",
            "Councillors in Tarrington backed next year's spending plan, which lifts council tax by 3.9% (around £71 "
            "on a band D bill), shortens opening hours at two libraries and increases town-centre parking charges; "
            "two opposition members objected.",
        ],
        [
            ("A typical Tarrington household will pay roughly £71 more a year after councillors endorsed a £48.6m "
             "plan that channels the tax rise into care services and road repairs and balances the books with "
             "reduced library hours and dearer parking.", 5.0),
            ("Tarrington's council approved a £48.6 million budget with a 3.9% council tax increase to pay for "
             "social care and road repairs.", 4.0),
            ("Two opposition councillors in Tarrington said library cuts would hurt older residents and suggested "
             "drawing on reserves instead.", 3.0),
            ("Tarrington council passed a £48.6 million budget by 7 votes to 2, raising council tax 9.3% mainly to "
             "fund social care and flood-damaged roads, and will close two libraries to fill a £1.2 million gap.",
             2.0),
            ("Councillors in Tarrington threw out the proposed spending plan, so council tax will not go up this year.",
             1.8),
            ("Tarrington council has opened a public consultation on a new cycle lane along the high street.", 1.0),
        ],
    ),
    (
        "Plans for 650 homes on farmland east of Elsworth have been approved by the county planning committee, "
        "despite more than 1,200 objections from residents. The scheme, by developer Greenlane Homes, includes 195 "
        "affordable homes, a primary school, a health centre and a new link road. Objectors argued that local "
        "roads and the nearby station car park were already overcrowded and that the site floods regularly. The "
        "committee voted 8 to 3 in favour after the developer agreed to pay £2.4 million towards extra bus "
        "services and to build flood storage ponds across a third of the site. Construction is expected to begin "
        "next year, with the first homes ready in 2027. Campaign group Save Elsworth Fields said it was "
        "considering asking for a judicial review of the decision.",
        [
            "A county committee voted 8-3 to approve Greenlane Homes' plan for 650 homes east of Elsworth, "
            "including 195 affordable homes, a school and a health centre, despite over 1,200 objections.",
            "Elsworth's 650-home development got the go-ahead after the builder promised £2.4m for buses and flood "
            "storage ponds to address residents' worries about traffic and flooding; opponents may seek a judicial "
            "review.",
        ],
        [
            ("Councillors have cleared the way for a large new estate on fields outside Elsworth, with hundreds of "
             "houses, a school and a surgery, after the developer offered money for buses and flood defences; more "
             "than a thousand locals had objected.", 5.0),
            ("Plans for 650 homes east of Elsworth have been approved despite strong local opposition.", 4.0),
            ("A developer has agreed to fund bus services and flood ponds as part of an Elsworth housing scheme.",
             3.4),
            ("Residents opposed to new housing in Elsworth say the site floods and local roads are congested.", 3.0),
            ("Elsworth's new estate will have about 560 houses plus a secondary school and a hospital, councillors "
             "decided.", 2.2),
            ("Plans for 650 homes on farmland east of Elsworth have been rejected by the county planning committee "
             "after more than 1,200 objections from residents.", 1.8),
        ],
    ),
    (
        "Corvale's mayor, Desmond Arkwright, has resigned with immediate effect after an investigation found he "
        "had failed to declare a financial interest in a company that won a £3.2 million contract to maintain the "
        "city's parks. The report by the council's standards committee said Arkwright, who was elected in 2021, "
        "owned 15% of Brightfield Grounds through a family trust and had taken part in a meeting that approved the "
        "contract. It found no evidence that the contract was poorly priced, but said the breach was 'serious and "
        "avoidable'. Deputy mayor Alina Popescu will lead the council until a by-election, expected in early "
        "March. Arkwright said in a statement that the omission was an 'honest mistake' and that he had stepped "
        "down to avoid distracting from the council's work. The contract will be re-tendered.",
        [
            "Corvale mayor Desmond Arkwright has quit after a standards inquiry found he failed to declare his 15% "
            "stake in Brightfield Grounds, which won a £3.2m parks contract he helped approve; a by-election is due "
            "in March.",
            "An investigation concluded that Corvale's mayor broke the rules by not declaring a family-trust "
            "shareholding in a parks maintenance contractor; he called it an honest mistake and resigned, the "
            "deputy mayor will step in and the contract will be tendered again.",
        ],
        [
            ("Corvale's top elected official has stepped down after being found to have sat in on the approval of "
             "a parks deal for a firm his family trust part-owned, without disclosing it; his deputy takes over "
             "until a vote is held.", 5.0),
            ("Corvale's mayor Desmond Arkwright has resigned over an undeclared interest in a council contractor.",
             4.0),
            ("Corvale's parks maintenance contract will be put out to tender again.", 3.0),
            ("Corvale mayor Desmond Arkwright has quit after a standards inquiry found the £3.2m parks contract he "
             "helped approve was overpriced.", 2.2),
            ("Alina Popescu, Corvale's deputy mayor, is the one who has resigned, after hiding her shares in the "
             "parks firm.", 2.0),
            ("Corvale council has approved a £3.2 million plan to plant 10,000 trees in the city's parks.", 1.0),
        ],
    ),
    (
        "Householders in Pinecrest will have general rubbish collected every three weeks instead of every "
        "fortnight from 3 June, the district council has announced. Recycling and food waste will still be picked "
        "up weekly. The council says the change will save £850,000 a year and encourage residents to recycle "
        "more; its recycling rate of 41% is below the national target of 55%. Larger households of six or more "
        "people, and those using nappies or producing medical waste, can apply for an extra bin. A pilot covering "
        "4,000 homes last year increased recycling by 9 percentage points, and reports of fly-tipping did not "
        "rise, the council said. Opposition councillors warned that bins would overflow in summer and attract "
        "rats.",
        [
            "From 3 June, Pinecrest will collect general waste every three weeks rather than fortnightly, while "
            "recycling and food waste stay weekly, saving £850,000 a year and aiming to lift a 41% recycling rate.",
            "Pinecrest council is moving to three-weekly rubbish collections after a pilot boosted recycling without "
            "more fly-tipping; big families and those with nappies or medical waste can get an extra bin, but "
            "opponents fear overflowing bins and rats.",
        ],
        [
            ("Black-bag rubbish in Pinecrest will be emptied only once every three weeks starting in June, as the "
             "council tries to cut costs and push up recycling, which will still be collected weekly.", 5.0),
            ("Pinecrest will switch to three-weekly general waste collections from 3 June to save £850,000 and "
             "raise recycling, with weekly recycling pickups unchanged.", 4.6),
            ("Pinecrest is reducing general rubbish collections to every three weeks from June.", 4.0),
            ("A trial on 4,000 Pinecrest homes raised recycling by nine percentage points.", 3.0),
            ("The switch to collecting rubbish every three weeks will save the council about £580,000, although "
             "fly-tipping went up during the trial.", 2.2),
            ("From 3 June, Pinecrest will collect recycling and food waste every three weeks rather than weekly, "
             "while general waste stays fortnightly.", 1.8),
        ],
    ),
    (
        "Around 9,000 homes and businesses in the Halden Valley will get full-fibre broadband by the end of next "
        "year under a £19 million scheme announced on Monday. The project, led by the provider ValleyNet with a "
        "£12 million government subsidy, will lay 600 kilometres of cable to villages where download speeds "
        "currently average less than 10 megabits per second. Connection will be free, with monthly packages "
        "starting at £25. Local farmers say poor internet has made it hard to submit paperwork online and to run "
        "holiday-let businesses, while schools struggled during remote learning. Work will begin in March in the "
        "villages of Orley and Meddon, where speeds are slowest. ValleyNet said it would use existing telegraph "
        "poles where possible to avoid digging up roads.",
        [
            "A £19 million scheme led by ValleyNet, including a £12 million government subsidy, will bring "
            "full-fibre broadband to about 9,000 Halden Valley properties by the end of next year.",
            "ValleyNet will lay 600km of fibre, mostly on existing poles, to valley villages stuck below 10 Mbps, "
            "starting in Orley and Meddon in March, with free connection and packages from £25 a month.",
        ],
        [
            ("Thousands of rural premises in the Halden Valley, where internet speeds are painfully slow, are to be "
             "linked to fibre by the close of next year through a partly state-funded project.", 5.0),
            ("About 9,000 Halden Valley homes and businesses will get full-fibre broadband by the end of next year.",
             4.0),
            ("Farmers in the Halden Valley say slow internet makes it hard to file paperwork online.", 2.6),
            ("Cables for the Halden Valley project will be buried, which means roadworks in Orley and Meddon starting "
             "in May.", 2.2),
            ("A £12 million scheme will bring full-fibre broadband to about 900 Halden Valley properties by the end "
             "of next year, with connection fees of £25.", 2.0),
            ("ValleyNet has raised its monthly broadband prices by £3 for existing customers.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ science
    (
        "Astronomers at the Halbrook Observatory have found a planet about 1.4 times the size of Earth orbiting a "
        "small red star 38 light years away, the team reported in a paper published on Thursday. The planet, named "
        "Halbrook-7b, circles its star every 19 days and sits inside the so-called habitable zone, where "
        "temperatures could allow liquid water on the surface. The discovery was made by measuring tiny dips in "
        "the star's brightness as the planet passed in front of it, and was confirmed with six months of "
        "follow-up observations. Lead author Dr Naomi Achterberg cautioned that red dwarfs often emit powerful "
        "flares that could strip away a planet's atmosphere, and said it was too early to say whether Halbrook-7b "
        "is rocky or could support life. The team has requested time on a space telescope next year to study its "
        "atmosphere.",
        [
            "Halbrook Observatory astronomers have detected a planet 1.4 times Earth's size in the habitable zone of "
            "a red dwarf 38 light years away, though they warn stellar flares may have stripped its atmosphere.",
            "A newly confirmed world, Halbrook-7b, orbits a nearby red star every 19 days at a distance where "
            "surface water could exist; researchers say it is unclear whether it is rocky or habitable and plan "
            "atmospheric studies next year.",
        ],
        [
            ("Scientists have spotted a slightly larger-than-Earth world circling a dim star 38 light years off, in "
             "the temperature band that could permit liquid water, but say flares from the star may have made it "
             "inhospitable and further telescope work is planned.", 5.0),
            ("Halbrook-7b, a planet found 38 light years away, orbits its star every 19 days inside the habitable "
             "zone; researchers caution that flares may have stripped its atmosphere.", 4.5),
            ("Astronomers have found a planet about 1.4 times the size of Earth in the habitable zone of a red "
             "dwarf star.", 4.0),
            ("A team used dips in starlight and six months of follow-up observations to confirm a new planet.",
             3.0),
            ("Halbrook Observatory astronomers have detected a planet 1.4 times Earth's size in the habitable zone "
             "of a red dwarf 83 light years away, and say its thick atmosphere could support life.", 2.0),
            ("Halbrook Observatory will close to visitors for six months while its main telescope is upgraded.",
             1.0),
        ],
    ),
    (
        "A survey of the Tallis Estuary by researchers at Corvale University has found that populations of native "
        "oysters have recovered to their highest level in half a century, five years after a restoration project "
        "began. Divers counted an average of 22 oysters per square metre on the restored reefs last summer, "
        "compared with fewer than two per square metre in 2019. The project, run with local fishing cooperatives, "
        "laid 3,000 tonnes of recycled shells on the riverbed to give young oysters a surface to settle on. Lead "
        "researcher Dr Tamsin Okwu said the oysters were also filtering large volumes of water, which had helped "
        "improve clarity in parts of the estuary. However, she warned that a disease detected in a neighbouring "
        "bay in the spring could threaten the gains, and said monitoring would be stepped up.",
        [
            "Native oysters in the Tallis Estuary have bounced back to a 50-year high, with densities rising from "
            "under two to 22 per square metre since a shell-reef restoration project began in 2019, though a nearby "
            "disease outbreak is a concern.",
            "Corvale University divers report that reefs built from 3,000 tonnes of recycled shells have revived the "
            "estuary's oyster population and improved water clarity; researchers will increase monitoring because "
            "of a disease found in a neighbouring bay.",
        ],
        [
            ("Five years of laying old shells on the riverbed have brought the estuary's native shellfish back to "
             "numbers not seen for decades, clearing the water too, but scientists fear an infection spotted "
             "nearby.", 5.0),
            ("Native oyster numbers in the Tallis Estuary are at their highest in 50 years following a restoration "
             "project.", 4.0),
            ("Oysters filter water and can improve its clarity, a researcher said.", 2.8),
            ("Corvale University divers report that reefs built from 3,000 tonnes of concrete blocks have revived "
             "the estuary's oyster population, and a disease in a neighbouring bay has been eradicated.", 2.2),
            ("Oyster numbers in the estuary have collapsed despite the restoration work, dropping to their lowest "
             "count in fifty years.", 1.8),
            ("Fishing cooperatives on the Tallis Estuary are protesting against new limits on crab catches.", 1.0),
        ],
    ),
    (
        "Archaeologists excavating ahead of a new bypass near Quenby have uncovered the remains of a Bronze Age "
        "settlement, including the outlines of at least nine roundhouses and a wooden trackway preserved in "
        "waterlogged peat. Radiocarbon dating of charred grain suggests the site was occupied around 1400 BC. "
        "Among the finds are a bronze dagger, loom weights and fragments of more than 200 pottery vessels, some "
        "still containing food residue. Project director Ines Galloway said the trackway, made of split oak "
        "planks, was one of the best preserved of its kind in the region and would be lifted piece by piece for "
        "conservation. The county council said the discovery would delay the bypass by about four months but "
        "would not increase its overall budget. An open day for the public is planned for 21 June.",
        [
            "A dig ahead of the Quenby bypass has revealed a Bronze Age settlement from around 1400 BC, with nine "
            "roundhouses, a well-preserved oak trackway and finds including a bronze dagger and over 200 pots.",
            "Excavations near Quenby have found a roughly 3,400-year-old village and a rare plank walkway in "
            "waterlogged peat, which will be lifted for conservation; the work will hold up the bypass by four "
            "months without raising its cost.",
        ],
        [
            ("Road-building near Quenby has exposed a prehistoric village of round houses dating to about 1400 BC, "
             "along with a timber path preserved in peat, a bronze blade and hundreds of pieces of pottery.", 5.0),
            ("Archaeologists have found a Bronze Age settlement near Quenby during work on a new bypass.", 4.0),
            ("Quenby's bypass will be delayed by around four months, the council said.", 3.0),
            ("The archaeological finds will push the cost of the Quenby road scheme up by around £4 million, "
             "according to the council.", 2.2),
            ("A dig ahead of the Quenby bypass has revealed an Iron Age settlement from around 400 BC, with nine "
             "roundhouses, a well-preserved stone trackway and a bronze sword.", 2.0),
            ("Quenby's museum is opening a new gallery of Roman coins on 21 June.", 1.0),
        ],
    ),
    (
        "A small weather satellite built by students at Delmont Technical University was launched successfully on "
        "Sunday aboard a commercial rocket, becoming the first student-built spacecraft from the region to reach "
        "orbit. The shoebox-sized satellite, called Kestrel-1, weighs 4 kilograms and carries a camera and sensors "
        "designed to measure moisture in the upper atmosphere. It will orbit at around 520 kilometres and is "
        "expected to operate for two years. About 70 students worked on the project over four years, funded by a "
        "£380,000 grant and donations from local firms. Mission controllers at the university received the first "
        "signal from the satellite 94 minutes after launch. Project lead Dr Hugo Brandt said the data would be "
        "shared freely with meteorologists to help improve rainfall forecasts.",
        [
            "Kestrel-1, a 4 kg satellite built by about 70 Delmont Technical University students, reached orbit on "
            "Sunday as the region's first student spacecraft and will measure upper-atmosphere moisture for two "
            "years.",
            "Delmont students' shoebox-sized weather satellite has launched and sent its first signal, and its "
            "freely shared data on atmospheric moisture is meant to help forecasters predict rainfall better.",
        ],
        [
            ("A tiny spacecraft designed by university students in Delmont is now circling the Earth, the first "
             "from the area, and will spend two years gathering humidity readings high in the atmosphere for "
             "weather forecasters.", 5.0),
            ("A satellite built by Delmont Technical University students has been launched into orbit.", 4.0),
            ("Students have put a small satellite into orbit that will collect atmospheric data.", 3.6),
            ("The student satellite project was funded by a £380,000 grant and donations from local firms.", 3.0),
            ("Delmont students' shoebox-sized weather satellite has launched and will measure ocean temperatures "
             "for ten years.", 2.2),
            ("The Delmont students' spacecraft never made it into orbit because the rocket carrying it went wrong.",
             1.6),
        ],
    ),
    (
        "Scientists have described a new species of frog from the cloud forests of the Varrow Highlands, the "
        "first new amphibian recorded in the region for more than 30 years. The frog, named Nebulohyla aurelia, "
        "measures just 14 millimetres and has a bright orange throat that males inflate while calling. A team "
        "from the Fallowfield Natural History Museum first heard its unusual clicking call in 2021 and confirmed "
        "that it was a distinct species using genetic analysis of 12 specimens. The frog appears to live only on "
        "two mountain ridges covering less than 50 square kilometres, and the authors recommend that it be "
        "classed as endangered because of forest clearance for cattle grazing. A fungal disease that has "
        "devastated frogs elsewhere has not yet been detected in the area.",
        [
            "Fallowfield museum scientists have identified a new 14mm frog species with an orange throat in the "
            "Varrow Highlands, the area's first new amphibian in over 30 years, and say it should be listed as "
            "endangered.",
            "A tiny clicking frog found only on two cloud-forest ridges has been confirmed as a new species through "
            "DNA tests; its small range and forest clearing for cattle put it at risk, though a deadly fungal "
            "disease has not reached it.",
        ],
        [
            ("Researchers have named a fingernail-sized, orange-throated frog from the Varrow cloud forests as new "
             "to science and warn that habitat loss to cattle ranching threatens its tiny range.", 5.0),
            ("A new frog species has been discovered in the Varrow Highlands.", 4.0),
            ("A fungal disease that has killed frogs in other regions has not been found in the Varrow Highlands.",
             2.8),
            ("Half of the newly described frogs have already been killed by a fungal infection, the Fallowfield team "
             "reports.", 2.2),
            ("Fallowfield museum scientists have identified a new 14cm frog species in the Varrow Highlands and say "
             "it is widespread and not under threat.", 1.8),
            ("The Fallowfield Natural History Museum is opening a new dinosaur gallery.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ sport
    (
        "Rosswick Rovers won the Westmarch Cup for the first time in 42 years on Saturday, beating Delmont "
        "Athletic 2-1 after extra time in front of 31,000 fans at Kelby Park. Delmont took the lead through a "
        "Marco Pell header just before half-time and looked set to hold on until Rovers' substitute Isaac Ferrand "
        "equalised with six minutes of normal time remaining. Ferrand struck again in the 112th minute, turning in "
        "a low cross from captain Leo Maddox to settle the match. Delmont finished with ten men after defender Sam "
        "Okoro was sent off for a second yellow card early in extra time. Rovers manager Hana Lindqvist, in her "
        "first season at the club, dedicated the win to supporters who had 'waited a lifetime for this'. The "
        "victory also earns Rovers a place in next season's continental qualifying rounds.",
        [
            "Rosswick Rovers beat Delmont Athletic 2-1 after extra time to win the Westmarch Cup for the first time "
            "in 42 years, with substitute Isaac Ferrand scoring both goals.",
            "Substitute Isaac Ferrand scored twice, including a 112th-minute winner, as Rosswick came from behind "
            "against ten-man Delmont to end a 42-year wait for the Westmarch Cup and qualify for continental "
            "competition.",
        ],
        [
            ("Coming off the bench, Ferrand netted a late equaliser and an extra-time winner, handing Rosswick "
             "their first Westmarch Cup triumph in over four decades at Delmont's expense.", 5.0),
            ("Rosswick Rovers won the Westmarch Cup, beating Delmont Athletic 2-1 after extra time.", 4.0),
            ("Delmont defender Sam Okoro was sent off in extra time of the Westmarch Cup final.", 3.0),
            ("Captain Leo Maddox struck twice in normal time as Rosswick ended their long wait for the trophy.", 2.2),
            ("Delmont Athletic beat Rosswick Rovers 2-1 after extra time to win the Westmarch Cup for the first "
             "time in 42 years, with substitute Isaac Ferrand scoring both goals.", 1.8),
            ("Rosswick Rovers have appointed Hana Lindqvist as their new manager on a three-year contract.", 1.0),
        ],
    ),
    (
        "Priya Rasmussen broke the national 10,000 metres record at the Larkspur Games on Sunday, finishing in 30 "
        "minutes 41.2 seconds to take more than eight seconds off the previous mark, which had stood since 2009. "
        "Running alone for the final four laps after pulling away from the pack, the 24-year-old also achieved "
        "the qualifying standard for next summer's world championships. Her coach, former steeplechaser Tomas "
        "Vey, said she had been training at altitude for two months. Rasmussen finished second in the 5,000 "
        "metres at last year's national championships and had missed much of the spring with a foot injury. In "
        "the men's race, defending champion Kofi Barrow dropped out with cramp after six kilometres, and the title "
        "went to Elias Marr.",
        [
            "Priya Rasmussen set a national 10,000m record of 30:41.2 at the Larkspur Games, beating a 2009 mark by "
            "over eight seconds and qualifying for the world championships.",
            "Back from a spring foot injury, 24-year-old Rasmussen ran the last four laps alone to lower the "
            "long-standing national 10,000 metres record and earn a world championship place; Elias Marr won the "
            "men's race after Kofi Barrow pulled out.",
        ],
        [
            ("Rasmussen shattered a record that had lasted since 2009 by more than eight seconds in the women's "
             "10,000 metres at Larkspur, booking her spot at next year's worlds.", 5.0),
            ("Priya Rasmussen broke the national 10,000 metres record at the Larkspur Games.", 4.0),
            ("A distance runner returning from injury broke a long-standing national record and qualified for the "
             "world championships.", 3.5),
            ("Kofi Barrow failed to finish the men's 10,000 metres at the Larkspur Games because of cramp.", 3.0),
            ("Priya Rasmussen set a national 5,000m record of 30:41.2 at the Larkspur Games, beating a 2019 mark by "
             "over eight seconds.", 2.0),
            ("It was Elias Marr who lowered the national record at Larkspur, while Rasmussen failed to finish with "
             "cramp.", 1.8),
        ],
    ),
    (
        "Larkspur Lions, the rugby club founded in 1887, has entered administration owing creditors around £6.5 "
        "million, including £1.9 million in unpaid tax. The administrators, Fenwick Price, said the club's "
        "first-team fixtures would go ahead this weekend, but that all 64 playing and non-playing staff had been "
        "told they might not be paid at the end of the month. The league has suspended the club's promotion bid "
        "and will deduct 20 points under its financial rules. Chairman Victor Albright, who bought the Lions in "
        "2019, blamed falling attendances after a stadium move and the collapse of a sponsorship deal with an "
        "energy firm. Supporters' trust chair Nia Coulter said fans would hold an emergency meeting on Thursday to "
        "discuss raising money to keep the club alive.",
        [
            "Historic rugby club Larkspur Lions has gone into administration with debts of about £6.5 million, "
            "including £1.9m of tax, and faces a 20-point deduction; matches will continue for now but staff pay is "
            "at risk.",
            "The Lions, owned by Victor Albright since 2019, collapsed into administration after crowds fell and a "
            "sponsor pulled out; the league has halted their promotion push and fans are meeting to discuss a "
            "rescue.",
        ],
        [
            ("Larkspur's century-old rugby club is insolvent, owing millions including unpaid tax; it will be "
             "docked points and its staff may go unpaid, though this weekend's games are still on.", 4.8),
            ("Larkspur Lions rugby club has entered administration owing about £6.5 million.", 4.0),
            ("Larkspur Lions supporters will meet on Thursday to discuss fundraising.", 3.0),
            ("Historic rugby club Larkspur Lions has gone into administration with debts of about £1.9 million and "
             "faces a 10-point deduction; its weekend fixtures have been cancelled.", 2.0),
            ("Fans have rescued the Lions: the supporters' trust has taken over the club and paid off everything it "
             "owed.", 1.6),
            ("Larkspur Lions' women's team has reached the semi-finals of the national cup.", 1.0),
        ],
    ),
    (
        "Westmere has been chosen to host the 2031 Continental Youth Games, beating rival bids from Halbrook and "
        "Port Selby in a vote of the games federation on Friday. The event, for athletes aged 14 to 18, is "
        "expected to bring around 4,500 competitors from 40 countries to the city over twelve days. Organisers "
        "plan to use existing venues for 21 of the 24 sports, building only a new aquatics centre and a temporary "
        "cycling track. The total budget is £420 million, of which the national government will provide 70%. City "
        "leaders say the athletes' village, to be built on a former rail depot, will become 800 affordable homes "
        "after the games. Critics on the city council questioned the cost at a time when local services are being "
        "cut.",
        [
            "Westmere will host the 2031 Continental Youth Games after beating Halbrook and Port Selby, with a £420 "
            "million budget, 70% government-funded, and plans to turn the athletes' village into 800 affordable "
            "homes.",
            "The games federation picked Westmere for the twelve-day 2031 youth event for about 4,500 athletes aged "
            "14-18; most sports will use existing venues, with a new aquatics centre the main build, though some "
            "councillors object to the cost.",
        ],
        [
            ("Westmere won the vote to stage the 2031 youth games, seeing off two rival cities; the £420m event "
             "will mostly reuse current venues and leave behind hundreds of affordable homes.", 5.0),
            ("Westmere has won the right to host the 2031 Continental Youth Games.", 4.0),
            ("Some Westmere councillors have criticised the cost of a major sporting event while services are "
             "being cut.", 3.0),
            ("Twenty-four new venues will be built for the event, with the city paying the whole £240m bill itself.",
             2.2),
            ("Halbrook will host the 2031 Continental Youth Games after beating Westmere and Port Selby, with a £420 "
             "million budget, 70% government-funded.", 2.0),
            ("Port Selby is bidding to host a round of the world sailing series in 2029.", 1.0),
        ],
    ),
    (
        "The opening stage of the Tour of Westmarch was won by 22-year-old Ivo Sandström after a 176-kilometre "
        "ride from Halbrook to Marlowe Bay that was marked by crashes in heavy rain. Sandström, riding for the "
        "Velocita team, attacked on the final climb 9 kilometres from the finish and held off the chasing group by "
        "14 seconds to take the leader's yellow jersey. Pre-race favourite Julian Arce lost more than three "
        "minutes after falling on a wet descent and will start Sunday's second stage with stitches in his elbow. "
        "Organisers said about 60,000 spectators lined the route. The five-day race, now in its 12th year, ends in "
        "Tarrington on Wednesday.",
        [
            "Ivo Sandström of Velocita won the rain-hit first stage of the Tour of Westmarch, attacking on the last "
            "climb to finish 14 seconds clear and take the yellow jersey, while favourite Julian Arce lost over "
            "three minutes in a crash.",
            "A late solo move gave 22-year-old Sandström victory on the 176km opening day from Halbrook to Marlowe "
            "Bay, where wet roads caused several falls, including one that cost pre-race favourite Arce heavily.",
        ],
        [
            ("Young Velocita rider Sandström broke away near the end of a crash-strewn, soaking opening stage to "
             "claim the race lead, as the favourite Arce fell and dropped more than three minutes.", 5.0),
            ("Ivo Sandström won the first stage of the Tour of Westmarch and leads the race.", 4.0),
            ("Several riders crashed in heavy rain on the opening stage of the Tour of Westmarch, including the "
             "favourite Julian Arce.", 3.4),
            ("About 60,000 people watched the first stage of the Tour of Westmarch.", 2.6),
            ("Sandström's opening-day victory came by 41 seconds on dry, sunny roads.", 2.2),
            ("Julian Arce won the rain-hit first stage of the Tour of Westmarch, attacking on the last climb to "
             "finish 14 seconds clear, while Ivo Sandström lost over three minutes in a crash.", 1.8),
        ],
    ),
    # ------------------------------------------------------------ weather
    (
        "The national weather service has issued an amber wind warning for the Ardley Peninsula and much of "
        "Eastmoor from 6 p.m. on Friday until noon on Saturday, as Storm Imelda approaches from the west. Gusts of "
        "70 to 80 miles per hour are expected along exposed coasts, with up to 60 mph inland, and forecasters say "
        "trees could be brought down and power cut to some homes. Heavy rain is also forecast, with 40 to 60 "
        "millimetres possible over high ground, raising the risk of flooding on already saturated land. Ferry "
        "operator Coastline Links has cancelled all Friday evening sailings from Port Selby, and the Marlowe Bay "
        "half marathon, due to take place on Saturday morning, has been postponed to 14 April. Residents are "
        "being urged to secure garden furniture and avoid coastal paths.",
        [
            "An amber wind warning is in force for the Ardley Peninsula and Eastmoor from Friday evening to Saturday "
            "noon as Storm Imelda brings gusts of up to 80 mph and heavy rain, prompting ferry cancellations and the "
            "postponement of a half marathon.",
            "Storm Imelda is expected to batter coastal areas with winds of 70-80 mph and up to 60 mm of rain "
            "overnight on Friday, threatening power cuts and flooding; Friday night ferries from Port Selby are off "
            "and the Marlowe Bay half marathon has moved to 14 April.",
        ],
        [
            ("Forecasters warn that a storm sweeping in overnight on Friday could bring down trees, knock out "
             "electricity and cause floods across the peninsula and Eastmoor, and evening sailings and a weekend "
             "road race have been pushed back or cancelled.", 5.0),
            ("Storm Imelda is forecast to bring gusts of up to 80 mph to the Ardley Peninsula and Eastmoor on Friday "
             "night and Saturday morning.", 4.0),
            ("The Marlowe Bay half marathon has been rescheduled for 14 April.", 3.0),
            ("A yellow wind warning is in force for the Ardley Peninsula and Eastmoor from Saturday evening to "
             "Sunday noon as Storm Imelda brings gusts of up to 80 mph and heavy rain, prompting ferry "
             "cancellations.", 2.2),
            ("Imelda will bring strong gusts to the coast, though little rain is forecast and flooding is not "
             "expected.", 2.0),
            ("Coastline Links has announced a new summer timetable with extra sailings from Port Selby.", 1.0),
        ],
    ),
    (
        "Harlow Creek Water will introduce a hosepipe ban for its 1.1 million customers from 8 a.m. on Monday, "
        "after the driest spring and early summer in the region for 60 years. Reservoir levels stand at 54% of "
        "capacity, compared with an average of 78% for the time of year, and the company says demand has exceeded "
        "600 million litres a day during the recent heatwave. The ban covers watering gardens with a hose, "
        "filling paddling pools and washing cars, with fines of up to £1,000 for those who ignore it. Businesses "
        "that rely on water, such as garden centres, are exempt. The company has faced criticism for losing around "
        "a fifth of its supply through leaks; chief executive Lorna Bright said it would spend £90 million on "
        "repairs over the next three years.",
        [
            "Harlow Creek Water is imposing a hosepipe ban on 1.1 million customers from Monday after the region's "
            "driest spring and early summer in 60 years left reservoirs at 54% full.",
            "With reservoirs well below normal and heatwave demand topping 600 million litres a day, Harlow Creek "
            "Water has banned using hoses for gardens, pools and cars, with fines of up to £1,000, and pledged £90 "
            "million to fix leaks.",
        ],
        [
            ("From Monday, more than a million households supplied by Harlow Creek Water must stop using hoses to "
             "water gardens or wash cars, as record dryness has drained reservoirs to just over half their "
             "capacity.", 5.0),
            ("Harlow Creek Water has announced a hosepipe ban starting on Monday because of low reservoir levels "
             "after a very dry spring.", 4.0),
            ("Harlow Creek Water will spend £90 million over three years fixing leaks.", 3.0),
            ("Anyone caught breaking Harlow Creek's new restrictions faces a fine of up to £10,000, and garden "
             "centres get no exemption.", 2.4),
            ("Harlow Creek Water is imposing a hosepipe ban on 1.1 million customers from Monday after the region's "
             "wettest spring in 60 years left reservoirs at 78% full.", 2.0),
            ("Harlow Creek Water has appointed Lorna Bright as its new chief executive.", 1.0),
        ],
    ),
    (
        "Heavy snow closed more than 300 schools across the northern uplands on Tuesday and left hundreds of "
        "drivers stranded overnight on the Carrick Pass road, where drifts reached two metres. Mountain rescue "
        "teams and the army helped to free around 150 vehicles, and a rest centre at Brindle Point sports hall "
        "provided blankets and hot food to 90 people. The weather service recorded 38 centimetres of snow at "
        "Fallowfield, the most in a single day there since 1987. Around 12,000 homes lost power after lines were "
        "brought down by the weight of ice, and the electricity network operator said most would be reconnected "
        "by Wednesday evening. A yellow warning for ice remains in place until Thursday, and police have advised "
        "people not to travel unless necessary.",
        [
            "The heaviest single-day snowfall at Fallowfield since 1987 closed over 300 schools in the northern "
            "uplands, stranded drivers overnight on the Carrick Pass and cut power to about 12,000 homes.",
            "Rescuers and soldiers freed about 150 vehicles caught in two-metre drifts on the Carrick Pass after "
            "Tuesday's heavy snow, which also left thousands without electricity; an ice warning runs until "
            "Thursday.",
        ],
        [
            ("Deep snow brought the uplands to a standstill, trapping motorists on a mountain road until rescuers "
             "dug them out, shutting hundreds of schools and leaving thousands of households without electricity.",
             5.0),
            ("Heavy snow shut more than 300 schools in the northern uplands and stranded drivers on the Carrick "
             "Pass overnight.", 4.0),
            ("Police advise against unnecessary travel while an ice warning is in force until Thursday.", 3.0),
            ("The heaviest single-day snowfall at Fallowfield since 1987 closed over 300 schools, but power "
             "supplies were unaffected.", 2.4),
            ("Around 12,000 motorists were trapped on the Carrick Pass overnight, and only a few dozen schools shut.",
             2.0),
            ("Fallowfield has been named the sunniest town in the region for the third year running.", 1.0),
        ],
    ),
    (
        "Firefighters have brought a large moorland fire near Sallowdale under control after four days, the "
        "county fire service said on Monday. The blaze, which started on Thursday afternoon, burned about 1,800 "
        "hectares of heather and peat, making it the largest in the area in more than 20 years. At its height, 90 "
        "firefighters and two helicopters dropping water were deployed, and 40 homes in the hamlet of Cray End "
        "were evacuated as a precaution on Friday night; residents were allowed back on Sunday. No one was "
        "injured. The fire service said the cause was under investigation but that a disposable barbecue found "
        "near the starting point was being examined. Wildlife groups warned that ground-nesting birds had been "
        "badly affected and that the peat could take decades to recover.",
        [
            "A four-day moorland fire near Sallowdale, the area's biggest in over 20 years, burned around 1,800 "
            "hectares and forced the precautionary evacuation of 40 homes before being brought under control.",
            "Firefighters and water-dropping helicopters have contained a blaze on the Sallowdale moors that may "
            "have been started by a disposable barbecue; nobody was hurt, but conservationists fear lasting harm to "
            "nesting birds and peat.",
        ],
        [
            ("Crews needed four days to tame the worst heath fire around Sallowdale in two decades, which scorched "
             "some 1,800 hectares and briefly emptied a hamlet; a discarded barbecue is suspected.", 5.0),
            ("A large moorland fire near Sallowdale has been brought under control.", 4.0),
            ("Wildlife groups say ground-nesting birds have suffered badly in a moorland fire.", 3.0),
            ("Investigators believe the Sallowdale moor fire was arson, and two members of the fire crews were "
             "injured tackling it.", 2.2),
            ("A four-day moorland fire near Sallowdale burned around 180 hectares and destroyed 40 homes in Cray "
             "End.", 1.8),
            ("Sallowdale's fire station is to be rebuilt at a cost of £6 million.", 1.0),
        ],
    ),
    (
        "This October was the warmest on record across the region, with an average temperature of 14.2C, 2.6 "
        "degrees above the long-term average, the weather service said on Friday. Records at the Larkspur station "
        "go back to 1884. The month was also unusually wet in the west, where some areas had nearly twice their "
        "normal rainfall, while the east stayed largely dry. Forecasters said warm air from the south and higher "
        "than normal sea temperatures had kept nights particularly mild; the overnight low never fell below 8C in "
        "Marlowe Bay. Gardeners have reported roses and strawberries flowering again, and the late warmth has "
        "delayed the arrival of migrating birds such as redwings. The weather service expects temperatures to "
        "return to near normal in November, with the first widespread frosts likely in the second week.",
        [
            "October was the region's warmest since records began in 1884, averaging 14.2C, 2.6 degrees above "
            "normal, thanks to southerly air and warm seas, though the west was also very wet.",
            "An exceptionally mild October, with a record average temperature and nights that stayed above 8C in "
            "Marlowe Bay, brought flowers back into bloom and delayed migrating birds; more normal conditions and "
            "frosts are expected in November.",
        ],
        [
            ("Last month set a new high for October warmth in records stretching back to the 1880s, averaging well "
             "over two degrees above normal, with soggy conditions in the west and dry weather in the east.", 5.0),
            ("A record-warm October, 2.6C above average, brought second flowerings of roses and strawberries and "
             "held up migrating redwings, the weather service reports.", 4.6),
            ("Frosts are likely in the second week of November, forecasters say.", 2.8),
            ("October was the warmest on record across the region, with an average temperature of 12.4C, and it "
             "was unusually dry in the west.", 2.2),
            ("Last month was the chilliest October the region has seen since the 1880s, well below the usual "
             "temperatures.", 1.8),
            ("The weather service has installed a new rain radar near Larkspur.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ transport
    (
        "The opening of the Vellmont tram extension has been pushed back by at least seven months, to next "
        "spring, after inspectors found faults in the signalling system on the new 6.2-kilometre section. The "
        "£310 million project, which adds eight stops between the city centre and Northgate hospital, was due to "
        "carry its first passengers in September. The regional transport authority said testing had revealed that "
        "trams were occasionally receiving conflicting signals at two junctions, and that the supplier, Kellan "
        "Rail Systems, would replace software and some trackside equipment at its own expense. Authority chair "
        "Doreen Fayemi apologised to residents and said bus route 14 would continue to run every eight minutes "
        "along the corridor in the meantime. Opposition councillors called for an independent review of the "
        "project's management.",
        [
            "Signalling faults found by inspectors mean the £310 million Vellmont tram extension to Northgate "
            "hospital will open next spring, at least seven months later than planned, with the supplier paying "
            "for the fixes.",
            "Vellmont's new eight-stop tram line, originally due in September, is delayed until spring because "
            "trams received conflicting signals at two junctions; Kellan Rail Systems will fix the problem at no "
            "cost and bus route 14 will keep running.",
        ],
        [
            ("Riders hoping to take the new tram to Northgate hospital in September will have to wait until spring: "
             "tests uncovered signalling conflicts, which the contractor will put right at its own cost.", 5.0),
            ("The Vellmont tram extension has been delayed by at least seven months because of signalling faults.",
             4.0),
            ("Opposition councillors in Vellmont want an independent review of how the tram project has been "
             "managed.", 3.0),
            ("Transport chiefs have dropped Kellan Rail Systems over the signal faults that are holding up Vellmont's "
             "tram extension until spring.", 2.4),
            ("Signalling faults found by inspectors mean the £130 million Vellmont tram extension to Northgate "
             "hospital will open next month, with the transport authority paying for the fixes.", 1.8),
            ("Vellmont's transport authority is raising bus fares by 20p from January.", 1.0),
        ],
    ),
    (
        "Train drivers on the Northline network will strike for 48 hours from Thursday, 11 July, after talks over "
        "pay and working hours broke down, their union announced. Northline runs around 900 services a day across "
        "Westmarch County and Lowen Shire, and the operator said it expected to run fewer than one in five of them "
        "during the walkout, with no trains at all after 6 p.m. The drivers' union says members have been offered "
        "a 3% rise, below inflation, in return for changes to rostering that would add weekend shifts. Northline "
        "said the offer was 'fair and affordable' and that it remained open to further talks. The strike "
        "coincides with the opening days of the Lowen Shire Show, which last year attracted 120,000 visitors, and "
        "organisers have laid on extra park-and-ride buses.",
        [
            "Northline train drivers will stage a 48-hour strike from 11 July over a 3% pay offer tied to weekend "
            "rostering changes, leaving fewer than a fifth of the network's 900 daily services running.",
            "A walkout by Northline drivers starting on Thursday will cut services across Westmarch and Lowen Shire "
            "to under 20%, with nothing after 6 p.m., and clashes with the Lowen Shire Show, whose organisers are "
            "adding park-and-ride buses.",
        ],
        [
            ("Rail users in Westmarch and Lowen Shire face two days of severely reduced services from Thursday as "
             "drivers reject a below-inflation pay deal linked to working more weekends.", 5.0),
            ("Northline train drivers will strike for two days from 11 July in a dispute over pay.", 4.0),
            ("The Lowen Shire Show has arranged extra park-and-ride buses for visitors.", 3.0),
            ("Northline train drivers will stage a 24-hour strike from 11 July over a 5% pay offer, leaving fewer "
             "than half of the network's 900 daily services running.", 2.0),
            ("The pay dispute on Northline is over: drivers have agreed a deal and the walkout will not go ahead.",
             1.6),
            ("Northline is introducing new electric trains on its Lowen Shire routes next year.", 1.0),
        ],
    ),
    (
        "The Ashby Bridge in Marlowe Bay will close to all vehicles for up to 18 months from January so that "
        "corroded steel cables can be replaced, the harbour authority has confirmed. The 1960s suspension bridge "
        "carries about 28,000 vehicles a day across the River Ashby, and a weight limit of 7.5 tonnes has been in "
        "place since inspections last year found that some cables had lost up to a third of their strength. "
        "Pedestrians and cyclists will still be able to use a walkway on one side for most of the works. Drivers "
        "will face a diversion of around 11 miles via Tarrington, and a free shuttle bus will run across the "
        "bridge every ten minutes. The repairs are expected to cost £85 million, most of it funded by a "
        "government grant.",
        [
            "Marlowe Bay's Ashby Bridge will shut to traffic for up to 18 months from January to replace corroded "
            "cables, diverting its 28,000 daily vehicles 11 miles via Tarrington.",
            "Repairs costing £85 million, largely paid for by the government, will close the 1960s suspension "
            "bridge to vehicles from January after cables were found to have lost up to a third of their strength; "
            "walkers, cyclists and a free shuttle bus will still cross.",
        ],
        [
            ("Drivers who cross the Ashby in Marlowe Bay face a lengthy detour for as long as a year and a half "
             "starting in January while weakened suspension cables are swapped; people on foot or bike and a free "
             "bus will still get over.", 5.0),
            ("Corroded cables mean Marlowe Bay's Ashby Bridge will close to vehicles from January for up to 18 "
             "months; a free shuttle bus will run and pedestrians can still cross.", 4.5),
            ("The Ashby Bridge will close to vehicles for up to 18 months from January for cable repairs.", 4.0),
            ("A 7.5-tonne weight limit has applied to the Ashby Bridge since last year's inspections.", 3.0),
            ("The harbour authority will pay the £58m bill itself, and cars will be barred from the Ashby crossing "
             "for only six months.", 2.2),
            ("Marlowe Bay's Ashby Bridge will shut to pedestrians and cyclists for up to 18 months from January to "
             "replace corroded cables, while cars continue to use it.", 1.8),
        ],
    ),
    (
        "Brindle Point Airport will add direct flights to eight new destinations from May, after budget carrier "
        "SkyLark Air agreed to base three aircraft there. The deal is expected to increase the airport's annual "
        "passenger numbers from 2.1 million to about 2.8 million and create 240 jobs, including pilots, cabin "
        "crew and engineers. New routes will include Portavella, Lindmarsh and Kessel, with fares starting at £29 "
        "each way. The airport's managing director, Colin Hart, said the expansion would not require a new runway "
        "or changes to its night-flight limits. However, the residents' group Quieter Skies said more daytime "
        "flights would still add to noise over the villages of Aldby and Southcote, and called for stricter "
        "monitoring.",
        [
            "SkyLark Air will base three planes at Brindle Point Airport from May, adding eight new direct routes, "
            "raising passenger numbers from 2.1 million to about 2.8 million a year and creating 240 jobs.",
            "Brindle Point is getting a SkyLark Air base and new budget routes, with fares from £29, without a new "
            "runway or extra night flights, though nearby villagers worry about more daytime noise.",
        ],
        [
            ("A low-cost airline is stationing three jets at Brindle Point, which will offer eight more "
             "destinations from May, lift traffic by around 700,000 passengers a year and bring 240 jobs.", 5.0),
            ("From May, SkyLark Air will fly to eight new destinations from Brindle Point Airport, creating 240 "
             "jobs; residents fear more noise.", 4.5),
            ("Brindle Point Airport says it will not need a new runway.", 2.8),
            ("Night-time flying restrictions at Brindle Point will be relaxed to make room for the new SkyLark Air "
             "services.", 2.2),
            ("SkyLark Air will base eight planes at Brindle Point Airport from May, adding three new direct routes "
             "and creating 420 jobs.", 2.0),
            ("SkyLark Air reported record summer passenger numbers across its network.", 1.0),
        ],
    ),
    (
        "Speed limits on most residential streets in Elsworth will fall from 30 mph to 20 mph from 1 September, "
        "after a year-long trial on 60 roads saw the number of collisions causing injury drop by a quarter. The "
        "change will affect about 400 streets; main roads into the town centre and the ring road will keep their "
        "current limits. The council is spending £1.1 million on new signs and road markings, and police have "
        "said they will focus enforcement on streets near schools. A survey found that 54% of residents in the "
        "trial area supported the lower limit, with 35% opposed. Critics, including the local motoring group, say "
        "journeys will take longer and that the money would be better spent repairing potholes. Average speeds in "
        "the trial area fell by 4 mph.",
        [
            "Elsworth will cut the speed limit on about 400 residential streets from 30 to 20 mph on 1 September "
            "after a trial on 60 roads reduced injury collisions by 25%.",
            "After a pilot that lowered average speeds by 4 mph and was backed by a majority of local residents, "
            "most Elsworth side streets will become 20 mph zones, though main roads and the ring road are "
            "unaffected and motoring groups object.",
        ],
        [
            ("Following a trial in which crashes causing injuries fell by a quarter, most of Elsworth's housing "
             "streets will switch to a 20 mph limit from September, while arterial routes stay as they are.", 5.0),
            ("Elsworth is lowering the speed limit on residential streets to 20 mph.", 4.0),
            ("A motoring group says Elsworth should spend more on fixing potholes.", 3.0),
            ("Elsworth will cut the speed limit on about 400 residential streets from 30 to 20 mph on 1 September "
             "after a trial on 60 roads increased injury collisions by 25%.", 2.0),
            ("Every road in Elsworth, ring road included, is going to 20 mph even though most people asked were "
             "against it.", 1.8),
            ("Elsworth council has launched a bike hire scheme with 300 bicycles.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ culture
    (
        "The Oakhaven Museum of Art reopened on Saturday after a two-year, £22 million renovation that has "
        "doubled its gallery space and added a rooftop sculpture terrace. More than 4,000 visitors passed through "
        "the doors on the first day, according to the museum, which has also made general admission free for "
        "under-25s. The centrepiece of the reopening is a newly acquired collection of 140 prints and drawings by "
        "the landscape artist Evelyn Thorne, donated by her granddaughter and shown together for the first time. "
        "Director Samuel Okafor said the building's old heating and lighting systems had been replaced with "
        "equipment that cuts energy use by around 40%. The museum's café and shop will remain closed until the "
        "end of the month while fit-out work is completed.",
        [
            "After a £22 million, two-year refurbishment that doubled its galleries, the Oakhaven Museum of Art has "
            "reopened to over 4,000 visitors, with free entry for under-25s and a donated collection of 140 Evelyn "
            "Thorne works on show.",
            "Oakhaven's art museum is open again with twice the exhibition space, a rooftop sculpture terrace, "
            "lower energy use and a first display of prints and drawings by Evelyn Thorne given by the artist's "
            "granddaughter.",
        ],
        [
            ("Thousands of people visited Oakhaven's art gallery on the day it came back from a costly two-year "
             "makeover that doubled its display area; admission is now free for young people and a gift of Thorne "
             "landscapes is on show.", 5.0),
            ("The Oakhaven Museum of Art has reopened after a £22 million renovation that doubled its gallery "
             "space.", 4.0),
            ("The Oakhaven Museum of Art's new heating and lighting cut its energy use by about 40%.", 3.0),
            ("After a £22 million, two-year refurbishment that doubled its galleries, the Oakhaven Museum of Art has "
             "reopened to over 4,000 visitors, with free entry for over-65s and a purchased collection of 140 "
             "Evelyn Thorne works on show.", 2.0),
            ("A retrospective of Evelyn Thorne's paintings opens in Corvale next week.", 1.5),
            ("Oakhaven's annual book festival will return in June with more than 80 authors.", 1.0),
        ],
    ),
    (
        "First-time novelist Declan Marsh has won the £30,000 Greyhaven Prize for fiction with The Salt Ledger, a "
        "story about three generations of a family running a lighthouse on a remote island. The judges, chaired "
        "by the critic Helena Voss, chose the book unanimously from a shortlist of six, praising its 'quiet, "
        "unshowy language and enormous emotional reach'. Marsh, 52, worked as a ferry engineer for thirty years "
        "and wrote the novel in the evenings over a decade; it was rejected by fourteen publishers before being "
        "taken on by the small independent press Lantern House. Sales of the book have risen more than tenfold "
        "since the shortlist was announced in September, and the publisher has ordered a reprint of 40,000 "
        "copies. Marsh said he would use the prize money to 'finally fix the roof'.",
        [
            "Debut author Declan Marsh, a former ferry engineer, has won the £30,000 Greyhaven Prize for The Salt "
            "Ledger, a lighthouse family saga once turned down by fourteen publishers.",
            "The judges unanimously gave this year's Greyhaven fiction prize to The Salt Ledger by 52-year-old "
            "newcomer Declan Marsh; sales have soared since the shortlisting and Lantern House is reprinting 40,000 "
            "copies.",
        ],
        [
            ("A ship's engineer who spent ten years writing at night has taken the Greyhaven award with his first "
             "book, about a lighthouse-keeping family, after fourteen rejections; his small publisher is rushing "
             "out a big reprint.", 5.0),
            ("Declan Marsh has won the Greyhaven Prize for fiction for his novel The Salt Ledger.", 4.0),
            ("Lantern House has ordered a 40,000-copy reprint of a novel whose sales jumped after it was "
             "shortlisted.", 3.0),
            ("Helena Voss's panel could not agree, but Declan Marsh's lighthouse novel took the Greyhaven award on a "
             "split decision.", 2.5),
            ("Debut author Declan Marsh, a former ferry engineer, has won the £50,000 Greyhaven Prize for The Salt "
             "Ledger, a lighthouse family saga published by a major publisher after a bidding war.", 1.8),
            ("Helena Voss has published a collection of essays on island literature.", 1.0),
        ],
    ),
    (
        "The Halden Valley Folk Festival has been cancelled this year, a month before it was due to open, because "
        "ticket sales covered less than half of its costs. Organisers said they had sold about 4,200 of the "
        "10,000 weekend tickets, while the costs of staging, security and insurance had risen by 35% since 2022. "
        "The festival, first held in 1978, had been due to feature more than 60 acts over three days in August. "
        "All ticket holders will receive full refunds within 14 days. Festival director Moira Kendrick said the "
        "team intended to return next year with a smaller, two-day event at a new site, and appealed to the local "
        "authority for help with licensing costs. Local businesses estimate that the festival brings around £2 "
        "million into the valley each summer.",
        [
            "The Halden Valley Folk Festival has called off this year's August event because only 4,200 of 10,000 "
            "tickets were sold while costs rose 35%; buyers will get full refunds.",
            "Weak ticket sales and sharply higher staging and insurance costs have forced the cancellation of the "
            "long-running Halden Valley folk gathering, which hopes to come back next year as a smaller two-day "
            "festival.",
        ],
        [
            ("Organisers of a folk festival dating back to 1978 have scrapped this summer's edition after selling "
             "well under half the tickets they needed amid soaring costs, promising refunds and a scaled-down "
             "return.", 5.0),
            ("The Halden Valley Folk Festival has been cancelled because of poor ticket sales.", 4.0),
            ("Businesses say the Halden Valley Folk Festival is worth about £2 million a year to the local economy.",
             3.0),
            ("The Halden Valley Folk Festival has called off this year's August event because only 4,200 of 10,000 "
             "tickets were sold, but ticket holders will not be refunded.", 2.0),
            ("Tickets for the folk weekend have sold out, and organisers are adding an extra day to this summer's "
             "programme.", 1.6),
            ("A new jazz festival will launch in Corvale this September with 40 acts.", 1.0),
        ],
    ),
    (
        "The Kessington Philharmonic has appointed 34-year-old conductor Lucia Fernhart as its music director, the "
        "first woman to hold the post in the orchestra's 96-year history. Fernhart, currently assistant conductor "
        "at the Norcaster Opera, will take up the role next September on a five-year contract, succeeding Anton "
        "Rehm, who is retiring after 18 years. She first conducted the orchestra as a last-minute stand-in in "
        "2022, and its musicians voted overwhelmingly for her appointment. Fernhart said she wanted to commission "
        "more new music and take the orchestra into schools across the region. The Philharmonic, which performs "
        "around 70 concerts a year, has seen ticket sales recover to pre-pandemic levels and recently received a "
        "£1.5 million donation to fund a youth orchestra.",
        [
            "The Kessington Philharmonic has named Lucia Fernhart, 34, as music director from next September, "
            "making her the first woman in the role in its 96 years; she succeeds the retiring Anton Rehm.",
            "Conductor Lucia Fernhart, who impressed the orchestra as a late replacement in 2022 and won strong "
            "backing from its players, will lead the Kessington Philharmonic for five years with plans for new "
            "commissions and work in schools.",
        ],
        [
            ("Kessington's orchestra has chosen its first female chief conductor in nearly a century: Lucia "
             "Fernhart, 34, who replaces long-serving Anton Rehm next September on a five-year deal.", 5.0),
            ("Lucia Fernhart will become music director of the Kessington Philharmonic.", 4.0),
            ("The Kessington Philharmonic has received £1.5 million to set up a youth orchestra.", 3.0),
            ("Players at the Kessington Philharmonic opposed the choice, but Fernhart has been handed a three-year "
             "contract anyway.", 2.2),
            ("The Kessington Philharmonic has named Anton Rehm, 34, as music director from next September, "
             "succeeding the retiring Lucia Fernhart.", 1.8),
            ("The Norcaster Opera has announced a new production for its winter season.", 1.0),
        ],
    ),
    (
        "The Lyric Rooms in Brindle Point, a 1908 music hall that closed in 2016, will reopen next year after a "
        "community group raised £2.7 million to restore it. The Friends of the Lyric bought the listed building "
        "from its former owner for £1 in 2020 on condition that they carried out the repairs. The money came from "
        "a national heritage fund, which gave £1.6 million, and more than 3,500 individual donations. Work to fix "
        "the roof, replace the seating and install a lift is due to finish in March, and the first season will "
        "include comedy, local amateur productions and a pantomime. The chair of the trustees, Rhiannon Pugh, said "
        "the theatre would be run largely by volunteers, with four paid staff.",
        [
            "Brindle Point's Lyric Rooms, a 1908 music hall shut since 2016, will reopen next year after the Friends "
            "of the Lyric raised £2.7 million, including £1.6m from a heritage fund, to restore it.",
            "A community group that bought the derelict Brindle Point theatre for a nominal £1 has funded repairs to "
            "its roof, seating and access through grants and thousands of donations, and plans a volunteer-run "
            "programme of comedy, amateur shows and pantomime.",
        ],
        [
            ("Thanks to a £2.7m fundraising drive by local supporters, a long-closed Edwardian music hall in "
             "Brindle Point is being refurbished and should welcome audiences again next year.", 5.0),
            ("Supporters who acquired Brindle Point's shuttered Lyric Rooms for £1 have raised £2.7 million from a "
             "heritage grant and public donations to restore it, with reopening due next year.", 4.6),
            ("The Lyric Rooms theatre in Brindle Point is set to reopen after restoration.", 3.8),
            ("The restored theatre will be run mainly by volunteers, with four paid staff.", 2.8),
            ("Brindle Point's Lyric Rooms will reopen next year after the Friends of the Lyric raised £1.6 million, "
             "all of it from individual donations.", 2.0),
            ("Plans to bring the old music hall back to life have collapsed after the volunteers who paid a million "
             "pounds for it ran out of money.", 1.6),
        ],
    ),
    # ------------------------------------------------------------ health
    (
        "Health officials in Brayford County have launched a free flu vaccination programme for all primary "
        "school children, after last winter's outbreak led to the closure of 17 schools for several days. "
        "Children aged four to eleven will be offered a nasal spray vaccine at school between 2 October and 15 "
        "December, with parents asked to return consent forms by the end of September. The county's public health "
        "director, Dr Imran Sethi, said vaccinating children reduces spread to grandparents and other vulnerable "
        "relatives, and that uptake last year among eligible pre-school children had been only 38%. The council "
        "has set a target of 65% uptake in schools. Pharmacies will also offer free jabs to adults over 65 and "
        "people with long-term conditions from next week.",
        [
            "Brayford County will offer a free nasal spray flu vaccine to all primary pupils in school from 2 "
            "October to 15 December, aiming for 65% uptake after outbreaks shut 17 schools last winter.",
            "Following a flu outbreak that closed 17 schools, Brayford health officials are vaccinating four- to "
            "eleven-year-olds at school this autumn to protect vulnerable relatives, and pharmacies will give free "
            "jabs to over-65s and those with long-term conditions.",
        ],
        [
            ("Every primary-age child in Brayford can now be immunised against flu at school this autumn, free of "
             "charge, as the county tries to avoid a repeat of last year's closures and shield older family "
             "members.", 5.0),
            ("Primary school children in Brayford County will be offered free flu vaccines at school this autumn.",
             4.0),
            ("Brayford is extending free flu vaccination to children and older adults after a winter outbreak.",
             3.5),
            ("Dr Imran Sethi said only 38% of eligible pre-school children were vaccinated against flu last year.",
             3.0),
            ("Brayford County will offer a free injected flu vaccine to all secondary pupils in school from 2 "
             "October to 15 December, aiming for 38% uptake after outbreaks shut 17 schools last winter.", 2.0),
            ("Brayford County has opened a new walk-in minor injuries unit at Ashford Mills.", 1.0),
        ],
    ),
    (
        "Patients at Norcaster General Hospital's emergency department waited an average of 5 hours 40 minutes to "
        "be admitted, transferred or discharged in March, the longest since records began, according to figures "
        "published on Wednesday. Only 49% of patients were seen within the four-hour target, against a national "
        "average of 71%. The hospital trust said the department, built in 1994 for 40,000 patients a year, now "
        "handles more than 95,000, and that around 120 beds were occupied each day by patients well enough to "
        "leave but waiting for care at home. Chief executive Dr Gareth Lowe said a new £60 million emergency unit "
        "would open in autumn 2026. In the meantime, the trust is opening a 24-bed discharge lounge and hiring 30 "
        "additional nurses.",
        [
            "Norcaster General's emergency department recorded its worst-ever average wait of 5 hours 40 minutes in "
            "March, with just 49% of patients seen within four hours against 71% nationally.",
            "Overcrowding at Norcaster General, whose emergency department now sees more than twice the patients it "
            "was designed for and has about 120 beds taken by patients awaiting home care, drove record waits; a "
            "new £60m unit is due in 2026, with a discharge lounge and 30 nurses in the meantime.",
        ],
        [
            ("March was the worst month on record for emergency waits at Norcaster's main hospital, where fewer "
             "than half of patients were dealt with inside four hours; the trust blames an outdated department and "
             "delayed discharges and has promised a new unit in 2026.", 5.0),
            ("Norcaster General Hospital's emergency department had its longest waits on record in March, with "
             "only 49% of patients seen in four hours, which the trust blamed on an overstretched building and "
             "delayed discharges.", 4.5),
            ("Emergency waits at Norcaster General Hospital hit a record average of 5 hours 40 minutes in March.",
             4.0),
            ("Norcaster General Hospital is hiring 30 more nurses and opening a discharge lounge.", 3.0),
            ("Waits averaged 4 hours 50 minutes in March, even though Norcaster's new emergency unit opened last "
             "autumn.", 2.2),
            ("Norcaster General's emergency department recorded its shortest average wait in years in March, with "
             "71% of patients seen within four hours against 49% nationally.", 1.8),
        ],
    ),
    (
        "Researchers at the Westmere Institute of Health have found that adults who walked at least 7,000 steps a "
        "day had a 31% lower risk of developing type 2 diabetes over nine years than those who walked fewer than "
        "4,000. The study followed 18,400 people aged 40 to 75 who wore activity trackers for a week at the "
        "start, and checked their medical records afterwards. The benefit levelled off above about 10,000 steps, "
        "and walking pace appeared to matter less than the total number of steps. The authors stressed that the "
        "study was observational and could not prove that walking itself reduced the risk, as people who walk "
        "more may also eat better or have other healthy habits. The findings were published in a peer-reviewed "
        "journal on Monday.",
        [
            "A nine-year Westmere Institute study of 18,400 adults found that walking 7,000 or more steps a day was "
            "linked to a 31% lower risk of type 2 diabetes than walking under 4,000, with little extra benefit "
            "beyond 10,000.",
            "People who took more daily steps were less likely to develop type 2 diabetes, researchers report, "
            "though the observational study cannot show that walking caused the difference.",
        ],
        [
            ("Middle-aged and older adults who managed around 7,000 steps daily were roughly a third less likely to "
             "get type 2 diabetes than the least active, according to a large study that cautions the link may not "
             "be causal.", 5.0),
            ("Walking at least 7,000 steps a day was associated with a lower risk of type 2 diabetes in a large "
             "study.", 4.0),
            ("The study's participants wore activity trackers for a week, and their medical records were checked "
             "later.", 2.6),
            ("A nine-year Westmere Institute study of 18,400 adults found that walking 7,000 or more steps a day cut "
             "the risk of type 2 diabetes by 13%, and that walking pace mattered more than the number of steps.",
             2.0),
            ("A study found that 10,000 steps a day are needed to lower diabetes risk, and proved that walking "
             "causes the reduction.", 1.8),
            ("The Westmere Institute of Health is recruiting volunteers for a trial of a new asthma inhaler.", 1.0),
        ],
    ),
    (
        "Health officials have traced an outbreak of salmonella that has made 46 people ill in Halbrook and "
        "Delmont to eggs from a single farm, and have asked shops to remove its products from sale. Eleven people "
        "were treated in hospital, including two young children, and all have since been discharged. "
        "Investigators found the same strain of the bacteria in samples taken at Millbeck Farm, which supplies "
        "about 30 shops, cafés and bakeries in the area. The farm has voluntarily stopped selling eggs while its "
        "hens are tested. The public health agency advised anyone who has bought eggs stamped with the code "
        "MB-0417 to throw them away or return them to the shop, and reminded people to cook eggs thoroughly, "
        "especially for the elderly, pregnant women and small children.",
        [
            "A salmonella outbreak that has sickened 46 people in Halbrook and Delmont, putting 11 in hospital, has "
            "been linked to eggs from Millbeck Farm, which has halted sales while its hens are tested.",
            "Health officials want eggs coded MB-0417 taken off shelves and thrown away or returned after finding "
            "the outbreak strain at the farm that produced them; everyone admitted to hospital has been "
            "discharged.",
        ],
        [
            ("Officials have pinned a food poisoning outbreak affecting dozens of people in two towns on a local egg "
             "producer and urged buyers to discard affected eggs; the farm has paused supplies and all hospital "
             "patients are home.", 5.0),
            ("A salmonella outbreak in Halbrook and Delmont has been traced to eggs from a local farm.", 4.0),
            ("Eggs stamped MB-0417 should be thrown away or returned to shops, health officials say.", 3.4),
            ("People should cook eggs thoroughly, particularly for vulnerable groups, health officials said.", 2.8),
            ("Two people have died in the food poisoning outbreak traced to Millbeck Farm's eggs.", 2.0),
            ("A salmonella outbreak that has sickened 64 people in Halbrook and Delmont has been linked to chicken "
             "from Millbeck Farm, which has refused to halt sales.", 1.8),
        ],
    ),
    (
        "A new 24-hour mental health crisis centre will open in Norcaster in November, offering people in distress "
        "an alternative to hospital emergency departments. The centre, in a converted office building near the "
        "bus station, will have eight short-stay beds and be staffed by nurses, support workers and volunteers "
        "with their own experience of mental illness. People will be able to walk in or be referred by police, "
        "ambulance crews or a phone line. The health board, which is funding the £2.3 million annual running "
        "costs, said about 3,000 people a year currently attend the city's emergency department because of a "
        "mental health crisis, often waiting more than 12 hours. Similar centres in other parts of the country "
        "have reduced such attendances by up to 30%.",
        [
            "Norcaster will get a round-the-clock mental health crisis centre with eight short-stay beds in "
            "November, designed to give people in crisis an alternative to the emergency department, where some "
            "3,000 attend each year.",
            "The health board is spending £2.3 million a year on a walk-in crisis service near Norcaster bus "
            "station, staffed partly by people with lived experience, which could cut mental health emergency "
            "visits by up to 30% if it matches similar centres.",
        ],
        [
            ("From November, people in Norcaster facing a mental health emergency will be able to go to a dedicated "
             "24-hour centre instead of waiting for hours in casualty.", 4.8),
            ("A mental health crisis centre will open in Norcaster.", 3.6),
            ("Around 3,000 people a year go to Norcaster's emergency department in a mental health crisis, often "
             "waiting more than 12 hours.", 3.0),
            ("Norcaster's crisis service will cost £3.2m a year and be based beside the railway station.", 2.2),
            ("Norcaster will get a daytime mental health crisis centre with 80 beds in November, replacing the "
             "hospital's emergency department.", 1.8),
            ("Norcaster's bus station is to be redeveloped with new shops and offices.", 1.0),
        ],
    ),
    # ------------------------------------------------------------ education
    (
        "Pinecrest University will cut 180 jobs over the next two years and close its department of modern "
        "languages, after reporting a deficit of £14 million for the last financial year. Vice-chancellor "
        "Professor Adaeze Hollis blamed a 23% fall in international student enrolments and rising energy and "
        "pension costs. Around 90 of the posts are expected to go through voluntary redundancy, and current "
        "language students will be allowed to complete their degrees. The university staff union said it would "
        "ballot members on strike action, calling the cuts 'short-sighted'. Pinecrest, which has around 16,000 "
        "students, said it would invest £5 million in expanding its engineering and nursing programmes, where "
        "applications have risen.",
        [
            "Facing a £14 million deficit driven by falling international enrolments and higher costs, Pinecrest "
            "University plans to shed 180 jobs over two years and shut modern languages while expanding engineering "
            "and nursing; the union may strike.",
            "Pinecrest University is closing its modern languages department and cutting 180 posts, about half "
            "through voluntary redundancy, after a 23% drop in overseas students; staff will be balloted on "
            "industrial action.",
        ],
        [
            ("With overseas recruitment down almost a quarter and costs climbing, Pinecrest is scrapping its "
             "languages department and roughly 180 roles, prompting a union strike ballot, while putting money "
             "into engineering and nursing.", 5.0),
            ("Pinecrest is axing 180 jobs and its modern languages department to tackle a £14m shortfall caused by "
             "fewer international students; unions are considering a strike.", 4.6),
            ("Pinecrest University will cut 180 jobs and close its modern languages department after a £14 million "
             "deficit.", 4.0),
            ("Pinecrest University will invest £5 million in engineering and nursing courses.", 3.0),
            ("Around 810 staff will lose their jobs at Pinecrest, which is £41m in the red.", 2.2),
            ("Pinecrest University is closing its engineering department and cutting 180 posts, about half through "
             "voluntary redundancy, after a 23% drop in overseas students; staff will be balloted on industrial "
             "action.", 2.0),
        ],
    ),
    (
        "All primary school pupils in Kessington will receive free school lunches from September, after the "
        "borough council agreed to fund the £4.3 million annual cost for at least three years. Currently only "
        "children from households receiving certain benefits qualify, covering about 28% of the borough's 15,000 "
        "primary pupils. Council leader Farah Quinn said a pilot at six schools last year had led to better "
        "attendance and concentration, and had saved families an average of £480 per child per year. Head "
        "teachers welcomed the decision but warned that several school kitchens would need upgrading; the council "
        "has set aside an extra £1.5 million for equipment. The scheme will be paid for partly by cutting the "
        "council's consultancy budget and partly from a rise in the charge for green waste collection.",
        [
            "Kessington council will provide free lunches to all 15,000 primary pupils from September, at £4.3 "
            "million a year for at least three years, extending a benefit now limited to about 28% of children.",
            "After a six-school pilot improved attendance and saved families around £480 per child, Kessington is "
            "making school meals free for every primary pupil, funded by consultancy cuts and a higher green waste "
            "fee, with £1.5m for kitchen upgrades.",
        ],
        [
            ("Every primary child in Kessington will eat at school free of charge from September, the council has "
             "decided, expanding a benefit previously restricted to low-income families after a successful trial.",
             5.0),
            ("Kessington council will give free school lunches to all primary pupils from September.", 4.0),
            ("Some Kessington head teachers say school kitchens need upgrading.", 2.8),
            ("Kessington council will provide free lunches to all 15,000 secondary pupils from September, at £4.3 "
             "million a year for at least three years, extending a benefit now limited to about 28% of children.",
             2.0),
            ("Council tax will rise to pay for Kessington's free school meals, even though the trial made no "
             "difference to attendance.", 1.8),
            ("Kessington council is consulting on plans for a new leisure centre.", 1.0),
        ],
    ),
    (
        "Secondary schools in Greyhaven will ban pupils from using mobile phones during the school day from the "
        "start of the autumn term, under a policy agreed by all 14 head teachers in the town. Pupils will be "
        "allowed to bring phones to school but must keep them switched off and in lockable pouches until the "
        "final bell. The decision follows a trial at Greyhaven Academy last year, where staff reported a 40% drop "
        "in behaviour incidents and fewer cases of online bullying during lessons. Parents will be able to "
        "contact children through school offices in an emergency. A survey by the parents' forum found that 68% "
        "of 2,300 respondents supported the ban, although some raised concerns about pupils with medical "
        "conditions who use phones to monitor their health; those pupils will be exempt.",
        [
            "All 14 secondary schools in Greyhaven will require pupils to keep phones switched off in locked "
            "pouches throughout the school day from the autumn term, after a trial saw behaviour incidents fall "
            "40%.",
            "Greyhaven heads have agreed a town-wide daytime phone ban backed by about two-thirds of surveyed "
            "parents, with exemptions for children who use phones for medical monitoring and emergency contact "
            "through school offices.",
        ],
        [
            ("Starting this autumn, teenagers at every Greyhaven secondary will have to seal their mobiles away "
             "until home time, a move most parents support after a pilot cut misbehaviour sharply.", 5.0),
            ("From the autumn term, Greyhaven's 14 secondary schools will make pupils lock away their phones during "
             "the day, following a pilot at Greyhaven Academy that reduced behaviour problems.", 4.6),
            ("Greyhaven secondary schools will ban phone use during the school day from the autumn term.", 4.0),
            ("Pupils with medical conditions who use phones to monitor their health will be exempt from a school "
             "phone rule.", 3.0),
            ("Most Greyhaven parents who took part in a survey were against the new school phone rules.", 2.2),
            ("All 14 primary schools in Greyhaven will require pupils to hand phones in at the gate from the autumn "
             "term, after a trial saw behaviour incidents rise 40%.", 1.8),
        ],
    ),
    (
        "Ashford Mills High School has been rated 'inadequate' by inspectors and placed in special measures, two "
        "years after it was judged 'good'. The report, published on Thursday, said standards of behaviour had "
        "declined sharply, that pupils' attendance was among the lowest in the county at 86%, and that leaders "
        "had not acted quickly enough on concerns about bullying. Inspectors praised the school's science "
        "teaching and its support for pupils with special educational needs. The head teacher, Graham Tolley, "
        "left in the spring, and an interim head from the Alderbrook Learning Trust took over in June. The trust "
        "said the school would formally join it in January and that it had already introduced a new behaviour "
        "policy and appointed two attendance officers. Parents will be invited to a meeting at the school next "
        "Tuesday.",
        [
            "Inspectors have rated Ashford Mills High School inadequate and put it in special measures over poor "
            "behaviour, 86% attendance and slow action on bullying, two years after calling it good.",
            "Ashford Mills High, which will join the Alderbrook Learning Trust in January under an interim head, has "
            "fallen to the lowest inspection grade, though its science teaching and special needs support were "
            "praised.",
        ],
        [
            ("Once rated good, Ashford Mills High has been given the bottom grade by inspectors, who found bad "
             "behaviour, weak attendance and sluggish responses to bullying; a trust has taken charge and brought "
             "in new measures.", 5.0),
            ("Ashford Mills High School has been placed in special measures after an inadequate inspection rating.",
             4.0),
            ("Inspectors praised science teaching and special needs support at a county secondary school.", 2.6),
            ("Attendance at Ashford Mills High is just 68%, and Graham Tolley remains head as the school moves into "
             "the Alderbrook trust.", 2.2),
            ("Inspectors have rated Ashford Mills High School good and removed it from special measures, two years "
             "after calling it inadequate.", 1.6),
            ("The Alderbrook Learning Trust plans to open a new primary school in Ashford Mills in 2026.", 1.0),
        ],
    ),
    (
        "Three village primary schools in Lowen Shire will close next summer because of falling pupil numbers, "
        "the county's education committee decided on Wednesday. Hatherley, Combe Lacey and Under Ridge schools "
        "have a combined 71 pupils in buildings designed for 290, and the number of births in the area has fallen "
        "by 22% in ten years. Children will move to a larger school in Stowbridge, which will get two new "
        "classrooms, and free transport will be provided. The council expects to save about £600,000 a year. "
        "Parents at Combe Lacey had presented a 2,000-signature petition and proposed a federation with "
        "neighbouring schools, but the committee said this would not be financially viable. The school buildings "
        "will be offered to community groups before any sale.",
        [
            "Lowen Shire's education committee has voted to close Hatherley, Combe Lacey and Under Ridge primary "
            "schools next summer because they have just 71 pupils between them, with children moving to an "
            "expanded school in Stowbridge.",
            "Declining birth rates mean three small village schools will shut, saving around £600,000 a year; "
            "pupils will get free transport to Stowbridge, and a parents' petition and federation proposal were "
            "rejected.",
        ],
        [
            ("Falling rolls have sealed the fate of three rural primaries in Lowen Shire, which will close next "
             "summer; their pupils will be taken free of charge to a bigger school in Stowbridge.", 5.0),
            ("Three village primary schools in Lowen Shire will close next year.", 4.0),
            ("Small schools in Lowen Shire are closing as the number of children in the area declines.", 3.6),
            ("Parents at Combe Lacey handed in a petition with 2,000 signatures.", 2.6),
            ("Families will have to cover the cost of getting their children to Stowbridge once the three small "
             "schools close.", 2.2),
            ("Lowen Shire's education committee has voted to keep Hatherley, Combe Lacey and Under Ridge primary "
             "schools open by federating them, despite their having just 71 pupils between them.", 1.6),
        ],
    ),
]

DESCRIPTION = """\
Summarization on general news: local government, science, sport, weather, transport, culture, health and
education. {n} articles of 90-200 words, each with 2 human reference summaries ({n_human} in all) and 6 machine
summaries ({n_machine} in all) scored for relevance from 1 to 5. Articles and summaries were written for this
benchmark and relevance was assigned by construction: faithful low-overlap paraphrases (5), faithful summaries
missing a key fact (about 4), summaries of a secondary point or vague ones (about 3), trivial true details
(2.4-2.6), summaries with one factual error such as a changed figure, wrong day or wrong group (about 2), reversed
outcomes or swapped roles (1.6-1.8) and summaries of a different event (1). In each article exactly one wrong
summary copies the wording of a reference or of the article with the error slipped in; every article has at least
three distinct relevance values. Generated by tasks/tools/general_news_summarization.py; all people, places and
organisations are fictional.
"""


def main():
    rng = random.Random(SEED)
    rows = summarization_rows(rng, ID_PREFIX, ARTICLES)
    write_summarization_task(OUT, rows, DESCRIPTION)


if __name__ == "__main__":
    main()
