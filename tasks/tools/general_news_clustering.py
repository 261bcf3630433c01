"""Generate tasks/general/GeneralNewsClustering (clustering, v_measure).

News headlines, wire-style sentences and short blurbs in ten topics. Every template and slot value below was
written for this benchmark; all people, places, teams, companies and products are fictional. Deterministic:
running it twice gives byte-identical files. Standard library only.

Usage (from the repo root): python3 tasks/tools/general_news_clustering.py
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import labelled_rows, sample_topic_texts, task_dir, upper_first, write_jsonl, write_task_yaml

SEED = 4127
PER_TOPIC = 48
WIRE_PROB = 0.2
OUT = task_dir("general", "GeneralNewsClustering")

# ---------------------------------------------------------------- slot values (all fictional)
POOLS = {
    "city": ["Marlowe Bay", "Tarrington", "Vellmont", "Kessington", "Harlow Creek", "Pinecrest",
             "Ashford Mills", "Larkspur", "Oakhaven", "Westmere", "Brindle Point", "Corvale", "Fallowfield",
             "Quenby", "Rosswick", "Delmont", "Halbrook", "Norcaster", "Elsworth", "Greyhaven"],
    "region": ["Westmarch County", "the Halden Valley", "Brayford County", "Sallowdale", "Eastmoor",
               "the Ardley Peninsula", "the northern uplands", "Lowen Shire"],
    "river": ["River Lenn", "River Ashby", "Carrow River", "River Mede", "Tallis River"],
    "first": ["Amara", "Jonah", "Priya", "Tomasz", "Elena", "Marcus", "Ingrid", "Kofi", "Sofia", "Declan",
              "Hana", "Rafael", "Maeve", "Oskar", "Leila", "Callum", "Noor", "Mateo", "Freya", "Dmitri",
              "Yara", "Theo", "Aisling", "Samir"],
    "women": ["Amara", "Priya", "Elena", "Ingrid", "Sofia", "Hana", "Maeve", "Leila", "Noor", "Freya", "Yara",
              "Aisling"],
    "men": ["Jonah", "Tomasz", "Marcus", "Kofi", "Declan", "Rafael", "Oskar", "Callum", "Mateo", "Dmitri", "Theo",
            "Samir"],
    "last": ["Okafor", "Lindqvist", "Carraway", "Moreau", "Haldane", "Petrov", "Achebe", "Vance", "Torvik",
             "Delacroix", "Ferris", "Nakamura", "Brennan", "Quill", "Abara", "Whitlock", "Castellano",
             "Rourke", "Sandoval", "Hartigan", "Mbeki", "Lowry", "Strand", "Ivers"],
    "mascot": ["Mariners", "Rovers", "Falcons", "Stags", "Comets", "Harriers", "Foxes", "Pioneers", "Wolves",
               "Kestrels", "Athletic", "Rangers"],
    "stadium": ["Holloway Park", "the Riverside Ground", "Cobbler's Field", "the Lenn Arena", "Marsh Lane"],
    "techco": ["Quillon", "Brightloom", "Nexora", "Pellucid", "Tandemly", "Orbweave", "Halcyne", "Vireo Labs",
               "Kestrix", "Aldercore"],
    "phone": ["Aurora X2", "Pulse 7 Pro", "Tessel Fold", "Kite 5 Mini"],
    "buds": ["Orbit Buds 3", "Echo Loop", "Hush Pods"],
    "watch": ["Nova Band 4", "Pulse Watch 2", "Tempo Ring"],
    "tablet": ["Slate Air", "Lumo Tab 11", "Canvas Pro 13"],
    "restaurant": ["Fennel & Fig", "The Copper Ladle", "Marisco", "Little Saffron", "Hearth House",
                   "Osteria Lune", "The Salt Cellar", "Kinbo Noodle Bar", "Bramble Kitchen", "Casa Olmo"],
    "museum": ["the Harrowgate Gallery", "the Museum of Coastal Life", "the Vellmont Art Museum",
               "the Old Mint Gallery", "the Tarrington Museum of Modern Art", "the Quenby Print House"],
    "dest": ["the Silvane Islands", "Port Amsel", "the Corrindale Highlands", "Port Merrow", "the Velaro Coast",
             "Kastelo", "San Oriel", "the Brenn Valley", "Isla Caldera", "Old Tessaly"],
    "trail": ["Merrow Ridge Way", "the Salt Road", "the Corrindale Traverse", "the Old Drovers' Path"],
    "school": ["Brookfield Primary School", "St Aldric's Academy", "Westmere High School",
               "Larkspur Community College", "Oakhaven Grammar", "Rosswick Junior School"],
    "street": ["Marsh Road", "Kings Parade", "Harbour Street", "Mill Lane", "Station Avenue", "Tanner's Row"],
    "band": ["The Paper Lanterns", "Velvet Harbour", "North of Juno", "Static Orchards", "Moth & Mirror"],
    "storm": ["Storm Bryony", "Storm Cormac", "Storm Delphine", "Storm Ewan", "Storm Fenella"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "dish": ["smoked aubergine", "lamb flatbreads", "crab linguine", "miso-glazed cod", "mushroom ragù",
             "spiced lentil soup", "chicken katsu", "pumpkin gnocchi"],
}


def _score(r):
    a = r.randint(1, 5)
    return f"{a}-{r.randint(0, a - 1)}"


FUNCS = {
    "person": lambda r, c: f"{r.choice(POOLS['first'])} {r.choice(POOLS['last'])}",
    "woman": lambda r, c: f"{r.choice(POOLS['women'])} {r.choice(POOLS['last'])}",
    "man": lambda r, c: f"{r.choice(POOLS['men'])} {r.choice(POOLS['last'])}",
    "team": lambda r, c: f"{pick(r, c, 'city', 'city@' + str(len(c)))} {r.choice(POOLS['mascot'])}",
    "uni": lambda r, c: r.choice(["the University of {}", "{} University", "{} Institute of Technology"]).format(
        pick(r, c, "city", "city@" + str(len(c)))),
    "digit": lambda r, c: str(r.randint(1, 9)),
    "score": lambda r, c: _score(r),
    "hot": lambda r, c: str(r.randint(32, 41)),
    "cool": lambda r, c: str(r.randint(11, 18)),
    "warm": lambda r, c: str(r.randint(20, 25)),
    "neg": lambda r, c: f"-{r.randint(8, 23)}",
    "mm": lambda r, c: str(r.randint(40, 140)),
    "cm": lambda r, c: str(r.randint(10, 45)),
    "kmh": lambda r, c: str(r.randint(90, 145)),
    "homes": lambda r, c: f"{r.randint(2, 40)},{r.randint(0, 9)}00",
    "n": lambda r, c: str(r.randint(3, 19)),
    "big": lambda r, c: f"{r.randint(2, 60)},{r.choice(['000', '500'])}",
    "pct": lambda r, c: f"{r.randint(2, 9)}.{r.randint(1, 9)}%",
    "votes": lambda r, c: (lambda a: f"{a}-{r.randint(1, a - 1)}")(r.randint(6, 11)),
    "money": lambda r, c: f"${r.randint(2, 48)}.{r.randint(1, 9)} million",
    "years": lambda r, c: str(r.randint(12, 60)),
    "pts": lambda r, c: str(r.randint(24, 43)),
    "runs": lambda r, c: str(r.randint(88, 176)),
}


def pick(r, ctx, pool, key):
    """One value from POOLS[pool] per text and key, distinct from values already used from the same pool."""
    if key not in ctx:
        used = {v for k, v in ctx.items() if k.rstrip("0123456789") == pool or k.startswith(pool + "@")}
        choices = [v for v in POOLS[pool] if v not in used] or POOLS[pool]
        ctx[key] = r.choice(choices)
    return ctx[key]


def fill(template, r):
    ctx = {}

    def repl(m):
        name = m.group(1)
        if name in ctx:
            return ctx[name]
        base = name.rstrip("0123456789")
        if base in FUNCS:
            used = {v for k, v in ctx.items() if k.rstrip("0123456789") == base}
            for _ in range(20):
                v = FUNCS[base](r, ctx)
                if v not in used:
                    break
            ctx[name] = v
            return v
        return pick(r, ctx, base, name)

    return re.sub(r"s's\b", "s'", re.sub(r"\{(\w+)\}", repl, template))


# ---------------------------------------------------------------- templates per topic
# A leading "@" marks a wire-style sentence that may get a dateline ("HALBROOK — ...").
T = {}
T["sports"] = """
{team} edge {team2} {score} in an overtime thriller
@{person} scored twice as the {team} climbed to third in the table with a win over the {team2}.
Injury blow for {team} as captain {person} is ruled out for six weeks with a hamstring tear
{city} marathon: {person} breaks the course record by {n} seconds despite the morning drizzle
@The {team} have signed goalkeeper {person} on a three-year deal, the club confirmed on {day}.
@Head coach {person} was fined by the league after criticising the referee following a {score} defeat at the {team2}.
Tennis: {person} saves four match points to reach the semi-finals in {city}
{woman} wins the women's 400m freestyle final in a national record time
Cricket: {team} bowled out for {runs} on a green pitch as {team2} cruise to victory
@After a winless start to the season, the {team} parted ways with head coach {person} on {day}.
Derby preview: {team} and {team2} meet with a playoff place on the line
@Rookie point guard {person} posted {pts} points and 11 assists as the {team} snapped a five-game losing streak.
Cycling: {person} takes the leader's jersey after a brutal mountain stage
Golf: {person} shoots a final-round 64 to win the {city} Open by two strokes
@The league has suspended {team} defender {person} for three matches after a reckless tackle in the derby.
Veteran boxer {person} announces retirement after a 19-year professional career
{team} clinch the title with two games to spare after a {score} win over {team2}
Can the {team} really win the league? Five numbers that explain their surprising start
@Sprinter {man} clocked 9.9{digit} seconds in the 100 metres on {day}, the fastest time in the world this season.
@Rain held up play for two hours, but {person} returned to finish on a career-best 142 not out as the {team} took control of the match.
Transfer window: {team} close in on a club-record fee for winger {person}
@{person} became the first player in club history to reach 300 appearances when the {team} hosted the {team2} at {stadium}.
Women's hockey: {team} overturn a two-goal deficit to force a deciding game seven
Olympic hopeful {person} heads to altitude camp ahead of the qualifying trials
Fans spill onto the pitch as {team} secure promotion after an 11-year wait
Analysis: why the {team}'s high press has made them the hardest side to play against this season
@GPS vests and heart-rate data now shape every training week at the {team}, according to fitness coach {person}, who credits them for a drop in soft-tissue injuries.
Late penalty earns {team} a {score} win at {stadium}
Rugby: {team} name unchanged side for the semi-final against {team2}
@The {team} will be without their top scorer for the cup final after {person} picked up a second yellow card in the semi.
Half-time talk turned it around, says {person} after the {team} came from 2-0 down
Swimmer {person} qualifies for the world championships in three events
""".strip().splitlines()

T["weather"] = """
Heat wave to push temperatures in {city} above {hot}°C by {day}
@Forecasters have issued a yellow warning for heavy rain across {region} from Tuesday evening, with up to {mm} mm possible on high ground.
Snow and ice cause chaos on the roads around {city} as gritters struggle to keep up
Weekend forecast: sunshine for most, but thundery showers could break out in the west
@{storm} brought gusts of {kmh} km/h to the coast overnight, toppling trees and cutting power to {homes} homes.
Record low of {neg}°C recorded overnight at the {city} weather station
Fog advisory in effect until 10 a.m. as visibility drops below 200 metres in valley areas
Drought conditions worsen as {region} records its driest spring in {years} years
@Meteorologists say a blocking area of high pressure will keep skies clear and nights frosty through the end of the week.
Flood warnings remain in place along the {river} after two days of persistent rain
Hurricane season outlook: forecasters expect an above-average number of named storms
Pollen count to hit 'very high' as the warm, dry spell continues into next week
@A tornado touched down near {city} on {day} afternoon, damaging barns and power lines; no injuries were reported.
UV index expected to reach 9 on {day}, with the strongest sunshine between 11 a.m. and 3 p.m.
@Hailstones the size of golf balls pelted {city} on {day}, denting cars and shredding garden crops within minutes.
Cooler air arrives after a muggy week, with highs dropping to {cool}°C
Why this winter has been so mild: the jet stream explained
Freezing rain warning for {region}: roads and pavements likely to turn treacherous overnight
@Overnight lows near {warm}°C and high humidity will make sleeping uncomfortable for the rest of the week, the weather service said.
{city} has its wettest {month} since records began, with {mm} mm of rain
Sea fog rolls into {city} harbour and is expected to linger until midday
Monsoon rains arrive early, bringing relief after weeks of extreme heat
Wind chill could make it feel like {neg}°C at dawn, forecasters warn
Long-range forecast hints at a white Christmas on higher ground in the north
@A slow-moving band of showers will clear eastwards by lunchtime, leaving a bright but breezy afternoon with highs of {cool}°C.
@Dry thunderstorms swept across {region} overnight, and lightning strikes sparked several small grass fires.
Warning upgraded to amber as up to {cm} cm of snow is forecast for the hills
Outdoor concerts in {city} could face a washout, with a week of rain in the forecast
Is it going to rain on {day}? Hour-by-hour outlook for {city}
@The weather service said the cold snap will ease by the weekend as milder Atlantic air pushes in from the west, bringing rain and temperatures back to normal for {month}.
Gales and high tides raise risk of coastal flooding along the {river} estuary
Frost tonight: gardeners advised to cover tender plants
""".strip().splitlines()

T["science"] = """
Astronomers at {uni} detect water vapour in the atmosphere of a distant exoplanet
Fossil of an unknown feathered dinosaur unearthed in a quarry near {city}
Physicists report the most precise measurement yet of the proton's radius
@A team led by {person} at {uni} found that octopuses appear to use rapid colour changes to signal intent to one another.
Deep-sea expedition finds {n} new species of shrimp near hydrothermal vents
@Researchers have created a material that conducts heat in one direction only, according to a paper published this week.
Gravitational waves from colliding neutron stars pinpoint a galaxy 130 million light-years away
Ancient DNA suggests early farmers reached the region thousands of years earlier than thought
Chemists develop a catalyst that splits water into hydrogen using only sunlight
@The probe will swing past Venus before heading to study the Sun's poles, mission scientist {person} said.
Urban sparrows sing at a higher pitch to be heard over traffic, study finds
Tiny crystals in a meteorite hint that water once flowed on an early asteroid
Bees can count to four, experiments at {uni} suggest
@Geologists have mapped a fault line beneath {city} that went undetected for decades, using vibrations from passing trucks.
@Ice cores drilled in Antarctica preserve 800,000 years of atmospheric history, glaciologist {person} told the conference.
Physicists link two atomic clocks over 50 km of optical fibre
New telescope image reveals a star nursery inside a dusty spiral galaxy
Coral reefs recover faster than expected after bleaching, marine biologists find
Scientists sequence the genome of the lungfish, the largest animal genome yet decoded
Why do cats purr? Biologists now think the vibration starts in the voice box itself
Particle accelerator upgrade will let physicists probe the Higgs boson in finer detail
@A comet last seen {years} thousand years ago will be visible through binoculars next month, astronomers say, if skies stay clear.
@Soil microbes help crops survive drought by releasing a chemical signal that tells roots to conserve water, a study led by {person} shows.
Mathematicians prove a decades-old conjecture about gaps between prime numbers
Glowing mushrooms: researchers identify the enzyme that makes some fungi shine
Archaeologists uncover a Bronze Age boat preserved in peat near {city}
@Satellite measurements show the rate of sea-level rise has nearly doubled since the 1990s, oceanographers at {uni} report.
How do migrating birds navigate? A protein in their eyes may sense the Earth's magnetic field
@Volcanologists at {uni} recorded a swarm of small earthquakes beneath the dormant peak, a sign that magma may be moving.
Lab-grown mini-brains reveal how neurons wire themselves in the first weeks
Black hole caught shredding a star in a flare seen across the sky
@Researchers at {uni} have grown cress in samples of lunar soil, though the plants developed more slowly than controls.
Astronomer {person} spots a rare 'rogue' planet drifting without a star
@Fossilised footprints found on a beach near {city} show that early humans walked alongside giant ground sloths.
@Using a new electron microscope, {person}'s group imaged individual atoms vibrating inside a crystal for the first time.
""".strip().splitlines()

T["health"] = """
Flu cases rise sharply in {city} as doctors urge vulnerable patients to get vaccinated
Walking 7,000 steps a day linked to lower risk of early death, large study finds
{city} General Hospital opens new cardiac unit to cut waiting times
@Health officials have confirmed {n} cases of measles linked to a primary school and are urging parents to check their children's vaccination records.
@Dr {person}, a family doctor in {city}, says most coughs clear up within three weeks without antibiotics.
New guidelines lower recommended age for bowel cancer screening to 45
Mental health helpline reports record number of calls from young people
How much salt is too much? A cardiologist explains the daily limit
Emergency department waiting times hit a five-year high at {city} hospitals
@A pharmacy in {city} has begun offering free blood pressure checks for adults over 40 on {day} mornings.
Clinical trial: new drug cuts monthly migraine days by half
Heatstroke: the symptoms to watch for and when to call an ambulance
@Rates of type 2 diabetes among adults under 40 have doubled in a decade, health authority figures show.
Nurses trained to spot the early signs of sepsis on every ward
Hay fever sufferers: antihistamines work best if taken before symptoms start, pharmacists say
Dentists report surge in tooth decay among young children linked to sugary drinks
@A volunteer scheme at {city} General pairs elderly patients with companions to reduce loneliness during long hospital stays.
Physiotherapist {person} shares five stretches to ease lower back pain from desk work
Shingles vaccination clinic opens at the community centre on {day}
Smoking rates fall to a record low, but teenage vaping continues to climb
@Patients with long-term knee pain may benefit as much from structured exercise therapy as from surgery, a trial of {big} people suggests.
Norovirus outbreak closes two hospital wards; visiting restricted
Wearable glucose monitors to be offered to every patient with type 1 diabetes
Adults who sleep less than six hours a night face higher blood pressure, cardiologists warn
Ambulance response times improve after {city} adds six extra crews
What to do when your child has a fever: paediatrician {person} answers parents' questions
Midwives in {region} warn of staff shortages as births rise
@Surgeons at {city} General carried out the region's first robot-assisted kidney transplant, and the patient went home after five days.
Antibiotic resistance: doctors urged to prescribe shorter courses
Is intermittent fasting safe? What the evidence says about weight loss and heart health
@Hearing loss in middle age is linked to a higher risk of dementia, and hearing aids may reduce it, researchers told a health conference.
Free eye tests for over-60s as optometrists warn of missed glaucoma cases
@Waiting lists for hip and knee operations in {region} have fallen for the first time in {n} months, the health board said.
GP surgeries in {city} to offer evening and weekend appointments
@Dr {person} explains why a short walk after meals can help keep blood sugar steady.
""".strip().splitlines()

T["technology"] = """
{techco} unveils a foldable phone with a crease-free display
Software update leaves some {techco} smart speakers unresponsive; fix promised within days
@{techco} says its new laptop chip delivers up to 20 hours of battery life while running cooler than the previous generation.
Data breach at {techco} exposes email addresses of {n} million users
Review: the {phone} is fast and bright, but the camera struggles in low light
Open-source developers release a much faster version of the popular database engine
Telecom operator switches on 5G in {city}, promising download speeds above 1 Gbps
Chatbot glitch: customers report an AI assistant inventing refund policies
How to protect your accounts with passkeys instead of passwords
@{techco} will stop shipping security updates for its oldest tablets next year, leaving owners exposed to new vulnerabilities.
E-scooter maker recalls batteries over overheating risk
Browser update blocks third-party tracking cookies by default
Game console sales slump ahead of next-generation launch
@The {watch} smartwatch can now flag irregular heart rhythms, though {techco} stresses it is not a medical device.
Engineers at {techco} demonstrate a robot that folds laundry in under two minutes
@A ransomware attack took {city}'s library booking and payment systems offline for three days before engineers restored them from backups.
Satellite internet service expands coverage to rural areas of {region}
App developers push back against new app store commission fees
Hands-on: the {buds} earbuds make the noise of the commute disappear
@{techco} says its translation app now works offline in 40 languages, using a model small enough to run on a phone.
Why your phone battery drains faster in cold weather, and what to do about it
Chipmaker announces plant to produce 2-nanometre processors
Self-driving shuttle begins trial on a fixed route in {city}
Social network adds tools to label and filter AI-generated images
@A cloud outage knocked thousands of websites offline for nearly three hours on {day}, including several banking apps.
VR headset review: lighter, sharper and still too expensive
Password manager {techco} urges users to reset master passwords after security incident
@Early benchmarks suggest the {tablet} tablet is the first to match a mid-range laptop in video editing, though it still throttles under sustained load.
Startup {techco} shows a battery that charges an electric car in ten minutes
Five settings to change on your new smartphone
@{techco} is rolling out end-to-end encryption for group video calls, a feature privacy advocates had requested for years.
Printer firmware update blocks third-party ink cartridges, angering customers
""".strip().splitlines()

T["arts_and_culture"] = """
{museum} opens a major retrospective of painter {person}
Novelist {person} wins national book prize for a debut about a fishing family
Review: a bold, stripped-back Hamlet at the {city} Playhouse
@The {city} Symphony Orchestra will perform all nine Beethoven symphonies over a single weekend in {month}.
Street artist's mural transforms the wall of the old bus depot
@The {city} film festival has announced its lineup, with {n} world premieres and a retrospective of silent comedies.
Jazz pianist {person} releases first album in a decade
@A lost manuscript by a 19th-century poet has turned up in an attic, the {city} Library says.
Ballet company tours a new production of Swan Lake
Sculptor {person} installs a 12-metre steel figure on the seafront
Box office: animated family film tops weekend charts
Theatre review: the comedy sags in its second act, but the cast is superb
Photography exhibition captures life in {city}'s docklands in the 1970s
Folk festival returns to {city} after a five-year absence
Opera singer {woman} makes her debut as Tosca to a standing ovation
Poetry slam at the {city} Arts Centre draws a record crowd
@The gallery's new wing, designed around natural light, will finally give its textile collection a permanent home.
Author {woman} on her third novel: 'I wanted to write about grief without sentimentality'
Dance company blends hip-hop with traditional folk steps in new show
{band} announce a tour, including two nights in {city}
Critics praise documentary about a family of travelling puppeteers
{museum} returns carved masks to the community they were taken from
Restored art deco cinema reopens as a community arts venue
Comic book artist {person} honoured with lifetime achievement award
Choir of 300 voices to sing at the cathedral's anniversary concert
@A sculpture trail opens in {city}'s botanical gardens this weekend, with 20 works by local artists placed among the trees.
TV drama set in a small fishing town renewed for a second season
@Critics were divided over {person}'s new staging of the opera, which moves the action to a 1980s car factory.
Album review: {band} trade guitars for synthesisers and it mostly works
Literary festival in {city} to feature {n} debut writers
@An early self-portrait by {person}, missing for decades, sold at auction for {money} after a bidding war between two museums.
String quartet premieres a piece written for the city's 500th anniversary
""".strip().splitlines()

T["travel"] = """
Ten things to do in {dest} on a budget
Airline adds direct flights from {city} to {dest} starting in spring
Passport renewal waits lengthen ahead of the summer holidays
Rail operator launches sleeper train between {city} and {city2}
@Visitors to {dest} will pay a small nightly tourist tax from next year, with the money going to restore the old harbour.
Travel tip: book ferry crossings to {dest} early if you are going in August
Hiking {trail}: a seven-day route through mountain villages
Cruise passengers stranded in port after engine failure
Airport introduces biometric gates to cut queues at passport control
Where to stay in {dest}: guesthouses, hostels and a converted lighthouse
Budget airline scraps free cabin bag on short-haul routes
Electric road trip around {dest}: where to charge and where to stop
@Hotel occupancy in {dest} reached 92 percent over the holiday weekend, the regional tourism board said.
Lost luggage: your rights when an airline mishandles your bag
Backpacker's diary: crossing {dest} by local bus
Popular old town limits coach arrivals to fight overtourism
Travel insurance explained: what is covered if your trip is cancelled
Best time to visit {dest}: shoulder season brings fewer crowds and lower prices
Night markets, temples and river boats: 48 hours in {dest}
Campervan rentals double as families choose holidays closer to home
@The new cable car gives visitors a 20-minute ride from the harbour to the summit viewpoint above {dest}.
Air traffic control strike threatens weekend flights across the region
Eating your way through {dest}: a street-food walking tour
Visa-free entry extended for visitors staying up to 90 days
Rail pass for travellers under 28 now valid in 33 countries
Solo travel: tips for staying safe and meeting people on the road
Island hopping around {dest}: ferries, timetables and where to get off
@Travellers flying out of {city} on {day} should allow an extra hour, as security staff shortages are causing long queues.
Is {dest} worth the hype? Our writer spends a week off the tourist trail
@A new coastal path links {city} to {city2}, letting walkers complete the route in three days with inns along the way.
Family holidays: how to keep children entertained on a long-haul flight
Packing light: a carry-on checklist for two weeks away
""".strip().splitlines()

T["food"] = """
Recipe: one-pan lemon chicken with crispy potatoes
{restaurant} in {city} earns its first star from the national restaurant guide
Review: {restaurant}'s tasting menu is inventive but overpriced
Sourdough troubleshooting: why your loaf comes out flat
@Chef {person} is opening a second restaurant in {city}, this one built around a wood-fired grill and local seafood.
Five ways to use up leftover rice
Hot sauce festival draws {big} spice lovers to {city}
The secret to perfect roast potatoes: parboil, rough them up and use very hot fat
Bakery's cardamom buns sell out by 9 a.m. every Saturday
Vegan cheese has come a long way: we tasted 12 and ranked them
Food critic {person}: the humble dumpling deserves more respect
Coffee shop in {city} roasts its own beans in a converted garage
How to make a proper risotto without standing over the stove for an hour
Seasonal cooking: what to make with early spring asparagus
@Olive oil prices have climbed after a poor harvest, and restaurants say they are switching to blends to keep dishes affordable.
Pop-up ramen bar from chef {person} to become permanent
Taste test: supermarket own-brand chocolate against premium bars
Fermentation workshop teaches kimchi and sauerkraut basics
Grandmother's apricot jam wins first prize at the county fair
Wine pairing for spicy food: reach for an off-dry white
Pastry chef {person} on the chemistry of laminated dough
Slow-cooker beef stew that tastes even better the next day
@{restaurant} in {city}'s old town serves only dishes made from ingredients grown within 50 miles.
Brunch spots worth the queue in {city}
Pickled, roasted or raw: three ways to enjoy beetroot
@The menu at {restaurant} changes daily, but the {dish} has stayed on it since opening night.
Restaurant review: {restaurant} in {city} gets the {dish} just right
Weeknight dinner: 20-minute {dish} with herbs from the windowsill
How to season a cast-iron pan and keep it rust-free
@Street-food traders at the {city} night market now sell everything from Georgian cheese bread to Peruvian skewers.
The best homemade pizza dough needs time, not effort
Cocktail of the week: a smoky mezcal sour
@Bakers at {restaurant} in {city} start the first loaves at 4 a.m., and the rye usually sells out by noon.
Dessert of the week: {person}'s burnt honey panna cotta
Cooking with kids: an easy {dish} the whole family can help make
""".strip().splitlines()

T["education"] = """
Exam results: record share of pupils in {city} achieve top grades
{school} to introduce coding lessons from age seven
Teachers' union warns of shortage of maths and physics teachers
@{uni} will raise tuition fees for international students by {pct} from next autumn, citing rising costs.
Free breakfast clubs to be offered at all primary schools in {region}
How to help your child prepare for secondary school entrance tests
@Headteacher {person} has banned mobile phones during the school day at {school}, saying pupils are calmer and more focused.
Student loan repayment threshold to change next year
Apprenticeship applications rise as school leavers weigh the cost of university
Reading scores among ten-year-olds improve after phonics programme
Class sizes in {city} secondary schools climb above 32 pupils
{uni} launches online master's degree in data science
Inspectors rate {school} 'outstanding' for the first time
@Teacher {person} has won a national award for turning a car park at {school} into an outdoor classroom.
Homework debate: should primary pupils get any at all?
Universities report falling applications for modern languages degrees
New curriculum puts climate science in every year group
Special educational needs: parents in {city} wait months for assessments
School trip to {museum} inspires pupils' own exhibition
Kindergarten enrolment opens on {day}; parents urged to apply early
Universities expand counselling services as student demand grows
@Lecturers at {uni} voted to strike over pay, putting end-of-year exams at risk.
Tutoring programme pairs university students with struggling young readers
Term dates: schools in {region} to break up a week earlier for summer
@The robotics club at {school} has reached the national final after building a machine that sorts recycling.
Scholarship fund helps first-generation students through university
@Adult evening classes in English and maths at {city} College are full, with {n} people on the waiting list.
How to choose a university course: questions to ask at an open day
@Pupils at {school} will start lessons at 9.30 a.m. from {month}, after a trial found later starts improved attendance.
Teacher training applications rise for the first time in five years
Phone-free exams and handwritten essays return as schools respond to AI tools
Which nursery is right for your toddler? A checklist for parents
""".strip().splitlines()

T["local_politics"] = """
{city} council votes {votes} to approve new cycle lanes on {street}
Mayor {person} announces bid for a second term
@Residents packed the town hall on {day} to oppose plans to close {city}'s only public swimming pool.
Council tax to rise {pct} in {city} next year
Councillor {person} resigns after row over planning application
By-election in {city}'s north ward: five candidates for one seat
Town hall meeting on housing development draws hundreds
Parking charges scrapped on {street} in bid to boost local shops
Local elections: independents gain ground in {city}
@Councillors approved a budget that trims library opening hours, with the deputy leader calling it 'the least bad option'.
Opposition councillors call for audit of roadworks contracts
Zoning board rejects proposal for 14-storey tower in {city}
Mayor {person} pledges to fill every pothole by summer
@A neighbourhood plan for {city} passed in a referendum on {day}, with {n} of the area's 22 polling stations backing it.
Councillors debate renaming {street} after a local suffragist
County commissioners approve new recycling contract worth {money}
Public consultation opens on low-traffic neighbourhood scheme
@City hall will publish councillors' expenses online after a transparency campaign by residents.
Council leader {person} survives no-confidence vote
Plans for a new bus depot approved despite residents' objections
Ward boundaries redrawn ahead of next year's elections
School crossing patrol funding restored after council U-turn
Mayoral candidates clash over housing in first televised debate
@{city} council has frozen hiring after identifying a {money} shortfall in its budget for the current year.
Parish council objects to wind farm proposal on the ridge
Planning committee defers decision on supermarket expansion
Petition to bring back weekly bin collections reaches {big} signatures
@Councillor {person} said the vote on {street}'s redevelopment had been 'rushed through' without proper consultation.
Deputy mayor {person} steps down to run for regional assembly
@Voter turnout in the {city} council elections was the lowest in {years} years, prompting calls to move polling to weekends.
Council approves {money} plan to refurbish the market hall
Residents' group threatens legal challenge over sale of park land
""".strip().splitlines()


def render(template, r):
    return upper_first(fill(template, r))


def dateline(r):
    return r.choice(POOLS["city"]).upper()


def main():
    rng = random.Random(SEED)
    rows = sample_topic_texts(rng, T, PER_TOPIC, render, dateline, wire_prob=WIRE_PROB)
    OUT.mkdir(parents=True, exist_ok=True)
    write_jsonl(OUT / "texts.jsonl", labelled_rows("gnc", rows))
    write_task_yaml(OUT, "clustering", DESCRIPTION.format(n=len(rows), k=len(T), per=PER_TOPIC))


DESCRIPTION = """\
Cluster short general-news texts by topic. {n} texts ({per} per topic) in {k} topics (sports, weather, science,
health, technology, arts_and_culture, travel, food, education, local_politics), mixing headlines, wire-style
sentences with datelines and two-clause blurbs, with some vocabulary shared across topics (rain in a sports
report, a street-food tour in travel). Generated by tasks/tools/general_news_clustering.py from hand-written
templates and slot values; all people, places, teams and companies are fictional.
"""

if __name__ == "__main__":
    main()
