"""Generate tasks/general/GeneralParaphrasePairClassification (pair classification, label 1 = same meaning).

Every sentence comes from the hand-written frames below. A frame is one meaning written several ways (`para`,
all of which say the same thing for the same slot values), slot values, the slots whose change alters the meaning
(`key`), and `contrast` templates that look like the first paraphrase but mean something else (negation, swapped
roles, another action or product). From each frame the script draws two paraphrase pairs (label 1), three
near-duplicate pairs that differ in one material fact (label 0) and one same-topic or unrelated pair (label 0).
No sentence appears twice in the file. Standard library only; deterministic.

Run from the repository root:  python3 tasks/tools/general_paraphrase_pair_classification.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import frame as F
from _common import generate_paraphrase_pairs, task_dir, write_paraphrase_task

SEED = 20240611
OUT = task_dir("general", "GeneralParaphrasePairClassification")
ID_PREFIX = "gpp"
P_UNRELATED = 0.3  # share of the "other" negatives drawn from another topic instead of the same topic
P_CLOSE = 1.0  # chance that a frame gets its closest near-duplicate negative (else one more same-topic negative)


FRAMES = [
    # ---------------------------------------------------------------- tech
    F("tech", [
        "Why does my {device} battery drain so fast overnight?",
        "What makes a {device} lose most of its charge while I'm asleep?",
        "My {device} is almost dead every morning even though I don't touch it at night. Why?",
        "{Device} battery empties overnight while sitting idle, what's causing it?",
    ], {"device": ["phone", "laptop", "tablet", "smartwatch", "portable speaker", "fitness tracker"]},
        contrast=["Why does my {device} take so long to charge overnight?",
                  "Why won't my {device} charge past 80 percent overnight?"]),
    F("tech", [
        "My {device} keeps disconnecting from Wi-Fi every few minutes. How do I fix it?",
        "How can I stop my {device} from constantly dropping its wireless connection?",
        "{Device} loses the Wi-Fi signal over and over, any way to make it stay connected?",
        "What causes a {device} to keep falling off the home wireless network?",
    ], {"device": ["laptop", "smart TV", "printer", "game console", "doorbell camera", "robot vacuum"]},
        contrast=["My {device} connects to Wi-Fi but says there's no internet. How do I fix it?",
                  "How can I stop my {device} from joining the neighbor's Wi-Fi automatically?"]),
    F("tech", [
        "How do I take a screenshot of {what} on a {os}?",
        "What's the keyboard shortcut to capture {what} as an image on my {os}?",
        "Is there a quick way to grab a picture of {what} on a {os}?",
    ], {"what": ["the whole screen", "just one window", "a selected area"],
        "os": ["Windows laptop", "Mac", "Chromebook"]},
        contrast=["How do I record a video of {what} on a {os}?"]),
    F("tech", [
        "How do I recover my {acct} if I forgot the password and lost my phone?",
        "Locked out of my {acct}: no password and no access to my phone. What now?",
        "Is there any way back into your {acct} when you've lost both the password and the phone used for verification?",
        "Forgot my {acct} password and my phone is gone, how can I get back in?",
    ], {"acct": ["email account", "bank app", "cloud storage account", "social media account", "gaming account",
                 "shopping account"]},
        contrast=["How do I change my {acct} password if I still know the old one?",
                  "How do I recover my {acct} if I forgot the password but still have my phone?"]),
    F("tech", [
        "How do I move photos from my {a} to my {b}?",
        "What's the easiest way to get pictures off my {a} and onto my {b}?",
        "Best way to copy all my photos from my {a} over to my {b}?",
        "How can I transfer pictures from my {a} to my {b}?",
    ], {"dev": [{"a": "phone", "b": "laptop"}, {"a": "camera", "b": "tablet"},
                {"a": "old phone", "b": "new phone"}, {"a": "desktop PC", "b": "external drive"},
                {"a": "laptop", "b": "USB stick"}, {"a": "tablet", "b": "smart TV"}]},
        contrast=["How do I move photos from my {b} to my {a}?",
                  "How do I move videos from my {a} to my {b}?"]),
    F("tech", [
        "How can I free up storage space on my {device}?",
        "My {device} says the storage is full. What can I safely delete to make room?",
        "What's the best way to clear space on a {device} that's running out of storage?",
        "Running out of space on my {device}, what should I clear out first?",
    ], {"device": ["phone", "laptop", "game console", "tablet", "Chromebook", "smartwatch"]},
        contrast=["How can I add more storage to my {device}?",
                  "How can I free up memory so my {device} runs faster?"]),
    # ---------------------------------------------------------------- cooking
    F("cooking", [
        "Can I use {a} instead of {b} in {dish}?",
        "Is it OK to leave out the {b} and use {a} when making {dish}?",
        "Will my {dish} turn out fine if I replace the {b} with {a}?",
        "Making {dish} and out of {b}. Does {a} work as a substitute?",
    ], {"sub": [{"a": "vegetable oil", "b": "butter"}, {"a": "honey", "b": "sugar"},
                {"a": "Greek yogurt", "b": "sour cream"}, {"a": "almond flour", "b": "wheat flour"}],
        "dish": ["banana bread", "pancakes", "muffins", "brownies"]},
        contrast=["Can I use {b} instead of {a} in {dish}?"]),
    F("cooking", [
        "How much water should I use for {n} cups of {grain}?",
        "I'm making {n} cups of {grain}. How much water goes in the pot?",
        "For {n} cups of {grain}, how many cups of water do I need?",
        "Cooking {n} cups of {grain} on the stove, how much water?",
    ], {"n": ["one", "two", "three"], "grain": ["white rice", "brown rice", "quinoa", "wild rice"]},
        contrast=["How long should I cook {n} cups of {grain}?"]),
    F("cooking", [
        "How many days does {food} last in the {place}?",
        "How long is {food} safe to eat if I keep it in the {place}?",
        "What's the maximum time {food} can be stored in the {place}?",
        "{Food} in the {place}: how long before I should throw it out?",
    ], {"food": ["cooked chicken", "leftover rice", "cooked salmon", "homemade soup"],
        "place": ["fridge", "freezer"]},
        contrast=["How long can {food} sit out at room temperature?"]),
    F("cooking", [
        "Why didn't my {dough} rise?",
        "What keeps {dough} from rising properly?",
        "My {dough} stayed flat and dense after proofing. What went wrong?",
        "I left my {dough} to proof for hours and it barely grew. Why?",
    ], {"dough": ["bread dough", "pizza dough", "cinnamon roll dough", "focaccia dough", "bagel dough", "brioche dough"]},
        contrast=["Why did my {dough} rise too much and then collapse?",
                  "Why is my {dough} so sticky that I can't knead it?"]),
    F("cooking", [
        "What's the difference between {a} and {b}?",
        "How are {a} and {b} different?",
        "{A} vs {b}: what actually sets them apart?",
        "Is there any real difference between {a} and {b}?",
    ], {"pair": [{"a": "baking soda", "b": "baking powder"}, {"a": "stock", "b": "broth"},
                 {"a": "a latte", "b": "a cappuccino"}, {"a": "jam", "b": "jelly"},
                 {"a": "sweet potatoes", "b": "yams"}]}),
    F("cooking", [
        "How do I stop {food} from sticking to my {pan}?",
        "{Food} always stick to my {pan}. What am I doing wrong?",
        "Any trick to cooking {food} in a {pan} without them sticking?",
    ], {"food": ["eggs", "pancakes", "salmon fillets", "potatoes"],
        "pan": ["stainless steel pan", "cast iron skillet"]},
        contrast=["How do I stop {food} from burning in my {pan}?"]),
    # ---------------------------------------------------------------- pets
    F("pets", [
        "How do I get my dog to stop barking {when}?",
        "Any tips for keeping a dog quiet {when}?",
        "My dog won't stop barking {when}. What can I do?",
        "What's the best way to train a dog out of barking {when}?",
    ], {"when": ["at night", "when the doorbell rings", "whenever I leave the house", "at the mail carrier",
                 "at the TV", "when guests come over"]},
        contrast=["How do I get my cat to stop meowing {when}?"]),
    F("pets", [
        "How much wet food should I give {a_cat} each day?",
        "What's the right daily portion of wet food for {a_cat}?",
        "Feeding {a_cat} canned food, how much per day is enough?",
        "How much canned food does {a_cat} need per day?",
    ], {"cat": [{"a_cat": "a kitten"}, {"a_cat": "an adult cat"}, {"a_cat": "a senior cat"},
                {"a_cat": "an overweight cat"}, {"a_cat": "a pregnant cat"}, {"a_cat": "a cat with kidney disease"}]},
        contrast=["How much dry food should I give {a_cat} each day?",
                  "How much water should {a_cat} drink each day?"]),
    F("pets", [
        "My dog just ate some {food}. Should I be worried?",
        "Help, my dog got into the {food}. Is that dangerous for him?",
        "Should I panic if my dog swallowed some {food}?",
        "Dog ate {food}, is this an emergency?",
    ], {"food": ["chocolate", "grapes", "onion", "avocado", "chewing gum", "macadamia nuts", "garlic"]},
        contrast=["My cat just ate some {food}. Should I be worried?"]),
    # ---------------------------------------------------------------- travel
    F("travel", [
        "How long does a {doc} renewal usually take?",
        "If I apply to renew my {doc} today, when can I expect the new one?",
        "What's the typical wait time for getting a {doc} renewed?",
        "Roughly how many weeks does it take to get my {doc} renewed?",
    ], {"doc": ["passport", "driver's license", "national ID card", "child's passport", "residence permit",
                "work permit"]},
        contrast=["How much does a {doc} renewal usually cost?",
                  "How long does a first-time {doc} application usually take?"]),
    F("travel", [
        "Am I allowed to pack {item} in my carry-on?",
        "Can {item} go in hand luggage on a plane?",
        "Will airport security let me through with {item} in my cabin bag?",
        "Is it OK to take {item} onboard in my carry-on bag?",
    ], {"item": ["a power bank", "a pocketknife", "a full-size shampoo bottle", "knitting needles",
                 "a jar of peanut butter"]},
        contrast=["Am I allowed to pack {item} in my checked suitcase?"]),
    F("travel", [
        "What's the fastest way to recover from jet lag after flying {dir} across {n} time zones?",
        "How can I adjust quickly after {a_flight} flight that crossed {n} time zones?",
        "Best ways to shake off jet lag when you've flown {dir} through {n} time zones?",
    ], {"d": [{"dir": "east", "a_flight": "an eastbound"}, {"dir": "west", "a_flight": "a westbound"}],
        "n": ["three", "six", "eight", "ten"]}, key=["d"],
        contrast=["How can I avoid jet lag before flying {dir} across {n} time zones?",
                  "What's the fastest way to recover from a cold after flying {dir} across {n} time zones?"]),
    F("travel", [
        "Do I need a visa for a {n}-day trip to {country}?",
        "Can I visit {country} for {n} days without getting a visa?",
        "Is a visa required if I'm staying in {country} for {n} days?",
    ], {"n": ["ten", "thirty", "ninety", "twenty"], "country": ["Veloria", "Estmark", "Cardessa", "Norland Isles"]},
        contrast=["Do I need a visa to work in {country} for {n} days?"]),
    # ---------------------------------------------------------------- health
    F("health", [
        "Why do I always get a headache after {act}?",
        "What causes a headache that kicks in right after {act2}?",
        "Every time I finish {act2}, my head starts pounding. Why?",
        "I get a headache right after {act} every single time, what's behind it?",
    ], {"a": [{"act": "running", "act2": "a run"}, {"act": "taking a nap", "act2": "a nap"},
              {"act": "drinking coffee", "act2": "my coffee"}, {"act": "swimming", "act2": "a swim"},
              {"act": "working out", "act2": "a workout"}, {"act": "eating sweets", "act2": "a sugary snack"}]},
        contrast=["Why do I always get dizzy after {act}?",
                  "Why do I always get a headache before {act}?"]),
    F("health", [
        "How many hours of sleep does {p} need each night?",
        "What's the recommended amount of nightly sleep for {p}?",
        "How much sleep should {p} be getting per night?",
        "What's a normal number of hours for {p} to sleep at night?",
    ], {"p": ["a teenager", "a toddler", "an adult over 65", "a newborn", "a school-age child", "a pregnant woman"]}),
    F("health", [
        "Is ice or heat better for a sprained {part}?",
        "I sprained my {part}. Do I put ice on it or use a heating pad?",
        "For a sprained {part}, what works better: cold packs or warmth?",
        "Should a sprained {part} be iced or heated?",
    ], {"part": ["ankle", "wrist", "knee", "thumb", "elbow", "shoulder"]},
        contrast=["How long does a sprained {part} take to heal?",
                  "Is ice or heat better for a broken {part}?"]),
    F("health", [
        "How many days a week should I {do} to {goal}?",
        "To {goal}, how often per week do I need to {do}?",
        "What's the ideal weekly frequency of {doing} if my goal is to {goal}?",
    ], {"ex": [{"do": "lift weights", "doing": "weight training"}, {"do": "run", "doing": "running"},
               {"do": "swim laps", "doing": "lap swimming"}],
        "goal": ["lose weight", "build muscle", "improve my endurance"]},
        contrast=["How many minutes per session should I {do} to {goal}?"]),
    # ---------------------------------------------------------------- home
    F("home", [
        "What's the best way to get rid of mold on {surface}?",
        "How do I clean mold off {surface} for good?",
        "There's mold on {surface}. How do I remove it?",
        "Tips for removing mold from {surface}?",
    ], {"surface": ["the bathroom ceiling", "the window sills", "the shower grout", "a basement wall",
                    "the washing machine seal", "the caulk around the tub"]},
        contrast=["How do I tell if the mold on {surface} is dangerous?",
                  "What's the best way to paint over mold on {surface}?"]),
    F("home", [
        "How do I fix a {fix} that keeps dripping?",
        "What's the easiest way to stop a leaky {fix} from dripping?",
        "My {fix} won't stop dripping. Can I repair it myself?",
        "DIY repair for a constantly dripping {fix}?",
    ], {"fix": ["kitchen faucet", "shower head", "bathtub tap", "garden spigot", "bathroom sink faucet",
                "radiator valve"]},
        contrast=["How do I fix a {fix} with really low water pressure?"]),
    F("home", [
        "How long should I wait between coats of {paint}?",
        "What's the drying time before putting a second coat of {paint} on?",
        "When can I apply the next layer of {paint}?",
        "How many hours do I leave {paint} to dry before recoating?",
    ], {"paint": ["latex paint", "oil-based paint", "chalk paint", "wood stain", "polyurethane", "spray paint"]},
        contrast=["How long does {paint} take to fully cure before I can wash the wall?"]),
    # ---------------------------------------------------------------- money
    F("money", [
        "Will my credit score go down if {w1}?",
        "Does {w2} lower your credit score?",
        "If {w3}, does that hurt my credit rating?",
        "Is it true my score takes a hit when {w1}?",
    ], {"w": [{"w1": "I open a new credit card", "w2": "opening a new credit card",
               "w3": "I apply for and get a new card"},
              {"w1": "I become an authorized user on my parent's card",
               "w2": "being added as an authorized user on a parent's card",
               "w3": "my mom adds me as an authorized user on her card"},
              {"w1": "I check my own credit report", "w2": "looking up your own credit report",
               "w3": "I pull my own report"},
              {"w1": "a lender runs a hard inquiry on me", "w2": "a hard inquiry from a lender",
               "w3": "a lender does a hard pull"},
              {"w1": "I close an old credit card", "w2": "closing an old credit card",
               "w3": "I cancel an old card"},
              {"w1": "I pay my rent late", "w2": "paying rent late", "w3": "my rent payment is late"}]}),
    F("money", [
        "Should I pay off {debt} first or start investing?",
        "Which makes more sense: clearing {debt} or putting the money into investments?",
        "Is it smarter to invest my extra cash or use it to pay down {debt}?",
        "I have some extra money each month. Should it go toward {debt} or into investments?",
    ], {"debt": ["my student loans", "my car loan", "my credit card debt", "my mortgage", "my personal loan",
                 "my medical bills"]},
        contrast=["Should I pay off {debt} first or build an emergency fund?"]),
    F("money", [
        "What's a fair way to split rent when {c1}?",
        "How should roommates divide the rent if {c2}?",
        "Splitting rent fairly: what do you do when {c1}?",
        "How do you fairly divide rent among roommates when {c1}?",
    ], {"c": [{"c1": "one roommate earns far more than the others", "c2": "one person makes a lot more money than everyone else"},
              {"c1": "one room has no window", "c2": "one of the bedrooms is windowless"},
              {"c1": "one bedroom is much bigger", "c2": "one of the bedrooms is a lot larger"},
              {"c1": "one roommate works from home all day", "c2": "someone is home all day working remotely"},
              {"c1": "one person's partner stays over most nights", "c2": "a roommate's partner practically lives there"},
              {"c1": "only one room has its own bathroom", "c2": "just one bedroom comes with a private bathroom"}]},
        contrast=["What's a fair way to split utility bills when {c1}?"]),
    # ---------------------------------------------------------------- work
    F("work", [
        "How much notice should I give before quitting {a_job}?",
        "When leaving {a_job}, how far in advance do I need to tell my boss?",
        "What's a reasonable notice period for resigning from {a_job}?",
        "How many weeks' notice is standard when resigning from {a_job}?",
    ], {"a_job": ["a part-time job", "a job I started two months ago", "a management role", "a teaching position",
                  "a remote contract job", "a union job"]},
        contrast=["What should I say to my boss when quitting {a_job}?",
                  "How much notice should my employer give me before ending {a_job}?"]),
    F("work", [
        "How do I negotiate a higher salary {c1}?",
        "Tips for asking for more pay {c2}?",
        "What's the best way to push for a bigger paycheck {c2}?",
        "How do I ask for a raise {c1}?",
    ], {"c": [{"c1": "when switching teams inside my company", "c2": "when moving to a different team at the same employer"},
              {"c1": "after my first year at the company", "c2": "once you've completed your first year"},
              {"c1": "after receiving a job offer", "c2": "when you get a new job offer"},
              {"c1": "during my annual review", "c2": "at a yearly performance review"},
              {"c1": "when I'm promoted internally", "c2": "with an internal promotion"}]},
        contrast=["How do I negotiate more vacation days {c1}?"]),
    F("work", [
        "Is getting a master's degree worth it if I want to work in {field}?",
        "Does a master's actually pay off for a career in {field}?",
        "For someone going into {field}, is a master's degree worth the cost?",
        "Is it worth doing a master's for a job in {field}?",
    ], {"field": ["data science", "nursing", "graphic design", "teaching", "marketing", "software engineering",
                  "social work"]},
        contrast=["Is getting a PhD worth it if I want to work in {field}?"]),
    # ---------------------------------------------------------------- study
    F("study", [
        "How long does it take to become conversational in {lang}?",
        "Realistically, how many months until I can hold a basic conversation in {lang}?",
        "If I start from zero, when will I be able to chat in {lang}?",
        "How much time does learning {lang} to a conversational level usually take?",
    ], {"lang": ["Spanish", "Japanese", "German", "Arabic", "Korean"]},
        contrast=["How long does it take to become fluent enough in {lang} to work as a translator?",
                  "How long does it take to learn to read {lang}?"]),
    F("study", [
        "How do I cite {src} in {style} format?",
        "What's the correct {style} citation for {src}?",
        "Writing a paper in {style}: how do I reference {src}?",
    ], {"src": ["a YouTube video", "a podcast episode", "a government report", "a social media post"],
        "style": ["APA", "MLA", "Chicago"]}),
    # ---------------------------------------------------------------- car
    F("car", [
        "Why does my car make a {noise} when I {act}?",
        "What causes a {noise} every time I {act}?",
        "There's a {noise} coming from my car whenever I {act}. What could it be?",
    ], {"noise": ["squealing noise", "grinding sound", "clicking noise"],
        "act": ["brake", "turn the steering wheel", "start the engine", "accelerate"]},
        contrast=["Why does my car shake when I {act}?"]),
    F("car", [
        "How often does {car} need an oil change?",
        "How many miles can I drive {car} between oil changes?",
        "What's the recommended oil change interval for {car}?",
        "When should {car} get its oil changed?",
    ], {"car": ["a car that uses synthetic oil", "a twenty-year-old car", "a hybrid", "a motorcycle", "a diesel truck",
                "a car I only drive on weekends"]},
        contrast=["How often does {car} need its tires rotated?"]),
    # ---------------------------------------------------------------- garden
    F("garden", [
        "Why are the leaves on my {plant} plants turning {color}?",
        "What makes {plant} leaves go {color}?",
        "My {plant} plants suddenly have {color} leaves. What's wrong?",
        "{Plant} foliage turning {color}, what's the cause?",
    ], {"plant": ["tomato", "basil", "cucumber", "pepper"], "color": ["yellow", "brown"]},
        contrast=["Why are the leaves on my {plant} plants curling up?"]),
    F("garden", [
        "How often should I water {plant} in {season}?",
        "During {season}, how frequently does {plant} need water?",
        "What's a good watering schedule for {plant} in the {season} months?",
    ], {"plant": ["a snake plant", "an orchid", "a fiddle leaf fig", "a potted lemon tree"],
        "season": ["summer", "winter"]},
        contrast=["How often should I fertilize {plant} in {season}?"]),
    # ---------------------------------------------------------------- parenting
    F("parenting", [
        "How can I get my {kid} to stay in bed all night?",
        "My {kid} keeps getting out of bed after lights-out. How do I make it stop?",
        "Any advice for keeping a {kid} in their own bed through the night?",
        "What can I do about my {kid} leaving their bed every night?",
    ], {"kid": ["toddler", "preschooler", "six-year-old", "three-year-old", "five-year-old", "two-year-old"]}, key=[],
        contrast=["How can I get my {kid} to fall asleep faster at night?",
                  "How can I get my {kid} to sleep in later in the morning?",
                  "How can I get my {kid} to stay in bed during nap time?"]),
    F("parenting", [
        "How much screen time per day is okay for {a_kid}?",
        "What's a healthy daily limit on screens for {a_kid}?",
        "How many hours of tablet and TV a day is too much for {a_kid}?",
        "What's the maximum screen time {a_kid} should have each day?",
    ], {"a_kid": ["a two-year-old", "a six-year-old", "a twelve-year-old", "a four-year-old", "a ten-year-old",
                  "a teenager"]}),
    # ---------------------------------------------------------------- news (fictional places)
    F("news", [
        "The {town} public library will be closed for renovations from {start} to {end}.",
        "Renovation work will shut {town}'s library between {start} and {end}.",
        "Library users in {town} won't have access to the building from {start} through {end} while it is renovated.",
    ], {"town": ["Brackenford", "Ashwell Green", "Millhaven", "Ostley Cross"],
        "months": [{"start": "March", "end": "June"}, {"start": "May", "end": "August"},
                   {"start": "September", "end": "November"}, {"start": "January", "end": "April"}]},
        contrast=["The {town} public library will stay open during renovations from {start} to {end}."]),
    F("news", [
        "{Town} council voted to {raise} bus fares by {n} cents starting in {month}.",
        "Starting in {month}, a ride on a {town} bus will cost {n} cents {more} after a council vote.",
        "Bus riders in {town} will pay {n} cents {more} per trip from {month} following a council decision.",
    ], {"town": ["Brackenford", "Lowmarsh", "Kettering Vale", "Penhallow"], "n": ["25", "40", "50", "75"],
        "month": ["January", "April", "July", "October"],
        "dir": [{"raise": "raise", "more": "more"}, {"raise": "cut", "more": "less"}]}),
    F("news", [
        "The {bridge} Bridge will be closed to {veh} for {n} weeks while repairs are carried out.",
        "Repairs will keep {veh} off the {bridge} Bridge for {n} weeks.",
        "For the next {n} weeks, the {bridge} Bridge is off limits to {veh} because of repair work.",
    ], {"bridge": ["Harlan Street", "Old Mill", "Fenwick", "Cauldon"],
        "veh": ["all traffic", "heavy trucks", "cyclists and pedestrians"], "n": ["two", "three", "six", "eight"]},
        contrast=["The {bridge} Bridge will stay open to {veh} during {n} weeks of repairs."]),
    F("news", [
        "Forecasters expect heavy snow in {town} on {day}, with as much as {n} cm possible.",
        "{Town} could see up to {n} centimetres of snow on {day}, according to the forecast.",
        "Up to {n} cm of snowfall is predicted for {town} on {day}.",
    ], {"town": ["Greywater", "Ashwell Green", "Lowmarsh", "Tillbury Point"], "day": ["Monday", "Thursday", "Saturday"],
        "n": ["10", "15", "25", "40"]},
        contrast=["Forecasters expect heavy rain in {town} on {day}, with as much as {n} mm possible.",
                  "Forecasters say the snow in {town} will stop on {day} after as much as {n} cm fell."]),
    F("news", [
        "Starting next school year, classes in {district} will begin {n} minutes {later}.",
        "{District} is moving its school start time {n} minutes {later} beginning next year.",
        "Next year the first bell in {district} schools will ring {n} minutes {later} than it does now.",
    ], {"district": ["the Millhaven district", "Penhallow County", "the Ostley Cross district"],
        "n": ["20", "30", "45"], "dir": [{"later": "later"}, {"later": "earlier"}]},
        contrast=["Starting next school year, classes in {district} will end {n} minutes {later}."]),
    F("news", [
        "{W} won the {town} mayoral election, defeating {l} with {pct} percent of the vote.",
        "{L} lost the race for mayor of {town} to {w}, who took {pct}% of ballots.",
        "Voters in {town} chose {w} over {l} for mayor, and the winner received {pct} percent.",
    ], {"c": [{"w": "Dana Whitcombe", "l": "Marco Ilves"}, {"w": "Ruth Okonkwo-Hale", "l": "Peter Lindqvist"},
              {"w": "Samuel Ferro", "l": "Anita Brannagh"}],
        "town": ["Kettering Vale", "Brackenford", "Greywater"], "pct": ["52", "58", "61", "67"]},
        contrast=["{L} won the {town} mayoral election, defeating {w} with {pct} percent of the vote."]),
    F("news", [
        "{Co} will {add} {n} jobs at its {town} plant next year.",
        "Next year the {town} factory run by {co} is expected to {grow} its workforce by {n} positions.",
        "About {n} positions will be {created} at {co}'s {town} site over the coming year.",
    ], {"co": ["Halvern Tooling", "Brightmoor Dairy", "Kestley Polymer"], "town": ["Lowmarsh", "Penhallow", "Tillbury Point"],
        "n": ["120", "300", "450", "800"],
        "dir": [{"add": "add", "grow": "grow", "created": "created"},
                {"add": "cut", "grow": "shrink", "created": "eliminated"}]}),
    F("news", [
        "A new exhibit about {topic} opens at the {town} Museum on {day} and will run for {n} months.",
        "From {day}, visitors to the {town} Museum can see a {n}-month exhibition on {topic}.",
        "The {town} Museum launches an exhibition on {topic} on {day}, and it will be on display for {n} months.",
    ], {"topic": ["ancient maps", "deep-sea creatures", "early aviation", "textile history"],
        "town": ["Greywater", "Ashwell Green", "Millhaven"], "day": ["Friday", "Saturday", "Sunday"],
        "n": ["three", "four", "six"]},
        contrast=["An exhibit about {topic} closes at the {town} Museum on {day} after running for {n} months."]),
    # ---------------------------------------------------------------- reviews
    F("reviews", [
        "Battery life on these headphones is good at roughly {n} hours, but {f1}.",
        "I get about {n} hours per charge from these headphones, which is fine. My only complaint is that {f2}.",
        "Decent battery on these headphones, around {n} hours, though {f2}.",
    ], {"n": ["eight", "twelve", "twenty", "thirty"],
        "f": [{"f1": "the ear pads get uncomfortable after an hour", "f2": "wearing them for more than an hour hurts my ears"},
              {"f1": "the microphone sounds muffled on calls", "f2": "people on calls say I sound muffled"},
              {"f1": "the Bluetooth connection drops often", "f2": "they keep disconnecting from my phone"}]},
        contrast=["These headphones only last about {n} minutes on a charge, and {f1}."]),
    F("reviews", [
        "The room was spotless and the staff were friendly, but {i1}.",
        "Clean room and lovely people at the front desk, though {i2}.",
        "Staff were kind and everything was very clean. The downside was that {i1}.",
        "Friendly staff and a very clean room, but {i1}.",
    ], {"i": [{"i1": "the air conditioning was broken", "i2": "the AC didn't work"},
              {"i1": "parking cost extra", "i2": "we had to pay separately for parking"},
              {"i1": "the street noise kept us up at night", "i2": "we could barely sleep because of the traffic outside"},
              {"i1": "the breakfast was overpriced", "i2": "breakfast cost far too much for what it was"},
              {"i1": "the Wi-Fi barely worked", "i2": "we could hardly get online"},
              {"i1": "the pool was closed for our whole stay", "i2": "we never got to use the pool because it was shut"}]},
        contrast=["The room was dirty and the staff were rude, and {i1}.",
                  "The room was spotless but the staff were unfriendly, and {i1}."]),
    F("reviews", [
        "The food was excellent, but we waited {n} minutes for a table even with a reservation.",
        "Even though we had booked, it took {n} minutes to get seated. The meal itself was fantastic.",
        "Great dishes, shame about the {n}-minute wait for a table we had reserved.",
        "We had a reservation and still waited {n} minutes to sit down, but the food was excellent.",
    ], {"n": ["twenty", "thirty", "forty-five", "ninety", "fifteen", "sixty", "seventy-five"]},
        contrast=["The food was mediocre, and we waited {n} minutes for a table even with a reservation.",
                  "The food was excellent, but we waited {n} minutes for the bill at the end."]),
    F("reviews", [
        "Great at picking up pet hair, but {f1}.",
        "Dog and cat hair are no problem for this vacuum. {F2} is the big drawback.",
        "It does a really good job on pet hair, though {f1}.",
        "Pet hair pickup is excellent, but {f1}.",
    ], {"f": [{"f1": "the cord is way too short", "f2": "the short cord"},
              {"f1": "the brush roll tangles constantly", "f2": "the constantly tangling brush roll"},
              {"f1": "it's incredibly loud", "f2": "the noise"},
              {"f1": "the battery dies after fifteen minutes", "f2": "the short battery life"},
              {"f1": "the dust bin fills up very quickly", "f2": "the tiny dust bin"},
              {"f1": "it's too heavy to carry upstairs", "f2": "the weight"}]},
        contrast=["Terrible at picking up pet hair, and {f1}."]),
    # ---------------------------------------------------------------- encyclopedia (fictional)
    F("encyclopedia", [
        "The {river} River runs for about {n} km, from its source in the {mtn} Mountains to its mouth at {bay}.",
        "Rising in the {mtn} Mountains, the {river} travels roughly {n} kilometres before emptying into {bay}.",
        "From the {mtn} Mountains to {bay}, the {river} River covers a distance of around {n} km.",
    ], {"river": ["Tarrow", "Velsk", "Ombrel", "Lisset"], "mtn": ["Korvath", "Pellan", "Dunmere"],
        "bay": ["Greyhaven Bay", "the Sallow Sea", "Merrow Sound"], "n": ["240", "410", "680", "1,150"]}),
    F("encyclopedia", [
        "{Town} was founded in {year} by settlers from {origin}.",
        "Settlers who came from {origin} established {town} in {year}.",
        "The town of {town} dates back to {year}, when people from {origin} settled there.",
    ], {"town": ["Brackenford", "Kettering Vale", "Ostley Cross", "Penhallow"], "year": ["1742", "1788", "1815", "1863"],
        "origin": ["the Harrow Valley", "the coastal province of Venmark", "Eastreach"]},
        contrast=["{Town} was abandoned in {year} by settlers from {origin}."]),
    F("encyclopedia", [
        "The {sp} is a {time} bird that eats mostly {food}.",
        "Active mainly {when}, the {sp} lives largely on {food}.",
        "{Food} make up most of the diet of the {sp}, a bird that forages {when}.",
    ], {"sp": ["crested tillwing", "ashen dorrik", "Moravel's thrush", "lesser marsh vantle"],
        "t": [{"time": "nocturnal", "when": "at night"}, {"time": "diurnal", "when": "during the day"}],
        "food": ["insects", "seeds", "small fish", "berries"]}),
    F("encyclopedia", [
        "Completed in {year}, the {tower} rises {n} metres above the city of {city}.",
        "The {tower} in {city} stands {n} m high, and construction finished in {year}.",
        "At {n} metres tall, {city}'s {tower} was finished in {year}.",
    ], {"b": [{"tower": "Corvane Tower", "city": "Lindell"}, {"tower": "Aldmoor Spire", "city": "New Carrow"},
              {"tower": "Brisca Needle", "city": "Bellmere"}],
        "year": ["1931", "1968", "1987", "2004"], "n": ["142", "188", "231", "305"]},
        contrast=["Construction of the {tower} began in {year}, and it is planned to rise {n} metres above the city of {city}."]),
]


DESCRIPTION = (
    "Paraphrase / duplicate detection on everyday English: forum- and search-style questions (tech help, cooking, "
    "pets, travel, health, home, money, work, study, cars, gardening, parenting) and short statements (local news, "
    "product and hotel reviews, encyclopedic facts about fictional places). {n} pairs, {pos} labelled 1 (same "
    "meaning, usually reworded with little word overlap) and {neg} labelled 0: mostly near-duplicates that change one "
    "material fact (a number, place, period, direction, negation, swapped roles or a different object), plus "
    "same-topic and a few unrelated pairs. Generated deterministically by "
    "tasks/tools/general_paraphrase_pair_classification.py from hand-written templates and slot values; no "
    "sentence repeats."
)


def main():
    pairs = generate_paraphrase_pairs(random.Random(SEED), FRAMES, P_UNRELATED, P_CLOSE)
    write_paraphrase_task(OUT, ID_PREFIX, pairs, DESCRIPTION)


if __name__ == "__main__":
    main()
